"""Newcomer 27b items fixed on branch r28-fix (the dictionary-index notice, the folder breakdown of the summary, the
README's exit-code and header notes), the audit summary's schema, one parse of a fetched original, and TQA001's place."""

from __future__ import annotations

from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def _readme() -> str:
    return " ".join(README.read_text(encoding="utf-8").split())


def test_the_dictionary_index_notice_and_the_readme_give_the_same_measured_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # newcomer 27b item 8: the notice said "about 30 s", the README "about 5 CPU s; 20–40 s", the build took ~6 s
    from transqa.audit import run, worker

    monkeypatch.setattr(run, "index_missing", lambda: True)
    monkeypatch.setattr(run, "build_index", lambda: None)
    said: list[run.Notice] = []
    run._index_first([object()], said.append)  # type: ignore[list-item]
    assert [str(n) for n in said] == [f"building the dictionary index (once per version of transqa and of its "
                                      f"dictionary, {worker.INDEX_TIME})"]
    assert "30 s" not in worker.INDEX_TIME
    assert f"CC-CEDICT ({worker.INDEX_TIME})" in _readme(), "the README quotes the notice's figures"


def test_the_exit_codes_say_what_timeout_reports() -> None:
    # newcomer 27b item 11: `timeout -s INT 5 transqa audit …` gave 124 (timeout's code); --preserve-status gives 130
    row = _readme().split("| 143 |", 1)[1].split(" |", 1)[0]  # the exit-code table's row for a stopped run
    assert "124" in row and "`timeout --preserve-status`" in row and "130" in row, row
