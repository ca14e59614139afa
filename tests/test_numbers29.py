"""Release twenty-nine, numbers (issue 16, "Real errors that pass today"): a rise by a percentage against a multiple
(`grew 100%` → `增长了两倍`)."""

from __future__ import annotations

import pytest
from tests.helpers import findings


def _codes(en: str, zh: str) -> list[str]:
    return sorted(f.code for f in findings(en, zh) if f.category == "number")


@pytest.mark.parametrize(("en", "zh"), [
    ("Revenue grew 200%.", "收入增长了两倍。"),  # +200% is x3, as 增长了两倍 is
    ("Revenue grew 100%.", "收入翻了一番。"),
    ("Revenue doubled.", "收入增长了100%。"),
    ("Revenue rose 300% to $5 million.", "收入增长了三倍，达到500万美元。"),
    ("Revenue grew 150%.", "收入增长了1.5倍。"),
    ("Revenue is up 100% from last year.", "收入比去年增长了一倍。"),
])
def test_a_rise_by_a_percentage_rendered_as_its_multiple(en: str, zh: str) -> None:
    assert _codes(en, zh) == []


@pytest.mark.parametrize(("en", "zh", "said", "got"), [
    ("Revenue grew 100%.", "收入增长了两倍。", "x2", "x3"),
    ("Revenue is up 100% from last year.", "收入比去年增长了两倍。", "x2", "x3"),
    ("Revenue grew 200%.", "收入翻了一番。", "x3", "x2"),
    ("Revenue has doubled since 2020.", "自2020年以来，收入增长了200%。", "x2", "x3"),
])
def test_a_rise_by_a_percentage_rendered_as_another_multiple(en: str, zh: str, said: str, got: str) -> None:
    fs = [f for f in findings(en, zh) if f.category == "number"]
    assert [f.code for f in fs] == ["TQA201"]
    assert f"({said}) became" in fs[0].message and f"({got})" in fs[0].message


@pytest.mark.parametrize(("en", "zh"), [
    ("Its net loss was $5 million.", "其净利润为500万美元。"),
    ("Its net profit was $5 million.", "其净亏损为500万美元。"),
    ("The trade deficit was $5 billion.", "贸易顺差为50亿美元。"),
    ("The budget surplus reached $5 billion.", "预算赤字达到50亿美元。"),
    ("It ran a $5 billion deficit.", "它实现了50亿美元的盈余。"),
    ("It posted a deficit of $5 million.", "它公布了500万美元的盈余。"),
    ("It earned $5 million.", "它亏损了500万美元。"),  # earned: a gain
    ("The loss narrowed to $5 million.", "亏损扩大至500万美元。"),  # the verb before `to`, not the noun before it
])
def test_a_balance_named_a_loss_on_one_side_and_a_gain_on_the_other(en: str, zh: str) -> None:
    assert _codes(en, zh) == ["TQA208"]


@pytest.mark.parametrize(("en", "zh"), [
    ("Its net profit was $5 million.", "其净利润为500万美元。"),
    ("The trade deficit was $5 billion.", "贸易逆差为50亿美元。"),
    ("The loss narrowed to $5 million.", "亏损收窄至500万美元。"),
    ("It earned $5 million.", "它赚了500万美元。"),
    ("The loss of $5 million hurt.", "500万美元的损失造成了伤害。"),
    # a swing names both balances: each figure keeps its own
    ("It swung to a net loss of $5 million from a profit of $3 million.", "它由300万美元的利润转为500万美元的净亏损。"),
    ("It reported a net loss of $5 million, compared with a profit of $3 million a year earlier.",
     "它报告净亏损500万美元，而去年同期利润为300万美元。"),
])
def test_a_balance_named_alike(en: str, zh: str) -> None:
    assert _codes(en, zh) == []


@pytest.mark.parametrize(("en", "zh"), [
    ("The fee is SEK 50.", "费用为50美元。"),
    ("The fee is 50 Swedish kronor.", "费用为50美元。"),
    ("It raised 100 million won.", "它筹集了1亿美元。"),
    ("It raised 5 billion rupiah.", "它筹集了50亿美元。"),
    ("The fee is 50 zloty.", "费用为50美元。"),
    ("The fee is 50 shekels.", "费用为50美元。"),
    ("The fee is 50 dirhams.", "费用为50美元。"),
])
def test_another_currency_changed(en: str, zh: str) -> None:
    assert _codes(en, zh) == ["TQA205"]


@pytest.mark.parametrize(("en", "zh"), [
    ("The fee is SEK 50.", "费用为50瑞典克朗。"),
    ("The fee is 50 kronor.", "费用为50克朗。"),
    ("The fee is 50 kroner.", "费用为50丹麦克朗。"),  # kroner: Norwegian or Danish, never told apart
    ("It costs 50 pesos.", "它售价50阿根廷比索。"),  # the country added to a name of many
    ("It costs 50 rupees.", "它售价50巴基斯坦卢比。"),
    ("It raised 100 million won.", "它筹集了1亿韩元。"),
    ("It raised 5 billion rupiah.", "它筹集了50亿印尼盾。"),
    ("The fee is 50 shekels.", "费用为50新谢克尔。"),
    ("The fee is AED 50.", "费用为50迪拉姆。"),
    ("He won 3 games.", "他赢了3场比赛。"),  # won after a scale word only
])
def test_another_currency_kept(en: str, zh: str) -> None:
    assert _codes(en, zh) == []


@pytest.mark.parametrize(("en", "zh", "code"), [
    ("Billions of dollars were lost.", "数百万美元损失。", "TQA201"),
    ("Millions of dollars were lost.", "数十亿美元损失。", "TQA201"),
    ("Hundreds of millions of dollars were lost.", "数千万美元损失。", "TQA201"),
    ("Billions of dollars were lost.", "数十亿美元损失。", None),
    ("Millions of dollars were lost.", "数百万美元损失。", None),
    ("Tens of millions of dollars were lost.", "数千万美元损失。", None),
    ("It lost several million dollars.", "它损失了几百万美元。", None),
    ("It lost $3 million.", "它损失了数百万美元。", None),  # an approximation a translator may make
])
def test_a_vague_amount_of_money_is_a_range(en: str, zh: str, code: str | None) -> None:
    assert _codes(en, zh) == ([code] if code else [])


@pytest.mark.parametrize(("en", "zh", "code"), [
    ("The rate rose a percentage point.", "该比率上升了1%。", "TQA205"),
    ("The rate rose half a percentage point.", "该比率上升了0.5%。", "TQA205"),
    ("The rate rose a percentage point.", "该比率上升了1个百分点。", None),
    ("The rate rose half a percentage point.", "该比率上升了0.5个百分点。", None),
    ("The rate rose a percentage point to 5%.", "该比率上升1个百分点，至5%。", None),
])
def test_a_percentage_point_rendered_as_percent(en: str, zh: str, code: str | None) -> None:
    assert _codes(en, zh) == ([code] if code else [])


@pytest.mark.parametrize(("en", "zh", "code"), [
    ("It will be ready by mid-2023.", "它将在2024年年中准备就绪。", "TQA206"),
    ("By end-2024, it will be done.", "到2025年底，它将完成。", "TQA206"),
    ("It will be ready by mid-2023.", "它将在2023年年中准备就绪。", None),
    ("The pre-2020 levels were higher.", "2020年前的水平更高。", None),
    ("The mid-2000s boom ended.", "2000年代中期的繁荣结束了。", None),
])
def test_a_year_glued_to_its_word_is_a_year(en: str, zh: str, code: str | None) -> None:
    assert _codes(en, zh) == ([code] if code else [])
