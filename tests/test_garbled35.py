"""Release 35 (issue 19, r35-garbled): placeholders glued to markup; link texts misspelling their own address."""

from __future__ import annotations

from tests.helpers import target_findings as _findings


def test_a_placeholder_glued_to_links_and_images_is_a_stray_token() -> None:
    # archive shapes (dave-sifrys-state-of-the-blogosphere.md:9, wii-kiosks-in-japan.md:11): the block's text drops
    # the markup, so `…gif)T5T7[T9](…)` read as tokens glued to nothing
    zh = ("# 标题\n\n[T3](http://a.com/x.gif)T5T7[T9](http://a.com/y.gif)\n\n"
          "![](img/a.png)T3![](img/b.png)T5![](img/c.png)\n\nT12<param name=\"movie\" value=\"v\">T14<param name=\"a\">\n")
    got = [t for t, _ in _findings(zh, "TQA303")]
    assert got == ["T3T5T7T9", "T3T5", "T12T14"]
    # a run of more than four glued tokens is one token, read from its first
    zh = "# 标题\n\n[T1](http://a.com/x.gif)T2[T3](http://a.com/y.gif)T5T7[T9](http://a.com/z.gif)\n"
    assert [t for t, _ in _findings(zh, "TQA303")] == ["T1T2T3T5T7T9"]


def test_a_model_name_in_emphasis_or_a_link_is_no_placeholder() -> None:
    # a token after a Latin word and a space is a model's name (`**Sony T5**`), whatever markup follows it
    assert _findings("# 标题\n\n我们评测了 **Sony T5**\n\n见 [Nokia T7](http://a.com/x)\n", "TQA303") == []


def test_a_link_text_that_misspells_its_own_address_is_reported() -> None:
    # archive shapes (shutterfly-takes-photo-printing-to-the-bank-in-ipo.md:17, end-of-speculation-….md:9)
    zh = ("# 标题\n\n照片印刷初创公司，如[onetrumedia](https://web.archive.org/web/2021/https://beta.techcrunch.com/tag/"
          "OneTrueMedia)、[weely](http://www.weebly.com/) 和 [myssocial 24x7](http://www.crunchbase.com/company/"
          "mysocial-24x7)。\n")
    got = _findings(zh, "TQA325")
    assert [t for t, _ in got] == ["onetrumedia", "weely", "myssocial 24x7"]
    assert "OneTrueMedia" in got[0][1]


def test_a_link_text_that_holds_its_address_name_or_differs_in_digits_is_not_misspelt() -> None:
    zh = ("# 标题\n\n[Square](https://squareup.com/x)、[Firefox 22](http://www.firefox.com/22)、"
          "[Turntable.fm](http://turntable.fm/) 和 [Weebly](http://www.weebly.com/) 以及 [Flickr](http://flickr.com/x)"
          "、[crunchbase](http://www.crunchbase.com/company/x)。\n")
    assert _findings(zh, "TQA325") == []
