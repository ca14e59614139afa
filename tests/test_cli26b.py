"""Newcomer 26 items 14, 8, 11 and the closed standard output of `check` (brief CLI26B)."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from tests.helpers import ClosedStdout

from transqa.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"


def test_empty_standard_input_is_named_as_the_reports_name_it(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    # item 14: `: | transqa check -` said `-: is empty`, while its findings are at `<stdin>:11:140`
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    assert main(["check", "-"]) == 2
    assert capsys.readouterr().err.strip() == "transqa: error: <stdin>: is empty"


def test_empty_standard_input_among_several_is_named_the_same_in_the_report(monkeypatch: pytest.MonkeyPatch,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"  \n"), encoding="utf-8"))
    main(["check", str(SAMPLES / "chip-merger.zh.md"), "-", "-f", "json"])
    captured = capsys.readouterr()
    assert '"target": "<stdin>"' in captured.out and '"target": "-"' not in captured.out
    assert "transqa: error: <stdin>: is empty (whitespace only)" in captured.err


def test_one_stored_article_is_it_not_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    # item 14: `1 of 200 articles is stored: the same command skips them …`
    folder = tmp_path / "zh"
    folder.mkdir()
    for name in ("solar-startup.zh.md", "lips-app.zh.md"):
        shutil.copy(SAMPLES / name, folder / name)
    monkeypatch.setattr(sys, "stdout", ClosedStdout())
    code = main(["audit", str(folder), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--jobs", "1"])
    assert code == 141
    assert capsys.readouterr().err.splitlines() == [
        "transqa: standard output was closed at result 1 of 2: stopped; 1 of 2 articles is stored: "
        "the same command skips it and checks the rest"]


def test_check_whose_standard_output_is_closed_exits_141_with_one_line(monkeypatch: pytest.MonkeyPatch,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    # `transqa check a.en.md a.zh.md | head -1` exited 0 (or click's 1, the gate's code) where audit exits 141
    monkeypatch.setattr(sys, "stdout", ClosedStdout())
    code = main(["check", str(SAMPLES / "chip-merger.en.html"), str(SAMPLES / "chip-merger.zh.md")])
    assert code == 141
    assert capsys.readouterr().err.splitlines() == [
        "transqa: standard output was closed before the end of the report (its reader stopped): the rest of it is not there"]


_EN = "# Drone maker flies farther\n\nThe startup said its drone flew 250 kilometers in a test in 2022, and the kit costs €99.\n"
_ZH = "# 无人机制造商飞得更远\n\n这家初创公司表示，其无人机在2022年的一次测试中飞行了25公里，套件售价199欧元。\n"


@pytest.mark.parametrize(("zh", "km", "eur"), [
    (_ZH, "→ 250公里", "→ 99欧元"),  # the article writes `2022年`: no space
    (_ZH.replace("2022年", "2022 年").replace("25公里", "25 公里").replace("199欧元", "199 欧元"), "→ 250 公里", "→ 99 欧元"),
], ids=["unspaced-article", "spaced-article"])
def test_number_suggestions_are_whole_expressions_spaced_as_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                       zh: str, km: str, eur: str) -> None:
    # item 8: `“250 kilometers” … became “25 公里” → 250` (the unit dropped), `→ 99欧元` where the article writes `2022 年`
    (tmp_path / "d.en.md").write_text(_EN, encoding="utf-8")
    (tmp_path / "d.zh.md").write_text(zh, encoding="utf-8")
    main(["check", str(tmp_path / "d.en.md"), str(tmp_path / "d.zh.md"), "-f", "concise"])
    lines = capsys.readouterr().out.splitlines()
    assert any(line.endswith(km) for line in lines if "TQA202" in line), lines
    assert any(line.endswith(eur) for line in lines if "TQA201" in line), lines


def test_the_index_and_the_summary_name_their_rankings_apart() -> None:
    # item 11: the index ("Worst first: by errors, then warnings") and the summary's "worst articles" (a weighed score)
    # ranked differently under one word
    from collections import Counter

    from transqa.report.html import render_index

    page = render_index([("a.zh.md", "a.html", 1, Counter(error=1))], "summary.html")
    assert "Most errors first" in page and "the articles by score" in page and "worst" not in page.lower()
