"""Release 39, a newcomer's findings (brief r39/newmend): one defect, one finding, with advice that agrees."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.helpers import findings

from transqa.engine import check_paths

# Shaped on a WMT22 e-commerce page: an ingredient blend's brand, translated word by word twice and kept once
_AQUA_EN = ("Formulated with a natural ingredient blend of Red Algae, Brown Algae and Aqua Minerals with Vitamin C.\n\n"
            "Aqua Minerals keeps skin hydrated and supple.\n\n"
            "A hydrating day and night cream that leaves thirsty skin soft.\n\n"
            "Formulated with a natural ingredient blend of Red Algae, Brown Algae and Aqua Minerals with Vitamin C.")
_AQUA_ZH = ("配方采用天然红藻、褐藻和水族矿物质与维生素C混合。\n\n"
            "Aqua Minerals可保持皮肤保湿和柔韧。\n\n"
            "一种日夜保湿霜，让口渴的皮肤变得柔软。\n\n"
            "配方采用天然红藻、褐藻和水族矿物质与维生素C混合。")


def test_a_brand_kept_once_and_translated_word_by_word_is_never_advised_in_its_literal_form() -> None:
    got = [f for f in findings(_AQUA_EN, _AQUA_ZH) if f.code in ("TQA310", "TQA312")]
    literal = [f.target.text for f in got if f.code == "TQA312" and f.target]
    assert literal == ["水族矿物质", "水族矿物质"]
    assert all("水族矿物质" not in (f.suggestion or "") for f in got), [(f.code, f.suggestion) for f in got]
    kept = [f for f in got if f.code == "TQA310"]
    assert [f.target.text for f in kept if f.target] == ["Aqua Minerals"]
    assert "word by word" in kept[0].message and "keep Aqua Minerals in Latin script" in (kept[0].suggestion or "")


# Shaped on archive japan-earthquake-…-sales (`a net loss of €50 million`, `from €160 to €156`): the sign left before
# the words of its clause, the amount after them in pounds, in an article about euros
_STRAY_ZH = ("# 索尼爱立信第二季度亏损\n\n"
             "该季度结束时，€净亏损 5000 万英镑，而去年同期€净利润为 1200 万英镑。\n\n"
             "每部手机的平均价格也下降了，从€的 160 英镑降至€的 156 英镑。\n\n"
             "Expedia 表示将向€支付总计约 4.77 亿欧元。")


def test_a_currency_sign_apart_from_its_amount_is_one_finding_that_advises_deleting_it() -> None:
    got = [f for f in findings(None, _STRAY_ZH) if f.code in ("TQA207", "TQA212")]
    assert [f.code for f in got] == ["TQA207"] * 5, [(f.code, f.message) for f in got]
    assert all("lost its figure" not in f.message for f in got)
    assert [f.suggestion for f in got][0] == "delete “€” and check the currency against the original: 5000 万欧元 if the sign is right"
    assert [f.suggestion for f in got][2].startswith("delete “€的”")
    assert [f.suggestion for f in got][-1] == "delete “€”"  # 4.77 亿欧元 writes the sign's currency
    assert all(r.kind == "delete" and not r.certain for f in got for r in f.repairs)


def test_a_sign_whose_figure_is_really_lost_is_still_told_to_write_the_amount() -> None:
    got = [f for f in findings(None, "该公司在€筹集资金，用于扩张。") if f.code == "TQA207"]
    assert [f.message for f in got] == ["amount “€” has lost its figure"]


def test_a_surname_glossed_with_its_given_name_glued_is_told_its_surname_only() -> None:
    # archive key-details-of-the-kleiner…: `雷莱恩(Ray Lane)`, no dot, then `Lane 先生` bare: 莱恩, not 雷莱恩
    zh = ("# 诉讼要点\n\n"
          "据称，合伙人雷莱恩(Ray Lane)要求她放下她的抱怨。\n\n"
          "诉状写道，莱恩与他关系密切，但 Lane 先生鼓励她继续。")
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert ("Lane", "莱恩") in got and all(s != "雷莱恩" for _t, s in got), got


def test_an_anchor_that_is_the_end_of_a_domain_name_broken_at_its_dot_says_so() -> None:
    zh = ("今天，长尾视频推出了自助视频平台[。TV](https://web.archive.org/web/2023/http://longtail.tv/) ，"
          "它的目标是成为小型出版商负担得起的托管选择。")
    got = [f for f in findings(None, zh) if f.code == "TQA106"]
    assert len(got) == 1 and "longtail.tv" in got[0].message and got[0].suggestion.startswith("write the name whole")
    other = "他说[。详情](https://example.com/tv)见此。"  # punctuation before words, no domain's label: the usual advice
    assert [f.suggestion.split(" (")[0] for f in findings(None, other) if f.code == "TQA106"] == ["move “。” out of the link"]


def _numbers(en: str, zh: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.suggestion) for f in findings(en, zh) if f.category == "number"]


def test_a_european_date_read_as_month_18_is_one_finding_that_suggests_the_date() -> None:
    # WMT22 JDExploreAcademy (a chat): `18.12` (18 December) written 18月12日
    got = _numbers("The parcel was sent on 18.12 by courier.", "包裹已于18月12日通过快递寄出。")
    assert got == [("TQA207", "12月18日 (day and month swapped), or the date of the source")], got


def test_a_changed_label_and_a_count_of_decades_are_suggested_as_they_read() -> None:
    # WMT22 GTCOM (A2 → A3) and Online-B (`6 decades` → 6 年): the label itself, the years the decades count
    assert ("TQA201", "A2") in _numbers("The A2 model fits all wheels.", "A3 型号适合所有车轮。")
    got = _numbers("The company has over 6 decades of experience.", "该公司拥有超过 6 年的经验。")
    assert ("TQA201", "60 年") in got, got


def test_a_title_repeated_under_its_source_line_names_the_first_copy_once() -> None:
    # archive daily-crunch-…-edition: the title line repeated under the 原文 line, the column name translated in both
    zh = ("# 每日危机:考古版\n\n> 原文：<https://techcrunch.com/2006/12/02/daily-crunch-archaeology-edition/>\n\n"
          "# 每日危机:考古版\n\n今天的新闻很多。\n")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "daily-crunch-archaeology-edition.md"
        path.write_text(zh, encoding="utf-8")
        got = [f for f in check_paths(None, str(path)).findings if f.code == "TQA314"]
    assert [f.target.line for f in got if f.target] == [1, 5]
    assert "repeats" not in got[0].message
    assert got[1].message.endswith("this heading repeats line 1's title, reported there too: mend both")


def test_the_text_report_never_breaks_a_suggested_link_between_its_anchor_and_its_address() -> None:
    from transqa.report.wrap import break_offsets

    text = "    → turn it into a link: [视频](http://www.youtube.com/watch?v=VAiH1LX8guk) (machine translation altered it)"
    link = text.index("[视频]")
    for width in range(56, 100):  # the link (50 columns) fits a line; a wider one is folded as any unit wider than the line
        cuts = break_offsets(text, width)
        assert not any(link < c <= link + len("[视频](http://www.youtube.com/watch?v=VAiH1LX8guk)") - 1 for c in cuts), (width, cuts)
    assert break_offsets("中文" * 30, 20) == list(range(10, 60, 10))  # Chinese still breaks between any two characters


def test_a_full_name_run_together_that_the_article_writes_with_its_dot_elsewhere_is_undotted() -> None:
    # archive key-details-of-the-kleiner…: `雷莱恩(Ray Lane)` on line 27, `雷·莱恩` on line 29 (雷: no given name of
    # the archive's table, one character)
    zh = "据称，高级合伙人雷莱恩(Ray Lane)要求她放下抱怨。\n\n诉状写道：“雷·莱恩向她施压，要求其放弃此事。”"
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA324" and f.target]
    assert got == [("雷莱恩", "雷·莱恩")]
    assert not [f for f in findings(None, zh.replace("雷·莱恩", "莱恩")) if f.code == "TQA324"]  # no dotted form: no evidence
    # run together more often than dotted: the article's own form (WMT22 Lan-Bridge: 德克勒克 ×10, 德·克勒克 once)
    klerk = "前总统德克勒克去世。\n\n德克勒克曾与曼德拉分享和平奖。\n\n德·克勒克享年 85 岁。"
    assert not [f for f in findings(None, klerk) if f.code == "TQA324"]
