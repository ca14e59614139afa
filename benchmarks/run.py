"""Benchmarks on ../shared: false findings on clean professional translations, and speed.

    make bench        (or: .venv/bin/python benchmarks/run.py [--shared PATH])

Clean pairs: the WMT24 English→Chinese news test set (paragraph-level), rebuilt into documents from
the doc ids of its metadata; every finding on these professional translations counts as a false
finding. Speed: target-only checks over the real TechCrunch translations, and pair checks over the
WMT documents. The defect-injection benchmark against pofilter is issue 3's work.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from transqa.engine import check_documents, check_paths
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text

ROOT = Path(__file__).resolve().parent.parent


def wmt_paragraphs(txt: Path, source: str, reference: str, metadata: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(doc id, its (English, Chinese) paragraphs) of a WMT test set, in file order. `txt` is the set's txt folder;
    `source`, `reference` and `metadata` name files under it: one paragraph per line, the lines of the two texts
    paired by position and grouped by the `docid` of the metadata line (JSON lines) at the same position. The
    canary and every pair with a blank side are left out; paragraphs are stripped. OSError when a file is missing."""
    src = (txt / source).read_text(encoding="utf-8").split("\n")
    ref = (txt / reference).read_text(encoding="utf-8").split("\n")
    meta = [json.loads(line) for line in (txt / metadata).read_text(encoding="utf-8").splitlines() if line.strip()]
    docs: dict[str, list[tuple[str, str]]] = collections.OrderedDict()
    for s, r, m in zip(src, ref, meta, strict=False):
        if s.strip() and r.strip() and m.get("docid") != "canary":
            docs.setdefault(m["docid"], []).append((s.strip(), r.strip()))
    return list(docs.items())


def wmt_documents(shared: Path) -> list[tuple[str, str, str]]:
    """(doc id, English text one paragraph a line, Chinese Markdown one paragraph a block) of the WMT24 en-zh test
    set with reference A."""
    pairs = wmt_paragraphs(shared / "corpora/wmt/wmt24_general_en-zh/txt", "sources/en-zh.txt",
                           "references/en-zh.refA.txt", "metadata/en-zh.jsonl")
    return [(d, "\n".join(p[0] for p in ps) + "\n", "\n\n".join(p[1] for p in ps) + "\n") for d, ps in pairs]


def reference_defects() -> list[dict[str, str]]:
    """Findings on the references that reading showed to be real defects of the reference itself
    (`reference-defects.tsv`: document, rule, an excerpt of the reference paragraph, why)."""
    lines = (ROOT / "benchmarks/reference-defects.tsv").read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"), strict=True)) for line in lines[1:] if line.strip()]


def clean_pairs(shared: Path) -> None:
    docs = wmt_documents(shared)
    counts: collections.Counter[str] = collections.Counter()
    known = reference_defects()
    real_defects = 0
    paragraphs = 0
    t0 = time.perf_counter()
    for docid, en, zh in docs:
        result = check_documents(parse_text(f"{docid}.en.txt", en), parse_markdown(f"{docid}.zh.md", zh))
        paragraphs += len(result.source.blocks) if result.source else 0
        counts.update(f.code for f in result.findings)
        zh_lines = zh.split("\n")
        for f in result.findings:
            para = zh_lines[f.target.line - 1] if f.target is not None and 0 < f.target.line <= len(zh_lines) else ""
            if any(d["doc"] == docid and d["code"] == f.code and d["excerpt"] in para for d in known):
                real_defects += 1
    dt = time.perf_counter() - t0
    total = sum(counts.values())
    print(f"clean pairs (WMT24 en-zh refA): {len(docs)} documents, {paragraphs} paragraphs")
    print(f"  false findings: {total} = {100 * total / max(1, paragraphs):.1f} per 100 paragraphs")
    rest = total - real_defects
    print(f"  of which real defects of the reference itself (read; benchmarks/reference-defects.tsv): {real_defects}; "
          f"the others: {rest} = {100 * rest / max(1, paragraphs):.1f} per 100 paragraphs")
    print("  by rule: " + ", ".join(f"{c} {n}" for c, n in counts.most_common()))
    print(f"  speed: {len(docs) / dt:.1f} documents/s (pair mode, alignment included)")


def target_only_speed(shared: Path, limit: int) -> None:
    files = sorted((shared / "corpora/techcrunch-zh").rglob("*.md"))[:limit]
    t0 = time.perf_counter()
    n = findings = 0
    for p in files:
        try:
            findings += len(check_paths(None, str(p)).findings)
            n += 1
        except Exception:  # empty files: InputError
            continue
    dt = time.perf_counter() - t0
    print(f"target-only, real TechCrunch translations: {n} articles, {findings} findings, {n / dt:.1f} articles/s (one process)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=1000)
    args = ap.parse_args()
    if not (args.shared / "corpora").exists():
        print(f"benchmarks need {args.shared}/corpora", file=sys.stderr)
        return 2
    clean_pairs(args.shared)
    target_only_speed(args.shared, args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
