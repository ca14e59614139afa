"""How far two independent readings of the same material agree (label reliability of benchmarks/real/).

    .venv/bin/python benchmarks/agreement.py

A second reader, who saw neither the first labels nor the rules, re-read a sample: 6 WMT22 documents and
8 archive articles (`agreement/input-*.tsv` name them) and 60 number renderings; four WMT23 documents were
read by two readers by accident of the choosing rules (`agreement/wmt23-second-reading.labels.tsv`). A label
is the triple (document, line, kind group); the table gives, per kind group, how many of each reader's
labelled lines the other reader also labelled. Numbers: verdict agreement and Cohen's kappa. Both readers
were sessions of the same model, so the figures are an upper bound on what two people would agree on.

A third reader (R5) re-read 80 articles of the archive's ``heldout2`` split (`agreement/heldout2-articles.tsv`,
chosen by ``sha256("agree/" + path)`` before reading): their labels are compared with reader R3's, and, with
``--score``, transqa is scored on those 80 articles against each reading (how much of the held-out precision gap
is the first reading's incompleteness rather than the rules' error). ``--score`` reads held-out articles' findings:
run it only where the held-out split itself may be scored.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real import LABELS, UNCLAIMED, read_tsv, score_archive  # noqa: E402

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


def _write_tsv(path: Path, rows: list[dict[str, str]], header: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join("\t".join(row.get(k, "") or "" for k in header) + "\n" for row in [dict(zip(header, header, strict=True)), *rows])
    path.write_text(text, encoding="utf-8")


def _union(first: list[dict[str, str]], second: list[dict[str, str]]) -> list[dict[str, str]]:
    """Both readings' rows, a second-reading row left out when the first has one of the same line and kind."""
    seen = {(r["file"], r["line"], r["kind"]) for r in first}
    return first + [r for r in second if (r["file"], r["line"], r["kind"]) not in seen]


def score_both(shared: Path, files: list[str], first: list[dict[str, str]], second: list[dict[str, str]]) -> list[str]:
    """transqa on the same articles, scored against each reading and against their union."""
    header = ["file", "line", "kind", "severity", "zh", "fix", "reason"]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "archive"
        _write_tsv(base / "articles.tsv", [{"file": f, "split": "agree", "status": "read"} for f in files], ["file", "split", "status"])
        for name, rows in (("first reading (R3)", first), ("second reading (R5)", second), ("union of both", _union(first, second))):
            _write_tsv(base / "labels.agree.tsv", rows, header)
            out.append(score_archive(shared, "agree", Path(tmp)).table(f"transqa on the {len(files)} articles, labels of the {name}"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--score", action="store_true", help="also score transqa on the heldout2 sample against each reading")
    ap.add_argument("--shared", type=Path, default=LABELS.parent.parent.parent / "shared")
    args = ap.parse_args(argv)
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
    files2 = [r["file"] for r in read_tsv(ag / "heldout2-articles.tsv") if r["status"] == "read"]
    first2 = [r for r in read_tsv(LABELS / "archive/labels.heldout2.tsv") if r["file"] in set(files2)]
    second2 = read_tsv(ag / "heldout2-archive.labels.tsv")
    lines += compare(first2, second2, "file", f"archive heldout2 articles read twice ({len(files2)}: R3 first, R5 second), labelled lines")
    if args.score:
        lines += score_both(args.shared, files2, first2, second2)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
