"""Release 37, the helper `fixB`: TQA207's lost year (`_years_lost`) asks the dictionary, not a hand list, whether the
word of time before 年 ends a longer word (高于, 大于, 正在, 现在). Each false-alarm test failed before."""

from __future__ import annotations

import pytest
from tests.helpers import findings


def _lost_years(zh: str) -> list[str]:
    return [f.target.text for f in findings(None, f"# 标题\n\n{zh}\n") if f.code == "TQA207" and f.target]


@pytest.mark.parametrize("zh", ["今年的销售额略高于年平均水平。", "这款手机的出货量大于年销量的一半。",
                                "这些车辆正在年审，下周才能上路。", "他们现在年入百万，不必再打工。"])
def test_a_word_of_time_that_ends_a_longer_word_loses_no_year(zh: str) -> None:
    assert _lost_years(zh) == [], zh


@pytest.mark.parametrize(("zh", "lost"), [
    ("但是由于自年以来印度电话线路的增长，该公司发展很快。", "自年"),
    ("微软已经在年以类似的方式推出过这项服务。", "在年"),
    ("自从年以来，这家公司一直亏损。", "自从年"),
    ("早在年，谷歌就收购了这家公司。", "早在年"),
    ("这项服务截至年共有五百万用户。", "截至年"),
    ("该公司成立于年，总部位于旧金山。", "于年"),
])
def test_a_year_lost_after_a_word_of_time_is_still_reported(zh: str, lost: str) -> None:
    assert _lost_years(zh) == [lost], zh
