"""Partial omissions of real MT against the omission category's precision budget (issue 18, release 41).

    .venv/bin/python benchmarks/omission_budget.py [--shared PATH] [--baseline DIR] [--cache FILE]
                                                   [--words] [--surface] [--read N]

The question (release 41 brief): the category may fall from 0.94 to 0.90; a signal at precision p adding N findings
to the wmt-mt development splits keeps it there while (0.90 - p) * N <= ~40, and the clean references (WMT22
reference A, `clean_refs.py`: 2,037 paragraphs) may gain at most 0.1 false findings per 100 paragraphs, 2 lines.
Is there a partial-omission signal worth that budget?

Material: `omission_runs.gather` (the read lines of the real-MT and injected development splits, each line `missed`
when the baseline listing shows a partial-omission label of it MISSED, `found`, `other` (other labels only),
`unlabelled`, `unlabelled-inj` (heldout14-18), `clean` (the clean documents of heldout14-18), and reference A), and
its runs of unrendered English content words (`omission_runs._runs`: two or more in a row of one sentence bead, with
their knobs: strong words by `reliability`, rendered neighbours, rendered elsewhere, the bead's share of other words
rendered, the line's and the sentence bead's log length ratio, `gap`). A run *hits* when it overlaps a labelled
missing span; `line`: it fires on a missed line elsewhere (the benchmark counts the row found all the same). `Padd`
= (hit + line) / (hit + line + other + unlabelled + unlabelled-inj + clean); `refA` is the clean-refs cost. Findings
on `found` lines add nothing (they would only lift the category's precision by repeating a right finding).

Figures (release 41; baseline /work/runs/r40/end2; 457 missed lines, 574 found, 3,628 other, 17,218 unlabelled,
1,927 unlabelled-inj, 1,494 clean lines of heldout14-18, 2,037 of reference A; 11,070 runs):

- runs, 22,464 settings (run 2-3 words; 0-3 strong words at 0.5-0.8; 0-2 rendered neighbours each side; rendered
  nowhere else; bead share 0 or 0.7; line ratio any, < 0, < -0.15; bead ratio any, < -0.15 … < -0.45; within one
  clause; gap 0): with reference A at 2 lines or fewer the most any setting adds is **6 rows**. The best of them
  (`words=2, strong=3 at 0.6, 1 rendered neighbour, rendered nowhere else, line ratio < 0`: 6 rows, 7 false, 1
  line of reference A, Padd 0.46, cost 5.7) finds only edits written into references (heldout15 5, heldout16 1: `the
  mother of West's four children`, `too quickly, some officials have since acknowledged`, `providing the prisoner
  release…`), no real MT, and fires on 4 clean heldout15 documents' lines; the next (`words=2, strong=1 at 0.7, 1
  neighbour, within one clause, bead ratio < -0.36`: 6 rows, 11 false, 2 of reference A) has 4 real-MT rows. Both
  are picked from 22,464 settings on the very lines they are scored on; picked on half the splits (dev, dev3,
  heldout8, 10, 12, 14, 16, 18, 19, 21; one-off, figures only) the best within the limit adds 4 rows for 2 false
  there and 2 rows for 9 false on the other half; picked on the other half, 5 for 6 there and 1 for 1 here. At 8 lines of reference A, 14 rows against
  59 false (Padd 0.19, cost 52: over budget). Over all settings with 15+ rows the best Padd is 0.38 (15 rows, 25
  false, 15 lines of reference A = 0.74 per 100). The broad runs fire on clean and unlabelled lines at the rate
  they fire on missed ones: `words=2, 1 rendered neighbour`: 210 missed lines against 2,813 unlabelled and 480 of
  reference A (23.6 per 100).
- `--read 40`: 40 unlabelled lines the setting `strong=2 at 0.5` fires on (190 in all), read: 5 are real omissions
  the readers left unlabelled (`these things` dropped from `private messaged me these things`, three systems;
  `carded` from `a sturdy carded A5 envelope`, two), 35 complete translations the lexicon does not cover
  (`keeping an eye` → 密切关注, `select group` → 一小部分…行列). Counting 1 in 8 unlabelled hits right lifts no setting
  past Padd 0.35.
- `--words`: a single unrendered content word (57,554 in beads of three or more): over 1,440 settings (reliability
  0.7-0.95, bead share 0-0.99, line and bead ratio, neighbours, rendered nowhere) none adds more than 1 row at Padd
  0.3 or more. For scale: a word that clean translations render on 85% of lines or more (`reliability`), unrendered,
  stands on 71 missed lines (52 over the span) against 1,213 false lines and 245 of reference A (12 per 100); with
  the bead's other words 80% rendered, 6 against 191 and 28.
- `--surface`: the Chinese-side holes (`一辆的`, 是 or a preposition before a mark, Han-space-Han, a doubled mark)
  and the quote/attribution shapes: a Chinese quotation left open where the English closes it, 4 missed lines
  against 90 false (25 other, 26 unlabelled, 23 unlabelled-inj, 16 clean) and 2 of reference A; a quotation's
  attribution (`," he said.`) with no marker of speech at any length (TQA008 asks below 82%), 1 missed line against
  4 false and 2 of reference A; Han-space-Han 4 against 22 and 3; `是，` 4 against 234 and 18; a classifier before
  的 (`一辆的`) 1 against 8 and 2. Of the 459 missed spans, 7 hold an attribution verb, 2 a quotation mark, 1 a
  handle, 16 a figure.

Nothing here is worth the budget: every lexicon or surface signal fires on professional references at about the
rate it fires on the missed lines, so the clean-refs limit (2 lines) is spent before 7 rows are gained, and those
are picked from thousands of settings on the lines that score them. Not built.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import pickle
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import omission_runs as om  # noqa: E402
from omission_runs import Line, Run, Setting  # noqa: E402

from transqa.checks import coverage  # noqa: E402
from transqa.checks.coverage import loose_flags  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402
from transqa.lang.reliability import reliability  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FALSE_KINDS = ("other", "unlabelled", "unlabelled-inj", "clean")


def load(shared: Path, baseline: Path, cache: Path) -> tuple[list[Line], list[Run]]:
    """The lines and runs of `omission_runs` (cached: about two and a half minutes to build)."""
    main = sys.modules["__main__"]
    main.Line, main.Run = Line, Run  # a cache written by omission_runs.py run as a script names them there
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    lines = om.gather(shared, baseline)
    runs = [r for k, ln in enumerate(lines) for r in om._runs(k, ln)]
    cache.write_bytes(pickle.dumps((lines, runs)))
    return lines, runs


def _in_span(ln: Line, a: int, b: int) -> bool:
    for span in ln.spans:
        x = ln.en.find(span)
        if 0 <= x < b and a < x + len(span):
            return True
    return False


def tally(lines: list[Line], fired: dict[int, bool]) -> collections.Counter[str]:
    """Lines fired (line → whether a unit overlapped a missed span) counted by kind; reference A apart."""
    c: collections.Counter[str] = collections.Counter()
    for k, hit in fired.items():
        ln = lines[k]
        if ln.kind == "missed":
            c["hit" if hit else "line"] += 1
        else:
            c["refA" if ln.split == "refA" else ln.kind] += 1
    return c


def row(c: collections.Counter[str], what: object) -> str:
    new = c["hit"] + c["line"]
    false = sum(c[k] for k in FALSE_KINDS)
    p = new / max(1, new + false)
    return (f"hit {c['hit']:3d} line {c['line']:3d} found {c['found']:3d} other {c['other']:4d} unl {c['unlabelled']:4d} "
            f"unl-inj {c['unlabelled-inj']:3d} clean {c['clean']:3d} refA {c['refA']:3d} Padd {p:.2f} "
            f"cost {(0.9 - p) * (new + false):5.1f}  {what}")


def run_grid(lines: list[Line], runs: list[Run]) -> None:
    """Every combination of the run knobs; the settings that add most rows within reference A's limit."""
    res = []
    for words, strong, rel, sides, nowhere, share, ratio, sent, no_stop, gap in itertools.product(
            (2, 3), (0, 1, 2, 3), (0.5, 0.6, 0.7, 0.8), (0, 1, 2), (False, True), (0.0, 0.7),
            (9.0, 0.0, -0.15), (9.0, -0.15, -0.25, -0.3, -0.36, -0.45), (False, True), (999, 0)):
        if strong == 0 and rel != 0.5:
            continue
        s = Setting(words, strong, rel, sides, no_stop, nowhere, share, ratio, sent, gap)
        fired: dict[int, bool] = {}
        for r in runs:
            if s.fires(r):
                fired[r.line] = fired.get(r.line, False) or om._overlaps(lines[r.line], r)
        res.append((tally(lines, fired), s))
    print(f"{len(res)} settings")
    for cap in (2, 8):
        print(f"--- reference A at most {cap} lines: most rows added")
        for c, s in sorted((x for x in res if x[0]["refA"] <= cap), key=lambda x: -(x[0]["hit"] + x[0]["line"]))[:6]:
            print(row(c, s))
    print("--- 15 rows or more: best Padd")
    many = [x for x in res if x[0]["hit"] + x[0]["line"] >= 15]
    for c, s in sorted(many, key=lambda x: -(x[0]["hit"] + x[0]["line"]) / max(1, sum(x[0][k] for k in (
            "hit", "line", *FALSE_KINDS))))[:6]:
        print(row(c, s))


def read(lines: list[Line], runs: list[Run], n: int) -> None:
    """n unlabelled lines (seed 41) that `strong=2 at 0.5` fires on, to read for labels the readers left out."""
    s = Setting(strong=2, reliable=0.5)
    seen: dict[int, list[str]] = {}
    for r in runs:
        if s.fires(r) and lines[r.line].kind == "unlabelled":
            seen.setdefault(r.line, []).append(lines[r.line].en[r.start:r.end])
    random.seed(41)
    for k in random.sample(sorted(seen), min(n, len(seen))):
        print(f"[{k}] {lines[k].split} RUN {seen[k]}\n  EN {lines[k].en}\n  ZH {lines[k].zh}")


def _words(k: int, ln: Line) -> list[tuple[int, int, int, float, float, float, float, int, bool]]:
    """Each unrendered content word of a sentence bead of three or more: (line, start, end, reliability, the bead's
    share rendered, the line's and the bead's log ratio, rendered neighbours, rendered elsewhere in the line)."""
    got = om._aligned(ln)
    if got is None:
        return []
    en, zh, aligned, words, line_flags = got
    out = []
    for bead in aligned.beads:
        if not bead.source or not bead.target:
            continue
        zb = "".join(zh[aligned.target[t][1]:aligned.target[t][2]] for t in bead.target)
        sr = log_ratio(" ".join(en[aligned.source[u][1]:aligned.source[u][2]] for u in bead.source), zb)
        idx = [i for i, (ws, we, _) in enumerate(words)
               if any(ws >= aligned.source[u][1] and we <= aligned.source[u][2] for u in bead.source)]
        if len(idx) < 3:
            continue
        flags = loose_flags([words[i][2] for i in idx], zb)
        for m, i in enumerate(idx):
            if not flags[m]:
                sides = (m > 0 and flags[m - 1]) + (m + 1 < len(idx) and flags[m + 1])
                out.append((k, words[i][0], words[i][1], reliability(words[i][2]), sum(flags) / len(flags),
                            log_ratio(en, zh), sr, sides, line_flags[i]))
    return out


def word_grid(lines: list[Line]) -> None:
    """Single unrendered words: the settings that add most rows at Padd 0.3 or more."""
    units = [u for k, ln in enumerate(lines) for u in _words(k, ln)]
    print(f"{len(units)} unrendered words")
    res = []
    for rel, share, ratio, sr, sides, nowhere in itertools.product(
            (0.7, 0.8, 0.85, 0.9, 0.95), (0.0, 0.8, 0.9, 0.99), (9.0, 0.0, -0.15), (9.0, 0.0, -0.2, -0.36), (0, 1, 2),
            (False, True)):
        fired: dict[int, bool] = {}
        for k, a, b, rl, sh, r, s, nb, elsewhere in units:
            if rl >= rel and sh >= share and r < ratio and s < sr and nb >= sides and not (nowhere and elsewhere):
                fired[k] = fired.get(k, False) or _in_span(lines[k], a, b)
        res.append((tally(lines, fired), (rel, share, ratio, sr, sides, nowhere)))
    good = [x for x in res if x[0]["hit"] + x[0]["line"] >= 0.3 * sum(x[0][k] for k in ("hit", "line", "refA", *FALSE_KINDS))]
    for c, s in sorted(good, key=lambda x: -(x[0]["hit"] + x[0]["line"]))[:6]:
        print(row(c, s))


_QUOTED_ATTRIBUTION = re.compile(
    r"[,\"”]\s*(?:(?:[A-Z][\w.'’-]*\s+){1,3}|(?:he|she|they|we|I)\s+|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4})"
    r"(?:said|says|told|added|explained|wrote|insisted|warned|argued)\b")
ZH_HOLES = {
    "classifier before 的": r"(?:[一两三四五六七八九十几这那每某该][个辆只条张件位名家本台部把种项座颗块双套份]|一些)的(?![确话])",
    "是 before a mark": r"(?<![就但还可于只总要不正真像倒而凡若或都也算即])是[，,。；;]",
    "preposition before a mark": r"(?<![现存实内好正自为])(?:在|对于|向|从|把|被|给|跟|与|关于)[，,。；;]",
    "Han space Han": r"[\u4e00-\u9fff] [\u4e00-\u9fff]",
    "doubled mark": r"[，,、][，,、。]",
}


def surface(lines: list[Line]) -> None:
    """The Chinese-side holes and the quotation/attribution shapes, lines by kind."""
    c: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for ln in lines:
        kind = "refA" if ln.split == "refA" else ln.kind
        for name, pattern in ZH_HOLES.items():
            if re.search(pattern, ln.zh):
                c[name][kind] += 1
        en_quotes = ln.en.count('"') + ln.en.count("“")
        balanced = ln.en.count('"') % 2 == 0 and ln.en.count("“") == ln.en.count("”")
        if en_quotes and balanced and ln.zh.count("“") != ln.zh.count("”") and '"' not in ln.zh:
            c["Chinese quotation left open"][kind] += 1
        if _QUOTED_ATTRIBUTION.search(ln.en) and not coverage.speech_marked(ln.zh):
            c["quotation's attribution lost, any length"][kind] += 1
    for name, counts in c.items():
        print(f"{name:42s} {dict(counts)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--baseline", type=Path, default=Path("/work/runs/r40/end2"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/omission_budget.pkl"))
    ap.add_argument("--words", action="store_true", help="single unrendered words (about a minute and a half more)")
    ap.add_argument("--surface", action="store_true", help="Chinese-side holes and quotation shapes")
    ap.add_argument("--read", type=int, default=0, help="print N unlabelled lines a broad setting fires on")
    args = ap.parse_args(argv)
    lines, runs = load(args.shared, args.baseline, args.cache)
    print(dict(collections.Counter("refA" if ln.split == "refA" else ln.kind for ln in lines)), f"{len(runs)} runs")
    if args.read:
        read(lines, runs, args.read)
    elif args.words:
        word_grid(lines)
    elif args.surface:
        surface(lines)
    else:
        run_grid(lines, runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
