"""Release 35, numbers (issue 16): figures split by a space, full-width thousands separators after a clause's comma."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.quantities import chinese_quantities, garbled_numbers

ZH_SPLIT = "苹果零售店第四季度销售额达 4 2 亿美元。"  # TechCrunch archive, `$4.2B` of one title and its body


def _number_findings(en: str | None, zh: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(f.code, f.target.text if f.target else None, f.suggestion, bool(f.certain_repairs))
            for f in findings(en, zh) if f.category == "number"]


@pytest.mark.parametrize(("en", "fixed"), [
    ("Apple retail stores did $4.2B worth of sales in Q4.", "42"),  # 4.2B is 42 亿: a space slipped into 42
    ("Apple retail stores did $420 million worth of sales in Q4.", "4.2"),  # the decimal point lost
])
def test_split_figure_settled_by_the_source(en: str, fixed: str) -> None:
    # one finding, the broken figure, with the reading the source gives as a certain repair; no TQA201/TQA202 beside it
    assert _number_findings(en, ZH_SPLIT) == [("TQA207", "4 2", fixed, True)]


def test_split_figure_the_source_does_not_settle() -> None:
    got = _number_findings("Apple retail stores did $5.2B worth of sales in Q4.", ZH_SPLIT)
    assert ("TQA207", "4 2", "4.2 or 42: check the figure", False) in got
    assert any(code == "TQA201" for code, *_ in got)  # 5.2B is neither reading: the figure is wrong too


def test_split_figure_without_the_source() -> None:
    assert _number_findings(None, ZH_SPLIT) == [("TQA207", "4 2", "4.2 or 42: check the figure", False)]


@pytest.mark.parametrize("zh", [
    "迄今已收到 3 780 美元。",  # a group of three after the space: a thousands separator (GB/T 15835 allows it)
    "已经有 50 000 个签证。",
    "iPhone 4 2 亿部的销量",  # a name's figure after a Latin word
    "分别为 4 2 个和 3 个",  # no scale word after it
])
def test_not_a_split_figure(zh: str) -> None:
    assert not [x for x in garbled_numbers(zh) if " " in x[2]]


def test_space_grouped_thousands_read_whole() -> None:
    assert [q.value for q in chinese_quantities("迄今已收到 3 780 美元。")] == [3780.0]


def test_full_width_thousands_after_a_clause_comma() -> None:
    # WMT22 Online-A abcnews.53861 line 99, labelled `number` (heldout6): the clause's own comma before the figure
    en = "with the National Weather Service saying snow is possible for areas above 2,000 feet (610 meters)."
    zh = "国家气象局表示，2，000英尺（610米）以上的地区可能会有积雪。"
    assert _number_findings(en, zh) == [("TQA207", "2，000", "2,000", True)]
    assert [x[2] for x in garbled_numbers("之后一周，50，000 个网站，1，000，001 次")] == ["50，000", "1，000，001"]


def test_list_of_the_source_after_a_clause_comma_stays_a_list() -> None:
    en = "It comes in sizes 128, 256 and 512."
    assert not _number_findings(en, "它有多种尺寸，128，256 和 512。")


@pytest.mark.parametrize(("zh", "left"), [
    ("该公司已经拥有了近 10 万 10K 用户。", ["10K"]),  # TechCrunch archive, labelled: 10K is 1 万, not 10 万
    ("这台售价 5000 美元的 4K 电视将于下月上市。", []),  # a resolution
    ("售价 2000 美元的 64K 内存", []),  # kilobytes
    ("售价 300 美元的 10K 金戒指", []),  # karats
])
def test_k_after_an_amount_before_a_han_word(zh: str, left: list[str]) -> None:
    assert [f.target.text for f in findings(None, zh) if f.code == "TQA207" and f.target] == left


@pytest.mark.parametrize(("zh", "told"), [
    # TechCrunch archive shapes: a US story with one US amount and one in pounds (`$20 million` rendered 英镑)
    ("# 特斯拉盈利了\n\n特斯拉本月盈利 100 万美元。\n\n这是一家 2000 万英镑的业务。\n", ["2000 万英镑"]),
    # a name's 英 (斯蒂芬·英格尔) places nothing in Britain
    ("# 融资\n\n斯蒂芬·英格尔说，公司融资 1.22 亿美元和 1.66 亿美元。\n\n随后又募集了 20 亿英镑。\n", ["20 亿英镑"]),
    # a price glossed in US dollars at a rate the pound has had: the original's own conversion
    ("# 手柄\n\n这款控制器的零售价约为 49.95 英镑(67 美元)。\n", []),
    # a gloss at no rate the pound has had (1500 yen, $19.5): the currency is wrong
    ("# 任天堂\n\n它将于 12 月 10 日以 1500 英镑(19.5 美元)的价格上市。\n", ["1500 英镑"]),
    ("# 伦敦\n\n伦敦的公司收入 100 万美元，另有 2000 万英镑。\n", []),  # Britain named
    # the one US amount's value, written another way (no space, thousands separators): one amount in two currencies,
    # which of the two is right unknown (review 35: the figures' text was compared, `100 万` against `100万`)
    ("# 特斯拉盈利了\n\n特斯拉本月盈利 100万美元。\n\n这是一家 100 万英镑的业务。\n", []),
    ("# 特斯拉盈利了\n\n特斯拉本月盈利 12,500 美元。\n\n这是一家 12500 英镑的业务。\n", []),
])
def test_pounds_among_us_dollars(zh: str, told: list[str]) -> None:
    assert [f.target.text for f in findings(None, zh) if f.code == "TQA212" and f.target] == told


@pytest.mark.parametrize(("zh", "bare"), [
    ("在那里 Google+邀请的售价高达[75](https://example.com/ebay)。现在购买它", ["75"]),  # TechCrunch archive: `[$75]`
    ("从 Windows XP、Vista 或 7 升级只需40。", ["40"]),
    ("升级只需 40 美元。", []),
    ("售价为 2013 年的两倍。", []),
    ("它的售价只有 5 万台。", []),
])
def test_price_without_currency(zh: str, bare: list[str]) -> None:
    got = [f.target.text for f in findings(None, zh) if f.code == "TQA207" and f.target and "currency" in f.message]
    assert got == bare


@pytest.mark.parametrize(("zh", "told"), [
    ("这款笔记本重 1.27 千克(2.8 盎司)。", True),  # TechCrunch archive: 2.8 pounds made ounces
    ("收入为 52 亿美元(1.619 亿美元)。", True),  # RUR 5.2 billion made dollars
    ("耳机配有 8 英寸(3.5 毫米)插孔。", True),  # an eighth of an inch made eight inches
    ("这款笔记本重 1.54 千克(3.40 磅)。", False),
    ("无人机飞到 300 英尺(90 米)高。", False),  # rounded
    ("镜头焦距 25 毫米(相当于 50 毫米)。", False),  # a lens's equivalent: another figure in the same unit
    ("售价 109 美元(89 美元)。", False),  # a sale price beside the list price
    ("这款手环重 5 盎司(0.5 千克)。", True),  # 0.14 kg: core's floor of 0.5 kg would pass it, the ratio does not
    ("售价 100 美元(100 欧元)。", False),  # two currencies: no conversion read
    ("这辆车重 1.2 吨(1200 千克)。", False),  # 吨 is no unit this rule reads
])
def test_conversion_in_brackets(zh: str, told: bool) -> None:
    got = [f for f in findings(None, zh) if f.code == "TQA207" and "does not convert" in f.message]
    assert bool(got) is told


@pytest.mark.parametrize(("zh", "fixed"), [
    ("并且每年增长 3-400%。", ["300-400"]),  # TechCrunch archive, labelled: the body says 300% to 400%
    ("它看起来比售价 8-900 美元的类似尺寸的电视好。", ["800-900"]),
    ("谷歌的回答费在 2-200 美元之间。", []),  # 2 to 200
    ("排名第 1-200 名的网站。", []),  # a range from 1
    ("每月 60-100 美元。", []),
])
def test_shorthand_range(zh: str, fixed: list[str]) -> None:
    assert [f.suggestion for f in findings(None, zh) if f.code == "TQA207" and "shorthand" in f.message] == fixed


def test_conversion_of_a_compound_measure_is_left_alone() -> None:
    # WMT23 reference A (heldout17): the conversion gives the whole 5 feet 6 inches, not the inches alone
    assert not [f for f in findings(None, "我身高 5 英尺 6 英寸（约 1.68 米），") if f.code == "TQA207"]


def test_k_after_an_amount_is_told_by_tqa401_when_tqa207_is_off() -> None:
    """The `10K` after `近 10 万` is TQA207's (a wrong figure) when both run, TQA401's alone when TQA207 is off (review
    35: TQA401 used to skip it whether or not TQA207 ran, so `--select TQA401` lost it)."""
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    zh = "该公司已经拥有了近 10 万 10K 用户。"
    both = [(f.code, f.target.text) for f in findings(None, zh) if f.code in {"TQA207", "TQA401"} and f.target]
    assert both == [("TQA207", "10K")]
    alone = check_documents(None, parse_markdown("zh.md", zh), Settings(select=("TQA401",))).findings
    assert [(f.code, f.target.text) for f in alone if f.target] == [("TQA401", "10K")]


def test_conversion_factors_are_the_cores_chained() -> None:
    """Review 35: the bracketed conversions read core.CONVERSIONS (chained through a unit of the same dimension), not a
    table of their own."""
    from transqa.quantities.core import conversion_factor

    assert conversion_factor("oz", "kg") == pytest.approx(0.028349523)
    assert conversion_factor("lb", "oz") == pytest.approx(16.0, rel=1e-6)
    assert conversion_factor("mile", "ft") == pytest.approx(5280.0, rel=1e-6)
    assert conversion_factor("kg", "kg") == 1.0
    assert conversion_factor("kg", "km") is None and conversion_factor("C", "F") is None
