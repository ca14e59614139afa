"""Release 47 (issue 18): each kind the issue's "What real MT does" list names, with the rule that reports it (the
illustrations are the issue's, or WMT23 NLLB_Greedy lines of the development splits), and the stock line a weak system
writes in place of a translation (TQA001). The table with the labelled dev rows of each kind is in
`benchmarks/issue-18-misses.md`, "Release 47: the issue's kinds"."""

from __future__ import annotations

from tests.helpers import findings, needs_lexicon

EN3 = "The city council met on Tuesday evening to discuss the budget.\n\n{}\n\nThe meeting ended at nine o'clock.\n"
ZH3 = "市议会周二晚上开会讨论预算。\n\n{}\n\n会议在九点结束。\n"


def _codes(en: str, zh: str) -> set[str]:
    return {f.code for f in findings(EN3.format(en), ZH3.format(zh))}


@needs_lexicon
def test_a_sentence_cut_at_a_comma_is_tqa005() -> None:
    en = "When the storm reached the coast on Sunday, officials ordered 3,000 residents to leave."
    assert "TQA005" in _codes(en, "周日风暴抵达海岸时，")


@needs_lexicon
def test_a_quote_left_open_and_a_lost_attribution_are_tqa008() -> None:
    quoted = '"We will keep working on this until every family has a home," she said.'
    assert "TQA008" in _codes(quoted, "“我们会继续努力，")
    assert "TQA008" in _codes("The company will close three factories in Ohio next year, the spokesman said.",
                              "该公司明年将关闭俄亥俄州的三家工厂。")
    # a quotation's attribution at a normal length is left alone (the speaker may be named where the quotation opens);
    # over the 22 development splits it would add 3 labelled lines for 2 unlabelled ones and 2 of reference A
    assert "TQA008" not in _codes(quoted, "“我们会继续努力，直到每个家庭都有一个家。”")


@needs_lexicon
def test_the_first_sentence_of_a_two_sentence_paragraph_dropped_is_tqa016() -> None:
    en = "The company said on Monday that it would close three factories in Ohio. About 2,000 workers will lose their jobs."
    assert "TQA016" in _codes(en, "约2000名工人将失去工作。")


@needs_lexicon
def test_a_handle_dropped_at_the_start_is_tqa007() -> None:
    assert "TQA007" in _codes("@user13 I think the new parking rules are a big mistake for the city.",
                              "我认为新的停车规定对这座城市来说是一个大错误。")


@needs_lexicon
def test_additions_repetition_an_inserted_paragraph_and_replies() -> None:
    assert "TQA009" in _codes("The key is to keep the water clean.", "关键是，关键是，关键是，关键是，关键是，关键是，关键是。")
    en = EN3.format("The mayor thanked the volunteers for their hard work.")
    zh = "市议会周二晚上开会讨论预算。\n\n市长感谢志愿者的辛勤工作。\n\n苹果公司今天发布了新款手机，售价为999美元。\n\n会议在九点结束。\n"
    assert [f.target.text for f in findings(en, zh) if f.code == "TQA002" and f.target] == ["苹果公司今天发布了新款手机，售价为999美元。"]
    # an answer instead of a translation: in English it is untranslated text (TQA401), in Chinese a reply (TQA013)
    assert "TQA401" in _codes("The mayor thanked the volunteers for their hard work.", "I'm sorry, but I can't translate this text.")
    assert "TQA013" in _codes("The mayor thanked the volunteers for their hard work.", "对不起，我无法翻译这段文字。")


# WMT23 NLLB_Greedy lines the readers labelled substitutions (heldout: rfloyd7…:410, jewelry-3…:1821)
STOCK = [
    ("Yesterday I had the best time with my friend and former rabbi colleague.", "现在我知道我在哪里."),
    ("So if you are purchasing this ring with the intent to wear it only occasionally, I say go for it!!",
     "现在, 您可以在您的手上找到它."),
]


@needs_lexicon
def test_a_stock_line_in_place_of_the_translation_is_tqa001() -> None:
    for en, zh in STOCK:
        found = [f for f in findings(EN3.format(en), ZH3.format(zh)) if f.code == "TQA001"]
        assert [f.target.text for f in found if f.target] == [zh], en
        assert "stock phrase (“现在”)" in found[0].message


@needs_lexicon
def test_a_stock_opening_that_translates_is_no_substitution() -> None:
    # the English says `now`; a line at its length (`It is time to fight back.`, four systems); a line that stops at a
    # comma (TQA005's); a translation that renders the words
    assert "TQA001" not in _codes("Now the volunteers have finally gone home after a very long day.", "现在一切都结束了。")
    assert "TQA001" not in _codes("Time to fight back.", "现在是反击的时候了。")  # (`It is time` is said as 现在: _EN_NOW)
    assert "TQA001" not in _codes(STOCK[0][0], "现在我知道我在哪里,")
    assert "TQA001" not in _codes(STOCK[0][0], "现在回想起来，昨天我和我的朋友、以前的拉比同事度过了最美好的时光。")
