"""A newcomer's first hour (release twenty): what a maintainer met that the tool did not do as said."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import ForkedAudits, stored_results

_stored = stored_results


def _idle_worker(parent: int) -> bool:
    """Whether one of `parent`'s pool workers waits for its next task: its main thread asleep reading the task pipe
    (Linux /proc; True where that cannot be read, so that the caller goes on)."""
    try:
        children = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
                    and (p / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(parent)]
        return any("pipe_read" in Path(f"/proc/{c}/task/{c}/wchan").read_text() for c in children)
    except OSError:
        return True


@pytest.fixture(scope="module")
def audits() -> Iterator[ForkedAudits]:
    """The SIGTERM tests' audits, forked from one warm interpreter (tests.helpers.ForkedAudits): each is the command's
    own code from `transqa.__main__.run` on, with its real pool and signals, without a new interpreter's start-up and
    its workers' first-check loads (3.1-3.6 CPU s an audit, parent and workers, started anew at r46's start)."""
    forked = ForkedAudits()
    yield forked
    forked.close()


def _audit_then_sigterm(audits: ForkedAudits, tmp_path: Path, folder: Path, group: bool, total: str, idle: bool = False) -> None:
    """Audit `folder` with 2 workers, send SIGTERM once the first article is stored (with `idle`, once a worker also
    waits for its next task), to the parent, then with `group` to its whole process group, and check the stop: exit
    143, the stored line, no traceback, no worker left. Every wait is for a state, not for a time."""
    err_file = tmp_path / "err.txt"
    pid = audits.start(err_file, str(folder), "--no-cache", "--no-progress", "--jobs", "2", "--store", str(tmp_path / "s.sqlite"),
                       "-o", str(tmp_path / "o.jsonl"))
    deadline = time.monotonic() + 90  # until the first articles are stored (the pool, the files read)
    while time.monotonic() < deadline and not (_stored(tmp_path / "s.sqlite") and (not idle or _idle_worker(pid))):
        if audits.status(0) is not None:
            pytest.skip("the audit ended before the signal")
        time.sleep(0.05)
    os.kill(pid, signal.SIGTERM)  # the parent, as `kill` sends it
    if group:  # GNU `timeout` signals the command, then its whole process group: the parent got a second one
        os.killpg(pid, signal.SIGTERM)  # while it terminated its pool, and hung in pool.join() for good
    code = audits.status(60)
    if code is None:
        os.killpg(pid, signal.SIGKILL)
        audits.status(30)
        pytest.fail("the terminated audit hung")
    text = err_file.read_text(encoding="utf-8")
    assert code == 128 + signal.SIGTERM, text[-2000:]
    assert "Traceback" not in text, text[-2000:]
    assert re.search(rf"transqa: terminated \(\d+ of {total} articles? (is|are) stored", text), text[-2000:]
    assert not (tmp_path / "o.jsonl").exists()
    # the standard error closed: every worker has ended (they hold it); wait until they are reaped, not for a time
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.killpg(pid, signal.SIGKILL)
    pytest.fail("a pool worker outlived the terminated audit")


@pytest.mark.parametrize("group", [False, True])
def test_sigterm_mid_audit_stops_it_as_ctrl_c_does(audits: ForkedAudits, tmp_path: Path, group: bool) -> None:
    # `kill PID`, `timeout`, a CI job cancelled, `docker stop`: SIGTERM to the command alone. It killed the
    # parent on the spot (exit 143, no word), and its orphaned pool workers each printed two BrokenPipeError
    # tracebacks as they tried to hand back their article.
    folder = tmp_path / "zh"
    folder.mkdir()
    seed = (ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md").read_bytes()
    # 40 articles, not 1,500 (chosen when a cold interpreter's article took 0.025 CPU s): the forked audit's workers
    # start warm and take 0.15 s an article, so the first is stored with 38 or more still to do, and the signal comes
    # once it is; the parent's reading of 1,500 files was about 1 CPU s an audit
    for i in range(40):
        (folder / f"a{i:04d}.zh.md").write_bytes(seed)
    _audit_then_sigterm(audits, tmp_path, folder, group, "40")


def test_sigterm_to_the_group_while_a_worker_waits_for_work_stops_the_audit(audits: ForkedAudits, tmp_path: Path) -> None:
    # GNU `timeout`'s SIGTERM to the whole group killed the pool workers on the spot; one waiting for its next
    # task holds the task queue's read lock while it waits, and the parent's Pool.terminate then waited for
    # that lock for ever (about 1 run in 4 of the test above; every run here, where one worker is idle: a
    # long article for one worker, a short one for the other). Two rounds: the pool's own SIGTERM to a worker
    # could also be absorbed by the group's one still pending there.
    seed = (ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md").read_text(encoding="utf-8")
    for round_ in range(2):
        here = tmp_path / str(round_)
        folder = here / "zh"
        folder.mkdir(parents=True)
        (folder / "long.zh.md").write_text("\n\n".join([seed] * 400), encoding="utf-8")  # 6 CPU s alone
        (folder / "short.zh.md").write_text(seed, encoding="utf-8")
        _audit_then_sigterm(audits, here, folder, True, "2", idle=True)


def test_a_finished_dask_run_closes_its_own_cluster_quietly() -> None:
    # a successful `audit --executor dask` ended, on a loaded machine, with a worker's "Failed to communicate with
    # scheduler during heartbeat" and its traceback under the summary: the shutdown was silenced only after a stop
    import logging

    from transqa.audit import run

    seen: dict[str, object] = {}

    class Client:
        def run(self, fn: object) -> None:
            seen["run"] = fn

        def close(self) -> None:
            seen["client"] = logging.getLogger("distributed").getEffectiveLevel()

    class Cluster:
        def close(self) -> None:
            seen["cluster"] = logging.getLogger("distributed").getEffectiveLevel()

    before = logging.getLogger("distributed").level
    run._close_dask(Client(), Cluster(), failed=False)
    assert seen.get("run") is run._silence_shutdown_logs  # in the cluster's workers too
    assert seen["client"] > logging.CRITICAL and seen["cluster"] > logging.CRITICAL
    assert logging.getLogger("distributed").level == before  # put back after the close
    seen.clear()
    run._close_dask(Client(), None, failed=False)  # a --scheduler cluster's workers are not the audit's to silence
    assert "run" not in seen


def _two_samples(tmp_path: Path) -> Path:
    import shutil

    folder = tmp_path / "zh"
    folder.mkdir()
    for name in ("solar-startup.zh.md", "lips-app.zh.md"):
        shutil.copy(ROOT / "corpora" / "samples" / name, folder / name)
    return folder


def test_a_dask_audit_with_every_result_stored_starts_no_cluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # the rerun of a finished audit started a LocalCluster (6 s here) to check nothing; the local pool starts none
    pytest.importorskip("dask.distributed")
    import dask.distributed

    from transqa.cli import main

    folder = _two_samples(tmp_path)
    args = ["audit", str(folder), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--isolated", "-o", str(tmp_path / "o.jsonl")]
    first = main([*args, "--jobs", "1"])
    capsys.readouterr()

    def no_cluster(*a: object, **k: object) -> None:
        raise AssertionError("a cluster was started with nothing to check")

    monkeypatch.setattr(dask.distributed, "LocalCluster", no_cluster)
    assert main([*args, "--executor", "dask"]) == first
    assert "2 from the result store, none checked: no worker ran)" in capsys.readouterr().out


def test_connecting_to_a_dask_scheduler_is_said_before_the_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    # `--scheduler tcp://127.0.0.1:1` (nothing listening) sat 30 s without a word before its error
    pytest.importorskip("dask.distributed")
    import dask.distributed

    from transqa.cli import main

    def refused(address: str, timeout: str) -> None:
        print("<client>", file=sys.stderr)
        raise OSError("Timed out trying to connect")

    def silent(address: object, timeout: float) -> None:  # a host that does not answer (a refused port fails at once)
        raise TimeoutError("timed out")

    monkeypatch.setattr(dask.distributed, "Client", refused)
    monkeypatch.setattr(socket, "create_connection", silent)
    code = main(["audit", str(_two_samples(tmp_path)), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--isolated",
                 "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1", "-o", str(tmp_path / "o.jsonl")])
    err = capsys.readouterr().err
    assert code == 2
    assert re.search(r"notice: connecting to the Dask scheduler at tcp://127\.0\.0\.1:1 \(.*30 s.*\)\n<client>", err), err


def test_the_pytest_command_collects_a_test_file_that_imports_the_tests_package() -> None:
    # `.venv/bin/pytest tests/test_audit.py` (the command, not `python -m pytest`) failed to collect it:
    # "No module named 'tests'" (its `from tests.conftest import ROOT`); the rootdir is on pythonpath now. The file
    # collected is the lightest that imports the tests package (tests/test_names_sample.py: `from tests.conftest import
    # benchmark_module`, no transqa import): 1.1 user CPU s, where this file (tests.helpers imports the engine) took 3.9
    command = Path(sys.executable).parent / "pytest"
    if not command.exists():
        pytest.skip("no pytest command beside this interpreter")
    # the installed packages' own bytecode is read and none written: the suite's shared bytecode folder (conftest's
    # PYTHONPYCACHEPREFIX) holds no pytest or hypothesis, which the command compiled from source (3.4 of its 4.5 CPU s)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONPYCACHEPREFIX")} | {"PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([str(command), "--co", "-p", "no:cacheprovider", "tests/test_names_sample.py"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
