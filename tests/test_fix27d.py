"""Release twenty-seven, brief FIX27D: a report larger than the pipe's buffer into a closed pipe (HOSTILE27 #3, #4, #7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLOSED = "transqa: standard output was closed before the end of the {} (its reader stopped): the rest of it is not there"
# 300 paragraphs of two findings each: a JSON report of about 230 KB, a diff of about 60 KB a hundred paragraphs,
# both well over a pipe's 64 KB (Linux's default), which the first write fills before the reader has closed it
ARTICLE = "# 报道\n\n" + "".join(f"彭博 T2 报道，公司第 {i} 次表示将继续扩张 2 . 5 亿。\n\n" for i in range(300))


def _cut(tmp_path: Path, *args: str, unbuffered: bool = True) -> tuple[int, list[str]]:
    """`transqa ARGS | head -c 10` in a new interpreter, started as the command is (transqa.__main__): its exit code and
    its standard error's lines. `unbuffered`: under PYTHONUNBUFFERED=1 (set in many containers and CI images), where
    a write into a pipe whose reader stopped after 64 KB ended short with no error: the rest was dropped, and the
    command exited with the gate's code (1, or 0 with --exit-zero), silently."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"} | ({"PYTHONUNBUFFERED": "1"} if unbuffered else {})
    proc = subprocess.Popen([sys.executable, "-m", "transqa", *args], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    try:
        assert len(proc.stdout.read(10)) == 10
        proc.stdout.close()  # the reader stops, as `head -c 10` does
        _, err = proc.communicate(timeout=120)  # a watchdog, not a measure: a run here takes a few seconds
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, err.decode("utf-8").splitlines()


@pytest.mark.parametrize("unbuffered", [True, False], ids=["unbuffered", "buffered"])
def test_a_large_check_report_into_a_closed_pipe_is_141_and_one_line(tmp_path: Path, unbuffered: bool) -> None:
    # `check a.zh.md --format json | head -1` (a 1 MB report) exited 1, the gate's code, and said nothing
    (tmp_path / "a.zh.md").write_text(ARTICLE, encoding="utf-8")
    code, err = _cut(tmp_path, "check", "a.zh.md", "--format", "json", unbuffered=unbuffered)
    assert (code, err) == (141, [CLOSED.format("report")])


def test_exit_zero_does_not_hide_a_cut_report(tmp_path: Path) -> None:
    # `check a.zh.md --format concise --exit-zero | head -1` exited 0: a cut report passed as a whole one
    (tmp_path / "a.zh.md").write_text(ARTICLE * 2, encoding="utf-8")  # concise: about 200 bytes a finding
    code, err = _cut(tmp_path, "check", "a.zh.md", "--format", "concise", "--exit-zero")
    assert (code, err) == (141, [CLOSED.format("report")])


@pytest.mark.parametrize("fmt", ["sarif", "junit"])
def test_an_audit_document_into_a_closed_pipe_is_141_and_says_so(tmp_path: Path, fmt: str) -> None:
    # `audit big --format sarif|junit | head -c 100` exited 1 with no line, its summary printed as if the document went out
    (tmp_path / "zh").mkdir()
    for i in range(2):
        (tmp_path / "zh" / f"a{i}.zh.md").write_text(ARTICLE, encoding="utf-8")
    code, err = _cut(tmp_path, "audit", "zh", "--format", fmt, "--no-progress", "-q", "--jobs", "1", "--store", "s.sqlite")
    assert code == 141, err
    assert err == [f"transqa: standard output was closed: the {fmt.upper()} document of 2 articles is not there; "
                   "every article was checked (and stored)"]


def test_a_cut_diff_is_141_with_no_advice_to_apply_it(tmp_path: Path) -> None:
    # `fix a.zh.md | head -1` (a diff over 64 KB) exited 0 and ended with "to apply the diff: save it (> FILE) …"
    (tmp_path / "a.zh.md").write_text(ARTICLE * 2, encoding="utf-8")
    code, err = _cut(tmp_path, "fix", "a.zh.md")
    assert code == 141, err
    assert err[-1] == CLOSED.format("diff") and not any("to apply the diff" in line for line in err), err[-3:]


def test_an_unbuffered_standard_output_still_writes_the_whole_report(tmp_path: Path) -> None:
    # the buffered layer put under an unbuffered standard output (transqa.__main__.whole_writes) changes no byte
    (tmp_path / "a.zh.md").write_text(ARTICLE, encoding="utf-8")
    env = os.environ | {"PYTHONUNBUFFERED": "1"}
    piped = subprocess.run([sys.executable, "-m", "transqa", "check", "a.zh.md", "--format", "json", "-q"], cwd=tmp_path,
                           env=env, capture_output=True, timeout=120, check=False)
    subprocess.run([sys.executable, "-m", "transqa", "check", "a.zh.md", "--format", "json", "-q", "-o", "r.json"],
                   cwd=tmp_path, env=env, capture_output=True, timeout=120, check=False)
    assert piped.returncode == 1 and len(piped.stdout) > 100_000
    assert piped.stdout == (tmp_path / "r.json").read_bytes()
