"""Release twenty-four: a name kept in Latin script beside its Chinese rendering (TQA310), where the rendering runs
into the next word, and where the Latin form stands in a list of names the article renders elsewhere.

heldout10 (WMT22 Online-Y ecommerce_en_44): 诺顿 in two paragraphs (诺顿安全豪华版 among them), `Norton` kept in three;
heldout8-10 (WMT22 stv.tv.1681): `Arwen和Barra` kept, 阿文 and 巴拉 in the next two paragraphs."""

from __future__ import annotations

from tests.helpers import fails, findings, passes

EN = ("Norton Security Deluxe includes help from certified Norton technicians.\n\n"
      "You must renew your Norton subscription directly from the store, or subscribe to the Norton renewal service.\n\n"
      "The Norton subscription must be installed before the device is infected.\n\n"
      "See Norton website for more detail.\n\n"
      "You may get a refund of the Norton bundle price.\n")
ZH = ("诺顿安全豪华版包括经认证的诺顿技术人员的帮助。\n\n"
      "您必须直接从商店续订诺顿订购，或者订阅诺顿自动续订服务。\n\n"
      "在设备感染病毒之前，必须安装 Norton 订购。\n\n"
      "有关更多详细信息，请参阅 Norton 网站。\n\n"
      "您可能会收到 Norton 捆绑包价格的退款。\n")


def test_a_rendering_that_runs_into_the_next_word_counts_as_the_article_s_rendering() -> None:
    # 诺顿安 of 诺顿安全 is 诺顿 beside 安全 (security): two paragraphs write 诺顿 four times against three Latin forms
    fs = [f for f in findings(EN, ZH) if f.code == "TQA310"]
    assert sorted(f.target.text for f in fs if f.target is not None) == ["Norton", "Norton", "Norton"]
    assert all(f.suggestion == "诺顿" for f in fs)


def test_the_latin_forms_of_a_name_rendered_once_are_not_outnumbered() -> None:
    # one paragraph renders it, four keep it: the rendering is the odd one, never the Latin forms
    zh = ZH.replace("您必须直接从商店续订诺顿订购，或者订阅诺顿自动续订服务。", "您必须直接从商店续订 Norton 订购，或者订阅 Norton 自动续订服务。")
    assert all(f.target is not None and f.target.text != "Norton" for f in findings(EN, zh) if f.code == "TQA310")


STORMS_EN = ("It follows two named storms, Arwen and Barra, that brought disruption to the country.\n\n"
             "More than 100,000 homes lost power in the damage wrought by Storm Arwen in November.\n\n"
             "Storm Barra disrupted supplies to around 10,000 homes just 11 days later.\n")


def test_a_list_of_latin_names_each_rendered_elsewhere_is_the_odd_one() -> None:
    # heldout8-10 (WMT22 stv.tv.1681, four systems): `Arwen和Barra` kept, 阿文 and 巴拉 in the next two paragraphs
    zh = ("此前，两场名为Arwen和Barra的风暴给该国大部分地区带来了广泛的干扰。\n\n"
          "11月，阿文风暴造成的极端破坏使超过10万个家庭断电。\n\n"
          "仅仅11天后，巴拉风暴就中断了对大约1万户的供应。\n")
    fs = [f for f in findings(STORMS_EN, zh) if f.code == "TQA310"]
    assert [(f.target.text, f.suggestion) for f in fs if f.target is not None] == [("Arwen", "阿文")]  # one finding a list
    # the other name's rendering and line, so the reader sees it is written in Chinese (newcomer 37 doubted it)
    assert "with Barra (written “巴拉” on line 5), and rendered “阿文”" in fs[0].message
    # quoted names of a list are listed too (`“Arwen”和“Barra”`)
    quoted = zh.replace("Arwen和Barra", "“Arwen”和“Barra”")
    assert len([f for f in findings(STORMS_EN, quoted) if f.code == "TQA310"]) == 1


def test_a_list_with_a_name_never_rendered_is_the_sentence_s_choice() -> None:
    # WMT22 Online-Y: Barra is kept in Latin script in its own paragraph too: the list is not the odd one
    zh = ("此前，两场名为Arwen和Barra的风暴给该国大部分地区带来了广泛的干扰。\n\n"
          "11月，阿文风暴造成的极端破坏使超过10万个家庭断电。\n\n"
          "仅仅11天后，Barra风暴就中断了对大约1万户的供应。\n")
    passes("TQA310", STORMS_EN, zh)


RENTALS_EN = ("I finally gave up and walked over to Hertz, who charged me a fortune.\n\n"
              "I swore to never use that counter again.\n\n"
              "National & Hertz have always been good experiences for me.\n")


def test_a_name_rendered_then_kept_in_a_list_of_latin_names() -> None:
    # heldout8, heldout9, heldout11 (WMT22 t1_hogip6m, three systems): 赫兹 first, then `National和Hertz`
    zh = "我终于放弃了，走到赫兹那里，他收了我一大笔钱。\n\n我发誓再也不去那个柜台了。\n\nNational和Hertz对我来说一直是很好的体验。\n"
    f = fails("TQA310", RENTALS_EN, zh)
    assert f.target is not None and f.target.text == "Hertz" and f.suggestion == "赫兹"


def test_a_list_of_latin_names_before_the_rendering_is_the_sentence_s_choice() -> None:
    # the list first (`Fox 和 Seven` of WMT22 reference A, then 福克斯): the translation wrote its names in Latin script
    en = ("National & Hertz have always been good experiences for me.\n\n"
          "I swore to never use that counter again.\n\n"
          "I finally gave up and walked over to Hertz, who charged me a fortune.\n")
    zh = "National和Hertz对我来说一直是很好的体验。\n\n我发誓再也不去那个柜台了。\n\n我终于放弃了，走到赫兹那里，他收了我一大笔钱。\n"
    passes("TQA310", en, zh)


def test_a_latin_form_after_the_name_was_glossed_in_chinese_is_the_odd_one() -> None:
    # heldout19 (WMT22 Online-Y rte.en.ie.26304): 阿尔菲·巴比里（Alfie Barbeary）, then `Barbeary` beside `Carbery` (a
    # name rendered elsewhere: not a sentence the translation writes in Latin script by choice), then 巴比里
    en = ("Alfie Barbeary's all-action display was capped with a superb try.\n\n"
          "Carbery kicked a penalty, and soon after Wasps looted a try from Barbeary.\n\n"
          "The home side kept attacking, and Barbeary delivered big hits.\n\n"
          "Joey Carbery missed the last kick.\n")
    zh = ("阿尔菲·巴比里（Alfie Barbeary）的全能表现以一次精彩的达阵告终。\n\n"
          "Carbery 罚进一球，不久之后黄蜂队从 Barbeary 那里抢下一次达阵。\n\n"
          "主队不断进攻，巴比里送出了几次重击。\n\n"
          "乔伊·卡伯里错过了最后一脚。\n")
    fs = [f for f in findings(en, zh) if f.code == "TQA310" and f.target is not None and f.target.text == "Barbeary"]
    assert len(fs) == 1 and fs[0].suggestion == "巴比里"
    assert not [f for f in findings(en, zh) if f.code == "TQA310" and f.target is not None and f.target.line == 5]


def test_a_rendering_glossed_as_part_of_a_dotted_whole_name_is_the_translation_s_choice() -> None:
    # heldout10 (WMT22 Online-B t1_h0856ek): 詹姆斯·兰迪（James Randi） glosses 詹姆斯 too: it is not the odd one
    en = ("This is letting Uri Geller try his tricks on James Randi, said Lindqvist.\n\n"
          "Haverford and Bozkir agreed with Lindqvist.\n\n"
          "This is Uri Geller trying his tricks on James Randi, not liking the results.\n")
    zh = ("Lindqvist 说，这让 Uri Geller 对 James Randi 耍花招。\n\n"
          "Haverford 和 Bozkir 同意 Lindqvist 的看法。\n\n"
          "这是乌里·盖勒（Uri Geller）对詹姆斯·兰迪（James Randi）耍花招，却不喜欢结果。\n")
    assert not [f for f in findings(en, zh) if f.code == "TQA310" and f.target is not None and f.target.text == "詹姆斯"]
