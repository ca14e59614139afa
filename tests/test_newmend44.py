"""Release 44 (brief r44/newmend): what a newcomer found running transqa from the README on archive articles."""

from __future__ import annotations

from tests.helpers import findings

from transqa.lang.transliterate import renders_another_name

# item 1: 霍夫曼 (雷德·霍夫曼, Reid Hoffman) and `Razmig Hovaghimian` share the skeleton F M N (the gh is dropped): two people
VIKI = ("# ViKi 筹集了 430 万美元\n\n"
        "ViKi 首席执行官兼联合创始人 Razmig Hovaghimian 说:“你可以做几个字。”\n\n"
        "它宣布了一笔融资，其中有格雷洛克的雷德·霍夫曼、安德森·霍洛维茨的马克·安德森。\n\n"
        "Hovaghimian 说，这是一个紧张的阵容。例如，伊藤被社区翻译所吸引，而霍夫曼则被 ViKi 的潜力所吸引。\n\n"
        "Hovaghimian 表示，公司将扩张。\n")


def test_a_dictionary_reading_of_another_name_is_not_paired_with_a_latin_name() -> None:
    assert not [f for f in findings(None, VIKI) if f.code == "TQA310"]
    assert renders_another_name("Hovaghimian", "霍夫曼") == "Hoffman"


def test_a_spelling_of_the_dictionary_name_is_still_the_name() -> None:
    assert renders_another_name("Hoffman", "霍夫曼") is None
    assert renders_another_name("Hofmann", "霍夫曼") is None
    assert renders_another_name("Schmitt", "施密特") is None
    assert renders_another_name("Android", "安卓") is None
    # a reading the dictionary gives for names the form does not sound like (梅森: Martin, Mersenne) does not count
    assert renders_another_name("Mason", "梅森") is None


# item 4: a directive for a pair rule in a translation checked alone: that rule did not run, so nothing says the
# directive is unused (removing it would bring the finding back when the pair is checked)
def test_a_directive_for_a_rule_that_did_not_run_is_not_reported_unused() -> None:
    zh = "# 标题\n\n<!-- transqa: ignore[TQA101] 原文有此段 -->\n苹果公司今天发布了新手机。\n"
    assert not [f for f in findings(None, zh) if f.code == "TQA900"]
    mixed = "# 标题\n\n<!-- transqa: ignore[TQA101, TQA302] 原文有此段 -->\n苹果公司今天发布了新手机。\n"
    assert not [f for f in findings(None, mixed) if f.code == "TQA900"]  # TQA101 might still hide something in the pair
    ran = "# 标题\n\n<!-- transqa: ignore[TQA302] 原文有此段 -->\n苹果公司今天发布了新手机。\n"
    assert [f.message for f in findings(None, ran) if f.code == "TQA900"] == ["ignore[TQA302] suppresses nothing"]
    # in the pair, TQA101 runs: an ignore that hides nothing there is unused
    en = "# Title\n\nApple released a new phone today.\n"
    assert [f.message for f in findings(en, zh) if f.code == "TQA900"] == ["ignore[TQA101] suppresses nothing"]


# item 8: the message of a finding whose advice another finding reports says so plainly
def test_a_form_itself_reported_is_said_plainly() -> None:
    from transqa.checks.transliteration import one_rendering_advised
    from transqa.findings import Finding, Location, Severity

    def f(start: int, text: str, suggestion: str, line: int, message: str) -> Finding:
        return Finding("TQA310", "name-two-forms", "name", Severity.WARNING, message, None,
                       Location(line, 1, line, 1 + len(text), text, start, start + len(text)), suggestion)

    minority = f(10, "Bedecarre", "比德卡雷", 35, "“Bedecarre” is introduced as “比德卡雷”, glossed with its Latin name")
    other = f(40, "贝德卡雷", "Bedecarre", 41, "“贝德卡雷” is written “Bedecarre” in Latin script earlier in this article")
    out = one_rendering_advised([minority, other])
    assert out[1].message == ("“贝德卡雷” is written “Bedecarre” in Latin script earlier in this article, yet that “Bedecarre” "
                              "(line 35) is itself to be replaced by “比德卡雷”, the article's usual form of the name: write "
                              "“比德卡雷” here too")
    assert out[1].suggestion == "比德卡雷"


# item 2: the archive's title written again as the first heading is one use of its words, not two
SATURN = ("# Boynq 土星便携式扬声器:接近，但没有雪茄\n\n> 原文：<https://techcrunch.com/2007/05/15/boynq-saturn-portable-speakers/>\n\n"
          "# Boynq 土星便携式扬声器:接近，但没有雪茄\n\n"
          "Boynq (boink？)Saturn 是一款便携式 USB 供电的扬声器系统，可与任何具有 3.5 毫米音频插孔的设备配合使用。\n")


def test_a_repeated_title_is_counted_once() -> None:
    assert not [f for f in findings(None, SATURN) if f.code == "TQA310"]
    # a third use in the body still outvotes the Latin name
    body = SATURN + "\n土星的声音很好，土星也很便宜。\n"
    assert [f.target.text for f in findings(None, body) if f.code == "TQA310" and f.target] == ["Saturn"]


# item 5: a placeholder that is the whole text of a link: the link lost its words; deleting the token would drop it
def test_a_placeholder_that_is_a_links_text_is_the_links_lost_words() -> None:
    zh = ("# 标题\n\n该公司还将宣布面向 Mac 的 SlingPlayer，用户能够在该公司最近推出的 Sling.com 视频中心"
          "[T4](https://web.archive.org/web/20221003205849/http://www.sling.com/)上观看高清内容。\n")
    got = [f for f in findings(None, zh) if f.code == "TQA303"]
    assert len(got) == 1 and got[0].target is not None and got[0].target.text == "T4"
    assert "whole text of a link to sling.com" in got[0].message
    assert got[0].suggestion is not None and "sling.com" in got[0].suggestion and not got[0].suggestion.startswith("unless")
    assert not got[0].repairs
