"""Every row of the quantity pattern tables: an example it matches and the quantity its handler gives."""

from __future__ import annotations

import pytest

from transqa.quantities import Pattern
from transqa.quantities import chinese as zh
from transqa.quantities import english as en

# row name → (example, expected (kind, value, soft) or None when the handler declines the match)
EN_CASES: dict[str, tuple[str, tuple[str, float, bool] | None]] = {
    "exponent": ("a balance of $2.5e3 million", ("money", 2.5e9, False)),
    "handle": ("follow @user44", ("label", 0.0, True)),
    "power": ("an area of 10⁶ km", ("count", 1e6, False)),
    "glued_name": ("the 49ers won", ("count", 49.0, True)),
    "date_numeric": ("on 14/02/2022", ("date", 20220214, False)),
    "slashed": ("open 24/7", ("label", 247.0, True)),
    "dims": ("a 6x4 print", ("count", 6.0, True)),
    "roman": ("World War II", ("count", 2.0, True)),
    "few_scale": ("a few hundred people", ("vague", 200.0, True)),
    "vague": ("tens of millions of users", ("vague", 1e7, True)),
    "vague_scale": ("the million", ("count", 1e6, True)),
    "time": ("at 1.30pm", ("time", 1.0, True)),
    "catch22": ("a Catch-22", ("label", 22.0, True)),
    "date_md_second": ("November 26 and 27", ("date", 1127.0, False)),
    "per_scale": ("per million departures", ("count", 1e6, True)),
    "clock_words": ("at a quarter to nine", ("time", 8.0, True)),
    "military": ("meet at 0500 on Monday", ("time", 500.0, True)),
    "round_clock": ("open 24 hours a day", ("count", 24.0, True)),
    "year_month": ("issue 1998-06 of the magazine", ("date", 19980600, False)),
    "year_range": ("the 2019-20 season", ("date", 20200000, False)),
    "date_mdy": ("February 3, 2017", ("date", 20170203, False)),
    "date_dmy": ("3 February 2017", ("date", 20170203, False)),
    "date_my": ("February 2017", ("date", 20170200, False)),
    "date_md": ("on February 3", ("date", 203, False)),
    "date_dm": ("on 3 February", ("date", 203, False)),
    "money": ("$2 billion", ("money", 2e9, False)),
    "money_suffix": ("300 million yuan", ("money", 3e8, False)),
    "data": ("a 40 Gbps connection", ("count", 40.0, False)),
    "basis": ("cut by 25 basis points", ("percent", 0.25, False)),
    "point_fraction": ("rates rose a quarter point", ("percent", 0.25, True)),
    "percent": ("rose 12.5 percent", ("percent", 12.5, False)),
    "scaled": ("70 million users", ("count", 7e7, False)),
    "label_no": ("aides in No 10", ("label", 10.0, True)),
    "frequency": ("twice a day", ("count", 2.0, True)),
    "year_prefixed": ("ready by mid-2023", ("date", 20230000.0, False)),
    "model": ("the new X12 phone", ("label", 12.0, True)),
    "unit": ("500 acres", ("count", 500.0, False)),
    "words_unit": ("five hundred acres", ("count", 500.0, False)),
    "dozen": ("a dozen eggs", ("count", 12.0, True)),
    "half_scale": ("half a million people", ("count", 5e5, False)),
    "anniversary": ("its centenary", ("count", 100.0, True)),
    "periods": ("six decades", ("count", 60.0, True)),
    "weekday": ("on Saturday", ("weekday", 6.0, True)),
    "ordinal": ("for the third time", ("ordinal", 3.0, True)),
    "fraction": ("two-thirds of them", ("fraction", 2 / 3, True)),
    "ratio": ("sales doubled", ("ratio", 2.0, True)),
    "times": ("16 times the national average", ("ratio", 16.0, True)),
    "twice_as": ("twice as many users", ("ratio", 2.0, True)),
    "factor": ("risk rose by a factor of three", ("ratio", 3.0, True)),
    "words": ("twenty-five thousand", ("count", 25000.0, False)),
    "words_money": ("two billion dollars", ("money", 2e9, False)),
    "words_decimal": ("one point two million users", ("count", 1.2e6, False)),
    "doubled_scale": ("3 thousand million", None),
    "decade": ("in the 1990s", ("decade", 1990.0, True)),
    "short_decade": ("in the 60s", ("decade", 60.0, True)),
    "one_period": ("over the last decade and a half", ("count", 15.0, True)),
    "number": ("sold 1,500 cars", ("count", 1500.0, False)),
    "month": ("in September", ("date", 900, True)),
    "month_in": ("opened in May", ("date", 500, True)),
    "year_two": ("founded in '92", ("date", 19920000, False)),
}

ZH_CASES: dict[str, tuple[str, tuple[str, float, bool] | None]] = {
    "garbled": ("1 . 5 亿美元", ("money", 1.5e8, False)),
    "spaced_decimal": ("销售额达 4 2 亿美元", ("money", 4.2e8, False)),
    "exponent": ("余额为 2.5e3 万美元", ("money", 2.5e7, False)),
    "handle": ("关注 @用户44", ("label", 0.0, True)),
    "power": ("3×10⁶ 个细胞", ("count", 3e6, False)),
    "placeholder": ("为了达到[组织62]的最后期限", ("label", 0.0, True)),
    "date_numeric": ("于 2022-02-14", ("date", 20220214, False)),
    "slashed": ("全天 24/7", ("label", 247.0, True)),
    "clock": ("八点一刻到", ("time", 0.0, True)),
    "ordinal": ("第三季度", ("ordinal", 3.0, True)),
    "weekday": ("本周六", ("weekday", 6.0, True)),
    "decade": ("60 年代", ("decade", 60.0, True)),
    "century_decade": ("20 世纪 90 年代", ("decade", 1990.0, True)),
    "date_mixed": ("2023 年六月七日", ("date", 20230607, False)),
    "year_range": ("2019-20 赛季", ("date", 20200000, False)),
    "date_ymd": ("2017 年 2 月 3 日", ("date", 20170203, False)),
    "date_cn_ymd": ("二〇一七年二月三日", ("date", 20170203, False)),
    "date_y": ("2017 年", ("date", 20170000, False)),
    "date_m": ("3 月", ("date", 300, True)),
    "date_cn_m": ("三月", ("date", 300, True)),
    "money_prefix": ("$5 亿", ("money", 5e8, False)),
    "money": ("300 万美元", ("money", 3e6, False)),
    "money_cn": ("三百万元", ("money", 3e6, False)),
    "percent_cn": ("百分之五十", ("percent", 50.0, False)),
    "basis": ("下调 25 个基点", ("percent", 0.25, False)),
    "percent": ("12.5%", ("percent", 12.5, False)),
    "tenths": ("增长了四成", ("percent", 40.0, True)),
    "fraction": ("三分之二", ("fraction", 2 / 3, True)),
    "half": ("一半", ("fraction", 0.5, True)),
    "ratio": ("增长了两倍", ("ratio", 3.0, True)),
    "vague": ("数十万人", ("vague", 2e5, True)),
    "cn_approx": ("一百多万人", ("count", 1e6, True)),
    "dims": ("20x16 英寸", ("count", 20.0, False)),
    "data": ("每秒 50 兆字节", ("count", 50.0, False)),
    "unit": ("202 公顷", ("count", 202.0, False)),
    "label_no": ("唐宁街 10 号", ("label", 10.0, True)),
    "frequency": ("每天两次", ("count", 2.0, True)),
    "model": ("X13 型号", ("label", 13.0, True)),
    "compound": ("4亿5千万年前", ("count", 4.5e8, False)),
    "scaled": ("7000 万", ("count", 7e7, False)),
    "latin_scale": ("41.78 lakh 确诊病例", ("count", 4178000.0, False)),
    "points_cn": ("上升了两个百分点", ("percent", 2.0, False)),
    "glued_model": ("iPhone13Pro", ("count", 13.0, False)),
    "date_range_day": ("7 月 25 日-31 日", ("date", 731.0, False)),
    "year_range_nian": ("1986 年到 88 年", ("date", 19880000.0, False)),
    "year_two_cn": ("成立于九二年", ("date", 19920000.0, True)),
    "year_two_digits": ("成立于 92 年", ("date", 19920000.0, True)),
    "glued_year": ("在Tapa2018-2019期间", ("date", 20180000.0, False)),
    "time": ("下午 1:30", ("time", 130.0, True)),
    "number": ("1500 辆", ("count", 1500.0, False)),
    "cn": ("三百五十辆", ("count", 350.0, False)),
}


def _rows(table: tuple[Pattern, ...]) -> dict[str, Pattern]:
    return {row.name: row for row in table}


def test_every_row_has_a_case() -> None:
    assert set(_rows(en.PATTERNS)) == set(EN_CASES)
    assert set(_rows(zh.PATTERNS)) == set(ZH_CASES)
    assert len(_rows(en.PATTERNS)) == len(en.PATTERNS) and len(_rows(zh.PATTERNS)) == len(zh.PATTERNS)


@pytest.mark.parametrize(("table", "cases", "name"), [(en.PATTERNS, EN_CASES, n) for n in EN_CASES] + [(zh.PATTERNS, ZH_CASES, n) for n in ZH_CASES])
def test_row(table: tuple[Pattern, ...], cases: dict[str, tuple[str, tuple[str, float, bool] | None]], name: str) -> None:
    row = _rows(table)[name]
    text, expected = cases[name]
    m = row.regex.search(text)
    assert m is not None, f"{name} does not match {text!r}"
    q = row.handler(m, text)
    if expected is None:
        assert q is None
        return
    assert q is not None
    assert (q.kind, q.soft) == (expected[0], expected[2])
    assert q.value == pytest.approx(expected[1])
    assert q.text == text[q.start : q.end] and m.start() <= q.start < q.end <= m.end()


def test_handlers_decline() -> None:
    """Rows whose handler turns a match down: a Roman I is a pronoun, 2019-18 is no year range, 2005-06 no month."""
    for name, text in (("roman", "I said"), ("year_range", "2019-18"), ("year_month", "the 2005-06 season")):
        row = _rows(en.PATTERNS)[name]
        m = row.regex.search(text)
        assert m is not None and row.handler(m, text) is None


def test_score_before_is_the_pattern_read_backwards() -> None:
    """chinese_score's test of the text before a figure reads back from it instead of searching the whole text
    before it (quadratic over a paragraph of many figures); it agrees with the pattern it replaced."""
    import random
    import re

    from transqa.quantities.sports import _score_before

    pattern = re.compile(r"\d\s*[-–—:：比]\s*$")
    rng = random.Random(3)
    alphabet = "12 \n\t-–—:：比a\u3000٣x"
    for _ in range(20_000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        for end in range(len(t) + 1):
            assert _score_before(t, end) == bool(pattern.search(t[:end])), (t, end)


def test_superscript_other_than_ten_is_left_unread() -> None:
    """2³ or a footnote mark (2019¹) is not read as its base, nor as base and exponent: no quantity at all."""
    assert en.english_quantities("The cube is 2³ units.") == []
    assert [q.value for q in zh.chinese_quantities("立方为 2³。")] == []


def test_digits_of_other_scripts_are_read_as_digits() -> None:
    """Arabic-Indic digits with the Arabic thousands separator: ٥٬٠٠٠ is 5,000, not 5 and 0."""
    assert [(q.kind, q.value) for q in en.english_quantities("He earned ٥٬٠٠٠ dollars.")] == [("money", 5000.0)]
    assert [(q.kind, q.value) for q in zh.chinese_quantities("他赚了 ٥٬٠٠٠ 美元。")] == [("money", 5000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They raised two point five billion dollars.", [("money", 2.5e9, "two point five billion dollars")]),
        ("It has one point two million users.", [("count", 1.2e6, "one point two million")]),
        ("Prices rose zero point three percent.", [("percent", 0.3, "zero point three percent")]),
        ("a two-point-five billion euro fund", [("count", 2.5e9, "two-point-five billion")]),
        ("twenty-two point five million people", [("count", 22.5e6, "twenty-two point five million")]),
        ("valued at one point five billion dollars", [("money", 1.5e9, "one point five billion dollars")]),
        # a doubled scale word multiplies (a million million is the British trillion)
        ("two billion billion dollars", [("money", 2e18, "two billion billion dollars")]),
        ("a million million dollars", [("money", 1e12, "a million million dollars")]),
    ],
)
def test_spelled_out_decimals_and_doubled_scales_are_read_whole(text: str, expected: list[tuple[str, float, str]]) -> None:
    """`two point five billion dollars` is 2.5e9, not `five billion dollars` (a right 25 亿美元 was an error)."""
    got = [(q.kind, q.value, q.text) for q in en.english_quantities(text)]
    assert [(k, t) for k, _, t in got] == [(k, t) for k, _, t in expected]
    assert [v for _, v, _ in got] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize("text", ["They raised two point fifty billion dollars.", "It raised $2 billion billion.",
                                  "It has 3 million million users."])
def test_a_decimal_or_doubled_scale_it_cannot_read_is_left_unread_whole(text: str) -> None:
    """Never a part of it: no `fifty billion dollars`, no `$2 billion` left over."""
    assert en.english_quantities(text) == []


def test_at_one_point_is_a_moment_without_a_scale_after_it() -> None:
    assert [q.value for q in en.english_quantities("At one point two players collided.")] == [1.0, 2.0]
    assert [q.value for q in en.english_quantities("1.5 thousand million euros")] == [1.5e9]
