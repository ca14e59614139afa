"""Suppression directives in the Chinese Markdown, in HTML comments (invisible once rendered):

    <!-- transqa: ignore[TQA201, name-garbled] reason -->    the next block (or, inside a block, that block)
    <!-- transqa: disable[TQA501] reason --> … <!-- transqa: enable[TQA501] -->    a range
    <!-- transqa: file-ignore[TQA5] reason -->    the whole file (prefixes allowed here only)

A comment inside a fenced or indented code block is shown as text, not a directive. No blanket forms. Unused directives are TQA900, malformed ones TQA901, a disable never enabled
again TQA902 (it then runs to the end of the file).
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from transqa.checks.meta import MALFORMED_SUPPRESSION, UNTERMINATED_DISABLE, UNUSED_SUPPRESSION
from transqa.findings import Finding, Location
from transqa.model import Document
from transqa.registry import Rule, nearest, resolve, rules

_OPENER = re.compile(r"<!--\s*transqa\s*:")
_FORM = re.compile(r"^\s*(?P<verb>[a-z-]+)\s*(?:\[(?P<codes>[^\]]*)\])?(?P<reason>.*)$", re.DOTALL)
_PREFIX = re.compile(r"^TQA\d{1,2}$")
UNSUPPRESSIBLE = "TQA9"  # the meta rules that police suppressions (and internal errors) cannot be silenced by one
_UNSUPPRESSIBLE_WHY = "the TQA9xx rules report the directives' own problems and internal errors: no directive hides them"
_BARE_CODE = r"(?:TQA\d{1,3}|[a-z]+(?:-[a-z]+)+)"  # a rule's code or name, as `ignore TQA302` writes it without brackets
_BARE_CODES = re.compile(rf"^\s*({_BARE_CODE}(?:\s*,\s*{_BARE_CODE})*)(?=\s|$)", re.IGNORECASE)


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
            if r.code.startswith(UNSUPPRESSIBLE):
                bad.append(f"{r.code} cannot be suppressed ({_UNSUPPRESSIBLE_WHY})")
            else:
                out.add(r.code)
        elif _PREFIX.match(e.upper()) and any(c.startswith(e.upper()) for c in table):
            live = [c for c in table if c.startswith(e.upper()) and not c.startswith(UNSUPPRESSIBLE)]
            if not live:  # ignore[TQA9] said "TQA9 is not a rule": it names the meta category, which no directive hides
                bad.append(f"{e} cannot be suppressed: it is a prefix of the meta category {UNSUPPRESSIBLE}xx "
                           f"({_UNSUPPRESSIBLE_WHY})")
            elif allow_prefix:
                out.update(live)
            else:
                bad.append(f"{e} is a prefix of rules, not a rule: ignore[…] and disable[…] name codes or names; "
                           "prefixes go in file-ignore[…]")
        else:
            bad.append(f"{e} is not a rule{_nearest(e)}")
    return frozenset(out), bad


def _nearest(entry: str) -> str:
    """` (nearest: TQA301, TQA311, TQA011)` for an entry that names no rule, the codes `registry.nearest` gives as for
    --select, those a directive cannot hide (TQA9xx) left out; "" when none is near."""
    near = [n for n in nearest(entry, 6) if not re.search(rf"\b{UNSUPPRESSIBLE}\d", n)][:3]
    return f" (nearest: {', '.join(near)})" if near else ""


def _finding(doc: Document, rule: Rule, message: str, start: int, end: int, suggestion: str | None = None) -> Finding:
    loc: Location = doc.file_location(start, end)
    return Finding(rule.code, rule.name, rule.category, rule.severity, message, None, loc, suggestion)


def _directive_spans(raw: str) -> list[tuple[int, int, int]]:
    """(start, start of the body, end) of each `<!-- transqa: … -->`, in one pass: a directive ends at
    the first `-->` after its opener, and when there is none no later opener can close either (a regular
    expression rescanned to the end of the file from every unclosed opener: quadratic)."""
    spans: list[tuple[int, int, int]] = []
    i = raw.find("<!--")
    while i >= 0:
        m = _OPENER.match(raw, i)
        if m is None:
            i = raw.find("<!--", i + 1)
            continue
        close = raw.find("-->", m.end())
        if close < 0:
            break
        spans.append((i, m.end(), close + 3))
        i = raw.find("<!--", close + 3)
    return spans


def apply_suppressions(doc: Document, findings: list[Finding], ran: AbstractSet[str] | None = None,
                       ) -> tuple[list[Finding], list[Finding], int]:
    """(kept findings, directive findings TQA900-902, number suppressed). `ran`: the codes of the rules that ran on the
    document (None: every rule); a directive naming a rule that did not run is never reported unused (TQA900)."""
    directives, problems = _parse_directives(doc)
    _place_ignores(doc, directives)
    problems.extend(_pair_ranges(doc, directives))
    kept, suppressed = _suppress(findings, directives)
    problems.extend(_unused(doc, directives, ran))
    return kept, problems, suppressed


def _code_test(doc: Document) -> Callable[[int], bool]:
    """Whether a file offset lies in a fenced or indented code block, from the blocks the Markdown parser
    found (kind "code", in file order): a binary search, no second scan of the text."""
    code = [b for b in doc.blocks if b.kind == "code"]
    starts = [b.file_start for b in code]

    def inside(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < code[k].file_end

    return inside


def _parse_directives(doc: Document) -> tuple[list[Directive], list[Finding]]:
    """The well-formed directives of `doc`, and a TQA901 finding for each malformed one, in file order."""
    directives: list[Directive] = []
    problems: list[Finding] = []
    in_code = _code_test(doc)
    for start, body_start, end in _directive_spans(doc.raw):
        if in_code(start):  # shown as text once rendered: an article quoting a snippet, not a directive
            continue
        parsed = _parse_directive(doc, start, body_start, end)
        if isinstance(parsed, Directive):
            directives.append(parsed)
        else:
            problems.append(parsed)
    return directives, problems


def _parse_directive(doc: Document, start: int, body_start: int, end: int) -> Directive | Finding:
    """One `<!-- transqa: … -->` as a Directive, or the TQA901 finding saying why it is malformed."""
    raw = doc.raw
    body = raw[body_start:end - 3]
    text = raw[start:end]
    form = _FORM.match(body)
    verb = form.group("verb") if form else ""
    if not form or verb not in ("ignore", "disable", "enable", "file-ignore"):
        return _finding(doc, MALFORMED_SUPPRESSION, f"unknown directive {text[:60]!r}", start, end,
                        "use ignore[CODES], disable[CODES], enable[CODES] or file-ignore[CODES]")
    if form.group("codes") is None:
        bare = _BARE_CODES.match(form.group("reason"))
        if bare:  # `ignore TQA302`: the rules are there, without their brackets
            named = ", ".join(c.strip() for c in bare.group(1).split(","))
            return _finding(doc, MALFORMED_SUPPRESSION, f"“{verb} {named}”: the rules go in brackets, {verb}[{named}]", start, end,
                            f"write <!-- transqa: {verb}[{named}] reason -->")
        opened = form.group("reason").strip()
        if opened.startswith("["):  # `ignore[TQA204 -->`: the rules are named, the bracket is not closed (newcomer 24 item 7)
            named = opened[1:].strip()[:60]
            return _finding(doc, MALFORMED_SUPPRESSION, f"“{verb}[{named}”: the bracket is not closed, so no rule is suppressed",
                            start, end, f"close it: {verb}[{named or 'CODES'}]")
        return _finding(doc, MALFORMED_SUPPRESSION, f"“{verb}” names no rules: write {verb}[CODES] (a blanket {verb} is not allowed)",
                        start, end, f"name the rules: {verb}[TQA201, …]")
    codes, bad = _codes(form.group("codes").split(","), verb == "file-ignore")
    if bad or not codes:
        # sorted: a frozenset's order follows the per-process string hash (HOSTILE28 #5: another report every run)
        unused = f" (so none of {', '.join(sorted(codes))} is suppressed either)" if bad and codes else ""
        return _finding(doc, MALFORMED_SUPPRESSION, f"{verb}[…]: {'; '.join(bad) or 'no rules named'}{unused}", start, end,
                        "see: transqa rules")
    return Directive(verb, codes, start, end, form.group("reason").strip())


def _place_ignores(doc: Document, directives: list[Directive]) -> None:
    """Set the block each ignore[…] applies to: the block it sits inside, else the next one."""
    # blocks are in file order: a binary search per directive, not a scan of every block
    starts = [b.file_start for b in doc.blocks]
    for d in directives:
        if d.verb == "ignore":
            k = bisect.bisect_right(starts, d.start) - 1
            inside = None
            if k >= 0:
                b = doc.blocks[k]
                inside = b if d.start < max(b.file_end, b.file_start + 1) else None
            k = bisect.bisect_left(starts, d.end)
            nxt = doc.blocks[k] if k < len(starts) else None
            target = inside or nxt
            d.block = target.index if target else None


def _pair_ranges(doc: Document, directives: list[Directive]) -> list[Finding]:
    """Close each disable[…] at its matching enable[…] (or the end of the file); TQA901/TQA902 findings."""
    problems: list[Finding] = []
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
        o.range_end = len(doc.raw)
        problems.append(_finding(doc, UNTERMINATED_DISABLE, "disable[…] is never enabled again: it runs to the end of the file", o.start, o.end,
                                 f"add <!-- transqa: enable[{', '.join(sorted(o.codes))}] --> where it should end"))
    return problems


def _suppress(findings: list[Finding], directives: list[Directive]) -> tuple[list[Finding], int]:
    """(the findings no directive covers, how many were suppressed); counts each directive's uses. A finding is
    suppressed by the first directive (in the list's order) that covers it."""
    kept: list[Finding] = []
    suppressed = 0
    for f, i in zip(findings, _first_covering(findings, directives), strict=True):
        if i is None:
            kept.append(f)
        else:
            directives[i].used += 1
            suppressed += 1
    return kept, suppressed


def _first_covering(findings: list[Finding], directives: list[Directive]) -> list[int | None]:
    """For each finding, the index of the first directive that covers it (None for none): a file-ignore of its code,
    an ignore of its code on its block, a disable range of its code holding its offset. Indexed by code and block,
    the ranges swept in offset order: every finding once scanned every directive of its code (HOSTILE28 #4: 8,000
    paragraphs with an ignore each took 19 CPU s, 14 times 1,000's)."""
    whole: dict[str, int] = {}
    ignores: dict[tuple[str, int], int] = {}
    ranges: dict[str, list[tuple[int, int, int]]] = {}  # code → (start, end, directive index)
    for i, d in enumerate(directives):
        for c in d.codes:
            if d.verb == "file-ignore":
                whole.setdefault(c, i)
            elif d.verb == "ignore" and d.block is not None:
                ignores.setdefault((c, d.block), i)
            elif d.verb == "disable" and d.range_end is not None:
                ranges.setdefault(c, []).append((d.end, d.range_end, i))
    first: list[int | None] = []
    placed: dict[str, list[tuple[int, int]]] = {}  # code → (offset, finding index), for the findings with a place
    for j, f in enumerate(findings):
        got = [k for k in (whole.get(f.code), ignores.get((f.code, f.target_block)) if f.target_block is not None
                           else None) if k is not None]
        first.append(min(got) if got else None)
        if f.target is not None and f.code in ranges:
            placed.setdefault(f.code, []).append((f.target.offset, j))
    for code, spots in placed.items():
        for j, k in _in_ranges(sorted(ranges[code]), sorted(spots)):
            here = first[j]
            first[j] = k if here is None else min(here, k)
    return first


def _in_ranges(ranges: list[tuple[int, int, int]], spots: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(finding index, the least directive index of the ranges start <= offset < end) for each spot (offset, finding
    index) some range holds; both lists sorted. The ranges begun so far wait in a heap by directive index; one whose
    end the offsets have passed is dropped when it comes to the top (the offsets only grow)."""
    waiting: list[tuple[int, int]] = []  # (directive index, end)
    k = 0
    for offset, j in spots:
        while k < len(ranges) and ranges[k][0] <= offset:
            heapq.heappush(waiting, (ranges[k][2], ranges[k][1]))
            k += 1
        while waiting and waiting[0][1] <= offset:
            heapq.heappop(waiting)
        if waiting:
            yield j, waiting[0][0]


def _unused(doc: Document, directives: list[Directive], ran: AbstractSet[str] | None = None) -> list[Finding]:
    """A TQA900 finding for each directive that suppressed nothing, of those whose every rule ran (`ran`, None: all):
    `ignore[TQA101]` in a translation checked alone, where the pair rule TQA101 does not run, may hide a finding of the
    pair; reported unused, it failed a `fail-on = "warning"` gate, and removing it brought the finding back in pair
    mode (newcomer of release 44, item 4). A prefix (`file-ignore[TQA1]`) names every rule it covers."""
    return [_finding(doc, UNUSED_SUPPRESSION, f"{d.verb}[{', '.join(sorted(d.codes))}] suppresses nothing", d.start, d.end,
                     "remove the directive")
            for d in directives if d.used == 0 and (ran is None or d.codes <= ran)]
