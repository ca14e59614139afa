"""Release 33 (issues 17, 19): names rendered as common words, and the precision of TQA317's compounds read by glosses."""

from __future__ import annotations

from tests.helpers import name_as_word, needs_lexicon


@needs_lexicon
def test_a_gloss_inside_a_capitalised_part_is_no_word_of_the_name() -> None:
    # archive brow-si-prestashop: 其他商店 (else/rest + shop) is `other stores`, `rest` stands inside Presta
    zh = ("# Brow.si 与 PrestaShop 合作\n\nPrestaShop 是一个电商平台。\n\n"
          "一个让购物者分享产品页面和其他商店内容的按钮。\n\nPrestaShop 的商家可以安装它。\n")
    assert name_as_word("zh/brow-si-prestashop.md", zh) == []
    # the gloss of a whole part still reads the name (smart+shopp… of SmartShopper)
    zh = "# SmartShopper 需要降价\n\nSmartShopper 是一款购物设备。\n\n我翻找我的智能购物器。\n\nSmartShopper 售价 147 美元。\n"
    assert name_as_word("zh/smartshopper.md", zh) == [("智能购物器", "SmartShopper")]


@needs_lexicon
def test_a_run_that_leaves_the_names_last_part_out_is_the_sentences_words() -> None:
    # archive photoapplink-ties-iphone-photo-apps-…: 照片应用程序, photo apps, is no rendering of PhotoAppLink
    zh = ("# PhotoAppLink 将 iPhone 照片应用程序捆绑在一起\n\nPhotoAppLink 是一个开放的协议。\n\n"
          "一群照片应用程序开发人员聚集在一起。\n\nPhotoAppLink 今天发布。\n")
    assert name_as_word("zh/photoapplink.md", zh) == []


@needs_lexicon
def test_a_run_that_starts_with_a_word_chinese_writes_whole_is_not_the_name() -> None:
    # archive apple-tightens-the-noose-on-apps-…: 应用商店本身, the App Store itself, is no rendering of AppShopper
    zh = ("# 苹果收紧推荐应用\n\nAppShopper 被下架了。\n\n苹果称这些应用程序与应用商店本身没有足够的区别。\n\n"
          "AppShopper 的开发者很失望。\n")
    assert name_as_word("zh/apple-tightens.md", zh) == []


@needs_lexicon
def test_a_credit_in_its_established_chinese_name_is_not_a_literal_slip() -> None:
    # archive an-end-to-bank-related-phishing: 【外交政策 via …】 credits Foreign Policy by its Chinese name; the
    # archive's 【行刑队】 for firingsquad.com is still a literal rendering
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    def credits(zh: str) -> list[str | None]:
        return [f.target.text if f.target else None
                for f in check_documents(None, parse_markdown("zh/x.md", zh)).findings if f.code == "TQA319"]

    zh = "# 银行网络钓鱼的终结\n\n[自己领域的主人](http://www.foreignpolicy.com/story/cms.php?story_id=3798)【外交政策】\n"
    assert credits(zh) == []
    zh = "# 吃豆人世界锦标赛公布\n\n[锦标赛公布](http://www.firingsquad.com/news/newsarticle.asp?searchid=15120)【行刑队】\n"
    assert credits(zh) == ["行刑队"]
