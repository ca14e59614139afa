"""Release 30, archive (issue 19): the Chinese alone."""

from __future__ import annotations

from tests.helpers import findings, passes


def _broken(zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion) for f in findings(None, zh) if f.code == "TQA315"]


def test_a_linked_site_whose_domain_ending_was_translated_after_its_dot() -> None:
    # archive dev2, singaporean-accelerator-jfdi-asias-latest-intake… lines 1, 5, 9, 11: `JFDI。亚洲` for JFDI.Asia
    zh = ("# JFDI。亚洲最新成员汇集了来自 9 个国家的企业家\n\n新加坡的[快乐青蛙数字孵化器](https://web.archive.org/web/2023/http://jfdi.asia/)"
          "宣布了新成员。JFDI。亚洲是一家加速器。\n\n本周拍卖的还有视频网站 [YouAre。电视](https://web.archive.org/web/2023/http://www.youare.tv/)。\n")
    assert _broken(zh) == [("JFDI。亚洲", "JFDI.Asia"), ("JFDI。亚洲", "JFDI.Asia"), ("YouAre。电视", "YouAre.tv")]


def test_a_sentence_that_opens_with_the_word_is_no_broken_name_without_the_link() -> None:
    # the same words with no link to the site: a sentence about Asia after a sentence that ends with the name
    passes("TQA315", None, "# 加速器\n\n我们参观了 JFDI。亚洲是一个大市场。\n")
    # a linked site with another ending: the Chinese word after its name is a new sentence
    passes("TQA315", None, "# 加速器\n\n我们参观了 [JFDI](https://jfdi.com/)。亚洲是一个大市场。\n")


def test_a_placeholder_standing_as_a_line_of_its_own() -> None:
    # archive dev2, feeds-20-a-little-like-searchfox lines 18-19: `T3` then `T5`, each a line of the last paragraph
    zh = "# Feeds 2.0\n\n在主页上注册私人测试版。\nT3\nT5\n"
    got = [f.target.text for f in findings(None, zh) if f.code == "TQA303" and f.target]
    assert got == ["T3", "T5"]
    # a model name alone in its paragraph is a paragraph, not a line among others
    passes("TQA303", None, "# 相机\n\nT5\n\n这款相机很好。\n")


def test_a_rough_transliteration_of_a_name_kept_twice_in_latin_script() -> None:
    # archive dev3, proporta-releases-wireless-fm-stereo-transmitter line 9: `普罗塔的` once, `Proporta` twice
    zh = ("# Proporta 发布无线调频立体声发射器\n\n所以我想买一台普罗塔的新无线调频发射机。\n\n"
          "Proporta 的这款发射机售价 30 美元。\n")
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert got == [("普罗塔", "Proporta")]


def test_a_common_word_kept_twice_is_not_the_name_a_run_renders() -> None:
    # archive, republic-wireless-…: `Wireless` twice (Republic Wireless) beside 威瑞森 (Verizon) once
    zh = ("# Republic Wireless 推出混合运营商\n\n它是威瑞森和美国电话电报公司的替代品。\n\n"
          "Republic Wireless 的服务每月 19 美元。\n")
    passes("TQA310", None, zh)
