"""Release 38, numbers (issue 16): multipliers (`twice as`, `N-fold`, `增长了 2 倍`) and `€15 米` (the m of millions)."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.quantities import garbled_numbers


def _number_findings(en: str | None, zh: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.target.text if f.target else None) for f in findings(en, zh) if f.category == "number"]


@pytest.mark.parametrize(("en", "zh", "target"), [
    ("Sales doubled last year.", "去年销售额增长了 2 倍。", "增长了 2 倍"),  # growth by 2 times is x3: issue 16's trap, in digits
    ("The price is twice as high as last year.", "价格是去年的三倍。", "的三倍"),
    ("The scheme is twice the size of the old one.", "该计划的规模是旧计划的 3 倍。", "的 3 倍"),
    ("Revenue rose fivefold in two years.", "两年内收入增长到三倍。", "增长到三倍"),
    ("Sales grew tenfold last year.", "去年销售额增长到 5 倍。", "增长到 5 倍"),
    ("Sales grew twofold.", "销售额增长了 2 倍。", "增长了 2 倍"),
    ("Costs are expected to double by 2030.", "预计到 2030 年成本将增长两倍。", "增长两倍"),  # the verb after `to`
    ("Costs will triple by 2030.", "到 2030 年成本将增加三倍。", "增加三倍"),
])
def test_multiple_changed(en: str, zh: str, target: str) -> None:
    assert ("TQA201", target) in _number_findings(en, zh)


@pytest.mark.parametrize(("en", "zh"), [
    ("The price is twice as high as last year.", "价格是去年的两倍。"),
    ("There are twice as many users as in 2020.", "用户数量是 2020 年的 2 倍。"),
    ("Sales doubled last year.", "去年销售额增长了一倍。"),
    ("Sales tripled last year.", "去年销售额增长了 2 倍。"),  # growth by two times: x3
    ("Revenue rose fivefold in two years.", "两年内收入增长到五倍。"),
    ("Revenue rose 20-fold in two years.", "两年内收入增长到 20 倍。"),
    ("Revenue rose a hundredfold in two years.", "两年内收入增长了 100 倍。"),  # from ten up, by N is read as N
    ("Sales grew tenfold last year.", "去年销售额增长了十倍。"),
    ("He checks his email twice a day.", "他每天查看两次邮件。"),  # a frequency, not a multiple
    ("Costs are expected to double by 2030.", "预计到 2030 年成本将翻一番。"),
    ("Costs will triple by 2030.", "到 2030 年成本将增加两倍。"),
    ("We booked a double room for two nights.", "我们订了一间双人房，住两晚。"),  # the adjective, not the verb
    ("The company will double down on AI.", "该公司将加倍押注人工智能。"),
    ("The hall will double as a shelter.", "大厅将兼作避难所。"),
])
def test_multiple_kept(en: str, zh: str) -> None:
    assert _number_findings(en, zh) == []


ZH_METRES = "这比€15 米出口大得多。"  # TechCrunch archive: `a €15m exit`


def test_million_read_as_metres() -> None:
    (g,) = garbled_numbers(ZH_METRES)
    assert g[:3] == (2, 7, "€15 米") and g.shape == "currency_metres" and g.amount is not None
    assert (g.amount.value, g.amount.currency) == (15e6, "EUR")
    # with the original, one finding: the figure the comparison reads (€15) is the same defect
    assert _number_findings("That is much bigger than a €15m exit.", ZH_METRES) == [("TQA207", "€15 米")]
    assert _number_findings(None, ZH_METRES) == [("TQA207", "€15 米")]


@pytest.mark.parametrize(("zh", "fixed"), [
    (ZH_METRES, "1500 万欧元"),
    ("这比$2500 米出口大得多。", "25 亿美元"),
    ("这比€123.4567 米出口大得多。", "1.234567 亿欧元"),  # every digit the English wrote (not 1.23457 亿, six of them)
])
def test_million_read_as_metres_is_repaired_in_wan_or_yi(zh: str, fixed: str) -> None:
    assert [f.suggestion for f in findings(None, zh + "\n") if f.code == "TQA207"] == [fixed]


@pytest.mark.parametrize("zh", [
    "泳池长 25 米，造价 200 万美元。",  # a length with no currency sign
    "这栋 $5 米长的广告牌",  # not reached: a sign then 米长 (a length said with 长)
])
def test_metres_kept(zh: str) -> None:
    assert not [g for g in garbled_numbers(zh) if g[2].endswith("米")]


@pytest.mark.parametrize(("en", "zh"), [
    ("Interest rates rose two points.", "利率上升了 2 个百分点。"),  # points of a rate, spelled out as `2 points` is read
    ("Unemployment fell three points to 5%.", "失业率下降 3 个百分点至 5%。"),
    ("The Dow fell two hundred points.", "道指下跌 200 点。"),
    ("He scored twenty points.", "他得了二十分。"),
])
def test_points_in_words_kept(en: str, zh: str) -> None:
    assert _number_findings(en, zh) == []


@pytest.mark.parametrize("zh", [
    "# MocoSpace 增长强劲\n\n2007 年 1 月，MocoSpace 在首轮融资中筹集了 300 万澳元。投资者包括通用催化剂。\n",  # archive: a Boston start-up
    "# Timex 手表评测\n\n售价 125 澳元，现在在 Apple.com 上有售。\n",
])
def test_lone_dollar_of_no_country(zh: str) -> None:
    assert [f.code for f in findings(None, zh) if f.category == "number"] == ["TQA212"]


@pytest.mark.parametrize("zh", [
    "# Atlassian 融资\n\n这家悉尼公司筹集了 300 万澳元。\n",  # its country named (a city)
    "# 融资\n\n该公司筹集了 300 万澳元、200 万澳元和 100 万澳元。\n",  # three amounts: the dollar is the story's
    "# 融资\n\n该公司筹集了 300 万美元。\n",
])
def test_lone_dollar_kept(zh: str) -> None:
    assert [f.code for f in findings(None, zh) if f.code == "TQA212"] == []


@pytest.mark.parametrize(("en", "zh", "code"), [
    ("Sony's new camera will cost ¥50,000 in Japan.", "索尼的新相机在日本售价 5 万元。", "TQA205"),  # a Japanese story's ¥: yen
    ("Toyota, the Japanese carmaker, earned ¥2 trillion.", "日本汽车制造商丰田赚了 2 万亿元。", "TQA205"),
    ("Xiaomi's phone costs ¥1,999 in Beijing.", "小米手机在北京售价 1999 日元。", "TQA205"),  # a Chinese story's ¥: yuan
    ("Sony's new camera will cost ¥50,000 in Japan.", "索尼的新相机在日本售价 5 万日元。", None),
    ("Xiaomi's phone costs ¥1,999 in Beijing.", "小米手机在北京售价 1999 元。", None),
    ("The phone costs ¥1,999.", "这款手机售价 1999 日元。", None),  # no country named: either
    ("Sony sells it for ¥1,999 in Japan and China.", "索尼在日本和中国的售价为 1999 元。", None),  # both named: either
])
def test_yen_sign_of_the_article(en: str, zh: str, code: str | None) -> None:
    assert [c for c, _t in _number_findings(en, zh)] == ([code] if code else [])
