"""Renderers: results → text. They never print; cli.py writes what they return.

One table of formats: FORMATS (check reports: name → renderer), RECORD_FORMATS (audit records, one
article at a time) and SUMMARY_EXTENSIONS (the audit summary's file extension → format).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from transqa.codec import document_json
from transqa.errors import UsageError
from transqa.findings import Severity
from transqa.result import AuditRecord, Result

if TYPE_CHECKING:  # the types; at run time each renderer comes through __getattr__ below
    from transqa.report.concise import render_concise, render_record_concise
    from transqa.report.csvreport import render_csv
    from transqa.report.html import render_html, render_index
    from transqa.report.jsonreport import alignment_json, report_json
    from transqa.report.junit import render_junit
    from transqa.report.sarif import render_sarif
    from transqa.report.text import render_text

# Each renderer is imported when first used (module __getattr__): a run pays for the one it writes
# (rich for text, xml.sax for JUnit, which imports urllib.request and http.client), not for all seven.
_WHERE = {
    "render_text": "text", "render_concise": "concise", "render_record_concise": "concise", "render_csv": "csvreport",
    "render_html": "html", "render_index": "html", "alignment_json": "jsonreport", "report_json": "jsonreport",
    "render_junit": "junit", "render_sarif": "sarif",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """What a renderer may need besides the results: the gate (JUnit), the terminal width in columns
    and colour (text), the configuration digest (the JSON report's signature); `quiet` (text on standard output
    under -q): the findings only, without the header, matched and count lines."""

    gate: Severity = Severity.ERROR
    width: int = 80
    color: bool = False
    config: str = "default"
    quiet: bool = False


Renderer = Callable[[list[Result], RenderOptions], str]

FORMATS: Mapping[str, Renderer] = MappingProxyType({
    "text": lambda rs, o: __getattr__("render_text")(rs, width=o.width, color=o.color, quiet=o.quiet),
    "concise": lambda rs, o: __getattr__("render_concise")(rs),
    "json": lambda rs, o: __getattr__("report_json")(rs, o.config),
    "html": lambda rs, o: __getattr__("render_html")(rs),
    "sarif": lambda rs, o: __getattr__("render_sarif")(rs),
    "junit": lambda rs, o: __getattr__("render_junit")(rs, o.gate),
    "csv": lambda rs, o: __getattr__("render_csv")(rs),
})

RECORD_FORMATS: Mapping[str, Callable[[AuditRecord], str]] = MappingProxyType({
    "jsonl": lambda rec: rec.line + "\n",
    "concise": lambda rec: __getattr__("render_record_concise")(rec),
    "summary": lambda rec: "",  # on a terminal: no records, the summary and the articles by score at the end
    "sarif": lambda rec: "",  # one document of the whole audit, rendered after its last article (DOCUMENT_FORMATS)
    "junit": lambda rec: "",
})
# The audit formats that are one document of every article, not a line per article: the audit keeps its records and
# renders them at the end with check's renderer of the format (audit.service.Audit.document).
DOCUMENT_FORMATS = frozenset({"sarif", "junit"})


# The report format follows the output file's extension when --format is not given (check -o FILE).
FORMAT_EXTENSIONS: Mapping[str, str] = MappingProxyType({
    ".html": "html", ".htm": "html", ".json": "json", ".sarif": "sarif", ".xml": "junit", ".csv": "csv", ".txt": "text",
})
# Of those, what audit's per-article records may be written under: JSONL in a .json file, concise lines in a .txt;
# JSONL named .html or .csv would reach an upload as a file of the wrong kind. .sarif and .xml name audit's own
# SARIF and JUnit documents (DOCUMENT_FORMATS), as they name check's.
_AUDIT_READABLE = frozenset({"json", "text"})


def audit_format(fmt: str | None, output: str | None, terminal: bool) -> str:
    """What audit writes: --format when given; else SARIF into -o FILE.sarif, JUnit into -o FILE.xml (as check
    does), the summary alone on a terminal, JSONL into another -o FILE or a pipe. Raises UsageError when -o FILE's
    extension names a format audit does not write (.html, .csv) and --format does not say what to write there."""
    if fmt is not None:
        return fmt
    kind = FORMAT_EXTENSIONS.get(Path(output).suffix.lower()) if output is not None else None
    if kind in DOCUMENT_FORMATS:
        return str(kind)
    if kind is not None and kind not in _AUDIT_READABLE:
        raise UsageError(f"{output}: audit writes its results as JSONL, concise lines, SARIF, JUnit XML or a summary, not {kind} "
                         "(--format jsonl writes JSONL under this name; --html-dir writes HTML reports, "
                         "--summary FILE.html or FILE.json the summary)")
    return "summary" if output is None and terminal else "jsonl"

SUMMARY_EXTENSIONS: Mapping[str, str] = MappingProxyType({".json": "json", ".html": "html", ".htm": "html"})


def summary_format(path: str | Path) -> str:
    """The audit summary's format for a file name: json, html, or text for any other extension."""
    return SUMMARY_EXTENSIONS.get(Path(path).suffix.lower(), "text")


def render(fmt: str, results: list[Result], options: RenderOptions) -> str:
    """Render results in a format of FORMATS. Raises KeyError for an unknown format."""
    return FORMATS[fmt](results, options)


__all__ = [
    "DOCUMENT_FORMATS", "FORMAT_EXTENSIONS", "FORMATS", "RECORD_FORMATS", "SUMMARY_EXTENSIONS", "RenderOptions", "audit_format", "Renderer", "alignment_json", "document_json",
    "render", "render_concise", "render_csv", "render_html", "render_index", "render_junit", "render_record_concise",
    "render_sarif", "render_text", "report_json", "summary_format",
]
