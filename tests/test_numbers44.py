"""Release 44, issue 16 (numbers helper): a suggestion keeps the currency of every code the Chinese reader knows
(`S$40` written `40 元` → `40 新加坡元`, not a bare 40), and a ratio `N-to-M` the translation drops is a number missing
(TQA203; WMT22 pr-newswire.16452 line 1378). Short examples written for these tests."""

from __future__ import annotations

import pytest
from tests.helpers import codes, fails, passes

from transqa.checks.numbers import _ZH_CURRENCY
from transqa.quantities import chinese_quantities


@pytest.mark.parametrize(("code", "word"), sorted(_ZH_CURRENCY.items()))
def test_every_currency_word_reads_back_as_its_code(code: str, word: str) -> None:
    (q,) = chinese_quantities(f"40 {word}")
    assert (q.kind, q.value, q.currency) == ("money", 40.0, code)


@pytest.mark.parametrize(
    ("en", "zh", "suggested"),
    [
        ("Tickets cost S$40 each.", "每张门票 40 元。", "40 新加坡元"),
        ("Tickets cost NT$400 each.", "每张门票 400 元。", "400 新台币"),
        ("Tickets cost R$400 each.", "每张门票 400 美元。", "400 巴西雷亚尔"),
        ("The fee is 400 SEK per month.", "每月费用为 400 欧元。", "400 瑞典克朗"),
        ("It costs NZ$40 a month.", "每月费用 40 澳元。", "40 新西兰元"),
        ("The fee is 400 VND per month.", "每月费用为 400 美元。", "400 越南盾"),
        ("The fee is 400 IDR per month.", "每月费用为 400 美元。", "400 印尼盾"),
        ("The fee is 400 NGN per month.", "每月费用为 400 美元。", "400 奈拉"),
    ],
)
def test_a_changed_currency_is_suggested_with_its_word(en: str, zh: str, suggested: str) -> None:
    assert fails("TQA205", en, zh).suggestion == suggested


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("The coin is pegged 1-to-1 with the US dollar, the firm said.", "该公司表示，该币与美元挂钩。"),
        ("The vote was 5-to-4 in favour, the court said.", "法院表示，投票结果赞成。"),
    ],
)
def test_a_ratio_dropped_is_a_number_missing(en: str, zh: str) -> None:
    f = fails("TQA203", en, zh)
    assert "(a ratio)" in f.message
    assert f.suggestion is not None and "比" in f.suggestion


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("The coin is pegged 1-to-1 with the US dollar, the firm said.", "该公司表示，该币与美元 1:1 挂钩。"),
        ("The coin is pegged 1-to-1 with the US dollar, the firm said.", "该公司表示，该币与美元一对一挂钩。"),
        ("The coin is pegged 1-to-1 with the US dollar, the firm said.", "该公司表示，该币与美元 1 比 1 挂钩。"),
        ("The vote was 5-to-4 in favour, the court said.", "法院表示，投票结果为 5 比 4。"),
        ("He won 5-to-4 in the final, the court said.", "法院表示，他在决赛中以五比四获胜。"),
        ("The vote was 5-to-4 in favour, the court said.", "法院表示，投票结果为 5：4。"),
    ],
)
def test_a_ratio_kept_in_any_form_passes(en: str, zh: str) -> None:
    passes("TQA203", en, zh)
    assert "TQA201" not in codes(en, zh)


@pytest.mark.parametrize(
    ("en", "zh", "said"),
    [
        ("Sales were about 40% of the total, the company said.", "该公司表示，销售额占总额的 40% 以上。", "40% or more"),
        ("Sales were about 40% of the total, the company said.", "该公司表示，销售额占总额的超过 40%。", "40% or more"),
        ("It has about 40 staff, the company said.", "该公司表示，公司有不到 40 名员工。", "at most 40"),
        ("It has more than 40 staff, the company said.", "该公司表示，公司约有 40 名员工。", "about 40"),
        ("It has more than 40 staff, the company said.", "该公司表示，公司有 40 名左右的员工。", "about 40"),
        ("It has fewer than 40 staff, the company said.", "该公司表示，公司大约有 40 名员工。", "about 40"),
        ("Please allow up to 25 working days for delivery.", "请预留约 25 个工作日的送货时间。", "about 25"),
    ],
)
def test_an_approximation_and_a_bound_swapped_is_a_bound_changed(en: str, zh: str, said: str) -> None:
    assert said in fails("TQA209", en, zh).message


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("Sales were up to 40% of the total, the company said.", "该公司表示，销售额占总额的高达 40%。"),
        ("It processes up to 96 samples per device.", "每台设备处理多达 96 个样本。"),
        ("It has about 40 staff, the company said.", "该公司表示，公司有 40 多名员工。"),
        ("It has about 40 staff, the company said.", "该公司表示，公司约有 40 名员工。"),
        ("It has more than 40 staff, the company said.", "该公司表示，公司约有超过 40 名员工。"),
        ("My online text flow is something around 2 000 at least.", "我认为在线文本流大约至少有 2 000。"),
    ],
)
def test_words_that_say_both_or_the_same_pass(en: str, zh: str) -> None:
    passes("TQA209", en, zh)


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("The project is expected to take 2-to-3 weeks to finish, the company said.", "该公司表示，该项目预计需要2到3周才能完成。"),
        ("The board voted 5-to-4 to approve the deal.", "董事会以5票对4票批准了这项交易。"),
        ("The firm offers 1-to-1 mentoring to founders.", "该公司为创始人提供单独辅导。"),
        ("Founders get 1-to-1 sessions with investors.", "创始人可以与投资者单独交流。"),
    ],
)
def test_a_range_a_vote_and_a_one_to_one_are_no_ratio_lost(en: str, zh: str) -> None:
    passes("TQA203", en, zh)  # release 44 review: each was reported


def test_a_clock_time_does_not_stand_for_a_ratio() -> None:
    en = "The stablecoin is pegged 1-to-1 with the USD, and trading opened at 10:30 on Monday."
    assert "(a ratio)" in fails("TQA203", en, "该稳定币与美元挂钩，周一10:30开盘交易。").message


def test_a_ratio_of_another_sentence_does_not_stand_for_this_one() -> None:
    en = "The coin is pegged 1-to-1 with the US dollar, the firm said. Its board voted 5-to-4 for it."
    assert fails("TQA203", en, "该公司表示，该币与美元挂钩。其董事会以五比四投票支持。").message.startswith("“1-to-1”")


@pytest.mark.parametrize(
    ("en", "zh"),
    [
        ("The firm has more than 40 offices in New York and London.", "该公司在伦敦和纽约40个办事处。"),
        ("The firm has signed more than 40 contracts.", "该公司签署了合约 40 份。"),
    ],
)
def test_the_yue_of_a_word_is_no_about(en: str, zh: str) -> None:
    assert "about" not in fails("TQA209", en, zh).message  # 纽约, 合约: release 44 review


def test_a_yue_after_a_verb_is_still_about() -> None:
    assert "about 40" in fails("TQA209", "The trial lasted more than 40 days, the court said.", "法院表示，审判持续约 40 天。").message
