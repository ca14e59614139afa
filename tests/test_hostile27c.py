"""HOSTILE27's bugs 1, 2, 5, 6, 8, 9 and the slips of its item 10, each reproducer reduced to a test. A would-be hang
or runaway is bounded by a watchdog (a subprocess timeout, an address-space limit set in the child), never timed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run_cli

_ZH = "# 报道\n\n彭博 T2 报道，公司收入增长。\n\n公司表示将继续扩张。\n"


def _limited() -> None:  # in the child: at most 1.5 GB of address space (a runaway read ends in MemoryError)
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024, 1536 * 1024 * 1024))


def _transqa(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "transqa", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
                          preexec_fn=_limited, env={**os.environ, "NO_COLOR": "1"}, check=False)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_1_write_baseline_to_an_endless_device_is_written_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.zh.md").write_text(_ZH, encoding="utf-8")
    p = _transqa("check", "a.zh.md", "-q", "--write-baseline", "/dev/full", cwd=tmp_path)
    assert p.returncode == 2, p.stderr  # 3 (MemoryError) or killed by the watchdog before
    assert p.stderr.splitlines() == ["transqa: error: /dev/full: no space left on the device; nothing was written"]


def test_1_write_baseline_to_a_fifo_nobody_reads_is_refused_not_waited_for(tmp_path: Path) -> None:
    (tmp_path / "a.zh.md").write_text(_ZH, encoding="utf-8")
    os.mkfifo(tmp_path / "bf")
    p = _transqa("check", "a.zh.md", "-q", "--write-baseline", "bf", cwd=tmp_path)  # hung in open() before
    assert p.returncode == 2 and "bf: is a FIFO (named pipe) that nobody reads: nothing was written" in p.stderr, p.stderr


def test_1_an_old_baseline_over_the_input_cap_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa import baseline
    from transqa.load import decode

    old = tmp_path / "b.json"
    old.write_text('{"schema": "transqa.baseline/2", "files": {"x.zh.md": {"ab": 1}, "y.zh.md": {"cd": 1}}}', encoding="utf-8")
    assert "2 other articles" in baseline.baseline_notice(str(old), [])
    monkeypatch.setattr(decode, "MAX_BYTES", 16)
    monkeypatch.setattr(decode.read_bytes, "__defaults__", (16, True))
    assert "other article" not in baseline.baseline_notice(str(old), [])  # counted no records: too large to read
    assert (os.stat(old).st_dev, os.stat(old).st_ino) not in decode.INPUTS  # nor made an input of the run
