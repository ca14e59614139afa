"""Fractions written as Chinese writes them (quantities.fractions): the suggestion of a changed fraction or share."""

import pytest

from transqa.quantities.fractions import as_fraction, zh_fraction, zh_numeral, zh_share


@pytest.mark.parametrize(
    ("n", "zh"),
    [(1, "一"), (3, "三"), (10, "十"), (12, "十二"), (20, "二十"), (100, "一百"), (105, "一百零五"), (112, "一百一十二"),
     (1000, "一千"), (10000, "一万"), (10010, "一万零一十"), (100000, "十万"), (1000000, "一百万")],
)
def test_whole_numbers_in_chinese_numerals(n: int, zh: str) -> None:
    assert zh_numeral(n) == zh


@pytest.mark.parametrize(
    ("v", "zh", "pct"),
    [(0.5, "一半", "50%"), (1 / 3, "三分之一", "三分之一（约 33%）"), (2 / 3, "三分之二", "三分之二（约 67%）"),
     (0.25, "四分之一", "25%"), (0.75, "四分之三", "75%"), (0.125, "八分之一", "12.5%"), (0.1, "十分之一", "10%")],
)
def test_shares(v: float, zh: str, pct: str) -> None:
    assert zh_share(v) == zh
    assert zh_share(v, percent=True) == pct


def test_terms_given_are_kept_and_odd_values_are_no_fraction() -> None:
    assert zh_share(0.2, terms=(2, 10)) == "十分之二"
    assert zh_fraction(1, 1000000) == "一百万分之一"
    assert as_fraction(0.3333) is None and zh_share(0.3333) is None
    assert as_fraction(1.5) is None and as_fraction(0.0) is None
