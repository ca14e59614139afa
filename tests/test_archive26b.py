"""Release twenty-six, second round: an editor's reading of real archive articles (newcomer26-report.md, items 4 and 5,
E2–E4). Each case is written after a real archive article of `techcrunch-zh` (named in its test), shortened."""

from __future__ import annotations

import pytest
from tests.helpers import findings

pytest.importorskip("transqa.lang.lexicon")


def _needs_dictionary() -> None:
    from transqa.lang.lexicon import lexicon

    if lexicon() is None:
        pytest.skip("needs the CC-CEDICT lexicon")


# t-mobiles-soccer-contest-could-win-you-a-trip-to-the-fifa-club-world-cup-in-dubai.md: a Spanish campaign's name kept
# as the link text; `a` read as the English article made it "English prose"
SPANISH = ("# T-Mobile 的足球比赛\n\n最后，一个手机促销活动（名为 [Pasaporte a los Partidos](http://en.t-mobilefutbol.com/home.aspx)）"
           "我可以支持！T-Mobile 正与足球管理机构合作。\n")


def test_a_spanish_name_in_a_link_text_is_not_english() -> None:
    _needs_dictionary()
    assert not [f for f in findings(None, SPANISH) if f.code in ("TQA401", "TQA402")]


@pytest.mark.parametrize("text", ["read the full story here", "Get Techcrunch in Stickis too", "in sync with the app"])
def test_english_link_texts_with_unknown_names_are_still_english(text: str) -> None:
    _needs_dictionary()
    zh = SPANISH.replace("Pasaporte a los Partidos", text)
    assert [f.code for f in findings(None, zh) if f.code in ("TQA401", "TQA402")] == ["TQA402"]
