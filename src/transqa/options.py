"""The command line's declarations: the typer app, its option types and choices. cli.py holds the commands."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from typer._click import exceptions as click_exc  # typer >= 0.20 (pyproject) bundles its own click

from transqa.errors import UsageError

app = typer.Typer(
    name="transqa",
    help="Check Chinese translations of English news articles against their originals, paragraph by paragraph.\n\n"
    "Exit codes: 0 nothing at or above --fail-on; 1 the gate failed; 2 usage, input or environment error (a library not installed); 3 internal error; 130 interrupted (143 on SIGTERM).",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

def finite(value: float, low: float, high: float, zero: bool = False) -> float:
    """A number option's value when it is finite and within [low, high] (or 0 when `zero`), else a usage
    error naming the range: nan passes click's own min/max, and inf or 1e308 seconds overflowed the clock."""
    if value == 0 and zero or low <= value <= high:  # False for nan
        return value
    raise typer.BadParameter(f"{value} is not {'0 or ' if zero else ''}a number from {low:g} to {high:g}")


# Options shared by several commands
ConfigOpt = Annotated[Path | None, typer.Option("--config", metavar="FILE", help="Configuration file (default: transqa.toml or pyproject.toml [tool.transqa], found upwards from the target).")]
IsolatedOpt = Annotated[bool, typer.Option("--isolated", help="Ignore configuration files.")]
SelectOpt = Annotated[str | None, typer.Option("--select", metavar="CODES", help="Rules to run: codes, names or prefixes, comma-separated (replaces the configuration's).")]
IgnoreOpt = Annotated[str | None, typer.Option("--ignore", metavar="CODES", help="Rules not to run: codes, names or prefixes, comma-separated.")]
GlossaryOpt = Annotated[list[Path] | None, typer.Option("--glossary", metavar="FILE", help="Glossary file (TSV or YAML); repeatable.")]
OnePerLineOpt = Annotated[bool, typer.Option("--one-per-line", help="Read SOURCE and TARGET as plain text, one paragraph a line (WMT's one segment a line), whatever Markdown they seem to hold.")]
ForceChineseOpt = Annotated[bool, typer.Option("--force-chinese", help="Check a translation that looks Japanese or Korean (kana or hangul) as Chinese; it is refused otherwise.")]
NoSuppressOpt = Annotated[bool, typer.Option("--no-suppress", help="Ignore <!-- transqa: … --> directives: show everything.")]
BaselineOpt = Annotated[Path | None, typer.Option("--baseline", metavar="FILE", help="Do not report findings recorded in this baseline file.")]
WriteBaselineOpt = Annotated[Path | None, typer.Option("--write-baseline", metavar="FILE", help="Record the current findings in this baseline file.")]
FetchTimeoutOpt = Annotated[float, typer.Option("--fetch-timeout", callback=lambda v: finite(v, 0.1, 86400.0), metavar="SECONDS", help="Total seconds for fetching one original (every request, retry and wait).")]
WaybackOpt = Annotated[str, typer.Option("--wayback-endpoint", metavar="URL", help="Wayback Machine server (CDX API and captures).")]
CacheDirOpt = Annotated[Path | None, typer.Option("--cache-dir", metavar="DIR", help="Cache for fetched originals (default: $TRANSQA_CACHE_DIR, else the user cache).")]
ExitZeroOpt = Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings fail the gate (2 and 3 still report errors).")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="Plain text, no colours (also: NO_COLOR in the environment).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only the findings: no notices, summaries or progress on standard error.")]
StatisticsOpt = Annotated[bool, typer.Option("--statistics", help="Print the number of findings per rule instead of the report (into -o FILE when given): tab-separated text, or a JSON list with --format json or -o FILE.json; other formats are refused.")]
OfflineOpt = Annotated[bool, typer.Option("--offline", help="Use only the cache; never connect.")]
SemanticOpt = Annotated[bool, typer.Option("--semantic", help="Also run TQA011, the semantic clause check (needs the semantic extra; slow).")]


class Format(StrEnum):
    """Report formats of transqa check (report.FORMATS)."""
    text = "text"
    concise = "concise"
    json = "json"
    html = "html"
    sarif = "sarif"
    junit = "junit"
    csv = "csv"


class AlignFormat(StrEnum):
    """Output formats of transqa align."""
    text = "text"
    json = "json"
    tsv = "tsv"


class AuditFormat(StrEnum):
    """Record formats of transqa audit (report.RECORD_FORMATS)."""
    jsonl = "jsonl"
    concise = "concise"
    summary = "summary"
    sarif = "sarif"
    junit = "junit"


class Executor(StrEnum):
    """Where an audit runs: a local process pool or a Dask cluster."""
    local = "local"
    dask = "dask"


class RulesFormat(StrEnum):
    """Output formats of transqa rules."""
    text = "text"
    markdown = "markdown"
    json = "json"


class FailOn(StrEnum):
    """Severities a gate can start at."""
    error = "error"
    warning = "warning"
    info = "info"



# Options of one command
PathsAuditOpt = Annotated[list[Path] | None, typer.Argument(metavar="PATH...", help="Folders of Chinese translations (*.md, searched recursively) or single files.", show_default=False)]
ManifestAuditOpt = Annotated[Path | None, typer.Option("--manifest", metavar="CSV", help="CSV with header source,target[,reference], paths relative to it.")]
OriginalsAuditOpt = Annotated[Path | None, typer.Option("--originals", metavar="DIR", help="Folder of English originals, paired by file name (slug.en.html / slug.html …) or by the 原文 URL (canonical or og:url of the pages).")]
OriginalsIndexAuditOpt = Annotated[Path | None, typer.Option("--originals-index", metavar="FILE", help="TSV/CSV of originals with url and path columns, paired by the 原文 URL.")]
ReferenceAuditOpt = Annotated[Path | None, typer.Option("--reference", metavar="DIR", help="Folder of reference translations (same file names): BLEU and chrF with sacrebleu.")]
# the default is this machine's core count, read at import: shown as "all cores", not as the figure of the machine
# that printed the help (`[default: 2]` beside "default: all cores", newcomer 38 item 12)
JobsAuditOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", show_default=False, help="Worker processes (default: all cores; never more than the articles to check, nor 2 per core).")]
ExecutorAuditOpt = Annotated[Executor, typer.Option("--executor", help="local process pool, or a Dask cluster.")]
SchedulerAuditOpt = Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (tcp://HOST:PORT); without it a LocalCluster is started.")]
WorkerWaitAuditOpt = Annotated[float | None, typer.Option("--worker-wait", callback=lambda v: v if v is None else finite(v, 0.0, 86400.0), metavar="SECONDS", show_default=False, help="With --executor dask: how long a cluster with no worker is waited for before the run stops (exit 2; what is stored stays stored). Default: 30.")]
StoreAuditOpt = Annotated[Path | None, typer.Option("--store", metavar="FILE", help="SQLite result store, read and written on every run: a rerun skips the unchanged articles stored there, and an interrupted audit resumes (default: $TRANSQA_CACHE_DIR/audit.sqlite, else ~/.cache/transqa/audit.sqlite; the closing line names it). There is no --no-store: --no-cache rechecks every article, --store FILE keeps the results elsewhere (beside the archive, or in a temporary folder).")]
NoCacheAuditOpt = Annotated[bool, typer.Option("--no-cache", help="Ignore stored results for this run (new results are still stored).")]
OutputAuditOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the results (JSONL; SARIF for .sarif, JUnit for .xml) to FILE (atomically) instead of standard output.")]
SummaryAuditOpt = Annotated[Path | None, typer.Option("--summary", metavar="FILE", help="Write the corpus summary to FILE: .json, .html or text.")]
FailOnAuditOpt = Annotated[FailOn | None, typer.Option("--fail-on", help="Lowest severity that fails the gate (exit 1).")]
NoProgressAuditOpt = Annotated[bool, typer.Option("--no-progress", help="No progress bar.")]
AllowMissingAuditOpt = Annotated[bool, typer.Option("--allow-missing-translation", help="An English original given without its translation beside it is a notice (exit 0), not an error (exit 2): the pre-commit hook's entry, for an original committed before its translation.")]
FetchSourceAuditOpt = Annotated[bool, typer.Option("--fetch-source", help="Fetch missing originals from the Wayback Machine (cached, polite).")]
OfflineAuditOpt = Annotated[bool, typer.Option("--offline", help="Use only the cache of fetched originals.")]
FetchRateAuditOpt = Annotated[float, typer.Option("--fetch-rate", callback=lambda v: finite(v, 0.001, 1000.0, zero=True), metavar="PER_SECOND", help="Politeness limit: requests per second (0: none).")]
FixPatchAuditOpt = Annotated[Path | None, typer.Option("--fix", metavar="FILE", help="Also write the certain repairs of every article to this patch file, for review. Each article with a fixable finding is checked again to plan its repairs (the result store keeps no repairs).")]
HtmlDirAuditOpt = Annotated[Path | None, typer.Option("--html-dir", metavar="DIR", help="Write an HTML report per article and an index.html linking them to this folder.")]
FmtAuditOpt = Annotated[AuditFormat | None, typer.Option("--format", "-f", show_default=False, help="jsonl results, concise lines (path:line:col: CODE message) for hooks, the summary alone, or one SARIF or JUnit XML document of every article (default: from -o FILE.sarif or .xml; else summary on a terminal, else jsonl).")]
PathsCheckOpt = Annotated[list[str], typer.Argument(metavar="[SOURCE] TARGET...", help="TARGET alone (target-only mode), or SOURCE TARGET: the English original (HTML, Markdown or text) and the Chinese translation (Markdown or text); or many files (each Chinese file a target, an English file the original of the target after it). - reads the target from standard input.", show_default=False)]
FmtCheckOpt = Annotated[Format | None, typer.Option("--format", "-f", show_default=False, help="Report format (default: from the -o file's extension: .html, .json, .sarif, .xml junit, .csv, .txt text; text for standard output or a name without extension; any other extension, .md too, is refused: give --format).")]
OutputCheckOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE.")]
FailOnCheckOpt = Annotated[FailOn | None, typer.Option("--fail-on", help="Lowest severity that fails the gate (exit 1); default: the configuration's, else error.")]
ExitZeroCheckOpt = Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when findings fail the gate.")]
NoColorCheckOpt = Annotated[bool, typer.Option("--no-color", help="Plain text, no colours.")]
FetchSourceCheckOpt = Annotated[bool, typer.Option("--fetch-source", help="Fetch the original named by the 原文 header from the Wayback Machine (cached).")]
PathsFixOpt = Annotated[list[Path], typer.Argument(metavar="[SOURCE] TARGET", help="TARGET alone, or SOURCE TARGET.", show_default=False)]
WriteFixOpt = Annotated[bool, typer.Option("--write", help="Apply the repairs to TARGET (atomically; the text before them is kept as TARGET.orig, or TARGET.orig.N when that holds other bytes).")]
OutputFixOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the repaired copy to FILE instead.")]
UnwrapLinksFixOpt = Annotated[bool, typer.Option("--unwrap-links", help="Also point Wayback-wrapped links at their original URLs (TQA105).")]
FailOnFixOpt = Annotated[FailOn | None, typer.Option("--fail-on", help="Exit 1 when findings at or above this severity remain.")]
WhatFetchOpt = Annotated[str, typer.Argument(metavar="URL_OR_TARGET", help="A URL (plain or Wayback) or a translation whose 原文 header names one.", show_default=False)]
OutputFetchOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Also write the fetched page to FILE.")]
SourceAlignOpt = Annotated[Path, typer.Argument(metavar="SOURCE", help="The English original.", show_default=False)]
TargetAlignOpt = Annotated[Path, typer.Argument(metavar="TARGET", help="The Chinese translation.", show_default=False)]
FmtAlignOpt = Annotated[AlignFormat, typer.Option("--format", "-f", help="Output format.")]
OutputAlignOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE.")]
FmtList_rulesOpt = Annotated[RulesFormat, typer.Option("--format", "-f", help="text, markdown (docs/rules.md) or json.")]
OutputList_rulesOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE.")]
CodeShow_ruleOpt = Annotated[list[str], typer.Argument(metavar="CODE...", help="Rule codes (TQA101) or names (link-missing).", show_default=False)]
FullShow_ruleOpt = Annotated[bool, typer.Option("--full", help="The whole description: every case the rule reports and every one it leaves alone.")]


def rules_explained(args: list[str]) -> list[str]:
    """The arguments, `rules CODE…` read as `rule CODE…` (`transqa rules TQA207` explains the rule, as `transqa rule
    TQA207` does: release 39 only pointed at `rule`, newcomer 39, release 40 item 6); anything else unchanged."""
    if args[:1] == ["rules"] and len(args) > 1 and not args[1].startswith("-"):
        return ["rule", *args[1:]]
    return args


def literal_dashes(args: list[str]) -> list[str]:
    """The arguments, each that names a file called `-` (`./-`, `-/`) made absolute: the command reads
    only the literal argument `-` as standard input (as a Path, `./-` is `-`)."""
    return [a if a == "-" or Path(a) != Path("-") else str(Path.cwd() / a) for a in args]


def _valued_options(command: str) -> dict[str, bool]:
    """Each option of `command` that takes a value (not an on/off flag) → whether that value is a path."""
    group = typer.main.get_command(app)
    cmd = getattr(group, "commands", {}).get(command)
    params = cmd.params if cmd is not None else ()
    return {name: p.type.name == "path" for p in params if p.param_type_name == "option" and not getattr(p, "is_flag", False)
            and not getattr(p, "count", False) for name in (*p.opts, *p.secondary_opts)}


def _empty_value(arg: str, following: str | None, valued: dict[str, bool]) -> tuple[bool, bool]:
    """For an option argument: (whether it gives an empty path as its value, whether it takes the next argument)."""
    if arg.startswith("--"):
        name, eq, value = arg.partition("=")
        if eq:
            return value == "" and valued.get(name, False), False
        return arg in valued and following == "" and valued[arg], arg in valued
    for j, letter in enumerate(arg[1:], 2):  # -qj 2, -qj2: the first letter that takes a value ends the cluster
        if f"-{letter}" in valued:
            return arg[j:] == "" and following == "" and valued[f"-{letter}"], arg[j:] == ""
    return False, False


def empty_path(args: list[str]) -> bool:
    """Whether an argument is an empty path: as a Path, "" would be the current folder ("." is a folder, not a
    file), so `check ""` or `audit --write-baseline ""` is refused as an empty path instead. An empty string after
    an option that takes a value is that value (left to a text option: `--select ""`); after an on/off flag
    (`-q ""`, `--isolated ""`) or after `--` it is a path."""
    if not any(a == "" or a.endswith("=") for a in args):  # nothing can be empty: the command's options not built
        return False
    valued = _valued_options(args[0]) if args else {}
    i, positional = 0, False
    while i < len(args):
        a = args[i]
        if positional or a == "-" or not a.startswith("-"):
            if a == "":
                return True
        elif a == "--":
            positional = True
        else:
            empty, takes_next = _empty_value(a, args[i + 1] if i + 1 < len(args) else None, valued)
            if empty:
                return True
            i += takes_next
        i += 1
    return False


def plain(no_color: bool) -> bool:
    """True when colours are off by the command's own --no-color (`no_color`) or by one given before the command
    (`transqa --no-color check …`: the root callback's parameter, read from the current click context's root;
    False outside a command run)."""
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    return no_color or bool(ctx is not None and ctx.find_root().params.get("no_color"))


def app_for(args: list[str]) -> typer.Typer:
    """`app` with only the command that args[0] names, when it names one. typer builds every command's options from
    its signature (inspect, typing) each time the app runs: 7.6 ms for the seven commands, 2.6 ms for `check` alone
    (issue 21, release 27, timed in one process). The command parses, helps and fails as in the whole app; anything
    else (no command, an option first, a misspelt command) gets the whole app and its own messages."""
    import copy

    from typer.main import get_command_name

    first = args[0] if args else ""
    chosen = [c for c in app.registered_commands
              if c.callback is not None and (c.name or get_command_name(c.callback.__name__)) == first]
    if len(chosen) != 1:
        return app
    one = copy.copy(app)
    one.registered_commands = chosen
    return one


# commands other tools name so, with ours and its use (newcomer 46 item 4: `transqa explain TQA310` said only
# `No such command 'explain'`; click's own hint finds only near spellings)
_ALIKE = {"explain": ("rule", "transqa rule TQA310 explains a rule"), "lint": ("check", "transqa check [SOURCE] TARGET"),
          "scan": ("audit", "transqa audit FOLDER checks an archive")}


def usage_message(exc: UsageError | click_exc.UsageError, args: list[str]) -> str:
    """The text of a usage error's one line, with the help to see: our own (`transqa check --help` for a command
    that has its own help) or click's (its command's help, unless its message already names one)."""
    if isinstance(exc, UsageError):
        return f"{exc} (see: transqa {args[0] + ' ' if args[:1] and args[0] in ('check', 'fix', 'audit', 'align', 'fetch') else ''}--help)"
    hint = f" (see: transqa {exc.ctx.info_name if exc.ctx and exc.ctx.parent else ''} --help)".replace("  ", " ")
    msg = exc.format_message()
    alike = _ALIKE.get(args[0]) if args and msg.startswith("No such command") and "Did you mean" not in msg else None
    if alike is not None:  # a command another tool names so (`ruff rule`, once `--explain`): ours, said with its use
        msg += f" Did you mean '{alike[0]}'? ({alike[1]})"
    if (dashed := _dashed_file(args)) is not None:  # `transqa check -five-ways.md`: click read the file as options
        msg += f" ({dashed!r} is a file: put -- before file names that start with a dash)"
    return f"{msg}{'' if msg.endswith(')') and '(see: ' in msg else hint}"


def _dashed_file(args: list[str]) -> str | None:
    """The first argument before any `--` that starts with a dash and names an existing file (`-five-ways.zh.md`): a
    usage error then most likely comes of reading it as options (two newcomers of release 48: "Invalid value for
    '--format': 'ive-ways…'", "No such option: -r", with no word of `--`)."""
    for a in args:
        if a == "--":
            return None
        if a.startswith("-") and a != "-" and Path(a).is_file():
            return a
    return None
