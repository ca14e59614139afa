"""Whether any of many quantities renders a given one, without comparing it with each of them.

`matches(q, t)` over every q of a list costs the list's length for every t: a paragraph of thousands of distinct
figures, each left over against thousands matched, is quadratic. Most quantities (a count, an amount or a
percentage with no unit: `core.by_value`) can render t only when their value lies in one of t's
`core.value_ranges` (its own value, its year, x1000 for `4K`, /1e6 for `60m`, its range for `数千`, x100 for a
fraction), as `matches` itself requires: those are kept sorted by value and only the ones in such a range are
compared with `matches`, which still decides. The rest (dates, units, labels, ranges, times) are looked up the
same way by what `matches` needs of them (`RestIndex`): a value or one of its readings near one of q's, a date part in
common, a clock time, an amount in a convertible unit near q's; only vague counts, fractions, decades, temperatures,
`4K`, `24/7`, `18.12` and clock times naming no time are compared one by one. The verdict is `matches`' own.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence

from transqa.quantities.core import (
    CONVERSIONS,
    DOLLARS,
    TEMPERATURES,
    Quantity,
    base_unit,
    by_value,
    close,
    matches,
    placed,
    read_by_text,
    value_ranges,
    year_in_two_digits,
)


def _unit_dimensions() -> dict[str, tuple[int, float]]:
    """Each unit of `CONVERSIONS` with its dimension (the units connected by conversions) and how many of it make
    the dimension's first unit; temperatures apart (their conversion has an offset)."""
    out: dict[str, tuple[int, float]] = {}
    pairs = list(CONVERSIONS.items())
    for (a, _), _f in pairs:
        if a in out:
            continue
        out[a] = (len(out), 1.0)
        dim = out[a][0]
        changed = True
        while changed:  # a few units: the closure by repeated passes
            changed = False
            for (x, y), f in pairs:
                if x in out and out[x][0] == dim and y not in out:
                    out[y] = (dim, out[x][1] * f)
                    changed = True
                elif y in out and out[y][0] == dim and x not in out:
                    out[x] = (dim, out[y][1] / f)
                    changed = True
    return out


_DIMENSIONS = _unit_dimensions()
# the largest unit of each dimension, in its first unit: `converts` allows half a unit of the rendering's
_DIM_SPREAD = {d: max(1 / f for dd, f in _DIMENSIONS.values() if dd == d) for d, _ in _DIMENSIONS.values()}


def _date_tokens(date: tuple[int, int, int], asked: bool) -> list[tuple[int, int, tuple[int, ...]]]:
    """Two dates are equal (core._dates_equal) when they agree on every part both have and both have one: a date with
    parts P stored in an index gives, for each set of parts Q another date may have, the token (P, Q, its parts in
    both); a date asked about gives (Q, P, ...) for each Q, so that the two share a token exactly when they agree on the
    parts they have in common. (An unordered pair let two full dates share `(day only, full, day)` through a day
    alone: a month's dates all near each other, quadratic.)"""
    # a year by its last two digits (100 added: 2000 stays a year): a year written with two ('49) is compared with a
    # full one by them alone (core.century_unwritten); the few years a century apart are told apart by `matches`
    date = (date[0] % 100 + 100 if date[0] else 0, date[1], date[2])
    mine = sum(1 << i for i in range(3) if date[i])
    out = []
    for other in range(1, 8):
        common = mine & other
        if common:
            out.append(((other, mine) if asked else (mine, other)) + (tuple(date[i] for i in range(3) if common >> i & 1),))
    return out


def rest_keys(q: Quantity, asked: bool = False) -> tuple[list[float], list[object], tuple[int, float] | None] | None:
    """What `matches` needs of q to render, or be rendered by, another quantity that is not compared by value alone:
    the values it may equal (`close`: its own, a year, a two-digit year's last two digits, a day and month as a figure, `60m` as millions), tokens that
    must be shared (the parts of a date, a clock time), and its dimension and amount in that dimension's first unit
    (a conversion within rounding); None when q is compared with every quantity (vague counts, fractions, decades,
    temperatures, `4K`, `24/7`, `18.12`, a time of no clock). `asked`: the tokens of q looked up in an index of others'
    (a date's tokens are not the same on both sides)."""
    # (a tag with no figure that ends in k, `#AAAK#`, is read by its value: only a figure's text says karats or 4K)
    if (not math.isfinite(q.value) or q.kind in ("vague", "fraction", "decade") or q.span is not None
            or read_by_text(q) and any(c.isdigit() for c in q.text)
            or q.unit in TEMPERATURES
            or q.kind == "time" and q.clock is None or q.kind == "date" and not q.date):
        return None
    points = [q.value]
    tokens: list[object] = []
    if q.unit == "m?":
        points.append(q.value / 1e6)
    if q.kind == "date" and q.date:
        y, mo, d = q.date
        points += [float(y)] if y else []
        points += [float(y % 100)] if y and year_in_two_digits(q) else []  # '92, 92 年 → the count 92 (as core.value_ranges)
        points += [float(f"{mo}{d}")] if mo and d else []
        tokens += _date_tokens(q.date, asked)
    if q.kind == "time" and q.clock is not None and q.clock >= 0:
        tokens.append(("clock", q.clock))
    unit = None
    if q.unit and base_unit(q.unit) in _DIMENSIONS:
        dim, per_first = _DIMENSIONS[base_unit(q.unit)]
        unit = (dim, q.value / per_first)
    return points, tokens, unit


def _tolerance(p: float) -> float:
    """Wider than `close` on either side (relative 1e-6 of the larger value)."""
    return abs(p) * 3e-6 + 1e-8


def has_close(values: Sequence[float], v: float) -> bool:
    """Some value of the sorted list is `close` to v (looked up, not scanned: a list of thousands)."""
    tol = _tolerance(v)
    return any(close(x, v) for x in values[bisect_left(values, v - tol) : bisect_right(values, v + tol)])


def _by_value(pairs: list[tuple[float, int]]) -> tuple[list[float], list[int]]:
    """(value, group) pairs sorted, as the sorted values and their groups, for bisection."""
    pairs = sorted(pairs)
    return [v for v, _ in pairs], [g for _, g in pairs]


def _plain_label(q: Quantity) -> bool:
    """A label with no unit (#AAAA, X12): `matches` pairs two of them only when they are the same label (`Quantity.same`),
    so they are looked up by their label and then by value, not by value alone (thousands of chat tags `#aaaa`, all of value 0, were
    each compared with every other: 4,000,000 tests for 2,000 a side, HOSTILE22 #2)."""
    return q.kind == "label" and q.unit is None


class RestIndex:
    """Quantities that are not `by_value`, grouped when alike (all but their offsets), asked for the groups that may
    render q or be rendered by it (`near`): every group that passes `matches` with q is among them (tests compare it
    with `matches` over the rendering table); the wildcards (`rest_keys` None) always are. The values of dates are
    kept apart: a date renders another only by its parts (its tokens), its values (a year, a day and month as a figure)
    are for counts and labels, and a year's dates all near each other would be quadratic."""

    def __init__(self, keys: Sequence[Quantity]) -> None:
        self.keys = list(keys)
        self.wild: list[int] = []
        points: dict[bool, list[tuple[float, int]]] = {False: [], True: []}
        label_points: list[tuple[float, int]] = []
        labels: dict[str | None, list[tuple[float, int]]] = {}
        self.tokens: dict[object, list[int]] = {}
        units: dict[int, list[tuple[float, int]]] = {}
        for g, q in enumerate(self.keys):
            got = rest_keys(q)
            if got is None:
                self.wild.append(g)
                continue
            ps, toks, unit = got
            if _plain_label(q):
                label_points += [(p, g) for p in ps]
                labels.setdefault(q.label, []).extend((p, g) for p in ps)
            else:
                points[q.kind == "date"] += [(p, g) for p in ps]
            for t in toks:
                self.tokens.setdefault(t, []).append(g)
            if unit is not None:
                units.setdefault(unit[0], []).append((unit[1], g))
        self.points = {d: _by_value(xs) for d, xs in points.items()}
        self.label_points = _by_value(label_points)
        self.labels = {k: _by_value(xs) for k, xs in labels.items()}
        self.units = {d: _by_value(xs) for d, xs in units.items()}

    def near(self, q: Quantity, same: bool = False) -> Iterator[int]:
        """The groups that may pass `matches` with q (either way round), each once; with `same`, only those that may
        be the same quantity (`Quantity.same`: a close value, a date part or a clock time in common), not the
        conversions of q's unit (15% of its value either side: a paragraph of distances all near each other)."""
        got = rest_keys(q, asked=True)
        if got is None:
            yield from range(len(self.keys))
            return
        seen: set[int] = set()
        ps, toks, unit = got
        found: list[int] = list(self.wild)
        indexes = [self.points[False]] if q.kind == "date" else [self.points[False], self.points[True]]
        if _plain_label(q):
            indexes.append(self.labels.get(q.label, ([], [])))
        else:
            indexes.append(self.label_points)
        for values, groups in indexes:
            for p in ps:
                tol = _tolerance(p)
                found += groups[bisect_left(values, p - tol) : bisect_right(values, p + tol)]
        for t in toks:
            found += self.tokens.get(t, [])
        if unit is not None and unit[0] in self.units and not same:
            values, groups = self.units[unit[0]]
            tol = 0.15 * abs(unit[1]) + _DIM_SPREAD[unit[0]] + 1e-8  # converts: 8% or half a unit of the other's
            found += groups[bisect_left(values, unit[1] - tol) : bisect_right(values, unit[1] + tol)]
        for g in found:
            if g not in seen:
                seen.add(g)
                yield g


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
        self.rest_index = RestIndex(list(dict.fromkeys(placed(q, 0, 0) for q in self.rest)))

    def render(self, t: Quantity) -> bool:
        """Whether some quantity of the list renders t (matches(q, t))."""
        rest = self.rest_index.keys
        if any(matches(rest[g], t, self.dollars) for g in self.rest_index.near(t)):
            return True
        if not math.isfinite(t.value):
            return any(matches(q, t, self.dollars) for q in self.indexed)
        for lo, hi in value_ranges(t):
            for k in range(bisect_left(self.keys, lo), bisect_right(self.keys, hi)):
                if matches(self.indexed[k], t, self.dollars):
                    return True
        return False


class FirstByValue:
    """The quantities of a list in text order, asked for the first one not yet used that passes a test which, like
    `matches`, only a quantity that may render q can pass: the `by_value` ones near q's values (`value_ranges`), the
    others by `RestIndex`, at the cost of the groups of alike quantities (all but their offsets) found, not of the
    list. Each group of alike quantities is used from its first on, so that finding its first unused one costs
    nothing over all the searches."""

    def __init__(self, qs: Sequence[Quantity]) -> None:
        groups: dict[Quantity, list[int]] = {}
        rest: dict[Quantity, list[int]] = {}
        for j, q in enumerate(qs):
            (groups if by_value(q) else rest).setdefault(placed(q, 0, 0), []).append(j)
        self.keys = sorted(groups, key=lambda k: k.value)
        self.values = [k.value for k in self.keys]
        self.groups = [groups[k] for k in self.keys]
        self.heads = [0] * len(self.keys)
        self.rest = RestIndex(list(rest))
        self.rest_groups = list(rest.values())
        self.rest_heads = [0] * len(self.rest_groups)

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

    def first(self, q: Quantity, test: Callable[[Quantity], bool], used: list[bool], same: bool = False) -> int | None:
        """Index in the list of the first quantity that may render q, not used, that passes test; None if none. With
        `same`, test passes only quantities that are the same as q (`Quantity.same`), and only they are looked at."""
        best = _first_of(self._near(q), self.groups, self.heads, self.keys, test, used, None)
        return _first_of(self.rest.near(q, same), self.rest_groups, self.rest_heads, self.rest.keys, test, used, best)


def _first_of(found: Iterable[int], groups: list[list[int]], heads: list[int], keys: list[Quantity],
              test: Callable[[Quantity], bool], used: list[bool], best: int | None) -> int | None:
    """The first unused index of the found groups (heads moved past the used ones) whose key passes test, if before
    best. The groups are tested in the order of their first unused index and the first that passes ends the search:
    the same answer as testing them all, but a conversion's window of alike units (15% of the value) or a year's
    dates are not each tested when the nearest unused one renders q (testing them all grew quadratically)."""
    order = []
    for k in found:
        group, h = groups[k], heads[k]
        while h < len(group) and used[group[h]]:
            h += 1
        heads[k] = h
        if h < len(group) and (best is None or group[h] < best):
            order.append((group[h], k))
    order.sort()
    return next((j for j, k in order if test(keys[k])), best)
