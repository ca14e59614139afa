"""Whether any of many quantities renders a given one, without comparing it with each of them.

`matches(q, t)` over every q of a list costs the list's length for every t: a paragraph of thousands of distinct
figures, each left over against thousands matched, is quadratic. Most quantities (a count, an amount or a
percentage with no unit) can render t only when their value is one of a few values that t gives (its own, its
year, x1000 for `4K`, /1e6 for `60m`, its range for `数千`, x100 for a fraction): those are kept sorted by value
and only the ones whose value lies in such a range are compared with `matches`, which still decides. The rest
(dates, units, labels, ranges, times) are compared one by one, as before. The verdict is `matches`' own.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from transqa.quantities.core import DOLLARS, Quantity, matches

_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}")  # 18.12: a day and month (core._date_as_figure reads the text)


def _by_value(q: Quantity) -> bool:
    """q can render (or be rendered by) another quantity only through a value t gives (see _values)."""
    return (q.kind in ("count", "money", "percent") and not q.unit and q.span is None and math.isfinite(q.value)
            and q.text[-1:] not in "kK" and q.text != "24/7" and not _DAY_MONTH.fullmatch(q.text))


def _values(t: Quantity) -> Iterator[tuple[float, float]]:
    """The ranges of value in which a count, amount or percentage with no unit may render t (or t render it):
    wide enough for `close`'s rounding; `matches` decides on each quantity found in them."""
    v = t.value
    points = [v]
    if t.text[-1:] in "kK":  # 4K: a thousand times its figure (an empty text too, as core._reading_matches reads it)
        points += [v * 1000, v / 1000]
    if t.unit == "m?":  # 60m: 60 million
        points.append(v / 1e6)
    if t.kind == "decade":  # the 1800s → 十九世纪
        points.append(v // 100 + 1)
    if t.kind == "date" and t.date:  # a year, or a day and month as a figure (September 11 → 911)
        y, mo, d = t.date
        points += [float(y), float(f"{mo}{d}")]
    if t.text == "24/7":
        points.append(24.0)
    for p in points:
        tol = abs(p) * 1e-5 + 1e-8
        yield p - tol, p + tol
    if t.kind == "fraction":  # a count within 0.01, a percentage within 1
        yield v - 0.011, v + 0.011
        yield v * 100 - 1.1, v * 100 + 1.1
    if t.kind == "vague" and t.span:
        yield t.span[0], t.span[1]


class Renderings:
    """A list of quantities, asked whether any of them renders t: `any(matches(q, t, dollars) for q in qs)`,
    at the cost of the quantities near t's values, not of the whole list."""

    def __init__(self, qs: Iterable[Quantity], dollars: frozenset[str] = DOLLARS) -> None:
        self.dollars = dollars
        indexed = []
        self.rest: list[Quantity] = []
        for q in qs:
            if _by_value(q):
                indexed.append(q)
            else:
                self.rest.append(q)
        indexed.sort(key=lambda q: q.value)
        self.indexed = indexed
        self.keys = [q.value for q in indexed]

    def render(self, t: Quantity) -> bool:
        """Whether some quantity of the list renders t (matches(q, t))."""
        if any(matches(q, t, self.dollars) for q in self.rest):
            return True
        if not math.isfinite(t.value):
            return any(matches(q, t, self.dollars) for q in self.indexed)
        for lo, hi in _values(t):
            for k in range(bisect_left(self.keys, lo), bisect_right(self.keys, hi)):
                if matches(self.indexed[k], t, self.dollars):
                    return True
        return False
