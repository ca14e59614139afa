"""The dynamic programme: a monotonic alignment of two sequences of units (paragraphs or sentences).

Beads 1-1, 1-0, 0-1, 2-1, 1-2, 3-1, 1-3 and 2-2, each priced by a prior for its type plus the pair
cost of transqa.align.features.
"""

from __future__ import annotations

import math
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, cast

from transqa.align.features import (
    BOUND_MARGIN,
    LOG_SD,
    NO_LEX,
    Features,
    Lex,
    anchor_total,
    merge,
    pair_cost,
)

if TYPE_CHECKING:
    from transqa.align import grid

SKIP_COST = 4.5
# Priors of merges (two paragraphs rendered as one, or one as two), a little below a skip: MT keeps
# paragraphs, so a merge has to earn its place by lengths and shared anchors, or a short dropped
# paragraph hides in its neighbour's bead (measured on the injection benchmark and on fresh draws).
BEADS: dict[tuple[int, int], float] = {
    (1, 1): 0.0, (1, 0): SKIP_COST, (0, 1): SKIP_COST, (2, 1): 4.0, (1, 2): 4.0,
    (3, 1): 5.0, (1, 3): 5.0, (2, 2): 8.0,
}
MAX_BAND = 60  # half-width of the search band, in units, around the diagonal, at its widest
FIRST_BAND = 8  # the band tried first; widened (x GROWTH, up to band_width) while the best path comes near its edge
GROWTH = 4
EDGE = 2  # a path this close to the band's edge (in units) might have been held in by it
# up to this many cells, the costs are tabled at once (align.grid, over the whole table); above, the
# cell-by-cell DP over the band is quicker (the band starts at FIRST_BAND: 17 of 112 columns at 112 paragraphs).
# Measured on the scaling article (benchmarks/scaling.py texts, same beads): tabled/cell by cell 0.024/0.042
# CPU s at 42 paragraphs a side, 0.057/0.057 at 56, 0.062/0.064 at 70, 0.15/0.088 at 98; the 20 benchmark
# pairs over 1,000 cells 0.63/0.71
DENSE_CELLS = 3000
DENSE_MIN = 100  # below, the cell-by-cell DP is quicker than setting up the tables
# A process's first pair is aligned without the tables unless NumPy is already loaded: its import (about
# 0.09 CPU s) costs more than they save on one article, so a one-article check goes without it; from the
# second pair on (an audit, a benchmark) the tables pay. Both ways give the same beads (the tables reproduce
# the DP's costs bit for bit).
DENSE_COLD_MIN = DENSE_CELLS + 1
# Above DENSE_CELLS, the band's costs are tabled BAND_ROWS rows at a time (_banded_dp) once the band holds
# BANDED_MIN cells: measured on the scaling article repeated (benchmarks/scaling.py texts, same beads) and
# on runs of short paragraphs
BAND_ROWS = 64
BANDED_MIN = DENSE_CELLS
BANDED_COLD_MIN = 20000  # ... and, on a process's first pair without NumPy loaded, from this many (its import: 0.09 s)
_CHECKED = [0]  # pairs this process has checked (engine.check_documents counts them)


def pair_checked() -> None:
    """Count one checked pair: from now on this process uses the cost tables (see DENSE_COLD_MIN)."""
    _CHECKED[0] += 1
MAX_WIDEN = 240  # how far a difference in counts widens the band at most (it keeps the cost linear)
_INF = float("inf")
_ORDER = tuple(BEADS)
# (back-pointer code, di, dj, prior of a skip or None, whether a merge) of each bead type, in _ORDER (_fill)
_STEPS = tuple((k + 1, di, dj, BEADS[(di, dj)] if di == 0 or dj == 0 else None, di > 1 or dj > 1)
               for k, (di, dj) in enumerate(_ORDER))


@dataclass(frozen=True, slots=True)
class Bead:
    """Units of the source and of the target aligned together (indices, ascending; either may be
    empty) and a score in [0, 1]: exp(-cost / 6), 0.0 for an unpaired unit."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float


# Priors of sentence beads that cross a paragraph boundary, inside a merged or split paragraph bead
# (checks/omission.py): professional translators join two sentences into one in 0.6% of sentence
# pairs and split one in 1.6% (WMT news and WMT24), so a sentence pair that straddles two paragraphs
# is more likely a dropped or added paragraph hiding beside its neighbour than a join or a split.
CROSS_BEADS: dict[tuple[int, int], float] = {**BEADS, (2, 1): 5.0, (1, 2): 5.0, (3, 1): 6.0, (1, 3): 6.0}


def band_width(n: int, m: int, widen: int = MAX_WIDEN) -> int:
    """Half-width of the widest search band: MAX_BAND units around the diagonal, widened by the
    difference in counts up to `widen` more, so that the table, and the time, stay linear in the length.
    align_features starts narrower (FIRST_BAND) and widens only while the best path comes near an edge."""
    return MAX_BAND + min(max(0, abs(n - m) - 40), widen)


class _Table:
    """The DP's cost and back-pointer rows, each stored only over its band [lo, hi] (costs as doubles,
    back-pointers as the index of the bead type in _ORDER, 0 for none): memory linear in n."""

    def __init__(self, n: int, m: int, band: int, guide: tuple[list[int], list[int]] | None = None) -> None:
        self.m = m
        self.lo: list[int] = []
        self.hi: list[int] = []
        # the diagonal band's sides: an edge of the table there is an edge of the band the programme may search
        self.outer_lo: list[int] = []
        self.outer_hi: list[int] = []
        for i in range(n + 1):
            center = int(i * m / n) if n else 0
            lo, hi = max(0, center - band), min(m, center + band)
            self.outer_lo.append(lo if guide is not None else 0)
            self.outer_hi.append(hi if guide is not None else m)
            if guide is not None:  # narrowed to the guide's corridor (_corridor: within the diagonal band)
                lo, hi = guide[0][i], guide[1][i]
            self.lo.append(lo)
            self.hi.append(hi)
        self.cost = [array("d", [_INF]) * (self.hi[i] - self.lo[i] + 1) for i in range(n + 1)]
        self.back = [bytearray(self.hi[i] - self.lo[i] + 1) for i in range(n + 1)]

    def get(self, i: int, j: int) -> float:
        lo = self.lo[i]
        return self.cost[i][j - lo] if lo <= j <= self.hi[i] else _INF

    def step(self, i: int, j: int) -> tuple[int, int] | None:
        lo = self.lo[i]
        k = self.back[i][j - lo] if lo <= j <= self.hi[i] else 0
        return _ORDER[k - 1] if k else None

    def near_edge(self, i: int, j: int) -> bool:
        """Whether cell (i, j) lies within EDGE units of a side of the band that is not a side of the table."""
        return ((self.lo[i] > self.outer_lo[i] and j - self.lo[i] < EDGE)
                or (self.hi[i] < self.outer_hi[i] and self.hi[i] - j < EDGE))


class _Bounds:
    """Cheap lower bounds of a merge bead's pair cost, from prefix sums over the units: the length term
    exactly, shared anchors and names at most what the smaller side holds, and vocabulary at most
    LEX_WEIGHT per word rendered (the matcher's bound). A merge whose bound cannot beat the best bead of
    its cell so far is never priced in full; the result is the same, with a margin for rounding."""

    def __init__(self, sf: list[Features], tf: list[Features], lex: Lex | None) -> None:
        self.ssize, self.tsize = _prefix([f.size for f in sf]), _prefix([f.size for f in tf])
        self.sw, self.tw = _prefix([anchor_total(f.anchors) for f in sf]), _prefix([anchor_total(f.anchors) for f in tf])
        self.sn, self.tn = _prefix([float(len(f.names)) for f in sf]), _prefix([float(len(f.names)) for f in tf])
        self.lex_bound: Callable[[range, range], float] | None = getattr(lex, "bound", None) if lex else None
        self.lex_cap: Callable[[range], float] | None = getattr(lex, "cap", None) if lex else None
        self.lex = lex

    def __call__(self, i: int, j: int, di: int, dj: int, best: float) -> bool:
        """Whether a merge bead ending at (i, j), its cost so far `best` minus the path before it, cannot
        win: the cheap bound first (vocabulary at its cap), the matcher's bound only when that one is not enough."""
        ss, ts = self.ssize[i] - self.ssize[i - di], self.tsize[j] - self.tsize[j - dj]
        z = abs(math.log((ts + 12.0) / (ss + 12.0)) / LOG_SD)
        lb = 0.5 * z * z - BOUND_MARGIN
        lb -= 2.0 * min(self.sw[i] - self.sw[i - di], self.tw[j] - self.tw[j - dj])
        lb -= min(self.sn[i] - self.sn[i - di], self.tn[j] - self.tn[j - dj])
        if self.lex is None:
            return lb >= best
        if self.lex_bound is None or self.lex_cap is None:
            return False
        if lb - self.lex_cap(range(i - di, i)) >= best:
            return True
        return lb + self.lex_bound(range(i - di, i), range(j - dj, j)) >= best



def _fill(table: _Table, sf: list[Features], tf: list[Features], lex: Lex | None, bound: _Bounds,
          prior: Callable[[int, int, int, int], float], merged_s: Callable[[int, int], Features],
          merged_t: Callable[[int, int], Features]) -> None:
    """The DP over the band, cell by cell (any size): each bead priced as it is met; `bound` is built once
    per alignment (it does not depend on the band)."""
    n = len(sf)
    costs, back_rows, los, his = table.cost, table.back, table.lo, table.hi
    costs[0][0] = 0.0
    # the cells of the previous rows are read from the band's rows directly (table.get, without its call)
    for i in range(n + 1):
        row, back, lo = costs[i], back_rows[i], los[i]
        for j in range(lo, his[i] + 1):
            if i == 0 and j == 0:
                continue
            best, arg = _INF, 0
            for code, di, dj, skip, merged in _STEPS:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                plo = los[pi]
                if pj < plo or pj > his[pi]:
                    continue
                prev = costs[pi][pj - plo]
                if prev == _INF:
                    continue
                if skip is not None:
                    c = prev + skip
                else:
                    c = prev + prior(i, j, di, dj)
                    if merged and bound(i, j, di, dj, best - c):
                        continue
                    c += pair_cost(merged_s(i, di), merged_t(j, dj), merged,
                                   lex(range(i - di, i), range(j - dj, j)) if lex else NO_LEX)
                if c < best:
                    best, arg = c, code
            row[j - lo] = best
            back[j - lo] = arg


_MERGES = tuple((k + 1, di, dj) for k, (di, dj) in enumerate(_ORDER) if di and dj and (di > 1 or dj > 1))


_Merges = list[tuple[int, int, int, float, list[list[float]]]]


def _dense_costs(sf: list[Features], tf: list[Features], lex: Lex | None) -> tuple[list[list[float]], _Merges]:
    """The costs tabled at once for the DP of _fill (align.grid): every 1-1 cost as a matrix, and for
    every merge type its prior and the lower bound of its pair cost, so that a merge is priced in full
    only when it could win its cell (_dense_dp finds the same beads as _fill)."""
    ones, fits, bounds = _window(sf, tf, lex, range(len(sf)), range(len(tf)), _lex_bound(lex))
    return ones, [(code, di, dj, BEADS[(di, dj)], bounds[(di, dj)]) for code, di, dj in fits]


def _dense_dp(table: _Table, ones: list[list[float]], merges: _Merges,
              prior: Callable[[int, int, int, int], float], merge_cost: Callable[[int, int, int, int], float]) -> None:
    n, m = len(ones), len(ones[0])
    skip = SKIP_COST
    cost = [[_INF] * (m + 1) for _ in range(n + 1)]
    back = [bytearray(m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        row, brow = cost[i], back[i]
        up = cost[i - 1] if i else None
        one = ones[i - 1] if i else []
        # the merge types that can end in this row: their lower bounds plus priors, the row they start from
        reach = [(code, di, dj, [base + x for x in lb[i]], cost[i - di]) for code, di, dj, base, lb in merges if di <= i]
        for j in range(table.lo[i], table.hi[i] + 1):
            best, arg = _INF, 0
            if up is not None:
                if j and up[j - 1] != _INF:
                    best, arg = up[j - 1] + one[j - 1], 1
                if up[j] + skip < best:
                    best, arg = up[j] + skip, 2
            if j and row[j - 1] + skip < best:
                best, arg = row[j - 1] + skip, 3
            for code, di, dj, floor, start in reach:
                if j < dj:
                    continue
                prev = start[j - dj]
                if prev + floor[j] >= best:  # cannot win (an unreachable start is infinite)
                    continue
                c = prev + prior(i, j, di, dj)
                c += merge_cost(i, j, di, dj)
                if c < best:
                    best, arg = c, code
            if i or j:
                row[j], brow[j] = best, arg
    for i in range(n + 1):
        lo, hi = table.lo[i], table.hi[i]
        table.cost[i] = array("d", cost[i][lo : hi + 1])
        table.back[i] = back[i][lo : hi + 1]


def _lex_bound(lex: Lex | None) -> grid.LexBound | None:
    """The tabled matcher's vocabulary terms of the merge bounds (align.grid), None without a matcher."""
    tab = cast("grid.TabledLex | None", lex)
    return tab.lex_bound() if tab is not None else None


def _window(sf: list[Features], tf: list[Features], lex: Lex | None, rows: range, cols: range,
            lex_bound: grid.LexBound | None) -> tuple[
        list[list[float]], list[tuple[int, int, int]], dict[tuple[int, int], list[list[float]]]]:
    """align.grid's tables for the source units `rows` against the target units `cols`: the 1-1 costs, the
    merge types that fit and their lower bounds (indices relative to the window; `lex_bound`: _lex_bound(lex),
    for all the source units)."""
    from transqa.align import grid

    tab = cast("grid.TabledLex | None", lex)
    sub_s, sub_t = sf[rows.start : rows.stop], tf[cols.start : cols.stop]
    counts = tab.counts(rows, cols) if tab is not None else None
    keyed = grid.keyed_tables(sub_s, sub_t)
    ones = grid.one_to_one_costs(sub_s, sub_t, tab.ones(counts, rows) if tab is not None and counts is not None else None, keyed,
                                 counts)
    fits = [(code, di, dj) for code, di, dj in _MERGES if di <= len(sub_s) and dj <= len(sub_t)]
    sub_bound = lex_bound._replace(sizes=lex_bound.sizes[rows.start : rows.stop]) if lex_bound is not None else None
    return ones, fits, grid.merge_bounds(sub_s, sub_t, counts, sub_bound, [(di, dj) for _, di, dj in fits], keyed)


_Reach = list[tuple[int, int, int, list[float], list[float], int]]


def _banded_row(i: int, cols: range, row: tuple[list[float], bytearray, int], up: tuple[list[float], int],
                one: list[float], c0: int, reach: _Reach, prior: Callable[[int, int, int, int], float],
                merge_cost: Callable[[int, int, int, int], float]) -> None:
    """Row i of _banded_dp over the band's columns: `row` (costs, back-pointers, first column kept), `up` the row
    above, `one` the 1-1 costs and `reach` the merges (code, di, dj, floors, start row, its first column) from
    column c0 on: _dense_dp's comparisons in its order."""
    costs, back, bi = row
    above, ub = up
    skip = SKIP_COST
    for j in cols:
        best, arg = _INF, 0
        if j and above[j - 1 - ub] != _INF:
            best, arg = above[j - 1 - ub] + one[j - 1 - c0], 1
        if above[j - ub] + skip < best:
            best, arg = above[j - ub] + skip, 2
        if j and costs[j - 1 - bi] + skip < best:
            best, arg = costs[j - 1 - bi] + skip, 3
        for code, di, dj, floor, start, sb in reach:
            if j < dj:
                continue
            prev = start[j - dj - sb]
            if prev + floor[j - c0] >= best:  # cannot win (an unreachable start is infinite)
                continue
            c = prev + prior(i, j, di, dj)
            c += merge_cost(i, j, di, dj)
            if c < best:
                best, arg = c, code
        costs[j - bi], back[j - bi] = best, arg


def _banded_dp(table: _Table, sf: list[Features], tf: list[Features], lex: Lex | None,
               prior: Callable[[int, int, int, int], float], merge_cost: Callable[[int, int, int, int], float]) -> None:
    """_dense_dp over the band only: its tables (align.grid) built for BAND_ROWS rows at a time, over the
    columns their band and their merges reach (_window), and its rows kept over the band (padded by the widest
    merge), so that time and memory follow the band's cells, not n x m. The same costs (each tabled value
    is pair_cost's to the last bit; the merge bounds are lower bounds whatever the window) and the same
    comparisons in the same order as _dense_dp and _fill: the same beads."""
    n, m = len(sf), len(tf)
    lo, hi = table.lo, table.hi
    base = [max(0, lo[i] - 3) for i in range(n + 1)]  # a row is kept from 3 columns left of its band …
    cost: dict[int, list[float]] = {}  # … to the band of 3 rows on, while a row of the band's can still read it
    back: dict[int, bytearray] = {}
    lex_bound = _lex_bound(lex)  # once: every window takes its rows of it

    def open_row(i: int) -> None:
        cost[i] = [_INF] * (min(m, hi[min(n, i + 3)]) - base[i] + 1)
        back[i] = bytearray(len(cost[i]))

    def close_row(i: int) -> None:  # into the table, over the band, as _fill keeps it (doubles: memory linear in the band)
        first, last = lo[i] - base[i], hi[i] - base[i]
        table.cost[i] = array("d", cost.pop(i)[first : last + 1])
        table.back[i] = back.pop(i)[first : last + 1]

    open_row(0)
    cost[0][0] = 0.0
    for j in range(1, hi[0] + 1):  # row 0: additions only
        cost[0][j] = cost[0][j - 1] + SKIP_COST
        back[0][j] = 3
    a = 1
    while a <= n:
        b = _window_end(lo, hi, a, n)
        r0, c0 = max(0, a - 3), max(0, lo[a] - 3)
        ones, fits, bounds = _window(sf, tf, lex, range(r0, b), range(c0, hi[b]), lex_bound)
        for i in range(a, b + 1):
            open_row(i)
            reach = [(code, di, dj, [BEADS[(di, dj)] + x for x in bounds[(di, dj)][i - r0]], cost[i - di], base[i - di])
                     for code, di, dj in fits if di <= i]
            _banded_row(i, range(lo[i], hi[i] + 1), (cost[i], back[i], base[i]), (cost[i - 1], base[i - 1]),
                        ones[i - 1 - r0], c0, reach, prior, merge_cost)
            if i >= 3:
                close_row(i - 3)
        a = b + 1
    for i in sorted(cost):
        close_row(i)


# The anchor kinds that pair units for the corridor (_guide_points): figures, dates, links and identifiers (with the
# names); not punctuation, months alone or the image mark, which many units share.
_GUIDE_KINDS = ("n:", "y:", "d:", "u:", "x:")


# Corners of the guide's pairs a rectangle of the corridor spans (_corridor): 2 is from a pair to the next, 4 from a pair
# past the next, so that one wrong pair (a figure repeated in another paragraph) does not pinch the corridor shut.
SPAN = 4


def _guide_points(sf: list[Features], tf: list[Features]) -> list[tuple[int, int]]:
    """Pairs (i, j) of a source and a target unit that hold a key (a figure, date, link, identifier or name) written
    in as many units on each side, the k-th unit of one side with the k-th of the other, reduced to the longest chain
    that rises on both sides: where a long alignment is likely to pass (_corridor)."""
    def places(fs: list[Features]) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, f in enumerate(fs):
            for a in f.anchors:
                if a.startswith(_GUIDE_KINDS):
                    out.setdefault(a, []).append(i)
            for name in f.names:
                out.setdefault("\0" + name, []).append(i)
        return out

    s, t = places(sf), places(tf)
    pairs = sorted({(i, j) for k, si in s.items() if len(si) == len(t.get(k, ())) for i, j in zip(si, t[k], strict=True)},
                   key=lambda p: (p[0], -p[1]))
    # the longest chain rising in i and j: a longest strictly increasing subsequence of j (pairs of one i by j
    # descending, so that two of them never chain), by patience sorting
    tails: list[int] = []  # tails[k]: index in pairs of the smallest j ending a chain of k + 1 …
    ends: list[int] = []  # … and that j
    before: list[int] = []
    for x, (_, j) in enumerate(pairs):
        k = bisect_left(ends, j)
        before.append(tails[k - 1] if k else -1)
        if k == len(tails):
            tails.append(x)
            ends.append(j)
        else:
            tails[k], ends[k] = x, j
    chain: list[tuple[int, int]] = []
    x = tails[-1] if tails else -1
    while x >= 0:
        chain.append(pairs[x])
        x = before[x]
    return chain[::-1]


def _corridor(points: list[tuple[int, int]], n: int, m: int, band: int, margin: int) -> tuple[list[int], list[int]] | None:
    """Each row's first and last column of the corridor through the guide's pairs (_guide_points): the rectangle
    spanned by each pair's corner and the SPAN-th corner after it (a pair's own cell has two corners), widened by
    `margin` columns on either side, within the diagonal band of half-width `band`; None when that leaves a row empty or
    cuts the corridor (the diagonal band is searched then)."""
    lo = [m + 1] * (n + 1)
    hi = [-1] * (n + 1)
    corners = [(0, 0)] + [c for i, j in points for c in ((i, j), (i + 1, j + 1))] + [(n, m)]
    for (ai, aj), (bi, bj) in zip(corners, corners[SPAN:] or corners[-1:], strict=False):
        for r in range(ai, bi + 1):
            lo[r] = min(lo[r], aj - margin)
            hi[r] = max(hi[r], bj + margin)
    for i in range(n + 1):
        center = int(i * m / n) if n else 0
        lo[i], hi[i] = max(lo[i], center - band, 0), min(hi[i], center + band, m)
        if lo[i] > hi[i] or (i and lo[i] > hi[i - 1]):
            return None
    return lo, hi


# A window of _banded_dp stops short of BAND_ROWS rows, once it holds WINDOW_ROWS, where its rectangle would hold more
# than WINDOW_WASTE times the band's cells in it: a corridor (_corridor) that runs along a row for a gallery and then
# down is not tabled whole. Measured on the scaling article 8 times with a 100-image gallery in each translation (the
# aligner alone, one BLAS thread, best of 5): 0.171 CPU s with windows of BAND_ROWS rows, 0.152 with these.
WINDOW_ROWS = 8
WINDOW_WASTE = 4


def _window_end(lo: list[int], hi: list[int], a: int, n: int) -> int:
    """The last row of _banded_dp's window that starts at row a."""
    c0 = max(0, lo[a] - 3)
    cells, b = hi[a] - lo[a] + 1, a
    while b < n and b - a + 1 < BAND_ROWS:
        more = cells + hi[b + 1] - lo[b + 1] + 1
        if b - a + 1 >= WINDOW_ROWS and (b + 1 - a + 3) * (hi[b + 1] - c0) > WINDOW_WASTE * more:
            break
        cells, b = more, b + 1
    return b


def _prefix(xs: list[float]) -> list[float]:
    out = [0.0]
    for x in xs:
        out.append(out[-1] + x)
    return out


def align_features(
    sf: list[Features], tf: list[Features], lex: Lex | None = None,
    starts: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()), widen: int = MAX_WIDEN,
) -> list[Bead]:
    """Align two sequences of features. `starts` gives the units that begin a new paragraph on each
    side (for sentences): a bead that crosses one is priced by CROSS_BEADS. `widen` caps how far a
    difference in counts widens the band (band_width).

    The band is FIRST_BAND units on either side of the diagonal first; while the best path in it comes
    within EDGE units of one of its sides (where the band, not the table, ends), the programme runs
    again over a band GROWTH times wider, up to band_width; it starts wide enough to hold the pairs of units that share
    a key (_covering), and widens too while the path skips band - EDGE units or more on each side (_skips_span: an
    article shifted past the band by extra paragraphs at opposite ends). A path that keeps off the edges is the one the
    widest band finds on the 791 benchmark pairs (benchmarks/speed.py --compare), at a cost linear in
    the article's length instead of quadratic up to MAX_BAND units."""
    n, m = len(sf), len(tf)
    s_starts, t_starts = starts

    def prior(i: int, j: int, di: int, dj: int) -> float:
        if not (s_starts or t_starts):
            return BEADS[(di, dj)]
        if (di > 1 and any(k in s_starts for k in range(i - di + 1, i))) or (
                dj > 1 and any(k in t_starts for k in range(j - dj + 1, j))):
            return CROSS_BEADS[(di, dj)]
        return BEADS[(di, dj)]

    @cache
    def merged_s(i: int, k: int) -> Features:
        return merge(sf[i - k : i])

    @cache
    def merged_t(j: int, k: int) -> Features:
        return merge(tf[j - k : j])

    def bead_cost(i: int, j: int, di: int, dj: int) -> float:
        return pair_cost(merged_s(i, di), merged_t(j, dj), di > 1 or dj > 1, _vocabulary(lex, i, j, di, dj)) + prior(i, j, di, dj)

    if n == 1 and m == 1:  # one unit a side (a sentence each, most often): the programme's choice, without its tables
        return _one_by_one(bead_cost(1, 1, 1, 1))
    least = DENSE_MIN if "numpy" in sys.modules or _CHECKED[0] else DENSE_COLD_MIN
    dense = n and m and least <= (n + 1) * (m + 1) <= DENSE_CELLS and (lex is None or hasattr(lex, "counts"))
    costs = _dense_costs(sf, tf, lex) if dense else None
    banded_from = _banded_from(bool(dense), lex, least)

    def merge_cost(i: int, j: int, di: int, dj: int) -> float:
        return pair_cost(merged_s(i, di), merged_t(j, dj), True, _vocabulary(lex, i, j, di, dj))

    widest = band_width(n, m, widen)
    # counts that differ by more than 40 units (band_width widens) make a path that wanders about the
    # diagonal and would widen the band anyway: the widest band at once (1,000,000 characters of 16,000
    # and 45,000 sentences: 110 CPU s through the narrow bands, 97 at once, 93 before them)
    band = widest if widest > MAX_BAND else min(FIRST_BAND, widest)
    # ... but searched first along the corridor of the units that share keys (_corridor), FIRST_BAND units wide and
    # widened (x GROWTH) while the best path comes near a side of it that is not the diagonal band's: the band's
    # cells grow with both counts, the corridor's with their sum (800 image paragraphs the original lacks: issue 21)
    bounds: list[_Bounds] = []

    def fill(table: _Table) -> None:
        if costs is not None:
            _dense_dp(table, *costs, prior, merge_cost)
        elif sum(len(r) for r in table.back) >= banded_from:
            _banded_dp(table, sf, tf, lex, prior, merge_cost)
        else:
            bounds[:] = bounds or [_Bounds(sf, tf, lex)]
            _fill(table, sf, tf, lex, bounds[0], prior, merged_s, merged_t)

    points = _guide_points(sf, tf) if n > 1 and m > 1 else []
    reach = _reach(points, n, m)
    if band <= MAX_BAND:
        band = _covering(reach, band, widest)
    path, total = _search(n, m, band, widest, points if band > MAX_BAND else None, fill)
    if band <= MAX_BAND and reach > widest:
        # the shared keys lie past the widest band (an article shifted by more paragraphs than it holds: the
        # translation lacks some at one end and adds others at the other): their corridor alone is searched too, as
        # wide as it must be to hold them, and the cheaper of the two paths kept (hostile34 #3)
        shifted, cost = _search(n, m, reach, reach, points, fill, cap=MAX_BAND)
        path = shifted if cost < total else path
    beads: list[Bead] = []
    for i, j, step in path:
        di, dj = step or ((1, 0) if i > 0 else (0, 1))  # outside the band: fall back to omissions/additions
        score = _score(bead_cost(i, j, di, dj)) if di and dj else 0.0
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), score))
    beads.reverse()
    return beads


# The guide's corridor searched alone past the widest band (_search with a cap) holds at most this many times the widest
# band's cells: pairs far apart span a rectangle between them (three shared keys, one far off the diagonal, made it the
# whole table: 4,000 paragraphs a side, 16 million cells, 91 CPU s, 1.6 GB; hostile35 #2); a corridor of pairs a
# paragraph or a few apart, widened to MAX_BAND on either side, holds about one band's. The cap holds for its passes
# together (margins FIRST_BAND, x GROWTH, up to MAX_BAND: about 1.7 bands' cells for such a corridor): pairs that share a
# name by chance, a hundred units apart, made each pass about a band's or more (4,000 sentences a side in one paragraph,
# no lexicon: three passes of 0.57, 0.74 and 0.93 million cells, 24 of 40 CPU s; hostile39 #1).
ALONG_CELLS = 2


def _search(n: int, m: int, band: int, widest: int, points: list[tuple[int, int]] | None,
            fill: Callable[[_Table], None], cap: int | None = None) -> tuple[list[tuple[int, int, tuple[int, int] | None]], float]:
    """The best path of align_features and its cost (the table's at (n, m); infinite when none reaches it): through the
    corridor of the guide's `points` (when given) while the path comes near one of its sides, the corridor widened
    (x GROWTH) until it is as wide as the band; then in the band, widened (x GROWTH, up to `widest`) while the path
    comes near one of its sides. With `cap`, the corridor alone: widened up to `cap` units on either side, never the
    band (an empty path at an infinite cost when the corridor is cut or its passes together hold more than ALONG_CELLS
    widest bands' cells: the cells stay linear in n + m)."""
    margin = FIRST_BAND
    spent = 0  # the cells of the corridor's passes so far (with `cap`)
    while True:
        guide = _corridor(points, n, m, band, margin) if points is not None else None
        if cap is not None:
            spent += sum(hi - lo + 1 for lo, hi in zip(*guide, strict=True)) if guide is not None else 0
            if guide is None or spent > ALONG_CELLS * (n + 1) * (2 * MAX_BAND + 1):
                return [], _INF  # the corridor alone, cut or wider than linear in n + m allows (ALONG_CELLS)
        table = _Table(n, m, band, guide)
        fill(table)
        path = _path(table, n, m)
        held = any(step is None or table.near_edge(i, j) for i, j, step in path)
        if guide is not None and held and (cap is None or margin < cap):
            margin = margin * GROWTH if cap is None else min(cap, margin * GROWTH)
            points = points if margin < band else None  # as wide as the band: the band itself
            continue
        if cap is not None or band >= widest or not (held or (guide is None and _skips_span(path, band, n, m))):
            return path, table.get(n, m)
        band = min(widest, band * GROWTH)


def _reach(points: list[tuple[int, int]], n: int, m: int) -> int:
    """The half-width of the diagonal band that holds each of the guide's pairs (_guide_points) EDGE units or more
    inside it, in units."""
    return max((abs(j - int(i * m / n)) for i, j in points), default=0) + EDGE


def _covering(reach: int, band: int, widest: int) -> int:
    """The first diagonal band's half-width: `band`, widened (x GROWTH, up to `widest`) until it is `reach` wide (each
    of the guide's pairs EDGE units or more inside it: _reach), so that an article shifted past the band (paragraphs
    the translation lacks at one end, others it adds at the other) is searched where its shared keys place it
    (hostile33)."""
    while band < min(reach, widest):
        band = min(widest, band * GROWTH)
    return band


def _skips_span(path: list[tuple[int, int, tuple[int, int] | None]], band: int, n: int, m: int) -> bool:
    """Whether the best path in a diagonal band of half-width `band` that does not cover the table skips as many units
    on each side (omissions and additions, band - EDGE at least each) as would carry a path to the band's edge: the
    article may be shifted past the band (paragraphs the translation lacks at one end, others it adds at the other),
    and the path within it pairs what it can by chance, away from the edges (hostile33 #1)."""
    if band >= max(n, m):
        return False
    dropped = sum(1 for _, _, step in path if step is not None and step[1] == 0)
    added = sum(1 for _, _, step in path if step is not None and step[0] == 0)
    return min(dropped, added) >= band - EDGE


def _banded_from(dense: bool, lex: Lex | None, least: int) -> float:
    """The cells of the band from which align_features tables it in windows (_banded_dp); infinite when the whole
    table is tabled (dense) or the matcher cannot table its counts. `least`: the dense tables' lower limit,
    DENSE_MIN once NumPy pays (see DENSE_COLD_MIN)."""
    if dense or not (lex is None or hasattr(lex, "counts")):
        return _INF
    return float(BANDED_MIN if least == DENSE_MIN else BANDED_COLD_MIN)


def _vocabulary(lex: Lex | None, i: int, j: int, di: int, dj: int) -> tuple[float, int]:
    """The matcher's vocabulary terms of the bead of di source units ending before i and dj target units before j."""
    return lex(range(i - di, i), range(j - dj, j)) if lex else NO_LEX


def _score(cost: float) -> float:
    """A paired bead's score in (0, 1] from its cost (0 or less scores 1.0), to two decimals."""
    return round(math.exp(-max(0.0, cost) / 6.0), 2)


def _one_by_one(cost: float) -> list[Bead]:
    """The beads the programme finds for one unit a side whose 1-1 bead costs `cost`: the 1-1 bead unless
    the omission and the addition (SKIP_COST each) cost strictly less, as the programme compares them
    (1-1 first; a NaN or infinite cost loses)."""
    if cost <= 2 * SKIP_COST:
        return [Bead((0,), (0,), _score(cost))]
    return [Bead((), (0,), 0.0), Bead((0,), (), 0.0)]


def _path(table: _Table, n: int, m: int) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The best path back from (n, m): each bead's end cell and its type (None outside the band)."""
    out: list[tuple[int, int, tuple[int, int] | None]] = []
    i, j = n, m
    while i > 0 or j > 0:
        step = table.step(i, j)
        out.append((i, j, step))
        di, dj = step or ((1, 0) if i > 0 else (0, 1))
        i, j = i - di, j - dj
    return out
