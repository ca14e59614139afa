"""Release twenty-three, command line: --statistics as JSON (or refused), --force-chinese on a file alone, -o a FIFO,
a transqa report passed over as an original, a swapped tag reported once and repaired."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transqa.cli import main

S = str(Path(__file__).resolve().parents[1] / "corpora" / "samples") + "/"


@pytest.mark.parametrize("how", [["--format", "json"], []])
def test_statistics_as_json_are_json_even_when_empty(tmp_path: Path, how: list[str]) -> None:
    # newcomer 22b items 4 and 5: tab-separated text written to a .json; no findings wrote 0 bytes to it
    out = tmp_path / "st.json"
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--statistics", *how, "-o", str(out)]) == 1
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert rows and {"count", "code", "name", "severity"} == set(rows[0]) and rows[0]["severity"] == "error"
    assert main(["check", S + "wind-farm.en.md", S + "wind-farm.zh.md", "--statistics", *how, "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("how", [["--format", "html"], ["-o", "st.sarif"], ["--format", "junit"]])
def test_statistics_in_a_format_that_cannot_hold_them_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                   monkeypatch: pytest.MonkeyPatch, how: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--statistics", *how]) == 2
    assert "--statistics writes the counts as text or json" in capsys.readouterr().err
    assert not (tmp_path / "st.sarif").exists()
