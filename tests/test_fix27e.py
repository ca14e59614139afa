"""VERIFY27 regressions fixed on branch r27-fixe: an English sentence around a percentage left in the translation
(R4, R5), TQA317 through the file-name slug (R6) and the audit summary of a missing path (R8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, name_as_word, run_cli


def test_an_english_sentence_left_with_a_percentage_is_reported_to_its_end() -> None:
    # verify 27 R4: the span stopped before `%` (“Analysts expect fares to rise by 5”, “The shares rose 12.5”)
    en = "The airline said on Monday it would cut 12 routes. Analysts expect fares to rise by 5% in 2025."
    zh = "该航空公司周一表示将削减 12 条航线。Analysts expect fares to rise by 5% in 2025."
    left = [f for f in findings(en, zh) if f.code == "TQA401"]
    assert len(left) == 1 and left[0].target is not None, left
    assert left[0].target.text == "Analysts expect fares to rise by 5% in 2025.", left[0].target.text
    en = "The deal values the company at about 1.5 billion euros. The shares rose 12.5% on Tuesday, above last year."
    zh = "该交易对公司的估值约为 15 亿欧元，The shares rose 12.5% on Tuesday, 高于去年。"
    left = [f for f in findings(en, zh) if f.code == "TQA401"]
    assert len(left) == 1 and left[0].target is not None, left
    assert left[0].target.text == "The shares rose 12.5% on Tuesday", left[0].target.text


def test_a_percentage_written_in_words_inside_english_left_gets_no_number_finding() -> None:
    # verify 27 R5: `Its shares dropped 4 percent.` left in English drew a TQA203 “4 percent” (4%) does not appear: its
    # place is the whole paragraph (the figure is nowhere in the Chinese), which holds the TQA401's span, not inside it
    en = "Revenue fell to $2.3 billion, the company said. Its shares dropped 4 percent."
    zh = "公司表示，营收降至 23 亿美元。Its shares dropped 4 percent."
    got = findings(en, zh)
    assert [f.code for f in got].count("TQA401") == 1, [(f.code, f.message) for f in got]
    assert not [f for f in got if f.category == "number" and "4 percent" in f.message], [(f.code, f.message) for f in got]


def test_the_slugs_longer_phrase_read_back_is_not_the_name() -> None:
    # verify 27 R6: 平方英尺 (CC-CEDICT `square foot`) of square-feet-prices-… was TQA317 for the name Square ×2
    text = "# 纽约公寓价格上涨\n\n曼哈顿公寓每平方英尺的价格上涨了 5%。Square 的报告显示，平方英尺价格创下新高。\n"
    assert name_as_word("docs/square-feet-prices-rise-in-manhattan.zh.md", text) == []



def test_an_audit_with_a_path_not_found_neither_checks_nor_calls_it_unreadable(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # verify 27 R8: the headline said `1 path not found`, the last line `2 checked`, the path under `unreadable:`
    (tmp_path / "ok.zh.md").write_text("# 标题\n\n这是一篇经过翻译的文章，内容完整。\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "audit", str(tmp_path / "ok.zh.md"), str(tmp_path / "nosuch"), "--no-cache",
                             "--format", "summary")
    text = out + err
    assert code == 2, text
    assert "1 path not found" in text and "1 checked" in text and "2 checked" not in text, text
    assert "unreadable:" not in text and "not found:" in text, text
