"""False findings on clean professional translations, per rule: WMT22 reference A (or B, `--ref`) against its source.

    .venv/bin/python benchmarks/clean_refs.py [--shared PATH] [--ref A|B] [--max-lines 60] [--jsonl OUT]

Documents are rebuilt from the doc ids of the WMT22 metadata (every domain), one paragraph per line, and kept
when they have at most `--max-lines` lines (the longer ones are conversations and product pages). Every finding
on these references counts as a false finding unless reading shows otherwise (those read as real defects of the
reference are in `reference-defects.tsv`, counted apart: its `ref` column names the reference, A, B or AB where both
write the excerpt; the rows of `benchmarks/run.py`'s WMT24 reference A are A too); `--jsonl` writes each finding with its source and target
paragraphs for reading. `--ref B` checks WMT22's second reference (another translator) the same way.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import reference_defects, wmt_paragraphs  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BASE = "corpora/wmt/wmt22_general_en-zh/txt"
OMISSION = tuple(f"TQA{n:03d}" for n in range(1, 17))


def documents(shared: Path, max_lines: int, ref: str = "A") -> list[tuple[str, list[tuple[str, str]]]]:
    """(doc id, its (English, Chinese) paragraphs) of WMT22 reference `ref` (A or B), the documents of at most
    max_lines."""
    docs = wmt_paragraphs(shared / BASE, "sources/generaltest2022.en-zh.src.en",
                          f"references/generaltest2022.en-zh.ref.{ref}.zh", "metainfo/generaltest2022.en-zh.meta.derived.jsonl")
    return [(d, p) for d, p in docs if len(p) <= max_lines]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--ref", choices=("A", "B"), default="A")
    ap.add_argument("--max-lines", type=int, default=60)
    ap.add_argument("--jsonl", type=Path)
    args = ap.parse_args()
    if not (args.shared / BASE).exists():
        print(f"needs {args.shared / BASE}", file=sys.stderr)
        return 2
    counts: collections.Counter[str] = collections.Counter()
    paragraphs = 0
    rows = []
    docs = documents(args.shared, args.max_lines, args.ref)
    for docid, pairs in docs:
        en = "\n".join(a for a, _ in pairs) + "\n"
        zh = "\n\n".join(b for _, b in pairs) + "\n"
        result = check_documents(parse_text(f"{docid}.en.txt", en), parse_markdown(f"{docid}.zh.md", zh))
        paragraphs += len(pairs)
        for f in result.findings:
            counts[f.code] += 1
            s = f.source.line if f.source is not None else 0
            t = f.target.line if f.target is not None else 0
            rows.append({"doc": docid, "code": f.code, "message": f.message,
                         "en": pairs[s - 1][0] if 0 < s <= len(pairs) else "",
                         "zh": zh.split("\n")[t - 1] if t > 0 else ""})
    total = sum(counts.values())
    om = sum(n for c, n in counts.items() if c in OMISSION)
    known = [d for d in reference_defects() if args.ref in d["ref"]]
    real = sum(1 for r in rows if any(d["doc"] == r["doc"] and d["code"] == r["code"] and d["excerpt"] in r["zh"] for d in known))
    print(f"clean WMT22 reference {args.ref}: {len(docs)} documents of <= {args.max_lines} lines, {paragraphs} paragraphs")
    print(f"  all rules: {total} = {100 * total / max(1, paragraphs):.2f} per 100 paragraphs")
    print(f"  of which real defects of the reference itself (read; benchmarks/reference-defects.tsv): {real}; "
          f"false alarms: {total - real} = {100 * (total - real) / max(1, paragraphs):.2f} per 100 paragraphs")
    print(f"  omission rules (TQA001-TQA016): {om} = {100 * om / max(1, paragraphs):.2f} per 100 paragraphs")
    for code, n in sorted(counts.items()):
        print(f"    {code} {n:4d} = {100 * n / max(1, paragraphs):.2f} per 100")
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
