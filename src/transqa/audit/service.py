"""The audit use case as one object: discover the pairs (and fetch missing originals), check them
through the result store, and produce the outputs (records, baseline, repairs, HTML pages, summary).

It never prints: records go to the `emit` callback, files come back as (path, text, what) from outputs(),
and the closing report as text from report(); cli.py writes them.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast

from transqa import policy
from transqa.atomic import OutputError, refuse_clashes, remove_stale_temps
from transqa.audit.discover import Job, from_manifest, from_paths, missing_translation, once_each
from transqa.audit.run import NO_WORKER_WAIT, DaskLost, Notice, RunStats, run_audit
from transqa.audit.store import Store, foreign_database
from transqa.audit.summary import Summary, render_html, render_text
from transqa.audit.worker import PAGE_BACK
from transqa.codec import decode_record, regrouped
from transqa.config import skipped_notice
from transqa.errors import InputError, UsageError
from transqa.escape import counted, line_safe
from transqa.exitcodes import ExitCode
from transqa.findings import Finding, Severity
from transqa.result import AuditRecord, Result
from transqa.service import (
    Interrupts,
    SettingsRequest,
    Unfetched,
    discarded,
    fetch_for,
    fix_one,
    settings,
    unwritten_note,
)

if TYPE_CHECKING:  # the Wayback client (http.client, socket) is imported only by a run that fetches
    from transqa.load.wayback import FetchConfig


@dataclass(frozen=True, slots=True)
class AuditRequest:
    """What to audit and how: folders or files (or a manifest CSV), where the originals and reference
    translations are, the executor (local or dask, `jobs` worker processes), the result store (a
    SQLite file; None: the user cache), the gate and the extra outputs."""

    paths: tuple[str, ...] = ()
    manifest: str | None = None
    originals: str | None = None
    originals_index: str | None = None
    reference: str | None = None
    jobs: int = 1
    executor: str = "local"
    scheduler: str | None = None
    store: str | None = None
    use_cache: bool = True
    fail_on: str | None = None
    settings: SettingsRequest = SettingsRequest()
    write_baseline: str | None = None
    fetch: FetchConfig | None = None
    fix_patch: str | None = None
    html_dir: str | None = None
    summary: str | None = None
    exit_zero: bool = False
    output: str | None = None  # the records' file (-o): checked here against the other files
    document: str | None = None  # sarif or junit: the records are kept and rendered as one document (Audit.document)
    allow_missing: bool = False  # an original given without its translation: a notice, not an error (the pre-commit hook)
    worker_wait: float | None = None  # --worker-wait: seconds a Dask cluster may have no worker (None: NO_WORKER_WAIT)

    @property
    def dask_wait(self) -> float:
        """The seconds a Dask cluster may have no worker: --worker-wait, else NO_WORKER_WAIT."""
        return NO_WORKER_WAIT if self.worker_wait is None else self.worker_wait


def _utf8_diff(name: str, old: str, new: str, encoding: str) -> str | None:
    """An article's part of the audit's repair patch (UTF-8 text), its BOM included when it has one (fix.file_diff);
    None when its repairs cannot be written so (HOSTILE25 #4: a GB18030 or UTF-16 article's hunk does not apply)."""
    from transqa.fix import file_diff
    from transqa.load.decode import ASCII_LEGACY

    if old == new:
        return ""
    if encoding.lower() in ASCII_LEGACY:  # refused before its diff is made and encoded in that encoding for nothing
        return None
    exact = file_diff(name, old, new, encoding)
    return None if exact is None else exact.decode("utf-8", "surrogateescape")


def _patch_base(patch: str, targets: list[str]) -> str:
    """The folder a repair patch's paths start from: the patch file's folder when it holds every target, else
    the current folder when it does, else the nearest folder that holds them and the patch (a/../archive/x.md
    applied nowhere: neither `git apply` nor `patch -p1` takes a path through `..`)."""
    paths = [os.path.abspath(t) for t in targets]
    here = os.path.dirname(os.path.abspath(patch))
    for base in (here, os.getcwd()):
        try:
            if all(os.path.commonpath([base, p]) == base for p in paths):
                return base
        except ValueError:  # another drive
            continue
    try:
        return os.path.commonpath([here, *paths])
    except ValueError:
        return os.path.abspath(os.sep)


def _prints(record: AuditRecord) -> list[str]:
    """The baseline fingerprints of a record's findings: those its worker computed from the text it checked, else
    (a line without them) from the target read again; none, and no file read, for a record without findings
    (the worker writes none for it)."""
    if not record.findings:
        return []
    got = record.baseline_fingerprints
    if got is not None and len(got) == len(record.findings):
        return list(got)
    from transqa.baseline import prints_of_file

    return prints_of_file(record.target, record.findings)


def record_result(record: AuditRecord, with_text: bool = False) -> Result:
    """An audit record as the Result check's renderers take (SARIF, JUnit): its paths, findings and error, no
    documents (a record from the store renders as a fresh one does). The error keeps the record's one line. With
    `with_text` (SARIF), `raw` holds the translation's file text as the loader decodes it, for the snippets (None
    when it can no longer be read, or when there is no finding to take a snippet from: the file is not read)."""
    raw = None
    if with_text and record.findings and record.error is None and record.target != "-" and not record.target.startswith("<"):
        from transqa.load.decode import read_text

        try:
            raw = read_text(record.target)
        except (InputError, OSError):
            raw = None
    error = None
    if record.error is not None:
        error = InputError(record.target, record.error.message, record.error.kind)
        error.args = (record.error.message,)  # already "path: why", as check's error says it
    return Result(record.source, record.target, None, None, findings=list(record.findings), error=error,
                  suppressed=record.suppressed, baselined=record.baselined, raw=raw)


@dataclass(slots=True)
class AuditOutcome:
    """The corpus summary, run statistics, whether the gate failed, whether a pair crashed."""

    summary: Summary
    stats: RunStats
    failed: bool = False
    internal: bool = False
    exit_zero: bool = False
    notices: tuple[str, ...] = ()  # --jobs was lowered; the result store could not be used (the audit went on without it)
    errors: tuple[str, ...] = ()  # an original given without its translation beside it (one line each)
    missing: tuple[str, ...] = ()  # the same with --allow-missing-translation: notices said also under -q (README, the hook)
    closed: str = ""  # the line saying that standard output was closed before the last result (RecordPipe)

    @property
    def exit_code(self) -> ExitCode:
        """141 when standard output was closed before the last result (a pipe's reader stopped, `| head -1`: neither
        the gate's 1 nor a success, what a shell reports for a process a closed pipe ended), 3 when a pair crashed, 2
        when one could not be read (or an original given has no translation to check), 1 when the gate failed, else 0."""
        if self.closed:
            return ExitCode.BROKEN_PIPE
        return policy.exit_code(failed=self.failed, internal=self.internal, errors=bool(self.summary.errors or self.summary.missing or self.errors),
                                exit_zero=self.exit_zero)


def _holds_any(folder: str, targets: list[str]) -> bool:
    """Whether one of `targets` (each job's target as an absolute path and as its real path) lies under `folder`
    (its real path and its absolute path read once, not once per target): a folder of symbolic links to articles
    elsewhere holds them (it was called empty, exit 2, after every article in it was checked: release 34)."""
    prefixes = tuple({os.path.join(os.path.realpath(folder), ""), os.path.join(os.path.abspath(folder), "")})
    return any(t.startswith(prefixes) for t in targets)


def _refuse_unusable_store(store: str | None) -> None:
    """A --store in a folder that does not exist is refused before any work (OutputError, exit 2), as `-o` there is:
    a mistyped path (`~/.cache/tranqsa/a.sqlite`) once made a new tree and an empty store, and the "resume" silently
    checked everything again. The default store's folder (the user cache) is made as it always was. So is an SQLite
    database that is not a transqa store (store.foreign_database), before it is opened for writing."""
    if store is None:
        return
    folder = os.path.dirname(os.path.abspath(store))
    if not os.path.isdir(folder):
        raise OutputError(store, f"cannot be used as the result store: the folder {folder} does not exist "
                                 "(make it first, or give a store in an existing folder); nothing was checked")
    if why := foreign_database(store):  # hostile29 #5: refused before it is touched, not given transqa's table and WAL
        raise OutputError(store, f"cannot be used as the result store: {why}; nothing was checked (give a new file or "
                                 "a store transqa wrote)")


_NOT_SLUG = re.compile(r"[^A-Za-z0-9_.-]+")  # what a page's name writes as `-` (_page_name)
_STAGING = ".transqa-pages."  # the hidden folder of --html-dir's pages while they are written (Audit._html_site)


def _hold(folder: Path, wait: bool) -> int | None:
    """An exclusive lock (flock) on a folder: its descriptor, or None when another process holds it and `wait` is
    false (or the system has no flock). The kernel drops it when the process ends, even by kill -9, so a staging
    folder nobody holds is what a killed run left."""
    try:
        import fcntl

        fd = os.open(folder, os.O_RDONLY)
    except (ImportError, OSError):  # no flock (Windows): nothing is locked and no staging folder is taken for stale
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing the descriptor drops its flock


def _remove_stale_staging(folder: Path, own: Path) -> None:
    """Remove the hidden page folders (`.transqa-pages.*.tmp`) that a killed run left in --html-dir: those that no
    live run holds locked (_hold). Another audit writing the same folder at the same time keeps its own: it was
    removed at our start and that run failed with "No such file or directory" (hostile 24 bug 2)."""
    import shutil

    for stale in folder.glob(f"{_STAGING}*.tmp"):
        if stale == own or not stale.is_dir() or stale.is_symlink() or stale.stat().st_uid != os.getuid():
            continue
        fd = _hold(stale, wait=False)
        if fd is not None:
            shutil.rmtree(stale, ignore_errors=True)
            _release(fd)


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, deepest first: the folders a run making it makes."""
    made = []
    whole = folder.absolute()
    for p in (whole, *whole.parents):
        if p.exists() or p.is_symlink():
            break
        made.append(p)
    return made


def _remove_empty(folders: list[Path]) -> None:
    """Remove the folders a stopped run made (deepest first) while they are empty: a stop while --html-dir's pages
    were written left a new, empty folder where there was none (newcomer 26 item 12); anything put there meanwhile
    stays, with the folders that hold it."""
    for p in folders:
        try:
            p.rmdir()
        except OSError:
            return


def _severity_tally(findings: Sequence[Finding]) -> tuple[int, Counter[str]]:
    """An article's row of the --html-dir index: how many findings, and how many of each severity (`error`, …)."""
    return len(findings), Counter(str(f.severity) for f in findings)


def _page_name(job: Job) -> str:
    """The file name of an article's page in --html-dir: its place in the input and its file name's stem."""
    slug = _NOT_SLUG.sub("-", Path(job.target).stem).strip("-")[:80] or "article"
    return f"{job.index + 1:05d}-{slug}.html"


def _refuse_foreign_pages(folder: str, names: list[str], others: tuple[str | None, ...] = ()) -> None:
    """A file of --html-dir that the run would replace (an article's page, index.html) and that transqa did not write
    (no generator mark: a hand-written site index, notes) is refused before any article is checked (OutputError, exit
    2): it was overwritten without a word. transqa's own pages from an earlier run are replaced, as before. So are an
    --html-dir that is a file (the raw `File exists` came after) and another output of the run (`others`: -o,
    --summary, --write-baseline, --fix: verify28 R12; --store, whose database the index page replaced, and which
    named as the folder made the folder fail with a raw `File exists` after every article was checked) naming one of
    the folder's pages, which it silently replaced (hostile 24 bugs 4 and 9), or the folder itself."""
    from transqa.audit.discover import written_by_transqa

    if os.path.lexists(folder) and not os.path.isdir(folder):
        raise OutputError(folder, "is a file, not a folder (--html-dir needs a folder); nothing was checked")
    names = [*names, "index.html"]
    pages = {os.path.abspath(os.path.join(folder, n)) for n in names}
    for other in others:
        if other is not None and other != "-" and os.path.abspath(other) in pages:
            raise OutputError(other, f"is a page of --html-dir {folder}: the run would write both there (give it another "
                                     "name); nothing was checked")
        if other is not None and other != "-" and os.path.abspath(other) == os.path.abspath(folder):
            # the folder itself (HOSTILE28 #9: every article was checked, the pages written, then the summary refused)
            raise OutputError(other, f"is the folder of --html-dir {folder}: the run writes its pages there (give the "
                                     "file another name); nothing was checked")
    for name in names:
        p = os.path.join(folder, name)
        if os.path.lexists(p) and not (os.path.isfile(p) and written_by_transqa(p)):
            raise OutputError(p, "is not a page transqa wrote: refusing to overwrite it with a report (give --html-dir "
                                 "a folder of its own, or move the file); nothing was checked")


def _resume_note(stored: int, total: int) -> str:
    """What a stopped audit says of its result store: how many articles the same command skips, and whether any is
    left to check (a Dask run stopped as its cluster closed had every article stored: "checks the rest" was untrue)."""
    them = "it" if stored == 1 else "them"  # `1 of 200 articles is stored: … skips it` (newcomer 26 item 14: "them")
    rest = (f"takes {them}{'' if stored == 1 else ' all'} from the store and checks none again" if stored >= total
            else f"skips {them} and checks the rest")
    return f"{stored} of {counted(total, 'article')} {'is' if stored == 1 else 'are'} stored: the same command {rest}"


class RecordPipe:
    """Standard output as the stream of an audit's records: when its reader closes it (`| head -1`) the next writes
    are dropped, not raised, and `at` is the result the pipe broke at (HOSTILE26 #4: click turned the BrokenPipeError
    into exit 1, the gate's code, and the --summary, --fix and --write-baseline files were not written, silently)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0  # results handed to write
        self.at = 0  # the result at which the pipe was found closed; 0 while it is open

    def write(self, text: str) -> int:
        if self.at or not text:  # a SARIF or JUnit run's records write nothing: its document comes after them
            return 0
        self.count += 1
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            self.at = self.count
            return 0

    def isatty(self) -> bool:
        return self.stream.isatty()


@dataclass
class Audit:
    """One audit run. Call discover(), then run(), then outputs() and report(). Raises UsageError for
    options that do not go together and InputError for inputs that cannot be used."""

    request: AuditRequest
    jobs: list[Job] = field(default_factory=list)
    _fetch_note: str = ""
    _unfetched: list[str] = field(default_factory=list)  # why each original --fetch-source asked for could not be had
    _fix_note: str = ""
    _store_path: str = ""  # the result store this run read and wrote (run); "" when it could not be opened
    _repeat_note: str = ""
    _fixable: list[Job] = field(default_factory=list)
    _fix_checked: int = 0  # articles checked again in this process to write the --fix patch (_patch)
    _baseline: list[tuple[str, list[str]]] = field(default_factory=list)
    _outcome: AuditOutcome | None = None
    _report_files: dict[str, str] = field(default_factory=dict)  # target → its HTML report (--html-dir)
    _records: list[AuditRecord] = field(default_factory=list)  # kept for a SARIF or JUnit document only
    _alone: list[tuple[str, tuple[str, str]]] = field(default_factory=list)  # originals given without their translation
    _stopped: AuditOutcome | None = None  # what a run stopped by Ctrl-C or SIGTERM had checked
    _empty: list[str] = field(default_factory=list)  # folders given that hold no translation (errors, exit 2)
    _site_done: bool = False  # every page of --html-dir is in place (moved from its hidden folder)
    # --html-dir: each job's page as its worker rendered it or the store kept it (job.index → store.pack_page's blob),
    # and its findings' count and their severities (the index page's row), from its record
    _pages: dict[int, bytes] = field(default_factory=dict)
    _tallies: dict[int, tuple[int, Counter[str]]] = field(default_factory=dict)
    pipe: RecordPipe | None = None  # standard output, when the records go there (records_to)

    def __post_init__(self) -> None:
        req = self.request
        if bool(req.paths) == (req.manifest is not None):
            raise UsageError("give FOLDERS or FILES, or --manifest CSV (one of them)")
        if req.scheduler and req.executor != "dask":
            raise UsageError("--scheduler goes with --executor dask")
        if req.worker_wait is not None and req.executor != "dask":
            raise UsageError("--worker-wait goes with --executor dask")
        refuse_clashes({"result store": req.store, "baseline": req.write_baseline, "repair patch": req.fix_patch,
                        "report": req.output, "summary": req.summary})
        _refuse_unusable_store(req.store)
        sreq = req.settings
        if req.write_baseline:
            sreq = dataclasses.replace(sreq, baseline="")  # nor the configuration's: every finding is recorded
        self.settings = settings(req.paths[0] if req.paths else str(req.manifest), sreq)
        self.gate: Severity = policy.gate(req.fail_on, self.settings)
        if not self.settings.enabled():
            raise UsageError("nothing to check: the selection leaves no rule to run")

    def discover(self) -> int:
        """Find the pairs (and fetch missing originals when asked): the number of jobs. First removes what
        a killed run left of this run's output files (remove_stale_temps), before any of them is opened."""
        req = self.request
        for out in (req.output, req.summary, req.write_baseline, req.fix_patch):
            if out is not None and out != "-":
                remove_stale_temps(out)
        again: list[str] = []  # a manifest's row naming the pair of an earlier row: checked and counted once
        self.jobs = from_manifest(req.manifest, again, req.originals, req.originals_index) if req.manifest else from_paths(
            list(req.paths), req.originals, req.originals_index, req.reference)
        if not req.manifest:  # `audit a.md ./a.md`, a file and its folder: checked and counted once
            self.jobs, again = once_each(self.jobs)
            self._missing_error()
            self._empty_folders()
        self._repeat_note = f"given more than once, checked once: {', '.join(again[:3])}{' …' if len(again) > 3 else ''}" if again else ""
        if req.html_dir is not None:
            _refuse_foreign_pages(req.html_dir, [_page_name(j) for j in self.jobs],
                                  (req.summary, req.output, req.write_baseline, req.fix_patch, req.store))
        if req.store is not None:  # as -o and --write-baseline are (reviewers 28: an article given as the store)
            from transqa.atomic import refuse_inputs

            refuse_inputs(req.store, [p for j in self.jobs for p in (j.target, j.source, j.reference) if p], "result store")
        if req.write_baseline is not None:  # an input, a missing folder: refused before any article is checked, as check does
            from transqa.baseline import refuse_baseline_output

            refuse_baseline_output(req.write_baseline, req.output, [p for j in self.jobs for p in (j.target, j.source, j.reference) if p])
        if req.fetch is not None:
            self._fetch_originals(req.fetch)
        return len(self.jobs)

    def _missing_error(self) -> None:
        """An English original given with no translation beside it (`audit X.en.md`): a pipeline's gate must not pass
        on nothing checked, so it is an error (exit 2), unless the request allows it (the pre-commit hook, where an
        original is committed before its translation: a notice). Given alone it ends the run in one line (InputError);
        among translations they are checked and the run exits 2 (AuditOutcome.errors)."""
        req = self.request
        self._alone = [(p, t) for p in req.paths if (t := missing_translation(p)) is not None]
        if self._alone and not req.allow_missing and not self.jobs:
            p, (zh, md) = self._alone[0]
            more = len(self._alone) - 1
            raise InputError(p, f"no translation to check: {zh} (or {md} in Chinese) is not beside it"
                             + (f" (nor are those of {counted(more, 'other original')} given)" if more else ""), "missing")

    def _empty_folders(self) -> None:
        """A folder given that holds no translation to check (a mistyped glob's folder, an empty one) is an error:
        a gate must not pass green on nothing checked. When no article was found at all it ends the run in one line
        (InputError, exit 2); else the others are checked and the run exits 2 (AuditOutcome.errors)."""
        targets = [p for j in self.jobs for p in (os.path.realpath(j.target), os.path.abspath(j.target))]
        empty = [p for p in self.request.paths if os.path.isdir(p) and not _holds_any(p, targets)]
        why = "has no translation to check (Chinese Markdown or text: .zh.md, .md, .markdown, .txt, or X.zh beside X.en)"
        if empty and not self.jobs:
            more = len(empty) - 1
            raise InputError(empty[0], why + (f" (nor {counted(more, 'other folder')} given)" if more else ""), "empty")
        self._empty = [f"{p}: {why}" for p in empty]

    def _fetch_originals(self, config: FetchConfig) -> None:
        counts = {"fetched": 0, "cache": 0, "unavailable": 0}
        for k, job in enumerate(self.jobs):
            if job.source is not None:
                continue
            got = fetch_for(job.target, config)
            if isinstance(got, Unfetched):
                counts["unavailable"] += 1
                self._unfetched.append(f"{job.target}: {got.why}")
                continue
            counts["cache" if got.from_cache else "fetched"] += 1
            self.jobs[k] = dataclasses.replace(job, source=got.path, source_name=got.url)
        self._fetch_note = (f"originals: {counts['fetched']} fetched, {counts['cache']} from the cache, "
                            f"{counts['unavailable']} not available (checked alone)\n")

    def records_to(self, stream: IO[str]) -> IO[str]:
        """Standard output as the records' stream: a reader that closes it ends the run's writing there (RecordPipe)."""
        self.pipe = RecordPipe(stream)
        return cast("IO[str]", self.pipe)  # what the command line writes to: write() and isatty()

    def _files(self) -> bool:
        """Whether the run writes files after its checks (--summary, --fix, --write-baseline, --html-dir)."""
        req = self.request
        return any(f is not None for f in (req.summary, req.fix_patch, req.write_baseline, req.html_dir))

    def _pipe_closed(self, outcome: AuditOutcome) -> bool:
        """Whether standard output was closed under the records (RecordPipe); if so, outcome.closed says so and
        what the run does: it stops when it has no file to write, else it checks every article to write them."""
        if self.pipe is None or not self.pipe.at or outcome.closed:
            return bool(outcome.closed)
        total = outcome.stats.total or len(self.jobs)
        if self.request.document is not None:  # one document after the last article (SARIF, JUnit): found closed then
            outcome.closed = (f"standard output was closed: the {self.request.document.upper()} document of {counted(total, 'article')} "
                              "is not there; every article was checked (and stored)" + (" and the files asked for written" * self._files()))
        else:
            outcome.closed = f"standard output was closed at result {self.pipe.at} of {total}: " + (
                "the results after it are not there; every article was checked (and stored) and the files asked for written"
                if self._files() else "stopped")
        return True

    def _add_waiting(self, outcome: AuditOutcome, store: Store) -> None:
        """At a stop, the results stored out of order and not emitted yet: in the summary too, each in its folder."""
        jobs = {j.index: j for j in self.jobs}
        for index, line in sorted(outcome.stats.waiting.items()):
            outcome.summary.add(regrouped(store.read(line) or decode_record(line), jobs[index].group, jobs[index].year))

    def run(self, emit: Callable[[AuditRecord], object], progress: Callable[[int, bool], None] | None = None,
            notify: Callable[[Notice], None] | None = None) -> AuditOutcome:
        """Check every job (stored results first), emitting each record in input order; `notify` hears of a long
        step before the first result (run_audit)."""
        from transqa.cache import user_cache_dir
        from transqa.registry import rules

        req = self.request
        self._store_path = req.store or str(user_cache_dir() / "audit.sqlite")
        store = Store(self._store_path)
        if store.db is None:  # not opened (not SQLite, a folder…): its notice says so, and no line names it as used (hostile30 #6c)
            self._store_path = ""
        outcome = AuditOutcome(Summary(config=self.settings.path, fetched=req.fetch is not None), RunStats(), exit_zero=req.exit_zero or req.write_baseline is not None)
        if not req.allow_missing:
            outcome.errors = tuple(f"{p}: no translation to check: {zh} (or {md} in Chinese) is not beside it" for p, (zh, md) in self._alone)
        outcome.errors += tuple(self._empty)
        table = rules()
        results = run_audit(self.jobs, store, workers=req.jobs, executor=req.executor, scheduler=req.scheduler,
                            use_cache=req.use_cache, progress=progress, stats=outcome.stats, settings=self.settings, notify=notify,
                            worker_wait=req.dask_wait, pages=self._pages if req.html_dir is not None else None)
        try:
            for job, line in results:
                record = regrouped(store.read(line) or decode_record(line), job.group, job.year)
                outcome.summary.add(record)
                emit(record)
                if self._pipe_closed(outcome) and not self._files():  # nothing more to write: stopped (HOSTILE26 #4)
                    outcome.closed += "; " + _resume_note(outcome.stats.stored, outcome.stats.total)
                    break
                if req.document is not None:
                    self._records.append(record)
                self._tally(job, record)
                outcome.internal = outcome.internal or record.internal_error
                if req.write_baseline is not None:
                    self._baseline.append((record.target, _prints(record)))
                outcome.failed = outcome.failed or policy.fails(record.findings, self.gate)
                if req.fix_patch is not None and any(table[f.code].fixable for f in record.findings if f.code in table):
                    self._fixable.append(job)
        except KeyboardInterrupt:
            self._add_waiting(outcome, store)
            unwritten = unwritten_note(req.output, req.summary, req.write_baseline, req.fix_patch, req.html_dir)
            # stopped while the store was still being read (its count not known yet: `0 of 400 are stored` was said of
            # a store holding all 400, HOSTILE27 #9): what is stored stays stored, and the same command takes it
            resume = (_resume_note(outcome.stats.stored, outcome.stats.total) if outcome.stats.total
                      else "the same command resumes from whatever the result store holds")
            Interrupts.note = resume + (f"; {unwritten}" if unwritten else "")
            self._stopped = outcome
            raise
        except DaskLost as exc:  # a cluster left with no worker: one line, what is stored stays stored (HOSTILE26 #1)
            unwritten = unwritten_note(req.output, req.summary, req.write_baseline, req.fix_patch, req.html_dir)
            raise DaskLost("; ".join(n for n in (exc.message, _resume_note(outcome.stats.stored, outcome.stats.total), unwritten) if n)) from None
        finally:
            getattr(results, "close", lambda: None)()  # a run stopped early (RecordPipe) stops its workers here, not when the generator is collected
            outcome.notices = self._notices(store, outcome.stats)
            outcome.missing = self._lost()
            store.close()
        self._outcome = outcome
        return outcome

    def _tally(self, job: Job, record: AuditRecord) -> None:
        """With --html-dir, an article's row of the index page: its findings' count and their severities."""
        if self.request.html_dir is not None:
            self._tallies[job.index] = _severity_tally(record.findings)

    def _notices(self, store: Store, stats: RunStats) -> tuple[str, ...]:
        """The run's closing notices, in order: nothing found to check (or which translation each original lacks),
        a repeated article, skipped rules, the run's own note, damaged stored results, the store's problem."""
        req = self.request
        damaged = f"{counted(store.unreadable, 'stored result')} could not be read: checked again" if store.unreadable else ""
        skipped = skipped_notice(self.settings.skipped) if self.settings.skipped else ""
        # a mistyped or empty folder gives no article: said, so that a gate does not pass on nothing unnoticed
        none = (f"found no translation to check in {', '.join(req.paths)} (Chinese Markdown or text: .zh.md, .md, "
                ".markdown, .txt)") if req.paths and not self.jobs else ""
        if self._alone and len(self._alone) == len(req.paths) and not self.jobs:
            none = ""  # the notices of _lost say it, each naming the file expected
        paired = [j.note for j in self.jobs if j.note]
        chosen = "; ".join(paired[:3]) + (f" (and {counted(len(paired) - 3, 'other article')})" if len(paired) > 3 else "")
        return tuple(n for n in (none, chosen, self._repeat_note, skipped, stats.note, damaged, store.problem) if n)

    def _lost(self) -> tuple[str, ...]:
        """With --allow-missing-translation (the hook), each original given whose translation is not beside it: a
        notice naming the file looked for, said also under -q (its only word); without it they are errors, exit 2. Then
        the originals --fetch-source could not have (`_unfetched_notice`)."""
        alone = self._alone if self.request.allow_missing else []
        return tuple(f"found no translation of {p} to check: {zh} (or {md} in Chinese) is not beside it" for p, (zh, md) in alone
                     ) + self._unfetched_notice()

    def _unfetched_notice(self) -> tuple[str, ...]:
        """The originals --fetch-source could not have, in one line said also under -q, as `check --fetch-source -q`
        says its one (release 49's review: `audit --fetch-source -q` was silent): the first named with its reason."""
        if not self._unfetched:
            return ()
        more = len(self._unfetched) - 1
        return (f"{counted(len(self._unfetched), 'original')} could not be fetched, {'its translation' if not more else 'their translations'}"
                f" checked alone ({self._unfetched[0]}{f'; and {more} more' if more else ''})",)

    def stopped_summary(self, kind: str, output: str | None, columns: int | None = None) -> str:
        """The summary of the articles checked before a stop (Ctrl-C, SIGTERM) when it was asked for on standard output
        (`--format summary`), as JSONL and concise lines give theirs and `document` its SARIF or JUnit; else "". On a
        terminal of `columns` its rule rows are cut to the width, as the closing report's are."""
        if self._stopped is None or kind != "summary" or output is not None:
            return ""
        return render_text(self._stopped.summary, columns) + "(stopped before the end: the articles checked before the stop)\n"

    def document(self) -> str:
        """The SARIF or JUnit document of every article (in input order) when the request asks for one, rendered by
        the renderer check uses, JUnit with the audit's gate; else "" (the other formats write a record at a time).
        After a stop (Ctrl-C, SIGTERM) it holds the articles checked before it: a valid document of what was checked."""
        if self.request.document is None:
            return ""
        from transqa.report import RenderOptions, render

        return render(self.request.document, [record_result(r, self.request.document == "sarif") for r in self._records], RenderOptions(gate=self.gate))

    def outputs(self) -> Iterator[tuple[Path, str, str]]:
        """The files to write after the run, in order, with what each is: the baseline, the repair patch, the
        HTML pages and their index, the summary (.json, .html or text by its extension)."""
        from transqa.report import summary_format

        req = self.request
        assert self._outcome is not None, "run() first"
        if req.write_baseline is not None:
            if self._outcome.summary.errors or self._outcome.summary.missing:  # their recorded findings would be lost
                self._outcome.notices += (f"the baseline {req.write_baseline} was not written: "
                                          f"{counted(self._outcome.summary.errors + self._outcome.summary.missing, 'article')} could not be checked",)
            elif not self.jobs:  # a mistyped or empty folder would empty it
                self._outcome.notices += (f"the baseline {req.write_baseline} was not written: no translation was checked",)
            else:
                from transqa.baseline import baseline_json, baseline_notice
                from transqa.signature import signature

                self._outcome.notices += (baseline_notice(req.write_baseline, self._baseline),)
                yield (Path(req.write_baseline), baseline_json(req.write_baseline, self._baseline, signature(self.settings.digest)),
                       "baseline")
        if req.fix_patch is not None:
            yield Path(req.fix_patch), self._patch(req.fix_patch), "repair patch"
        if req.html_dir is not None:
            yield from ((path, page, "report") for path, page in self._html_site(Path(req.html_dir)))
        if req.summary is not None:
            import json

            summ = self._outcome.summary
            fmt = summary_format(req.summary)
            links = {t: os.path.relpath(f, os.path.dirname(os.path.abspath(req.summary))) for t, f in self._report_files.items()}
            # whether the run resumed (newcomer 40 item 7): the counts only, no executor, workers nor memory (the file
            # stays the same for the same store and inputs); not in the JSON summary, whose schema a field added would
            # make a new version (docs/audit-summary.schema.json)
            cached, checked = self._sources()
            said = f"{cached} from the result store, {checked} checked"
            if fmt == "json":
                text = json.dumps(summ.as_dict(), ensure_ascii=False, indent=2) + "\n"
            elif fmt == "html":
                text = render_html(summ, links).replace("</body></html>", f"<p class=run>{said}</p>\n</body></html>", 1)
            else:
                text = render_text(summ) + f"({said})\n"
            yield Path(req.summary), text, "summary"

    def _patch(self, name: str) -> str:
        """The repair patch; its paths are relative to its base (_patch_base), never through `..`."""
        import shlex

        from transqa.fix import through_link

        # a symbolic link is named by the file it resolves to, the one the patch writes (fix.through_link: patch refuses
        # a link, git apply does not apply a text diff to one), with a line before its diff naming the link as it was given
        written = {job.target: os.path.abspath(through_link(job.target)) for job in self._fixable}
        base = _patch_base(name, list(written.values()))
        parts, repairs, left_out = [], 0, []
        kinds: Counter[str] = Counter()  # the articles checked again, by what was done: repaired, part, refused, none
        refused = 0  # the certain repairs offered whose repaired text did not check clean
        left = 0  # the findings that remain for a person in the articles repaired (wholly or in part)
        self._fix_checked = len(self._fixable)
        for job in self._fixable:
            fx = fix_one(job.source, job.target, self.settings)
            diff = _utf8_diff(os.path.relpath(written[job.target], base), fx.original, fx.repaired, fx.encoding)
            if diff is None:  # not in UTF-8: its hunk would not apply, and git apply would then refuse the whole patch
                left_out.append(f"{line_safe(job.target)} ({fx.encoding.removeprefix('bom+')})")
                continue
            repairs += len(fx.applied)
            left += len(fx.remaining) if fx.applied else 0
            refused += fx.offered - len(fx.applied)
            kinds["none" if not fx.offered else "refused" if not fx.applied else "part" if fx.offered > len(fx.applied)
                  else "repaired"] += 1
            linked = f"# {job.target} is a symbolic link to {written[job.target]}: the repairs below are written there\n"
            parts.append(linked + diff if diff and os.path.islink(job.target) else diff)
        # repairs, one at each place a finding names: the summary's `repairable by` line counts findings, and repairs
        # too where they differ (mend19 item 3: "55 repairable" beside "repairs: 57" said neither)
        self._fix_note = (f"repairs: {repairs} in {counted(sum(1 for p in parts if p), 'article')} (one at each place a "
                          f"finding names), written to {name} "
                          f"(apply it with: patch -p1 -d {shlex.quote(base)} < {shlex.quote(name)})\n" if repairs
                          else f"repairs: none, so {name} is empty (nothing to apply)\n")
        self._fix_note += _fix_done(kinds, refused, left)
        if left_out:
            shown = ", ".join(left_out[:5]) + (f" and {len(left_out) - 5} more" if len(left_out) > 5 else "")
            self._fix_note += (f"repairs of {counted(len(left_out), 'article')} not in UTF-8 left out of {name} (a patch "
                               f"cannot apply to them): {shown}; repair each with `transqa fix --write`\n")
        return "".join(parts)

    def _page(self, job: Job) -> tuple[str, int, Counter[str]]:
        """An article's --html-dir page, its findings' count and their severities: the page its worker rendered or the
        store kept (run_audit), with its record's counts; else (a page that could not be rendered or read) the article
        is checked again here and its page rendered from that."""
        from transqa.audit.store import unpack_page

        blob = self._pages.get(job.index)
        page = unpack_page(blob) if blob is not None else None
        tally = self._tallies.get(job.index)
        if page is not None and tally is not None:
            return page, *tally
        from transqa.engine import check_or_error
        from transqa.report import render_html as render_article

        result = check_or_error(job.source, job.target, self.settings, job.source_name or None)
        return render_article([result], back=PAGE_BACK), *_severity_tally(result.findings)

    def _html_site(self, folder: Path) -> Iterator[tuple[Path, str]]:
        """One HTML report per article and an index page linking them (each page as the worker that checked its
        article rendered it, or as the store kept it with its result: no article is checked again, _page). The pages are written into a hidden folder inside `folder` and moved into it only
        once every page is written, index.html last, so a stopped run (Ctrl-C, SIGTERM) leaves the folder as it was,
        never a mix of new and old pages without an index; what a killed run (kill -9) left is removed first."""
        import shutil
        import tempfile

        from transqa.report import render_index

        made = _missing_folders(folder)  # what a stopped run removes again: it leaves the folder as it was
        folder.mkdir(parents=True, exist_ok=True)
        busy = _hold(folder, wait=True)  # the folder's lock: no other run takes our new staging folder for stale
        try:
            staging = Path(tempfile.mkdtemp(prefix=_STAGING, suffix=".tmp", dir=folder))
            held = _hold(staging, wait=True)  # kept until the end of the run: our folder is alive, not stale
            _remove_stale_staging(folder, staging)
        finally:
            _release(busy)
        try:
            entries = []
            for job in self.jobs:
                page, count, severities = self._page(job)
                name = _page_name(job)
                yield staging / name, page
                self._report_files[job.target] = os.path.abspath(folder / name)
                entries.append((job.target, name, count, severities))
            yield staging / "index.html", render_index(entries, self._summary_link(folder))
            moving = _hold(folder, wait=True)  # two runs moving their pages in at once would mix them: one after the other
            try:
                for _target, name, *_ in entries:
                    os.replace(staging / name, folder / name)
                os.replace(staging / "index.html", folder / "index.html")
            finally:
                _release(moving)
            self._site_done = True
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            _release(held)
            if not self._site_done:
                _remove_empty(made)

    def _summary_link(self, folder: Path) -> str | None:
        """The address of the HTML summary (--summary FILE.html) from the --html-dir folder, else None."""
        from transqa.report import summary_format

        req = self.request
        if req.summary is None or discarded(req.summary) or summary_format(req.summary) != "html":
            return None
        return os.path.relpath(os.path.abspath(req.summary), os.path.abspath(folder))

    def write_outputs(self, write: Callable[[Path, str, str], object]) -> None:
        """Write the files of outputs() through `write` (the command line's, atomic: path, text, what it is). A stop
        (Ctrl-C, SIGTERM) while they are written says, in the command line's `interrupted` line, which files were
        written and which were not (the results of -o were, all of them; the HTML pages only as a whole)."""
        req = self.request
        if self._outcome is not None:  # a SARIF or JUnit document is written after the run: its closed pipe is found then
            self._pipe_closed(self._outcome)
        written = [f for f in (req.output,) if f is not None and f != "-" and not discarded(f)]
        try:
            for path, text, what in self.outputs():
                try:
                    write(path, text, what)
                except OutputError as exc:
                    raise self._partly_written(exc, what, written) from None
                if what != "report":
                    written.append(str(path))
            if self._site_done and req.html_dir is not None and self._outcome is not None and not discarded(req.html_dir):
                index = os.path.join(req.html_dir, "index.html")  # said as -o and --summary say theirs (newcomer 24 item 12)
                self._outcome.notices += (f"wrote {counted(len(self._report_files), 'article page')} and their index to {index}",)
        except KeyboardInterrupt:
            if self._site_done and req.html_dir is not None:
                written.append(req.html_dir)
            unwritten = unwritten_note(*(f for f in (req.write_baseline, req.fix_patch, req.html_dir, req.summary) if f not in written))
            Interrupts.note = "; ".join(n for n in (f"written: {', '.join(written)}" if written else "", unwritten) if n)
            raise

    def _partly_written(self, exc: OutputError, what: str, written: list[str]) -> OutputError:
        """An output that cannot be written, when others were (HOSTILE25 #9: a full disk's "nothing was written" was
        wrong about the -o results, and the store's notice, said in the closing report, was lost): which ones were,
        and the store's problem, on the error's one line."""
        message = exc.message
        if written and message.endswith("; nothing was written"):
            message = message.removesuffix("; nothing was written") + f"; the {what} was not written (written: {', '.join(map(line_safe, written))})"
        store = [n for n in (self._outcome.notices if self._outcome is not None else ()) if n.startswith("the result store ")]
        return OutputError(exc.path, "; ".join([message, *store]))

    def _sources(self) -> tuple[int, int]:
        """(articles taken from the result store, articles checked in this run), as the closing report and the summary
        file say them."""
        assert self._outcome is not None, "run() first"
        stats = self._outcome.stats
        # a path not found is neither checked nor stored as an article (verify 27 R8: `2 checked` for one file and a
        # mistyped name): its record was made in this run or, on a run again, taken from the result store
        fresh = min(stats.checked, self._outcome.summary.missing)
        return max(0, stats.cached - (self._outcome.summary.missing - fresh)), stats.checked - fresh

    def report(self, summary: bool = True, columns: int | None = None) -> str:
        """The closing report: fetched originals, the summary as text and run statistics (not when the summary
        went into its own file), repairs and how to apply their patch."""
        assert self._outcome is not None, "run() first"
        if self._outcome.closed and not self._files():  # stopped as standard output was closed: as a Ctrl-C, no summary
            return ""
        stats = self._outcome.stats
        memory = f", peak worker memory {stats.peak_worker_rss_mb:.0f} MB" if stats.peak_worker_rss_mb else ""
        cached, checked = self._sources()
        # then where the results were read and stored, on a line of its own (a long path beside the statistics ran past
        # a terminal's width): a plain audit uses the user's cache unasked (newcomer 30 item 6)
        # a rerun that took every article from the store ran no worker: `0 checked, executor local, 1 worker(s), peak
        # worker memory 56 MB` told of workers that did not run (the release-36 newcomer's item 4)
        # and the articles --fix checked again in this process, one by one, for their patch (every place its own repair:
        # service.fix_one), which took 81 s of a run from the store that said "none checked: no worker ran" (newcomer 47
        # item 3)
        ran = (f"{checked} checked, executor {stats.executor}, {stats.workers} worker(s){memory}" if checked
               else "none checked: no worker ran")
        if self._fix_checked:
            ran += f"; {counted(self._fix_checked, 'article')} checked again in this process for the --fix patch"
        text = render_text(self._outcome.summary, columns) + (f"({cached} from the result store, {ran})\n"
                                                     + (f"result store: {line_safe(self._store_path)}\n" if self._store_path else ""))
        return self._fetch_note + (text if summary else "") + self._fix_note


def _fix_done(kinds: Counter[str], refused: int, left: int = 0) -> str:
    """What --fix did with the articles it checked again, by article, in an editor's words (newcomer 47 reread: "104
    articles checked again" beside "repairs: 61 in 38 articles" left 66 unexplained): those repaired, those left or
    repaired in part because a repaired text did not check clean (fix.plan applies a repair only where checking the
    repaired text finds nothing new), those whose findings offered no certain repair (a suggestion or a finding for an
    editor: their rule repairs only some of its findings). Empty when none was checked. `left`: the findings that
    remain for a person in the articles repaired, as `transqa fix` counts them ("N findings remain for review"): said
    beside them (mend19 item 4: a repaired article's suggestions and other findings went unmentioned, as if done)."""
    if not sum(kinds.values()):
        return ""
    done = kinds["repaired"] + kinds["part"]
    parts = [f"{done} repaired" + (f" ({kinds['part']} in part)" if kinds["part"] else "")
             + (f", in which {counted(left, 'finding')} {'remains' if left == 1 else 'remain'} for review (`transqa check` "
                "lists them; the repairs it suggests are not made)" if left and done else "")]
    if kinds["refused"] or kinds["part"]:
        kept = f"{kinds['refused']} left as they were" if kinds["refused"] else "every article got some"
        parts.append(f"{counted(refused, 'repair')} not made ({kept}) because the repaired text did not check clean")
    if kinds["none"]:
        parts.append(f"{kinds['none']} with no certain repair to make (their findings are for an editor)")
    return (f"of the {counted(sum(kinds.values()), 'article')} checked again for the patch (each with a finding of a rule "
            f"that repairs some): {'; '.join(parts)}\n")


def summary_files(kind: str, output: str | None, summary: str | None) -> tuple[str | None, str | None]:
    """(the summary's file, the records' file) of an audit's -o FILE and --summary FILE: with --format summary,
    -o FILE is the summary's file (README). Raises UsageError when --summary names a file too: that asks for
    the one summary twice (it once went into both, the text of it into `-o x.json`)."""
    if kind != "summary" or output is None:
        return _summary_name(summary), output
    if summary is not None:
        raise UsageError("--format summary -o FILE writes the summary into FILE, and so does --summary FILE: "
                         "give one of them (--format jsonl -o FILE --summary FILE writes the results and the summary)")
    return _summary_name(output), None


# Extensions that name a format of the results, never of the summary (JSON, HTML or text): a text summary under
# one of them would reach an upload or a consumer as a file of the wrong kind, as JSONL named .html would.
_NOT_SUMMARY = frozenset({".jsonl", ".sarif", ".xml", ".csv"})


def _summary_name(path: str | None) -> str | None:
    """The summary's file name, or UsageError when its extension names a format of the results (t.jsonl)."""
    if path is not None and Path(path).suffix.lower() in _NOT_SUMMARY:
        raise UsageError(f"{path}: the summary is written as JSON (.json), HTML (.html) or text (any other name), "
                         f"not {Path(path).suffix.lower()[1:].upper()} (--format jsonl -o {path} writes the results there)")
    return path


def closing_notices(outcome: AuditOutcome, kind: str, output: str | None, summary: str | None, quiet: bool,
                    piped: bool = False) -> list[str]:
    """The lines an audit ends with, each `error: …` or `notice: …`: its errors (an original given without its
    translation), an original given without its translation under --allow-missing-translation, then (unless quiet: `-q`
    is "no notices", the pre-commit hook's entry) the run's own notices and the files written: the report (said to hold JSON Lines when its name does not end in .jsonl) and the summary;
    `piped`: standard output is no terminal and no --format was given, so that an audit that asked for files leaves it
    empty, and says so (newcomer 30 item 5: a pipeline found JSONL, nothing or a text table there by the flags)."""
    out = [*outcome.missing, *([] if quiet else outcome.notices)]
    if piped and kind == "summary" and output is None and not quiet:
        out.append("no per-article records on standard output (--summary, --write-baseline, --fix and --html-dir ask for "
                   "files): --format jsonl writes them there, -o FILE into FILE")
    if output is not None and not quiet and not discarded(output):  # `-o /dev/null`: nothing to say
        lines = " (JSON Lines: one object per article and line)" if kind == "jsonl" and Path(output).suffix != ".jsonl" else ""
        out.append(f"wrote the {kind} report to {output}{lines}")
    if summary is not None and not quiet and not discarded(summary):
        out.append(f"wrote the summary to {summary}")
    # -q drops the summary, and --summary FILE takes it into its file, whose `unreadable:` and `not found:` sections named
    # them: each unreadable article and path not found then gets its own line (`check -q` names each input it cannot
    # read), so exit 2 never comes without its reason on standard error (newcomer 28b: a mistyped path under --summary
    # and --html-dir gave exit 2 and only "wrote the summary"). Concise lines on standard output already give each one
    # its line (`path: error: why`): not said twice (the hook)
    said = kind == "concise" and output is None
    elsewhere = quiet or summary is not None
    unreadable = [e if e.startswith(t + ":") else f"{t}: {e}" for t, e in outcome.summary.error_list] if elsewhere and not said else []
    return [f"error: {e}" for e in [*outcome.errors, *unreadable]] + [f"notice: {n}" for n in out] + [outcome.closed] * bool(outcome.closed)
