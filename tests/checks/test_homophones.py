"""TQA310 on a homophone slip: a name written in one place with another character of the same sound (柯维 / 科维,
伊玛目 / 伊玛姆). Short examples written for these tests, modelled on the archive and on injected references."""

import pytest
from tests.helpers import fails, findings, passes

from transqa.lang.transliterate import proper_names

needs_cedict = pytest.mark.skipif(proper_names() is None, reason="CC-CEDICT (the lexicon extra) is not installed")

COVEY = ("# 企业家最有效的习惯\n\n{}在书中写道，习惯决定成败。\n\n柯维认为，先做最重要的事。\n\n"
         "柯维的建议被许多创业者采纳。\n")

IMAM_EN = ("Pakistan batsman Imam-ul-Haq was hit on his left hand in a warm-up match.\n\n"
           "PCB Whites' Imam was hit on his left hand while batting against Naseem Shah.\n\n"
           "Imam was struck on the left hand by a ball from Shah on Friday.\n")
IMAM_ZH = ("巴基斯坦击球手伊玛目•乌尔•哈克在热身赛中左手被击中。\n\n"
           "PCB白队{}在对阵纳西姆•沙阿时左手受伤。\n\n伊玛目周五被沙阿的一个球击中左手。\n")


def test_a_two_character_surname_in_another_character_is_reported_without_the_original() -> None:
    f = fails("TQA310", None, COVEY.format("斯蒂芬·科维"))
    assert (f.target.text, f.target.line, f.suggestion) == ("科维", 3, "柯维")
    assert "same sound" in f.message and "2 times, first on line 5" in f.message
    passes("TQA310", None, COVEY.format("斯蒂芬·柯维"))


def test_as_often_as_the_other_form_neither_is_the_slip() -> None:
    # once each, neither a dictionary word: which one the article means is not told (孟晚洲 / 孟晚舟 of heldout15)
    zh = "# 企业家最有效的习惯\n\n斯蒂芬·科维在书中写道，习惯决定成败。\n\n柯维认为，先做最重要的事。\n"
    assert not [f for f in findings(None, zh) if "same sound" in f.message]


def test_another_sound_is_no_homophone_slip() -> None:
    assert not [f for f in findings(None, COVEY.format("斯蒂芬·科尔")) if "same sound" in f.message]


@needs_cedict
def test_a_rendering_in_another_character_of_a_dictionary_name_is_reported_with_the_original() -> None:
    f = fails("TQA310", IMAM_EN, IMAM_ZH.format("伊玛姆"))
    assert (f.target.text, f.suggestion) == ("伊玛姆", "伊玛目") and "same sound" in f.message
    passes("TQA310", IMAM_EN, IMAM_ZH.format("伊玛目"))


@needs_cedict
def test_a_dictionary_word_is_no_slip() -> None:
    # 科林斯 (Corinth) is a CC-CEDICT name of its own: the sound tests that read Collins from the original tell it apart
    zh = "# 书评\n\n柯林斯写得很好。\n\n科林斯的故事很长。\n\n柯林斯的下一本书在秋天出版。\n"
    assert not [f for f in findings(None, zh) if "same sound" in f.message]


# A spokesman's name in characters of its own (no transliteration characters), after heldout14's WMT21 reference
SPOKESMAN_EN = ("China denounced the raid on Saturday.\n\n"
                "Foreign ministry spokesman Wang Wenbin gave no details.\n\n"
                "Wang Wenbin said the raid broke international law.\n\n"
                "On Monday Wang Wenbin repeated the charge.\n")
SPOKESMAN_ZH = ("中国周六谴责了这次突袭。\n\n外交部发言人{}没有透露任何细节。\n\n"
                "汪文斌表示，这一行为违反了国际法。\n\n周一，汪文斌重申了这一指控。\n")


@pytest.mark.parametrize("en", [None, SPOKESMAN_EN], ids=["without the original", "with the original"])
def test_a_chinese_name_with_a_character_of_its_given_name_changed_is_reported(en: str | None) -> None:
    f = fails("TQA310", en, SPOKESMAN_ZH.format("汪文彬"))
    assert (f.target.text, f.target.line, f.suggestion) == ("汪文彬", 3, "汪文斌")
    assert "same sound" in f.message and "2 times, first on line 5" in f.message
    passes("TQA310", en, SPOKESMAN_ZH.format("汪文斌"))


def test_a_chinese_name_written_once_each_way_is_not_told() -> None:
    # 孟晚洲 then 孟晚舟, once each (heldout15's WMT21 reference B): which one the article means is not told
    zh = "# 汇丰深陷外交风波\n\n加拿大逮捕了华为首席财务官孟晚洲。\n\n孟晚舟目前面临一系列欺诈指控。\n"
    assert not [f for f in findings(None, zh) if "same sound" in f.message]


def test_a_surname_and_a_word_are_no_chinese_name() -> None:
    # 高度 and 方法 are common words: a window that starts with a surname character is no name then
    zh = "# 新方法\n\n这座楼的高度很高。\n\n高度是关键。\n\n高渡不是。\n\n方法是关键，方法很多。\n"
    assert not [f for f in findings(None, zh) if "same sound" in f.message]


def test_a_word_running_into_the_surname_is_no_chinese_name() -> None:
    # 俄罗斯是 twice and 俄罗斯时 once: 罗 (a surname) is the middle of 俄罗斯, no name's first character
    zh = "# 速卖通\n\n俄罗斯是大市场。\n\n俄罗斯是重点。\n\n运营俄罗斯时，它将对支付宝开放。\n"
    assert not [f for f in findings(None, zh) if "same sound" in f.message]


HARPER = ("# 加拿大大选\n\n总理斯蒂芬·哈珀周一宣布提前大选。\n\n反对党批评了这一决定。\n\n"
          "{}说，选民需要一个明确的选择。\n\n哈珀的支持率在上升。\n")


@needs_cedict
def test_a_two_character_name_alone_in_another_character_of_a_dot_name_part_is_reported() -> None:
    # 哈坡 alone, no transliteration run of three nor a `·` part: the article's `·` name 斯蒂芬·哈珀 tells the sound
    f = fails("TQA310", None, HARPER.format("哈坡"))
    assert (f.target.text, f.target.line, f.suggestion) == ("哈坡", 7, "哈珀") and "same sound" in f.message
    passes("TQA310", None, HARPER.format("哈珀"))


def test_a_two_character_window_that_words_run_into_is_no_name() -> None:
    # 道森 of 杰克·道森 twice; 道生 of 知道生活 is the end of 知道 and the start of 生活, no name
    zh = "# 泰坦尼克号\n\n杰克·道森登上了船。\n\n道森爱上了露丝。\n\n他终于知道生活的意义。\n"
    assert not [f for f in findings(None, zh) if "same sound" in f.message]


def test_a_two_character_window_inside_an_idiom_is_no_name() -> None:
    # archive (venture-assistance-…): 集思 of 集思广益 read as 基思 of 基思·拉博伊斯
    zh = "# 董事会\n\n基思·拉博伊斯是董事。\n\n基思说，好的团队会集思广益。\n\n像基思这样的董事很少。\n"
    assert not [f for f in findings(None, zh) if "same sound" in f.message]


def test_a_two_character_window_inside_a_longer_name_is_no_slip() -> None:
    # heldout11 (cnn.81799): 莱斯 of 莱斯塔特 (Lestat) beside 安妮·赖斯 (Anne Rice)
    zh = "# 作家去世\n\n作者安妮·赖斯去世。\n\n赖斯最大的成功是吸血鬼莱斯塔特的故事。\n\n赖斯生于新奥尔良。\n"
    assert not [f for f in findings(None, zh) if "same sound" in f.message]
