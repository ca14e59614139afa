"""How far two independent readings of the same material agree (label reliability of benchmarks/real/).

    .venv/bin/python benchmarks/agreement.py

A second reader, who saw neither the first labels nor the rules, re-read a sample: 6 WMT22 documents and
8 archive articles (`agreement/input-*.tsv` name them) and 60 number renderings; four WMT23 documents were
read by two readers by accident of the choosing rules (`agreement/wmt23-second-reading.labels.tsv`). A label
is the triple (document, line, kind group); the table gives, per kind group, how many of each reader's
labelled lines the other reader also labelled. Numbers: verdict agreement and Cohen's kappa. Both readers
were sessions of the same model, so the figures are an upper bound on what two people would agree on.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real import LABELS, UNCLAIMED, read_tsv  # noqa: E402

NAME_KINDS = {"garbled-name", "placeholder", "site-name-title"}
GROUPS = {"partial-omission": "omission", "truncation": "omission", "substitution": "addition"}


def group(kind: str) -> str:
    """The kind group two readers are compared on: name-*, anchor-*, omission (whole, partial, truncation) …"""
    if kind.startswith("name-") or kind in NAME_KINDS:
        return "name"
    if kind.startswith("anchor-"):
        return "anchor"
    return GROUPS.get(kind, kind)


def compare(first: list[dict[str, str]], second: list[dict[str, str]], key: str, title: str) -> list[str]:
    """Rows of a table: per kind group, labelled lines of each reader and of both."""
    a = {(r[key], r["line"], group(r["kind"])) for r in first}
    b = {(r[key], r["line"], group(r["kind"])) for r in second}
    out = [title, f"  {'kind group':<15} {'first':>6} {'second':>6} {'both':>5}  first found by second  second found by first"]
    groups = sorted({k[2] for k in a | b})
    for g in [*groups, "all scored"]:
        pick = (lambda k: k[2] not in UNCLAIMED) if g == "all scored" else (lambda k, g=g: k[2] == g)
        sa, sb = {k for k in a if pick(k)}, {k for k in b if pick(k)}
        both = len(sa & sb)
        out.append(f"  {g:<15} {len(sa):>6} {len(sb):>6} {both:>5}  {both / max(1, len(sa)):>21.2f}  {both / max(1, len(sb)):>21.2f}")
    return out


def main() -> int:
    ag = LABELS / "agreement"
    docs = {r["doc"] for r in read_tsv(ag / "input-documents.tsv")}
    first_wmt = [r for r in read_tsv(LABELS / "wmt-mt/labels.dev.tsv") if r["doc"] in docs]
    lines = compare(first_wmt, read_tsv(ag / "wmt.labels.tsv"), "doc", f"WMT22 documents ({len(docs)}), labelled lines")
    second23 = read_tsv(ag / "wmt23-second-reading.labels.tsv")
    docs23 = {r["doc"] for r in second23}
    first23 = [r for r in read_tsv(LABELS / "wmt-mt/labels.dev.tsv") if r["doc"] in docs23]
    lines += compare(first23, second23, "doc", f"WMT23 documents read twice ({len(docs23)}), labelled lines")
    files = {r["file"] for r in read_tsv(ag / "input-articles.tsv")}
    first_arc = [r for r in read_tsv(LABELS / "archive/labels.dev.tsv") if r["file"] in files]
    lines += compare(first_arc, read_tsv(ag / "archive.labels.tsv"), "file", f"archive articles ({len(files)}), labelled lines")
    first = {r["id"]: r["verdict"] for r in read_tsv(LABELS / "numbers/numbers.dev.tsv")}
    second = {r["id"]: r["verdict"] for r in read_tsv(ag / "numbers.tsv")}
    ids = sorted(set(first) & set(second))
    if ids:
        n = len(ids)
        po = sum(first[i] == second[i] for i in ids) / n
        pa = sum(first[i] == "wrong" for i in ids) / n
        pb = sum(second[i] == "wrong" for i in ids) / n
        pe = pa * pb + (1 - pa) * (1 - pb)
        kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
        lines.append(f"number renderings ({n}): verdicts agree {po:.2f}, Cohen's kappa {kappa:.2f}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
