"""Newcomer 26 items 14, 8, 11 and the closed standard output of `check` (brief CLI26B)."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from transqa.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"


class _ClosedPipe:
    """Standard output whose reader has gone before the first byte (`| head -0`): every write raises BrokenPipeError."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def isatty(self) -> bool:
        return False


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
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main(["audit", str(folder), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--jobs", "1"])
    assert code == 141
    assert capsys.readouterr().err.splitlines() == [
        "transqa: standard output was closed at result 1 of 2: stopped; 1 of 2 articles is stored: "
        "the same command skips it and checks the rest"]


def test_check_whose_standard_output_is_closed_exits_141_with_one_line(monkeypatch: pytest.MonkeyPatch,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    # `transqa check a.en.md a.zh.md | head -1` exited 0 (or click's 1, the gate's code) where audit exits 141
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main(["check", str(SAMPLES / "chip-merger.en.html"), str(SAMPLES / "chip-merger.zh.md")])
    assert code == 141
    assert capsys.readouterr().err.splitlines() == [
        "transqa: standard output was closed before the end of the report (its reader stopped): the rest of it is not there"]
