"""Helpers for rule tests: check an (English, Chinese) pair given as strings."""

from __future__ import annotations

import gc
import json
import os
import re
import selectors
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import pytest

if TYPE_CHECKING:
    import io
    from pathlib import Path

    import pytest

    from transqa.report.progress import AuditBar

from transqa.align import align
from transqa.context import Context
from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.lang.lexicon import lexicon
from transqa.load import parse
from transqa.load.markdown import parse_markdown
from transqa.memo import pair_scope

T = TypeVar("T")

# A test that needs the `lexicon` extra (CC-CEDICT's renderings) is skipped cleanly where it is not installed
needs_lexicon = pytest.mark.skipif(lexicon() is None, reason="the lexicon extra is not installed")


def findings(en: str | None, zh: str) -> list[Finding]:
    source = parse("en.md", en) if en is not None else None
    target = parse_markdown("zh.md", zh)
    return check_documents(source, target).findings


def name_as_word(path: str, zh: str) -> list[tuple[str | None, str | None]]:
    """The TQA317 findings of a translation checked alone under its file name (the slug is evidence): (text, suggestion)."""
    return [(f.target.text if f.target else None, f.suggestion)
            for f in check_documents(None, parse_markdown(path, zh)).findings if f.code == "TQA317"]


def target_findings(zh: str, code: str, *, alone: bool = True) -> list[tuple[str, str]]:
    """(the target span's text, the message) of each finding of `code` on the translation `zh` checked without its
    original: that rule run alone (`alone`), or every rule run and its findings kept (where another rule's finding
    changes what this one reports)."""
    if not alone:
        return [(f.target.text if f.target else "", f.message) for f in findings(None, zh) if f.code == code]
    from transqa.config import Settings

    result = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [(f.target.text if f.target else "", f.message) for f in result.findings]


def codes(en: str | None, zh: str) -> list[str]:
    return [f.code for f in findings(en, zh)]


def fails(code: str, en: str | None, zh: str) -> Finding:
    fs = [f for f in findings(en, zh) if f.code == code]
    assert fs, f"expected {code}, got {[(f.code, f.message) for f in findings(en, zh)]}"
    return fs[0]


def passes(code: str, en: str | None, zh: str) -> None:
    fs = [f for f in findings(en, zh) if f.code == code]
    assert not fs, f"unexpected {code}: {[f.message for f in fs]}"


def _timed(work: Callable[[int], T], n: int) -> tuple[float, T]:
    """CPU seconds of work(n) and its result, with the garbage collector run before and held off during it: a
    full collection of what earlier tests of the same worker left costs in proportion to that, not to n (a
    clean-clone run once measured 0.08 → 0.69 CPU s for 4× the input, where alone it takes 3–5×)."""
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        got = work(n)
        return time.process_time() - start, got
    finally:
        gc.enable()


def grows_linearly(work: Callable[[int], T], n: int) -> T:
    """work(n), then work(4 * n), timed with time.process_time(): four times the input may take at most eight times
    as long. Linear work takes four times as long (less, for the fixed part of each call), quadratic work sixteen
    times, so the bound leaves a factor of two for noise on either side. A call at n // 4 first keeps lazy loads and
    first-use caches out of the figures. The caller picks n so that the old quadratic code's second term dominates
    at 4 * n (its comment says by how much): two small sizes then prove linear growth where one large size under a
    fixed bound took seconds of the suite. A ratio over the bound is timed twice more, keeping each size's least CPU
time (a busy machine only ever adds time: CI once measured 8.7x for work whose true ratio was 7.9x, then slightly
superlinear). Returns what work(4 * n) returned, for the test's other assertions."""
    work(max(1, n // 4))
    small, _ = _timed(work, n)
    large, got = _timed(work, 4 * n)
    for _ in range(2):  # a ratio over the bound is measured again, each size's least time kept: noise only adds time
        if large < 8 * small + 0.05:
            break
        small = min(small, _timed(work, n)[0])
        large = min(large, _timed(work, 4 * n)[0])
    assert large < 8 * small + 0.05, f"{n}: {small:.3f} CPU s, {4 * n}: {large:.3f} CPU s (linear: at most about 4x)"
    return got


def seeded_cache(folder: Path) -> Path:
    """`folder` made a transqa cache folder ($TRANSQA_CACHE_DIR) holding a copy of the dictionary indexes this process
    uses (its own index folder, the test glossaries' parsed copies left out), for a subprocess that would otherwise
    build them again in an empty cache: 10 to 12 CPU s a cold build. The indexes are named by the dictionary's and
    the building modules' contents, so a process whose code or CC-CEDICT differ reads none of them and builds its
    own. Nothing is copied when this process has no index folder yet. Returns `folder`."""
    import shutil

    from transqa.lang.dictcache import index_dir

    folder.mkdir(parents=True, exist_ok=True)
    if index_dir().is_dir():
        shutil.copytree(index_dir(), folder / "index", ignore=shutil.ignore_patterns("glossary-*", ".*"), dirs_exist_ok=True)
    return folder


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """transqa ARGS in this process: (exit code, standard output, standard error)."""
    from transqa.cli import main

    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def decodes_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the path of each file that transqa.load.decode.decode_with_encoding decodes, in order (a list
    the caller reads and may clear): how many times one file is decoded."""
    from transqa.load import decode

    decoded: list[str] = []
    real = decode.decode_with_encoding

    def counted(path: str, data: bytes) -> tuple[str, str]:
        decoded.append(path)
        return real(path, data)

    monkeypatch.setattr(decode, "decode_with_encoding", counted)
    return decoded


def one_error(err: str, *expect: str, alone: bool = False) -> None:
    """err holds exactly one `transqa: error:` line holding each of `expect`, no traceback, no internal error;
    with `alone`, nothing else either (no notice beside it)."""
    lines = [x for x in err.splitlines() if x.startswith("transqa: error:")]
    assert len(lines) == 1 and "Traceback" not in err and "internal error" not in err, err
    assert not alone or len(err.splitlines()) == 1, err
    for e in expect:
        assert e in lines[0], lines[0]


def three_samples(folder: Path) -> list[str]:
    """Three of the bundled Chinese samples copied into folder (a small archive to audit or stop), their paths."""
    import shutil

    from tests.conftest import ROOT

    names = ("battery-recall", "chip-merger", "wind-farm")
    for name in names:
        shutil.copy(ROOT / "corpora" / "samples" / f"{name}.zh.md", folder / f"{name}.zh.md")
    return [str(folder / f"{name}.zh.md") for name in names]


def sigterm_taken(pid: int, alive: Callable[[], bool]) -> None:
    """Send SIGTERM to process `pid` from another process (as a process group's signal comes) and wait until one of
    its threads took it (its pending set no longer holds it, `/proc/PID/status` ShdPnd), or it ended (`alive`)."""
    import signal
    import subprocess
    from pathlib import Path

    subprocess.run(["kill", "-TERM", str(pid)], check=True)
    bit = 1 << (signal.SIGTERM - 1)
    status = Path(f"/proc/{pid}/status")
    while alive() and any(int(x.split()[1], 16) & bit for x in status.read_text().splitlines() if x.startswith("ShdPnd:")):
        time.sleep(0.01)


def stored_results(store: object) -> int:
    """How many results an audit's result store (`--store`, SQLite) holds, read-only; 0 while it is not there or
    not yet readable (an audit still creating it)."""
    import sqlite3

    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
            return int(db.execute("select count(*) from results").fetchone()[0])
    except sqlite3.Error:
        return 0


class ClosedStdout:
    """Standard output whose reader has gone: every write after the first `open_writes` raises BrokenPipeError (`| head
    -1`), on the text stream and on its byte buffer (fix writes its diff in the target's encoding); flush raises once
    a write has, and at once with none open (`| head -0`)."""

    def __init__(self, open_writes: int = 0) -> None:
        self.open_writes = open_writes
        self.writes = 0

    def write(self, data: str | bytes) -> int:
        self.writes += 1
        if self.writes > self.open_writes:
            raise BrokenPipeError(32, "Broken pipe")
        return len(data)

    def flush(self) -> None:
        if self.writes > self.open_writes or not self.open_writes:
            raise BrokenPipeError(32, "Broken pipe")

    def isatty(self) -> bool:
        return False

    @property
    def buffer(self) -> ClosedStdout:
        return self


def timed_pair(en: str, zh: str) -> Callable[[], Context]:
    """A fresh Context of the pair each call, its paragraph and sentence alignments worked out once beforehand (the
    alignment of one long paragraph is not what growth tests of one check time)."""
    source, target = parse("a.en.md", en), parse_markdown("a.zh.md", zh)
    beads = align(source, target)
    first = Context(source, target, beads)
    sentences = {k: first.sentence_alignment(k) for k in range(len(beads))}
    return lambda: Context(source, target, beads, _sentences=dict(sentences))


def checked_alone(check: Callable[[Context], Iterable[Finding]], make: Callable[[], Context]) -> list[Finding]:
    """The findings of one check on a fresh Context, in a pair's memo scope as engine.check_documents runs it."""
    with pair_scope():
        return list(check(make()))


# A WMT22 sentence (Al Zeyoudi on trade with Russia) and a system output cut after the forum's name: a cut sentence
# (TQA005) and a missing speech verb (TQA008) on one long line, shared by the release-41 report and baseline tests
ZEYOUDI_EN = ('"We are working with the Russian side to increase trade turnover to $20 billion over the next five years and to '
              'continue investing in other areas [of economic cooperation]," Al Zeyoudi told RIA news agency on Saturday during a '
              "plenary session of the Expo-2020 international forum in the UAE, which had been postponed due to the Covid-19 "
              "pandemic.\n")
ZEYOUDI_ZH = ('"我们正在与俄罗斯方面合作，在未来五年内将贸易额增加到200亿美元，并继续投资其他领域（经济合作），"'
              "al Zeyoudi周六在阿联酋举行的Expo-2020国际论坛全体会议上\n")


_FORKER = r"""
import json, os, sys
from transqa.__main__ import run
from transqa.audit.worker import check_or_error, preload
preload(False)  # the dictionaries every audit's workers use, loaded once here as each audit's parent loads them
# one article checked here, so each forked pool worker's first article is not its first check in the process (what a
# first check loads lazily, 0.75 CPU s a worker, twice a stop): what is under test is the pool's stop, not that load
check_or_error(None, sys.argv[1], None, None)
for line in sys.stdin:  # one audit a line: its arguments, the file for its standard error, [a marker file: see start]
    args, err, *again = json.loads(line)
    pid = os.fork()
    if pid == 0:  # the audit: its own session (its process group gets the group's signal), as `transqa` started anew
        os.setsid()
        if again:  # a second SIGINT to the group once Pool.terminate holds the task queue's read lock (newcomer 26)
            import multiprocessing.pool, signal
            took = multiprocessing.pool.Pool._help_stuff_finish
            def stop_again(inqueue, task_handler, size, marker=again[0]):
                took(inqueue, task_handler, size)  # takes inqueue._rlock and keeps it, as terminate does
                open(marker, "w").close()
                os.killpg(0, signal.SIGINT)
            multiprocessing.pool.Pool._help_stuff_finish = staticmethod(stop_again)
        for fd, path, flags in ((0, os.devnull, os.O_RDONLY), (1, os.devnull, os.O_WRONLY), (2, err, os.O_WRONLY | os.O_CREAT)):
            os.dup2(os.open(path, flags, 0o644), fd)
        sys.argv = ["transqa", *args]
        run()  # ends the process (os._exit, or an interpreter exit that waits for its threads)
        sys.exit(0)
    print(pid, flush=True)
    print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), flush=True)
"""


class ForkedAudits:
    """`transqa audit` runs forked from one interpreter that has imported transqa and loaded the dictionaries (_FORKER; test_fix26, test_newc20):
    each run is the command's own code from `transqa.__main__.run` on, its pool forked from it, and its signals real,
    without the 1-3 s (loaded machine) of a new interpreter's imports and dictionary loading before its first result."""

    def __init__(self) -> None:
        from tests.conftest import SEED

        self.proc = subprocess.Popen([sys.executable, "-c", _FORKER, str(SEED)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)

    def start(self, err: Path, *args: str, again: Path | None = None) -> int:
        """The pid (and process group) of a new audit with `args`. With `again`, a stop of it is repeated where a
        repeat once hung the audit for ever (newcomer 26 item 1): its process group is sent SIGINT from inside
        Pool.terminate, once terminate has taken the task queue's read lock (Pool._help_stuff_finish, which keeps it),
        and the file `again` is created just before."""
        assert self.proc.stdin is not None
        line = [["audit", *args], str(err)] + ([str(again)] if again else [])
        self.proc.stdin.write((json.dumps(line) + "\n").encode())
        return int(self._line())

    def status(self, timeout: float) -> int | None:
        """The exit code of the audit started last, or None when it has not ended within `timeout` seconds."""
        assert self.proc.stdout is not None
        with selectors.DefaultSelector() as sel:
            sel.register(self.proc.stdout, selectors.EVENT_READ)
            return int(self._line()) if sel.select(timeout) else None

    def _line(self) -> bytes:
        """One line of the forker's, read a byte at a time: nothing of the next line is held in a buffer that the
        selector of status() cannot see."""
        assert self.proc.stdout is not None
        line = b""
        while not line.endswith(b"\n"):
            byte = os.read(self.proc.stdout.fileno(), 1)
            if not byte:
                raise EOFError("the forker of audits ended")
            line += byte
        return line

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(30)


def audit_bar_on_a_fake_clock(monkeypatch: pytest.MonkeyPatch) -> tuple[AuditBar, io.StringIO, list[float]]:
    """(bar, buffer, clock): an enabled `report.progress.AuditBar` (not yet entered) drawing to a 120-column terminal
    held in the io.StringIO `buffer`, and the one-element list holding the time in seconds it reads, which the test
    moves (`clock[0] += 10.0`). On the real clock the test's own run time entered the rate: two tests failed under load
    (release 47)."""
    import io
    import types

    from rich.console import Console

    from transqa.report import progress

    clock = [1000.0]
    monkeypatch.setattr(progress, "time", types.SimpleNamespace(monotonic=lambda: clock[0]))
    buf = io.StringIO()
    return progress.AuditBar(True, console=Console(file=buf, force_terminal=True, width=120)), buf, clock


def audit_summary(*targets: Path):  # type: ignore[no-untyped-def]
    """The audit's Summary of these files, each checked as an audit worker checks it (one process, no pool)."""
    from transqa.audit.discover import Job
    from transqa.audit.summary import Summary
    from transqa.audit.worker import check_job
    from transqa.codec import decode_record

    s = Summary()
    for n, t in enumerate(targets):
        s.add(decode_record(check_job(Job(n, str(t), None))[1]))
    return s


def count_grows_linearly(small: int, large: int, *, floor: int, bound: float = 6, what: str = "work") -> None:
    """A work count's test (counted, not timed): the count at the small size is at least `floor` (the counter was
    reached: a count of 0 passed every bound, release 49's review, a refactor that bypassed the patched function) and
    the count at the large size (four times the small) within `bound` times it (linear: about 4x)."""
    assert min(small, large) >= floor, f"{what}: {small} and {large}, below the floor {floor} (is the counter still reached?)"
    assert large <= bound * small, f"{what}: {small} at the small size, {large} at the large (linear: about 4x at most)"


def chars_read(monkeypatch: pytest.MonkeyPatch, module: object, name: str, at: int = 0) -> list[int]:
    """Wraps `module.name` so that each call adds the length of its argument number `at` (a text) to the returned
    counter's `[0]`: the work count of a growth test over a function that reads a text."""
    read = [0]
    real = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        read[0] += len(args[at])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return read


class CountedSearch:
    """A compiled pattern whose searches add the length of the text they are given to `read[0]`."""

    def __init__(self, inner: re.Pattern[str], read: list[int]) -> None:
        self.inner = inner
        self.read = read

    def search(self, text: str) -> re.Match[str] | None:
        self.read[0] += len(text)
        return self.inner.search(text)
