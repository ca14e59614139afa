"""One audit job → one JSON line. Runs in worker processes (local pool or Dask workers)."""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import Any

from transqa.audit.discover import Job
from transqa.codec import encode_record
from transqa.config import Settings
from transqa.engine import check_or_error

_STATE = threading.Lock()  # guards _BUSY and _HELD between a pool worker's main thread and its watcher thread (_watch)
_BUSY = False  # the main thread is checking an article (not waiting for its next task on the task queue's lock)
_HELD = 0  # the pool's queue locks the main thread holds (_Held): the task queue's read lock, the results' write lock


def _busy(value: bool) -> None:
    global _BUSY
    with _STATE:
        _BUSY = value


PAGE_BACK = "index.html"
"""The address of the index page from an article's --html-dir page (the link that heads it): both in one folder."""


def _checked(job: Job, settings: Settings | None, page: bool) -> tuple[int, str, bytes | None]:
    """Check one job: (its index, its audit record's JSON line, its --html-dir page packed for the store when `page`)."""
    _busy(True)
    try:
        result = check_or_error(job.source, job.target, settings, job.source_name or None)
        reference = None
        if job.reference and result.target is not None:
            from transqa.audit.scores import reference_scores

            reference = reference_scores(job.reference, result.target)
        line = encode_record(result, job.group, job.year, reference)
        packed = None
        if page:
            from transqa.audit.store import pack_page
            from transqa.report import render_html

            try:
                packed = pack_page(render_html([result], back=PAGE_BACK))
            except Exception:  # noqa: BLE001 - the audit's process renders it again and meets the error there, as before
                packed = None
        return job.index, line, packed
    finally:
        _busy(False)


def check_job(job: Job, settings: Settings | None = None) -> tuple[int, str]:
    """Check one job: (its index, its audit record's JSON line)."""
    index, line, _ = _checked(job, settings, False)
    return index, line


def check_page(job: Job, settings: Settings | None = None) -> tuple[int, str, bytes | None]:
    """Check one job of an --html-dir audit: (its index, its audit record's JSON line, its page as pack_page packs it),
    the page rendered here from the result just checked (the documents and the alignment), so that the audit's own
    process never checks the article again to write it (release 41: it did, one article after another)."""
    return _checked(job, settings, True)


LOCK_POLL = 0.05
"""Seconds a pool worker's main thread waits at most for a queue lock before it lets the watcher thread look again:
the longest a stop waits for a worker blocked on the task queue's lock (which the parent holds as it terminates)."""


class _Held:
    """One of the pool's queue locks in a worker, counting in _HELD whether the main thread holds it: taken and
    counted at once under _STATE (a non-blocking-for-long try, LOCK_POLL at a time), released and uncounted at once,
    so that the watcher thread never ends the worker while it holds it. A worker that died holding the task queue's
    read lock (an idle one waits for its next task with it) or the results' write lock (handing back an article)
    left the parent's Pool.terminate waiting for that lock for ever."""

    def __init__(self, lock: Any) -> None:
        self._lock = lock

    def __enter__(self) -> bool:
        global _HELD
        while True:
            with _STATE:
                if self._lock.acquire(True, LOCK_POLL):
                    _HELD += 1
                    return True

    def __exit__(self, *exc: object) -> None:
        global _HELD
        with _STATE:
            self._lock.release()
            _HELD -= 1


class _Orphaned:
    """The writing end of a pool worker's results pipe: when the parent is gone (killed by SIGKILL: its end of the pipe
    closed), handing back an article raised BrokenPipeError, which multiprocessing.pool.worker caught and raised again
    sending the error, and the worker printed both tracebacks on the terminal the audit had left (newcomer 31 item 5,
    3 runs of 3). The worker now leaves quietly: SystemExit(0), which pool.worker does not catch, out of the results'
    write lock (released on the way: the other orphans are not left waiting for it)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def send_bytes(self, *args: Any) -> None:
        try:
            self._conn.send_bytes(*args)
        except BrokenPipeError:  # only the parent reads this pipe
            raise SystemExit(0) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _pool_queues() -> tuple[Any, Any] | None:
    """The task queue and the results queue of this pool worker, found in the frame of multiprocessing.pool.worker
    that runs the initializer (its `inqueue` and `outqueue`: the same names in CPython 3.8-3.13); None otherwise."""
    frame = sys._getframe(3)  # worker() → ignore_interrupt() → the caller → here
    if frame.f_code.co_name != "worker":
        return None
    return frame.f_locals.get("inqueue"), frame.f_locals.get("outqueue")


def _quiet_when_orphaned() -> None:
    """Wrap the results pipe's writing end of this pool worker (_Orphaned); nothing when called otherwise."""
    queues = _pool_queues()
    if queues is not None and getattr(queues[1], "_writer", None) is not None:
        queues[1]._writer = _Orphaned(queues[1]._writer)


def _count_queue_locks() -> None:
    """Wrap the task queue's read lock and the results' write lock of this pool worker (_Held); nothing when called
    otherwise (_pool_queues)."""
    queues = _pool_queues()
    if queues is None:
        return
    inqueue, outqueue = queues
    if getattr(inqueue, "_rlock", None) is not None and getattr(outqueue, "_wlock", None) is not None:
        inqueue._rlock = _Held(inqueue._rlock)
        outqueue._wlock = _Held(outqueue._wlock)


def ignore_interrupt(parent_stops: bool = False, stopping: Any = None) -> None:
    """A pool worker's initializer: Ctrl-C reaches the whole process group, and only the parent acts on it
    (it terminates the pool and exits 130); a worker that also raised KeyboardInterrupt printed its traceback.
    SIGTERM: when the parent turns it into a stop (`parent_stops`, under Interrupts.guard), a worker leaves a
    SIGTERM sent by anyone else (GNU `timeout` and `kill -TERM -PGID` signal the whole process group) to the
    parent while the parent lives, and ends at once on the parent's own (Pool.terminate). A worker ended by the
    group's SIGTERM could die holding the task queue's read lock (an idle worker waits for its next task with
    it held), and the parent's Pool.terminate then waited for that lock for ever. Otherwise SIGTERM keeps its
    default action. The parent forks its workers with SIGINT and SIGTERM blocked (audit.run._local): unblocked
    here, once the parent's own handlers are replaced; before, a stop ran them in the new worker (a traceback, or
    a SIGTERM swallowed). `stopping`: the parent's shared flag, set when it terminates the pool (_watch). The
    pool's queue locks are counted (_Held) so that the SIGTERM reading never ends the worker while it holds one. A
    worker whose parent is gone (`kill -9`) leaves within PARENT_POLL, and quietly if it hands back its article first
    (_Orphaned). One thread (_watch, which takes no signal but waits for SIGTERM) does both: the parent watcher and the
    SIGTERM waiter were two threads, each reading getppid (release 44)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _quiet_when_orphaned()
    if parent_stops:
        _count_queue_locks()
    # the watcher takes no signal: started with SIGINT and SIGTERM blocked (a thread inherits its creator's mask); with
    # `parent_stops` SIGTERM stays blocked here too, so that the watcher takes it with its sender (sigtimedwait); without,
    # a SIGTERM keeps its default action in this thread (tests/test_cli22.py)
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    threading.Thread(target=_watch, args=(os.getppid(), parent_stops, stopping), name="transqa-watch",
                     daemon=True).start()
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    if parent_stops:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT} if parent_stops else {signal.SIGINT, signal.SIGTERM})


PARENT_POLL = 0.5
"""Seconds between a pool worker's looks at its parent process: a worker whose parent was killed (`kill -9`) leaves
within this time, not when it hands back its article (an orphan ran on for about 50 s, newcomer 43 #6). A look is one
getppid call: no measurable cost."""


STOP_POLL = 0.05
"""Seconds between a pool worker's looks at the parent's stop flag once it took a SIGTERM not sent by the parent:
the time a worker lasts after a stop whose Pool.terminate SIGTERM merged into the group's (under a second)."""


def _watch(parent: int, parent_stops: bool, stopping: Any) -> None:
    """In a pool worker's own daemon thread (SIGINT and SIGTERM blocked): end the worker at once (os._exit, no cleanup:
    nobody reads its result) when its parent process `parent` is gone (the worker re-parented, getppid no longer
    `parent`), looking every PARENT_POLL. With `parent_stops`, wait for a SIGTERM meanwhile and exit as the default
    action does (status 143) once the worker holds none of the pool's queue locks (_Held; at once when it is checking
    an article): when the parent sent it, or once the parent's `stopping` flag is set after one sent by anyone else (the
    process group's: the parent stops too). The parent's own SIGTERM can merge into the group's while that one is still
    pending (one pending instance per signal): the flag, not the sender of a signal, is what ends such a worker. Before,
    a worker that took the group's SIGTERM ended on the flag only while checking an article, leaving an idle one to the
    pool's SIGTERM, which such a merge could swallow: it then waited for the task queue's lock (held by the parent
    terminating the pool) for ever, and the parent for it (the hang of test_newc20 under load, made to happen every run
    by delaying this thread's first wait by a second)."""
    import signal

    told = stop = False
    while True:
        info = None
        if parent_stops:
            info = signal.sigtimedwait({signal.SIGTERM}, STOP_POLL if told or stop else PARENT_POLL)
        else:
            time.sleep(PARENT_POLL)
        if os.getppid() != parent:
            os._exit(128 + signal.SIGTERM if told else 1)
        if info is not None:
            stop = stop or info.si_pid == parent
            told = True
        stop = stop or (told and stopping is not None and bool(stopping.value))
        if stop:
            with _STATE:
                if _BUSY or not _HELD:
                    os._exit(128 + signal.SIGTERM)


WARM_ORIGINAL = ("# Apple sells more phones in China\n\nOn Monday, Apple CEO Tim Cook said the company sold 3 million iPhones in "
                 "China in May, up 20% from a year earlier, for $1.5 billion, [according to Reuters](https://www.reuters.com/apple).\n")
WARM_TRANSLATION = ("# 苹果在中国卖出更多手机\n\n苹果公司CEO蒂姆·库克（Tim Cook）周一表示，5月份公司在中国售出了300万部iPhone，比去年同期"
                    "增长20%，销售额为15亿美元，[据路透社报道](https://www.reuters.com/apple)。\n")
"""The small article preload checks before the pool forks (a title, a person named in Chinese and in Latin letters, an
acronym, figures, a percentage, an amount, a link): checking it reads the dictionary indexes and builds the tables that
most articles' first check reads. Chosen by the indexes a first check loaded in a forked worker (archive, 30 random
articles of the dev material checked alone; the 15 sample pairs with their originals): a worker's first article took
0.55 CPU s alone (0.74 with its original) and the next 0.18 (0.21); after this article's check in the parent, 0.17
(0.16)."""


def preload(pairs: bool) -> None:
    """Load, in the parent before the pool forks, what every worker would otherwise load for itself:
    the CC-CEDICT indexes, pinyin readings and OpenCC, and for pairs the English sentence rules; then check
    a small built-in article (WARM_TRANSLATION, with WARM_ORIGINAL when `pairs`), which loads what a first
    check loads lazily (the other indexes, tables built on first use): about 0.4 CPU s a worker's first
    article took, paid once here. The forked workers share these pages instead of each loading its own copy.
    langdetect's profiles (0.3 s) stay lazy: few articles need them (2 of the 170 WMT24 documents).
    A pool worker checks any articles in any order, so an article checked before changes no result."""
    import gc

    from transqa.engine import check_documents
    from transqa.lang import lexicon, sentencizer, transliterate
    from transqa.lang.script import to_simplified
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    if pairs:
        sentencizer.sentences("Loaded.")
        lexicon.lexicon()
    transliterate.proper_names()
    transliterate.syllables("中")
    to_simplified("萬")
    check_documents(parse("warm.en.md", WARM_ORIGINAL) if pairs else None, parse_markdown("warm.zh.md", WARM_TRANSLATION))
    gc.freeze()  # the loaded objects stay out of later collections, so the workers' copies stay shared


INDEX_TIME = "about 4 CPU s: 5 to 10 s, up to 40 s on a loaded machine"
"""How long building the dictionary index takes on first use, as the notice and the README say it (the README quotes
this text): measured (r28) on the shared 2-core machine, `build_index` in a fresh process with an empty cache folder,
3.5-4.0 CPU s and 5.9-7.7 s wall at a load of 2.8 (3 runs; 0.7 CPU s of it is the start-up a warm run has too), and
4.0 CPU s, 39.7 s wall with four busy loops beside it (load 7); the r16 figure was 20-37 s at a load of 12."""


def index_missing() -> bool:
    """True when this version's dictionary index is not in the cache folder yet (a first run, or the first after
    an upgrade): the proper-name tables, which every article needs, stand for the indexes built with them."""
    from transqa.lang import dictcache, transliterate
    from transqa.lang.lexicon import cedict_path

    path = cedict_path()
    if path is None:
        return False
    try:
        return not dictcache.cache_file("proper-names", path, (transliterate.__name__,)).is_file()
    except OSError:
        return False


def index_detail() -> str:
    """How often and how long building the dictionary index takes, as the notices before it say (audit's and check's):
    once per version, or on every run when the cache folder cannot be written (it keeps no index there, HOSTILE28 #9)."""
    from transqa.lang.dictcache import index_dir, index_dir_writable

    when = "once per version of transqa and of its dictionary" if index_dir_writable() else \
        f"on every run: its folder {index_dir()} cannot be written (set TRANSQA_CACHE_DIR to one that can)"
    return f"{when}, {INDEX_TIME}"


def build_index() -> None:
    """Build the dictionary indexes once, in this process, before the workers start (each worker built its own,
    both at once, while the bar stood at 0): those preload() loads, then those a check asks for later."""
    from transqa.checks.transliteration.country import country_names
    from transqa.lang import backgloss, chinese, established, glosses, lexicon, transliterate

    preload(True)
    glosses.all_renderings("Google")
    lexicon.phrase_lexicon()
    transliterate.acronym_renderings()
    established.entity_glosses()
    chinese.camel_names()
    country_names()
    backgloss.short_senses()
    lexicon.forget_cedict()


def check_chunk(jobs: list[Job], settings: Settings | None = None, pages: bool = False) -> list[tuple[int, str, bytes | None]]:
    """check_job over a chunk of jobs (one Dask task), with each one's packed --html-dir page when `pages` (check_page),
    else None in its place."""
    return [_checked(j, settings, pages) for j in jobs]
