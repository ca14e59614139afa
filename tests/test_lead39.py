"""Release 39, the lead's mends: reldays' year words guarded as their comment says (tidy's report)."""

from __future__ import annotations

import pytest
from tests.helpers import fails

from transqa.cli import main
from transqa.quantities.reldays import chinese_relative_periods


def test_year_words_inside_longer_words_are_no_period() -> None:
    # 如今年轻人 is 如今 + 年轻人 (young people nowadays), not 今年 (this year); the guard applied to 明年 alone
    assert chinese_relative_periods("如今年轻人喜欢短视频。") == []
    assert chinese_relative_periods("去年龄段的划分") == []
    # 今年 before a name starting with 华 is still this year (华 guards 明年华 only)
    assert chinese_relative_periods("今年华为发布了新手机。") == [(0, 2, "year", 0)]
    assert chinese_relative_periods("明年的计划") == [(0, 2, "year", 1)]


def test_broken_number_says_what_breaks_it() -> None:
    # a newcomer could not see the full-width comma of `25，000` (release 39): the message names it
    f = fails("TQA207", None, "用户数达到 25，000 人。\n")
    assert "a full-width comma (，) between its digits" in f.message and f.suggestion == "25,000"
    f = fails("TQA207", None, "收入 1 . 5 亿美元。\n")
    assert f.message.endswith("is broken: spaces around its point")


def test_rules_with_a_code_explains_it_as_rule_does(capsys: pytest.CaptureFixture[str]) -> None:
    # release 39 pointed at `transqa rule`; release 40 (mend item 6) shows the page: what it checks, example, fix
    assert main(["rule", "TQA207"]) == 0
    page = capsys.readouterr().out
    assert main(["rules", "TQA207"]) == 0
    assert capsys.readouterr().out == page and "What it checks:" in page and "Example:" in page and "Fix:" in page
    assert main(["rules", "TQA207", "TQA324"]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.startswith("TQA")] == ["TQA207", "TQA324"]
    assert main(["rules", "TQA000"]) == 2
    assert "unknown rule 'TQA000'" in capsys.readouterr().err


def test_a_comparison_by_a_multiple_is_suggested_as_one() -> None:
    # `twice as high` → 比今天高出三倍: 翻一番 after 高出 breaks the sentence (newcomer, release 39); 高出一倍 is x2
    from tests.helpers import findings

    en = "Prices will double next year, and costs will be twice as high as today.\n"
    zh = "明年价格将增加三倍，成本将比今天高出三倍。\n"
    got = sorted((f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA201" and f.target)
    assert got == [("增加三倍", "翻一番"), ("高出三倍", "高出一倍 / 是…的两倍")]


def test_a_frequency_idiom_read_word_for_word_is_quoted_whole() -> None:
    # `more often than not` → 往往不是: the finding quoted 往往不, leaving 是 out (a newcomer, release 39 reread)
    from tests.helpers import findings

    got = [f for f in findings("More often than not, the trailer was there.\n", "往往不是，拖车就在那里。\n") if f.code == "TQA211"]
    assert [f.target.text for f in got if f.target] == ["往往不是"]
