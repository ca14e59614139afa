"""Release 40, numbers (issue 16): garbled figures read in the Chinese alone (`8 . x`, `为. 7`, `20十亿`) and yuan in an
article of US dollars that names nothing Chinese (TQA212)."""

from __future__ import annotations

import pytest
from tests.helpers import findings, needs_lexicon


def _number_findings(en: str | None, zh: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.target.text if f.target else None, f.suggestion) for f in findings(en, zh) if f.category == "number"]


@pytest.mark.parametrize(("zh", "target", "fixed"), [
    ("事实上，Windows 8 . x 的份额超过了 Vista。", "8 . x", "8.x"),  # archive: a version's point spaced apart
    ("仍然保持在令人垂涎的20十亿美元，使其成为大公司。", "20十亿", "200 亿"),  # WMT22 output: `$20 billion` word for word
    ("估值为 1.5 十亿美元。", "1.5 十亿", "15 亿"),
    ("估值为 1.23456789十亿美元。", "1.23456789十亿", "12.3456789 亿"),  # every digit kept (a float rounded to 12.345679)
    ("估值为 98765432109876543.21十亿美元。", "98765432109876543.21十亿", "987654321098765432.1 亿"),  # no float's 17 digits
])
def test_garbled_figure_is_repaired(zh: str, target: str, fixed: str) -> None:
    assert ("TQA207", target, fixed) in _number_findings(None, zh)


def test_figure_before_the_point_lost() -> None:
    (f,) = [x for x in findings(None, "这款相机的启动时间为. 7，快门很快。") if x.code == "TQA207"]
    assert f.target is not None and f.target.text == ". 7" and "lost the figure before its point" in f.message
    assert not f.repairs  # 0.7 or a version's .1: only the original says


@pytest.mark.parametrize("zh", [
    "版本 8.1 修复了这个问题。",
    "他说完了. 2012 年公司成立。",
    "我总是等到. 1 版本才开始用它。",  # a version's `.1`, the English shorthand kept  # a sentence's end, then a year (four digits)
    "数十亿美元的投资。",  # no figure before 十亿
    "增长到 20 亿美元。",
])
def test_whole_figures_are_not_garbled(zh: str) -> None:
    assert [x for x in _number_findings(None, zh) if x[0] == "TQA207"] == []


def test_yuan_in_an_article_of_dollars() -> None:
    zh = "# 重返校园:9 元能量饮料大战\n\n红牛售价 2 美元，怪兽售价 3 美元。\n\n**在线广告收入(百万元)**\n"
    assert [(c, t) for c, t, _ in _number_findings(None, zh) if c == "TQA212"] == [("TQA212", "9 元"), ("TQA212", "百万元")]


@pytest.mark.parametrize("zh", [
    "# 中国的能量饮料\n\n红牛售价 2 美元，在北京售价 9 元，怪兽售价 3 美元。\n",  # the article names China
    "# 能量饮料\n\n红牛在店里售价 9 元。\n",  # no US dollars around it
    "# 能量饮料\n\n售价 2 美元，另一款 3 美元，是二元世界的一个元素。\n",  # 二元, 元素: no amount
    "# 融资\n\n该公司从 Alibaba 获得 500 万美元，另有 300 万美元，售价 9 元。\n",  # a Chinese firm's Latin name
])
def test_yuan_where_it_may_be_right(zh: str) -> None:
    assert [x for x in _number_findings(None, zh) if x[0] == "TQA212"] == []


@needs_lexicon
def test_a_yuan_that_starts_a_dictionary_word_is_no_amount() -> None:
    # reviewer of release 40: `2012 元月` (January 2012) in an article of US dollars read as 2012 yuan
    zh = "# 融资\n\n公司在 2012 元月筹集了 500 万美元，又在 2013 元年获得 300 万美元，售价 9 元。\n"
    assert [(c, t) for c, t, _ in _number_findings(None, zh) if c == "TQA212"] == [("TQA212", "9 元")]


def test_measure_without_its_unit() -> None:
    zh = "Gmail 目前的最高存储容量为 2.75，Hotmail 为 5GB。"  # archive: 2.75 GB, the unit lost
    assert [(c, t) for c, t, _ in _number_findings(None, zh) if c == "TQA207"] == [("TQA207", "2.75")]
    # with the original, the figure is compared with the source's (TQA201, TQA205) instead
    assert not [f for f in findings("Gmail's top storage is 2.75GB, Hotmail's 5GB.", zh) if "lost its unit" in f.message]
    assert [f for f in findings(None, zh) if "lost its unit" in f.message]


@pytest.mark.parametrize("zh", [
    "存储容量为 2.75 GB，比去年多。",
    "电池容量为 3000 毫安时。",
    "容量为 2，500 个座位。",  # a count grouped in thousands: not a bare figure before the clause's end
])
def test_measure_with_its_unit(zh: str) -> None:
    assert not [x for x in findings(None, zh) if "lost its unit" in x.message]


@pytest.mark.parametrize(("zh", "target", "lost"), [
    ("相比之下，Zynga 的 CityVille 月份月活跃用户突破 1 亿。", "月份", "has lost the number of its month"),  # archive: in January
    ("MySpace 月份的独立访客数为 6840 万。", "月份", "has lost the number of its month"),
    ("后部有摄像头，768 RAM，4GB 的内部存储。", "768 RAM", "has lost its unit"),  # archive: 768MB RAM
])
def test_part_of_a_figure_lost(zh: str, target: str, lost: str) -> None:
    (f,) = [x for x in findings(None, zh) if x.code == "TQA207"]
    assert f.target is not None and f.target.text == target and lost in f.message and not f.repairs


@pytest.mark.parametrize("zh", [
    "脸书 6 月份的独立访客人数达到 7700 万。",
    "今年几个月份的数据都不错。",
    "它有 768MB RAM 和 4GB 存储。",
])
def test_whole_months_and_sizes(zh: str) -> None:
    assert [x for x in findings(None, zh) if x.code == "TQA207"] == []
