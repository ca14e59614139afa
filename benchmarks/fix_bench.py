"""Repair benchmark on the real TechCrunch translations of ../shared (issue 15).

    make bench-fix                       # repairs per rule, and the rule of the issue (must print 0)
    make bench-fix ARGS="--sample 220 --seed 1 --out /tmp/fix-sample.tsv"

Runs the fix pipeline (check, certain repairs, check again) over every article of the archive in
memory, never writing into ../shared, plus the pairs whose original is at hand (the Zuckerberg pair).
Prints the applied repairs per rule and checks the rule of the issue: no applied repair replaces a
spelling the article's prose uses more often with a rarer one, unless the original writes the new
spelling. With --sample N --seed S --out FILE it writes a deterministic sample of applied repairs for
labelling (columns id, file, line, rule, before, after, context; context is the whole line before the
repair). When benchmarks/real/fix/labels.tsv exists (the same columns plus verdict right|wrong and
reason) it prints the share labelled right and lists the wrong ones.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ARCHIVE = SHARED / "corpora" / "techcrunch-zh"
PAIRS = [  # (original, translation) pairs of the archive whose original is at hand
    ("corpora/techcrunch-en/goose3/test_techcrunch1.html",
     "corpora/techcrunch-zh/techcrunch-blog-zh-2007-2014/docs/2005-zuckerberg-didnt-want-to-take-over-the-world.md"),
]
LABELS = ROOT / "benchmarks" / "real" / "fix" / "labels.tsv"
COLUMNS = ["id", "file", "line", "rule", "before", "after", "context"]
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Applied:
    file: str
    line: int
    rule: str
    before: str
    after: str
    context: str
    offset: int
    worse: bool  # replaces a spelling the prose uses more often with a rarer one, the original not saying so


@dataclass(frozen=True)
class NameStats:
    findings: int  # TQA302 findings of the article
    wrong_way: int  # of them: the reported spelling is more frequent in the prose than the suggested one
    case_variants: int  # TQA304 findings


def _one(job: tuple[str | None, str]) -> tuple[list[Applied], str | None, NameStats]:
    from transqa.checks.names import prose_spellings
    from transqa.engine import check_paths
    from transqa.fix import plan

    source, target = job
    try:
        result = check_paths(source, target)
        if result.target is None:
            return [], None, NameStats(0, 0, 0)
        fp = plan(result)
    except Exception as exc:  # noqa: BLE001 - a benchmark reports a failing article and goes on
        return [], f"{target}: {type(exc).__name__}: {exc}", NameStats(0, 0, 0)
    raw = fp.original
    counts = prose_spellings(result.target)
    t302 = [f for f in result.findings if f.code == "TQA302"]
    wrong = sum(1 for f in t302 if f.suggestion and f.target
                and counts[" ".join(f.target.text.split())] > counts[" ".join(f.suggestion.split())])
    stats = NameStats(len(t302), wrong, sum(1 for f in result.findings if f.code == "TQA304"))
    source_text = "\n".join(b.text for b in result.source.blocks) if result.source is not None else ""
    rel = str(Path(target).resolve().relative_to(SHARED.resolve())) if Path(target).resolve().is_relative_to(SHARED.resolve()) else target
    out = []
    for ed in sorted(fp.applied, key=lambda e: (e.start, e.end)):
        before = raw[ed.start : ed.end]
        line_no = raw.count("\n", 0, ed.start) + 1
        ls = raw.rfind("\n", 0, ed.start) + 1
        le = raw.find("\n", ed.end)
        context = raw[ls : le if le >= 0 else len(raw)]
        worse = False
        if ed.text and _LATIN.search(before) and _LATIN.search(ed.text):
            b, a = " ".join(before.split()), " ".join(ed.text.split())
            worse = counts[b] > counts[a] and a not in source_text
        out.append(Applied(rel, line_no, ed.code, before, ed.text, context, ed.start, worse))
    return out, None, stats


def jobs() -> list[tuple[str | None, str]]:
    paired = {str(SHARED / t): str(SHARED / s) for s, t in PAIRS if (SHARED / s).is_file()}
    files = sorted(str(p) for p in ARCHIVE.rglob("*.md") if p.name.lower() != "readme.md")
    return [(paired.get(f), f) for f in files]


def _clean(s: str) -> str:
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sample", type=int, default=0, help="write a sample of N applied repairs")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="the sample's TSV file")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (for a quick look)")
    args = ap.parse_args(argv)
    if args.sample and args.out is None:
        ap.error("--sample needs --out FILE")
    if not ARCHIVE.is_dir():
        print(f"bench-fix: no archive at {ARCHIVE}", file=sys.stderr)
        return 2
    todo = jobs()
    if args.limit:
        todo = todo[: args.limit] + [j for j in todo[args.limit :] if j[0] is not None]
    applied: list[Applied] = []
    errors: list[str] = []
    names: list[NameStats] = []
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for got, err, st in pool.map(_one, todo, chunksize=16):
            applied += got
            names.append(st)
            if err:
                errors.append(err)
    per_rule = Counter(a.rule for a in applied)
    files = len({a.file for a in applied})
    print(f"articles: {len(todo)} ({sum(1 for j in todo if j[0])} with the original); errors: {len(errors)}")
    for e in errors[:10]:
        print(f"  error: {e}")
    print(f"applied repairs: {len(applied)} in {files} articles")
    for rule, n in sorted(per_rule.items()):
        print(f"  {rule}: {n}")
    n302 = sum(s.findings for s in names)
    print(f"TQA302 findings: {n302} (at most {max((s.findings for s in names), default=0)} in one article), "
          f"pointing from a more frequent prose spelling to a rarer one: {sum(s.wrong_way for s in names)}; "
          f"TQA304 (case variants, info): {sum(s.case_variants for s in names)}")
    worse = [a for a in applied if a.worse]
    print(f"repairs replacing a more frequent prose spelling with a rarer one (must be 0): {len(worse)}")
    for a in worse[:20]:
        print(f"  {a.file}:{a.line}: {a.rule} {a.before!r} → {a.after!r}")
    if args.sample:
        rng = random.Random(args.seed)
        picked = sorted(rng.sample(range(len(applied)), min(args.sample, len(applied))))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(COLUMNS)
            for n, i in enumerate(picked, 1):
                a = applied[i]
                w.writerow([n, a.file, a.line, a.rule, _clean(a.before), _clean(a.after), _clean(a.context)])
        print(f"sample: {len(picked)} repairs (seed {args.seed}) written to {args.out}")
    if LABELS.is_file():
        with LABELS.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        judged = [r for r in rows if r.get("verdict") in ("right", "wrong")]
        wrong = [r for r in judged if r["verdict"] == "wrong"]
        if judged:
            share = 100 * (len(judged) - len(wrong)) / len(judged)
            print(f"labels ({LABELS.relative_to(ROOT)}): {len(judged)} judged, {share:.1f}% right, {len(wrong)} wrong")
        for r in wrong:
            print(f"  wrong {r['id']} {r['file']}:{r['line']} {r['rule']} {r['before']!r} → {r['after']!r}: {r.get('reason', '')}")
    return 1 if worse or errors else 0


if __name__ == "__main__":
    sys.exit(main())
