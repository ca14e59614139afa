"""Name rules (TQA310-TQA314) scored on the real-data development labels (dev files only).

    .venv/bin/python benchmarks/real_names.py [--labels benchmarks/real] [--shared ../shared] [--select-literal]

Reads `wmt-mt` (documents.tsv + labels.dev.tsv: WMT22/23 system outputs against their sources)
and `archive` (articles.tsv + labels.dev.tsv: TechCrunch archive, target only); only documents marked
`dev` and `read`. A label of a `name-*` kind (and `site-name-title` in the archive) is found when a
name finding (TQA301/302/310-314) stands on its line; a finding of TQA310-TQA314 is correct when a
name label (any name kind) stands on its line. Never reads a `*heldout*` file.
"""

from __future__ import annotations

import argparse
import collections
import csv
import glob
import json
import sys
from pathlib import Path

from transqa.config import Settings
from transqa.engine import check_documents, check_paths
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text

ROOT = Path(__file__).resolve().parent.parent
NEW = {"TQA310", "TQA311", "TQA312", "TQA313", "TQA314"}
NAME_CODES = NEW | {"TQA301", "TQA302"}


def _tsv(path: Path) -> list[dict[str, str]]:
    if "heldout" in path.name:
        raise SystemExit("refusing to read a held-out file")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _wmt_lines(shared: Path, year: str, system: str) -> tuple[list[str], list[str]]:
    base = shared / f"corpora/wmt/{year}_general_en-zh/txt"
    tag = "generaltest2022" if year == "wmt22" else "generaltest2023"
    src = (base / f"sources/{tag}.en-zh.src.en").read_text(encoding="utf-8").split("\n")
    hyp = Path(glob.glob(str(base / f"system-outputs/{tag}.en-zh.hyp.{system}.zh"))[0]).read_text(encoding="utf-8").split("\n")
    return src, hyp


def wmt_findings(shared: Path, folder: Path, settings: Settings) -> dict[str, dict[int, set[str]]]:
    """doc → corpus line → codes found there, for the dev documents that were read."""
    out: dict[str, dict[int, set[str]]] = {}
    cache: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for d in _tsv(folder / "documents.tsv"):
        if d["split"] != "dev" or d["status"] != "read":
            continue
        key = (d["year"], d["system"])
        if key not in cache:
            cache[key] = _wmt_lines(shared, *key)
        src, hyp = cache[key]
        first, last = int(d["first_line"]), int(d["last_line"])
        lines = [i for i in range(first, last + 1) if src[i - 1].strip() and hyp[i - 1].strip()]
        en = "\n".join(src[i - 1] for i in lines) + "\n"
        zh = "\n\n".join(hyp[i - 1] for i in lines) + "\n"
        result = check_documents(parse_text("en.txt", en), parse_markdown("zh.md", zh), settings)
        where: dict[int, set[str]] = collections.defaultdict(set)
        for f in result.findings:
            if f.target is not None and f.code in NAME_CODES:
                where[lines[(f.target.line - 1) // 2]].add(f.code)  # one paragraph per line, a blank line between
        out[d["doc"]] = where
    return out


def archive_findings(shared: Path, folder: Path, settings: Settings) -> dict[str, dict[int, set[str]]]:
    out: dict[str, dict[int, set[str]]] = {}
    for a in _tsv(folder / "articles.tsv"):
        if a["split"] != "dev" or a["status"] != "read":
            continue
        result = check_paths(None, str(shared / "corpora/techcrunch-zh" / a["file"]), settings)
        where: dict[int, set[str]] = collections.defaultdict(set)
        for f in result.findings:
            if f.target is not None and f.code in NAME_CODES:
                where[f.target.line].add(f.code)
        out[a["file"]] = where
    return out


def score(labels: list[dict[str, str]], key: str, found: dict[str, dict[int, set[str]]], kinds: set[str]) -> dict[str, object]:
    per_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    labelled: set[tuple[str, int]] = set()
    for r in labels:
        if r[key] not in found:
            continue
        line = int(r["line"])
        if r["kind"] in kinds or r["kind"].startswith("name-"):
            labelled.add((r[key], line))
        if not (r["kind"].startswith("name-") or r["kind"] == "site-name-title"):
            continue
        per_kind[r["kind"]][1] += 1
        per_kind[r["kind"]][0] += bool(found[r[key]].get(line))
    flagged = [(d, line, c) for d, lines in found.items() for line, codes in lines.items() for c in codes if c in NEW]
    correct = collections.Counter(c for d, line, c in flagged if (d, line) in labelled)
    total = collections.Counter(c for _d, _l, c in flagged)
    return {"recall": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per_kind.items())},
            "precision": {c: f"{correct[c]}/{total[c]}" for c in sorted(total)},
            "found": sum(v[0] for v in per_kind.values()), "labels": sum(v[1] for v in per_kind.values()),
            "correct": sum(correct.values()), "findings": sum(total.values()), "documents": len(found)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", type=Path, default=ROOT / "benchmarks" / "real")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--select-literal", action="store_true", help="also run the preview rule TQA312")
    args = ap.parse_args()
    settings = Settings(select=("TQA", "TQA312")) if args.select_literal else Settings()
    report = {}
    for name in ("wmt-mt",):
        folder = args.labels / name
        if (folder / "labels.dev.tsv").exists():
            report[name] = score(_tsv(folder / "labels.dev.tsv"), "doc", wmt_findings(args.shared, folder, settings), set())
    folder = args.labels / "archive"
    if (folder / "labels.dev.tsv").exists():
        report["archive"] = score(_tsv(folder / "labels.dev.tsv"), "file", archive_findings(args.shared, folder, settings),
                                  {"site-name-title"})
    found = sum(r["found"] for r in report.values())
    labels = sum(r["labels"] for r in report.values())
    correct = sum(r["correct"] for r in report.values())
    findings = sum(r["findings"] for r in report.values())
    report["total"] = {"recall": f"{found}/{labels} = {found / max(1, labels):.2f}",
                       "precision": f"{correct}/{findings} = {correct / max(1, findings):.2f}"}
    json.dump(report, sys.stdout, indent=1, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
