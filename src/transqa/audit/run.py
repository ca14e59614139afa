"""Running an audit: cached results first, the rest on a local process pool or a Dask cluster,
results stored as they come and emitted in input order."""

from __future__ import annotations

import logging
import os
import resource
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from transqa.audit.discover import Job
from transqa.audit.store import Store, job_key
from transqa.audit.worker import (
    build_index,
    check_chunk,
    check_job,
    check_page,
    ignore_interrupt,
    index_detail,
    index_missing,
    preload,
)
from transqa.config import Settings
from transqa.errors import InputError
from transqa.findings import INTERNAL_ERROR_CODE
from transqa.service import Interrupts
from transqa.signature import store_signature

MAX_WORKERS = 2 * (os.cpu_count() or 1)
"""The most worker processes an audit starts, whatever --jobs asks: the checks are CPU-bound, so past the
cores more workers only share them, and each one holds its own dictionaries and models (about 170 MB)."""


DASK_TASK = 8
"""Articles per Dask task: the bar and the store move every 8 articles a worker checks. Measured on 300 archive
articles, 2 workers on a loaded 2-core machine (load 11-13, very noisy): one article a task 77-79 s, 64 a task
55-66 s, 8 a task 38-102 s; the JSONL identical in all."""

REFUSAL_WAIT = 1.0
"""Seconds a --scheduler's host gets to refuse a connection, before distributed's 30 s of retries: a refusal comes
back within one round trip (measured: 5 ms on loopback on this loaded machine; a round trip across the world is about 0.3 s), while a
host that drops the packets never answers (it gets the 30 s, said first)."""


NO_WORKER_WAIT = 30.0
"""Seconds a Dask run waits by default (`--worker-wait`), with a notice, while its cluster has no worker (none started
yet, or all gone: OOM-killed, preempted) before it stops with one line (DaskLost): the 30 s a --scheduler where nothing
answers gets (README). A cluster without workers keeps its tasks queued for ever: the audit waited, silent, until a CI
limit (HOSTILE26 #1). A cluster that scales up on demand takes longer to bring its first worker: --worker-wait 300."""

DASK_POLL = 1.0
"""Seconds between two looks at a Dask cluster's workers while no task returns: one small request to the scheduler."""


GATHER_WAIT = 10.0
"""Seconds to fetch a finished Dask task's result (8 result lines: milliseconds on loopback). A task finished on a
worker killed before its result was fetched is run again by distributed, and its result() waited for that for ever
(HOSTILE26 #1: 3,024 of 5,000 stored, then silence): after this wait it is waited for as any unfinished task."""


def _chunks(jobs: list[Job], n: int) -> list[list[Job]]:
    return [jobs[i : i + n] for i in range(0, len(jobs), n)]


@dataclass(frozen=True, slots=True)
class Notice:
    """What a run says before a long step: the step (the progress bar shows it) and how long it takes or why
    (the notice line adds it in parentheses)."""
    step: str
    detail: str

    def __str__(self) -> str:
        return f"{self.step} ({self.detail})"


class DaskMissing(Exception):
    """The Dask executor was asked for but dask[distributed] is not installed, or its --scheduler cannot be reached."""
    pass


class DaskLost(InputError):
    """The Dask cluster of a run had no worker for --worker-wait seconds, or its workers kept dying under a task: one
    line (the message alone, no path), exit 2; the results stored so far stay stored (Audit.run adds how many)."""

    def __init__(self, message: str) -> None:
        super().__init__("", message, "dask")
        self.args = (message,)


@dataclass
class RunStats:
    """What a run did: jobs, results served from the store, pairs checked, results in the store (served from
    it or stored as they came: what a rerun skips), the executor and its workers, peak worker memory in MB
    (local executor)."""
    total: int = 0
    cached: int = 0
    checked: int = 0
    stored: int = 0
    peak_worker_rss_mb: float = 0.0
    executor: str = "local"
    workers: int = 1
    note: str = ""  # --jobs was lowered (clamp_workers)
    # results stored but not yet emitted (a later article finished before an earlier one): what a stopped run's
    # summary adds to those emitted, so that it covers every article the stop line says is stored
    waiting: dict[int, str] = field(default_factory=dict)


_CRASHED = f'"code":"{INTERNAL_ERROR_CODE}"'  # a result line holding an internal-error finding (compact JSON)


def clamp_workers(requested: int, articles: int) -> tuple[int, str]:
    """The workers to start for `articles` to check (never more than them, nor MAX_WORKERS) and, when
    that is fewer than --jobs asked for and than this machine's cores, a note saying so."""
    workers = max(1, min(requested, articles, MAX_WORKERS))
    if workers >= requested or requested <= (os.cpu_count() or 1):
        return workers, ""
    why = f"at most {MAX_WORKERS} (2 per core)" if workers == MAX_WORKERS else f"{articles} article(s) to check"
    return workers, f"--jobs {requested} lowered to {workers}: {why}"


Checked = tuple[int, str] | tuple[int, str, bytes | None]
"""What an executor yields for an article: its index and JSON line, and with --html-dir its packed page (or None)."""


def _local(todo: list[Job], workers: int, settings: Settings | None,
           notify: Callable[[Notice], None] | None = None, pages: bool = False) -> Iterator[Checked]:
    check: Callable[..., Checked] = check_page if pages else check_job  # looked up here: tests replace check_job
    _index_first(todo, notify)  # this process and its workers share the cache folder
    if Interrupts.stopping():  # a Ctrl-C that a library swallowed while the index was built: no pool to start
        raise KeyboardInterrupt
    if workers <= 1 or len(todo) <= 1:
        for job in todo:
            yield check(job, settings)
        return
    import multiprocessing  # only for a pool: a one-job or --jobs 1 run (the pre-commit hook) never forks

    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    if ctx.get_start_method() == "fork":
        preload(any(j.source for j in todo))
    # a parent that turns SIGTERM into a stop (Interrupts.guard) stops its workers itself: see ignore_interrupt.
    # The workers, and the pool's thread that forks their replacements, are forked with SIGINT and SIGTERM blocked:
    # a stop in the moment between a fork and the worker's initializer ran the parent's handlers in the worker.
    stopping = ctx.RawValue("b", 0)  # set as the pool is terminated: workers that took the group's SIGTERM then end
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        pool = ctx.Pool(workers, initializer=ignore_interrupt, initargs=(callable(signal.getsignal(signal.SIGTERM)), stopping))
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        raise
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # a stop that came meanwhile is raised here: the pool is whole
        # one task per article, not a chunk of 16: a chunk's results came back together, so an audit stopped
        # after 20 s (a CI timeout; workers slow to start) had stored none of the articles its workers had done
        yield from pool.imap_unordered(partial(check, settings=settings), todo)
        pool.close()
        pool.join()
    except BaseException:
        with _repeats_recorded():  # a second stop raised in terminate left its join waiting for ever
            stopping.value = 1
            _terminate(pool)
        raise


# Seconds a stopped pool's terminate may take before its workers are killed: it takes well under one second when it
# works (test_cli22's stop, 25 runs); about 1 run in 25 of that test hung in it for ever (release thirty).
TERMINATE_WAIT = 5.0


def _terminate(pool: Any) -> None:
    """Pool.terminate and join, bounded by TERMINATE_WAIT seconds. CPython's terminate joins the pool's task thread,
    which can wait for ever on a queue lock a worker held as terminate killed it (seen as a stalled stop: the task
    thread in `_terminate_pool`'s `task_handler.join()`, two dead workers). Past the bound the workers are killed and
    reaped; the pool's threads are daemons and end with the process."""
    ender = threading.Thread(target=pool.terminate, name="transqa-pool-terminate", daemon=True)
    ender.start()
    ender.join(TERMINATE_WAIT)
    if not ender.is_alive():
        pool.join()
        return
    for worker in list(getattr(pool, "_pool", ())):
        with suppress(OSError, ValueError, AttributeError):
            worker.kill()
            worker.join(1.0)


def _connect(client: Callable[..., Any], scheduler: str, notify: Callable[[Notice], None] | None) -> Any:
    """A client of the --scheduler cluster, or DaskMissing (one line): a refused connection or an unknown host at once,
    as distributed retries a refused connection until its timeout (30 s without a word); a host that does not answer
    within REFUSAL_WAIT is waited for, up to 30 s, and the wait is said first."""
    if refused := _refused(scheduler):
        raise DaskMissing(f"--scheduler {scheduler}: no Dask scheduler could be reached there ({refused})")
    if notify:
        notify(Notice(f"connecting to the Dask scheduler at {scheduler}", "up to 30 s"))
    try:
        return client(scheduler, timeout="30s")
    except (ValueError, OSError) as exc:  # a malformed address, no scheduler there (TimeoutError)
        raise DaskMissing(f"--scheduler {scheduler}: no Dask scheduler could be reached there ({exc})") from None
    except MemoryError:  # an HTTP server's reply read as a Dask message's length: "Unable to allocate 3.07 EiB"
        raise DaskMissing(f"--scheduler {scheduler}: what answers there is not a Dask scheduler (its reply is no Dask message)") from None


def _refused(scheduler: str) -> str | None:
    """Why the scheduler's host refuses a connection (nothing listens on the port, no such host), tried for
    REFUSAL_WAIT seconds; None when it accepts or does not answer in time, and for an address with no host and port
    (`inproc://`; a malformed one is the client's to refuse)."""
    import socket

    from distributed.comm.addressing import get_address_host_port

    try:
        host, port = get_address_host_port(scheduler)
        socket.create_connection((host, port), timeout=REFUSAL_WAIT).close()
    except (ValueError, TimeoutError):
        return None
    except OSError as exc:  # ConnectionRefusedError, socket.gaierror (no such host), unreachable network
        return exc.strerror or str(exc)
    return None


def _note_unreached(stats: RunStats | None, executor: str, scheduler: str | None, todo: list[Job]) -> None:
    """A Dask run with a --scheduler and nothing to check: its note says when that scheduler refuses (_unreached)."""
    if executor == "dask" and scheduler and not todo and stats is not None:
        stats.note = "; ".join(n for n in (stats.note, _unreached(scheduler)) if n)


def _unreached(scheduler: str) -> str:
    """A notice when the --scheduler of a run whose results all came from the store refuses a connection (nothing
    listens there, no such host), else "": no cluster is contacted then, and a mistyped address went unnoticed until
    an article changed (newcomer 24b item 19). One connection attempt, REFUSAL_WAIT seconds at most."""
    try:
        why = _refused(scheduler)
    except ImportError:  # no dask extra: nothing was needed of it
        return ""
    return (f"--scheduler {scheduler}: no Dask scheduler could be reached there ({why}); every result came from the "
            "result store, so none was needed this time") if why else ""


def _dask(todo: list[Job], workers: int, scheduler: str | None, settings: Settings | None,
          notify: Callable[[Notice], None] | None = None, worker_wait: float = NO_WORKER_WAIT,
          stats: RunStats | None = None, pages: bool = False) -> Iterator[Checked]:
    if not todo:  # every result came from the store: no cluster to start (6 s here) nor scheduler to reach
        return
    if not scheduler:  # the LocalCluster's workers share this machine's cache folder; a --scheduler cluster's
        _index_first(todo, notify)  # workers build theirs where they run, on first use
    cluster = client = None
    failed = True  # until every result came: an error, a Ctrl-C or the caller closing the run early
    try:
        with _interrupts_held():  # a Ctrl-C while the cluster starts waits for it: then it can be closed
            try:
                from dask.distributed import Client, LocalCluster
            except ImportError:
                raise DaskMissing("the Dask executor needs the dask extra: pip install 'transqa[dask]' "
                                  "(from a checkout: .venv/bin/pip install -e '.[dask]')") from None
            if scheduler:
                client = _connect(Client, scheduler, notify)
                _count_workers(client, stats)
            else:
                # silence_logs: the cluster's own warnings ("Worker process still alive after 4.0 seconds, killing"
                # as it closes on a loaded machine) are not the audit's news; errors still show
                # no dashboard; the scheduler's HTTP server (health routes, started even without it) on a free
                # loopback port: its default 8787, taken by another cluster, gave a UserWarning on stderr
                cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR,
                                       scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"})
                client = Client(cluster)
        # tasks of DASK_TASK articles: one of 64 came back whole, so the bar stood at "27/500" for minutes and a stop
        # lost every article of the tasks still running; one task per article cost 40% more time (DASK_TASK)
        futures = client.map(partial(check_chunk, settings=settings, pages=pages), _chunks(todo, DASK_TASK), pure=False)
        yield from _gathered(client, futures, f"at {scheduler}" if scheduler else "this audit started", notify, worker_wait)
        if stats is not None:  # the summary line gives it as a local run's does (newcomer 46 item 5: it had none)
            stats.peak_worker_rss_mb = peak_worker_mb(client)
        failed = False
    finally:
        _close_dask(client, cluster, failed)


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """The peak resident memory in MB (ru_maxrss, KB on Linux) of this process, or of its waited-for children
    (`resource.RUSAGE_CHILDREN`): a local run's pool workers; run on each Dask worker as it is (this process's)."""
    return resource.getrusage(who).ru_maxrss / 1024.0


def peak_worker_mb(client: Any) -> float:
    """The largest peak resident memory of the Dask cluster's workers, in MB (client.run asks each worker its
    ru_maxrss; a --scheduler cluster's workers may have done other work too); 0.0, which the summary leaves out, when
    the workers cannot tell (one gone since, a cluster that refuses run): the figure is an aside, never an error."""
    try:
        peaks = client.run(_peak_mb)
    except Exception:  # noqa: BLE001 - any failure of the aside (distributed raises its own kinds) leaves it unknown
        return 0.0
    return max((float(v) for v in peaks.values()), default=0.0)


def _count_workers(client: Any, stats: RunStats | None) -> None:
    """A --scheduler cluster's workers, as many as it has when the audit connects (its summary said --jobs's count,
    2 by default, for a cluster of one: verify 27 R7); left as it was when the cluster has none yet."""
    if stats is not None and (n := len(client.scheduler_info().get("workers", {}))):
        stats.workers = n


def _gathered(client: Any, futures: list[Any], where: str, notify: Callable[[Notice], None] | None,
              worker_wait: float = NO_WORKER_WAIT) -> Iterator[Checked]:
    """The results of the Dask tasks as each returns; DaskLost when the cluster has had no worker for `worker_wait`
    seconds (a notice when the wait starts), or when a task's workers kept dying under it (KilledWorker)."""
    from dask.distributed import wait
    from distributed import KilledWorker

    pending = set(futures)
    alone_since: float | None = None
    while pending:
        try:
            done, pending = wait(pending, timeout=DASK_POLL, return_when="FIRST_COMPLETED")
        except TimeoutError:
            done = set()
        got = False
        for fut in done:
            try:
                chunk = fut.result(timeout=GATHER_WAIT)
            except TimeoutError:  # done on a worker gone since: its result cannot be gathered, the task runs again
                pending.add(fut)
                continue
            except KilledWorker as exc:
                raise DaskLost(f"the Dask cluster {where} lost every worker that checked a task ({exc})") from None
            got = True
            yield from chunk
        if got or client.nthreads():
            alone_since = None
        elif alone_since is None:
            alone_since = time.monotonic()
            if notify:
                notify(Notice(f"the Dask cluster {where} has no workers", f"waiting up to {worker_wait:g} s for one"))
        elif time.monotonic() - alone_since >= worker_wait:
            raise DaskLost(f"the Dask cluster {where} has no workers (none for {worker_wait:g} s)")


def _close_dask(client: Any, cluster: Any, failed: bool) -> None:
    """Close the client, then the audit's own LocalCluster (none with --scheduler), with distributed's shutdown
    logs silenced, here and in its own cluster's workers: after a stop or an error, and after a run that got every
    result too (on a loaded machine a worker's heartbeat met the closed scheduler and printed "Failed to communicate
    with scheduler during heartbeat" and a 30-line traceback under a finished audit's summary, 1 run of 3 here).
    With --scheduler, a finished run closes its client as it is: the cluster's loggers are not the audit's."""
    with _shutdown_quiet(client if cluster is not None else None) if failed or cluster is not None else nullcontext():
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()


_SHUTDOWN_LOGGERS = ("distributed", "tornado", "asyncio")


def _silence_shutdown_logs() -> None:
    """In a worker of the audit's own cluster: its shutdown after a Ctrl-C is no news ("Failed to communicate
    with scheduler during heartbeat" and its traceback, when the scheduler closes first)."""
    for name in _SHUTDOWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


@contextmanager
def _shutdown_quiet(client: object | None) -> Iterator[None]:
    """distributed's loggers silenced while a run stopped by a Ctrl-C (or an error) closes its cluster: here, and
    in the workers of its own LocalCluster (`client`; never those of a --scheduler cluster, which are shared)."""
    loggers = [logging.getLogger(name) for name in _SHUTDOWN_LOGGERS]
    levels = [x.level for x in loggers]
    _silence_shutdown_logs()
    try:
        if client is not None:
            with suppress(Exception):
                client.run(_silence_shutdown_logs)  # type: ignore[attr-defined]
        yield
    finally:
        for x, level in zip(loggers, levels, strict=True):
            x.setLevel(level)


@contextmanager
def _repeats_recorded() -> Iterator[None]:
    """SIGINT and SIGTERM, where Python handles them, recorded and not raised while the block runs: a stopped pool's
    terminate and join. A KeyboardInterrupt raised in Pool.terminate once it held the task queue's read lock (GNU
    `timeout -s INT` signals the command, then its group; a second Ctrl-C) left the workers waiting for that lock,
    the pool's task thread blocked writing to the full task pipe and Pool.join waiting for it for ever (newcomer 26
    item 1). The stop that led here is raised by the caller already; nothing of a repeat is lost. A first stop that
    comes here (the block also runs when the pool ends for another reason: standard output closed under the records,
    RecordPipe) is recorded as Interrupts._handle records it, with its signal: a SIGTERM is reported `terminated`, 143."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    mine = [s for s, h in previous.items() if callable(h)]

    def record(signum: int, frame: object) -> None:
        if Interrupts.active and not Interrupts.seen:  # the signal was lost: a SIGTERM said `interrupted`, exit 130
            Interrupts.seen, Interrupts.signum = True, Interrupts.signum or signum

    for s in mine:
        signal.signal(s, record)
    try:
        yield
    finally:
        for s in mine:
            signal.signal(s, previous[s])


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """A Ctrl-C while the block runs is recorded, and raised as KeyboardInterrupt when the block ends: a
    LocalCluster interrupted half made could not be closed (its atexit handler printed tracebacks). Blocking
    SIGINT in this thread did not hold it: the kernel hands it to another thread (Dask's event loop), and
    Python then runs the handler in the main thread wherever it waits. Its workers ignore Ctrl-C themselves
    (transqa.__main__)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    came: list[int] = []

    def hold(signum: int, frame: object) -> None:
        came.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        held = bool(came) and previous is not signal.SIG_IGN
        if held:
            Interrupts.seen = Interrupts.seen or Interrupts.active
    if held:
        raise KeyboardInterrupt


def _keep(store: Store | None, key: str, line: str, stats: RunStats | None, rows: int = 1, page: bytes | None = None) -> None:
    """Store a result line (and its packed --html-dir page when given) and count its rows in stats.stored (a crash is
    not a result: the next run checks it again)."""
    if store is not None and _CRASHED not in line and store.put(key, line, page) and stats is not None:
        stats.stored += rows


def _distinct(pending: list[tuple[Job, str]]) -> tuple[list[Job], dict[str, list[Job]]]:
    """The jobs to check, one per key, and the later jobs of each key that repeats (a manifest row given twice:
    the same files, the same result), which take the first one's result line."""
    todo: list[Job] = []
    first: set[str] = set()
    twins: dict[str, list[Job]] = {}
    for job, key in pending:
        if key in first:
            twins.setdefault(key, []).append(job)
        else:
            first.add(key)
            todo.append(job)
    return todo, twins


def _index_first(todo: list[Job], notify: Callable[[Notice], None] | None) -> None:
    """Build the dictionary index in this process when this version has none yet, once, before the workers start
    (each built its own, while the bar stood at 0), and say so first."""
    if todo and index_missing():
        if notify:
            notify(Notice("building the dictionary index", index_detail()))
        build_index()


def _with_pages(store: Store | None, cached: dict[str, str], jobs: list[Job], keys: list[str],
                pages: dict[int, bytes] | None) -> dict[str, str]:
    """The stored results of an --html-dir run (`pages` given; key → line): those whose page is stored too, each page
    put in `pages` (job.index → blob); a result stored without its page (by a run without --html-dir, or a damaged
    page) is left out: its article is checked again, on the workers, and its page rendered there. Without `pages`,
    `cached` as it is."""
    if pages is None or store is None or not cached:
        return cached
    stored = store.get_pages(list(cached))
    pages.update({j.index: stored[k] for j, k in zip(jobs, keys, strict=True) if k in stored})
    return {k: line for k, line in cached.items() if k in stored}


def _page_of(packed: list[bytes | None], rows: list[int], pages: dict[int, bytes] | None) -> bytes | None:
    """The page a worker rendered for an article (its result's third item, when the run asked for pages), put in
    `pages` for each of its rows (the article and the repeats of it); None when there is none."""
    page = packed[0] if packed and pages is not None else None
    if page is not None and pages is not None:
        pages.update(dict.fromkeys(rows, page))
    return page


def _executor(todo: list[Job], workers: int, executor: str, scheduler: str | None, settings: Settings | None,
              notify: Callable[[Notice], None] | None, worker_wait: float, stats: RunStats | None, paged: bool) -> Iterator[Checked]:
    """The results of the articles to check as they come, from the local pool or the Dask cluster; with `paged` (an
    --html-dir run) each with its page, rendered by the worker that checked it."""
    if executor == "dask":
        return _dask(todo, workers, scheduler, settings, notify, worker_wait, stats, pages=paged)
    return _local(todo, workers, settings, notify, pages=paged)


def run_audit(
    jobs: list[Job],
    store: Store | None,
    *,
    workers: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    use_cache: bool = True,
    progress: Callable[[int, bool], None] | None = None,
    stats: RunStats | None = None,
    settings: Settings | None = None,
    notify: Callable[[Notice], None] | None = None,
    worker_wait: float = NO_WORKER_WAIT,
    pages: dict[int, bytes] | None = None,
) -> Iterator[tuple[Job, str]]:
    """Yield (job, JSON line) in input order; `notify` is told what the run does before its first result when
    that takes long (building the dictionary index); `worker_wait`: seconds a Dask cluster may have no worker.
    `pages` (an --html-dir audit): filled with each job's page (job.index → store.pack_page's blob), rendered by the
    worker that checked it or taken from the store with its result; a stored result without its page is checked
    again (on the workers), and a page that could not be rendered is left out (the caller checks that one itself)."""
    sig = store_signature(settings.digest if settings else "default", settings.baseline if settings else None)
    keys = [job_key(j, sig) for j in jobs]
    cached = store.get_many(keys) if (store is not None and use_cache) else {}
    cached = _with_pages(store, cached, jobs, keys, pages)
    ready: dict[int, str] = {j.index: cached[k] for j, k in zip(jobs, keys, strict=True) if k in cached}
    todo, twins = _distinct([(j, k) for j, k in zip(jobs, keys, strict=True) if k not in cached])
    by_index = {j.index: (pos, j) for pos, j in enumerate(jobs)}
    workers, note = clamp_workers(workers, len(todo))
    if stats is not None:
        stats.total, stats.cached, stats.executor, stats.workers, stats.note = len(jobs), len(ready), executor, workers, note
        stats.stored = len(ready)
        stats.waiting = ready  # the same dict: what is left in it at a stop was stored and not emitted
    _note_unreached(stats, executor, scheduler, todo)
    nxt = 0

    def flush() -> Iterator[tuple[Job, str]]:
        nonlocal nxt
        while nxt < len(jobs) and jobs[nxt].index in ready:
            job = jobs[nxt]
            yield job, ready.pop(job.index)
            nxt += 1

    if progress and ready:
        progress(len(ready), False)  # from the store: not in the rate of this run's checking
    yield from flush()
    source = _executor(todo, workers, executor, scheduler, settings, notify, worker_wait, stats, pages is not None)
    try:
        for index, line, *packed in source:
            if Interrupts.stopping():  # Ctrl-C that a library swallowed in this process: this result may be wrong
                raise KeyboardInterrupt
            pos, job = by_index[index]
            rows = [index, *(t.index for t in twins.get(keys[pos], ()))]
            page = _page_of(packed, rows, pages)
            _keep(store, keys[pos], line, stats, len(rows), page)
            for row in rows:
                ready[row] = line
            if stats is not None:
                stats.checked += 1
            if progress:
                progress(len(rows), True)
            yield from flush()
    finally:
        # a stop raised here, not inside the executor's generator (storing a result, or in the caller at a yield),
        # leaves that generator suspended: close it where the stop came, not whenever its last reference goes (with
        # a reference cycle, the garbage collector or the interpreter's exit would terminate its pool)
        getattr(source, "close", lambda: None)()
    yield from flush()
    if stats is not None and executor == "local":
        # pool workers are this process's children; with one worker the work ran in this process
        usage = resource.RUSAGE_CHILDREN if workers > 1 and len(todo) > 1 else resource.RUSAGE_SELF
        stats.peak_worker_rss_mb = _peak_mb(usage)
