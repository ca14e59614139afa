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
    ("It fell last week.", "它上周末下跌。"),  # last weekend said of last week: the same offset
    ("Sales fell last year.", "2010年至今年均下降5%。"),  # 至今 + 年均, no 今年
    ("He resigned last month.", "他在登上月球后辞职。"),  # 登上 + 月球, no 上月
    ("Prices rose last month.", "物价上涨。本周期内没有变化。"),  # 本 + 周期, no 本周
    ("He said this year was hard.", "他说明年会更好。"),  # 说 + 明年: 说明 is a word, but 说明年 is ambiguous: left out
    ("She watched This Week in Tech last year.", "她去年看了《本周科技》。"),  # a name, capitalised
])
def test_a_relative_period_kept_or_named_on_one_side_is_not_reported(en: str, zh: str) -> None:
    assert "TQA206" not in _codes(en, zh)
