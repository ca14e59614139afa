"""The concise form of a finding: one line, `path:line:column: CODE [severity] message`, then the English
place and the suggested fix (check/audit --format concise, the pre-commit hook, JUnit failure text).
No rich here: JUnit and the hook pay only for this."""

from __future__ import annotations

import re
from collections.abc import Iterable

from transqa.escape import line_safe
from transqa.findings import Finding
from transqa.result import AuditRecord, Result


def concise_tail(f: Finding, source_path: str | None = None) -> str:
    """What follows the message on a finding's one line: the place in the English original when the line
    points into the translation (` (EN 9:30)`, or ` (EN a.en.md:9:30)` naming the original's `source_path` when
    given, written as concise_path writes a line's own file name), then the suggested fix (` → 7000 万美元`), as the text report gives them; appended, so
    `path:line:col: CODE [severity] message` still starts every line (editors' problem matchers read it) and
    nothing here can start a new line."""
    named = f"{concise_path(source_path)}:" if source_path else ""  # a crafted name fakes no place (hostile30 #6b)
    where = f" (EN {named}{f.source.line}:{f.source.column})" if f.source is not None and f.target is not None else ""
    return where + (f" → {line_safe(f.suggestion.strip())}" if f.suggestion and f.suggestion.strip() else "")


_PLACE_LIKE = re.compile(r":(?=[0-9\s])")  # a colon of a file name that could read as `:line:col: ` of another finding


def concise_path(path: str) -> str:
    """A file name for the start of a concise line: line_safe, and a colon before a digit or a space written `\\x3a`, so
    that a crafted name (`x.zh.md:9:9: TQA001 [error] fake.zh.md`) cannot make a problem matcher read a finding at a
    place of its own choosing (HOSTILE28 #9)."""
    return _PLACE_LIKE.sub(r"\\x3a", line_safe(path))


def concise_line(path: str | None, f: Finding, source_path: str | None = None) -> str:
    """One finding as `path:line:column: CODE [severity] message (EN line:column) → suggestion`, no newline;
    `path` is the file its place (the target's, else the source's) is in; `source_path`: the original named in the
    English place (concise_tail)."""
    loc = f.target or f.source
    where = concise_path(path or "") + (f":{loc.line}:{loc.column}" if loc else "")
    return f"{where}: {f.code} [{f.severity}] {line_safe(f.message)}{concise_tail(f, source_path)}"


def concise_lines(source_path: str | None, target_path: str, findings: Iterable[Finding], name_source: bool = False) -> list[str]:
    """One line per finding (concise_line; the place in the target, else in the source): the concise format
    of check, audit and the pre-commit hook; `name_source`: the English place names the original's file."""
    return [concise_line(target_path if f.target else (source_path or target_path), f, source_path if name_source else None)
            for f in findings]


def render_concise(results: list[Result]) -> str:
    """The concise format of a report: every finding of every result, one per line; the English place names its
    original's file when the report holds pairs of more than one original (`(EN zuck.en.html:275:8)`), where a bare
    `(EN 275:8)` left the reader to work out which (newcomer29 #8)."""
    several = len({r.source_path for r in results if r.source_path}) > 1
    out = [line for r in results for line in concise_lines(r.source_path, r.target_path, r.findings, several)]
    return "\n".join(out) + ("\n" if out else "")


def render_record_concise(record: AuditRecord) -> str:
    """The concise lines of one audit record (an unreadable article: `path: error: message`); the English place names
    the original's file (`(EN arch/a.en.html:275:8)`): an audit pairs each translation with an original the maintainer
    did not name, and a bare `(EN 275:8)` could not be opened (newcomer 30, fixa30 item 5). An original fetched by
    `--fetch-source` is named by its URL, which is no file to open at a line: its place stays `(EN 275:8)`."""
    if record.error is not None:
        why = record.error.message.removeprefix(record.target + ": ")  # `path: error: path: is empty` said the path twice
        return f"{concise_path(record.target)}: error: {line_safe(why)}\n"
    named = record.source is not None and "://" not in record.source
    return "".join(line + "\n" for line in concise_lines(record.source, record.target, record.findings, named))
