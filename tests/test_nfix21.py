"""Release twenty-one, fixes of what a newcomer met in input, output and run control (briefs: newcomer21 items 7, 15,
16, 17, 24, 25)."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ROOT
from tests.helpers import run_cli, three_samples

SAMPLES = ROOT / "corpora" / "samples"


def _stop_check_at(monkeypatch: pytest.MonkeyPatch, n: int) -> list[Any]:
    """Ctrl-C (a real SIGINT, through the command line's guard) while the `n`-th pair is checked."""
    from transqa import engine

    real = engine.check_paths
    calls: list[Any] = []

    def stopped(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        if len(calls) == n:
            signal.raise_signal(signal.SIGINT)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "check_paths", stopped)
    return calls


# ------------------------------------------------------------------- item 15: a stopped check writes no -o file
@pytest.mark.parametrize("name", ["r.json", "r.sarif", "r.xml", "r.csv", "r.txt", "r.html", "r"])
def test_a_stopped_check_of_several_files_leaves_its_output_file_alone(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    # `check a b c -o r.json`, stopped, replaced a complete report with one of the files checked before the stop
    files = three_samples(tmp_path)
    report = tmp_path / name
    report.write_text("the previous complete report\n", encoding="utf-8")
    calls = _stop_check_at(monkeypatch, 2)
    code, out, err = run_cli(capsys, "check", *files, "-o", str(report), "--isolated")
    assert code == 130 and len(calls) == 2 and out == "", (code, out)
    assert report.read_text(encoding="utf-8") == "the previous complete report\n"
    assert err == f"transqa: interrupted (not written, as a stopped run leaves no half-written file: {report})\n", err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".r", "r.")) and p != report]  # no temporary left


def test_a_stopped_check_writes_no_baseline_and_names_every_file_it_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    files = three_samples(tmp_path)
    report, base = tmp_path / "r.json", tmp_path / "base.json"
    _stop_check_at(monkeypatch, 3)
    code, _, err = run_cli(capsys, "check", *files, "-o", str(report), "--write-baseline", str(base), "--isolated")
    assert code == 130 and not report.exists() and not base.exists()
    assert err == f"transqa: interrupted (not written, as a stopped run leaves no half-written file: {report}, {base})\n", err


def test_a_check_stopped_in_its_only_file_says_so_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "r.json"
    _stop_check_at(monkeypatch, 1)
    code, out, err = run_cli(capsys, "check", str(SAMPLES / "wind-farm.en.md"), str(SAMPLES / "wind-farm.zh.md"), "-o", str(report), "--isolated")
    assert code == 130 and out == "" and not report.exists()
    assert err == f"transqa: interrupted (not written, as a stopped run leaves no half-written file: {report})\n", err
    code, out, err = run_cli(capsys, "check", str(SAMPLES / "wind-farm.zh.md"), "--isolated")  # to standard output: nothing
    assert "interrupted" not in err and out  # the guard is per command: the next run is not stopped


def test_a_stopped_check_to_dev_null_names_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    files = three_samples(tmp_path)
    _stop_check_at(monkeypatch, 2)
    code, out, err = run_cli(capsys, "check", *files, "--format", "json", "-o", "/dev/null", "--isolated")
    assert code == 130 and out == "" and err == "transqa: interrupted\n", err


def test_a_stopped_audit_names_its_baseline_and_patch_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from transqa.audit import service

    real = service.run_audit

    def stopped(*args: Any, **kwargs: Any) -> Any:
        for k, item in enumerate(real(*args, **kwargs)):
            if k == 1:
                signal.raise_signal(signal.SIGINT)
            yield item

    monkeypatch.setattr(service, "run_audit", stopped)
    files = three_samples(tmp_path)
    base, patch = tmp_path / "base.json", tmp_path / "fixes.patch"
    code, _, err = run_cli(capsys, "audit", *files, "--write-baseline", str(base), "--fix", str(patch), "--jobs", "1", "--no-cache",
                           "--no-progress", "--store", str(tmp_path / "s.sqlite"), "--isolated", "--format", "jsonl")
    assert code == 130 and not base.exists() and not patch.exists()
    assert err.rstrip().endswith(f"not written, as a stopped run leaves no half-written file: {base}, {patch})"), err


# ------------------------------------------------------------------- item 7: suggestions without edge spaces
def test_a_date_suggestion_has_no_trailing_space(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # JSON and SARIF gave `"suggestion": "2027 年 3 月 "`: pasted verbatim, a stray space
    import json

    (tmp_path / "a.en.md").write_text("The startup will launch the product in March 2027, and hire 40 engineers.\n", encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("这家初创公司将于 2027 年 5 月推出该产品，并招聘 40 名工程师。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(tmp_path / "a.en.md"), str(tmp_path / "a.zh.md"), "--isolated", "--format", "json")
    found = [f for d in json.loads(out)["documents"] for f in d["findings"]]
    assert [(f["code"], f["suggestion"]) for f in found] == [("TQA206", "2027 年 3 月")], found


def test_no_rule_suggests_text_with_spaces_at_its_edges() -> None:
    # every rule has a sample defect in corpora/ (test_corpora): each suggestion there, with the original and without
    from transqa.config import settings_for
    from transqa.engine import check_paths

    seen, bad = set(), []
    for target in sorted((ROOT / "corpora").rglob("*.zh.md")):
        source = next(target.parent.glob(target.name.split(".")[0] + ".en.*"), None)
        for src in {source, None}:
            for f in check_paths(str(src) if src else None, str(target), settings_for(str(target))).findings:
                if f.suggestion is not None:
                    seen.add(f.code)
                    if f.suggestion != f.suggestion.strip():
                        bad.append((target.name, f.code, f.suggestion))
    assert len(seen) > 40 and not bad, bad


# ------------------------------------------------------------------- item 24: a refused scheduler fails at once
def _no_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """distributed's Client retries a refused connection for its whole timeout (30 s): reaching it fails the test."""
    pytest.importorskip("dask.distributed")
    import dask.distributed

    def waited(*args: object, **kwargs: object) -> None:
        raise AssertionError("the client was asked to connect: 30 s of retries")

    monkeypatch.setattr(dask.distributed, "Client", waited)


def test_a_scheduler_address_where_nothing_listens_fails_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    _no_client(monkeypatch)
    with socket.socket() as s:  # a port nothing listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    for address in (f"tcp://127.0.0.1:{port}", f"127.0.0.1:{port}", "tcp://no-such-host.invalid:8786"):
        code, out, err = run_cli(capsys, "audit", str(SAMPLES / "wind-farm.zh.md"), "--executor", "dask", "--scheduler", address,
                                 "--no-cache", "--no-progress", "--store", str(tmp_path / "s.sqlite"), "--isolated")
        assert code == 2 and out == "" and err.count("\n") == 1, err
        assert err.startswith(f"transqa: error: --scheduler {address}: no Dask scheduler could be reached there ("), err


def test_a_scheduler_address_where_another_server_answers_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    # an HTTP server's reply was read as a Dask message's length: "internal error: MemoryError: Unable to allocate 3.07 EiB"
    pytest.importorskip("dask.distributed")
    import socket
    import threading

    server = socket.create_server(("127.0.0.1", 0))

    def answer() -> None:
        for _ in range(2):  # the probe, then the client
            conn, _ = server.accept()
            with conn:
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n")

    threading.Thread(target=answer, daemon=True).start()
    address = f"tcp://127.0.0.1:{server.getsockname()[1]}"
    try:
        code, out, err = run_cli(capsys, "audit", str(SAMPLES / "wind-farm.zh.md"), "--executor", "dask", "--scheduler", address,
                                 "--no-cache", "--no-progress", "--store", str(tmp_path / "s.sqlite"), "--isolated", "-q")
    finally:
        server.close()
    assert code == 2 and "internal error" not in err and err.count("\n") == 1, err
    assert "what answers there is not a Dask scheduler" in err, err


# ------------------------------------------------------------------- item 25: nothing left, nothing "the rest"
def test_an_audit_stopped_once_every_article_is_stored_says_none_is_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # a Dask run stopped as its cluster closed said "200 of 200 articles are stored: … skips them and checks the rest"
    from transqa.audit import service

    real = service.run_audit

    def stopped_at_the_end(*args: Any, **kwargs: Any) -> Any:
        yield from real(*args, **kwargs)
        signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(service, "run_audit", stopped_at_the_end)
    files = three_samples(tmp_path)
    code, out, err = run_cli(capsys, "audit", *files, "--jobs", "1", "--no-cache", "--no-progress", "--format", "jsonl",
                             "--store", str(tmp_path / "s.sqlite"), "--isolated")
    assert code == 130 and len(out.splitlines()) == 3
    assert err == ("transqa: interrupted (3 of 3 articles are stored: the same command takes them all from the store "
                   "and checks none again)\n"), err


# ------------------------------------------------------------------- item 16: a page's declared charset, honoured
_EN_PAGE = ('<!DOCTYPE html>\n<html><head><meta charset="{charset}"><title>Voltcell</title></head><body><article>\n'
            "<h1>Voltcell opens a café for chargers</h1>\n"
            "<p>Voltcell, the battery startup, said on Tuesday that it raised $40 million to open 12 charging cafés in Lyon.</p>\n"
            "<p>Its founder called the plan “overdue” in a statement.</p>\n</article></body></html>\n")
_ZH = ("# Voltcell 开设充电咖啡馆\n\n电池初创公司 Voltcell 周二表示，已筹集 4000 万美元，将在里昂开设 12 家充电咖啡馆。\n\n"
       "其创始人在一份声明中称该计划“早该如此”。\n")


@pytest.mark.parametrize(("charset", "encoding"), [("windows-1252", "cp1252"), ("iso-8859-1", "cp1252"), ("Windows-1252", "cp1252")])
def test_a_saved_page_is_read_in_the_charset_it_declares(charset: str, encoding: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # `<meta charset="windows-1252">` on a saved page: "is not UTF-8 text … could not be recognised", exit 2; a page
    # that says iso-8859-1 is read as browsers read it (Windows-1252: its curly quotes in 0x93/0x94)
    src, tgt = tmp_path / "voltcell.en.html", tmp_path / "voltcell.zh.md"
    src.write_bytes(_EN_PAGE.format(charset=charset).encode(encoding))
    tgt.write_text(_ZH, encoding="utf-8")
    code, out, err = run_cli(capsys, "align", str(src), str(tgt), "--format", "tsv")
    assert code == 0 and err == "", err
    assert "Voltcell opens a café for chargers" in out and "“overdue”" in out, out
    code, out, err = run_cli(capsys, "check", str(src), str(tgt), "--isolated", "--format", "concise")
    assert code == 0 and out == "" and err == "", (out, err)


def test_markdown_in_windows_1252_stays_an_error_that_says_what_to_convert_from(tmp_path: Path,
                                                                               capsys: pytest.CaptureFixture[str]) -> None:
    tgt = tmp_path / "voltcell.zh.md"
    tgt.write_text(_ZH, encoding="utf-8")
    src = tmp_path / "voltcell.en.md"  # a `charset=` in a Markdown file's text decides nothing
    src.write_bytes("# Voltcell opens a café\n\nSaved with charset=windows-1252, it said “overdue”.\n".encode("cp1252"))
    code, _, err = run_cli(capsys, "check", str(src), str(tgt), "--isolated")  # the translation is checked alone
    assert code == 2 and err.count("transqa: error:") == 1, err
    # since release 24 a file that reads as Western text is taken as the original (no longer as a second translation, with
    # "if it was meant as the original …"): the error names it, and what to convert it from
    assert f"transqa: error: {src}: is not UTF-8 text (invalid byte at offset 22)" in err and "(it reads as Windows-1252: convert it to UTF-8, e.g. iconv -f cp1252 -t utf-8)" in err, err
    for text, encoding in (("Привет, это русский текст.", "koi8-r"), ("Привет, это русский текст о компании.", "cp1251"),
                           ("Γεια σου κόσμε, αυτό είναι ελληνικό κείμενο.", "iso-8859-7")):
        src.write_bytes(text.encode(encoding))  # not Western text: no guess named
        code, _, err = run_cli(capsys, "check", str(src), str(tgt), "--isolated")
        assert code == 2 and "could not be recognised; if it was meant" in err and "iconv" not in err, err


# ------------------------------------------------------------------- item 17: an unreadable first of two files
def test_an_unreadable_first_of_two_files_says_the_other_was_checked_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    # `check bin.zh.md good.zh.md`: "error: bin.zh.md: is a binary file", and good.zh.md checked alone without a word why
    bad, good = tmp_path / "bin.zh.md", tmp_path / "good.zh.md"
    bad.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(64))
    shutil.copy(SAMPLES / "wind-farm.zh.md", good)
    code, out, err = run_cli(capsys, "check", str(bad), str(good), "--isolated", "--format", "json")
    assert code == 2 and [d["target"] for d in json.loads(out)["documents"]] == [str(bad), str(good)], out
    assert err == (f"transqa: error: {bad}: is a binary file, not text; if it was meant as the original of {good}, "
                   "that one was checked without an original\n"), err
    files = three_samples(tmp_path)  # of three or more, or an unreadable second file: the error alone
    for args in ([str(bad), *files], [str(good), str(bad)]):
        code, _, err = run_cli(capsys, "check", *args, "--isolated", "--format", "concise")
        assert code == 2 and err == f"transqa: error: {bad}: is a binary file, not text\n", err
