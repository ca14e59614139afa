"""The transqa command ends with os._exit (no interpreter teardown): everything written reaches the
pipe or the file, the exit code is cli.main's, and the command is the entry point users get."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tomllib
from contextlib import redirect_stdout
from pathlib import Path

from tests.conftest import ROOT

from transqa.cli import main

EN, ZH = "corpora/samples/solar-startup.en.md", "corpora/samples/solar-startup.zh.md"


def _cmd(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "transqa", *args], cwd=ROOT, capture_output=True, timeout=300, check=False)


def test_the_whole_report_reaches_the_pipe_with_mains_exit_code() -> None:
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(["check", EN, ZH, "--format", "json"])
    proc = _cmd("check", EN, ZH, "--format", "json")
    assert code == 1 and proc.returncode == 1
    assert proc.stdout.decode("utf-8") == buf.getvalue() and len(proc.stdout) > 1000


def test_a_report_file_is_complete_and_usage_errors_keep_their_code(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert _cmd("check", EN, ZH, "-o", str(out)).returncode == 1
    assert out.read_text(encoding="utf-8").rstrip().endswith("}")
    bad = _cmd("check", EN, ZH, "--format", "nope")
    assert bad.returncode == 2 and b"transqa: error" in bad.stderr


def test_the_console_script_is_the_quick_exit() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["transqa"] == "transqa.__main__:run"


def test_a_closed_standard_input_is_one_line_and_exit_2() -> None:
    """`transqa check - <&-`: sys.stdin is None; reading it was exit 3 (AttributeError: no attribute 'buffer')."""
    proc = subprocess.run([sys.executable, "-m", "transqa", "check", "-", "--format", "concise"], cwd=ROOT, capture_output=True,
                          timeout=300, check=False, preexec_fn=lambda: os.close(0))  # as `transqa ... <&-`
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.decode().splitlines() == ["transqa: error: <stdin>: is closed: nothing to read"]  # one name (newcomer 26 item 14)


def test_a_closed_or_full_standard_output_is_one_line_and_exit_2() -> None:
    for args in (("-V",), ("check", ZH)):
        proc = subprocess.run([sys.executable, "-m", "transqa", *args], cwd=ROOT, stderr=subprocess.PIPE, timeout=300,
                              check=False, preexec_fn=lambda: os.close(1))  # as `transqa ... >&-`
        assert proc.returncode == 2 and _errors(proc.stderr) == ["transqa: error: standard output is closed: nothing can be reported"]
    if Path("/dev/full").exists():
        with open("/dev/full", "wb") as full:
            proc = subprocess.run([sys.executable, "-m", "transqa", "check", ZH], cwd=ROOT, stdout=full, stderr=subprocess.PIPE,
                                  timeout=300, check=False)
        assert proc.returncode == 2 and _errors(proc.stderr) == ["transqa: error: <standard output>: no space left on the device"]


def _errors(stderr: bytes) -> list[str]:
    """The lines of stderr but the notice that the sample's `.en.md` beside it is not used (release 35)."""
    return [ln for ln in stderr.decode().splitlines() if "beside it is not used" not in ln]
