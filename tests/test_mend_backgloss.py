"""One walk of a stretch of dictionary words read back into a name (release 41, mend item 7): translated_spans and
spelling_starts (once backgloss.word_starts, a second copy of the walk under transliterate.word_starts's name) read
a stretch alike."""

from __future__ import annotations

import pytest

from transqa.lang import backgloss
from transqa.lang.backgloss import definitions, spelling_starts, translated_spans


def test_the_walk_exists_once_under_a_name_of_its_own() -> None:
    assert not hasattr(backgloss, "word_starts")  # transliterate.word_starts is the only one of that name


@pytest.mark.parametrize(("name", "text"), [("blastmedia", "爆破媒体"), ("sciencescape", "科学景观"),
                                            ("gamechanger", "游戏改变者"), ("pinfluence", "影响力"), ("amplifi", "一个放大器")])
def test_the_starts_are_those_of_the_spans(name: str, text: str) -> None:
    if not definitions():
        pytest.skip("no CC-CEDICT: nothing is read back")
    for s, e in translated_spans(name, text):
        starts = spelling_starts(name, text[s:e])
        assert starts and starts[0] == 0 and starts == sorted(starts)
    if name == "blastmedia":
        assert spelling_starts(name, text) == [0, 5]
    if name == "pinfluence":
        assert spelling_starts(name, text) == []  # `influence` does not spell it from its first letter
