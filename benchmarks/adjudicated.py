"""Archive precision per rule and per category: against the labels (as ``real.py`` counts it), and corrected by
readings of the FALSE rows (findings no label of their kind covers) that found most of them real defects the
archive readers left unlabelled.

    .venv/bin/python benchmarks/real.py --split dev2 --per-finding dev2.jsonl        (one split, all three sets)
    .venv/bin/python benchmarks/adjudicated.py --write-verdicts archive.jsonl        (the archive of every development split)
    .venv/bin/python benchmarks/adjudicated.py --verdicts archive.jsonl [--reading FILE ...]

The verdicts are the scorer's own (``real.score_archive`` / ``real.per_finding_lines``): one JSON line per matched
finding with its split, file, line, code, category and verdict (``right``, ``false``, or counted apart: ``other``,
``lost``). The untouched splits heldout3/heldout5 are never scored here and their rows are refused if present.

Correction (per rule r with R right and F FALSE findings, and a random sample of its FALSE rows read against the
article: n rows still FALSE in these verdicts, k judged right, u unsure): p̂ = k / n (unsure counted as not right),
corrected right = R + F × p̂, corrected precision = (R + F × p̂) / (R + F). The 95% interval is Wilson's on p̂
(z = 1.96) with its half-widths scaled by the finite-population correction √((F − n) / (F − 1)) (a sample that read
every FALSE row has no sampling error), carried through the same formula; the upper bound with unsure counted as
right uses (k + u) / n. A category (and the whole archive) sums its rules; its interval adds the rules' half-widths
in quadrature (independent samples). A rule with no reading stays uncorrected (R / (R + F) counted in the sums as
is) and is listed. Recall is not corrected: it is measured by the labels alone (``real.py``).

Readings (``benchmarks/real/judged``; each row names split, article, line and rule; only random samples are used):
``archive-tqa310-false-verdicts-45.tsv`` (100 of 492 TQA310 FALSE rows, seed 310; column ``verdict``),
``archive-untranslated-false-45.tsv`` (all 235 TQA401/TQA402 FALSE rows; group ``a`` wrong, ``b`` right, ``c``
right when ``verdict_by_45_rule`` is ``untranslated``), ``archive-false-verdicts-45b.tsv`` (a blind editor's 8 FALSE
+ 3 labelled-right rows for each of ten rules, seed 4545; column ``label_verdict`` says which, merged in after the
reading: its FALSE rows correct, its labelled-right rows give the reader's calibration). Release 42's
``archive-false-verdicts-42.tsv`` was chosen by hand across rules and splits, not at random: not used.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import real

JUDGED = real.LABELS / "judged"
READINGS = (JUDGED / "archive-tqa310-false-verdicts-45.tsv", JUDGED / "archive-untranslated-false-45.tsv",
            JUDGED / "archive-false-verdicts-45b.tsv")
Z95 = 1.959964  # two-sided 95% normal quantile
Key = tuple[str, str, int, str]  # split, article (relative to corpora/techcrunch-zh), line, rule


def collect(shared: Path, splits: Iterable[str], out: Path, labels_dir: Path = real.LABELS) -> None:
    """Score the archive set of each split in `splits` and write every matched finding as a JSON line to `out`
    (``real.per_finding_lines``). Raises ValueError for an untouched split (heldout3/heldout5)."""
    splits = tuple(splits)
    held = [s for s in splits if s in real.UNTOUCHED]
    if held:
        raise ValueError(f"untouched split(s) not scored here: {', '.join(held)}")
    lines: list[str] = []
    for split in splits:
        score = real.score_archive(shared, split, labels_dir)
        lines.extend(real.per_finding_lines("archive", split, score))
        print(f"{split}: {len(score.per_finding)} findings", file=sys.stderr)
    out.write_text("".join(lines), encoding="utf-8")


def article_key(path: str) -> str:
    """An article path relative to ``corpora/techcrunch-zh`` (absolute and ``../shared`` forms accepted)."""
    return path.split("techcrunch-zh/", 1)[-1]


@dataclass(frozen=True)
class Reading:
    """One row read against its article: verdict ``right``, ``wrong`` or ``unsure``; `labelled` is the label
    verdict it had when drawn (``false`` for a FALSE row, ``right`` for a calibration row)."""

    split: str
    article: str
    line: int
    rule: str
    verdict: str
    labelled: str = "false"

    @property
    def key(self) -> Key:
        return (self.split, self.article, self.line, self.rule)


def _verdict(row: dict[str, str], open_as_unsure: bool = False) -> str:
    """A reading's verdict; with `open_as_unsure`, a row of the shapes the guideline left open until release 45 (group
    c of the untranslated readings: `via`, `SVP`) is ``unsure`` instead of read by the release-45 rule."""
    if "verdict_by_45_rule" in row:  # untranslated readings: group a wrong, b right, c by the release-45 rule
        group = row["group"]
        if group == "c" and open_as_unsure:
            return "unsure"
        return "wrong" if group == "a" else "right" if group == "b" or row["verdict_by_45_rule"] == "untranslated" else "wrong"
    v = row["verdict"].strip().lower()
    return v if v in ("right", "wrong") else "unsure"


def read_readings(path: Path, open_as_unsure: bool = False) -> list[Reading]:
    """The readings of one TSV (header with split, article, line, rule and verdict columns; see the module doc);
    `open_as_unsure` as `_verdict`'s. Raises ValueError on a row of an untouched split."""
    out: list[Reading] = []
    for row in real.read_tsv(path):
        if row["split"] in real.UNTOUCHED:
            raise ValueError(f"{path}: a row of untouched split {row['split']}")
        out.append(Reading(row["split"], article_key(row["article"]), int(row["line"]), row["rule"], _verdict(row, open_as_unsure),
                           row.get("label_verdict", "false") or "false"))
    return out


def read_verdicts(path: Path) -> list[dict[str, str]]:
    """The archive rows of a ``--per-finding`` JSONL file. Raises ValueError on a row of an untouched split."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("set", "archive") != "archive":
                continue
            if rec["split"] in real.UNTOUCHED:
                raise ValueError(f"{path}: a row of untouched split {rec['split']}")
            rows.append(rec)
    return rows


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval (lo, hi) of a proportion k / n; (0, 1) when n = 0."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (max(0.0, mid - half), min(1.0, mid + half))


@dataclass(frozen=True)
class Estimate:
    """Counts and corrected precision of one rule, category or the whole: `right`/`false` as labelled; `est`, `lo`,
    `hi`, `unsure_hi` corrected right counts (point, 95% interval, unsure counted right); `sampled` False when no
    reading corrects it (then est = lo = hi = right)."""

    right: int
    false: int
    est: float
    lo: float
    hi: float
    unsure_hi: float
    sampled: bool
    n: int = 0
    k: int = 0
    u: int = 0

    @property
    def total(self) -> int:
        return self.right + self.false

    def precision(self, count: float) -> float:
        return count / self.total if self.total else float("nan")


def estimate_rule(right: int, false: int, n: int = 0, k: int = 0, u: int = 0, z: float = Z95) -> Estimate:
    """Corrected count of one rule from its R right, F FALSE findings and a sample of n FALSE rows (k right,
    u unsure); uncorrected when n = 0. Raises ValueError when n > F or k + u > n."""
    if n == 0:
        return Estimate(right, false, right, right, right, right, False)
    if n > false or k + u > n:
        raise ValueError(f"sample n={n} k={k} u={u} does not fit {false} FALSE rows")
    p = k / n
    wlo, whi = wilson(k, n, z)
    fpc = math.sqrt((false - n) / (false - 1)) if false > 1 else 0.0
    lo, hi = p - (p - wlo) * fpc, p + (whi - p) * fpc
    return Estimate(right, false, right + false * p, right + false * lo, right + false * hi,
                    right + false * (k + u) / n, True, n, k, u)


def combine(parts: Iterable[Estimate]) -> Estimate:
    """Sum of rule estimates; interval half-widths added in quadrature (independent samples)."""
    parts = list(parts)
    est = sum(p.est for p in parts)
    down = math.sqrt(sum((p.est - p.lo) ** 2 for p in parts))
    up = math.sqrt(sum((p.hi - p.est) ** 2 for p in parts))
    return Estimate(sum(p.right for p in parts), sum(p.false for p in parts), est, est - down, est + up,
                    sum(p.unsure_hi for p in parts), any(p.sampled for p in parts),
                    sum(p.n for p in parts), sum(p.k for p in parts), sum(p.u for p in parts))


@dataclass(frozen=True)
class Report:
    """Per rule (code → (category, estimate)), per category, the whole, the readings that no longer match a FALSE
    row (rule → count), and the calibration rows (rule → Counter of verdicts)."""

    rules: dict[str, tuple[str, Estimate]]
    categories: dict[str, Estimate]
    whole: Estimate
    stale: dict[str, int]
    calibration: dict[str, collections.Counter[str]]


def adjudicate(verdicts: Iterable[dict[str, str]], readings: Iterable[Reading]) -> Report:
    """Corrected precision from per-finding verdicts and readings; a FALSE reading counts only when a FALSE row of
    the verdicts has its split, article, line and rule (a row read on older code that no longer fires is stale)."""
    right: collections.Counter[str] = collections.Counter()
    false: collections.Counter[str] = collections.Counter()
    category: dict[str, str] = {}
    false_keys: set[Key] = set()
    for v in verdicts:
        category[v["code"]] = v["category"]
        if v["verdict"] == "right":
            right[v["code"]] += 1
        elif v["verdict"] == "false":
            false[v["code"]] += 1
            for line in str(v["lines"]).split(","):
                false_keys.add((v["split"], article_key(v["file"]), int(line), v["code"]))
    sample: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    stale: collections.Counter[str] = collections.Counter()
    calibration: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    seen: set[Key] = set()
    for r in readings:
        if r.labelled != "false":
            calibration[r.rule][r.verdict] += 1
        elif r.key not in false_keys or r.key in seen:
            stale[r.rule] += 1
        else:
            seen.add(r.key)
            sample[r.rule][r.verdict] += 1
    rules: dict[str, tuple[str, Estimate]] = {}
    for code in sorted(set(right) | set(false)):
        s = sample.get(code, collections.Counter())
        rules[code] = (category[code], estimate_rule(right[code], false[code], sum(s.values()), s["right"], s["unsure"]))
    by_cat: dict[str, list[Estimate]] = collections.defaultdict(list)
    for cat, e in rules.values():
        by_cat[cat].append(e)
    categories = {cat: combine(es) for cat, es in sorted(by_cat.items())}
    return Report(rules, categories, combine(e for _, e in rules.values()), dict(stale), dict(calibration))


def _row(name: str, e: Estimate) -> str:
    head = f"  {name:<22} {e.right:>5} {e.false:>5}  {e.precision(e.right):.3f}"
    if not e.sampled:
        return head + "   (no reading: uncorrected)"
    sample = f"{e.k}/{e.n}" + (f" +{e.u}?" if e.u else "")
    return (head + f"  {sample:>11}  {e.precision(e.est):.3f} [{e.precision(e.lo):.3f}, {e.precision(e.hi):.3f}]"
            f"  {e.precision(e.unsure_hi):.3f}")


def render(report: Report) -> str:
    """The report as text."""
    cols = f"  {'':<22} {'right':>5} {'FALSE':>5}  {'label':<5}  {'read right':>11}  {'corrected [95%]':<22}  unsure→right"
    out = ["archive precision of the development splits: as labelled, and corrected by readings of FALSE rows",
           "(corrected = (right + FALSE × p̂) / (right + FALSE), p̂ = share read right in the rule's random sample of its FALSE",
           " rows, unsure as not right; Wilson 95% with finite-population correction; last column: unsure counted right).",
           "Recall is NOT corrected: it stays as the labels measure it (benchmarks/real.py).", "", "per rule:", cols]
    out += [_row(f"{code} ({cat})", e) for code, (cat, e) in report.rules.items()]
    out += ["", "per category (a category's unread rules count as labelled):", cols]
    out += [_row(cat, e) for cat, e in report.categories.items()]
    out += ["", _row("whole archive", report.whole)]
    unread = [(code, e.false) for code, (_, e) in report.rules.items() if not e.sampled and e.false]
    out.append("")
    out.append(f"uncorrected rules with FALSE rows ({sum(f for _, f in unread)} FALSE rows): "
               + ", ".join(f"{c} {f}" for c, f in sorted(unread, key=lambda x: (-x[1], x[0]))))
    if report.stale:
        out.append("readings of FALSE rows no longer FALSE here (code changed since the draw; left out): "
                   + ", ".join(f"{c} {n}" for c, n in sorted(report.stale.items())))
    if report.calibration:
        tot: collections.Counter[str] = collections.Counter()
        for c in report.calibration.values():
            tot.update(c)
        n = sum(tot.values())
        out.append("")
        out.append(f"reader calibration on rows the labels call right: {tot['right']} of {n} read right, "
                   f"{tot['wrong']} wrong, {tot['unsure']} unsure")
        out.append("  " + ", ".join(f"{rule} {c['right']}/{sum(c.values())}" for rule, c in sorted(report.calibration.items())))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=real.ROOT.parent / "shared")
    ap.add_argument("--verdicts", type=Path, help="per-finding JSONL to read (real.py --per-finding, or --write-verdicts)")
    ap.add_argument("--write-verdicts", type=Path, help="score the archive of every development split into this file first")
    ap.add_argument("--reading", type=Path, action="append", help="a TSV of readings (default: the three release-45 ones)")
    ap.add_argument("--open-as-unsure", action="store_true",
                    help="read the via/SVP rows the guideline left open (untranslated group c) as unsure, not by the rule")
    args = ap.parse_args(argv)
    path = args.verdicts or args.write_verdicts
    if path is None:
        print("give --verdicts FILE or --write-verdicts FILE", file=sys.stderr)
        return 2
    try:
        if args.write_verdicts:
            collect(args.shared, (s for s in real.SPLITS if s not in real.UNTOUCHED), args.write_verdicts)
        readings = [r for p in (args.reading or [p for p in READINGS if p.exists()]) for r in read_readings(p, args.open_as_unsure)]
        report = adjudicate(read_verdicts(path), readings)
    except (OSError, ValueError, KeyError, json.JSONDecodeError) as exc:
        print(f"adjudicated: {exc}", file=sys.stderr)
        return 2
    print(render(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
