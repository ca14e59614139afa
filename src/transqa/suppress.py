"""Suppression directives in the Chinese Markdown, in HTML comments (invisible once rendered):

    <!-- transqa: ignore[TQA201, name-garbled] reason -->    the next block (or, inside a block, that block)
    <!-- transqa: disable[TQA501] reason --> … <!-- transqa: enable[TQA501] -->    a range
    <!-- transqa: file-ignore[TQA5] reason -->    the whole file (prefixes allowed here only)

No blanket forms. Unused directives are TQA900, malformed ones TQA901, a disable never enabled
again TQA902 (it then runs to the end of the file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transqa.checks.meta import MALFORMED_SUPPRESSION, UNTERMINATED_DISABLE, UNUSED_SUPPRESSION
from transqa.findings import Finding, Location
from transqa.model import Document
from transqa.registry import Rule, resolve, rules

_DIRECTIVE = re.compile(r"<!--\s*transqa\s*:(?P<body>.*?)-->", re.DOTALL)
_FORM = re.compile(r"^\s*(?P<verb>[a-z-]+)\s*(?:\[(?P<codes>[^\]]*)\])?(?P<reason>.*)$", re.DOTALL)
_PREFIX = re.compile(r"^TQA\d{1,2}$")


@dataclass
class Directive:
    verb: str
    codes: frozenset[str]
    start: int
    end: int
    reason: str
    used: int = 0
    block: int | None = None
    range_end: int | None = None
    extra: list[str] = field(default_factory=list)


def _codes(entries: list[str], allow_prefix: bool) -> tuple[frozenset[str], list[str]]:
    table = rules()
    out: set[str] = set()
    bad: list[str] = []
    for e in entries:
        e = e.strip()
        if not e:
            continue
        r = resolve(e)
        if r is not None:
            out.add(r.code)
        elif allow_prefix and _PREFIX.match(e.upper()) and any(c.startswith(e.upper()) for c in table):
            out.update(c for c in table if c.startswith(e.upper()))
        else:
            bad.append(e)
    return frozenset(out), bad


def _finding(doc: Document, rule: Rule, message: str, start: int, end: int, suggestion: str | None = None) -> Finding:
    loc: Location = doc.file_location(start, end)
    return Finding(rule.code, rule.name, rule.category, rule.severity, message, None, loc, suggestion)


def apply_suppressions(doc: Document, findings: list[Finding]) -> tuple[list[Finding], list[Finding], int]:
    """(kept findings, directive findings TQA900-902, number suppressed)."""
    directives: list[Directive] = []
    problems: list[Finding] = []
    raw = doc.raw
    for m in _DIRECTIVE.finditer(raw):
        form = _FORM.match(m.group("body"))
        verb = form.group("verb") if form else ""
        if not form or verb not in ("ignore", "disable", "enable", "file-ignore"):
            problems.append(_finding(doc, MALFORMED_SUPPRESSION, f"unknown directive {m.group(0)[:60]!r}", m.start(), m.end(),
                                     "use ignore[CODES], disable[CODES], enable[CODES] or file-ignore[CODES]"))
            continue
        if form.group("codes") is None:
            problems.append(_finding(doc, MALFORMED_SUPPRESSION, f"“{verb}” without codes: blanket suppression is not allowed", m.start(), m.end(),
                                     f"name the rules: {verb}[TQA201, …]"))
            continue
        codes, bad = _codes(form.group("codes").split(","), verb == "file-ignore")
        if bad or not codes:
            problems.append(_finding(doc, MALFORMED_SUPPRESSION, f"unknown rule(s) {', '.join(bad) or '(none)'} in {verb}[…]", m.start(), m.end(),
                                     "see: transqa rules"))
            continue
        directives.append(Directive(verb, codes, m.start(), m.end(), form.group("reason").strip()))
    # where each directive applies
    for d in directives:
        if d.verb == "ignore":
            inside = next((b for b in doc.blocks if b.file_start <= d.start < max(b.file_end, b.file_start + 1)), None)
            nxt = next((b for b in doc.blocks if b.file_start >= d.end), None)
            target = inside or nxt
            d.block = target.index if target else None
    opened: list[Directive] = []
    for d in sorted(directives, key=lambda d: d.start):
        if d.verb == "disable":
            opened.append(d)
        elif d.verb == "enable":
            match = next((o for o in reversed(opened) if o.codes == d.codes), None)
            if match is None:
                problems.append(_finding(doc, MALFORMED_SUPPRESSION, "enable[…] without a matching disable[…] of the same codes", d.start, d.end))
                d.used = -1
                continue
            match.range_end = d.start
            opened.remove(match)
            d.used = -1  # enable directives are never "unused"
    for o in opened:
        o.range_end = len(raw)
        problems.append(_finding(doc, UNTERMINATED_DISABLE, "disable[…] is never enabled again: it runs to the end of the file", o.start, o.end,
                                 f"add <!-- transqa: enable[{', '.join(sorted(o.codes))}] --> where it should end"))
    kept: list[Finding] = []
    suppressed = 0
    for f in findings:
        cover = _covering(f, directives)
        if cover is None:
            kept.append(f)
        else:
            cover.used += 1
            suppressed += 1
    for d in directives:
        if d.used == 0:
            problems.append(_finding(doc, UNUSED_SUPPRESSION, f"{d.verb}[{', '.join(sorted(d.codes))}] suppresses nothing", d.start, d.end,
                                     "remove the directive"))
    return kept, problems, suppressed


def _covering(f: Finding, directives: list[Directive]) -> Directive | None:
    for d in directives:
        if f.code not in d.codes:
            continue
        if d.verb == "file-ignore":
            return d
        if d.verb == "ignore" and d.block is not None and f.target_block == d.block:
            return d
        if d.verb == "disable" and f.target is not None and d.range_end is not None and d.end <= f.target.offset < d.range_end:
            return d
    return None
