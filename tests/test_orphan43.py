"""Release forty-three, a newcomer's item 6: pool workers of an audit whose parent was killed (`kill -9`) ran on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import stored_results


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_busy_pool_worker_leaves_when_its_parent_is_killed(tmp_path: Path) -> None:
    # `kill -9` of `transqa audit … -j 2` left the worker busy on a long article running on as an orphan (PPID 1) until
    # it handed its article back (about 50 s on the archive; minutes for this one, of 2 MB). Each worker now watches
    # its parent (worker.PARENT_POLL) and leaves within a second or so.
    folder = tmp_path / "zh"
    folder.mkdir()
    seed = (ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md").read_text(encoding="utf-8")
    (folder / "a-long.zh.md").write_text("\n\n".join([seed] * 400), encoding="utf-8")  # 2 MB: several CPU s alone
    for i in range(3):
        (folder / f"b{i}.zh.md").write_text(seed, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "transqa", "audit", str(folder), "--no-cache", "--no-progress", "--jobs", "2",
                             "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 90  # until a short article is stored: the other worker is on the long one
    while time.monotonic() < deadline and proc.poll() is None and not stored_results(tmp_path / "s.sqlite"):
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the audit ended before the kill")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10 * 0.5 + 2  # ten of the workers' looks at their parent, and some slack
    while time.monotonic() < deadline and _group_alive(proc.pid):
        time.sleep(0.05)
    alive = _group_alive(proc.pid)
    if alive:
        os.killpg(proc.pid, signal.SIGKILL)
    assert not alive, "a pool worker outlived its killed parent"
