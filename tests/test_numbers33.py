"""Release 33, numbers (issue 16): casualty repairs, and the kinds of number defects the numbers set missed."""

from __future__ import annotations

import pytest
from tests.helpers import findings


@pytest.mark.parametrize(("zh", "span", "repair"), [
    ("爆炸造成1死5伤。", "5伤", "5困"),  # compact style kept: the count word is replaced, not followed
    ("爆炸造成 1 死 5 伤。", "5 伤", "5 困"),
    ("爆炸造成1人死亡、5人受伤。", "5人受伤", "5人被困"),
    ("爆炸造成1人死亡、5名矿工受伤。", "5名矿工受伤", "5名矿工被困"),
])
def test_casualty_span_covers_the_count_word(zh: str, span: str, repair: str) -> None:
    got = [(f.target.text if f.target else None, f.suggestion) for f in findings("The blast kills 1 and traps 5 miners.", zh) if f.code == "TQA205"]
    assert got == [(span, repair)]
    assert zh.replace(span, repair).count("伤") == 0


def test_casualty_verb_before_is_rewritten_whole() -> None:
    got = [(f.target.text if f.target else None, f.suggestion) for f in findings("The blast killed 5.", "爆炸打伤了5人。") if f.code == "TQA205"]
    assert got == [("打伤了5", "杀死了5")]
