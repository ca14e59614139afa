"""Release 30 reread: guards of release thirty's rules that no test held (each test fails when its guard is removed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, passes, run_cli


def _codes(en: str, zh: str) -> list[str]:
    return [f.code for f in findings(en, zh) if f.category == "number"]


def test_an_amount_of_dollars_that_looks_like_a_year_is_still_money() -> None:
    # english._money: only a currency code (ARS, EUR) after a bare year is a name of the next clause; `dollars` is money
    assert _codes("He paid 2019 dollars for it.", "他为此支付了2019美元。") == []


def test_a_translated_domain_ending_needs_the_name_to_start_a_word() -> None:
    # _translated_endings: `myjfdi。亚洲` is another word that ends in the site's name, not jfdi.asia broken at its dot
    passes("TQA315", None, "# 加速器\n\n新加坡的[加速器](https://jfdi.asia/)宣布了新成员。\n\n我们去了 myjfdi。亚洲是一个大市场。\n")


def test_a_line_per_sentence_translation_on_standard_input_beside_a_markdown_original(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # load._target_format: standard input has no name to tell, so text with no Markdown in it is read one paragraph a
    # line whatever the original; test_fixa30's stdin test has a plain-text original, which alone makes it so
    import io

    en = ("# Aguero injured\n\nSergio Aguero hurt his knee on Tuesday.\n\nIt is not thought to be serious.\n\n"
          "Manchester City said Aguero would miss the match.\n\nAguero has scored 20 goals this season.\n")
    zh = "阿奎罗受伤\n塞尔吉奥·阿奎罗周二膝盖受伤。\n曼城表示，阿奎罗将缺席比赛。\n阿奎罗本赛季已打进20球。\n"
    (tmp_path / "t.en.md").write_text(en, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(zh.encode("utf-8")), encoding="utf-8"))
    _code, out, _err = run_cli(capsys, "check", str(tmp_path / "t.en.md"), "-", "--format", "concise")
    codes = [line.split(": ")[1].split()[0] for line in out.splitlines() if ": TQA" in line]
    assert "TQA014" not in codes and "TQA001" in codes, out
