"""Release 41, late1: TQA317's wrong readings a blind reader found (archive-new-verdicts-41.tsv), and two CLI leftovers."""

from __future__ import annotations

import pytest
from tests.helpers import name_as_word, needs_lexicon


@needs_lexicon
@pytest.mark.parametrize(("name", "text", "read"), [
    ("sphero", "球体", False),  # `spheroid` goes on past the name by `id`: another word (the ball, a sphere)
    ("amplifi", "放大器", True),  # `amplifier`: the agent ending
    ("idio", "白痴", True),  # `idiot`: the name is the word cut by a letter
    ("amaze", "惊奇", True),  # `amazed`: an inflection
])
def test_a_definition_word_going_on_past_the_name_is_another_word(name: str, text: str, read: bool) -> None:
    from transqa.lang.backgloss import translated_spans

    assert (list(translated_spans(name, text)) == [(0, len(text))]) is read


# archive spheros-new-augmented-reality-app…: the name in Latin, the ball called 球体 (the common word)
_SPHERO = ("# Sphero 的新增强现实应用\n\nSphero 推出了一款新应用。\n\n这款应用可以将你的球体变成一只 3D 海狸。\n\n"
           "Sphero 的团队说，这只是开始。\n")


@needs_lexicon
def test_the_ball_is_not_the_name_sphero() -> None:
    assert name_as_word("zh/spheros-new-augmented-reality-app-allows-you-to-walk-a-beaver.md", _SPHERO) == []
