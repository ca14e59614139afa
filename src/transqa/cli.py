"""The command line. Only this module prints or exits; main(argv) returns the exit code."""

from __future__ import annotations

import json
import os
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

try:  # typer >= 0.20 bundles its own click; older releases use click itself
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover
    from click import exceptions as click_exc

from transqa import __version__
from transqa.atomic import write_text
from transqa.errors import InputError
from transqa.exitcodes import ExitCode
from transqa.findings import Severity

app = typer.Typer(
    name="transqa",
    help="Check Chinese translations of English news articles against their originals, paragraph by paragraph.\n\n"
    "Exit codes: 0 nothing at or above --fail-on; 1 the gate failed; 2 usage or input error; 3 internal error; 130 interrupted.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Options shared by several commands
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Configuration file (default: transqa.toml or pyproject.toml [tool.transqa], found upwards from the target).")]
IsolatedOpt = Annotated[bool, typer.Option("--isolated", help="Ignore configuration files.")]
SelectOpt = Annotated[str | None, typer.Option("--select", help="Rules to run: codes, names or prefixes, comma-separated (replaces the configuration's).")]
IgnoreOpt = Annotated[str | None, typer.Option("--ignore", help="Rules not to run: codes, names or prefixes, comma-separated.")]
GlossaryOpt = Annotated[list[Path] | None, typer.Option("--glossary", help="Glossary file (TSV or YAML); repeatable.")]
NoSuppressOpt = Annotated[bool, typer.Option("--no-suppress", help="Ignore <!-- transqa: … --> directives: show everything.")]
BaselineOpt = Annotated[Path | None, typer.Option("--baseline", help="Do not report findings recorded in this baseline file.")]
WriteBaselineOpt = Annotated[Path | None, typer.Option("--write-baseline", help="Record the current findings in this baseline file.")]
FetchTimeoutOpt = Annotated[float, typer.Option("--fetch-timeout", min=0.1, help="Total seconds for fetching one original (every request, retry and wait).")]
WaybackOpt = Annotated[str, typer.Option("--wayback-endpoint", help="Wayback Machine server (CDX API and captures).")]
CacheDirOpt = Annotated[Path | None, typer.Option("--cache-dir", help="Cache for fetched originals (default: $TRANSQA_CACHE_DIR, else the user cache).")]
OfflineOpt = Annotated[bool, typer.Option("--offline", help="Use only the cache; never connect.")]


class Format(StrEnum):
    text = "text"
    concise = "concise"
    json = "json"
    html = "html"
    sarif = "sarif"
    junit = "junit"
    csv = "csv"


class AlignFormat(StrEnum):
    text = "text"
    json = "json"
    tsv = "tsv"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"transqa {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """transqa: translation QA for English→Chinese news."""


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_text(output, text)


def _width() -> int:
    try:
        return max(60, min(200, int(os.environ.get("COLUMNS", "0")) or (os.get_terminal_size().columns if sys.stdout.isatty() else 100)))
    except (ValueError, OSError):
        return 100


def _color(no_color: bool, output: Path | None) -> bool:
    return not no_color and output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="TARGET alone (target-only mode), or SOURCE TARGET: the English original (HTML, Markdown or text) and the Chinese Markdown.", show_default=False)],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to FILE.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="Lowest severity that fails the gate (exit 1); default: the configuration's, else error.")] = None,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings fail the gate.")] = False,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    glossary: GlossaryOpt = None,
    no_suppress: NoSuppressOpt = False,
    baseline: BaselineOpt = None,
    write_baseline: WriteBaselineOpt = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="Plain text, no colours.")] = False,
    fetch_source: Annotated[bool, typer.Option("--fetch-source", help="Fetch the original named by the 原文 header from the Wayback Machine (cached).")] = False,
    wayback_endpoint: WaybackOpt = "https://web.archive.org",
    cache_dir: CacheDirOpt = None,
    offline: OfflineOpt = False,
    fetch_timeout: FetchTimeoutOpt = 20.0,
) -> int:
    """Check one translation (and its original, when given) and report every defect found."""
    from transqa.engine import check_paths

    if len(paths) > 2:
        raise click_exc.UsageError("give TARGET, or SOURCE TARGET")
    source, target = (None, paths[0]) if len(paths) == 1 else (paths[0], paths[1])
    fetched = None
    if fetch_source and source is None:
        fetched = _fetch_for(str(target), _fetch_config(wayback_endpoint, cache_dir, offline, fetch_timeout))
        if isinstance(fetched, str):
            print(f"transqa: notice: {fetched}; checking the translation alone", file=sys.stderr)
        else:
            source = Path(fetched.path)
    settings = _settings(str(target), config, isolated, select, ignore, glossary, no_suppress, None if write_baseline else baseline)
    gate = _gate(fail_on, settings)
    result = check_paths(str(source) if source else None, str(target), settings)
    if write_baseline is not None:
        from transqa.baseline import baseline_json

        _write(baseline_json(str(write_baseline), [(str(target), [f.fingerprint for f in result.findings])]), write_baseline)
    text = _render(fmt, [result], gate, no_color, output, settings.digest)
    _write(text, output)
    if result.internal_error:
        return ExitCode.INTERNAL
    threshold = gate.rank
    failed = any(f.severity.rank >= threshold for f in result.findings)
    return ExitCode.FINDINGS if failed and not exit_zero else ExitCode.OK


@app.command()
def align(
    source: Annotated[Path, typer.Argument(help="The English original.", show_default=False)],
    target: Annotated[Path, typer.Argument(help="The Chinese translation.", show_default=False)],
    fmt: Annotated[AlignFormat, typer.Option("--format", "-f", help="Output format.")] = AlignFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")] = None,
) -> int:
    """Print the paragraph alignment of an original and its translation."""
    from transqa.align import align as run_align
    from transqa.engine import Result
    from transqa.load import load_source, load_target
    from transqa.report import alignment_json

    src = load_source(str(source))
    tgt = load_target(str(target))
    beads = run_align(src, tgt)
    result = Result(str(source), str(target), src, tgt, beads)
    if fmt is AlignFormat.json:
        text = alignment_json(result)
    else:
        rows = []
        for b in beads:
            s = " ".join(src.blocks[i].text for i in b.source)
            t = " ".join(tgt.blocks[j].text for j in b.target)
            sidx = ",".join(str(i) for i in b.source) or "-"
            tidx = ",".join(str(j) for j in b.target) or "-"
            sline = ",".join(str(src.blocks[i].line) for i in b.source) or "-"
            tline = ",".join(str(tgt.blocks[j].line) for j in b.target) or "-"
            if fmt is AlignFormat.tsv:
                clean = lambda x: x.replace("\t", " ").replace("\n", " ")  # noqa: E731
                rows.append(f"{sidx}\t{tidx}\t{sline}\t{tline}\t{b.score:.2f}\t{clean(s)}\t{clean(t)}")
            else:
                kind = f"{len(b.source)}-{len(b.target)}"
                rows.append(f"[{kind}] {b.score:.2f}  EN {sidx} (line {sline})  ↔  ZH {tidx} (line {tline})")
                rows.append(f"    EN: {_short(s)}")
                rows.append(f"    ZH: {_short(t)}")
        if fmt is AlignFormat.tsv:
            rows.insert(0, "source_index\ttarget_index\tsource_line\ttarget_line\tscore\tsource_text\ttarget_text")
        text = "\n".join(rows) + "\n"
    _write(text, output)
    return ExitCode.OK


def _html_site(job_list: list, folder: Path, settings=None) -> None:  # noqa: ANN001
    """One HTML report per article and an index page linking them."""
    import re
    from collections import Counter

    from transqa.engine import check_or_error
    from transqa.report import render_html, render_index

    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for job in job_list:
        result = check_or_error(job.source, job.target, settings)
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(job.target).stem).strip("-")[:80] or "article"
        name = f"{job.index + 1:05d}-{slug}.html"
        _write(render_html([result]), folder / name)
        entries.append((job.target, name, len(result.findings), Counter(str(f.severity) for f in result.findings)))
    _write(render_index(entries), folder / "index.html")


def _settings(target: str, config: Path | None, isolated: bool, select: str | None, ignore: str | None,
              glossary: list[Path] | None, no_suppress: bool, baseline: Path | None, extra: tuple[str, ...] = ()):  # noqa: ANN202
    from transqa.config import settings_for

    def split(v: str | None) -> tuple[str, ...]:
        return tuple(x.strip() for x in v.split(",") if x.strip()) if v else ()

    if baseline is not None and not baseline.is_file():
        raise InputError(str(baseline), "no such baseline file", "missing")
    return settings_for(target, str(config) if config else None, isolated, select=split(select), ignore=split(ignore),
                        glossary=tuple(str(g) for g in glossary or ()), suppress=False if no_suppress else None,
                        baseline=str(baseline) if baseline else None, extra=extra)


def _gate(fail_on: FailOn | None, settings) -> Severity:  # noqa: ANN001
    return Severity(fail_on.value if fail_on is not None else (settings.fail_on or "error"))


def _render(fmt: Format, results: list, fail_on: Severity, no_color: bool, output: Path | None, cfg: str = "default") -> str:  # noqa: ANN001
    from transqa import report

    if fmt is Format.json:
        return report.report_json(results, cfg)
    if fmt is Format.concise:
        return report.render_concise(results)
    if fmt is Format.html:
        return report.render_html(results)
    if fmt is Format.sarif:
        return report.render_sarif(results)
    if fmt is Format.junit:
        return report.render_junit(results, fail_on)
    if fmt is Format.csv:
        return report.render_csv(results)
    return report.render_text(results, width=_width(), color=_color(no_color, output))


def _fetch_config(endpoint: str, cache_dir: Path | None, offline: bool, timeout: float, rate: float = 1.0):  # noqa: ANN202
    from transqa.load.wayback import FetchConfig

    return FetchConfig(endpoint=endpoint, cache_dir=str(cache_dir) if cache_dir else None, offline=offline,
                       timeout=timeout, rate=rate, retries=2 if timeout < 5 else 3)


def _fetch_for(target: str, config):  # noqa: ANN001, ANN202
    """The capture of the original named by the target's 原文 header, or a one-line reason why not."""
    from transqa.batch.discover import header_url
    from transqa.load.wayback import Fetcher, FetchError

    url = header_url(target)
    if not url:
        return f"{target} has no 原文 header naming its original"
    try:
        return Fetcher(config).fetch(url)
    except FetchError as exc:
        return f"the original could not be fetched ({exc.kind}: {exc.message})"


@app.command()
def fetch(
    what: Annotated[str, typer.Argument(help="A URL (plain or Wayback) or a translation whose 原文 header names one.", show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the fetched page to FILE.")] = None,
    wayback_endpoint: WaybackOpt = "https://web.archive.org",
    cache_dir: CacheDirOpt = None,
    offline: OfflineOpt = False,
    fetch_timeout: FetchTimeoutOpt = 20.0,
) -> int:
    """Fetch an English original from the Wayback Machine into the cache (the raw capture, no toolbar)."""
    from transqa.load.wayback import Fetcher, FetchError

    config = _fetch_config(wayback_endpoint, cache_dir, offline, fetch_timeout)
    if os.path.isfile(what):
        got = _fetch_for(what, config)
        if isinstance(got, str):
            raise InputError(what, got, "fetch")
        capture = got
    else:
        try:
            capture = Fetcher(config).fetch(what)
        except FetchError as exc:
            raise InputError(what, f"{exc.kind}: {exc.message}", "fetch") from None
    if output is not None:
        with open(capture.path, "rb") as fh:
            data = fh.read()
        _write(data.decode("utf-8", "replace"), output)
    typer.echo(f"{capture.original}\tcaptured {capture.timestamp}\t{capture.url}\t{capture.path}\t{'cache' if capture.from_cache else 'fetched'}")
    return ExitCode.OK


def _fix_one(source: str | None, target: str, settings):  # noqa: ANN001, ANN202
    from transqa.engine import check_paths
    from transqa.fix import plan

    return plan(check_paths(source, target, settings), settings)


@app.command()
def fix(
    paths: Annotated[list[Path], typer.Argument(help="TARGET alone, or SOURCE TARGET.", show_default=False)],
    write: Annotated[bool, typer.Option("--write", help="Apply the repairs to TARGET (atomically; the original is kept as TARGET.orig).")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the repaired copy to FILE instead.")] = None,
    unwrap_links: Annotated[bool, typer.Option("--unwrap-links", help="Also point Wayback-wrapped links at their original URLs (TQA105).")] = False,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="Exit 1 when findings at or above this severity remain.")] = None,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    glossary: GlossaryOpt = None,
    no_suppress: NoSuppressOpt = False,
    baseline: BaselineOpt = None,
) -> int:
    """Repair what can be repaired mechanically; print the repairs as a unified diff."""
    from transqa.fix import unified_diff

    if len(paths) > 2:
        raise click_exc.UsageError("give TARGET, or SOURCE TARGET")
    if write and output is not None:
        raise click_exc.UsageError("--write and --output exclude each other")
    source, target = (None, paths[0]) if len(paths) == 1 else (paths[0], paths[1])
    settings = _settings(str(target), config, isolated, select, ignore, glossary, no_suppress, baseline, ("TQA105",) if unwrap_links else ())
    fp = _fix_one(str(source) if source else None, str(target), settings)
    if write:
        if fp.applied:
            from transqa.atomic import write_repaired

            write_repaired(target, fp.original, fp.repaired)
    elif output is not None:
        _write(fp.repaired, output)
    else:
        sys.stdout.write(unified_diff(str(target), fp.original, fp.repaired))
    for ed in fp.applied:
        print(f"transqa: fixed {ed.code}: {ed.what}", file=sys.stderr)
    print(f"transqa: {len(fp.applied)} repair(s); {len(fp.remaining)} finding(s) remain for review", file=sys.stderr)
    threshold = _gate(fail_on, settings).rank
    return ExitCode.FINDINGS if any(f.severity.rank >= threshold for f in fp.remaining) else ExitCode.OK


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


class AuditFormat(StrEnum):
    jsonl = "jsonl"
    concise = "concise"


def _concise_lines(doc: dict) -> str:
    from transqa.escape import line_safe

    if doc.get("error"):
        return f"{line_safe(doc['target'])}: error: {line_safe(doc['error']['message'])}\n"
    out = []
    for f in doc["findings"]:
        loc = f["target"] or f["source"]
        path = doc["target"] if f["target"] else (doc["source"] or doc["target"])
        where = f"{line_safe(path)}:{loc['line']}:{loc['column']}" if loc else line_safe(path)
        out.append(f"{where}: {f['code']} [{f['severity']}] {line_safe(f['message'])}\n")
    return "".join(out)


class Executor(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def audit(
    paths: Annotated[list[Path] | None, typer.Argument(help="Folders of Chinese translations (*.md, searched recursively) or single files.", show_default=False)] = None,
    manifest: Annotated[Path | None, typer.Option("--manifest", help="CSV with header source,target[,reference], paths relative to it.")] = None,
    originals: Annotated[Path | None, typer.Option("--originals", help="Folder of English originals, paired by file name (slug.en.html / slug.html …) or by the 原文 URL (canonical or og:url of the pages).")] = None,
    originals_index: Annotated[Path | None, typer.Option("--originals-index", help="TSV/CSV of originals with url and path columns, paired by the 原文 URL.")] = None,
    reference: Annotated[Path | None, typer.Option("--reference", help="Folder of reference translations (same file names): BLEU and chrF with sacrebleu.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores).")] = os.cpu_count() or 1,
    executor: Annotated[Executor, typer.Option("--executor", help="local process pool, or a Dask cluster.")] = Executor.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT); without it a LocalCluster is started.")] = None,
    store: Annotated[Path | None, typer.Option("--store", help="SQLite result store (default: the user cache, or $TRANSQA_CACHE_DIR).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Ignore stored results for this run (new results are still stored).")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the JSONL results to FILE (atomically) instead of standard output.")] = None,
    summary: Annotated[Path | None, typer.Option("--summary", help="Write the corpus summary to FILE: .json, .html or text.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="Lowest severity that fails the gate (exit 1).")] = None,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    glossary: GlossaryOpt = None,
    no_suppress: NoSuppressOpt = False,
    baseline: BaselineOpt = None,
    write_baseline: WriteBaselineOpt = None,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar.")] = False,
    fetch_source: Annotated[bool, typer.Option("--fetch-source", help="Fetch missing originals from the Wayback Machine (cached, polite).")] = False,
    wayback_endpoint: WaybackOpt = "https://web.archive.org",
    cache_dir: CacheDirOpt = None,
    offline: Annotated[bool, typer.Option("--offline", help="Use only the cache of fetched originals.")] = False,
    fetch_rate: Annotated[float, typer.Option("--fetch-rate", min=0.0, help="Politeness limit: requests per second (0: none).")] = 1.0,
    fetch_timeout: FetchTimeoutOpt = 20.0,
    fix_patch: Annotated[Path | None, typer.Option("--fix", help="Also write the certain repairs of every article to this patch file, for review.")] = None,
    html_dir: Annotated[Path | None, typer.Option("--html-dir", help="Write an HTML report per article and an index.html linking them to this folder.")] = None,
    fmt: Annotated[AuditFormat, typer.Option("--format", "-f", help="jsonl results, or concise lines (path:line:col: CODE message) for hooks.")] = None,
) -> int:
    """Audit many translations: in parallel, resumable, with a summary. JSONL results in input order."""
    from transqa.batch.discover import from_manifest, from_paths
    from transqa.batch.run import DaskMissing, RunStats, run_audit
    from transqa.batch.store import Store
    from transqa.batch.summary import Summary, render_html, render_text
    from transqa.cache import user_cache_dir
    from transqa.registry import rules

    if bool(paths) == (manifest is not None):
        raise click_exc.UsageError("give FOLDERS or FILES, or --manifest CSV (one of them)")
    fmt = fmt or AuditFormat.jsonl
    if scheduler and executor is not Executor.dask:
        raise click_exc.UsageError("--scheduler goes with --executor dask")
    settings = _settings(str(paths[0] if paths else manifest), config, isolated, select, ignore, glossary, no_suppress, None if write_baseline else baseline)
    threshold = _gate(fail_on, settings).rank
    job_list = from_manifest(str(manifest)) if manifest else from_paths(
        [str(p) for p in paths or []], str(originals) if originals else None, str(originals_index) if originals_index else None,
        str(reference) if reference else None)
    fetch_note = ""
    if fetch_source:
        import dataclasses

        fetch_cfg = _fetch_config(wayback_endpoint, cache_dir, offline, fetch_timeout, fetch_rate)
        counts = {"fetched": 0, "cache": 0, "unavailable": 0}
        for k, job in enumerate(job_list):
            if job.source is not None:
                continue
            got = _fetch_for(job.target, fetch_cfg)
            if isinstance(got, str):
                counts["unavailable"] += 1
                continue
            counts["cache" if got.from_cache else "fetched"] += 1
            job_list[k] = dataclasses.replace(job, source=got.path)
        fetch_note = f"originals: {counts['fetched']} fetched, {counts['cache']} from the cache, {counts['unavailable']} not available (checked alone)\n"
    result_store = Store(str(store or user_cache_dir() / "audit.sqlite"))
    summ = Summary()
    table = rules()
    stats = RunStats()
    fixable: list = []
    failed = internal = False
    baseline_items: list[tuple[str, list[str]]] = []
    from transqa.atomic import AtomicOutput

    out = AtomicOutput(output, "w", encoding="utf-8", newline="\n") if output is not None else None
    sink = out.fh if out is not None else sys.stdout
    progress_ctx = None
    advance = None
    if not no_progress and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        progress_ctx = Progress(TextColumn("auditing"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        task = progress_ctx.add_task("audit", total=len(job_list), rate="")
        started = time.monotonic()
        done = [0]

        def advance(n: int) -> None:
            done[0] += n
            rate = done[0] / max(1e-6, time.monotonic() - started)
            progress_ctx.update(task, advance=n, rate=f"{rate:,.0f}/s")

    try:
        if progress_ctx:
            progress_ctx.start()
        for _job, line in run_audit(job_list, result_store, workers=jobs, executor=executor.value, scheduler=scheduler,
                                    use_cache=not no_cache, progress=advance, stats=stats, settings=settings):
            doc = json.loads(line)
            summ.add(doc)
            sink.write(line + "\n" if fmt is AuditFormat.jsonl else _concise_lines(doc))
            if doc.get("error") and doc["error"]["kind"] == "internal":
                internal = True
            if write_baseline is not None:
                baseline_items.append((doc["target"], [f["fingerprint"] for f in doc["findings"]]))
            if not failed and any(Severity(f["severity"]).rank >= threshold for f in doc["findings"]):
                failed = True
            if fix_patch is not None and any(table[f["code"]].fixable for f in doc["findings"] if f["code"] in table):
                fixable.append(_job)
        if out is not None:
            out.commit()
    except DaskMissing as exc:
        raise click_exc.UsageError(str(exc)) from None
    finally:
        if progress_ctx:
            progress_ctx.stop()
        result_store.close()
        if out is not None:
            out.discard()
    if write_baseline is not None:
        from transqa.baseline import baseline_json

        _write(baseline_json(str(write_baseline), baseline_items), write_baseline)
    fix_note = ""
    if fix_patch is not None:
        from transqa.fix import unified_diff

        parts, repairs = [], 0
        for job in fixable:
            fp = _fix_one(job.source, job.target, settings)
            repairs += len(fp.applied)
            parts.append(unified_diff(job.target, fp.original, fp.repaired))
        _write("".join(parts), fix_patch)
        fix_note = f"repairs: {repairs} in {sum(1 for p in parts if p)} articles, written to {fix_patch}\n"
    if html_dir is not None:
        _html_site(job_list, html_dir, settings)
    if summary is not None:
        suffix = summary.suffix.lower()
        text = (json.dumps(summ.as_dict(), ensure_ascii=False, indent=2) + "\n" if suffix == ".json"
                else render_html(summ) if suffix in (".html", ".htm") else render_text(summ))
        _write(text, summary)
    memory = f", peak worker memory {stats.peak_worker_rss_mb:.0f} MB" if stats.peak_worker_rss_mb else ""
    report = render_text(summ) + f"({stats.cached} from the result store, {stats.checked} checked, executor {stats.executor}, {stats.workers} worker(s){memory})\n"
    (sys.stdout if output is not None else sys.stderr).write(fetch_note + report + fix_note)
    if result_store.problem:
        print(f"transqa: notice: {result_store.problem}", file=sys.stderr)
    if internal:
        return ExitCode.INTERNAL
    if summ.errors:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if failed else ExitCode.OK


class RulesFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


@app.command("rules")
def list_rules(
    fmt: Annotated[RulesFormat, typer.Option("--format", "-f", help="text, markdown (docs/rules.md) or json.")] = RulesFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to FILE.")] = None,
) -> int:
    """List every rule: code, name, category, default severity, and whether it needs the original."""
    from transqa.report.rulesdoc import rules_json, rules_markdown, rules_text

    text = {RulesFormat.text: rules_text, RulesFormat.markdown: rules_markdown, RulesFormat.json: rules_json}[fmt]()
    _write(text, output)
    return ExitCode.OK


@app.command("rule")
def show_rule(code: Annotated[str, typer.Argument(help="A rule code (TQA101) or name (link-missing).", show_default=False)]) -> int:
    """Explain one rule: what it checks, why it matters, an example and how to fix it."""
    from transqa.registry import resolve

    r = resolve(code)
    if r is None:
        raise click_exc.UsageError(f"unknown rule {code!r} (see: transqa rules)")
    typer.echo(f"{r.code} {r.name} ({r.category}, {r.severity}{', needs the original' if r.needs_source else ''})\n")
    typer.echo(r.summary + "\n")
    typer.echo(r.doc)
    return ExitCode.OK


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        rv = app(args=args, prog_name="transqa", standalone_mode=False)
    except click_exc.NoArgsIsHelpError as exc:
        sys.stdout.write(exc.ctx.get_help() + "\n")
        return ExitCode.USAGE
    except click_exc.UsageError as exc:
        hint = f" (see: transqa {exc.ctx.info_name if exc.ctx and exc.ctx.parent else ''} --help)".replace("  ", " ")
        print(f"transqa: error: {exc.format_message()}{hint}", file=sys.stderr)
        return ExitCode.USAGE
    except typer.Exit as exc:
        return int(exc.exit_code)
    except (KeyboardInterrupt, typer.Abort):
        print("transqa: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except InputError as exc:
        from transqa.escape import line_safe

        print(f"transqa: error: {line_safe(str(exc))}", file=sys.stderr)  # one line, whatever the file name holds
        return ExitCode.USAGE
    except BrokenPipeError:
        return ExitCode.OK
    except OSError as exc:
        print(f"transqa: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return ExitCode.USAGE
    except Exception as exc:  # an internal error: one line, never a traceback
        print(f"transqa: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return ExitCode.INTERNAL
    return int(rv) if isinstance(rv, int) else ExitCode.OK
