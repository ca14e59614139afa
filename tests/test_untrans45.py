"""Release 45, archive (issue 19, helper untr): wrong TQA401/TQA402 shapes read among the FALSE untranslated rows of the
development splits — IT in lower case after a verb of skill or before 设计, and a link text that is a product's name
garbled in case (`[happy for iPad](…)`, `[car connected by Telefonica](…)`, `[Windows Mobile 5:smart phone Edition](…)`)."""

from __future__ import annotations

from tests.helpers import findings


def _at(code: str, zh: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == code and f.target is not None]


def test_it_after_a_verb_of_skill_or_before_design_is_the_acronym() -> None:
    # archive shapes (the-story-of-an-internet-troll…, line 13; the-most-effective-habit-for-entrepreneurs, line 19)
    assert _at("TQA401", "然而，在一位精通 it 的朋友的帮助下，他获得了三个 IP 地址。\n") == []
    assert _at("TQA401", "这样他就可以开始学习 it 设计了。\n") == []
    # the pronoun after a verb is still the English word left
    assert _at("TQA401", "然而，部署了 it 的公司似乎更愿意保持现状。\n") == ["it"]


def test_a_link_text_closing_on_a_platform_or_maker_name_is_a_product_name() -> None:
    # archive shapes (totlol-delivers…, line 39; tesla-pays-telefonica…, line 7; cingular-3125…, line 15)
    ipad = "https://web.archive.org/web/2023/https://techcrunch.com/2012/04/17/happly-for-ipad-helps-curious-kids/"
    assert _at("TQA402", f"它们提供视频内容之外的游戏，或[happy for iPad]({ipad})。\n") == []
    tesla = "http://www.teslamotorsclub.com/showthread.php/28040-Telef%C3%B3nica-is-responsible-for-providing"
    assert _at("TQA402", f"通过汽车侧面的“ [car connected by Telefonica]({tesla})”标志。\n") == []
    assert _at("TQA402", "运行[Windows Mobile 5:smart phone Edition](https://example.com/c)的手机。\n") == []
    # a clause that ends on a name is still English left
    assert _at("TQA402", "他说([this was made by Google](https://example.com/e))。\n") == ["this was made by Google"]
    assert _at("TQA402", "土耳其([where Alibaba recently backed an e-commerce firm](https://example.com/d))。\n")


def test_a_link_text_closing_on_for_or_by_and_a_name_is_a_name_only_when_its_address_spells_it() -> None:
    # review of release 45 (/tmp/review/u1.zh.md): English that ends on a name is to translate
    for text in ("acquired by Google", "great news for Apple", "raised funding led by Accel", "happy for iPad"):
        assert _at("TQA402", f"这家公司最近被 [{text}](https://example.com/a)，消息传出后。\n") == [text]
    # the name must be a word of its own in the address, not a part of one (`ipadless`)
    assert _at("TQA402", "或[happy for iPad](https://example.com/ipadless-kids)。\n") == ["happy for iPad"]


def test_an_abbreviation_chinese_writes_out_is_english_left() -> None:
    # archive shapes (wongacom-to-expand-globally…, line 11; back-to-school-a-9-energy-drink-shootout, line 23)
    assert _at("TQA401", "因此，包括费用在内，贷款必须偿还。APR 一般在 2,000pc 以上。\n") == ["APR"]
    assert _at("TQA401", "除非你像我一样对适量的咖啡因和 HFCS 产生了免疫力。\n") == ["HFCS"]


def test_an_abbreviation_in_brackets_after_its_own_chinese_is_a_gloss() -> None:
    # review of release 45 (/tmp/review/u3.zh.md, u4.zh.md)
    for zh in ("这笔贷款的年化利率（APR）为 36%，很高。\n", "高果糖玉米糖浆（HFCS）对健康有害。\n",
               "该市场的复合年增长率（CAGR）为 11%。\n", "他是谷歌的高级副总裁（SVP）。\n", "他是谷歌的高级副总裁(SVP)。\n"):
        assert _at("TQA401", zh) == [], zh
    # APR after Apple is its Premium Reseller, not 年利率
    assert _at("TQA401", "他去了一家苹果 APR 店购买 iPhone。\n") == []
    # outside brackets, or in brackets after other Chinese, still English left
    assert _at("TQA401", "这家公司的 APR 很高。\n") == ["APR"]
    assert _at("TQA401", "这家公司的利润率（CAGR）很高。\n") == ["CAGR"]
