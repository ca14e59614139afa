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
is the first reading's incompleteness rather than the rules' error). The same for 40 articles of ``heldout4`` (reader R4, then R7;
drawn from the 887 articles R4 had read by then, `agreement/heldout4-pool.txt`), and for the development sets (40
archive ``dev2`` articles, R2 then R6; 60 ``wmt-mt`` ``dev2`` documents, D/E then I), and for 60 of the 178
``heldout8`` WMT documents (Q, then S, read the day Q's labels were committed) and of the 178 ``heldout9`` documents
(T, then U, the same day) and of the 178 ``heldout10`` documents (V, then W, the same day) and of the 131 ``heldout11`` documents (X, then Y, the
same day) and of the 109 ``heldout12`` documents (X, then Y, the same day) and of the 105
``heldout13`` documents (X, then Y, the same day), and of 20 of the 58 ``heldout14`` documents (edited WMT21
references: INJ wrote the defects and labelled them, Z read them blind the same day), and the same for 20 of the 60
``heldout16`` documents (WMT22 reference B), of the 80 ``heldout17`` documents (WMT23 reference A) and 16 of the 57 ``heldout18``
documents (WMT24 reference A), and of 21 of each reader's 42 ``heldout19`` documents (WMT22 outputs nobody had read: H19A
then H19C, H19B then H19D, the same day; the first 21 of each reader's documents by ``sha256("agree/" + doc)``). ``--score`` reads held-out
articles' findings: run it only where the held-out split itself may be scored.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real import LABELS, UNCLAIMED, read_tsv, score_archive, score_wmt  # noqa: E402

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


def _union(first: list[dict[str, str]], second: list[dict[str, str]], key: str = "file") -> list[dict[str, str]]:
    """Both readings' rows, a second-reading row left out when the first has one of the same line and kind."""
    seen = {(r[key], r["line"], r["kind"]) for r in first}
    return first + [r for r in second if (r[key], r["line"], r["kind"]) not in seen]


ARCHIVE_LABEL = ["file", "line", "kind", "severity", "zh", "fix", "reason"]
WMT_LABEL = ["doc", "line", "kind", "severity", "en", "zh", "fix", "reason"]
WMT_DOC = ["doc", "year", "system", "docid", "domain", "first_line", "last_line", "split", "status"]


def score_both(shared: Path, units: list[dict[str, str]], first: list[dict[str, str]], second: list[dict[str, str]],
               readers: tuple[str, str]) -> list[str]:
    """transqa on the same articles (`units` rows of articles.tsv) or WMT documents (rows of documents.tsv),
    scored against each reading and against their union."""
    wmt = "doc" in units[0]
    key = "doc" if wmt else "file"
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / ("wmt-mt" if wmt else "archive")
        rows = [dict(u, split="agree", status="read") for u in units]
        _write_tsv(base / ("documents.tsv" if wmt else "articles.tsv"), rows, WMT_DOC if wmt else ["file", "split", "status"])
        for name, labels in ((f"first reading ({readers[0]})", first), (f"second reading ({readers[1]})", second),
                             ("union of both", _union(first, second, key))):
            _write_tsv(base / "labels.agree.tsv", labels, WMT_LABEL if wmt else ARCHIVE_LABEL)
            score = score_wmt(shared, "agree", Path(tmp)) if wmt else score_archive(shared, "agree", Path(tmp))
            out.append(score.table(f"transqa on the {len(units)} {'documents' if wmt else 'articles'}, labels of the {name}"))
    return out


def _second_readings(ag: Path) -> list[tuple[str, str, list[dict[str, str]], list[dict[str, str]], list[dict[str, str]], tuple[str, str]]]:
    """(title, key, units, first labels, second labels, readers) of each later second reading."""
    out = []
    for split, units_file, labels_file, readers in (
        ("heldout2", "heldout2-articles.tsv", "heldout2-archive.labels.tsv", ("R3", "R5")),
        ("heldout4", "heldout4-articles.tsv", "heldout4-archive.labels.tsv", ("R4", "R7")),
        ("dev2", "dev2-articles.tsv", "dev2-archive.labels.tsv", ("R2", "R6")),
        ("dev2", "dev2-documents.tsv", "dev2-wmt.labels.tsv", ("D/E", "I")),
        ("heldout8", "heldout8-documents.tsv", "heldout8-wmt.labels.tsv", ("Q", "S")),
        ("heldout9", "heldout9-documents.tsv", "heldout9-wmt.labels.tsv", ("T", "U")),
        ("heldout10", "heldout10-documents.tsv", "heldout10-wmt.labels.tsv", ("V", "W")),
        ("heldout11", "heldout11-documents.tsv", "heldout11-wmt.labels.tsv", ("X", "Y")),
        ("heldout12", "heldout12-documents.tsv", "heldout12-wmt.labels.tsv", ("X", "Y")),
        ("heldout13", "heldout13-documents.tsv", "heldout13-wmt.labels.tsv", ("X", "Y")),
        ("heldout14", "heldout14-documents.tsv", "heldout14-wmt.labels.tsv", ("INJ", "Z")),
        ("heldout15", "heldout15-documents.tsv", "heldout15-wmt.labels.tsv", ("INJ", "Z")),
        ("heldout16", "heldout16-documents.tsv", "heldout16-wmt.labels.tsv", ("INJ", "Z")),
        ("heldout17", "heldout17-documents.tsv", "heldout17-wmt.labels.tsv", ("INJ", "Z")),
        ("heldout18", "heldout18-documents.tsv", "heldout18-wmt.labels.tsv", ("INJ", "Z")),
        ("heldout19", "heldout19a-documents.tsv", "heldout19a-wmt.labels.tsv", ("H19A", "H19C")),
        ("heldout19", "heldout19b-documents.tsv", "heldout19b-wmt.labels.tsv", ("H19B", "H19D")),
    ):
        units = [r for r in read_tsv(ag / units_file) if r["status"] == "read"]
        key = "doc" if "doc" in units[0] else "file"
        kind = "wmt-mt" if key == "doc" else "archive"
        names = {u[key] for u in units}
        first = [r for r in read_tsv(LABELS / kind / f"labels.{split}.tsv") if r[key] in names]
        title = f"{kind} {split} {'documents' if key == 'doc' else 'articles'} read twice ({len(units)}: {readers[0]} first, {readers[1]} second), labelled lines"
        out.append((title, key, units, first, read_tsv(ag / labels_file), readers))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--score", action="store_true", help="also score transqa on the samples read twice against each reading")
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
    for title, key, units, first2, second2, readers in _second_readings(ag):
        lines += compare(first2, second2, key, title)
        if args.score:
            lines += score_both(args.shared, units, first2, second2, readers)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
