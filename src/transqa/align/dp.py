"""The dynamic programme: a monotonic alignment of two sequences of units (paragraphs or sentences).

Beads 1-1, 1-0, 0-1, 2-1, 1-2, 3-1, 1-3 and 2-2, each priced by a prior for its type plus the pair
cost of transqa.align.features.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from transqa.align.features import NO_LEX, Features, Lex, merge, pair_cost

SKIP_COST = 4.5
# Priors of merges (two paragraphs rendered as one, or one as two), a little below a skip: MT keeps
# paragraphs, so a merge has to earn its place by lengths and shared anchors, or a short dropped
# paragraph hides in its neighbour's bead (measured on the injection benchmark and on fresh draws).
BEADS: dict[tuple[int, int], float] = {
    (1, 1): 0.0, (1, 0): SKIP_COST, (0, 1): SKIP_COST, (2, 1): 4.0, (1, 2): 4.0,
    (3, 1): 5.0, (1, 3): 5.0, (2, 2): 8.0,
}
MAX_BAND = 60  # half-width of the search band, in units, around the diagonal


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


def align_features(
    sf: list[Features], tf: list[Features], lex: Lex | None = None,
    starts: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
) -> list[Bead]:
    """Align two sequences of features. `starts` gives the units that begin a new paragraph on each
    side (for sentences): a bead that crosses one is priced by CROSS_BEADS."""
    n, m = len(sf), len(tf)
    inf = float("inf")
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

    band = max(MAX_BAND, abs(n - m) + 20)
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        center = i * m / n if n else 0
        lo = max(0, int(center) - band)
        hi = min(m, int(center) + band)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, None
            for di, dj in BEADS:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = cost[pi][pj]
                if prev == inf:
                    continue
                if di == 0 or dj == 0:
                    c = prev + BEADS[(di, dj)]
                else:
                    c = prev + prior(i, j, di, dj) + pair_cost(merged_s(i, di), merged_t(j, dj), di > 1 or dj > 1,
                                                 lex(range(i - di, i), range(j - dj, j)) if lex else NO_LEX)
                if c < best:
                    best, arg = c, (di, dj)
            cost[i][j] = best
            back[i][j] = arg
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        step = back[i][j]
        if step is None:  # outside the band: fall back to omissions/additions
            step = (1, 0) if i > 0 else (0, 1)
        di, dj = step
        if di and dj:
            c = pair_cost(merged_s(i, di), merged_t(j, dj), di > 1 or dj > 1,
                          lex(range(i - di, i), range(j - dj, j)) if lex else NO_LEX) + prior(i, j, di, dj)
            score = round(math.exp(-max(0.0, c) / 6.0), 2)
        else:
            score = 0.0
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), score))
        i, j = i - di, j - dj
    beads.reverse()
    return beads
