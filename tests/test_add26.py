"""A whole sentence added inside a translated paragraph (issue 18, newcomer26 item 6).

TQA010 read only the last sentence of a paragraph whose English has one or two sentences; a sentence with its own facts
(`该公司还计划明年在美国上市。`, "it also plans to list in the US next year") added at the start or in the middle of a
longer paragraph passed. Release 26 measured a whole-sentence signal (`benchmarks/addition_signals.py`, the `dead …`
rows); release 28 built its last form (`lang.addedsentence`): no clean line of the development splits or of WMT22
reference A, one of WMT24 reference A's 998 paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

EN = ("# Battery startup raises funds\n\n"
      "A battery startup based in Berlin said on Tuesday that it had raised 50 million dollars in a new funding round. "
      "The round was led by a venture capital firm. "
      "The company will use the money to build a new factory and hire more engineers.\n")
SENTENCES = ["总部位于柏林的一家电池初创公司周二表示，它已在新一轮融资中筹集了5000万美元。",
             "本轮融资由一家风险投资公司领投。",
             "该公司将利用这笔资金建造一座新工厂，并招聘更多工程师。"]
ADDED = "该公司还计划明年在美国上市。"


def _codes(tmp_path: Path, zh_sentences: list[str]) -> list[str]:
    from transqa.engine import check_paths

    (tmp_path / "a.en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("# 电池初创公司完成融资\n\n" + "".join(zh_sentences) + "\n", encoding="utf-8")
    return [f.code for f in check_paths(str(tmp_path / "a.en.md"), str(tmp_path / "a.zh.md")).findings]


def test_the_faithful_paragraph_is_clean(tmp_path: Path) -> None:
    assert _codes(tmp_path, SENTENCES) == []


@pytest.mark.parametrize("at", [0, 1, 2])
def test_a_sentence_added_inside_a_paragraph_is_reported(tmp_path: Path, at: int) -> None:
    assert "TQA010" in _codes(tmp_path, SENTENCES[:at] + [ADDED] + SENTENCES[at:])


def test_a_translators_note_sentence_is_not_reported(tmp_path: Path) -> None:
    note = "（译注：该公司还计划明年在美国上市。）"
    assert "TQA010" not in _codes(tmp_path, SENTENCES[:1] + [note] + SENTENCES[1:])


def test_a_sentence_that_renders_its_own_english_sentence_is_not_added() -> None:
    from transqa.lang.addedsentence import added_sentence

    en = EN.split("\n\n", 1)[1].strip()
    # the second English sentence rendered twice over, in other words: each renders `round`, `led`, `firm`
    assert added_sentence(en, "".join(SENTENCES)) == ""
    assert added_sentence(en, "".join(SENTENCES[:2]) + "这一轮由风险投资公司牵头。" + SENTENCES[2]) == ""


def test_a_free_rendering_of_words_no_other_sentence_renders_is_not_added() -> None:
    from transqa.lang.addedsentence import added_sentence

    en = EN.split("\n\n", 1)[1].strip()
    # `hire more engineers` split off and rendered freely: six of its eight dictionary words have no counterpart in
    # the English (a dead sentence), but it alone renders `engineers` ("nothing new" is what keeps it; the test above
    # passes without that guard)
    free = "它希望借此大展拳脚，迅速扩充工程师队伍。"
    assert added_sentence(en, "".join(SENTENCES[:2]) + "该公司将利用这笔资金建造一座新工厂。" + free) == ""


def test_a_reply_before_the_translation_is_reported_once(tmp_path: Path) -> None:
    reply = "抱歉，我无法翻译这句话中的不雅用语。"
    codes = _codes(tmp_path, [reply, *SENTENCES])
    assert "TQA013" in codes
    assert "TQA010" not in codes
