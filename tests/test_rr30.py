"""Release 30 reread: guards of release thirty's rules that no test held (each test fails when its guard is removed)."""

from __future__ import annotations

from tests.helpers import findings, passes


def _codes(en: str, zh: str) -> list[str]:
    return [f.code for f in findings(en, zh) if f.category == "number"]


def test_an_amount_of_dollars_that_looks_like_a_year_is_still_money() -> None:
    # english._money: only a currency code (ARS, EUR) after a bare year is a name of the next clause; `dollars` is money
    assert _codes("He paid 2019 dollars for it.", "他为此支付了2019美元。") == []


def test_a_translated_domain_ending_needs_the_name_to_start_a_word() -> None:
    # _translated_endings: `myjfdi。亚洲` is another word that ends in the site's name, not jfdi.asia broken at its dot
    passes("TQA315", None, "# 加速器\n\n新加坡的[加速器](https://jfdi.asia/)宣布了新成员。\n\n我们去了 myjfdi。亚洲是一个大市场。\n")
