"""The command line. Only this module prints or exits; main(argv) returns the exit code."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext, suppress
from pathlib import Path
from typing import IO, Annotated

import typer
from typer._click import exceptions as click_exc  # typer >= 0.20 (pyproject) bundles its own click

from transqa import __version__, errors
from transqa import options as opt
from transqa.atomic import full_device, open_atomic, write_bytes, write_repaired, write_text
from transqa.escape import line_safe
from transqa.exitcodes import ExitCode
from transqa.service import Interrupts, SettingsRequest, discarded, fetch_config

app = opt.app

def _version(value: bool) -> None:
    if value:
        raise typer.Exit(ExitCode.OK if _write(f"transqa {__version__}\n", None) else _closed("version line"))


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version.")] = False, no_color: opt.NoColorOpt = False,  # before the command too (`transqa --no-color rules`): opt.plain reads it
) -> None:
    """transqa: translation QA for English→Chinese news."""


def _write(text: str | bytes, output: Path | None, what: str | None = None, kind: str = "report", told: str = "") -> bool:
    """Standard output, or FILE written atomically (transqa.atomic; its errors name the `kind` of output), then a
    notice naming the `what` report (or what `told` names) written; none for a file thrown away (/dev/null). False
    when standard output was closed before all was written (its reader stopped: `transqa check A B | head -1`)."""
    if output is None:
        with suppress(BrokenPipeError):  # closed (`| head -1`): False, for the command to say so (_closed: exit 141)
            sys.stdout.flush()  # bytes as they are (fix's diff in the target's encoding), after any text before them
            sys.stdout.write(text) if isinstance(text, str) else sys.stdout.buffer.write(text)
            sys.stdout.flush()
            return True
        return False
    write_bytes(output, text, what=kind) if isinstance(text, bytes) else write_text(output, text, kind)
    if (said := told or (f"the {what} report" if what is not None else "")) and not discarded(str(output)):
        _notice(f"notice: wrote {said} to {line_safe(str(output))}")  # a name may hold a newline or an escape
    return True


def _closed(what: str) -> int:  # standard output closed before the end of the command's `what` (`| head -1`)
    _notice(f"standard output was closed before the end of the {what} (its reader stopped): the rest of it is not there")
    return ExitCode.BROKEN_PIPE


def _width() -> int:
    from transqa.report.progress import terminal_columns

    return terminal_columns(sys.stdout.isatty())  # 80 when the terminal gives no width (newcomer 25 item 2)


def _color(no_color: bool, output: Path | None) -> bool:
    return not opt.plain(no_color) and output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _notice(text: str) -> None:
    print(f"transqa: {text}", file=sys.stderr)


def _opt(p: Path | None) -> str | None:
    return str(p) if p is not None else None


def _sreq(config: Path | None, isolated: bool, select: str | None, ignore: str | None, glossary: list[Path] | None,
          no_suppress: bool, baseline: Path | None, extra: tuple[str, ...] = (), force: bool = False, lines: bool = False) -> SettingsRequest:
    return SettingsRequest(_opt(config), isolated, select, ignore, tuple(str(g) for g in glossary or ()), no_suppress, _opt(baseline), extra, force, lines)


@app.command()
def check(
    ctx: typer.Context, paths: opt.PathsCheckOpt, fmt: opt.FmtCheckOpt = None, output: opt.OutputCheckOpt = None,
    fail_on: opt.FailOnCheckOpt = None, exit_zero: opt.ExitZeroOpt = False, config: opt.ConfigOpt = None,
    isolated: opt.IsolatedOpt = False, select: opt.SelectOpt = None, ignore: opt.IgnoreOpt = None,
    glossary: opt.GlossaryOpt = None, no_suppress: opt.NoSuppressOpt = False, baseline: opt.BaselineOpt = None,
    write_baseline: opt.WriteBaselineOpt = None, no_color: opt.NoColorOpt = False, quiet: opt.QuietOpt = False,
    statistics: opt.StatisticsOpt = False, semantic: opt.SemanticOpt = False, one_per_line: opt.OnePerLineOpt = False,
    fetch_source: opt.FetchSourceCheckOpt = False, wayback_endpoint: opt.WaybackOpt = "https://web.archive.org",
    cache_dir: opt.CacheDirOpt = None, offline: opt.OfflineOpt = False, fetch_timeout: opt.FetchTimeoutOpt = 20.0, force_chinese: opt.ForceChineseOpt = False,
) -> int:
    """Check translations (each with its original, when given) and report every defect found."""
    from transqa import service

    (source, target), *more = service.pair_paths([str(p) for p in paths])
    req = service.CheckRequest(source, target, fmt.value if fmt else None, fail_on.value if fail_on else None, exit_zero,
                               _sreq(config, isolated, select, ignore, glossary, no_suppress, baseline, ("TQA011",) if semantic else (), force_chinese, one_per_line), _opt(write_baseline),
                               fetch_config(wayback_endpoint, cache_dir, offline, fetch_timeout) if fetch_source else None,
                               _width(), _color(no_color, output), _opt(output), statistics, tuple(more), tuple(ctx.obj or ()))  # obj: the words typed
    out = service.check(req, notify=None if quiet else _notice, always=_notice)  # always: said under -q too
    if out.baseline is not None and write_baseline is not None:
        _write(out.baseline, write_baseline, kind="baseline")
        if out.recorded:
            _notice(out.recorded)
    read = not (out.report or statistics and output is not None) or _write(out.report, output, None if quiet else "statistics" if statistics else out.fmt)
    for e in out.errors:
        _notice(f"error: {line_safe(e)}")  # unreadable files named last (no counts still replaces FILE); then a closed pipe's line
    return out.exit_code if read else _closed("report")


@app.command()
def align(
    source: opt.SourceAlignOpt, target: opt.TargetAlignOpt, fmt: opt.FmtAlignOpt = opt.AlignFormat.text,
    output: opt.OutputAlignOpt = None, no_color: opt.NoColorOpt = False,
) -> int:
    """Print the paragraph alignment of an original and its translation."""
    from transqa.service import align_report

    return ExitCode.OK if _write(align_report(str(source), str(target), fmt.value), output, kind="alignment") else _closed("alignment")


@app.command()
def fetch(
    what: opt.WhatFetchOpt, output: opt.OutputFetchOpt = None,
    wayback_endpoint: opt.WaybackOpt = "https://web.archive.org", cache_dir: opt.CacheDirOpt = None,
    offline: opt.OfflineOpt = False, fetch_timeout: opt.FetchTimeoutOpt = 20.0, no_color: opt.NoColorOpt = False,
) -> int:
    """Fetch an English original from the Wayback Machine into the cache (the raw capture, no toolbar)."""
    from transqa.service import fetch as fetch_original
    from transqa.service import read_capture

    capture = fetch_original(what, fetch_config(wayback_endpoint, cache_dir, offline, fetch_timeout), _opt(output))
    if output is not None:
        _write(read_capture(capture), output, kind="fetched page", told="the fetched page")  # as the other -o options say
    return ExitCode.OK if _write(f"{capture.original}\tcaptured {capture.timestamp}\t{capture.url}\t{capture.path}\t{'cache' if capture.from_cache else 'fetched'}\n", None) else _closed("capture's line")


@app.command()
def fix(
    paths: opt.PathsFixOpt, write: opt.WriteFixOpt = False, output: opt.OutputFixOpt = None,
    unwrap_links: opt.UnwrapLinksFixOpt = False, fail_on: opt.FailOnFixOpt = None, config: opt.ConfigOpt = None,
    isolated: opt.IsolatedOpt = False, select: opt.SelectOpt = None, ignore: opt.IgnoreOpt = None,
    glossary: opt.GlossaryOpt = None, no_suppress: opt.NoSuppressOpt = False, baseline: opt.BaselineOpt = None,
    exit_zero: opt.ExitZeroOpt = False, quiet: opt.QuietOpt = False, force_chinese: opt.ForceChineseOpt = False, no_color: opt.NoColorOpt = False,
) -> int:
    """Repair what can be repaired mechanically; print the repairs as a unified diff."""
    from transqa import service
    from transqa.fix import diff_output

    (source, target), *more = service.pair_paths([str(p) for p in paths])
    if more:
        raise click_exc.UsageError("fix takes TARGET, or SOURCE TARGET")
    if write and (output is not None or target == "-"):
        raise click_exc.UsageError("--write needs a file (not -) and excludes --output")
    extra = ("TQA105",) if unwrap_links else ()
    fx = service.fix(source, target, fail_on.value if fail_on else None, _sreq(config, isolated, select, ignore, glossary, no_suppress, baseline, extra, force_chinese), exit_zero,
                     notify=None if quiet else _notice)  # the dictionary index built now: said before (as check says it)
    if write:
        if fx.applied and (kept := write_repaired(target, fx.original, fx.repaired)) and not quiet:  # say where, always
            other = "" if kept.endswith(".orig") else f" ({line_safe(target)}.orig holds other bytes)"
            _notice(f"notice: the text before the repair is kept in {line_safe(kept)}{other}")
    elif output is not None:  # in the target's encoding; with nothing repaired, the notice says the copy is unchanged
        _write((copy := fx.copy())[0], output, kind="repaired translation", told="" if quiet else copy[1] if fx.applied else "an unchanged copy of the translation (nothing to repair)")
    read = write or output is not None or _write(diff_output(target, fx.original, fx.repaired, sys.stdout.isatty(), fx.encoding), None)  # the diff in bytes (transqa.fix.diff_output)
    for line in [] if quiet else fx.notes(written=write or output is not None, cut=not read, unchanged=f"{line_safe(target)} left as it was" if write else ""):
        print(f"transqa: {line}", file=sys.stderr)
    return fx.exit_code if read else _closed("diff")


@app.command()
def audit(
    paths: opt.PathsAuditOpt = None, manifest: opt.ManifestAuditOpt = None, originals: opt.OriginalsAuditOpt = None,
    originals_index: opt.OriginalsIndexAuditOpt = None, reference: opt.ReferenceAuditOpt = None,
    jobs: opt.JobsAuditOpt = os.cpu_count() or 1, executor: opt.ExecutorAuditOpt = opt.Executor.local,
    scheduler: opt.SchedulerAuditOpt = None, worker_wait: opt.WorkerWaitAuditOpt = None, store: opt.StoreAuditOpt = None, no_cache: opt.NoCacheAuditOpt = False,
    output: opt.OutputAuditOpt = None, summary: opt.SummaryAuditOpt = None, fail_on: opt.FailOnAuditOpt = None,
    config: opt.ConfigOpt = None, isolated: opt.IsolatedOpt = False, select: opt.SelectOpt = None,
    ignore: opt.IgnoreOpt = None, glossary: opt.GlossaryOpt = None, no_suppress: opt.NoSuppressOpt = False,
    baseline: opt.BaselineOpt = None, write_baseline: opt.WriteBaselineOpt = None,
    no_progress: opt.NoProgressAuditOpt = False, allow_missing: opt.AllowMissingAuditOpt = False, fetch_source: opt.FetchSourceAuditOpt = False,
    wayback_endpoint: opt.WaybackOpt = "https://web.archive.org", cache_dir: opt.CacheDirOpt = None,
    offline: opt.OfflineAuditOpt = False, fetch_rate: opt.FetchRateAuditOpt = 1.0,
    fetch_timeout: opt.FetchTimeoutOpt = 20.0, fix_patch: opt.FixPatchAuditOpt = None,
    html_dir: opt.HtmlDirAuditOpt = None, fmt: opt.FmtAuditOpt = None, exit_zero: opt.ExitZeroOpt = False,
    quiet: opt.QuietOpt = False, no_color: opt.NoColorOpt = False, force_chinese: opt.ForceChineseOpt = False,
) -> int:
    """Audit many translations: in parallel, resumable. On a terminal the summary and the articles by score;
    JSONL results in input order into -o FILE, with --format jsonl, or on a standard output that is not a terminal (a pipe, a file) unless -o, --html-dir, --summary, --write-baseline or --fix is given:
    there, it holds nothing else (the summary goes to standard error, or into --summary FILE)."""
    from transqa.audit.run import DaskMissing, Notice
    from transqa.audit.service import Audit, AuditRequest, closing_notices, summary_files
    from transqa.report import DOCUMENT_FORMATS, RECORD_FORMATS, audit_format
    from transqa.report.progress import AuditBar

    kind = audit_format(fmt.value if fmt else None, _opt(output), sys.stdout.isatty() or bool(html_dir or summary or write_baseline or fix_patch))  # files only: as on a terminal
    summary_file, records_file = summary_files(kind, _opt(output), _opt(summary))  # --format summary -o FILE: the summary's
    req = AuditRequest(tuple(str(p) for p in paths or ()), _opt(manifest), _opt(originals), _opt(originals_index), _opt(reference),
                       jobs, executor.value, scheduler, _opt(store), not no_cache, fail_on.value if fail_on else None,
                       _sreq(config, isolated, select, ignore, glossary, no_suppress, baseline, (), force_chinese), _opt(write_baseline),
                       fetch_config(wayback_endpoint, cache_dir, offline, fetch_timeout, fetch_rate) if fetch_source else None,
                       _opt(fix_patch), _opt(html_dir), summary_file, exit_zero, records_file, kind if kind in DOCUMENT_FORMATS else None, allow_missing, worker_wait)
    def notify(note: Notice) -> None:  # a long step before the first result (the dictionary index): said before it starts
        bar.say(note.step + "…")
        if not quiet:
            print(f"transqa: notice: {line_safe(str(note))}", file=sys.stderr)

    try:
        with AuditBar(not (no_progress or quiet) and sys.stderr.isatty(), opt.plain(no_color)) as bar:  # on screen at once
            run = Audit(req)
            bar.found(run.discover(), from_store=not no_cache)
            sink_cm: AbstractContextManager[IO[str]] = open_atomic(records_file, "results") if records_file else nullcontext(run.records_to(sys.stdout))
            with sink_cm as sink:
                try:
                    outcome = run.run(lambda record: sink.write(RECORD_FORMATS[kind](record)), bar.callback, notify)
                finally:  # SARIF or JUnit: one document of every article, after the last (or the stop: of those checked)
                    bar.after(sink, run.document() + run.stopped_summary(kind, _opt(output), _width() if sink.isatty() else None))
    except (DaskMissing, errors.UsageError) as exc:
        raise click_exc.UsageError(str(exc)) from None
    run.write_outputs(lambda path, text, what: _write(text, path, kind=what))
    _closing_report(lambda columns: run.report(summary_file is None or (fmt is not None and kind == "summary" and output is None), columns), kind, output, quiet, fmt is not None)  # with a summary file the summary is there only (a notice says so), unless --format summary asks for it here too
    for note in closing_notices(outcome, kind, records_file, summary_file, quiet, fmt is None and not sys.stdout.isatty()):
        print(f"transqa: {line_safe(note)}", file=sys.stderr)
    return outcome.exit_code


def _closing_report(report: Callable[[int | None], str], kind: str, output: Path | None, quiet: bool, asked: bool) -> None:
    """Audit's closing report: on standard output after records in a file (-o), with --format summary, or on a terminal;
    else on standard error (on a terminal, its rows cut to the width): a pipe gets records or nothing (newcomer 30 item
    5: --write-baseline put the text summary there, where --summary left it empty); -q drops it unless --format summary
    `asked` for it on standard output."""
    stream = sys.stdout if output is not None or kind == "summary" and (asked or sys.stdout.isatty()) else sys.stderr
    if (text := report(_width() if stream.isatty() else None)) and (not quiet or (asked and kind == "summary" and output is None)):
        stream.write(text)


@app.command("rules")
def list_rules(
    fmt: opt.FmtList_rulesOpt = opt.RulesFormat.text, output: opt.OutputList_rulesOpt = None, no_color: opt.NoColorOpt = False,
) -> int:
    """List every rule: code, name, category, default severity, and whether it needs the original (rules CODE: rule CODE)."""
    from transqa.report.rulesdoc import rules_json, rules_markdown, rules_text

    text = {opt.RulesFormat.text: rules_text, opt.RulesFormat.markdown: rules_markdown, opt.RulesFormat.json: rules_json}[fmt]()
    return ExitCode.OK if _write(text, output) else _closed("list of rules")


@app.command("rule")
def show_rule(codes: opt.CodeShow_ruleOpt, full: opt.FullShow_ruleOpt = False, no_color: opt.NoColorOpt = False) -> int:
    """Explain rules: what each checks, why it matters, an example and how to fix it (--full: every detail)."""
    from transqa.registry import unknown_rule
    from transqa.report.rulesdoc import rule_pages

    text, unknown = rule_pages(codes, full, max(20, _width()))
    if unknown is not None:
        raise click_exc.UsageError(unknown_rule(unknown))
    return ExitCode.OK if _write(text, None) else _closed("rule's explanation")


def main(argv: list[str] | None = None) -> int:
    """Run the command line on argv (default: sys.argv[1:]) and return the exit code (never raises)."""
    args = opt.rules_explained(opt.literal_dashes(list(sys.argv[1:] if argv is None else argv)))
    try:
        if opt.empty_path(args):
            raise errors.UsageError("an empty argument where a path was expected")
        with Interrupts.guard():
            rv = opt.app_for(args)(args=args, prog_name="transqa", standalone_mode=False, obj=tuple(args))
    except click_exc.NoArgsIsHelpError as exc:
        sys.stdout.write(exc.ctx.get_help() + "\n")
        return ExitCode.USAGE
    except (errors.UsageError, click_exc.UsageError) as exc:
        print(f"transqa: error: {opt.usage_message(exc, args)}", file=sys.stderr)
        return ExitCode.USAGE
    except typer.Exit as exc:
        return int(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        return _interrupted(args)
    except errors.InputError as exc:  # one line, whatever the file name holds
        print(f"transqa: error: {line_safe(str(exc))}", file=sys.stderr)
        return ExitCode.USAGE
    except (BrokenPipeError, SystemExit) as exc:  # SystemExit: typer's exit 1 on a closed pipe (`--help | head -1`) swaps in
        if isinstance(exc, SystemExit) and type(sys.stdout).__name__ != "PacifyFlushWrapper":  # its wrapper; not completion's
            raise
        return _closed("output")
    except OSError as exc:
        print(f"transqa: error: {line_safe(str(exc.filename or '<standard output>'))}: {full_device(exc) or exc.strerror or exc}", file=sys.stderr)
        return ExitCode.USAGE
    except Exception as exc:  # an internal error: one line, never a traceback; a library not installed: its fix, exit 2
        missing = errors.missing_dependency(exc)
        print(f"transqa: error: {missing}" if missing else f"transqa: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return ExitCode.USAGE if missing else ExitCode.INTERNAL
    if Interrupts.pending() or rv == ExitCode.INTERRUPTED:  # typer returns Ctrl-C as a silent 130
        return _interrupted(args)
    return int(rv) if isinstance(rv, int) else ExitCode.OK


def _interrupted(args: list[str]) -> int:
    note = Interrupts.note or ("the same command resumes from whatever the result store holds" if args[:1] == ["audit"] else "")
    kept = f" ({note})" if note else ""  # check: the -o file or baseline it did not write
    print(f"transqa: {'terminated' if Interrupts.terminated() else 'interrupted'}{kept}", file=sys.stderr)
    return ExitCode.TERMINATED if Interrupts.terminated() else ExitCode.INTERRUPTED
