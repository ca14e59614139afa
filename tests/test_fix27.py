"""Release twenty-seven: leftovers of the last release (brief FIX27)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.conftest import CHIP_URL, user_docs
from tests.helpers import ClosedStdout
from tests.wayback_server import Wayback

from transqa.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"
CLOSED = "transqa: standard output was closed before the end of the {} (its reader stopped): the rest of it is not there"


# ------------------------------------------------------------------- item 1: every command exits 141 on a closed pipe
@pytest.mark.parametrize(("args", "what"), [
    (["rules"], "list of rules"),
    (["rules", "--format", "json"], "list of rules"),
    (["rule", "TQA101"], "rule's explanation"),
    (["--version"], "version line"),
    (["rules", "--help"], "output"),  # typer's own writing: it exited 1 (click's EPIPE handling) with nothing said
    (["align", str(SAMPLES / "battery-recall.en.md"), str(SAMPLES / "battery-recall.zh.md")], "alignment"),
], ids=["rules", "rules-json", "rule", "version", "help", "align"])
def test_a_closed_standard_output_is_one_line_and_141(args: list[str], what: str, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    # `transqa rules | head -1` and `align … | head -1` exited 0 silently, `rule`/`--version` 1 (click's own handling)
    # where check and audit exit 141 with one line
    monkeypatch.setattr(sys, "stdout", ClosedStdout())
    assert main(args) == 141
    assert capsys.readouterr().err.splitlines() == [CLOSED.format(what)]


def test_fix_to_a_closed_pipe_says_its_notes_then_that_the_diff_is_cut(monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # `transqa fix a.en.md a.zh.md | head -1` exited 1 (the gate's code from click's EPIPE handling) and said nothing
    monkeypatch.setattr(sys, "stdout", ClosedStdout())
    assert main(["fix", str(SAMPLES / "battery-recall.en.md"), str(SAMPLES / "battery-recall.zh.md")]) == 141
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("transqa: would fix TQA207: '1 . 5' → '1.5' (line ") and err[-1] == CLOSED.format("diff")


def test_fix_write_and_output_need_no_standard_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "fixed.zh.md"
    monkeypatch.setattr(sys, "stdout", ClosedStdout())
    assert main(["fix", str(SAMPLES / "battery-recall.en.md"), str(SAMPLES / "battery-recall.zh.md"), "-o", str(out)]) == 1
    assert "1.5" in out.read_text(encoding="utf-8") and "closed" not in capsys.readouterr().err


def test_fetch_to_a_closed_pipe_still_writes_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    page = (SAMPLES / "chip-merger.en.html").read_bytes()
    out = tmp_path / "page.html"
    with Wayback() as wb:
        wb.add(CHIP_URL, page, "20240315000000")
        monkeypatch.setattr(sys, "stdout", ClosedStdout())
        code = main(["fetch", f"https://web.archive.org/web/2024/{CHIP_URL}", "--wayback-endpoint", wb.endpoint,
                     "--cache-dir", str(tmp_path / "c"), "-o", str(out)])
    assert code == 141 and out.read_bytes() == page
    assert capsys.readouterr().err.splitlines()[-1] == CLOSED.format("capture's line")


# ------------------------------------------------------------------- item 2: the Dask wait for a worker is an option
def test_the_wait_for_a_dask_worker_is_the_option_given(monkeypatch: pytest.MonkeyPatch) -> None:
    # the wait was a fixed 30 s (NO_WORKER_WAIT): a cluster that scales up on demand could not be given longer
    pytest.importorskip("dask.distributed")
    from transqa.audit import run

    class Pending:
        def result(self, timeout: float | None = None) -> list[tuple[int, str]]:
            raise AssertionError("never done")

    class Empty:
        def nthreads(self) -> dict[str, int]:
            return {}  # no worker, ever

    def wait(pending: set[object], timeout: float, return_when: str) -> tuple[set[object], set[object]]:
        clock[0] += 1.0  # one poll, one second of the run's clock
        return set(), set(pending)

    clock = [0.0]
    monkeypatch.setattr("dask.distributed.wait", wait)
    monkeypatch.setattr(run.time, "monotonic", lambda: clock[0])
    said: list[object] = []
    with pytest.raises(run.DaskLost) as lost:
        list(run._gathered(Empty(), [Pending()], "at tcp://127.0.0.1:1", said.append, 7.0))
    assert str(lost.value) == "the Dask cluster at tcp://127.0.0.1:1 has no workers (none for 7 s)"
    assert [str(n) for n in said] == ["the Dask cluster at tcp://127.0.0.1:1 has no workers (waiting up to 7 s for one)"]
    assert clock[0] == 8.0  # the first poll without a worker starts the wait; seven polls later the run stops


@pytest.mark.parametrize(("args", "message"), [
    (["--worker-wait", "5"], "--worker-wait goes with --executor dask"),
    (["--executor", "dask", "--worker-wait", "nan"], "nan is not a number from 0 to 86400"),
    (["--executor", "dask", "--worker-wait", "-1"], "-1.0 is not a number from 0 to 86400"),
], ids=["local", "nan", "negative"])
def test_a_worker_wait_that_cannot_be_is_a_usage_error(args: list[str], message: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["audit", str(SAMPLES / "lips-app.zh.md"), "--store", str(tmp_path / "s.sqlite"), "--no-progress", *args])
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.splitlines()) == 1, err


def test_the_help_and_the_readme_give_the_default_wait() -> None:
    from typer.testing import CliRunner

    from transqa.audit.run import NO_WORKER_WAIT
    from transqa.cli import app

    shown = " ".join(CliRunner().invoke(app, ["audit", "--help"], terminal_width=400).output.split())
    assert f"Default: {NO_WORKER_WAIT:g}." in shown
    readme = " ".join(user_docs().split())
    assert f"`--worker-wait SECONDS` (default {NO_WORKER_WAIT:g};" in readme


# ------------------------------------------------------------------- item 3: the English translation's own mark
_OTHER_EN = ("# Harborline raises $3.2 billion to build electric cargo ships\n\nHarborline, a Rotterdam-based maker of "
             "battery-powered cargo ships, said on Tuesday it has raised $3.2 billion in a round led by Northwind Capital."
             "\n\nThe company, founded in 2019 by former Maersk engineer Lena Vos, employs 1,400 people across three "
             "shipyards.\n\n\"Shipping is a fifth of the problem nobody talks about,\" Vos said in an interview.\n")


def test_the_wrong_pair_warning_reads_the_whole_english_mark_not_the_message(tmp_path: Path) -> None:
    # result.pair_mismatch knew TQA401's one finding on an English translation by its message's first words: a
    # reworded message brought back the wrong-pair warning under it
    import dataclasses

    from transqa.engine import check_paths
    from transqa.result import pair_mismatch

    other = tmp_path / "other.en.md"
    other.write_text(_OTHER_EN, encoding="utf-8")
    result = check_paths(str(SAMPLES / "solar-startup.en.md"), str(other))
    assert [(f.code, f.whole) for f in result.findings] == [("TQA401", True)]
    assert pair_mismatch(result) is None
    reworded = dataclasses.replace(result.findings[0], message="此译文几乎没有中文：the article is in English")
    assert pair_mismatch(dataclasses.replace(result, findings=[reworded])) is None
    unmarked = dataclasses.replace(result.findings[0], whole=False)  # a TQA401 on one passage: the warning stays
    assert "do not look like an original and its translation" in (pair_mismatch(dataclasses.replace(result, findings=[unmarked])) or "")
    assert unmarked == result.findings[0]  # the mark is not part of what a finding is (its JSON form, equality)


def test_a_page_that_is_not_the_article_is_marked_whole_too() -> None:
    from tests.helpers import findings

    consent = (SAMPLES / "consent-page.zh.md").read_text(encoding="utf-8")
    got = findings((SAMPLES / "consent-page.en.md").read_text(encoding="utf-8"), consent)
    assert [f.whole for f in got if f.code == "TQA004"] == [True]


# ------------------------------------------------------------------- item 4: a fetched capture is parsed once
@pytest.mark.parametrize("command", ["check", "audit"])
def test_a_fetched_capture_is_parsed_once(command: str, chip_translation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    # the fetcher parsed a new capture to tell an empty shell (load.holds_article), then the check parsed it again
    import transqa.load.html as html_loader

    parsed: list[str] = []
    real = html_loader.parse_html
    monkeypatch.setattr(html_loader, "parse_html", lambda path, text: parsed.append(path) or real(path, text))
    page = (SAMPLES / "chip-merger.en.html").read_bytes()
    extra = ["--store", str(tmp_path / "s.sqlite"), "--no-progress", "--jobs", "1", "-o", str(tmp_path / "o.jsonl")] if command == "audit" else []
    with Wayback() as wb:
        wb.add(CHIP_URL, page)
        args = [command, str(chip_translation), "--fetch-source", "--wayback-endpoint", wb.endpoint, "--cache-dir", str(tmp_path / "c"), *extra]
        main(args)
        assert len(parsed) == 1, parsed  # fetched: parsed once, for the test and the check
        main(args)  # from the cache (and for audit, from the result store: nothing parsed)
    assert len(parsed) == (1 if command == "audit" else 2), parsed
    out = capsys.readouterr()
    assert "TQA" in (out.out + (tmp_path / "o.jsonl").read_text(encoding="utf-8") if command == "audit" else out.out)


# ------------------------------------------------------------------- item 5: the box cuts between words, in cells
def _excerpt_of(text: str, marked: str | None = None) -> str:
    from transqa.findings import Location
    from transqa.model import Block
    from transqa.report.text import _excerpt

    block = Block(0, "paragraph", text, list(range(len(text) + 1)), 0, len(text), 1)
    marks = []
    if marked is not None:
        at = text.index(marked)
        marks.append(Location(1, at + 1, 1, at + len(marked) + 1, marked, at, at + len(marked)))
    return str(_excerpt(block, marks, "reverse"))


_LONG_EN = ("The round also included existing investors Pacific Rim Ventures and Lumen Partners, and the company says "
            "that its newest model, the SH-4, costs 30% less to operate than the previous one. Regulators have been "
            "cautious: the Philippine Civil Aviation Authority granted Skyhaul a permit in March 2023, but only for "
            "flights over water and below 120 meters, and the company expects revenue to triple in 2024 and says it "
            "could be profitable by the end of 2025 if the regulators of three more countries agree.")


@pytest.mark.parametrize("marked", [None, "Skyhaul", "profitable", "investors"])
def test_a_long_english_paragraph_is_cut_between_words(marked: str | None) -> None:
    # newcomer 26 item 9: `…nvestors Pacific Rim …` and `… below 120 met…` beside a whole Chinese paragraph
    import re

    shown = _excerpt_of(_LONG_EN, marked)
    body = shown.strip("…").replace("⟦", "").replace("⟧", "")
    assert body in _LONG_EN and len(body) < len(_LONG_EN)
    at = _LONG_EN.index(body)
    assert at == 0 or not re.match(r"\w\w", _LONG_EN[at - 1: at + 1]), shown  # no word cut at the start
    end = at + len(body)
    assert not re.match(r"\w\w", _LONG_EN[end - 1: end + 1]), shown  # nor at the end
    assert marked is None or f"⟦{marked}⟧" in shown
    assert shown.startswith("…") == (at > 0) and shown.endswith("…") == (end < len(_LONG_EN))
    assert not shown.startswith("… ") and not shown.endswith(" …")


def test_the_english_side_gets_as_many_cells_as_the_chinese() -> None:
    from rich.cells import cell_len

    from transqa.report.text import EXCERPT

    zh = "监管机构一直持谨慎态度" * 30  # 330 Han characters: 660 cells
    shown = _excerpt_of(zh)
    assert shown == zh[:160] + "…"  # 160 Chinese characters, as before the width was measured in cells
    assert EXCERPT - 20 <= cell_len(_excerpt_of(_LONG_EN).strip("…")) <= EXCERPT  # 160 characters cut it at half
    assert _excerpt_of(_LONG_EN[:300]) == _LONG_EN[:300]  # a 300-character paragraph stands whole


# ------------------------------------------------------------------- item 6: country.py's Han is the script's
def test_a_country_inside_a_longer_word_reads_han_as_the_script_does(monkeypatch: pytest.MonkeyPatch) -> None:
    # checks/transliteration/country.py had its own Han range ([\u3400-\u9fff]): a dictionary word holding 々 or a
    # character of the extensions (𠈌, 〇) was no word there; lang.script's HAN_RUN (\p{Han}) is the one definition
    from transqa.checks.transliteration import country

    words = {"巴西々"}  # a stand-in dictionary: CC-CEDICT holds 194 headwords with such characters, none over a country
    monkeypatch.setattr(country, "is_headword", lambda w: w in words)
    monkeypatch.setattr(country, "is_common_word", lambda w: w in words)
    assert country._in_longer_word("在巴西々的", 1, "巴西")
    assert not country._in_longer_word("在巴西。的", 1, "巴西")
    source = (ROOT / "src/transqa/checks/transliteration/country.py").read_text(encoding="utf-8")
    assert "\\u3400" not in source and "\\u9fff" not in source


def test_shell_completion_keeps_its_own_exit(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # typer's exit on a closed pipe is told apart from its other sys.exit (shell completion's), which stays as it was
    monkeypatch.setenv("_TRANSQA_COMPLETE", "bash_source")
    with pytest.raises(SystemExit):
        main(["rules"])
    assert "closed" not in capsys.readouterr().err
