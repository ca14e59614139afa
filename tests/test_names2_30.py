"""Release thirty, names2 (issue 17): an English w written with the h of 怀/惠/华, and a silent first k or w.

Examples written for these tests; the missed label they come from is WMT24 reference A with its injected edits
(heldout18, `Tim Whitehouse` → 怀特豪斯 and 怀特霍斯: 怀特 was heard as no rendering of Whit-, so neither form was Whitehouse's)."""

from tests.helpers import fails

from transqa.checks.transliteration import ACCEPT
from transqa.config import Settings
from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.lang.transliterate import english_skeleton, pinyin_skeleton, rendering_score, syllables
from transqa.load import parse
from transqa.load.markdown import parse_markdown


def test_w_written_with_h_finals() -> None:
    assert pinyin_skeleton(syllables("怀特")) == english_skeleton("White") == "FT"
    assert pinyin_skeleton(syllables("惠特尼")) == english_skeleton("Whitney") == "FTN"
    assert rendering_score("Wight", "怀特") >= ACCEPT
    assert rendering_score("Howard", "霍华德") >= ACCEPT
    # 霍 huo and 胡 hu stay an h: Holmes is still heard in 霍姆斯, and 胡 is no w
    assert pinyin_skeleton(syllables("霍姆斯")) == "MS" and pinyin_skeleton(syllables("胡")) == ""


def test_silent_first_letter() -> None:
    assert english_skeleton("Knight") == pinyin_skeleton(syllables("奈特")) == "NT"
    assert english_skeleton("Wright") == pinyin_skeleton(syllables("赖特")) == "LT"
    assert english_skeleton("Kevin") == "KFN" and english_skeleton("Kruse") == "KLS"  # a k before a vowel or an r is heard


def test_whitehouse_written_two_ways() -> None:
    en = ("Tim Whitehouse, a former enforcement attorney, said the agency had failed its staff.\n\n"
          "The agency did not answer the questions Whitehouse sent to it last week.\n\n"
          "Whitehouse said the staff had been warned about the rules many times before.")
    zh = ("前执法律师蒂姆·怀特豪斯说，该机构辜负了员工。\n\n"
          "该机构没有回答怀特豪斯上周提出的问题。\n\n"
          "怀特霍斯说，员工之前多次被警告过这些规定。\n")
    f = fails("TQA310", en, zh)
    assert f.target is not None and f.target.text == "怀特霍斯" and f.target.line == 5


def _dropped(en: str, zh: str) -> list[Finding]:
    """Findings of the preview rule TQA313, selected."""
    return check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA313",))).findings


def test_a_country_named_by_its_abbreviation_is_not_dropped() -> None:
    # wmt-mt heldout14 (WMT21 reference A): China → 中方 four times, reported as dropped before release 30
    en = ("China closed the US consulate in Chengdu on Monday after a week of tension.\n\n"
          "China said the consulate staff were conducting activities not in line with their identities.\n\n"
          "Washington had ordered China to close the Chinese consulate in Houston to protect intellectual property.\n")
    zh = ("中国周一在一周的紧张局势后关闭了美国驻成都领事馆。\n\n中国说，领事馆工作人员从事与其身份不符的活动。\n\n"
          "华盛顿此前要求中方关闭其驻休斯敦领事馆，以保护美国的知识产权和美国人的私人信息。\n")
    assert _dropped(en, zh) == []
    # the same paragraph without any name of the country is still reported
    gone = zh.replace("要求中方关闭其驻休斯敦领事馆", "要求关闭其驻休斯敦的领事馆")
    assert [f.target.line for f in _dropped(en, gone) if f.target is not None] == [5]


def test_an_english_paragraph_is_not_a_dropped_name() -> None:
    en = ("Scholz met Morawiecki in Warsaw on Sunday.\n\nThe talks were friendly, Scholz said after the meeting.\n\n"
          "Scholz will visit Paris and Brussels on Friday to meet the French president, officials said on Sunday.\n")
    zh = ("舒尔茨周日在华沙会见了莫拉维茨基。\n\n舒尔茨在会后说，会谈很友好。\n\n"
          "He will visit Paris and Brussels on Friday to meet the French president, officials said on Sunday.\n")
    assert _dropped(en, zh) == []
