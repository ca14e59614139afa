"""Release twenty-two, command line: --statistics honours -o; a Japanese or Korean translation is refused unless
--force-chinese; the HTML report marks the source side; number suggestions keep the source's digits."""

from __future__ import annotations

from pathlib import Path

import pytest

from transqa.cli import main

S = str(Path(__file__).resolve().parents[1] / "corpora" / "samples") + "/"


@pytest.mark.parametrize("name", ["stats.txt", "stats.json"])
def test_statistics_goes_to_the_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--statistics"]) == 1
    shown = capsys.readouterr().out
    out = tmp_path / name
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--statistics", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert out.read_text(encoding="utf-8") == shown != ""
    assert f"wrote the statistics report to {out}" in captured.err
