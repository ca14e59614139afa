"""What a translator and an archive maintainer new to transqa tripped over (release 35's newcomer report): the silent
first build of the dictionary index, the audit's missing hint at originals, `transqa rule`'s length, the HTML report's
rows, and contradictory advice on one place."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT

from transqa.cli import main

SAMPLES = ROOT / "corpora" / "samples"
PAIR = [str(SAMPLES / "battery-recall.en.md"), str(SAMPLES / "battery-recall.zh.md")]
OTHER = [str(SAMPLES / "chip-merger.en.html"), str(SAMPLES / "chip-merger.zh.md")]


# 1. the first check on a machine built the dictionary index in silence (17 s wall of nothing)

@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_a_first_check_says_once_on_standard_error_that_it_builds_the_index(
        fmt: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit import worker

    monkeypatch.setattr(worker, "index_missing", lambda: True)
    main(["check", "--format", fmt, *PAIR, *OTHER])  # two pairs: said once, before the first
    out, err = capsys.readouterr()
    assert err.count("transqa: notice: building the dictionary index (once per version of transqa") == 1
    assert "dictionary index" not in out
    main(["check", "-q", "--format", fmt, *PAIR])
    assert "dictionary index" not in capsys.readouterr().err


def test_a_check_with_the_index_cached_says_nothing_of_it(capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit import worker

    monkeypatch.setattr(worker, "index_missing", lambda: False)
    main(["check", *PAIR])
    assert "dictionary index" not in capsys.readouterr().err


def test_the_notice_names_an_unwritable_cache_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit import worker

    (tmp_path / "file").write_text("x", encoding="utf-8")
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "file"))
    assert "on every run" in worker.index_detail()
