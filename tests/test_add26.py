"""A whole sentence added inside a translated paragraph (issue 18, newcomer26 item 6): a known miss.

TQA010 reads only the last sentence of a paragraph whose English has one or two sentences; a sentence with its own facts
(`该公司还计划明年在美国上市。`, "it also plans to list in the US next year") added at the start or in the middle of a
longer paragraph passes. Release 26 measured a whole-sentence signal (`benchmarks/addition_signals.py`, the `dead …`
rows; docs/benchmarks-history.md): it finds no missed row of the development sets and fires on clean text, so nothing
was built. The strict xfail says the day the miss is fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

EN = ("# Battery startup raises funds\n\n"
      "A battery startup based in Berlin said on Tuesday that it had raised 50 million dollars in a new funding round. "
      "The round was led by a venture capital firm. "
      "The company will use the money to build a new factory and hire more engineers.\n")
SENTENCES = ["总部位于柏林的一家电池初创公司周二表示，它已在新一轮融资中筹集了5000万美元。",
             "本轮融资由一家风险投资公司领投。",
             "该公司将利用这笔资金建造一座新工厂，并招聘更多工程师。"]
ADDED = "该公司还计划明年在美国上市。"


def _codes(tmp_path: Path, zh_sentences: list[str]) -> list[str]:
    from transqa.engine import check_paths

    (tmp_path / "a.en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("# 电池初创公司完成融资\n\n" + "".join(zh_sentences) + "\n", encoding="utf-8")
    return [f.code for f in check_paths(str(tmp_path / "a.en.md"), str(tmp_path / "a.zh.md")).findings]


def test_the_faithful_paragraph_is_clean(tmp_path: Path) -> None:
    assert _codes(tmp_path, SENTENCES) == []


@pytest.mark.xfail(strict=True, reason="issue 18: a whole sentence added inside a paragraph of three English sentences "
                                       "is not found (release 26 measured a signal: no development row, clean cost)")
@pytest.mark.parametrize("at", [0, 1, 2])
def test_a_sentence_added_inside_a_paragraph_is_reported(tmp_path: Path, at: int) -> None:
    assert "TQA010" in _codes(tmp_path, SENTENCES[:at] + [ADDED] + SENTENCES[at:])
