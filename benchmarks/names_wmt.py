"""The name rules over unlabelled real MT: every WMT22/23 English→Chinese system output, per document.

    .venv/bin/python benchmarks/names_wmt.py [--n 40] [--seed 6] [--codes TQA310,TQA312] [--out sample.tsv]

Each system output of WMT22 (13 systems) and WMT23 (4 systems) is cut into its documents by the
metadata's document ids (one paragraph per line, as ``real.py`` builds them); the 2023 ``news``
documents are left out, and so is every document of the labelled ``wmt-mt`` set (both splits, by
document id), so what is counted is independent of the labels. Only the name rules are run. It prints
the number of name findings per rule and per 100 paragraphs, then a seeded random sample of ``n``
findings, each with its English and Chinese line (the span marked ``⟦…⟧``), for a person to read;
``--out`` also writes the sample as TSV with empty ``verdict`` and ``reason`` columns.

Since nearly every WMT document is now labelled in some output, ``--dev-documents`` runs instead over the
outputs nobody labelled of the documents labelled only in the dev splits (never a document of a held-out
split): unlabelled real MT of the same sources, for reading what a rule fires on beyond the labelled rows.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

YEARS = {"wmt22": "wmt22_general_en-zh", "wmt23": "wmt23_general_en-zh"}
PREFIX = {"wmt22": "generaltest2022", "wmt23": "generaltest2023"}


def documents(shared: Path, year: str) -> list[tuple[str, str, int, int]]:
    """(docid, domain, first line, last line), lines counted from 1, in corpus order."""
    meta = next((shared / "corpora/wmt" / YEARS[year] / "txt/metainfo").glob("*.jsonl"))
    out: list[tuple[str, str, int, int]] = []
    for n, line in enumerate(meta.read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(line)
        if out and out[-1][0] == rec["docid"] and out[-1][3] == n - 1:
            out[-1] = (rec["docid"], rec["domain"], out[-1][2], n)
        else:
            out.append((rec["docid"], rec["domain"], n, n))
    return out


def outputs(shared: Path, year: str, references: bool = False) -> list[tuple[str, Path]]:
    """(system, file) of every system output of the year, or of every reference with `references`."""
    base = shared / "corpora/wmt" / YEARS[year] / "txt"
    if references:
        return sorted(("ref-" + p.name.split(".ref.", 1)[1][: -len(".zh")], p) for p in (base / "references").glob("*.ref.*.zh"))
    return sorted((p.name.split(".hyp.", 1)[1][: -len(".zh")], p) for p in (base / "system-outputs").glob("*.hyp.*.zh"))


def run(shared: Path, codes: list[str], references: bool = False, dev_documents: bool = False) -> tuple[list[dict[str, object]], int]:
    """Every finding of the given codes with its place and lines; and the paragraphs checked. With
    `dev_documents`, the documents labelled in the dev splits only (never in a held-out one), each in every
    output but the ones labelled: unlabelled output of the development documents."""
    from real import read_tsv

    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown
    from transqa.load.text import parse_text

    rows_tsv = read_tsv(ROOT / "benchmarks/real/wmt-mt/documents.tsv")
    labelled = {(d["year"], d["docid"]) for d in rows_tsv}
    held = {(d["year"], d["docid"]) for d in rows_tsv if not d["split"].startswith("dev")}
    read_outputs = {(d["year"], d["system"], d["docid"]) for d in rows_tsv}
    settings = Settings(select=tuple(codes))
    rows: list[dict[str, object]] = []
    paragraphs = 0
    for year in YEARS:
        base = shared / "corpora/wmt" / YEARS[year] / "txt"
        src = (base / "sources" / f"{PREFIX[year]}.en-zh.src.en").read_text(encoding="utf-8").split("\n")
        docs = [d for d in documents(shared, year)
                if ((year, d[0]) in labelled and (year, d[0]) not in held if dev_documents else (year, d[0]) not in labelled)
                and not (year == "wmt23" and d[1] == "news")]
        for system, path in outputs(shared, year, references):
            hyp = path.read_text(encoding="utf-8").split("\n")
            for docid, _domain, first, last in docs:
                if dev_documents and (year, system, docid) in read_outputs:
                    continue
                en_lines = src[first - 1 : last]
                zh_lines = hyp[first - 1 : last]
                paragraphs += len(en_lines)
                en = "\n".join(en_lines) + "\n"
                zh = "\n\n".join(zh_lines) + "\n"
                result = check_documents(parse_text(f"{docid}.en.txt", en), parse_markdown(f"{docid}.zh.md", zh), settings)
                for f in result.findings:
                    if f.category != "name" or f.target is None:
                        continue
                    k = (f.target.line - 1) // 2
                    s_line = f.source.line - 1 if f.source is not None else k
                    rows.append({"doc": f"{year}/{system}/{docid}", "line": first + k, "code": f.code,
                                 "message": f.message, "suggestion": f.suggestion or "",
                                 "en": en_lines[s_line] if 0 <= s_line < len(en_lines) else "",
                                 "zh": _marked(zh_lines[k], f.target.column - 1,
                                               f.target.end_column - 1 if f.target.end_line == f.target.line else None)})
    rows.sort(key=lambda r: (str(r["doc"]), int(str(r["line"])), str(r["code"]), str(r["zh"])))
    return rows, paragraphs


def _marked(text: str, s: int, e: int | None) -> str:
    e = len(text) if e is None else e
    return text[:s] + "⟦" + text[s:e] + "⟧" + text[e:]


def main(argv: list[str] | None = None) -> int:
    from names_sample import name_codes

    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--codes", help="comma-separated name rules (default: TQA310,TQA311,TQA312, the names in Chinese "
                    "script that are on by default; TQA313 is a preview)")
    ap.add_argument("--references", action="store_true",
                    help="run over the human references of the same documents instead (a false-alarm rate)")
    ap.add_argument("--dev-documents", action="store_true",
                    help="run over the unlabelled outputs of the documents labelled only in the dev splits instead")
    ap.add_argument("--out", type=Path, help="also write the sample as TSV with verdict and reason columns to fill in")
    args = ap.parse_args(argv)
    codes = [c.strip().upper() for c in (args.codes or "TQA310,TQA311,TQA312").split(",") if c.strip()]
    if not codes or any(c not in name_codes() for c in codes):
        print(f"names_wmt: --codes takes name rules only ({', '.join(name_codes())})", file=sys.stderr)
        return 2
    if not (args.shared / "corpora/wmt").is_dir():
        print(f"names_wmt: no WMT corpora under {args.shared}", file=sys.stderr)
        return 2
    rows, paragraphs = run(args.shared, codes, args.references, args.dev_documents)
    per_code = collections.Counter(str(r["code"]) for r in rows)
    where = " of the dev documents" if args.dev_documents else ""
    print(f"{len(rows)} name findings in {paragraphs} paragraphs of unlabelled WMT22/23 "
          f"{'references' if args.references else 'MT'}{where} ({100 * len(rows) / max(paragraphs, 1):.2f} per 100): "
          + ", ".join(f"{c} {per_code[c]}" for c in sorted(per_code)))
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    sample.sort(key=lambda r: (str(r["doc"]), int(str(r["line"])), str(r["code"])))
    print(f"{len(sample)} drawn with seed {args.seed}\n")
    for k, r in enumerate(sample, 1):
        print(f"{k:3d}. {r['doc']}:{r['line']} {r['code']} {r['message']}")
        print(f"     EN {r['en']}\n     ZH {r['zh']}\n")
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["doc", "line", "code", "message", "en", "zh", "verdict", "reason"])
            for r in sample:
                w.writerow([r["doc"], r["line"], r["code"], r["message"], r["en"], r["zh"], "", ""])
    return 0


if __name__ == "__main__":
    sys.exit(main())
