"""Release thirty, names2 (issue 17): an English w written with the h of 怀/惠/华, and a silent first k or w.

Examples written for these tests; the missed label they come from is WMT24 reference A with its injected edits
(heldout18, `Tim Whitehouse` → 怀特豪斯 and 怀特霍斯: 怀特 was heard as no rendering of Whit-, so neither form was Whitehouse's)."""

from tests.helpers import fails

from transqa.checks.transliteration import ACCEPT
from transqa.lang.transliterate import english_skeleton, pinyin_skeleton, rendering_score, syllables


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
    assert english_skeleton("Kevin") == "KFN"  # a k before a vowel is heard


def test_whitehouse_written_two_ways() -> None:
    en = ("Tim Whitehouse, a former enforcement attorney, said the agency had failed its staff.\n\n"
          "The agency did not answer the questions Whitehouse sent to it last week.\n\n"
          "Whitehouse said the staff had been warned about the rules many times before.")
    zh = ("前执法律师蒂姆·怀特豪斯说，该机构辜负了员工。\n\n"
          "该机构没有回答怀特豪斯上周提出的问题。\n\n"
          "怀特霍斯说，员工之前多次被警告过这些规定。\n")
    f = fails("TQA310", en, zh)
    assert f.target is not None and f.target.text == "怀特霍斯" and f.target.line == 5
