"""Analyses of a text computed once per checked pair, shared by the aligner and every check.

The aligner splits each paragraph bead into sentences and reads their words and names; the checks then
ask for the same sentences, words and names of the same paragraphs again. A function decorated with
@per_pair keeps its results, keyed by its arguments, for as long as the pair's check runs
(`with pair_scope():`, entered by engine.check_documents); outside a scope it simply computes. Nothing
outlives the pair, so the memory stays that of one pair, and the run of an archive gains nothing from
the texts that repeat between articles. A list result is handed out as a copy: a caller may change it.
"""

from __future__ import annotations

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
