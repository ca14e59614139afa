"""A seeded random sample of the name findings of `transqa audit` over the real archive, for a person to read.

    .venv/bin/python benchmarks/names_sample.py [--n 50] [--seed 17] [--audit results.jsonl] [--out sample.tsv]

Without ``--audit`` it runs ``transqa audit`` over ``../shared/corpora/techcrunch-zh`` (target only, the
name rules alone: ``--select`` the ``name`` category's codes, or those of ``--codes``; a private result store in a temporary folder)
and keeps every finding of category ``name``. Articles of the labelled archive set
(``benchmarks/real/archive/articles.tsv``, dev and held out) are left out, so the sample is independent of
the labels. Findings are put in a fixed order (file, line, column, code) and ``n`` are drawn with
``random.Random(seed)``: the same archive, code and seed give the same sample.

Each finding is printed with its place, what the rule claims, and the whole line it stands on with the
span marked ``⟦…⟧``; the reader needs no knowledge of the rules. With ``--out`` the sample is also written
as TSV with empty ``verdict`` (true / false / unsure) and ``reason`` columns to fill in; precision is then
the share of ``true`` among the verdicts.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def name_codes() -> list[str]:
    from transqa.registry import rules

    return sorted(c for c, r in rules().items() if r.category == "name")


def run_audit(archive: Path, out: Path, store: Path, codes: list[str]) -> None:
    """`transqa audit` over the archive with the given name rules only, JSONL results to `out`."""
    exe = Path(sys.executable).with_name("transqa")
    cmd = [str(exe), "audit", str(archive), "--select", ",".join(codes), "--isolated", "--store", str(store),
           "--no-progress", "-q", "--exit-zero", "-o", str(out)]
    subprocess.run(cmd, check=True)


def labelled(root: Path = ROOT) -> set[str]:
    from real import read_tsv

    return {Path(a["file"]).name for a in read_tsv(root / "benchmarks/real/archive/articles.tsv")}


def findings(results: Path, skip: set[str]) -> list[dict[str, object]]:
    """Every name finding of the audit results with a place in the target, in a fixed order."""
    rows: list[dict[str, object]] = []
    with results.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            path = str(rec.get("target") or "")
            if Path(path).name in skip:
                continue
            for f in rec.get("findings") or []:
                t = f.get("target")
                if f.get("category") == "name" and t:
                    rows.append({"file": path, "line": t["line"], "column": t["column"], "end_line": t["end_line"],
                                 "end_column": t["end_column"], "code": f["code"], "message": f["message"],
                                 "suggestion": f.get("suggestion") or ""})
    rows.sort(key=lambda r: (str(r["file"]), r["line"], r["column"], str(r["code"])))
    return rows


def context(row: dict[str, object], cache: dict[str, list[str]]) -> str:
    """The line the finding stands on, its span marked ⟦…⟧ (cut to about 200 characters around it)."""
    path = str(row["file"])
    if path not in cache:
        cache[path] = Path(path).read_text(encoding="utf-8", errors="replace").split("\n")
    lines = cache[path]
    n = int(str(row["line"]))
    text = lines[n - 1] if 0 < n <= len(lines) else ""
    s = int(str(row["column"])) - 1
    e = int(str(row["end_column"])) - 1 if row["end_line"] == row["line"] else len(text)
    marked = text[:s] + "⟦" + text[s:e] + "⟧" + text[e:]
    lo = max(0, s - 100)
    hi = min(len(marked), e + 102)
    return ("…" if lo else "") + marked[lo:hi] + ("…" if hi < len(marked) else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--audit", type=Path, help="JSONL results of an earlier `transqa audit` run (else it is run)")
    ap.add_argument("--codes", help="comma-separated name rules to sample (default: every rule of category name), "
                    "e.g. TQA310,TQA311,TQA314 for the names in Chinese script")
    ap.add_argument("--out", type=Path, help="also write the sample as TSV with verdict and reason columns to fill in")
    args = ap.parse_args(argv)
    codes = name_codes()
    if args.codes:
        asked = [c.strip().upper() for c in args.codes.split(",") if c.strip()]
        if not asked or any(c not in codes for c in asked):
            print(f"names_sample: --codes takes name rules only ({', '.join(codes)})", file=sys.stderr)
            return 2
        codes = asked
    archive = args.shared / "corpora" / "techcrunch-zh"
    with tempfile.TemporaryDirectory() as tmp:
        results = args.audit
        if results is None:
            if not archive.is_dir():
                print(f"names_sample: no archive at {archive}", file=sys.stderr)
                return 2
            results = Path(tmp) / "audit.jsonl"
            run_audit(archive, results, Path(tmp) / "store.sqlite", codes)
        rows = [r for r in findings(results, labelled()) if r["code"] in codes]
    sample = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    sample.sort(key=lambda r: (str(r["file"]), r["line"], r["column"], str(r["code"])))
    print(f"{len(rows)} name findings outside the labelled articles; {len(sample)} drawn with seed {args.seed}\n")
    cache: dict[str, list[str]] = {}
    out_rows = []
    for k, r in enumerate(sample, 1):
        ctx = context(r, cache)
        where = f"{Path(str(r['file'])).name}:{r['line']}:{r['column']}"
        print(f"{k:>2}. {where}  {r['code']}\n    claim: {r['message']}\n    text:  {ctx}\n")
        out_rows.append([k, r["file"], r["line"], r["code"], r["message"], ctx, "", ""])
    if args.out:
        with args.out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            w.writerow(["n", "file", "line", "code", "claim", "context", "verdict", "reason"])
            w.writerows([[str(c).replace("\t", " ").replace("\n", " ⏎ ") for c in row] for row in out_rows])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
