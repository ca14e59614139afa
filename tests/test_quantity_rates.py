"""quantities.rates: the unit of time a figure is said per, on each side."""

from __future__ import annotations

from transqa.quantities import chinese_quantities, english_quantities
from transqa.quantities.rates import chinese_rate, english_rate


def _en(text: str) -> list[str | None]:
    return [english_rate(text, q) for q in english_quantities(text)]


def _zh(text: str) -> list[str | None]:
    return [chinese_rate(text, q) for q in chinese_quantities(text)]


def test_english_rates() -> None:
    assert _en("I used two over the last couple of years, about one a year.") == [None, "year"]
    assert _en("The plan costs $30 per month.") == ["month"]
    assert _en("They serve 400 meals a day.") == ["day"]
    assert _en("Take it 3 times a day.") == [None]  # a frequency: TQA211's
    assert _en("It opened two years ago.") == [None]
    # the last figure of a list: the unit is said of every figure
    assert _en("It causes 26,500 hospitalizations and 420 deaths each year.") == [None, None]


def test_chinese_rates() -> None:
    assert _zh("在过去的几年里，我每年使用两个。") == ["year"]
    assert _zh("该计划每月 30 美元，总共 300 美元。") == ["month", None]
    assert _zh("每天服用两次。") == [None]  # a frequency
    assert _zh("每年导致 135 万人感染，420 人死亡。") == ["year", None]  # another clause
