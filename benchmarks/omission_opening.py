"""An opening clause dropped although one of its words looks rendered (TQA006's clause path, issue 18, release 34).

    .venv/bin/python benchmarks/omission_opening.py [--shared PATH] [--baseline DIR] [--show L T]

TQA006 reports an opening clause none of whose content words the Chinese renders. Weak MT (NLLB above all) drops
the clause before `and` or a comma while one of its words happens to find a loose rendering in the rest of the
translation (`Thousands of trees have been established and farmers have seen…` → `…农民们获得了更多的作物产量`,
`established` found by a single character), so the opening counts as rendered and nothing fires. This script
measures the clause test with one rendered word allowed: for every line of the read documents of the 22
development wmt-mt splits (heldout3 and heldout5 never) and of WMT22 references A and B, the first English clause
(up to the first boundary of `coverage.clause_starts` that has L or more unrendered content words before it) with at
most one rendered word and at least twice as many unrendered, the rest of the line rendered for half or more (two
words or more), TQA006's guards applied (no figure or kept Latin token in the opening, no clause of the translation
standing for it, no name the translation begins with, no linking adverb alone), and the line below T of its
expected length (log ratio). Each point prints right (an omission-kind label on the line), new (of them, labels the
baseline listings show MISSED), wrong (no label or other kinds), apart (`mistranslation`/`other` only) and the
reference lines fired.

Figures it printed (release 34, base listings /work/runs/r34/base):

    L=2 T=-0.15: right  92 (new  16) wrong  57 (new 52) apart 11 refA 13 refB 3
    L=2 T=-0.25: right  78 (new   6) wrong  18 (new 16) apart  2 refA 5 refB 2
    L=2 T=-0.30: right  72 (new   3) wrong   8 (new 6) apart  1 refA 4 refB 1
    L=2 T=-0.35: right  65 (new   2) wrong   3 (new 2) apart  0 refA 4 refB 1
    L=3 T=-0.15: right  58 (new   5) wrong  23 (new 19) apart  4 refA 4 refB 0
    L=3 T=-0.25: right  51 (new   0) wrong   9 (new 8) apart  1 refA 1 refB 0
    L=4 T=-0.35: right  27 (new   0) wrong   1 (new 1) apart  0 refA 0 refB 0

Every point that adds a missed label adds as many unlabelled lines or reference lines: not built.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from omission_lead import sweep  # noqa: E402
from omission_narrow import Line  # noqa: E402

from transqa.checks import coverage as cv  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402

POINTS = [(lost, ratio) for lost in (2, 3, 4) for ratio in (-0.15, -0.2, -0.25, -0.3, -0.35)]


def opening(en: str, zh: str, lost_min: int = 2) -> tuple[int, int, float] | None:
    """(end of the opening, its unrendered words, log length ratio) of the line's first clause that is mostly
    unrendered (see the module doc), or None."""
    words = cv._content_words(en)
    if len(words) < cv.OPENING_MIN_CONTENT:
        return None
    flags = cv._own_flags(words, zh)
    for b in cv.clause_starts(en):
        if b > cv.OPENING_MAX_CHARS:
            return None
        head = [f for (s, _, _), f in zip(words, flags, strict=True) if s < b]
        tail = [f for (s, _, _), f in zip(words, flags, strict=True) if s >= b]
        lost = sum(1 for f in head if f is False)
        if lost < lost_min:
            continue
        hits = sum(1 for f in head if f)
        if hits > 1 or lost < 2 * hits or sum(1 for f in tail if f) < max(2, 0.5 * len(tail)):
            return None
        end = len(cv._TRAILING_DETERMINER.sub("", en[:b]).rstrip(" ,;:"))
        if any(c.isdigit() for c in en[:b]) or cv._kept_token(en[:b], en[b:], zh):
            return None
        if cv._first_clause_apart(en, b, words, zh) or cv._opens_with_name(en[:b], zh):
            return None
        if en[:end].strip(" \"“'(").lower() in cv.LINKING_WORDS:
            return None
        return end, lost, log_ratio(en, zh)
    return None


def _shown(ln: Line, got: tuple[int, int, float], new: bool) -> str:
    end, _n, r = got
    return (f"  [{ln.verdict}{' NEW' if new else ''}] {ln.split} {ln.where} {sorted(ln.kinds)} "
            f"{r:+.2f}\n    OPEN {ln.en[:end]}\n    EN {ln.en}\n    ZH {ln.zh}")


def main(argv: list[str] | None = None) -> int:
    return sweep(argv, __doc__, Path("/work/runs/r34/base"), POINTS, opening, _shown)


if __name__ == "__main__":
    raise SystemExit(main())
