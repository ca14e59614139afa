"""Approximation ↔ bound swaps on real translation (issue 16, release 44): WMT21–23 line pairs (every system output and
reference; the 2023 news documents and heldout5's documents left out, as `direction_gaps.line_pairs` reads them) whose
English figure has an approximation word and whose Chinese figure of the same value has a bound word, or the reverse
(`quantities.bounds.english_bound` against `chinese_bound`: approx against lower or upper). Prints each candidate and
whether TQA209 reads it as a swap (`bounds.approximation_swapped`), for a person to read.

    PYTHONPATH=src .venv/bin/python benchmarks/bound_swaps.py [--shared ../shared]

Release 44: 53 candidates (47 `up to` → 多达/高达, the words of `as many as`; `around 25 working days … before
contacting us` → `约 25 个工作日内` ×5, 内 being `within`, not a bound word here; `around 2 000 at least` → `大约至少`, the
source holding both words), 0 read as a swap: real MT here never turns `about` into a bound nor a bound into `about`;
the rule covers the kind for translations that do, and fires on none of these lines.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from direction_gaps import line_pairs

from transqa.quantities.bounds import approximation_swapped, chinese_bound, english_bound
from transqa.quantities.chinese import chinese_quantities
from transqa.quantities.core import matches
from transqa.quantities.english import english_quantities

_PAIRS = ({"approx", "lower"}, {"approx", "upper"})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    args = ap.parse_args(argv)
    seen: Counter[str] = Counter()
    for where, line, e, z in line_pairs(args.shared):
        if not re.search(r"\d", e):
            continue
        zq = chinese_quantities(z)
        for s in english_quantities(e) if zq else ():
            en = english_bound(e, s) if s.kind in ("percent", "money", "count", "fraction") else None
            t = next((t for t in zq if matches(s, t)), None) if en else None
            if t is None:
                continue
            zh = chinese_bound(z, t)
            if {en, zh} not in _PAIRS:
                continue
            what = approximation_swapped(e, s, z, t, en, zh)
            seen["swap" if what else "candidate only"] += 1
            print(f"{where}:{line}\t{en}->{zh}\t{what or '-'}\t{e[max(0, s.start - 40) : s.end + 15]!r}\t{z[max(0, t.start - 15) : t.end + 8]!r}")
    print(dict(seen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
