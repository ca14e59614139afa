"""A lead of unrendered words dropped before the first rendered one (TQA006's lead run, issue 18, release 31).

    .venv/bin/python benchmarks/omission_lead.py [--shared PATH] [--baseline DIR] [--show L T]

For every line of the read documents of the 22 development wmt-mt splits (dev, dev2, dev3, heldout, heldout2,
heldout4, heldout6, heldout7-21; heldout3 and heldout5 never) and of WMT22 references A and B: the English content
words before the first one the Chinese renders (`coverage._own_flags`), how many of them have no rendering at all
(L), the share of the words from there on that are rendered (>= 0.5, two or more), the line's length ratio (below T),
with TQA006's guards (no figure or kept Latin token in the lead, no time word at the first rendered word, no clause of
the translation's own standing for it, no name the translation begins with). Each point prints right (an omission-kind
label on the line), new (of them, labels the baseline listings show MISSED), wrong (no label or other kinds), apart
(`mistranslation`/`other` only) and the reference lines fired.

Figures (release 31, base31 listings; the point built is L=3, T=-0.45):

    L=2 T=-0.35: right  80 (new  7) wrong 10 (new 7) refA 9 refB 1
    L=2 T=-0.45: right  64 (new  4) wrong  2 (new 1) refA 1 refB 1
    L=3 T=-0.15: right  86 (new 18) wrong 40 (new 33) refA 10 refB 1
    L=3 T=-0.25: right  75 (new 10) wrong 12 (new 9) refA 4 refB 0
    L=3 T=-0.35: right  61 (new  4) wrong  3 (new 1) refA 2 refB 0
    L=3 T=-0.45: right  53 (new  3) wrong  0 (new 0) refA 0 refB 0
    L=4 T=-0.25: right  45 (new  3) wrong  2 (new 1) refA 1 refB 0
    L=4 T=-0.35: right  41 (new  3) wrong  0 (new 0) refA 1 refB 0

Most fired lines are labelled already (truncations, TQA006's other paths). The same lead inside the second and later
sentence beads of a paragraph (`sentence_pairs`) fires on 1 labelled line at every point, none new: not built.
"""

from __future__ import annotations

import argparse
import collections
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from omission_narrow import Line, baseline_keys, references  # noqa: E402
from omission_signals import INJECTED  # noqa: E402
from real import LABELS, line_pairs, read_tsv  # noqa: E402

from transqa.checks import coverage as cv  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("dev", "dev2", "dev3", "heldout", "heldout2", "heldout4", "heldout6", *(f"heldout{n}" for n in range(7, 22)))
POINTS = [(lost, ratio) for lost in (2, 3, 4) for ratio in (-0.15, -0.25, -0.35, -0.45)]


def gather(shared: Path) -> list[Line]:
    docs = read_tsv(LABELS / "wmt-mt" / "documents.tsv")
    cache: dict[tuple[str, str], list[str]] = {}
    lines: list[Line] = []
    for split in SPLITS:
        labelled: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
        for lab in read_tsv(LABELS / "wmt-mt" / f"labels.{split}.tsv"):
            labelled[(lab["doc"], lab["line"])].add(lab["kind"])
        for d in (d for d in docs if d["split"] == split and d["status"] == "read"):
            for n, en, zh in line_pairs(shared, d, cache):
                kinds = frozenset(labelled.get((d["doc"], str(n)), set()))
                lines.append(Line(split, en, zh, kinds, f"{d['doc']}:{n}"))
    lines.extend(references(shared))
    return lines


def lead(en: str, zh: str) -> tuple[int, float] | None:
    """(unrendered words before the first rendered one, log length ratio) of a line TQA006's guards leave, or None."""
    words = cv._content_words(en)
    if len(words) < 3:
        return None
    flags = cv._own_flags(words, zh)
    if sum(1 for f in flags if f) < 2:
        return None
    k = next(i for i, f in enumerate(flags) if f)
    first = words[k][0]
    if first > cv.OPENING_MAX_CHARS or sum(1 for f in flags[k:] if f) < 0.5 * len(flags[k:]):
        return None
    if any(c.isdigit() for c in en[:first]) or cv._kept_token(en[:first], en[first:], zh):
        return None
    if any(w in cv._TIME_WORDS for _, _, w in words[k : k + 2]) or cv._first_clause_apart(en, first, words, zh):
        return None
    if cv._opens_with_name(en[:first], zh):
        return None
    return sum(1 for f in flags[:k] if f is False), log_ratio(en, zh)


def sweep(argv: list[str] | None, doc: str, baseline: Path, points: list[tuple[int, float]],
          found: Callable[[str, str], tuple[Any, ...] | None], shown: Callable[[Line, tuple[Any, ...], bool], str]) -> int:
    """The command line and the sweep of this script and of `omission_opening.py` (one function for both).

    Reads --shared, --baseline (default `baseline`) and --show L T from `argv` (the first line of `doc` is the
    description); `found(en, zh)` is the test of one line, a tuple whose last two items are the number of
    unrendered words and the log length ratio, or None. For each (L, T) of `points` (or the --show point), the lines
    found with L or more unrendered words and a ratio below T are counted by verdict and printed in one line;
    with --show each such line is printed before, as `shown(line, found, the label is new)` gives it. Returns 0."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--baseline", type=Path, default=baseline)
    ap.add_argument("--show", nargs=2, type=float, default=None, metavar=("L", "T"))
    args = ap.parse_args(argv)
    missed, false = baseline_keys(args.baseline)
    fired = [(ln, got) for ln in gather(args.shared) if (got := found(ln.en, ln.zh)) is not None]
    for lost, ratio in [(int(args.show[0]), args.show[1])] if args.show else points:
        c: collections.Counter[str] = collections.Counter()
        for ln, got in fired:
            if got[-2] < lost or got[-1] >= ratio:
                continue
            v = ln.verdict
            c[v if v != "clean" else ln.split] += 1
            c["new"] += v == "right" and ln.where in missed
            c["new real"] += v == "right" and ln.where in missed and ln.split not in INJECTED
            c["wrong new"] += v == "wrong" and ln.where not in false
            if args.show:
                print(shown(ln, got, ln.where in missed))
        print(f"L={lost} T={ratio:+.2f}: right {c['right']:3d} (new {c['new']:3d}, {c['new real']} real MT) "
              f"wrong {c['wrong']:3d} (new {c['wrong new']}) apart {c['apart']:2d} refA {c['refA']} refB {c['refB']}")
    return 0


def _shown(ln: Line, _got: tuple[Any, ...], _new: bool) -> str:
    return f"  [{ln.verdict}] {ln.split} {ln.where} {sorted(ln.kinds)}\n    EN {ln.en}\n    ZH {ln.zh}"


def main(argv: list[str] | None = None) -> int:
    return sweep(argv, __doc__, Path("/work/briefs/base31"), POINTS, lead, _shown)


if __name__ == "__main__":
    raise SystemExit(main())
