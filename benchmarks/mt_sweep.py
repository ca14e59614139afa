"""Run the pair checks over every WMT22/WMT23 system output (unlabelled real MT) and write what they find.

    .venv/bin/python benchmarks/mt_sweep.py [--shared PATH] [--out FILE] [--sample N] [--seed S] [--category addition]

Every system of both years, every document (runs of lines with one doc id), one paragraph per line as in
``real.py``; the 2023 ``news`` documents are left out (held out for independent checks). Writes one TSV row per
finding (year, system, doc, corpus line, code, message, source line, output line) to ``--out`` and prints the
number of findings per rule, then a random sample (fixed seed) of the findings of ``--category`` to be read by a
person, who judges precision on material no rule was tuned on.

It also prints candidates a reader would see that no finding of that category stands on: output lines much
longer than their source, lines with a word or phrase repeated many times, lines that speak about translating
(``翻译``, ``抱歉``, ``对不起``) and lines with almost no Chinese; a person reads them for misses.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

from transqa.engine import check_documents
from transqa.lang.chinese import chinese_size
from transqa.lang.english import english_size
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text

ROOT = Path(__file__).resolve().parent.parent
YEARS = {
    "wmt22": ("wmt22_general_en-zh", "generaltest2022.en-zh.src.en", "generaltest2022.en-zh.hyp.{}.zh"),
    "wmt23": ("wmt23_general_en-zh", "generaltest2023.en-zh.src.en", "generaltest2023.en-zh.hyp.{}.zh"),
}
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ANSWER = re.compile(r"翻译|译文|原文|抱歉|对不起|I'm sorry|I cannot|I can't|translat", re.IGNORECASE)
_EN_ANSWER = re.compile(r"translat|sorry|apolog|text", re.IGNORECASE)
_REPEAT = re.compile(r"(.{2,30}?)\1{3,}")


def documents(shared: Path, year: str) -> tuple[list[str], list[tuple[str, str, int, int]]]:
    folder, src_name, _ = YEARS[year]
    base = shared / "corpora/wmt" / folder / "txt"
    src = (base / "sources" / src_name).read_text(encoding="utf-8").split("\n")
    meta_file = next((base / "metainfo").glob("*.jsonl"))
    meta = [json.loads(x) for x in meta_file.read_text(encoding="utf-8").splitlines() if x.strip()]
    runs: list[tuple[str, str, int, int]] = []
    for i, m in enumerate(meta, start=1):
        if runs and runs[-1][0] == m["docid"]:
            runs[-1] = (m["docid"], m["domain"], runs[-1][2], i)
        else:
            runs.append((m["docid"], m["domain"], i, i))
    if year == "wmt23":
        runs = [r for r in runs if r[1] != "news"]
    return src, runs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("mt_sweep.tsv"))
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--category", default="addition")
    args = ap.parse_args()
    rows: list[tuple[str, ...]] = []
    flagged: set[tuple[str, str, int]] = set()
    candidates: list[tuple[str, ...]] = []
    paragraphs = 0
    for year, (folder, _, hyp_name) in YEARS.items():
        src, runs = documents(args.shared, year)
        outputs = sorted((args.shared / "corpora/wmt" / folder / "txt/system-outputs").glob(hyp_name.format("*")))
        for path in outputs:
            system = path.name.split(".hyp.")[1][: -len(".zh")]
            hyp = path.read_text(encoding="utf-8").split("\n")
            for docid, _, first, last in runs:
                en_lines = [src[i - 1] for i in range(first, last + 1)]
                zh_lines = [hyp[i - 1] for i in range(first, last + 1)]
                paragraphs += len(en_lines)
                en = "\n".join(en_lines) + "\n"
                zh = "\n\n".join(zh_lines) + "\n"
                try:
                    result = check_documents(parse_text(f"{docid}.en.txt", en), parse_markdown(f"{docid}.zh.md", zh))
                except Exception as exc:  # a document the loader refuses is said, not fatal
                    print(f"{year}/{system}/{docid}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    continue
                for f in result.findings:
                    line = first + (f.target.line - 1) // 2 if f.target is not None else (
                        first + f.source.line - 1 if f.source is not None else first)
                    if f.category == args.category:
                        flagged.add((year, system, line))
                    rows.append((year, system, docid, str(line), f.code, f.category, f.message,
                                 src[line - 1], hyp[line - 1]))
                for i in range(first, last + 1):
                    e, z = src[i - 1], hyp[i - 1]
                    why = []
                    if chinese_size(z) > 1.6 * english_size(e) + 20:
                        why.append("long")
                    if _REPEAT.search(z):
                        why.append("repeat")
                    if _ANSWER.search(z) and not _EN_ANSWER.search(e):
                        why.append("answer")
                    if len(z) > 20 and len(_HAN.findall(z)) < 0.1 * len(z) and len(_HAN.findall(e)) == 0:
                        why.append("script")
                    if why:
                        candidates.append((year, system, docid, str(i), ",".join(why), e, z))
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write("year\tsystem\tdoc\tline\tcode\tcategory\tmessage\ten\tzh\n")
        for r in rows:
            fh.write("\t".join(x.replace("\t", " ").replace("\n", " ⏎ ") for x in r) + "\n")
    counts = collections.Counter(r[4] for r in rows)
    print(f"{paragraphs} paragraphs, {len(rows)} findings: " + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())))
    chosen = [r for r in rows if r[5] == args.category]
    random.Random(args.seed).shuffle(chosen)
    print(f"\nsample of {min(args.sample, len(chosen))} of {len(chosen)} {args.category} findings (seed {args.seed}):")
    for r in chosen[: args.sample]:
        print(f"- {r[0]}/{r[1]}/{r[2]}:{r[3]} {r[4]} {r[6][:160]}\n    EN {r[7][:300]}\n    ZH {r[8][:300]}")
    missed = [c for c in candidates if (c[0], c[1], int(c[3])) not in flagged]
    print(f"\ncandidates with no {args.category} finding: {len(missed)} of {len(candidates)}")
    for c in missed:
        print(f"- {c[0]}/{c[1]}/{c[2]}:{c[3]} [{c[4]}]\n    EN {c[5][:200]}\n    ZH {c[6][:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
