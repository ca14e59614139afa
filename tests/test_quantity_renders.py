"""quantities.renders: whether any of many quantities renders one, answered by value, must be `matches`' own
verdict for every pair of the rendering table's quantities (exact, not an approximation)."""

from __future__ import annotations

import csv
import functools
from dataclasses import replace
from pathlib import Path

from transqa.quantities import chinese_quantities, english_quantities
from transqa.quantities.core import DOLLARS, Quantity, by_value, matches
from transqa.quantities.renders import FirstByValue, Renderings, RestIndex

TABLE = Path(__file__).resolve().parent / "data" / "number_renderings.tsv"


def _pool() -> tuple[list[Quantity], list[Quantity]]:
    """The table's distinct English and Chinese quantities, offsets cleared (fresh lists of the pool read once)."""
    en, zh = _read_pool()
    return list(en), list(zh)


@functools.cache
def _read_pool() -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
    # read once for the six tests: each read of the 1,703 rows took about 0.75 CPU s (Quantity is frozen)
    with TABLE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    en = tuple(dict.fromkeys(replace(q, start=0, end=0) for r in rows for q in english_quantities(r["en"])))
    zh = tuple(dict.fromkeys(replace(q, start=0, end=0) for r in rows for q in chinese_quantities(r["zh"])))
    return en, zh


def test_renderings_give_the_verdict_of_matches_for_every_pair() -> None:
    en, zh = _pool()
    assert len(en) > 300 and len(zh) > 300
    # both directions, and the quantities as numbers._distinct leaves them (the text cut to its last character)
    cases = ((en, zh, DOLLARS), (zh[::3], en, DOLLARS), ([replace(q, text=q.text[-1:]) for q in en[1::3]], zh, frozenset({"AUD"})))
    for qs, ts, dollars in cases:
        index = Renderings(qs, dollars)
        for t in ts:
            assert index.render(t) == any(matches(q, t, dollars) for q in qs), t


def test_each_quantity_alone_gives_the_verdict_of_matches() -> None:
    en, zh = _pool()
    for q in en[::4]:
        index = Renderings([q])
        for t in zh[::2]:
            assert index.render(t) == matches(q, t), (q, t)


def test_rest_index_finds_every_quantity_that_matches() -> None:
    # the quantities not compared by value (dates, units, labels, times) are looked up by what `matches` needs of
    # them: every pair that matches, either way round, is among the groups found (exact, never an approximation)
    en, zh = _pool()
    for qs, ts in ((en, zh), (zh, en)):
        rest = [t for t in ts if not by_value(t)]
        index = RestIndex(rest)
        assert len(index.wild) < len(rest) / 3  # most are looked up (the table is rich in vague counts)
        for q in qs:
            near = set(index.near(q))
            for g, t in enumerate(rest):  # only the groups not found are asked (about 30% of the pairs are found)
                if g not in near:
                    assert not (matches(q, t) or matches(t, q)), (q, t)


def test_first_by_value_gives_the_first_quantity_that_passes() -> None:
    en, zh = _pool()
    used = [False] * len(zh)
    index = FirstByValue(zh)
    for q in en[::2]:
        def test(t: Quantity, q: Quantity = q) -> bool:
            return matches(q, t)
        want = next((j for j, t in enumerate(zh) if not used[j] and test(t)), None)
        assert index.first(q, test, used) == want, q
        if want is not None:
            used[want] = True


def test_rest_index_asked_for_the_same_finds_every_quantity_that_is_the_same() -> None:
    # `near(q, same=True)` leaves out the conversions of q's unit: every quantity `same` as q, either way round, is
    # still among the groups found, and dates are found by their parts, not by a year they share
    en, zh = _pool()
    for qs, ts in ((en, zh), (zh, en)):
        rest = [t for t in ts if not by_value(t)]
        index = RestIndex(rest)
        for q in qs:
            near = set(index.near(q, same=True))
            for g, t in enumerate(rest):  # only the groups not found are asked
                if g not in near:
                    assert not (q.same(t) or t.same(q)), (q, t)
    dates = [q for q in zh if q.kind == "date" and q.date and all(q.date)]
    index = RestIndex(dates)
    for q in dates:  # full dates: one found for each, the equal one, not every date of its year, month or day
        assert {index.keys[g].date for g in index.near(q)} == {q.date}


def test_first_by_value_asked_for_the_same_gives_the_first_that_is_the_same() -> None:
    en, zh = _pool()
    used = [False] * len(zh)
    index = FirstByValue(zh)
    for q in en:
        def test(t: Quantity, q: Quantity = q) -> bool:
            return t.same(q)
        want = next((j for j, t in enumerate(zh) if not used[j] and test(t)), None)
        assert index.first(q, test, used, same=True) == want, q
        if want is not None:
            used[want] = True
