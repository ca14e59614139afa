"""Use cases of the single-pair commands (check, align, fix, fetch): what cli.py calls once per
command. They read files and compute; they never print or exit. What a command writes comes back as
text in its outcome, for cli.py to write.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from transqa.errors import InputError, UsageError, input_name
from transqa.escape import clipped, counted
from transqa.exitcodes import ExitCode
from transqa.findings import Finding, Severity, at_or_above
from transqa.urls import is_url

if TYPE_CHECKING:  # imported where used: the command line starts without them
    from sys import UnraisableHookArgs

    from transqa.config import Settings
    from transqa.load.wayback import Capture, FetchConfig
    from transqa.model import Block
    from transqa.report import RenderOptions
    from transqa.result import Result


class Interrupts:
    """Ctrl-C, remembered. Python turns SIGINT into KeyboardInterrupt wherever the main thread is, and a
    library that catches every exception swallows it there: langdetect loads its language profiles under a
    bare `except:` (seconds on a loaded machine) and turns the interrupt into a LangDetectException that
    the untranslated rule takes as "not English", so an in-process audit (`--jobs 1`) ran on to the end.
    `guard` (the command line, around a command) records each SIGINT before raising; `pending` tells the
    audit loop between articles and the command line at the end that the user asked to stop. SIGTERM (`kill`,
    `timeout`, a cancelled CI job) takes the same path, so an audit stops as cleanly; `signum` says which came."""

    seen = False
    signum = 0
    active = False
    note = ""  # what the interrupted command kept (an audit: how many results are stored)

    @classmethod
    @contextmanager
    def guard(cls) -> Iterator[None]:
        """Record every SIGINT while the block runs (in the main thread, where the handler stays Python's own)."""
        import signal
        import sys
        import threading

        cls.seen, cls.active, cls.note, cls.signum = False, True, "", 0
        mine = threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        term = signal.getsignal(signal.SIGTERM) if mine else None
        hook = sys.unraisablehook

        def unraisable(u: UnraisableHookArgs) -> None:  # Ctrl-C during a __del__ (regex's): recorded, no traceback
            if u.exc_type is not KeyboardInterrupt or not mine:
                hook(u)

        if mine:
            signal.signal(signal.SIGINT, cls._handle)
            if term == signal.SIG_DFL:
                signal.signal(signal.SIGTERM, cls._handle)
            sys.unraisablehook = unraisable
        try:
            yield
        finally:
            cls.active = False
            if mine:
                signal.signal(signal.SIGINT, signal.default_int_handler)
                if term == signal.SIG_DFL:
                    signal.signal(signal.SIGTERM, signal.SIG_DFL)
                sys.unraisablehook = hook

    @classmethod
    def _handle(cls, signum: int, frame: object) -> None:
        # a stop under way takes a repeat (SIGINT or SIGTERM) as said, and never raises again: GNU `timeout` signals the
        # command, then its process group (with -s INT too), and a user presses Ctrl-C twice; a second KeyboardInterrupt
        # raised inside the pool's terminate, after it took the task queue's read lock, left its join waiting for ever
        # (newcomer 26 item 1: 4 hangs in 17 stops). A first one that a library swallowed stops an audit at its next
        # result (stopping), so the repeat is not needed for that either.
        if cls.seen:
            return
        cls.seen = True
        cls.signum = cls.signum or signum
        raise KeyboardInterrupt

    @classmethod
    def terminated(cls) -> bool:
        """Whether the stop was a SIGTERM (`kill`, `timeout`), not a Ctrl-C."""
        import signal

        return cls.signum == signal.SIGTERM

    @classmethod
    def pending(cls) -> bool:
        """Whether a SIGINT came since the guard began, whatever caught the KeyboardInterrupt it raised."""
        return cls.seen

    @classmethod
    def stopping(cls) -> bool:
        """Whether a SIGINT came during the guard that still runs (callers outside a command never stop)."""
        return cls.active and cls.seen


@dataclass(frozen=True, slots=True)
class SettingsRequest:
    """Options that select the configuration: --config, --isolated, --select, --ignore (comma-separated
    codes, names or prefixes), --glossary files, --no-suppress, --baseline (over the configuration's `baseline`;
    "": none at all, a run that writes one), rules a command turns on, and --force-chinese."""

    config: str | None = None
    isolated: bool = False
    select: str | None = None
    ignore: str | None = None
    glossary: tuple[str, ...] = ()
    no_suppress: bool = False
    baseline: str | None = None
    extra: tuple[str, ...] = ()
    force_chinese: bool = False
    one_per_line: bool = False


def settings(target: str, req: SettingsRequest) -> Settings:
    """The settings for a target: its configuration file (found upwards from it) and the command line.
    Raises InputError for a baseline file that is missing or not a baseline of this transqa (read once here, before
    any work, so that an audit does not report every article unreadable for it) or an invalid configuration."""
    from transqa.config import settings_for

    def split(v: str | None) -> tuple[str, ...]:
        return tuple(x.strip() for x in v.split(",") if x.strip()) if v else ()

    if req.select is not None and not split(req.select):  # `--select ""` ran every rule, as no --select does
        from transqa.config import ConfigError

        raise ConfigError("--select", "names no rule: give codes, names or prefixes, comma-separated "
                                      "(leave --select out to run every rule)")
    got = settings_for(target, req.config, req.isolated, select=split(req.select), ignore=split(req.ignore),
                       glossary=req.glossary, suppress=False if req.no_suppress else None,
                       baseline=req.baseline, extra=req.extra, force_chinese=req.force_chinese or None,
                       one_per_line=req.one_per_line or None)
    if got.baseline:
        from transqa.baseline import baseline_table
        from transqa.config import ConfigError

        try:
            baseline_table(got.baseline)  # the table the policy uses: the file is read once
        except InputError as exc:
            if req.baseline:
                raise
            if exc.kind != "missing":  # a folder, a FIFO, not a baseline: named by the configuration's key
                raise ConfigError(got.path, f"baseline: {exc}") from None
            raise ConfigError(got.path, f"baseline: no such file {got.baseline} (record one with --write-baseline FILE)") from None
    return got


def fetch_config(endpoint: str, cache_dir: str | os.PathLike[str] | None, offline: bool, timeout: float,
                 rate: float = 1.0) -> FetchConfig:
    """The Wayback fetcher's configuration: timeout in seconds, rate in requests per second (0: none);
    2 retries below a 5 s timeout (tests, impatient users), else 3."""
    from transqa.load.wayback import FetchConfig

    cache_dir = os.fspath(cache_dir) if cache_dir is not None else None
    return FetchConfig(endpoint=endpoint, cache_dir=cache_dir, offline=offline,
                       timeout=timeout, rate=rate, retries=2 if timeout < 5 else 3)


UNREACHED_ADVICE = "Without a network, give the saved original as SOURCE (transqa check SOURCE TARGET) or add --offline to read only the cache."


@dataclass(frozen=True)
class Unfetched:
    """Why the original --fetch-source asked for could not be had. `why`: the one line a notice says (`the original
    could not be fetched (KIND: MESSAGE)`); `header`: what the report's header says (Result.unfetched); `advice`: what
    to do instead, for a server no connection could be made to (FetchError unreachable: UNREACHED_ADVICE)."""

    why: str
    header: str
    advice: str = ""

    def __str__(self) -> str:
        return self.why

    def notice(self) -> str:
        """check's notice: the reason whole, that the translation is checked alone, and what to do, if anything."""
        return f"{self.why}; checking the translation alone" + (f". {self.advice}" if self.advice else "")


def fetch_for(target: str, config: FetchConfig) -> Capture | Unfetched:
    """The capture of the original named by the target's 原文 header, or why not (Unfetched): for a connection not
    made, the words of it (`the Wayback Machine (web.archive.org) could not be reached: name resolution failed (no
    network, or no DNS)`) and what to do instead."""
    from transqa.audit.discover import header_url
    from transqa.load.wayback import Fetcher, FetchError

    url = header_url(target)
    if not url:
        why = f"{target} has no 原文 header naming its original"
        return Unfetched(why, why)
    try:
        return Fetcher(config).fetch(url)
    except FetchError as exc:
        if exc.kind == "unreachable":
            return Unfetched(f"the original could not be fetched: {exc.message}", exc.message, UNREACHED_ADVICE)
        why = f"the original could not be fetched ({exc.kind}: {exc.message})"
        return Unfetched(why, why)


# ---------------------------------------------------------------------------------------------- check


def output_format(fmt: str | None, output: str | None, default: str = "text") -> str:
    """--format when given, else the format of the output file's extension (FORMAT_EXTENSIONS), else `default`
    (a name without an extension). Raises UsageError for an extension that names no format."""
    if fmt is not None:
        return fmt
    from transqa.report import FORMAT_EXTENSIONS  # imported where used, as the renderers

    if output is not None and Path(output).suffix:
        suffix = Path(output).suffix.lower()
        if suffix not in FORMAT_EXTENSIONS:
            known = ", ".join(sorted(FORMAT_EXTENSIONS))
            raise UsageError(f"cannot tell the report format from the extension {suffix!r} of {output}: give --format, or end the name in one of {known}")
        return FORMAT_EXTENSIONS[suffix]
    return default


def _not_a_url(path: str) -> None:
    """InputError for a URL given where a file goes (and no file of that name): named whole, with the ways to check
    against an original online (newcomer 46 item 1: the header's command named a fetched original by its URL, and
    `check URL FILE` said `http:/127.0.0.1:…: no such file`, one slash, a path's spelling of the URL)."""
    if is_url(path) and not os.path.exists(path):
        raise InputError(path, "a URL, not a file: to check a translation against its original online, give the "
                               "translation alone with --fetch-source (its 原文 header names the original), or fetch the "
                               f"page first (transqa fetch {_shell(path)} -o FILE.html) and give that file", "missing")


def pair_paths(paths: Sequence[str]) -> list[tuple[str | None, str]]:
    """The (source, target) pairs of `transqa check`'s arguments: TARGET; SOURCE TARGET; or many files,
    where each Chinese file is a target and an English file is the original of the target after it
    (`transqa check *.zh.md`, `transqa check a.en.md a.zh.md b.zh.md`); an original may stand again before each
    further translation of it (`a.en sysA.zh a.en sysB.zh`), a translation only once. Raises UsageError."""
    from transqa.audit.discover import is_target

    if not paths:
        raise UsageError("give TARGET, or SOURCE TARGET")
    for p in paths:
        _not_a_url(p)
    if paths.count("-") > 1:
        raise UsageError("standard input (-) can be read once")
    if len(paths) == 1:
        return [(None, paths[0])]
    if len(paths) == 2 and paths[0] == "-":  # SOURCE TARGET with the original piped: "give it before" was untrue
        raise UsageError(f"standard input (-) can only be the translation, not the original of {paths[1]}: give the "
                         f"original as a file (transqa check SOURCE {paths[1]})")
    # a translation is checked once; an original may stand before each of several translations (one source, the
    # outputs of several MT systems: `a.en sysA.zh a.en sysB.zh`, newcomer 36 item 13), never as a translation too
    # (is_target: a file named *.zh.md, or without letters (empty, binary), is a target: checking it says why)
    # the first of two files without letters (empty, or only a link: `[http://blip.tv/play/abc]`) stands where the
    # original does: it is read as the original, whose loader names it as such (hostile33: it was checked as a
    # translation alone, "holds no Chinese text: … give it before its translation", though it was given before)
    targets = [is_target(p, short=len(paths) != 2 or i > 0) for i, p in enumerate(paths)]  # each head read once
    two = len(paths) == 2 and not (targets[0] and targets[1])
    seen: dict[str, str] = {}
    originals: set[str] = set()
    for i, p in enumerate(paths):
        key = p if p == "-" else os.path.realpath(p)
        original = (i == 0) if two else not targets[i]
        if key in seen and not (original and key in originals):
            raise UsageError(f"{p} is given twice" + (f" (as {seen[key]})" if seen[key] != p else ""))
        seen[key] = p
        if original:
            originals.add(key)
    if two:
        return [(paths[0], paths[1])]  # the loaders say when the two are swapped
    pairs: list[tuple[str | None, str]] = []
    pending: str | None = None
    for p, target in zip(paths, targets, strict=True):
        if target:
            pairs.append((pending, p))
            pending = None
        elif pending is not None:
            raise UsageError(f"{pending} and {p} are both English: give each original before its translation")
        else:
            pending = p
    if pending is not None:
        raise UsageError(f"{pending} is English and no translation follows it")
    return pairs


@dataclass(frozen=True, slots=True)
class CheckRequest:
    """transqa check: a target (and its source, or a fetch of it), the report format and the gate.
    `more` holds further (source, target) pairs of the same run; `fmt` None: from the output's
    extension; `statistics`: counts per rule instead of the report."""

    source: str | None
    target: str
    fmt: str | None = "text"
    fail_on: str | None = None
    exit_zero: bool = False
    settings: SettingsRequest = SettingsRequest()
    write_baseline: str | None = None
    fetch: FetchConfig | None = None  # --fetch-source: fetch the original when none is given
    width: int = 80
    color: bool = False
    output: str | None = None
    statistics: bool = False
    more: tuple[tuple[str | None, str], ...] = ()
    command: tuple[str, ...] = ()  # the words the user typed after `transqa` (empty when unknown: a caller of the API)


@dataclass(slots=True)
class CheckOutcome:
    """The report text, the baseline text (when asked for), a notice for standard error, the exit code;
    `errors`: one line per file of a run of several pairs that could not be checked (the others are reported)."""

    report: str
    exit_code: ExitCode
    baseline: str | None = None
    notice: str | None = None
    result: Result | None = None
    results: list[Result] = field(default_factory=list)
    fmt: str = "text"
    errors: list[str] = field(default_factory=list)
    recorded: str | None = None  # the --write-baseline notice, told once the baseline is written


def runnable(cfg: Settings, target: str, has_source: bool) -> set[str]:
    """The rules that will run on a target: the enabled ones, less those that need the original when
    there is none. Raises UsageError when that leaves nothing to run."""
    from transqa.registry import rules

    table = rules()
    enabled = cfg.enabled(target)
    run = {c for c in enabled if has_source or not table[c].needs_source}
    if not run:
        why = ("every selected rule needs the original: give SOURCE TARGET" if enabled
               else "the selection leaves no rule to run")
        raise UsageError(f"nothing to check: {why}")
    if "TQA011" in run:
        from transqa.checks import semantic

        if not semantic.available():
            raise UsageError("--semantic (TQA011) needs the semantic extra: pip install 'transqa[semantic]'")
    return run


STATISTICS_FORMATS = ("text", "concise", "json")
"""What --statistics writes: tab-separated counts (text; concise the same) or a JSON list of them."""


def statistics(results: list[Result], fmt: str = "text") -> str:
    """Counts per rule over the results, most frequent first (ruff --statistics): `count code name severity`
    tab-separated (`0 findings` when there is none), or for `fmt` json a JSON list of {count, code, name, severity}
    (`[]` when there is none)."""
    import json
    from collections import Counter

    from transqa.registry import rules

    table = rules()
    counts = Counter(f.code for r in results for f in r.findings)
    rows = [(n, c, table[c].name if c in table else "", str(table[c].severity) if c in table else "")
            for c, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    if fmt == "json":
        return json.dumps([{"count": n, "code": c, "name": name, "severity": sev} for n, c, name, sev in rows],
                          ensure_ascii=False, indent=2) + "\n"
    if not rows:  # said, not an empty output (release 41, mend item 4: nothing at all was printed)
        return "0 findings\n"
    width = max((len(str(n)) for n, *_ in rows), default=1)
    return "".join(f"{n:>{width}}\t{c}\t{name}\t[{sev}]\n" for n, c, name, sev in rows)


def _refuse_outputs(req: CheckRequest) -> None:
    """OutputError, before any work, for -o naming an input and for a --write-baseline the run could not write."""
    inputs = [p for pair in ((req.source, req.target), *req.more) for p in pair if p is not None]
    if req.output is not None:
        from transqa.atomic import refuse_inputs

        refuse_inputs(req.output, inputs, "report")
    if req.write_baseline is not None:
        from transqa.baseline import refuse_baseline_output

        refuse_baseline_output(req.write_baseline, req.output, inputs)


def _baseline_out(req: CheckRequest, prints: list[tuple[str, list[str]]], digest: str,
                  errors: list[str]) -> tuple[str | None, str | None, list[str]]:
    """The --write-baseline text and its notice, and the error lines: a run in which a file could not be read
    writes none (that file's recorded findings would be lost) and its error lines say so."""
    if req.write_baseline is None:
        return None, None, errors
    if errors:
        return None, None, [f"{e}; the baseline {req.write_baseline} was not written" for e in errors]
    from transqa.baseline import baseline_json, baseline_notice
    from transqa.signature import signature

    return (baseline_json(req.write_baseline, prints, signature(digest)),
            f"notice: {baseline_notice(req.write_baseline, prints)}", errors)


def _shell(path: str) -> str:
    """A path as a shell word: quoted when it must be (the one line is escaped again where it is printed)."""
    import shlex

    return shlex.quote(path)


def _index_notice(say: Callable[[str], None]) -> None:
    """Say that the dictionary index is built now when this version has none in the cache folder (a first check on a
    machine sat 5-40 s in silence while it was built, newcomer 35 item 1); nothing when it is there."""
    from transqa.audit.worker import index_detail, index_missing

    if index_missing():
        say(f"notice: building the dictionary index ({index_detail()})…")


# check's options that write a file (the report, a baseline): never in a suggested command, which would overwrite
# what the run that suggested it wrote (a reviewer's `check a.zh.md b.zh.md -o r.txt --write-baseline bl.json`)
_WRITERS = ("--output", "--write-baseline")


def _without_writers(words: Sequence[str]) -> list[str]:
    """`words` (check's, as typed) without the options that write a file and their values: `-o F`, `-oF`, `--output F`,
    `--output=F`, `--write-baseline F`, `--write-baseline=F`, and `o` of a cluster of short options (`-qo F` → `-q`);
    nothing after `--` (paths)."""
    out: list[str] = []
    skip = False
    for i, w in enumerate(words):
        if skip:
            skip = False
        elif w == "--":
            return out + list(words[i:])
        elif w in _WRITERS or w.startswith(tuple(f"{o}=" for o in _WRITERS)):
            skip = "=" not in w
        elif w.startswith("-") and not w.startswith("--") and "o" in w[1:] and "f" not in w[1:w.index("o")]:
            head, _o, value = w[1:].partition("o")  # `-fo…` is -f's value `o…`, kept; `-qo F` is -q and -o F
            skip = not value
            out.extend([f"-{head}"] if head else [])
        else:
            out.append(w)
    return out


def _target_at(words: Sequence[str], target: str) -> int | None:
    """The index of the word of check's `words` that names `target` (as a path: `./a.zh.md` is `a.zh.md`), an option
    (`-q`) never, a word after `--` even when it starts with `-`; None when none does."""
    paths = words.index("--") if "--" in words else len(words)
    return next((i for i, w in enumerate(words) if i and w != "-" and (i > paths or not w.startswith("-"))
                 and os.path.normpath(w) == os.path.normpath(target)), None)


def with_original(command: Sequence[str], target: str, original: str, others: Sequence[str] = ()) -> str:
    """The `transqa check …` line that checks `target` with `original`: `command` (the words typed after `transqa`,
    `("check", "a.zh.md", "--select", "TQA3")`) with `original` put before the word that names `target` (compared as
    paths: `./a.zh.md` is `a.zh.md`), every word shell-quoted (shlex.quote); the user's other options are kept
    (newcomer 35: the notice dropped `--format text`) but those that write a file (`-o`, `--write-baseline`:
    _without_writers), which the suggested run would overwrite. `others`: the further files of the command line
    (a check of several translations): they are left out, `transqa check ORIGINAL TARGET` and the options (re-running
    all of them to add one original rechecked every other). Without a word naming `target` (an empty `command`):
    `transqa check ORIGINAL TARGET`."""
    words = _without_writers(command)
    dash = ["--"] if target.startswith("-") or original.startswith("-") else []  # a path read as an option otherwise
    if others:
        paths = {os.path.normpath(p) for p in (target, *others) if p != "-"}
        ends = words.index("--") if "--" in words else len(words)
        words = [w for i, w in enumerate(words[:ends]) if i == 0 or w.startswith("-") or os.path.normpath(w) not in paths]
        words += [*dash, target]
    at = _target_at(words, target)
    if at is None:
        words = ["check", *dash, target]
        at = len(words) - 1
    words.insert(at, original)
    return " ".join(["transqa", *(_shell(w) for w in words)])


def _beside(req: CheckRequest, target: str) -> tuple[str, str] | None:
    """The original beside a translation checked alone (`slug.en.md`, audit.discover.original_beside) and the
    command that checks the pair (with_original), else None. A WMT document's `X.en` (no extension after `.en`: one
    segment a line) gets `--one-per-line`, as README's WMT command has it: without it a short document's line that
    starts as a list item (`- Sign out…`) runs into the next one (newcomer 42 item 17)."""
    from transqa.audit.discover import original_beside

    if target == "-" or (beside := original_beside(target)) is None:
        return None
    others = [p for pair in ((req.source, req.target), *req.more) for p in pair if p is not None and p != target]
    command = req.command or ("check", target)
    if os.path.basename(beside).lower().endswith(".en") and not req.settings.one_per_line and "--one-per-line" not in command:
        command = (command[0], "--one-per-line", *command[1:])
    return beside, with_original(command, target, beside, others)


def _beside_notice(target: str, beside: tuple[str, str] | None, say: Callable[[str], None]) -> None:
    """Say that a translation checked alone has a file beside it named as its original (`slug.en.md`), with the command
    that checks the pair: check pairs only what it is given (README: a gate's verdict must not change because a file
    appeared beside the translation). A report written to a file (-o) says it too (Result.beside)."""
    from transqa.escape import line_safe

    if beside is not None:
        say(line_safe(f"notice: {target} is checked without an original; {beside[0]} beside it is not used unless named: "
                      f"{beside[1]}"))


def _reported_beside(req: CheckRequest, beside: tuple[str, str] | None, told: bool) -> tuple[str, str] | None:
    """The original beside (and its command) for the report to name: a report saved with -o (read without the notice)
    or one with no notice on standard error (`told` False: -q) says it; a report on standard output leaves it to the
    notice there, said once (newcomer 36: it stood on both)."""
    return beside if req.output is not None or not told else None


def check(req: CheckRequest, notify: Callable[[str], None] | None = None,
          always: Callable[[str], None] | None = None) -> CheckOutcome:
    """Check each pair and render one report; `notify` receives notices as they happen (an original
    that could not be fetched, a pair that does not look like one, the format written); `always` (without `notify`:
    -q) receives the one notice -q keeps, an original --fetch-source asked for and could not have (mend19 item 5:
    `check --fetch-source -q` offline exited 0 with no word that the pair was checked without its original). Raises
    InputError for a file that cannot be used when it is the only pair, UsageError when no rule would
    run. Of several pairs, one that cannot be used is named in `errors` and the others are reported:
    exit 2 unless a check crashed (3), as in an audit; the reports hold it as a document in error. When
    none could be checked, `report` is empty."""
    from transqa import policy
    from transqa.baseline import result_prints
    from transqa.config import skipped_notice
    from transqa.engine import check_paths
    from transqa.report import RenderOptions

    def say(n: str) -> None:
        if notify is not None:
            notify(n)


    _refuse_outputs(req)
    fmt = output_format(req.fmt, req.output)  # an unknown extension is refused before any work
    if req.statistics and fmt not in STATISTICS_FORMATS:
        raise UsageError(f"--statistics writes the counts as text or json, not {fmt}"
                         + ("" if req.fmt else f" (the format of {req.output}'s extension): give --format text or json"))
    results: list[Result] = []
    notice = None
    errors: list[str] = []
    prints: list[tuple[str, list[str]]] = []
    threshold = Severity.ERROR
    digest = "default"
    told: set[str] = set()  # the configuration files skipped that a notice named
    index_pending = notify is not None  # the dictionary index's notice, said once (newcomer 35 item 1)
    told_corpus = False  # the line-aligned corpus's warning (result.line_corpus), said once
    for source, target in _until_stopped(((req.source, req.target), *req.more)):
        name = fetched = None
        missed = None
        if req.fetch is not None and source is None:
            got = fetch_for(target, req.fetch)
            if isinstance(got, Unfetched):
                missed = got.header
                (say if notify is not None or always is None else always)(f"notice: {got.notice()}")
            else:
                source, name, fetched = got.path, got.url, got.text
        sreq = req.settings
        if req.write_baseline:
            sreq = replace(sreq, baseline="")  # nor the configuration's: every finding is recorded (as audit does)
        cfg = settings(target, sreq)
        if cfg.skipped and cfg.skipped not in told:
            told.add(cfg.skipped)
            say(f"notice: {skipped_notice(cfg.skipped)}")
        run = runnable(cfg, target, source is not None)
        threshold = policy.gate(req.fail_on, cfg)
        digest = cfg.digest
        try:
            if target != "-" and os.path.isdir(target):  # a folder of translations is audit's (one line, exit 2)
                raise InputError(target, f"is a folder, not a file (to check the translations in a folder: transqa audit {_shell(target)})", "not-a-file")
            beside = _beside(req, target) if source is None else None
            _beside_notice(target, beside, say)  # after the configuration is read: a bad one is one line alone
            if index_pending:  # before the first pair's check, which builds the index when it is not cached
                index_pending = False
                _index_notice(say)
            result = check_paths(source, target, cfg, name, source_text=fetched)
            if name is not None:  # a fetched capture, named by its URL: the header's command reads its cached copy
                result.source_file = source
            result.beside = _reported_beside(req, beside, notify is not None)
            result.unfetched = missed
            if Interrupts.stopping():  # a stop a library swallowed while this pair was checked: its result is partial
                break
        except KeyboardInterrupt:
            if not Interrupts.stopping():  # outside the command line's guard: the caller's to handle
                raise
            break  # stopped (Ctrl-C, SIGTERM): the report of the pairs checked before (cli.py exits 130 or 143)
        except InputError as exc:
            if not req.more:
                raise
            from transqa.result import Result

            errors.append(str(exc) + _first_of_two(req, target))
            results.append(Result(source and input_name(source), input_name(target), None, None, error=exc))  # in the reports too: JSON error, JUnit <error>
            continue
        told_corpus = _pair_warnings(result, "TQA014" in run, told_corpus, say)
        results.append(result)
        prints.append((target, result_prints(result)))
    return _outcome(req, fmt, results, errors, prints, RenderOptions(threshold, req.width, req.color, digest, notify is None and req.output is None),
                    notice, notify is not None)


def _pair_warnings(result: Result, wrong_pair_rule: bool, told_corpus: bool, say: Callable[[str], None]) -> bool:
    """The warnings of a checked pair: not an original and its translation (result.pair_mismatch; unless TQA014 ran:
    the report holds it), a line-aligned corpus checked as one article (result.line_corpus; once a run: the advice
    is the same for every such pair, `told_corpus` says it was given). Returns whether that one has been given."""
    from transqa.result import line_corpus, pair_mismatch

    mismatch = pair_mismatch(result) if not wrong_pair_rule else None
    if mismatch:
        say(f"warning: {mismatch}")
    corpus = line_corpus(result) if not told_corpus else None
    if corpus:
        say(f"warning: {corpus}")
    return told_corpus or corpus is not None


def _outcome(req: CheckRequest, fmt: str, results: list[Result], errors: list[str], prints: list[tuple[str, list[str]]],
             opts: RenderOptions, notice: str | None, told: bool) -> CheckOutcome:
    """check's outcome of the pairs checked: the report (none of a stop into -o), the baseline (none of a stop), the
    exit code; `told`: the baseline notice is wanted. A stop (Ctrl-C, SIGTERM) leaves no -o report nor baseline of
    part of the run, as audit does: the command line's `interrupted` line names them (Interrupts.note)."""
    from transqa import policy
    from transqa.report import render

    if stopped := Interrupts.stopping():
        Interrupts.note = unwritten_note(req.output, req.write_baseline)
    baseline, recorded, errors = _baseline_out(req, prints, opts.config, errors)
    text = statistics(results, fmt) if req.statistics else render(fmt, results, opts)
    failed = any(policy.fails(r.findings, opts.gate) for r in results)
    code = policy.exit_code(failed=failed, internal=any(r.internal_error for r in results), errors=bool(errors),
                            exit_zero=req.exit_zero or req.write_baseline is not None)  # recording is no gate
    shown = any(r.error is None for r in results) and not (stopped and req.output is not None)
    return CheckOutcome(text if shown else "", code, None if stopped else baseline, notice, results[0] if results else None,
                        results, fmt, errors, recorded if told and not stopped else None)


def unwritten_note(*outputs: str | None) -> str:
    """What a stopped run (Ctrl-C, SIGTERM) says of the output files it did not write (of those given: not standard
    output, not /dev/null), for the command line's `interrupted` line; "" when none."""
    unwritten = [f for f in outputs if f is not None and f != "-" and not discarded(f)]
    return f"not written, as a stopped run leaves no half-written file: {', '.join(unwritten)}" if unwritten else ""


def _first_of_two(req: CheckRequest, target: str) -> str:
    """A hint for `check A B` whose A could not be read, so that both were taken as translations (a file without
    letters is one): A may have been meant as B's original, and B was checked without it."""
    if req.source is None and target == req.target and len(req.more) == 1 and req.more[0][0] is None:
        return f"; if it was meant as the original of {req.more[0][1]}, that one was checked without an original"
    return ""


def _until_stopped(pairs: tuple[tuple[str | None, str], ...]) -> Iterator[tuple[str | None, str]]:
    """The pairs to check, until a stop (Ctrl-C, SIGTERM) under the command line's guard: check reports the pairs
    checked before it, in every format, as an audit writes the articles it checked."""
    for pair in pairs:
        if Interrupts.stopping():
            return
        yield pair


# ---------------------------------------------------------------------------------------------- align
ALIGN_CHARS = 90  # the most terminal columns of each side align shows of a pair (escape.clipped: 45 Chinese characters)


def align_report(source: str, target: str, fmt: str) -> str:
    """The paragraph alignment of a pair as text, tsv or json (transqa.alignment/1)."""
    from transqa.align import align
    from transqa.load import load_source, load_target
    from transqa.report import alignment_json
    from transqa.result import Result

    src = load_source(source)
    tgt = load_target(target, src, force_chinese=True)  # an alignment is one of any language
    beads = align(src, tgt)
    if fmt == "json":
        return alignment_json(Result(source, target, src, tgt, beads))
    rows = []
    for b in beads:
        s = " ".join(_block_shown(src.blocks[i]) for i in b.source)
        t = " ".join(_block_shown(tgt.blocks[j]) for j in b.target)
        sidx = ",".join(str(i) for i in b.source) or "-"
        tidx = ",".join(str(j) for j in b.target) or "-"
        sline = ",".join(str(src.blocks[i].line) for i in b.source) or "-"
        tline = ",".join(str(tgt.blocks[j].line) for j in b.target) or "-"
        if fmt == "tsv":
            rows.append(f"{sidx}\t{tidx}\t{sline}\t{tline}\t{b.score:.2f}\t{_one_line(s)}\t{_one_line(t)}")
        else:
            rows.append(f"[{len(b.source)}-{len(b.target)}] {b.score:.2f}  EN {sidx} (line {sline})  ↔  ZH {tidx} (line {tline})")
            rows.append(f"    EN: {clipped(s, ALIGN_CHARS)}")
            rows.append(f"    ZH: {clipped(t, ALIGN_CHARS)}")
    if fmt == "tsv":
        rows.insert(0, "source_index\ttarget_index\tsource_line\ttarget_line\tscore\tsource_text\ttarget_text")
    return "\n".join(rows) + "\n"


def _block_shown(block: Block) -> str:
    """A block's text as align shows it: its images and embedded players as notes after it, `[image: src]` or
    `[embedded player: src]`, as the HTML report writes them (report.html._image_note), so that an image's
    paragraph is no blank `EN:`/`ZH:` row (the release-36 newcomer's item 3, the Zuckerberg pair)."""
    notes = [f"[{'embedded player' if im.player else 'image'}: {im.src}]" for im in block.images]
    return " ".join([block.text, *notes]).strip() if notes else block.text


def _one_line(x: str) -> str:
    return x.replace("\t", " ").replace("\n", " ")


# ------------------------------------------------------------------------------------------------ fix
@dataclass(slots=True)
class FixOutcome:
    """The original and repaired texts, a line per repair applied, the findings left, the exit code."""

    original: str
    repaired: str
    applied: list[str] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)
    exit_code: ExitCode = ExitCode.OK
    notice: str = ""  # a configuration file not read (config.skipped_notice)
    encoding: str = "utf-8"  # the target's, as it was read (its diff is written in it: fix.diff_output)
    apply_with: str = ""  # how to apply the diff printed (fix_hint), said when repairs were only shown
    failing: int = 0  # of `remaining`, the findings at or above the gate's threshold (they make the exit code 1)
    threshold: str = "error"  # the gate's threshold (policy.gate), named when `failing` explains exit code 1
    offered: int = 0  # the certain repairs the findings offered; those not applied did not check clean (fix.plan)

    @property
    def summary(self) -> str:
        """One line: the repairs applied and the findings left for a person; when they fail the gate (exit code 1),
        how many of them are at or above its threshold and where to see them (a newcomer saw `fix` exit 1 with
        "0 repairs; 3 findings remain for review" and no word of why, newcomer 37)."""
        return f"{counted(len(self.applied), 'repair')}; {self.left_for_review}"

    @property
    def left_for_review(self) -> str:
        """The findings left for a person ("11 findings remain for review"), with why the exit code is 1 when they
        fail the gate: the tail of `summary`."""
        left = len(self.remaining)
        line = f"{counted(left, 'finding')} {'remains' if left == 1 else 'remain'} for review"
        if self.exit_code == ExitCode.FINDINGS and self.failing:
            line += (f" (exit code 1: {self.failing} at {self.threshold} or above; "
                     f"`transqa check` lists them, --exit-zero or --fail-on set the gate)")
        return line

    def copy(self) -> tuple[bytes, str]:
        """`fix -o COPY`: the repaired text in the target's encoding (its BOM, GB18030, UTF-16), as --write writes it
        (HOSTILE25 #8: the copy was UTF-8 whatever the target), and what the notice calls it: said to be UTF-8 when the
        repairs cannot be written in the target's encoding."""
        from transqa.load.decode import encode_as

        try:
            return encode_as(self.repaired, self.encoding), "the repaired translation"
        except UnicodeEncodeError:
            return (self.repaired.encode("utf-8", "surrogateescape"),
                    f"the repaired translation (in UTF-8: the repairs cannot be written in {self.encoding})")

    def notes(self, written: bool, cut: bool = False, unchanged: str = "") -> list[str]:
        """The lines for the terminal: each repair, "fixed …" when written (--write, -o), "would fix …"
        when only shown as a diff, then the summary; shown as a diff, how to apply it, or that no diff was written
        (standard output left empty) when there is nothing to repair. Written with nothing to repair, `unchanged`
        says what became of the file (`--write`: the target left as it was; mend 39 item 3: only "0 repairs" was
        said), in one line with the findings left (release 39 mend2: two lines said the same). A diff `cut` (its standard output closed before its end, `| head -1`) gets no "to apply the diff":
        only part of it went out (HOSTILE27 #7)."""
        first = [f"notice: {self.notice}"] if self.notice else []
        if written and unchanged and not self.applied:  # one line, not "0 repairs; …" then "nothing to repair: …"
            return [*first, f"nothing to repair: {unchanged}; {self.left_for_review}"]
        if written:
            return [*first, *(f"fixed {a}" for a in self.applied), self.summary]
        if not self.applied:  # no diff at all (git apply refuses an empty one): said, so that none is saved and applied;
            # one line with the findings left (release 41 mend item 3: "0 repairs; …" then "nothing to repair: …")
            return [*first, f"nothing to repair: no diff written; {self.left_for_review}"]
        hint = [self.apply_with] if self.apply_with and not cut else []
        return [*first, *(f"would fix {a}" for a in self.applied), self.summary + " (not written: --write applies them)", *hint]


def discarded(output: str) -> bool:
    """True for an output thrown away (`-o /dev/null`, a link to it): "wrote the report to /dev/null" tells nothing."""
    return os.path.realpath(output) == os.devnull


def fix_hint(target: str, encoding: str = "utf-8") -> str:
    """The line that says how to apply `transqa fix TARGET`'s diff once saved: its headers name the file as given,
    or from the root when it is absolute or outside the current folder (transqa.fix.diff_name). A UTF-16 file gets a
    UTF-8 diff, which neither patch nor git apply (both compare bytes) applies to it: the line says so, and what does."""
    from transqa.escape import line_safe
    from transqa.fix import through_link

    if target == "-":
        return ""
    if "utf-16" in encoding.lower():
        return (f"the diff is UTF-8 and {line_safe(target)} is UTF-16: patch and git apply cannot apply it; "
                f"`transqa fix --write` repairs the file in place (in UTF-16, the text before kept as .orig)")
    named = through_link(target)
    if os.path.isabs(named) or os.path.normpath(named).startswith(".."):
        return "to apply the diff: save it (> FILE), then `patch -p1 -d / < FILE`"
    return "to apply the diff: save it (> FILE), then `git apply FILE` or `patch -p1 < FILE`"


def fix_one(source: str | None, target: str, cfg: Settings | None, threshold: Severity = Severity.ERROR,
            exit_zero: bool = False) -> FixOutcome:
    """The certain repairs of one pair (transqa.fix.plan). Raises InputError for unusable files."""
    from transqa import policy
    from transqa.context import every_place_listed
    from transqa.engine import check_paths
    from transqa.fix import plan

    with every_place_listed():  # each place its own finding and repair: one run repairs them all (release 40, late1)
        fp = plan(check_paths(source, target, cfg), cfg)
    failing = len(at_or_above(fp.remaining, threshold))
    return FixOutcome(fp.original, fp.repaired, [f"{ed.named}: {ed.what}" for ed in fp.applied], list(fp.remaining),
                      policy.exit_code(failed=failing > 0, exit_zero=exit_zero), encoding=fp.encoding,
                      failing=failing, threshold=threshold.value, offered=fp.offered)


def fix(source: str | None, target: str, fail_on: str | None, sreq: SettingsRequest, exit_zero: bool = False,
        notify: Callable[[str], None] | None = None) -> FixOutcome:
    """transqa fix: the settings for the target, then fix_one under the gate. Raises UsageError when
    no rule would run. `notify` receives the notice that the dictionary index is built now, before it is (as check's:
    a first fix sat in silence while it was built, newcomer 35)."""
    from transqa import policy
    from transqa.config import skipped_notice

    cfg = settings(target, sreq)
    runnable(cfg, target, source is not None)
    if notify is not None:
        _index_notice(notify)
    out = fix_one(source, target, cfg, policy.gate(fail_on, cfg), exit_zero)
    out.notice = skipped_notice(cfg.skipped) if cfg.skipped else ""
    out.apply_with = fix_hint(target, out.encoding)
    return out


# ---------------------------------------------------------------------------------------------- fetch
def fetch(what: str, config: FetchConfig, output: str | None = None) -> Capture:
    """Fetch an original (a URL, or a translation whose 原文 header names one) into the cache.
    Raises InputError when it cannot be fetched, OutputError (before any fetch) when `output`, where the
    page will be written, is the translation read (or a link to it)."""
    from transqa.load.wayback import Fetcher, FetchError

    if output is not None:
        from transqa.atomic import refuse_inputs

        refuse_inputs(output, [what], "fetched page")
    if os.path.isfile(what):
        got = fetch_for(what, config)
        if isinstance(got, Unfetched):
            raise InputError(what, got.why, "fetch")
        return got
    try:
        return Fetcher(config).fetch(what)
    except FetchError as exc:
        raise InputError(what, f"{exc.kind}: {exc.message}", "fetch") from None


def read_capture(capture: Capture) -> str:
    """A fetched page's text (UTF-8, undecodable bytes replaced): a cache hit's, decoded once already (Capture.text)."""
    if capture.text is not None:
        return capture.text
    with open(capture.path, "rb") as fh:
        return fh.read().decode("utf-8", "replace")


__all__: Sequence[str] = [
    "CheckOutcome", "CheckRequest", "FixOutcome", "SettingsRequest", "align_report", "check", "fetch",
    "Unfetched", "fetch_config", "fetch_for", "fix", "fix_one", "output_format", "pair_paths", "read_capture", "runnable",
    "settings", "statistics", "with_original",
]
