"""Whole sentences dropped inside a paragraph: TQA016 (error) and TQA003's lost sentence (warning), release 30.

    .venv/bin/python benchmarks/sentence_omitted.py [--shared PATH] [--sweep] [--show]

A source sentence to which the sentence alignment of its paragraph gives no Chinese sentence is reported by TQA016 when
the lexicon confirms it (none of its own dictionary words rendered, the other sentences rendered, the translation short
of the English), else by TQA003 (30 characters or more). This script lists both rules' lost-sentence findings

- on the wmt-mt development splits (dev, dev2, dev3, heldout7-21), each judged by the labels of its line as real.py
  judges a finding (`KIND_CATEGORIES`): *right* with a label of a kind an omission finding matches, *apart* with only
  `mistranslation`/`other` labels, *false* otherwise;
- with `--sweep`, over whole documents of clean professional references (WMT22 A and B, WMT23 A outside the news domain,
  WMT24 A: per 100 paragraphs) and of real MT outputs (the 13 WMT22 systems, the 4 WMT23 ones outside the news domain,
  held out forever), each finding printed (`--show`) for reading.

Figures (release 30, main 63113099 + TQA016; `--sweep`, about 2 minutes):

    development splits   TQA016 15 right / 0 false (12 were TQA003's, 3 new: `It could be a second wave.`, `Even
                         flutter web target sucks).`, `There’s no room for guilt here!`); TQA003's lost sentences left:
                         6 right / 1 false (`I've really have tried not to just hand them things."`, rendered freely)
    clean references     TQA016 none on WMT22 A (2,037 paragraphs) and B (2,037), WMT23 A outside news (1,558), WMT24 A
                         (997); TQA003 lost sentence: 1 on WMT24 A (unchanged: the lexicon finds `two weeks` rendered)
    MT outputs           TQA016 only on WMT23 NLLB_Greedy: 4 (0.26 per 100), all four on labelled dev lines; none on the
                         13 WMT22 systems (their lines are mostly one sentence) nor the other WMT23 systems. A fifth,
                         `No.` | `3 and it lightened…` (a sentence the splitter cut after `No.`, its translation cut at a
                         comma), made TQA016 require a capital letter at the start of the sentence.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real import KIND_CATEGORIES, LABELS, UNCLAIMED, document_lines, read_tsv  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("dev", "dev2", "dev3", *(f"heldout{n}" for n in range(7, 22)))
SETTINGS = Settings(select=("TQA003", "TQA016"))
MAX_LINES = 60  # documents are cut into runs of this many lines (clean_refs.py keeps documents of at most 60)


def lost_sentence(f: Finding) -> bool:
    """A finding of a whole sentence with no translation: TQA016, or TQA003's `the sentence … has no translation`."""
    return f.code == "TQA016" or f.code == "TQA003" and f.message.endswith("has no translation")


def verdict(kinds: set[str]) -> str:
    """right / apart / false for an omission finding on a line with labels of these kinds (real.py's matching)."""
    if any("omission" in KIND_CATEGORIES.get(k, frozenset()) for k in kinds):
        return "right"
    return "apart" if kinds and kinds <= UNCLAIMED else "false"


def development(shared: Path, show: bool) -> None:
    """Every lost-sentence finding on the development splits, judged by its line's labels."""
    tally: collections.Counter[tuple[str, str]] = collections.Counter()
    for split in SPLITS:
        docs = [d for d in read_tsv(LABELS / "wmt-mt" / "documents.tsv") if d["split"] == split and d["status"] == "read"]
        labels: dict[tuple[str, int], set[str]] = collections.defaultdict(set)
        for lab in read_tsv(LABELS / "wmt-mt" / f"labels.{split}.tsv"):
            labels[(lab["doc"], int(lab["line"]))].add(lab["kind"])
        cache: dict[tuple[str, str], list[str]] = {}
        for d in docs:
            en_lines, zh_lines = document_lines(shared, d, LABELS, cache)
            first = int(d["first_line"])
            en = "\n".join(en_lines) + "\n"
            zh = "\n\n".join(text for _, text in zh_lines) + "\n"
            result = check_documents(parse_text("en.txt", en), parse_markdown("zh.md", zh), SETTINGS)
            for f in result.findings:
                if not lost_sentence(f) or f.source is None:
                    continue
                line = first + f.source.line - 1
                v = verdict(labels.get((d["doc"], line), set()))
                tally[(f.code, v)] += 1
                if show:
                    print(f"  {v:<5} {f.code} {split} {d['doc']}:{line} {f.message[:110]}")
    for (code, v), n in sorted(tally.items()):
        print(f"development splits: {code} {v} {n}")


def _runs(pairs: list[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    for i in range(0, len(pairs), MAX_LINES):
        yield pairs[i:i + MAX_LINES]


def corpora(shared: Path) -> Iterator[tuple[str, bool, list[tuple[str, list[tuple[str, str]]]]]]:
    """(name, is a clean reference, documents as (doc id, (English, Chinese) paragraphs)) of every corpus swept."""
    wmt = shared / "corpora/wmt"
    sets = [("wmt22", wmt / "wmt22_general_en-zh/txt", "sources/generaltest2022.en-zh.src.en",
             "metainfo/generaltest2022.en-zh.meta.derived.jsonl",
             {"refA": "references/generaltest2022.en-zh.ref.A.zh", "refB": "references/generaltest2022.en-zh.ref.B.zh"},
             "system-outputs"),
            ("wmt23", wmt / "wmt23_general_en-zh/txt", "sources/generaltest2023.en-zh.src.en",
             "metainfo/generaltest2023.en-cs.meta.jsonl", {"refA": "references/generaltest2023.en-zh.ref.refA.zh"},
             "system-outputs"),
            ("wmt24", wmt / "wmt24_general_en-zh/txt", "sources/en-zh.txt", "metadata/en-zh.jsonl",
             {"refA": "references/en-zh.refA.txt"}, None)]
    for year, base, source, meta, refs, systems in sets:
        src = (base / source).read_text(encoding="utf-8").split("\n")
        info = [json.loads(x) for x in (base / meta).read_text(encoding="utf-8").splitlines() if x.strip()]
        targets = {name: (base / path, True) for name, path in refs.items()}
        if systems:
            targets |= {p.name.split(".")[-2]: (p, False) for p in sorted((base / systems).glob("*.zh"))}
        for name, (path, clean) in targets.items():
            zh = path.read_text(encoding="utf-8").split("\n")
            docs: dict[str, list[tuple[str, str]]] = collections.OrderedDict()
            for s, t, m in zip(src, zh, info, strict=False):
                # WMT23 news documents are held out forever; the canary is no text
                if s.strip() and t.strip() and m.get("docid") != "canary" and not (year == "wmt23" and m.get("domain") == "news"):
                    docs.setdefault(m["docid"], []).append((s.strip(), t.strip()))
            yield f"{year}/{name}", clean, [(d, run) for d, ps in docs.items() for run in _runs(ps)]


def sweep(shared: Path, show: bool) -> None:
    """TQA016 and TQA003 lost sentences over whole corpora: per 100 paragraphs, each printed with --show."""
    for name, clean, docs in corpora(shared):
        counts: collections.Counter[str] = collections.Counter()
        paragraphs = 0
        for docid, pairs in docs:
            en = "\n".join(a for a, _ in pairs) + "\n"
            zh = "\n\n".join(b for _, b in pairs) + "\n"
            paragraphs += len(pairs)
            for f in check_documents(parse_text("en.txt", en), parse_markdown("zh.md", zh), SETTINGS).findings:
                if not lost_sentence(f) or f.source is None or f.target is None:
                    continue
                counts[f.code] += 1
                if show:
                    print(f"  {name} {docid} {f.code} {f.message[:140]}\n    EN  {pairs[f.source.line - 1][0][:300]}\n"
                          f"    ZH  {pairs[(f.target.line - 1) // 2][1][:200]}")
        kind = "clean reference" if clean else "MT output"
        rates = ", ".join(f"{code} {n} = {100 * n / max(1, paragraphs):.2f}" for code, n in sorted(counts.items())) or "none"
        print(f"{name} ({kind}, {paragraphs} paragraphs): {rates} per 100")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sweep", action="store_true", help="also sweep whole references and MT outputs")
    ap.add_argument("--show", action="store_true", help="print each finding")
    args = ap.parse_args(argv)
    development(args.shared, args.show)
    if args.sweep:
        sweep(args.shared, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
