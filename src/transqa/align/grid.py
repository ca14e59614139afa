"""The aligner's cost tables at once (NumPy) for an alignment that fits a dense table.

one_to_one_costs gives the cost of every 1-1 pair, from the terms of features.pair_cost and in the
same order of operations, so that each value is the one pair_cost returns, to the last bit (the
length term takes math.log, like pair_cost; the anchor and name weights are multiples of 0.5, whose
sums are exact in any order). merge_bounds gives, for each merge bead type, a lower bound of the pair
cost of every bead of that type (the bound of dp._Bounds, vectorised): a merge whose bound cannot
beat the best bead of its cell is never priced in full.
"""

from __future__ import annotations

import math
from typing import NamedTuple, Protocol

import numpy as np

from transqa.align.features import (
    BOUND_MARGIN,
    LOG_SD,
    Features,
    anchor_kinds,
    anchor_weight,
    kind_penalty,
)

Matrix = np.ndarray  # float64, source units × target units


class LexBound(NamedTuple):
    """The vocabulary terms of the matcher's cost (align.lexical), for its lower bound."""

    weight: float  # per rendered word
    cap: int  # rendered words counted per source unit
    miss_weight: float  # per word not rendered
    miss_cap: int  # unrendered words counted per source unit
    sizes: Matrix  # content words of each source unit


class TabledLex(Protocol):
    """A vocabulary matcher that also gives its counts at once (align.lexical)."""

    def lex_bound(self) -> LexBound: ...

    def __call__(self, srange: range, trange: range) -> tuple[float, int]: ...

    def counts(self, rows: range | None = None, cols: range | None = None) -> Matrix: ...

    def ones(self, counts: Matrix, rows: range | None = None) -> Matrix: ...


def _incidence(sides: tuple[list[frozenset[str]], list[frozenset[str]]]) -> tuple[Matrix, Matrix, list[str]]:
    """0/1 matrices (units × keys) of the keys each unit holds, on both sides, and the keys in order."""
    keys: dict[str, int] = {}
    for units in sides:
        for u in units:
            for k in u:
                keys.setdefault(k, len(keys))
    out = []
    for units in sides:
        inc = np.zeros((len(units), len(keys)))
        for r, u in enumerate(units):
            if u:
                inc[r, [keys[k] for k in u]] = 1.0
        out.append(inc)
    return out[0], out[1], list(keys)


def _length_terms(ssize: list[float], tsize: list[float]) -> Matrix:
    """|log((t + 12) / (s + 12)) / LOG_SD| for every pair, by math.log as pair_cost computes it."""
    ratio = (np.asarray(tsize)[None, :] + 12.0) / (np.asarray(ssize)[:, None] + 12.0)
    logs = np.fromiter(map(math.log, ratio.ravel().tolist()), float, ratio.size).reshape(ratio.shape)
    return np.abs(logs / LOG_SD)


Keyed = tuple[Matrix, Matrix, Matrix, Matrix, Matrix, Matrix]
"""The anchor incidence of both sides, the anchors' weights and their link-only weights, the name incidence of
both sides: what the 1-1 costs and the merge bounds both need (keyed_tables)."""


def keyed_tables(sf: list[Features], tf: list[Features]) -> Keyed:
    a_s, a_t, keys = _incidence(([f.anchors for f in sf], [f.anchors for f in tf]))
    w = np.array([anchor_weight(k) for k in keys])
    wx = np.where([k.startswith("x:") for k in keys], w, 0.0)  # the identifiers' weights alone
    n_s, n_t, _ = _incidence(([f.names for f in sf], [f.names for f in tf]))
    return a_s, a_t, w, wx, n_s, n_t


def one_to_one_costs(sf: list[Features], tf: list[Features], lex_one: Matrix | None, keyed: Keyed | None = None,
                     counts: Matrix | None = None) -> list[list[float]]:
    """pair_cost(sf[i], tf[j], False, (lex_one[i, j], counts[i, j] == 0)) for every i, j (NO_LEX without lex_one);
    `keyed`: keyed_tables(sf, tf) when the caller has them; `counts`: the matcher's counts (the words of source unit i
    that target unit j renders), needed with lex_one."""
    a_s, a_t, w, wx, n_s, n_t = keyed or keyed_tables(sf, tf)
    shared = (a_s * w) @ a_t.T
    x_shared = (a_s * wx) @ a_t.T
    names_shared = n_s @ n_t.T
    z = _length_terms([f.size for f in sf], [f.size for f in tf])
    cost = np.where(z <= 2.0, 0.5 * z * z, 2.0 + 0.75 * (z - 2.0))
    cost = cost - (2.0 * shared + 1.0 * names_shared)
    cost = cost + (1.0 * ((a_t @ w)[None, :] - shared) + 0.5 * ((a_s @ w)[:, None] - shared))
    cost = cost + 0.5 * ((a_s @ wx)[:, None] - x_shared)
    cost = cost + 0.4 * (n_t.sum(axis=1)[None, :] - names_shared)
    if lex_one is not None:
        cost = cost + (lex_one + 0.0)
    skind = [f.kind for f in sf]
    tkind = [f.kind for f in tf]
    if len(set(skind) | set(tkind)) > 1:
        penalty = np.array([[kind_penalty(a, b) for b in tkind] for a in skind])
        cost = np.where(penalty > 0.0, cost + penalty, cost)
    unshared = np.array([f.unshared for f in sf])
    if lex_one is not None and counts is not None and unshared.any():
        # features.pair_cost's last term: a pair that renders no word and shares no name and no kind of anchor
        k_s, k_t, _ = _incidence(([anchor_kinds(f.anchors) for f in sf], [anchor_kinds(f.anchors) for f in tf]))
        alone = (counts == 0) & (names_shared == 0) & (k_s @ k_t.T == 0) & (unshared[:, None] > 0)
        cost = np.where(alone, cost + unshared[:, None], cost)
    return cost.tolist()  # type: ignore[no-any-return]


def _windows(prefix: Matrix, d: int, axis: int) -> Matrix:
    """Sums over d consecutive units ending at each position d…len, from prefix sums along `axis`."""
    if axis == 0:
        out: Matrix = prefix[d:] - prefix[: prefix.shape[0] - d]
    else:
        out = prefix[:, d:] - prefix[:, : prefix.shape[1] - d]
    return out


def _prefix(values: Matrix, axis: int = 0) -> Matrix:
    shape = list(values.shape)
    shape[axis] += 1
    out = np.zeros(shape)
    if axis == 0:
        np.cumsum(values, axis=0, out=out[1:])
    else:
        np.cumsum(values, axis=1, out=out[:, 1:])
    return out


def merge_bounds(sf: list[Features], tf: list[Features], counts: Matrix | None, lex: LexBound | None,
                 beads: list[tuple[int, int]], keyed: Keyed | None = None) -> dict[tuple[int, int], list[list[float]]]:
    """For each merge type (di, dj), a lower bound of the pair cost of the bead of di source units
    ending before i and dj target units ending before j, at [i][j] (0 where the bead cannot end):
    the length, anchor and name terms of pair_cost exactly (the merged units' anchors and names are
    the unions of theirs), vocabulary at most lex.weight per word some target unit of the range
    renders (counts: the words of source unit i that target unit j renders), no more words than the
    unit has, capped at lex.cap per source unit; the first source unit's words beyond those as not
    rendered (lex.miss_weight each, capped: no word of it is claimed before it); nothing for orphans
    and kinds (never below 0). `keyed`: keyed_tables(sf, tf) when the caller has them."""
    n, m = len(sf), len(tf)
    size = (_prefix(np.array([f.size for f in sf])), _prefix(np.array([f.size for f in tf])))
    a_s, a_t, w, wx, n_s, n_t = keyed or keyed_tables(sf, tf)
    anchors = (_prefix(a_s), _prefix(a_t))
    names = (_prefix(n_s), _prefix(n_t))
    by_target = _prefix(counts, axis=1) if counts is not None else None
    out = {}
    for di, dj in beads:
        ss, ts = _windows(size[0], di, 0), _windows(size[1], dj, 0)
        z = np.abs(np.log((ts[None, :] + 12.0) / (ss[:, None] + 12.0)) / LOG_SD)
        lb = 0.5 * z * z - BOUND_MARGIN
        s_in, t_in = _windows(anchors[0], di, 0) > 0, _windows(anchors[1], dj, 0) > 0
        shared, x_shared = (s_in * w) @ t_in.T, (s_in * wx) @ t_in.T
        lb += (t_in @ w)[None, :] - 3.5 * shared + 0.5 * ((s_in @ w)[:, None] + (s_in @ wx)[:, None] - x_shared)
        s_nm, t_nm = _windows(names[0], di, 0) > 0, _windows(names[1], dj, 0) > 0
        names_shared = s_nm.astype(float) @ t_nm.T.astype(float)
        lb += 0.4 * t_nm.sum(axis=1)[None, :] - 1.4 * names_shared
        if by_target is not None and lex is not None:
            sizes = lex.sizes[:, None]
            rendered = np.minimum(_windows(by_target, dj, 1), sizes)
            lb -= lex.weight * _windows(_prefix(np.minimum(rendered, lex.cap), axis=0), di, 0)
            lb += lex.miss_weight * np.minimum(sizes - rendered, lex.miss_cap)[: n + 1 - di]
        full = np.zeros((n + 1, m + 1))
        full[di:, dj:] = lb
        out[(di, dj)] = full.tolist()
    return out
