"""quantities.gated: a phrase pattern run through `finditer` finds exactly what the bare pattern finds (same places,
same groups), inside a pair scope and outside one, on hostile text (the letters IGNORECASE matches to an ASCII one)
and on real-shaped phrases; and a text that cannot hold a match is skipped."""

from __future__ import annotations

import random
import re

import pytest

from transqa.memo import pair_scope
from transqa.quantities import (
    bounds,
    certainty,
    counts,
    gated,
    idioms,
    parts,
    periods,
    reldays,
    scope,
    spans,
    weekdays,
)
from transqa.quantities.needs import holds_none, needs_words

PATTERNS: list[re.Pattern[str]] = [row.en for row in idioms.NUMBER_IDIOMS] + [
    certainty._EN_BEFORE, certainty._EN_AFTER, periods._EN_VAGUE_SPAN, scope._EN_EACH, spans._EN_SPAN,
    bounds._EN_ARTICLE_UNIT, reldays._EN_DAY, reldays._ZH_DAY, reldays._EN_PERIOD, reldays._ZH_PERIOD, counts._EN_ONE_OF,
    scope._EN_INCLUDING, parts._EN_HALF, parts._EN_QUARTER, parts._ZH_QUARTER, parts._ZH_HALF, spans._ZH_NAMED,
    spans._ZH_VAGUE, weekdays._EN_DAY_ABBR,
]

REAL = [
    "The plan was half-baked, and the board was at sixes and sevens for weeks.",
    "She was on cloud nine after winning; more often than not, they lose.",
    "I agree 100% with that. It was 100% the phone, not the charger.",
    "Within hours, each of the 12 teams had three players each; a few days later, about a year on.",
    "Once in a blue moon, a one-horse town gets back to square one in seventh heaven.",
    "ON CLOUD NINE, HALF BAKED, Each Of Them, A Few Hours After, Sure 100 Percent",
    "It costs $5 a month per user, for about an hour every day, for decades.",
    "营收增长了百分之十二 and nothing else",
    "Yesterday, one of the 30 staff, including 12 engineers, said Q3 and the first half of last year beat next week's.",
    "昨天公司表示，去年第三季度和上半年的营收是下周的两倍，其中一名员工在几个月前离职，每周工作 5 天。",
    "“Sunday Morning”日场于周六和 Tue 播出，本月与明年",
]


def _hostile() -> list[str]:
    rng = random.Random(40)
    words = ["half", "baked", "ſecond-guess", "SECOND GUESS", "cloud", "nİne", "nine", "100%", "sure", "agree", "each",
             "Each", "two", "three", "hours", "dayſ", "a", "an", "year", "about", "few", "within", "more often than not",
             "never", "İ", "ı", "K", "-", ",", ".", "\n", "the whole nine yards", "dime a dozen", "seventh heaven",
             "yesterday", "TODAY", "last", "year", "one of the", "including", "first", "half", "Q3", "sun", "Tue",
             "昨天", "去年", "第", "三", "季度", "上半年", "几", "个月", "每周", "天"]
    return [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 14))) for _ in range(3000)]


def _matches(found: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("scoped", [False, True])
def test_gated_finds_what_the_bare_pattern_finds(scoped: bool) -> None:
    texts = REAL + _hostile()
    for pattern in PATTERNS:
        for text in texts:
            if scoped:
                with pair_scope():
                    got = _matches(gated.finditer(pattern, text))
            else:
                got = _matches(gated.finditer(pattern, text))
            assert got == _matches(pattern.finditer(text)), (pattern.pattern[:60], text)


def test_a_text_without_the_phrase_words_is_skipped_and_one_with_them_is_not() -> None:
    each = scope._EN_EACH
    words = needs_words(each)
    assert words is not None and holds_none("The company said revenue rose 12% last year.", words)
    assert not holds_none("They paid $5 EACH for three tickets.", words)
    # a letter IGNORECASE matches to an ASCII one (ſ for s, K for k): never skipped by a caseless test
    vague = needs_words(periods._EN_VAGUE_SPAN)
    assert vague is not None and not holds_none("within hourſ", vague)
    assert _matches(gated.finditer(idioms.NUMBER_IDIOMS[2].en, "they ſecond-guess it")) == _matches(
        idioms.NUMBER_IDIOMS[2].en.finditer("they ſecond-guess it"))


def test_none_can_match_only_where_no_pattern_of_the_table_finds_anything() -> None:
    table = idioms._ENGLISH
    skipped = 0
    for text in REAL + _hostile()[:600]:
        if gated.none_can_match(table, text):
            skipped += 1
            assert not any(_matches(p.finditer(text)) for p in table), text
    assert skipped > 100  # it does skip: most texts hold no idiom's word
    assert not gated.none_can_match(table, "they ſecond-guess it")  # ſ: never skipped by a caseless test
    assert not gated.none_can_match((idioms._ENGLISH[0], reldays._ZH_DAY), "nothing")  # a cased pattern: not known
    assert idioms.number_idioms("ON CLOUD NINE") and not idioms.number_idioms("nothing of the kind")
