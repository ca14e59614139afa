"""Release 39, the lead's mends: reldays' year words guarded as their comment says (tidy's report)."""

from __future__ import annotations

from transqa.quantities.reldays import chinese_relative_periods


def test_year_words_inside_longer_words_are_no_period() -> None:
    # 如今年轻人 is 如今 + 年轻人 (young people nowadays), not 今年 (this year); the guard applied to 明年 alone
    assert chinese_relative_periods("如今年轻人喜欢短视频。") == []
    assert chinese_relative_periods("去年龄段的划分") == []
    # 今年 before a name starting with 华 is still this year (华 guards 明年华 only)
    assert chinese_relative_periods("今年华为发布了新手机。") == [(0, 2, "year", 0)]
    assert chinese_relative_periods("明年的计划") == [(0, 2, "year", 1)]
