"""Release thirty, numbers (issue 16): a relative week, month or year moved (`last year` → `今年`, TQA206)."""

from __future__ import annotations

import pytest
from tests.helpers import findings


def _codes(en: str, zh: str) -> list[str]:
    return sorted(f.code for f in findings(en, zh) if f.category == "number")


@pytest.mark.parametrize(("en", "zh"), [
    ("Sales fell last year.", "今年销售额下降。"),
    ("The phone launches next year.", "这款手机将于今年发布。"),
    ("The phone launched this year.", "这款手机于去年发布。"),
    ("Prices rose last month.", "本月价格上涨。"),
    ("The deal closes next month.", "交易于上个月完成。"),
    ("He resigned last week.", "他下周辞职。"),
    ("Earlier this year, it raised $5 million.", "去年早些时候，它筹集了500万美元。"),
])
def test_a_relative_period_moved_is_a_date_changed(en: str, zh: str) -> None:
    assert _codes(en, zh) == ["TQA206"]


@pytest.mark.parametrize(("en", "zh"), [
    ("Sales fell last year.", "去年销售额下降。"),
    ("Earlier this year, it raised $5 million.", "今年早些时候，它筹集了500万美元。"),
    ("Sales fell last year and will rise this year.", "今年销售额将上升，而去年有所下降。"),
    ("Over the last year, sales fell.", "今年以来，销售额下降了。"),  # the last year: the past twelve months
    ("The next year, he moved to Berlin.", "今年他搬到了柏林。"),  # the next year: the year after a past event
    ("It fell last week.", "它上周末下跌。"),  # last weekend said of last week: another unit, left alone
    ("Sales fell last year.", "2010年至今年均下降5%。"),  # 至今 + 年均, no 今年
    ("He resigned last month.", "他在登上月球后辞职。"),  # 登上 + 月球, no 上月
    ("Prices rose last month.", "物价上涨。本周期内没有变化。"),  # 本 + 周期, no 本周
    ("He said this year was hard.", "他说明年会更好。"),  # 说 + 明年: 说明 is a word, but 说明年 is ambiguous: left out
    ("She watched This Week in Tech last year.", "她去年看了《本周科技》。"),  # a name, capitalised
])
def test_a_relative_period_kept_or_named_on_one_side_is_not_reported(en: str, zh: str) -> None:
    assert "TQA206" not in _codes(en, zh)


@pytest.mark.parametrize(("en", "zh", "said"), [
    ("It peaked in the 2010s.", "它在2010年达到顶峰。", "“2010s” (a decade) became “2010年” (one year)"),
    ("Sales boomed in the 1990s.", "销售在1990年蓬勃发展。", "“1990s” (a decade) became “1990年” (one year)"),
    ("It peaked in 2010.", "它在2010年代达到顶峰。", "“2010” (one year) became “2010年代” (a decade)"),
])
def test_a_decade_rendered_as_one_year_and_the_reverse(en: str, zh: str, said: str) -> None:
    fs = [f for f in findings(en, zh) if f.category == "number"]
    assert [(f.code, f.message) for f in fs] == [("TQA206", said)]


@pytest.mark.parametrize(("en", "zh"), [
    ("It peaked in the 1990s.", "它在90年代达到顶峰。"),
    ("It peaked in the 1990s.", "它在20世纪90年代达到顶峰。"),
    ("It peaked in the 1990s.", "它在1990年代达到顶峰。"),
    ("It peaked in the 1990s.", "它在1990年至1999年达到顶峰。"),  # the decade written out as its years
    ("It began in 1990 and grew through the 1990s.", "它始于1990年，在整个90年代不断增长。"),
    ("It began in 2010.", "它始于2010年。"),
])
def test_a_decade_kept_is_not_reported(en: str, zh: str) -> None:
    assert _codes(en, zh) == []


@pytest.mark.parametrize(("en", "zh", "said"), [
    ("The meeting is at 3 am.", "会议在上午15点举行。", "“上午15点” names the morning"),  # am on both sides, 15 is not the morning
    ("The meeting is at 3 pm.", "会议在上午15点举行。", "“上午15点” names the morning"),
    ("The meeting is at 1 am.", "会议在凌晨 13 点举行。", "“凌晨 13 点” names the morning"),
    ("The meeting is at 3 am.", "会议在下午15点举行。", "is in the afternoon or evening (pm) in the translation"),
])
def test_a_morning_word_before_an_afternoon_hour(en: str, zh: str, said: str) -> None:
    fs = [f for f in findings(en, zh) if f.category == "number"]
    assert [f.code for f in fs] == ["TQA206"] and said in fs[0].message


@pytest.mark.parametrize(("en", "zh"), [
    ("The meeting is at 3 pm.", "会议在下午15点举行。"),  # the afternoon said twice: redundant, read as 3pm
    ("The meeting is at 9 pm.", "会议在晚上21点举行。"),
    ("The meeting is at 3 pm.", "会议在15点举行。"),
    ("The meeting is at 10 am.", "会议在上午10点举行。"),
])
def test_a_24_hour_figure_of_the_afternoon_is_read_on_the_dial(en: str, zh: str) -> None:
    assert _codes(en, zh) == []


def test_a_currency_code_after_a_year_is_a_name_not_an_amount() -> None:
    """`In 2019 ARS fell`: ARS (a name) after a year was read as 2,019 Argentine pesos, a false TQA203."""
    assert _codes("In 2019 ARS fell sharply.", "2019年，ARS大幅下降。") == []
    assert _codes("By 2025 EUR rates will fall.", "到2025年，欧元利率将下降。") == []
    assert _codes("In 2019 ARS fell sharply.", "2018年，ARS大幅下降。") == ["TQA206"]  # still a year, compared as one
    assert _codes("It costs 500 ARS.", "它的价格是500美元。") == ["TQA205"]  # an amount keeps its code
    assert _codes("It costs 2,019 ARS.", "它的价格是2019阿根廷比索。") == []


@pytest.mark.parametrize(("en", "zh", "said"), [
    ("It happened five years ago.", "这件事发生在五年后。", "“five years ago” is set before its event in the source but “五年后”"),
    ("Five years later, it closed.", "五年前，它关闭了。", "“Five years later” is set after its event in the source but “五年前”"),
    ("It opened 10 months earlier.", "它在10个月之后开业。", "“10 months earlier” is set before its event in the source but “10个月之后”"),
])
def test_a_span_set_on_the_other_side_of_its_event(en: str, zh: str, said: str) -> None:
    fs = [f for f in findings(en, zh) if f.category == "number"]
    assert [f.code for f in fs] == ["TQA206"] and said in fs[0].message


@pytest.mark.parametrize(("en", "zh"), [
    ("Ten years ago, it was small.", "十年前，它还很小。"),
    ("Three weeks later, it closed.", "三周以后，它关闭了。"),
    ("It took two weeks before they answered.", "两周后他们才回答。"),  # before: the clause turned round
    ("The visit comes 30 years after the parliaments ratified a treaty.", "30 年前，两国议会批准了条约。"),  # after: the same
    # the words that only start with 前, beside an English `later` (beside `ago` they could not fail: release-30 reread)
    ("Its outlook five years later is good.", "公司五年前景良好。"),  # 前景: prospects
    ("It closed five years later.", "它在五年前后关闭。"),  # 前后: about
])
def test_a_span_kept_on_its_side_or_turned_with_its_clause(en: str, zh: str) -> None:
    assert "TQA206" not in _codes(en, zh)


def test_a_relative_weekend_moved() -> None:
    assert _codes("It opened this weekend.", "它上周末开业。") == ["TQA206"]
    assert _codes("It opens next weekend.", "它下个周末开业。") == []
