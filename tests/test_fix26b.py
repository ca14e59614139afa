"""HOSTILE26 bugs #1, #4, #7, #8, #9: a Dask cluster with no worker left, a closed standard output, -q with
--html-dir, a manifest's file named `-`, repeated or capitalised manifest columns."""

from __future__ import annotations

import _thread
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tests.helpers import ClosedStdout

from transqa.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpora" / "samples"


@contextmanager
def watchdog(seconds: float) -> Iterator[None]:
    """A hang fails the test: after `seconds` the main thread gets a KeyboardInterrupt (an audit then returns 130,
    which no assertion here accepts). A bound, not a timing: the work takes a few seconds."""
    timer = threading.Timer(seconds, _thread.interrupt_main)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _stored(store: Path) -> int:
    with sqlite3.connect(store) as db:
        return int(db.execute("SELECT COUNT(*) FROM results").fetchone()[0])


def test_a_dask_cluster_whose_workers_are_killed_is_an_error_not_a_hang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # HOSTILE26 #1: every worker of a --scheduler cluster killed (OOM, preemption): the audit waited for ever, silent
    distributed = pytest.importorskip("dask.distributed")
    few, more = tmp_path / "few", tmp_path / "more"
    few.mkdir()
    more.mkdir()
    for name in ("solar-startup.zh.md", "lips-app.zh.md"):
        shutil.copy(SAMPLES / name, few / name)
        shutil.copy(SAMPLES / name, more / name)
    shutil.copy(SAMPLES / "chip-merger.zh.md", more / "chip-merger.zh.md")
    store = tmp_path / "s.sqlite"
    with watchdog(150), distributed.LocalCluster(n_workers=0, processes=True, host="127.0.0.1", dashboard_address=None,
                                  scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"}) as cluster:
        address = cluster.scheduler_address
        worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--no-nanny", "--nthreads", "1",
                                   "--no-dashboard", "--host", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert main(["audit", str(few), "--store", str(store), "--no-progress", "-q", "-o", str(tmp_path / "few.jsonl")]) == 1
            assert _stored(store) == 2
            with distributed.Client(address) as client:
                client.wait_for_workers(1, timeout=120)
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.wait()
        capsys.readouterr()
        out = tmp_path / "more.jsonl"
        code = main(["audit", str(few), str(more), "--store", str(store), "--no-progress", "--executor", "dask",
                     "--scheduler", address, "--worker-wait", "1", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2, err
    errors = [line for line in err.splitlines() if line.startswith("transqa: error:")]
    assert errors == [f"transqa: error: the Dask cluster at {address} has no workers (none for 1 s); 2 of 5 articles are "
                      "stored: the same command skips them and checks the rest; not written, as a stopped run leaves no "
                      f"half-written file: {out}"], err
    assert f"notice: the Dask cluster at {address} has no workers (waiting up to 1 s for one)" in err
    assert "Traceback" not in err and not out.exists()
    assert _stored(store) == 2  # what was stored stays stored


def _three(tmp_path: Path) -> Path:
    folder = tmp_path / "zh"
    folder.mkdir()
    for name in ("solar-startup.zh.md", "lips-app.zh.md", "chip-merger.zh.md"):
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def test_a_closed_standard_output_still_writes_the_files_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # HOSTILE26 #4: `audit … --summary s.json --fix f.patch --write-baseline b.json | head -1` exited 1 (the gate's
    # code, from click's own handling of EPIPE), wrote none of the three files and said nothing
    folder = _three(tmp_path)
    files = {"--summary": tmp_path / "sum.json", "--fix": tmp_path / "f.patch", "--write-baseline": tmp_path / "b.json"}
    monkeypatch.setattr(sys, "stdout", ClosedStdout(1))
    code = main(["audit", str(folder), "--store", str(tmp_path / "s.sqlite"), "--format", "jsonl", "--no-progress", "-q",
                 "--jobs", "1", *(x for option, path in files.items() for x in (option, str(path)))])
    err = capsys.readouterr().err
    assert code == 141, err
    assert all(path.exists() for path in files.values())
    assert err.splitlines() == ["transqa: standard output was closed at result 2 of 3: the results after it are not there; "
                                "every article was checked (and stored) and the files asked for written"]
    assert _stored(tmp_path / "s.sqlite") == 3


def test_a_closed_standard_output_stops_an_audit_with_no_file_to_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = _three(tmp_path)
    monkeypatch.setattr(sys, "stdout", ClosedStdout(1))
    code = main(["audit", str(folder), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--jobs", "1"])
    err = capsys.readouterr().err
    assert code == 141, err
    assert err.splitlines() == ["transqa: standard output was closed at result 2 of 3: stopped; 2 of 3 articles are stored: "
                                "the same command skips them and checks the rest"]
    assert _stored(tmp_path / "s.sqlite") == 2


def test_quiet_html_dir_prints_nothing_on_a_pipe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # HOSTILE26 #8: `audit A/ --html-dir site -q | wc -l` gave the 80 lines of the summary (--summary FILE -q gave none)
    folder = _three(tmp_path)
    args = ["audit", str(folder), "--store", str(tmp_path / "s.sqlite"), "--html-dir", str(tmp_path / "site"), "--no-progress", "-q"]
    assert main(args) == 1
    assert capsys.readouterr().out == ""
    assert (tmp_path / "site" / "index.html").exists()
    assert main([*args, "--format", "summary"]) == 1  # asked for on standard output: there, -q or not
    assert capsys.readouterr().out.startswith("audited 3 articles")


def test_a_manifest_row_naming_a_file_called_dash_reads_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # HOSTILE26 #7: `./-` in a manifest beside the current folder became `-`, read as standard input: a CI step's
    # piped text was taken as the English original (stored under `<stdin>`)
    import io
    import json

    monkeypatch.chdir(tmp_path)
    shutil.copy(SAMPLES / "chip-merger.zh.md", "chip-merger.zh.md")
    shutil.copy(SAMPLES / "chip-merger.en.html", "-")
    monkeypatch.setattr(sys, "stdin", io.StringIO("I'm sorry, I can't translate this\n"))
    for n, cell in enumerate(("./-", "-")):
        Path(f"m{n}.csv").write_text(f"source,target\n{cell},chip-merger.zh.md\n", encoding="utf-8")
        assert main(["audit", "--manifest", f"m{n}.csv", "--store", "s.sqlite", "--no-cache", "-q", "-o", f"o{n}.jsonl"]) == 1
        record = json.loads(Path(f"o{n}.jsonl").read_text(encoding="utf-8"))
        assert record["source"] == "./-" and record["mode"] == "pair" and record["error"] is None
        assert "TQA014" not in {f["code"] for f in record["findings"]}  # the right original, not the piped text
    assert capsys.readouterr().err == ""


def test_manifest_headers_in_any_case_and_no_column_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # HOSTILE26 #9: `source,target,target` used the last target silently; `Source,Target` was refused
    import json

    for name in ("chip-merger.zh.md", "chip-merger.en.html", "lips-app.zh.md"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    twice = tmp_path / "dup.csv"
    twice.write_text("source,target,Target\nchip-merger.en.html,chip-merger.zh.md,lips-app.zh.md\n", encoding="utf-8")
    store = ["--store", str(tmp_path / "s.sqlite"), "-q", "-o"]
    assert main(["audit", "--manifest", str(twice), *store, str(tmp_path / "d.jsonl")]) == 2
    assert capsys.readouterr().err == f"transqa: error: {twice}: line 1: the column target is given twice\n"
    upper = tmp_path / "up.csv"
    upper.write_text("Source,TARGET\nchip-merger.en.html,chip-merger.zh.md\n", encoding="utf-8")
    assert main(["audit", "--manifest", str(upper), *store, str(tmp_path / "u.jsonl")]) == 1
    record = json.loads((tmp_path / "u.jsonl").read_text(encoding="utf-8"))
    assert record["mode"] == "pair" and record["target"].endswith("chip-merger.zh.md")


def test_a_sarif_document_to_a_closed_standard_output_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    # the document comes after the last article: its closed pipe is found then, and said as the records' is
    pipe = ClosedStdout(1)
    pipe.writes = 1  # closed from the start
    monkeypatch.setattr(sys, "stdout", pipe)
    code = main(["audit", str(_three(tmp_path)), "--store", str(tmp_path / "s.sqlite"), "--format", "sarif", "--no-progress",
                 "--jobs", "1", "-q"])
    assert code == 141
    assert capsys.readouterr().err == ("transqa: standard output was closed: the SARIF document of 3 articles is not there; "
                                       "every article was checked (and stored)\n")


def test_a_dask_result_left_on_a_killed_worker_is_not_waited_for_for_ever(monkeypatch: pytest.MonkeyPatch) -> None:
    # the workers killed after a task finished and before its result was fetched: distributed runs it again, with no
    # worker to run it, and result() waited for ever; now it is waited for as an unfinished task, then DaskLost
    dask_distributed = pytest.importorskip("dask.distributed")
    from transqa.audit import run

    class Lost:
        def result(self, timeout: float | None = None) -> list[tuple[int, str]]:
            if timeout is None:
                threading.Event().wait(5)
                raise AssertionError("a result fetched with no bound")
            raise TimeoutError

    class Cluster:
        def nthreads(self) -> dict[str, int]:
            return {}  # every worker gone

    def wait(pending: set[object], timeout: float, return_when: str) -> tuple[set[object], set[object]]:
        return set(pending), set()  # finished (on the killed worker)

    monkeypatch.setattr(dask_distributed, "wait", wait)
    monkeypatch.setattr(run, "GATHER_WAIT", 0.0)
    said: list[object] = []
    with watchdog(60), pytest.raises(run.DaskLost, match="has no workers"):
        list(run._gathered(Cluster(), [Lost()], "at tcp://127.0.0.1:1", said.append, 0.0))
    assert [str(n) for n in said] == ["the Dask cluster at tcp://127.0.0.1:1 has no workers (waiting up to 0 s for one)"]
