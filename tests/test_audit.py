"""transqa audit: pairing, order, the result store (rerun, kill -9 and resume), summary, scores, Dask."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ROOT

from transqa.cli import main

SAMPLES = ROOT / "corpora" / "samples"
N = len(list(SAMPLES.glob("*.zh.md")))  # the sample articles (other tests may add some)


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_folder_pairs_by_file_name_in_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["audit", str(SAMPLES), "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--jobs", "2", "--no-progress"])
    assert code == 1
    docs = _lines(out)
    assert [Path(d["target"]).name for d in docs] == sorted(p.name for p in SAMPLES.glob("*.zh.md"))
    assert all(d["source"] and ".en." in d["source"] for d in docs)
    assert {f["code"] for d in docs for f in d["findings"]} >= {"TQA101", "TQA202", "TQA502"}
    got = capsys.readouterr()
    report = got.out
    assert f"audited {N} articles" in report and "articles by score" in report and f"{N} checked" in report
    assert got.err.splitlines()[-1] == f"transqa: notice: wrote the jsonl report to {out}"  # as check does


def test_a_folder_with_no_translation_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a newcomer's mistyped archive folder passed a gate with exit 0 and an empty summary, and nothing said why
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.en.md").write_text("Only an English note.\n", encoding="utf-8")
    code = main(["audit", str(tmp_path / "empty"), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--isolated"])
    err = capsys.readouterr().err
    # release 22: an error (exit 2), not a notice with exit 0 (a gate passed green on nothing checked)
    assert code == 2 and f"transqa: error: {tmp_path / 'empty'}: has no translation to check" in err
    # nor does it replace a baseline with an empty one (a newcomer's 242 recorded findings were lost that way)
    (tmp_path / "bl.json").write_text("kept\n", encoding="utf-8")
    code = main(["audit", str(tmp_path / "empty"), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--isolated",
                 "--write-baseline", str(tmp_path / "bl.json")])
    assert code == 2 and (tmp_path / "bl.json").read_text(encoding="utf-8") == "kept\n"
    main(["audit", str(SAMPLES), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "-o", str(tmp_path / "o.jsonl")])
    assert "found no translation" not in capsys.readouterr().err


def test_rerun_comes_from_the_store_and_no_cache_rechecks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["audit", str(SAMPLES), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "-o"]
    main([*args, str(tmp_path / "a.jsonl")])
    main([*args, str(tmp_path / "b.jsonl")])
    assert f"{N} from the result store, none checked: no worker ran" in capsys.readouterr().out
    main([*args, str(tmp_path / "c.jsonl"), "--no-cache"])
    assert f"0 from the result store, {N} checked" in capsys.readouterr().out
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes() == (tmp_path / "c.jsonl").read_bytes()


def test_changed_file_is_rechecked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "zh"
    shutil.copytree(SAMPLES, folder)
    args = ["audit", str(folder), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "-o", str(tmp_path / "o.jsonl")]
    main(args)
    capsys.readouterr()
    p = folder / "wind-farm.zh.md"
    p.write_text(p.read_text(encoding="utf-8").replace("7000 万", "700 万"), encoding="utf-8")
    main(args)
    assert f"{N - 1} from the result store, 1 checked" in capsys.readouterr().out
    assert any(f["code"] == "TQA202" for d in _lines(tmp_path / "o.jsonl") for f in d["findings"] if "wind-farm" in d["target"])


def test_manifest_target_only_and_unreadable_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(SAMPLES / "solar-startup.en.md", tmp_path)
    shutil.copy(SAMPLES / "solar-startup.zh.md", tmp_path)
    shutil.copy(ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md", tmp_path)
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "pairs.csv").write_text(
        "source,target\nsolar-startup.en.md,solar-startup.zh.md\n,alibaba-russia-mail-ru.zh.md\n,empty.md\n,missing.md\n", encoding="utf-8"
    )
    out = tmp_path / "o.jsonl"
    code = main(["audit", "--manifest", str(tmp_path / "pairs.csv"), "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--no-progress"])
    assert code == 2  # unreadable documents make the run exit 2, the others are reported
    docs = _lines(out)
    assert len(docs) == 4
    assert docs[0]["source"].endswith("solar-startup.en.md") and docs[0]["alignment"]
    assert docs[1]["source"] is None and docs[1]["alignment"] == [] and docs[1]["findings"]
    assert docs[2]["error"]["kind"] == "empty" and docs[3]["error"]["kind"] == "missing"
    assert "1 unreadable; 1 path not found" in capsys.readouterr().out  # a missing path is no article (newcomer 27 item 13)


def test_a_manifest_row_given_twice_is_checked_and_reported_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit import run

    calls: list[str] = []
    check_job = run.check_job
    monkeypatch.setattr(run, "check_job", lambda job, settings=None: (calls.append(job.target), check_job(job, settings))[1])
    shutil.copy(SAMPLES / "solar-startup.en.md", tmp_path)
    shutil.copy(SAMPLES / "solar-startup.zh.md", tmp_path)
    shutil.copy(ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md", tmp_path)
    pair, alone = "solar-startup.en.md,solar-startup.zh.md", ",alibaba-russia-mail-ru.zh.md"
    (tmp_path / "pairs.csv").write_text(f"source,target\n{pair}\n{alone}\n{pair}\n{pair}\n,solar-startup.zh.md\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    main(["audit", "--manifest", str(tmp_path / "pairs.csv"), "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--no-progress", "-j", "1"])
    # the pair, the article alone; the same translation without its original is the pair's check since release 25
    # (hostile 24 bug 8: it was checked and counted a second time)
    assert len(calls) == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    # reported once too since release 24 (hostile 23 bug 8: the summary, its counts and JUnit doubled), with a notice
    assert len(lines) == 2 and lines[0] != lines[1]
    got = capsys.readouterr()
    assert "0 from the result store, 2 checked" in got.out and "given more than once, checked once" in got.err
    main(["audit", "--manifest", str(tmp_path / "pairs.csv"), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "b.jsonl"), "--no-progress"])
    assert "2 from the result store, none checked: no worker ran" in capsys.readouterr().out and len(calls) == 2
    assert (tmp_path / "b.jsonl").read_bytes() == out.read_bytes()


def test_stored_results_are_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa import codec

    args = ["audit", str(SAMPLES), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "-o"]
    main([*args, str(tmp_path / "a.jsonl")])
    parsed: list[str] = []
    loads = json.loads
    monkeypatch.setattr(codec.json, "loads", lambda s, *a, **k: (parsed.append(s), loads(s, *a, **k))[1])
    main([*args, str(tmp_path / "b.jsonl")])
    assert len(parsed) == N  # the store's check that each row is whole; the records reuse what it read
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()


def test_pairing_by_source_url(tmp_path: Path) -> None:
    zh = tmp_path / "zh"
    en = tmp_path / "en"
    zh.mkdir()
    en.mkdir()
    text = (SAMPLES / "chip-merger.en.html").read_text(encoding="utf-8")
    text = text.replace("<head>", '<head>\n<meta property="og:url" content="http://example.com/news/kestrel-orbis/"/>')
    (en / "page-0001.html").write_text(text, encoding="utf-8")
    shutil.copy(SAMPLES / "chip-merger.zh.md", zh / "kestrel.md")
    out = tmp_path / "o.jsonl"
    main(["audit", str(zh), "--originals", str(en), "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--no-progress"])
    (doc,) = _lines(out)
    assert doc["source"].endswith("page-0001.html")
    assert {f["code"] for f in doc["findings"]} == {"TQA001", "TQA102", "TQA201", "TQA205", "TQA206", "TQA208", "TQA301", "TQA315", "TQA509"}


def test_summary_formats_and_reference_scores(tmp_path: Path) -> None:
    refs = tmp_path / "refs"
    refs.mkdir()
    shutil.copy(SAMPLES / "wind-farm.zh.md", refs / "wind-farm.zh.md")
    ref = (SAMPLES / "solar-startup.zh.md").read_text(encoding="utf-8").replace("700 万美元", "7000 万美元")
    (refs / "solar-startup.zh.md").write_text(ref, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    base = ["audit", str(SAMPLES), "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--reference", str(refs), "--no-progress"]
    main([*base, "--summary", str(tmp_path / "sum.json")])
    main([*base, "--summary", str(tmp_path / "sum.html")])
    s = json.loads((tmp_path / "sum.json").read_text(encoding="utf-8"))
    assert s["articles"] == N and s["findings"] == sum(r["count"] for r in s["by_rule"])
    assert s["findings_per_1000_chars"] > 0 and s["worst"][0]["target"].endswith("chip-merger.zh.md")
    scores = {Path(d["target"]).name: d.get("reference") for d in _lines(out)}
    assert scores["wind-farm.zh.md"]["bleu"] == 100.0 and scores["wind-farm.zh.md"]["chrf"] == 100.0
    assert 50 < scores["solar-startup.zh.md"]["bleu"] < 100
    assert "tok:zh" in s["reference_scores"]["bleu_signature"] and s["reference_scores"]["articles"] == 2
    page = (tmp_path / "sum.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "ride-hailing.zh.md" in page


def _corpus(tmp_path: Path, n: int) -> Path:
    """n distinct translations (the samples, each numbered), target-only."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.zh.md"))]
    for i in range(n):
        (folder / f"a{i:05d}.md").write_text(texts[i % len(texts)] + f"\n第 {i} 号。\n", encoding="utf-8")
    return folder


def test_kill_9_and_resume_gives_the_same_jsonl(tmp_path: Path) -> None:
    # results are committed one by one, so a kill after 16 of 80 leaves most still to do, as 32 of 160, 80 of 400 and
    # 300 of 1,200 did (that took 61 CPU s, parent and workers, under a load of 25; 800 of 3,000 before it; 80 of 400
    # took 15, 32 of 160 9.2). The audit killed ends about 1 s after its 16th result (load 2.5), twenty times the 0.05 s poll
    folder = _corpus(tmp_path, 80)
    full = tmp_path / "full.jsonl"
    assert main(["audit", str(folder), "--store", str(tmp_path / "ref.sqlite"), "-o", str(full), "--no-progress", "--jobs", "2"]) == 1
    store = tmp_path / "s.sqlite"
    out = tmp_path / "resumed.jsonl"
    cmd = [sys.executable, "-m", "transqa", "audit", str(folder), "--store", str(store), "-o", str(out), "--no-progress", "--jobs", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(store) as db:
                stored = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 16:
            os.killpg(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the audit finished before it could be killed"
    assert not out.exists()  # no half-written report
    with sqlite3.connect(store) as db:
        partial = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
    assert 16 <= partial < 80
    assert main(["audit", str(folder), "--store", str(store), "-o", str(out), "--no-progress", "--jobs", "2"]) == 1
    assert out.read_bytes() == full.read_bytes()


@pytest.fixture(scope="module")
def local_samples(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The JSONL of a local (pool) audit of the samples, which the Dask tests compare theirs with: made once."""
    tmp = tmp_path_factory.mktemp("local")
    main(["audit", str(SAMPLES), "--store", str(tmp / "a.sqlite"), "-o", str(tmp / "local.jsonl"), "--no-progress", "--jobs", "2"])
    return (tmp / "local.jsonl").read_bytes()


DaskRun = tuple[int, str, bytes, list[object], list[str], str]  # dask_samples: exit, out, JSONL, silence_logs, port warnings, fd 2


@pytest.fixture(scope="module")
def dask_samples(tmp_path_factory: pytest.TempPathFactory) -> DaskRun:
    """An audit of the samples with `--executor dask` (its own LocalCluster), made once, with port 8787 (the
    dashboard's default) taken as another Dask cluster takes it: its exit code, standard output, JSONL, the
    `silence_logs` of each LocalCluster it started (one cluster's start-up is 5-10 CPU s), and each warning raised
    and line written to standard error (file descriptor 2: the cluster's processes too) that says a port is in use,
    and all that was written there (for the tests' failure messages)."""
    import contextlib
    import io
    import socket
    import tempfile
    import warnings

    distributed = pytest.importorskip("dask.distributed")
    tmp = tmp_path_factory.mktemp("dask")
    seen: list[object] = []
    real = distributed.LocalCluster

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(kwargs.get("silence_logs"))
        return real(*args, **kwargs)

    out = io.StringIO()
    saved = os.dup(2)
    with (pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out), socket.socket() as taken,
          warnings.catch_warnings(record=True) as warned, tempfile.TemporaryFile() as err):
        warnings.simplefilter("always")
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        with contextlib.suppress(OSError):  # taken already
            taken.bind(("127.0.0.1", 8787))
            taken.listen()
        mp.setattr(distributed, "LocalCluster", spy)
        sys.stderr.flush()
        os.dup2(err.fileno(), 2)
        try:
            code = main(["audit", str(SAMPLES), "--store", str(tmp / "b.sqlite"), "-o", str(tmp / "dask.jsonl"), "--no-progress",
                         "--jobs", "2", "--executor", "dask"])
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        err.seek(0)
        written = err.read().decode("utf-8", "replace")
        in_use = [str(w.message) for w in warned if "already in use" in str(w.message)]
        in_use += [x for x in written.splitlines() if "already in use" in x]
    return code, out.getvalue(), (tmp / "dask.jsonl").read_bytes(), seen, in_use, written


def test_dask_local_cluster_gives_the_same_results(local_samples: bytes, dask_samples: DaskRun) -> None:
    code, out, dask, _seen, _in_use, written = dask_samples
    # what the audit and its cluster wrote to file descriptor 2 (a temporary file), shown when a test fails
    assert code == 1, f"exit {code}; standard error:\n{written}"
    assert "executor dask" in out, f"standard output:\n{out}\nstandard error:\n{written}"
    assert dask == local_samples, f"standard error:\n{written}"


def test_the_local_dask_cluster_keeps_its_warnings_to_itself(dask_samples: DaskRun) -> None:
    # closing a LocalCluster on a loaded machine logged "distributed.nanny - WARNING - Worker process still
    # alive after 4.0 seconds, killing" to the user's terminal, once per worker, even with -q (the audit of
    # dask_samples, whose cluster the test above needs anyway, shows which silence_logs the cluster was given)
    import logging

    assert dask_samples[3] == [logging.ERROR], f"standard error:\n{dask_samples[5]}"


def test_a_taken_dashboard_port_gives_no_warning(dask_samples: DaskRun) -> None:
    """With 8787 taken (another Dask cluster), distributed's `UserWarning: Port 8787 is already in use` (4 lines,
    a site-packages path) reached the user's terminal, even with -q: the scheduler's HTTP server took it by default.
    (Release 16's test, which started a cluster of its own for it: dask_samples' audit runs with the port taken.)"""
    assert dask_samples[4] == [], f"standard error:\n{dask_samples[5]}"


def test_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["audit"]) == 2
    assert main(["audit", str(SAMPLES), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert main(["audit", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("transqa: error:") == 3


@pytest.fixture(scope="module")
def dask_cluster() -> Any:
    """One LocalCluster of one worker on loopback for the tests that give the audit a --scheduler: one cluster's start
    is 5-10 CPU s, paid once for them (the audit starting its own cluster is dask_samples', above)."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                                  scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"}) as cluster:
        yield cluster


def test_dask_scheduler_address(tmp_path: Path, capsys: pytest.CaptureFixture[str], local_samples: bytes, dask_cluster: Any) -> None:
    """--scheduler tcp://HOST:PORT: the audit runs on an existing cluster (here one on loopback)."""
    out = tmp_path / "o.jsonl"
    code = main(["audit", str(SAMPLES), "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--no-progress",
                 "--executor", "dask", "--scheduler", dask_cluster.scheduler_address])
    assert code == 1 and dask_cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    # the summary counts the cluster's one worker, not --jobs's default 2 (verify 27 R7)
    assert "executor dask, 1 worker(s)" in capsys.readouterr().out
    assert out.read_bytes() == local_samples


def test_dask_gets_tasks_of_a_few_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dask_cluster: Any) -> None:
    # tasks of 64 articles came back whole: "27/500 1/s" for minutes, and a stop lost whole tasks (from test_nfix16b,
    # on the module's cluster: the tasks are what the audit hands any cluster, its own or a --scheduler's)
    from transqa.audit.run import DASK_TASK

    distributed = pytest.importorskip("dask.distributed")
    tasks: list[list[int]] = []
    real = distributed.Client.map

    def spy(self: object, func: object, *iterables: list[list[object]], **kwargs: object) -> object:
        tasks.append([len(chunk) for chunk in iterables[0]])
        return real(self, func, *iterables, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(distributed.Client, "map", spy)
    folder = tmp_path / "zh"
    folder.mkdir()
    for name in ("solar-startup", "chip-merger", "battery-recall"):
        for copy in range(4):
            shutil.copy(SAMPLES / f"{name}.zh.md", folder / (f"{name}-{copy}.zh.md" if copy else f"{name}.zh.md"))
    assert main(["audit", str(folder), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl"),
                 "--no-progress", "-q", "--jobs", "1", "--executor", "dask", "--scheduler", dask_cluster.scheduler_address]) in (0, 1)
    assert DASK_TASK <= 8 and tasks == [[DASK_TASK, 12 - DASK_TASK]]
    assert len((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()) == 12


def test_a_dask_run_writes_the_pages_of_a_local_run_without_checking_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                          dask_cluster: Any) -> None:
    """audit --html-dir on Dask (from test_late2_41, on the module's cluster): each page is rendered by the worker that
    checked its article and stored with its result; the command's process checks nothing and writes the pages of a
    local run, byte for byte. A pair with its original, one translation alone, a pair with an HTML original."""
    import transqa.audit.worker as worker
    import transqa.engine as engine

    folder = tmp_path / "in"
    folder.mkdir()
    for stem in ("wind-farm", "solar-startup", "chip-merger"):
        shutil.copy(SAMPLES / f"{stem}.zh.md", folder / f"{stem}.zh.md")
    for original in ("wind-farm.en.md", "chip-merger.en.html"):
        shutil.copy(SAMPLES / original, folder / original)
    checks: list[str] = []  # every check of an article made in this process (the workers of --jobs 1 run here)
    real = engine.check_or_error

    def counted(source: str | None, target: str, *args: Any, **kwargs: Any) -> Any:
        checks.append(target)
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(engine, "check_or_error", counted)
    monkeypatch.setattr(worker, "check_or_error", counted)

    def audit(store: str, site: Path, *extra: str) -> int:
        return main(["audit", str(folder), "--store", str(tmp_path / store), "--html-dir", str(site), "--no-progress", "-q",
                     "--format", "concise", "-o", str(tmp_path / "r.txt"), "--jobs", "1", *extra])

    local, dask = tmp_path / "local", tmp_path / "dask"
    assert audit("a.sqlite", local) == 1
    assert len(checks) == 3
    checks.clear()
    assert audit("b.sqlite", dask, "--executor", "dask", "--scheduler", dask_cluster.scheduler_address) == 1
    assert checks == []  # the cluster's workers checked and rendered; this process only wrote the pages
    assert {p.name: p.read_bytes() for p in sorted(dask.iterdir())} == {p.name: p.read_bytes() for p in sorted(local.iterdir())}


def test_a_folder_audit_reads_translations_in_every_encoding_check_reads(tmp_path: Path) -> None:
    # discovery decodes a file's head as the loader decodes the file: GB18030 and UTF-16 translations are
    # audited, not skipped as "not Chinese"; a binary file is listed as unreadable, not left out silently
    seed = (ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md").read_text(encoding="utf-8")
    (tmp_path / "gbk.md").write_bytes(seed.encode("gb18030"))
    (tmp_path / "u16.md").write_bytes(seed.encode("utf-16"))
    (tmp_path / "noise.md").write_bytes(bytes(range(256)) * 12)
    out = tmp_path / "a.jsonl"
    main(["audit", str(tmp_path), "--no-cache", "--no-progress", "-q", "-o", str(out)])
    rows = {Path(r["target"]).name: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(rows) == {"gbk.md", "u16.md", "noise.md"}
    assert rows["gbk.md"]["findings"] and rows["u16.md"]["findings"]
    assert [f["code"] for f in rows["gbk.md"]["findings"]] == [f["code"] for f in rows["u16.md"]["findings"]]
    assert rows["noise.md"]["error"] is not None


def test_a_crashed_check_is_not_kept_in_the_result_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    # a TQA999 result is reported but not stored: once the cause is gone, the next run checks the article again
    from transqa.checks import fragments

    folder = tmp_path / "zh"
    folder.mkdir()
    shutil.copy(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md", folder / "a.zh.md")
    args = ["audit", str(folder), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--jobs", "1", "-o"]

    def boom(ctx: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(fragments, "check", boom)
    main([*args, str(tmp_path / "a.jsonl")])
    assert "TQA999" in (tmp_path / "a.jsonl").read_text(encoding="utf-8")
    monkeypatch.undo()
    capsys.readouterr()
    main([*args, str(tmp_path / "b.jsonl")])
    assert "0 from the result store, 1 checked" in capsys.readouterr().out
    assert "TQA999" not in (tmp_path / "b.jsonl").read_text(encoding="utf-8")


def test_ctrl_c_mid_audit_exits_130_without_tracebacks(tmp_path: Path) -> None:
    # Ctrl-C signals the whole process group: the pool workers ignore it, the parent terminates them
    folder = tmp_path / "zh"
    folder.mkdir()
    seed = (ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md").read_bytes()
    for i in range(1500):
        (folder / f"a{i:04d}.zh.md").write_bytes(seed)
    proc = subprocess.Popen([sys.executable, "-m", "transqa", "audit", str(folder), "--no-cache", "--no-progress", "--jobs", "2",
                             "-o", str(tmp_path / "o.jsonl")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(2.5)
    if proc.poll() is not None:
        pytest.skip("the audit ended before the interrupt")
    os.killpg(proc.pid, signal.SIGINT)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err.decode()[-2000:]
    assert b"Traceback" not in err, err.decode()[-2000:]
    assert not (tmp_path / "o.jsonl").exists()


def test_ctrl_c_that_a_library_swallows_still_stops_an_in_process_audit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # langdetect loads its profiles under a bare `except:`: a Ctrl-C there became "not English" and
    # `--jobs 1` ran on to the end. Now the audit stops at the next article, stores nothing doubtful, says so.
    from transqa.audit import run as audit_run

    folder = tmp_path / "zh"
    folder.mkdir()
    for i in range(3):
        shutil.copy(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md", folder / f"a{i}.zh.md")
    real = audit_run.check_job

    def swallowing(job, settings=None):  # noqa: ANN001, ANN202
        try:
            signal.raise_signal(signal.SIGINT)
        except:  # noqa: E722  (what the library does)
            pass
        return real(job, settings)

    monkeypatch.setattr(audit_run, "check_job", swallowing)
    store = tmp_path / "s.sqlite"
    code = main(["audit", str(folder), "--store", str(store), "--no-progress", "--jobs", "1", "-o", str(tmp_path / "o.jsonl")])
    assert code == 130
    assert capsys.readouterr().err.strip().endswith("transqa: interrupted (0 of 3 articles are stored: the same command skips them and checks the rest"
                                                    f"; not written, as a stopped run leaves no half-written file: {tmp_path / 'o.jsonl'})")
    assert not (tmp_path / "o.jsonl").exists()
    assert sqlite3.connect(store).execute("select count(*) from results").fetchone() == (0,)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the command leaves Python's handler in place
    from transqa.service import Interrupts

    assert not Interrupts.stopping()  # a later audit outside a command (a library caller) is not stopped by it


def test_the_summary_text_of_one_unreadable_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.zh.md").write_bytes(b"")
    main(["audit", str(tmp_path), "--no-cache", "--no-progress", "-o", str(tmp_path / "o.jsonl")])
    out = capsys.readouterr().out
    assert out.startswith("audited 1 article (") and out.count(str(tmp_path / "empty.zh.md")) == 1



@pytest.mark.parametrize("to_file", [True, False])
def test_a_quiet_audit_names_each_unreadable_article_on_standard_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], to_file: bool) -> None:
    # -q dropped the summary and its `unreadable:` section: exit 2 came with nothing on standard error (hostile21)
    shutil.copy(SAMPLES / "solar-startup.zh.md", tmp_path)
    (tmp_path / "empty.zh.md").write_bytes(b"")
    code = main(["audit", str(tmp_path), "--no-cache", "--no-progress", "-q", *(["-o", str(tmp_path / "o.jsonl")] if to_file else [])])
    err = capsys.readouterr().err
    assert code == 2 and err.splitlines() == [f"transqa: error: {tmp_path / 'empty.zh.md'}: is empty"], err

def test_the_summary_counts_in_the_number_they_take(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md", tmp_path)
    main(["audit", str(tmp_path), "--no-cache", "--no-progress", "-o", str(tmp_path / "o.jsonl")])
    out = capsys.readouterr().out
    lines = out.splitlines()
    year = lines[lines.index("by year:") + 1]
    assert " 1 article " in year and "1 articles" not in out, out


def test_one_finding_is_counted_as_one_in_the_text_and_html_summaries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.zh.md").write_text("# 标题\n\n平台使用得更频繁。。\n", encoding="utf-8")  # one TQA510 finding
    main(["audit", str(tmp_path), "--no-cache", "--no-progress", "-o", str(tmp_path / "o.jsonl"),
          "--summary", str(tmp_path / "s.html")])
    main(["audit", str(tmp_path), "--no-cache", "--no-progress", "-o", str(tmp_path / "o.jsonl"), "--summary", str(tmp_path / "s.txt")])
    out = (tmp_path / "s.txt").read_text(encoding="utf-8")
    assert out.startswith("audited 1 article (1 target-only, 0 unreadable): 1 finding, "), out
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert "1 article (" in page and "1 finding," in page and "1 articles" not in page and "1 findings" not in page


@pytest.mark.parametrize("name", ["r.html", "r.csv"])
def test_output_named_for_a_format_audit_does_not_write_is_refused(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    # a JSONL file named r.html would reach an upload as a file of the wrong kind; check -o picks these formats by
    # extension, audit writes neither (r.sarif and r.xml are its SARIF and JUnit documents: tests/test_fix19a.py)
    one = tmp_path / "in"
    one.mkdir()
    shutil.copy(next(iter(sorted(SAMPLES.glob("*.zh.md")))), one)
    assert main(["audit", str(one), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / name), "--no-progress"]) == 2
    assert "audit writes its results as JSONL" in capsys.readouterr().err and not (tmp_path / name).exists()
    assert main(["audit", str(one), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / name), "--no-progress",
                 "--format", "jsonl"]) in (0, 1)  # asked for: JSONL under that name
    assert json.loads((tmp_path / name).read_text(encoding="utf-8").splitlines()[0])["target"]


def test_summary_format_into_a_file_writes_the_summary_there(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "in"
    one.mkdir()
    shutil.copy(next(iter(sorted(SAMPLES.glob("*.zh.md")))), one)
    out = tmp_path / "summary.txt"
    assert main(["audit", str(one), "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--no-progress", "--format", "summary"]) in (0, 1)
    captured = capsys.readouterr()
    text = out.read_text(encoding="utf-8")
    assert "1 article" in text and text not in captured.out and f"wrote the summary to {out}" in captured.err
    # in the format its extension names, as --summary FILE writes it
    page = tmp_path / "summary.html"
    assert main(["audit", str(one), "--store", str(tmp_path / "s.sqlite"), "-o", str(page), "--no-progress", "--format", "summary"]) in (0, 1)
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_summary_file_replaces_the_closing_report_with_a_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--summary FILE: the summary goes there only, and a notice says where (it was also printed, without notice)."""
    one = tmp_path / "in"
    one.mkdir()
    shutil.copy(next(iter(sorted(SAMPLES.glob("*.zh.md")))), one)
    summary = tmp_path / "s.txt"
    assert main(["audit", str(one), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "r.json"),
                 "--summary", str(summary), "--no-progress"]) in (0, 1)
    captured = capsys.readouterr()
    assert "1 article" in summary.read_text(encoding="utf-8")
    assert "by rule" not in captured.out + captured.err and f"wrote the summary to {summary}" in captured.err
    # a JSONL report under another extension says what it holds
    assert "r.json (JSON Lines: one object per article and line)" in captured.err


def test_worst_articles_rank_by_a_severity_weighed_score(tmp_path: Path) -> None:
    # a newcomer's summary put a short article with one finding above one with seven findings, errors among them;
    # then one with a cosmetic error repeated on every number above those with several rules' errors (README)
    out = tmp_path / "o.jsonl"
    base = ["audit", str(SAMPLES), "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--no-progress"]
    main([*base, "--summary", str(tmp_path / "sum.json")])
    main([*base, "--summary", str(tmp_path / "sum.txt")])
    main([*base, "--summary", str(tmp_path / "sum.html")])
    worst = json.loads((tmp_path / "sum.json").read_text(encoding="utf-8"))["worst"]
    scores = [w["score"] for w in worst]
    assert scores == sorted(scores, reverse=True) and worst[0]["by_severity"]["error"] > 0
    rate_first = max(worst, key=lambda w: w["per_1000_chars"])
    assert rate_first["by_severity"]["error"] < worst[0]["by_severity"]["error"]  # the highest rate is not first
    text = (tmp_path / "sum.txt").read_text(encoding="utf-8")
    assert "articles by score (highest score first: findings per 1,000 characters weighed by severity" in text
    assert "by severity: error " in text and "score errors warnings infos" in text
    page = (tmp_path / "sum.html").read_text(encoding="utf-8")
    assert 'id="by-severity"' in page and "<th class=n>errors</th>" in page and "Ranked by highest score first" in page


def test_a_killed_runs_temporary_output_is_removed_by_the_next_run_and_nothing_else(tmp_path: Path) -> None:
    # after kill -9 a newcomer's .results5.jsonl.*.tmp stayed in the output folder, run after run
    out = tmp_path / "results5.jsonl"
    stale = [tmp_path / ".results5.jsonl.k3x_9qa2.tmp", tmp_path / ".sum.json.ab12cd34.tmp"]
    kept = [tmp_path / ".results5.jsonl.notours.tmp", tmp_path / ".results6.jsonl.k3x_9qa2.tmp",
            tmp_path / "results5.jsonl.k3x_9qa2.tmp", tmp_path / ".results5.jsonl.k3x_9qa2.tmp.bak"]
    for p in [*stale, *kept]:
        p.write_text("partial", encoding="utf-8")
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SAMPLES / "wind-farm.zh.md", corpus)
    main(["audit", str(corpus), "--no-cache", "-o", str(out), "--summary", str(tmp_path / "sum.json"), "--no-progress"])
    assert not any(p.exists() for p in stale) and all(p.exists() for p in kept)
    assert out.exists() and sorted(p.name for p in tmp_path.glob(".*.tmp*")) == sorted(p.name for p in kept if p.name.startswith("."))


def _held_job(job: Any, settings: Any = None) -> tuple[int, str]:
    """A worker's check: job 1 waits (at most 30 s) until the parent has received another article's result."""
    import os
    import time

    flag = Path(job.target).parent / "received"
    if job.index == 1:
        end = time.monotonic() + 30
        while not flag.exists() and time.monotonic() < end:
            time.sleep(0.01)
        return job.index, "released" if flag.exists() else "held"
    return job.index, f"done {os.getpid()}"


def test_the_local_pool_hands_back_each_article_as_it_finishes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CI timeout (`timeout -s INT 20 transqa audit …`) stored nothing while each worker still had articles of its
    chunk to do: results came back (and were stored) per chunk of 16. Each article is now its own task, so the
    others' results reach the store while one article is slow."""
    from transqa.audit import run as audit_run
    from transqa.audit.discover import Job

    monkeypatch.setattr(audit_run, "check_job", _held_job)
    monkeypatch.setattr(audit_run, "preload", lambda pairs: None)
    jobs = [Job(i, str(tmp_path / f"{i}.md"), None) for i in range(4)]
    got = audit_run._local(jobs, 2, None)
    first = next(got)
    (tmp_path / "received").write_text("", encoding="utf-8")  # the slow article goes on only now
    rest = dict(got)
    assert first[0] != 1 and rest.get(1) == "released"


def test_an_original_given_alone_checks_the_translation_beside_it(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # a newcomer's hook: a commit that changed only slug.en.md passed without the translation being checked again
    for name in ("battery-recall.en.md", "battery-recall.zh.md"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    (tmp_path / "notes.en.md").write_text("Only an English note.\n", encoding="utf-8")
    args = ["audit", "--format", "concise", "--quiet", "--jobs", "1", "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--"]
    monkeypatch.chdir(tmp_path)
    main([*args, "battery-recall.zh.md"])
    alone = capsys.readouterr()
    main([*args, "battery-recall.en.md"])
    via_original = capsys.readouterr()
    assert via_original.out == alone.out and "(EN " in alone.out and alone.out.startswith("battery-recall.zh.md:")
    main([*args, "battery-recall.en.md", "battery-recall.zh.md", "notes.en.md"])
    both = capsys.readouterr()
    assert both.out == alone.out and "more than once" not in both.err  # once, and no notice for the pair
    code = main([*args[:-1], "--allow-missing-translation", "--", "notes.en.md"])  # as the pre-commit hook's entry
    assert code == 0 and "found no translation of notes.en.md to check: notes.zh.md (or notes.md in Chinese)" in capsys.readouterr().err


def test_translation_of_follows_the_naming_convention(tmp_path: Path) -> None:
    from transqa.audit.discover import translation_of

    (tmp_path / "a.en.html").write_text("<p>Hello.</p>\n", encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("你好。\n", encoding="utf-8")
    (tmp_path / "b.en.md").write_text("Hello.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("你好，世界。\n", encoding="utf-8")
    (tmp_path / "c.en.md").write_text("Hello.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("Hello again, in English.\n", encoding="utf-8")
    assert translation_of(str(tmp_path / "a.en.html")) == str(tmp_path / "a.zh.md")
    assert translation_of(str(tmp_path / "b.en.md")) == str(tmp_path / "b.md")
    assert translation_of(str(tmp_path / "c.en.md")) is None  # an English c.md is not a translation
    assert translation_of(str(tmp_path / "a.zh.md")) is None and translation_of(str(tmp_path / "d.en.md")) is None


def test_an_unreadable_translation_beside_a_given_original_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a hostile tester: a dangling link (or a FIFO) in place of slug.zh.md passed the hook's commit of slug.en.md
    # with "found no translation to check", exit 0, while auditing the folder reported it (exit 2)
    shutil.copy(SAMPLES / "battery-recall.en.md", tmp_path / "a.en.md")
    (tmp_path / "a.zh.md").symlink_to(tmp_path / "gone.zh.md")
    shutil.copy(SAMPLES / "battery-recall.en.md", tmp_path / "b.en.md")
    os.mkfifo(tmp_path / "b.zh.md")
    args = ["audit", "--format", "concise", "--quiet", "--jobs", "1", "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--"]
    for name in ("a", "b"):
        code = main([*args, str(tmp_path / f"{name}.en.md")])
        got = capsys.readouterr()
        assert code == 2 and f"{name}.zh.md" in got.out + got.err and "found no translation" not in got.err
