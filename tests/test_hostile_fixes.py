"""Hostile inputs, second round: each one is read or refused with one line, never a traceback or a
silent loss. In-process where that is enough (the suite's time), a subprocess only for the signal."""

from __future__ import annotations

import io
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import one_error, run_cli

from transqa.audit.run import MAX_WORKERS, clamp_workers
from transqa.load.html import parse_html
from transqa.load.markdown import parse_markdown

ZH = ROOT / "corpora" / "samples" / "battery-recall.zh.md"




def _texts(raw: str) -> list[tuple[int, str]]:
    return [(b.line, b.text) for b in parse_markdown("a.md", raw).blocks]


@pytest.mark.parametrize("depth", [12, 40])
def test_lists_nested_beyond_the_parser_cap_are_read(depth: int) -> None:
    raw = "开头。\n\n" + "".join("  " * i + f"- 第{i}项\n" for i in range(depth)) + "\n结尾 1 . 5 亿。\n"
    blocks = _texts(raw)
    assert [t for _, t in blocks] == ["开头。", *(f"第{i}项" for i in range(depth)), "结尾 1 . 5 亿。"]
    assert blocks[-1][0] == depth + 4  # its own line


def test_quotes_nested_beyond_the_parser_cap_are_read() -> None:
    raw = "开头。\n\n" + ">" * 20 + " 第一行\n" + ">" * 20 + " 第二行\n\n" + "> " * 5000 + "深处\n\n结尾。\n"
    assert _texts(raw) == [(1, "开头。"), (3, "第一行 第二行"), (6, "深处"), (8, "结尾。")]


@pytest.fixture
def loop(tmp_path: Path) -> Path:
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    return tmp_path / "a"


def test_symlink_loop_as_target_isone_error(loop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "check", str(loop))
    assert code == 2
    one_error(err, str(loop))


def test_symlink_loop_among_targets_leaves_the_others_checked(loop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "check", str(ZH), str(loop), "--format", "concise")
    assert code == 2
    one_error(err, str(loop))
    assert "TQA207" in out


def test_symlink_loop_as_audit_input_isone_error(loop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "audit", str(loop), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "r.jsonl"))
    assert code == 2
    one_error(err, str(loop))


@pytest.mark.parametrize("unit", ["<span>x", "<div>x", "<table><tr><td>x"])
def test_html_nested_thousands_deep_is_read_as_when_shallow(unit: str) -> None:
    page = ("<html><body><h1>Power banks recalled</h1>"
            "<p>Voltcell, the Shenzhen-based maker of portable chargers, is recalling 150 million power banks.</p>")
    shallow = [b.text for b in parse_html("a.en.html", page + unit * 10).blocks]
    assert len(shallow) == 2
    assert [b.text for b in parse_html("a.en.html", page + unit * 3000).blocks] == shallow


@pytest.fixture
def pair(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for lang in ("en", "zh"):
        name = f"battery-recall.{lang}.md"
        (folder / name).write_bytes((ZH.parent / name).read_bytes())
    return folder


def test_audit_jobs_are_clamped_to_the_articles_with_a_notice(pair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "audit", str(pair), "-j", "100000", "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "r.jsonl"))
    assert code == 1, err
    assert "transqa: notice: --jobs 100000 lowered to 1: 1 article(s) to check" in err
    assert "1 worker(s)" in out


def test_audit_jobs_are_clamped_to_a_maximum() -> None:
    assert clamp_workers(100_000, 10**6) == (MAX_WORKERS, f"--jobs 100000 lowered to {MAX_WORKERS}: at most {MAX_WORKERS} (2 per core)")
    assert clamp_workers(os.cpu_count() or 1, 1) == (1, "")  # the default asks for no notice


@pytest.mark.parametrize(("flags", "clash"), [
    (["--store", "{d}/x.sqlite", "-o", "{d}/x.sqlite"], "result store"),
    (["--store", "{d}/s.sqlite", "-o", "{d}/x.txt", "--summary", "{d}/x.txt"], "report"),
    (["--store", "{d}/x.sqlite", "-o", "{d}/r.jsonl", "--summary", "{d}/sub/../x.sqlite"], "result store"),
])
def test_audit_output_onto_another_output_is_refused_before_any_work(
        flags: list[str], clash: str, pair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "sub").mkdir()
    kept = tmp_path / flags[-1].rsplit("/", 1)[1]
    kept.write_bytes(b"kept")
    code, _, err = run_cli(capsys, "audit", str(pair), *(f.format(d=tmp_path) for f in flags))
    assert code == 2
    one_error(err, f"is also the {clash} of this run")
    assert kept.read_bytes() == b"kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["in", "sub", kept.name])


@pytest.mark.parametrize(("rows", "expect"), [
    ("battery-recall.en.md\n", "line 2: has no target"),
    ("battery-recall.en.md,battery-recall.zh.md\nbattery-recall.en.md,\n", "line 3: has no target"),
    ('"unterminated,battery-recall.zh.md\n', "is not valid CSV from line 2"),
    ("", "has no row to audit"),
])
def test_manifest_rows_without_a_target_are_an_error(rows: str, expect: str, pair: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    manifest = pair / "m.csv"
    manifest.write_text("source,target\n" + rows, encoding="utf-8")
    code, _, err = run_cli(capsys, "audit", "--manifest", str(manifest), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "r.jsonl"))
    assert code == 2
    one_error(err, "m.csv", expect)


def test_a_damaged_stored_result_is_checked_again(pair: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store, out = tmp_path / "s.sqlite", tmp_path / "r.jsonl"
    args = ["audit", str(pair), "--store", str(store), "-o", str(out)]
    assert run_cli(capsys, *args)[0] == 1
    first = out.read_text(encoding="utf-8")
    with closing(sqlite3.connect(store)) as db:
        db.execute("UPDATE results SET line = '{not json'")
        db.commit()
    code, report, err = run_cli(capsys, *args)
    assert code == 1, err
    assert "transqa: notice: 1 stored result could not be read: checked again" in err
    assert "0 from the result store, 1 checked" in report
    assert out.read_text(encoding="utf-8") == first


def _cpu_seconds(stat: Path) -> float:
    """User and system CPU time of a process from /proc/PID/stat (fields 14 and 15)."""
    fields = stat.read_text(encoding="ascii").rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_ctrl_c_while_the_command_starts_is_one_line() -> None:
    # while the command imports its modules (about 0.3 CPU s, after Python's own start-up of about 0.05): Python's
    # traceback came from there. The moment is taken in the process's CPU time, which a loaded machine does not
    # stretch (0.3 s of wall time was still inside Python's start-up under a load of 10). The suite's own bytecode
    # folder (PYTHONPYCACHEPREFIX, tests/conftest.py) is left out: with it Python compiles its standard library
    # again first (`enum` for `signal`), which a user's run never does
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"} | {"NO_COLOR": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "transqa", "check", str(ZH.with_suffix("").with_suffix(".en.md")), str(ZH)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=env)
    stat = Path(f"/proc/{proc.pid}/stat")
    if stat.exists():
        while proc.poll() is None and _cpu_seconds(stat) < 0.12:
            time.sleep(0.002)
    else:
        time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (130, "transqa: interrupted\n"), err


@pytest.mark.parametrize("name", ["./-", "-/"])
def test_a_file_named_dash_is_read_as_that_file(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "-").write_bytes(ZH.read_bytes())
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("中文 2 . 5 亿\n".encode())))
    code, out, err = run_cli(capsys, "check", "--format", "concise", name)
    assert code == 1, err
    assert "“1 . 5”" in out and "2 . 5" not in out


def test_html_report_shows_control_characters_never_raw(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "e.md"
    target.write_text("中文段落\x1b]0;标题\x07 与 \x1b[31m红色\x1b[0m 2 . 5 亿\x08\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(target), "--format", "html")
    assert code == 1
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)
    assert "␛[31m红色" in out


def test_fix_write_that_fails_leaves_no_orig(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import transqa.atomic

    target = tmp_path / "f.md"
    target.write_bytes(ZH.read_bytes())

    def refused(path: str | Path, data: bytes, allow_inputs: bool = False) -> None:  # as an immutable file answers
        raise transqa.atomic.OutputError(str(path), "cannot be written (Operation not permitted); nothing was written")

    monkeypatch.setattr(transqa.atomic, "write_bytes", refused)
    code, _, err = run_cli(capsys, "fix", str(target), "--write")
    assert code == 2
    one_error(err, "nothing was written")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.md"]
    assert target.read_bytes() == ZH.read_bytes()


@pytest.mark.parametrize("argv", [["check", ""], ["check", "", "x.zh.md"], ["audit", ""], ["fix", ""]])
def test_an_empty_path_is_one_usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """`check ""` said `.: is a folder, not a file` (an empty Path is the current folder)."""
    from transqa.cli import main

    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "an empty argument where a path was expected" in err


def test_an_empty_option_value_is_left_to_the_option() -> None:
    from transqa.options import empty_path

    assert not empty_path(["audit", "--select", "", "corpus"]) and empty_path(["check", ""])
