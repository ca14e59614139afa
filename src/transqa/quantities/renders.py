"""Whether any of many quantities renders a given one, without comparing it with each of them.

`matches(q, t)` over every q of a list costs the list's length for every t: a paragraph of thousands of distinct
figures, each left over against thousands matched, is quadratic. Most quantities (a count, an amount or a
percentage with no unit: `core.by_value`) can render t only when their value lies in one of t's
`core.value_ranges` (its own value, its year, x1000 for `4K`, /1e6 for `60m`, its range for `数千`, x100 for a
fraction), as `matches` itself requires: those are kept sorted by value and only the ones in such a range are
compared with `matches`, which still decides. The rest (dates, units, labels, ranges, times) are compared one by
one, as before. The verdict is `matches`' own.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from transqa.quantities.core import DOLLARS, Quantity, by_value, matches, value_ranges


class Renderings:
    """A list of quantities, asked whether any of them renders t: `any(matches(q, t, dollars) for q in qs)`,
    at the cost of the quantities near t's values, not of the whole list."""

    def __init__(self, qs: Iterable[Quantity], dollars: frozenset[str] = DOLLARS) -> None:
        self.dollars = dollars
        indexed = []
        self.rest: list[Quantity] = []
        for q in qs:
            if by_value(q):
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
        for lo, hi in value_ranges(t):
            for k in range(bisect_left(self.keys, lo), bisect_right(self.keys, hi)):
                if matches(self.indexed[k], t, self.dollars):
                    return True
        return False


class FirstByValue:
    """The `by_value` quantities of a list in text order, asked for the first one not yet used that passes a test
    which, like `matches`, only a quantity in one of q's `value_ranges` can pass: at the cost of the alike
    quantities (all but their offsets) near q's values, not of the list. Each group of alike quantities is used
    from its first on, so that finding its first unused one costs nothing over all the searches. The others
    (`rest`: dates, units, labels, ranges, times) are the caller's to search."""

    def __init__(self, qs: Sequence[Quantity]) -> None:
        groups: dict[Quantity, list[int]] = {}
        self.rest: list[int] = []
        for j, q in enumerate(qs):
            if by_value(q):
                groups.setdefault(replace(q, start=0, end=0), []).append(j)
            else:
                self.rest.append(j)
        self.keys = sorted(groups, key=lambda k: k.value)
        self.values = [k.value for k in self.keys]
        self.groups = [groups[k] for k in self.keys]
        self.heads = [0] * len(self.keys)

    def _near(self, q: Quantity) -> Iterator[int]:
        if not math.isfinite(q.value):
            yield from range(len(self.keys))
            return
        seen: set[int] = set()
        for lo, hi in value_ranges(q):
            for k in range(bisect_left(self.values, lo), bisect_right(self.values, hi)):
                if k not in seen:
                    seen.add(k)
                    yield k

    def first(self, q: Quantity, test: Callable[[Quantity], bool], used: list[bool]) -> int | None:
        """Index in the list of the first quantity near q's values, not used, that passes test; None if none."""
        best = None
        for k in self._near(q):
            group, h = self.groups[k], self.heads[k]
            while h < len(group) and used[group[h]]:
                h += 1
            self.heads[k] = h
            if h < len(group) and (best is None or group[h] < best) and test(self.keys[k]):
                best = group[h]
        return best
