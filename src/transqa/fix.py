"""Mechanical repairs, as a reviewable patch: only those whose outcome is certain.

A repair comes from a finding that carries one (`Finding.args`): a garbled name or a broken number
replaced by the certain spelling, a leaked placeholder deleted, an archived link unwrapped, a dropped
link put back around its anchor text when that text stands once, verbatim, in the Chinese paragraph.
The repaired text is checked again: a repair that would leave its finding or bring a new one is
dropped, so what is applied always removes findings and never adds any.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from transqa.config import Settings
from transqa.engine import Result, check_documents
from transqa.findings import Finding
from transqa.load.markdown import parse_markdown

_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@dataclass(frozen=True, slots=True)
class Edit:
    start: int  # raw offsets in the target file
    end: int
    text: str
    code: str
    what: str


def _delete_span(raw: str, s: int, e: int) -> tuple[int, int]:
    """Widen a deletion over the spaces that only separated the token from Chinese text."""
    left, right = s, e
    while left > 0 and raw[left - 1] == " ":
        left -= 1
    while right < len(raw) and raw[right] == " ":
        right += 1
    before = raw[left - 1] if left > 0 else ""
    after = raw[right] if right < len(raw) else ""
    if (not before or _CJK.match(before)) and (not after or _CJK.match(after)):
        return left, right
    if before and _CJK.match(before):
        return left, e
    return s, right if after and _CJK.match(after) else e


def edits_for(result: Result, finding: Finding) -> list[Edit]:
    raw = result.target.raw if result.target else ""
    args = dict(finding.args)
    t = finding.target
    if not args or t is None:
        return []
    if "replace" in args:
        return [Edit(t.offset, t.end_offset, args["replace"], finding.code, f"{t.text!r} → {args['replace']!r}")]
    if "delete" in args:
        s, e = _delete_span(raw, t.offset, t.end_offset)
        return [Edit(s, e, "", finding.code, f"delete {t.text!r}")]
    if "link-href" in args and result.target is not None and finding.target_block is not None:
        block = result.target.blocks[finding.target_block]
        anchor = args["link-anchor"].strip()
        if not anchor or block.text.count(anchor) != 1:
            return []  # the anchor is translated or ambiguous: a finding, not a repair
        i = block.text.index(anchor)
        if any(lk.start < i + len(anchor) and i < lk.end for lk in block.links):
            return []
        s = block.file_offset(i)
        e = block.file_offset(i + len(anchor) - 1) + 1
        if raw[s:e] != anchor:
            return []  # the anchor is not written plainly in the file (markup inside it)
        return [Edit(s, e, f"[{anchor}]({args['link-href']})", finding.code, f"link {anchor!r} to {args['link-href']}")]
    return []


def apply(raw: str, edits: list[Edit]) -> str:
    out = []
    pos = 0
    for ed in sorted(edits, key=lambda x: (x.start, x.end)):
        out.append(raw[pos : ed.start])
        out.append(ed.text)
        pos = ed.end
    out.append(raw[pos:])
    return "".join(out)


def _non_overlapping(edits: list[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    for ed in sorted(edits, key=lambda x: (x.start, x.end, x.code)):
        if kept and ed.start < kept[-1].end:
            continue
        kept.append(ed)
    return kept


def _fingerprints(findings: list[Finding]) -> list[str]:
    return sorted(f.fingerprint for f in findings)


@dataclass
class FixPlan:
    original: str
    repaired: str
    applied: list[Edit]
    remaining: list[Finding]


def plan(result: Result, settings: Settings | None = None) -> FixPlan:
    """The repairs of one checked pair, verified by checking the repaired text again."""
    assert result.target is not None
    raw = result.target.raw
    candidates = _non_overlapping([ed for f in result.findings for ed in edits_for(result, f)])
    before = result.findings

    def outcome(edits: list[Edit]) -> tuple[str, list[Finding]] | None:
        text = apply(raw, edits)
        again = check_documents(result.source, parse_markdown(result.target.path, text), settings).findings
        fixed_codes = [(e.code) for e in edits]
        old = _fingerprints(before)
        new = _fingerprints(again)
        remaining_old = list(old)
        for fp in new:
            if fp in remaining_old:
                remaining_old.remove(fp)
            else:
                return None  # a new finding: not a certain repair
        if len(before) - len(again) < len(fixed_codes):
            return None  # some repaired finding is still there
        return text, again

    got = outcome(candidates) if candidates else (raw, before)
    applied = candidates
    if got is None:  # fall back to the repairs that are right on their own
        applied = [ed for ed in candidates if outcome([ed]) is not None]
        got = outcome(applied) if applied else (raw, before)
        if got is None:
            applied, got = [], (raw, before)
    return FixPlan(raw, got[0], applied, got[1])


def _patch_lines(text: str) -> list[str]:
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def unified_diff(path: str, old: str, new: str) -> str:
    if old == new:
        return ""
    from transqa.escape import patch_path

    # lines end at "\n" only (str.splitlines also splits at \x0b, \x1c, U+2028…, which patch does not);
    # a file name with a newline or a control character is quoted as git quotes it
    lines = difflib.unified_diff(_patch_lines(old), _patch_lines(new), patch_path(f"a/{path}"), patch_path(f"b/{path}"))
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)
