"""The faults a newcomer met following README: a run of several files with one unusable, Ctrl-C in an
audit, the report header's paths, a consent page checked against its original."""

from __future__ import annotations

import json
import shutil
import signal
from pathlib import Path

import pytest
from tests.conftest import ROOT

from transqa.cli import main

S = ROOT / "corpora" / "samples"


def test_of_several_files_an_empty_one_is_named_and_the_others_reported(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.zh.md"
    empty.write_bytes(b"")
    # it was taken for an English original with no translation after it, and nothing was reported
    assert main(["check", str(S / "solar-startup.en.md"), str(S / "solar-startup.zh.md"), str(empty), "-f", "concise"]) == 2
    got = capsys.readouterr()
    assert got.err == f"transqa: error: {empty}: is empty\n"
    assert f"{S / 'solar-startup.zh.md'}:" in got.out
    assert main(["check", str(S / "wind-farm.zh.md"), str(empty), str(S / "lips-app.zh.md"), "-f", "json", "-q"]) == 2
    got = capsys.readouterr()
    assert got.err == f"transqa: error: {empty}: is empty\n"  # -q keeps errors
    docs = json.loads(got.out)["documents"]  # the unusable file is a document in error, for pipelines
    assert [d["target"] for d in docs] == [str(S / "wind-farm.zh.md"), str(empty), str(S / "lips-app.zh.md")]
    assert [d["error"] and d["error"]["message"] for d in docs] == [None, f"{empty}: is empty", None]


def test_a_run_whose_every_file_is_unusable_writes_no_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("a.zh.md", "b.zh.md"):
        (tmp_path / name).write_text("  \n", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.zh.md"), str(tmp_path / "b.zh.md"), "-o", str(tmp_path / "r.json")]) == 2
    assert capsys.readouterr().err.count("is empty (whitespace only)") == 2
    assert not (tmp_path / "r.json").exists()


def test_an_english_original_before_an_empty_translation_is_its_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "x.zh.md"
    empty.write_bytes(b"")
    assert main(["check", str(S / "solar-startup.en.md"), str(empty)]) == 2
    assert capsys.readouterr().err == f"transqa: error: {empty}: is empty\n"


def test_ctrl_c_in_an_audit_says_how_many_articles_are_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from transqa.audit import run as audit_run

    for i in range(4):
        shutil.copy(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md", tmp_path / f"a{i}.zh.md")
    real, calls = audit_run.check_job, []

    def third_interrupted(job, settings=None):  # noqa: ANN001, ANN202
        calls.append(job)
        if len(calls) == 3:
            signal.raise_signal(signal.SIGINT)
        return real(job, settings)

    monkeypatch.setattr(audit_run, "check_job", third_interrupted)
    args = ["audit", str(tmp_path), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--jobs", "1", "-f", "jsonl"]
    assert main(args) == 130
    # a notice that the dictionary index is being built comes first when the cache is cold (a new version of the code)
    err = "".join(x for x in capsys.readouterr().err.splitlines(keepends=True) if not x.startswith("transqa: notice:"))
    assert err == ("transqa: interrupted (2 of 4 articles are stored: the same command skips them "
                                       "and checks the rest)\n")
    monkeypatch.setattr(audit_run, "check_job", real)
    assert main(args) == 1
    assert "(2 from the result store, 2 checked," in capsys.readouterr().err


def test_the_header_keeps_a_long_path_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    # the header once broke a long path at its `/` to fit 60 columns: the pieces could not be copied into a command
    deep = tmp_path / "translations-of-the-technology-news-archive" / "two-thousand-and-twenty-four"
    deep.mkdir(parents=True)
    shutil.copy(S / "solar-startup.zh.md", deep / "solar-startup-raises-money-for-rooftop-panels.zh.md")
    monkeypatch.setenv("COLUMNS", "60")
    main(["check", str(deep / "solar-startup-raises-money-for-rooftop-panels.zh.md")])
    out = capsys.readouterr().out
    head = out.split("\nConfiguration:")[0].split("\nChecked without")[0].splitlines()
    # and since release 31 the command is never wrapped at all (a report in a pipe broke it at 80 columns)
    assert head == ["transqa check " + str(deep / "solar-startup-raises-money-for-rooftop-panels.zh.md")], head


def test_a_path_wider_than_the_line_is_never_broken(tmp_path: Path) -> None:
    from transqa.report.wrap import wrap_paths

    long = "x" * 70
    assert wrap_paths(f"transqa check /a/{long}/b.md", 60) == f"transqa check\n/a/{long}/b.md"
    assert wrap_paths(f"transqa check /a/{long}/b.en.md c.md", 60) == f"transqa check\n/a/{long}/b.en.md\nc.md"
    assert wrap_paths("transqa check a.zh.md", 60) == "transqa check a.zh.md"
    assert wrap_paths("transqa check a b", 12) == "transqa\ncheck a b"


def test_a_consent_page_is_reported_once_as_unusable(capsys: pytest.CaptureFixture[str]) -> None:
    # TQA004 came with a warning that the two files do not look like a pair: one finding says it all
    assert main(["check", str(S / "consent-page.en.md"), str(S / "consent-page.zh.md"), "-f", "concise"]) == 1
    got = capsys.readouterr()
    assert got.err == "" and [line.split(": ")[1].split()[0] for line in got.out.splitlines()] == ["TQA004"]


def test_the_html_counts_take_the_number_of_their_noun(tmp_path: Path) -> None:
    # "9 of 9 findings shown  7 error  2 warning": the severities were singular whatever their count
    main(["check", str(S / "chip-merger.en.html"), str(S / "chip-merger.zh.md"), "-o", str(tmp_path / "r.html")])
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    counts = page.split('<div class="counts">')[1].split("</div>")[0]
    assert "findings shown" in counts and "7 errors" in counts and "2 warnings" in counts, counts
    (tmp_path / "one.zh.md").write_text("# 标题\n\n平台使用得更频繁。。\n", encoding="utf-8")  # one TQA510 finding
    main(["check", str(tmp_path / "one.zh.md"), "-o", str(tmp_path / "one.html")])
    counts = (tmp_path / "one.html").read_text(encoding="utf-8").split('<div class="counts">')[1].split("</div>")[0]
    assert "of 1 finding shown" in counts and any(f"<span>1 {s}</span>" in counts for s in ("error", "warning", "info")), counts


def _sigint_ignored_in_a_worker() -> bool:
    import transqa.__main__  # noqa: F401  (what a Dask worker imports as its main module)

    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def test_worker_processes_leave_ctrl_c_to_the_command() -> None:
    # Dask's workers (spawned, this module as their main) took Ctrl-C too: tracebacks, also while they started
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        assert pool.apply(_sigint_ignored_in_a_worker) is True
    assert signal.getsignal(signal.SIGINT) != signal.SIG_IGN  # the command's own process keeps it


def test_a_ctrl_c_while_the_dask_cluster_starts_waits_for_it() -> None:
    # interrupted half made, the cluster could not be closed (tracebacks at exit); now it is raised after
    from transqa.audit.run import _interrupts_held

    reached = []
    with pytest.raises(KeyboardInterrupt), _interrupts_held():
        signal.raise_signal(signal.SIGINT)
        reached.append(True)
    assert reached == [True]


def test_the_summary_rates_have_three_decimals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from transqa.audit.summary import Summary, render_html, render_text

    assert "0.000 per 1,000 characters" in render_text(Summary()) and "0.000 per 1,000 characters" in render_html(Summary())
    shutil.copy(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md", tmp_path)
    main(["audit", str(tmp_path), "--no-cache", "--no-progress", "-o", str(tmp_path / "o.jsonl")])
    rows = [line for line in capsys.readouterr().out.splitlines() if line.endswith("/1k chars")]
    assert rows and all(line.split()[-3].split(".")[1].isdigit() and len(line.split()[-3].split(".")[1]) == 3 for line in rows), rows


def test_quiet_keeps_the_summary_that_format_summary_asks_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md", tmp_path)
    main(["audit", str(tmp_path), "--no-cache", "--format", "summary", "-q"])
    got = capsys.readouterr()
    assert got.out.startswith("audited 1 article (") and got.err == "", got  # -q printed nothing at all


def test_a_usage_error_of_a_command_points_at_that_command_s_help(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(S / "solar-startup.zh.md"), "-o", str(tmp_path / "r.foo")]) == 2
    assert capsys.readouterr().err.endswith("(see: transqa check --help)\n")


def test_a_scheduler_address_that_names_no_scheduler_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("distributed")
    # it was "internal error: ValueError: missing port number in address 'x'", exit 3
    assert main(["audit", str(S / "solar-startup.zh.md"), "--executor", "dask", "--scheduler", "x", "--no-cache", "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("transqa: error: --scheduler x: no Dask scheduler") and err.count("\n") == 1, err


def test_ctrl_c_inside_a_finaliser_is_recorded_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    # a Ctrl-C that landed in regex's Group.__del__ printed "Exception ignored in: … KeyboardInterrupt"
    import sys

    from transqa.service import Interrupts

    reported: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", reported.append)

    class Finalised:
        def __del__(self) -> None:
            signal.raise_signal(signal.SIGINT)

    with Interrupts.guard():
        obj = Finalised()
        del obj
        assert Interrupts.pending()
    assert reported == []
    assert sys.unraisablehook == reported.append  # put back


def test_the_text_report_says_paragraphs_not_beads(capsys: pytest.CaptureFixture[str]) -> None:
    # a translator did not know the aligner's word "beads": the header says what was matched, in plain words
    main(["check", str(S / "solar-startup.en.md"), str(S / "solar-startup.zh.md")])
    out = " ".join(capsys.readouterr().out.split())  # the line wraps at the terminal's width
    assert "bead" not in out
    assert "Matched 6 English and 6 Chinese paragraphs: 6 groups translate each other, 0 have no counterpart." in out


def test_no_line_of_the_text_report_ends_in_a_space(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # the notice "Checked without the original: …" wrapped after "for " and kept the space at the line's end
    monkeypatch.setenv("COLUMNS", "100")
    main(["check", str(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md")])
    out = capsys.readouterr().out
    assert "(give\nSOURCE TARGET" in out or "(give SOURCE TARGET for\n" in out  # the notice does wrap at 100 columns
    assert [line for line in out.splitlines() if line.endswith((" ", "\t"))] == []


def test_the_summary_gives_paths_below_their_common_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # absolute paths ran past the summary's columns: the common folder is named once, the paths are given below it
    deep = tmp_path / "archive-of-translated-technology-news" / "zh"
    for year in ("2006", "2011"):
        (deep / year).mkdir(parents=True)
        shutil.copy(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md", deep / year / f"article-{year}.zh.md")
    main(["audit", str(deep), "--no-cache", "--no-progress", "--format", "summary", "-q", "--store", str(tmp_path / "s.sqlite")])
    out = capsys.readouterr().out
    assert f"paths under {deep}):" in out
    rows = [line.split() for line in out.splitlines() if line.startswith("  ")]
    assert ["2006/article-2006.zh.md"] == [r[-1] for r in rows if r[-1].endswith("2006.zh.md")]
    assert ["2006", "1", "article"] in [r[:3] for r in rows] and str(deep) not in "".join(map("".join, rows))
    from transqa.audit.summary import Summary, _common_root, render_html

    # folders given absolute (a manifest's) are shortened the same way
    assert _common_root([f"{deep}/2006/a.md", f"{deep}/2011", f"{deep}/2006"]) == str(deep)
    assert _common_root([f"{deep}/2006/a.md"]) == f"{deep}/2006" and _common_root(["/a.md", "/b.md"]) == ""
    assert "overflow-wrap:anywhere" in render_html(Summary())  # the HTML table breaks a long path inside its cell


def test_the_progress_bar_shows_at_once_before_the_articles_are_counted() -> None:
    # several seconds passed with nothing on screen while the articles were found and the workers started
    import io

    from rich.console import Console

    from transqa.report.progress import AuditBar

    buf = io.StringIO()
    with AuditBar(True, console=Console(file=buf, force_terminal=True, width=80)) as bar:
        assert "finding the articles" in buf.getvalue()
        bar.found(3)
        assert bar.callback is not None
        bar.callback(1)
    with AuditBar(False) as off:
        off.found(3)
        assert off.callback is None
