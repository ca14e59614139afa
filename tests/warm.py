"""`transqa ARGS` in a process of its own, forked from one that has already started.

A cold `python -m transqa check` spends about 0.5 CPU s on start-up (imports, the dictionary indexes, the
sentence model) before it reads its input; tests/test_hostile.py starts about eighty. Its tests are about the
input (exit code, one-line error, nothing written, bounded time and memory), not about start-up, which
tests/test_entry.py tests cold. So one server process imports `transqa.__main__` as `python -m transqa` does and
checks the bundled pair once (the lazy loads); each run is then a fork of it that takes its arguments, working
folder, environment, standard input (/dev/null), an address-space cap, and its standard output and error in
files, and ends through `transqa.__main__.run` (os._exit with cli.main's code), as the command does.
Its bound is in CPU seconds (RLIMIT_CPU: the kernel stops it when they are spent), which a loaded machine does not
shrink: under a load of 14 on two cores a 60 s wall-clock bound failed a run that needs 4 CPU s. A run that waits
without computing (a hang) is caught by a wall-clock bound five times longer.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

SERVER = r"""
import json, os, resource, sys, traceback

devnull = os.open(os.devnull, os.O_WRONLY)
saved, saved_err = os.dup(1), os.dup(2)
os.dup2(devnull, 1)  # the warm-up's report and notice go nowhere
os.dup2(devnull, 2)
import transqa.__main__ as entry
from transqa.cli import main
main(["check", "corpora/samples/solar-startup.en.md", "corpora/samples/solar-startup.zh.md", "-o", os.devnull])
sys.stdout.flush()
sys.stderr.flush()
os.dup2(saved, 1)
os.dup2(saved_err, 2)
os.close(saved_err)
home = os.getcwd()
reply = os.fdopen(saved, "w", buffering=1)
print("ready", file=reply)
for line in sys.stdin:
    req = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            resource.setrlimit(resource.RLIMIT_AS, (req["memory"], req["memory"]))
            resource.setrlimit(resource.RLIMIT_CPU, (req["cpu"], req["cpu"] + 5))
            os.chdir(req["cwd"])
            os.environ.clear()
            os.environ.update(req["env"])
            os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            os.dup2(os.open(req["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
            os.dup2(os.open(req["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
            os.close(saved)
            sys.stdin = open(0, encoding="utf-8", closefd=False)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
            sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
            sys.argv = [entry.__file__, *req["args"]]
            entry.run()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            for s in (sys.stdout, sys.stderr):
                try:
                    s.flush()
                except BaseException:
                    pass
            os._exit(code)
    print(pid, file=reply)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), file=reply)
"""


class Warm:
    """The server process; `run` is subprocess.run's answer for one `transqa ARGS`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.proc = subprocess.Popen([sys.executable, "-c", SERVER], cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     text=True, encoding="utf-8", start_new_session=True)
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if self._line(600) != "ready":
            raise RuntimeError("the warm transqa process did not start")

    def _line(self, timeout: float) -> str | None:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        return self.proc.stdout.readline().strip() if ready else None

    def run(self, args: list[str], cwd: Path, env: dict[str, str], timeout: float, memory: int) -> subprocess.CompletedProcess[str]:
        """Raises subprocess.TimeoutExpired when the run spent `timeout` CPU s, or waited five times as long."""
        assert self.proc.stdin is not None
        with tempfile.TemporaryDirectory(prefix="transqa-warm-") as folder:
            out, err = Path(folder) / "out", Path(folder) / "err"
            req = {"args": args, "cwd": str(cwd), "env": env, "memory": memory, "cpu": int(timeout) + 1, "out": str(out), "err": str(err)}
            self.proc.stdin.write(json.dumps(req) + "\n")
            self.proc.stdin.flush()
            # the fork's pid: under a heavy load the server may take long to answer; reading on after a missed
            # answer would pair every later request with the previous one's replies (35 FileNotFoundErrors in a row)
            answer = self._line(600)
            if answer is None:
                raise RuntimeError("the warm transqa process did not answer")
            pid = int(answer)
            status = self._line(5 * timeout)
            if status is None:
                # the fork may end between the missed wait and the kill (a loaded machine): no such process then, and
                # its status line, due all the same, must still be read or every later answer is one request behind
                # (release 32: one ProcessLookupError here failed the 50 hostile tests after it)
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                if self._line(60) is None:
                    raise RuntimeError("the warm transqa process did not report an exit status")
            if status is None or int(status) in (-signal.SIGXCPU, -signal.SIGKILL):
                raise subprocess.TimeoutExpired(["transqa", *args], timeout)
            return subprocess.CompletedProcess(["transqa", *args], int(status),
                                               out.read_text(encoding="utf-8", errors="replace"),
                                               err.read_text(encoding="utf-8", errors="replace"))

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
