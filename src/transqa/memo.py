"""Analyses of a text computed once per checked pair, shared by the aligner and every check.

The aligner splits each paragraph bead into sentences and reads their words and names; the checks then
ask for the same sentences, words and names of the same paragraphs again. A function decorated with
@per_pair keeps its results, keyed by its arguments, for as long as the pair's check runs
(`with pair_scope():`, entered by engine.check_documents); outside a scope it simply computes. Nothing
outlives the pair, so the memory stays that of one pair, and the run of an archive gains nothing from
the texts that repeat between articles. A list result is handed out as a copy: a caller may change it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

_MISSING = object()
_SCOPE: ContextVar[dict[tuple[object, ...], Any] | None] = ContextVar("transqa_pair_memo", default=None)


@contextmanager
def pair_scope() -> Iterator[None]:
    """Keep @per_pair results until the block ends (nested scopes share the outer one)."""
    if _SCOPE.get() is not None:
        yield
        return
    token = _SCOPE.set({})
    try:
        yield
    finally:
        _SCOPE.reset(token)


_pairs_begun = 0
YOUNG_THRESHOLD = 10_000
"""The cyclic collector's first threshold while a pair is checked (Python's default is 700): a pair allocates
some 30,000 containers that live until its memo goes, and each young collection walked the survivors again.
Measured on speed.py's 339 pairs (gc.callbacks): 1,068 young and 97 middle collections cost 0.57 CPU s at 700,
39 and 3 cost 0.24 at 10,000 (with the freeze of `checking`); memory stays that of the pair's memo."""


@contextmanager
def checking() -> Iterator[None]:
    """The garbage collector's settings while one pair is checked (engine.check_documents; nested calls change
    nothing). The first threshold is raised to YOUNG_THRESHOLD for the pair and given back after it. At the second
    pair of the process, everything then alive (the dictionaries, name tables and compiled patterns the first pair
    loaded, some 70,000 containers) is moved out of the collector's view (gc.freeze): they live as long as the
    process, yet each full collection walked them all again (speed.py's 339 pairs: 7 full collections, 0.81 CPU s
    of about 20; after the freeze 0.27). Not at the first pair, so that a single `check` pays nothing; whatever
    garbage cycles the first pair left are kept (once per process, bounded by one pair's). Frozen objects are
    still freed when their last reference goes."""
    global _pairs_begun
    if _SCOPE.get() is not None:
        yield
        return
    _pairs_begun += 1
    if _pairs_begun == 2:
        gc.freeze()
    young, middle, old = gc.get_threshold()
    if young:  # 0: the caller turned collection off; left so
        gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)
    try:
        yield
    finally:
        if young:
            gc.set_threshold(young, middle, old)


def pair_state(name: str, factory: Callable[[], T]) -> T:
    """A mutable object shared by everything that asks for `name` during the pair (an index built up as
    the aligner meets new words); outside a scope, a fresh one each time."""
    memo = _SCOPE.get()
    if memo is None:
        return factory()
    key = ("state", name)
    got = memo.get(key)
    if got is None:
        got = memo[key] = factory()
    return got


def computed(fn: Callable[..., T], args: tuple[object, ...], compute: Callable[[], T]) -> T:
    """fn(*args) for a function decorated with @per_pair, from the pair's memo when it holds it, else by
    `compute` (which must return what fn(*args) would: the same result found a quicker way), kept for the
    pair; outside a scope, simply compute()."""
    memo = _SCOPE.get()
    if memo is None:
        return compute()
    key = (getattr(fn, "__wrapped__", fn), *args)
    got = memo.get(key)
    if got is None:
        got = memo[key] = compute()
    return cast(T, got)


def per_pair(fn: F) -> F:
    """Compute fn(*args) once per pair scope (positional, hashable arguments; others just compute)."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        memo = _SCOPE.get()
        if memo is None or kwargs:
            return fn(*args, **kwargs)
        key = (fn, *args)
        try:
            got = memo.get(key, _MISSING)  # not memo[key]: half the calls miss, and a KeyError costs a µs or two
        except TypeError:  # an unhashable argument
            return fn(*args)
        if got is _MISSING:
            got = memo[key] = fn(*args)
        return list(got) if isinstance(got, list) else got

    return wrapper  # type: ignore[return-value]
