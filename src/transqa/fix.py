"""Mechanical repairs, as a reviewable patch: only those whose outcome is certain.

A repair comes from a finding that carries one (`Finding.repairs`, typed `Repair`s with exact spans);
only *certain* repairs are applied (see `transqa.findings.Repair` and docs/rules.md): a name garbled
against the original's spelling, a tokenisation garble of a name the article writes whole elsewhere,
a broken number, leaked placeholder debris, an archived link unwrapped, a dropped link put back
around its anchor text when that text stands once, verbatim, in the Chinese paragraph. Suggestions
are reported and never applied. The repaired text is checked again: a set of repairs that would
bring a new finding, or leave as many findings of its rules as before, is dropped.
"""

from __future__ import annotations

import difflib
import os
import posixpath
from collections import Counter
from dataclasses import dataclass, replace

from transqa.config import Settings
from transqa.context import crowded, every_place_listed
from transqa.engine import check_documents
from transqa.findings import Finding, Repair, RepairKind
from transqa.load import parse
from transqa.model import LineIndex
from transqa.result import Result


@dataclass(frozen=True, slots=True)
class Edit:
    start: int  # raw offsets in the target file
    end: int
    text: str
    code: str  # the rule whose finding carries the repair
    what: str
    reported: str = ""  # the code check reports at the edit's place, when another (_reported_code): what fix names

    @property
    def named(self) -> str:
        """The code `fix` names the repair by: the one `check` reports at its place."""
        return self.reported or self.code


def edits_for(result: Result, finding: Finding) -> list[Edit]:
    """The certain repairs of a finding, as edits; suggestions are never applied."""
    raw = result.target.raw if result.target else ""
    out = []
    for r in finding.certain_repairs:
        if not (0 <= r.start <= r.end <= len(raw)) or raw[r.start : r.end] != r.old:
            continue  # the repair does not describe this file: never apply it
        out.append(Edit(r.start, r.end, r.text, finding.code, described(raw, r, result.target.lines if result.target else None)))
    return out


CONTEXT = 6  # the characters of the line quoted before (or after) a removed or inserted text


def described(raw: str, r: Repair, lines: LineIndex | None = None) -> str:
    """What `fix` says of a repair of `raw` (the target file's text), one line, deterministic, with its line (1-based):
    `removed '·' after '…书首席运营官' (line 12)`, `inserted ' ' after 'CMO' (line 3)` — up to CONTEXT characters
    of the line beside it, `…` where cut, `before …` at the line's start — `'pay TM' → 'Paytm' (line 4)`, `link …`.
    A bare `'·' → ''` said neither what went nor where (release 41, mend item 3). `lines` is raw's line index (the
    target Document's: \\n, \\r\\n and \\r end lines, as in every finding's place); built when not given."""
    index = lines if lines is not None else LineIndex(raw)
    line = index.position(r.start)[0]
    if r.kind is RepairKind.RELINK or (r.text and r.old):
        return f"{r.describe()} (line {line})"
    start = index.starts[line - 1]
    stop = _line_end(raw, index, index.position(r.end)[0])
    before = _side(raw, max(start, r.start - _WINDOW), r.start, start, r.start)
    after = _side(raw, r.end, min(stop, r.end + _WINDOW), r.end, stop)
    if before:
        beside = f"after {('…' if len(before) > CONTEXT else '') + before[-CONTEXT:]!r}"
    else:
        beside = f"before {after[:CONTEXT] + ('…' if len(after) > CONTEXT else '')!r}" if after else "alone on its line"
    verb = f"removed {r.old!r}" if not r.text else f"inserted {r.text!r}"
    return f"{verb} {beside} (line {line})"


_WINDOW = 64  # characters beside a repair read first: the whole line's side only when they hold CONTEXT or fewer


def _side(raw: str, s: int, e: int, line_s: int, line_e: int) -> str:
    """raw[line_s:line_e] stripped (a side of a repair on its line), read from the window raw[s:e] inside it when that
    holds more than CONTEXT characters once stripped: what is quoted, `…` and the CONTEXT characters next to the
    repair, is then the same, and a long line is not copied for every repair on it."""
    got = raw[s:e].strip()
    return got if len(got) > CONTEXT else raw[line_s:line_e].strip()


def _line_end(raw: str, index: LineIndex, line: int) -> int:
    """The offset of the end of a line (1-based) of raw, before its \\n, \\r\\n or \\r; len(raw) for the last."""
    if line >= len(index.starts):
        return len(raw)
    stop = index.starts[line] - 1
    return stop - 1 if raw[stop] == "\n" and stop > 0 and raw[stop - 1] == "\r" else stop


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


def _same(f: Finding, repaired: tuple[tuple[str, str], ...] = ()) -> tuple[str, str, str]:
    message = f.message
    for old, new in repaired:
        message = message.replace(old, new) if len(old) > 1 else message
    return (f.code, message, f.source.text if f.source else "")


def _new_findings(before: list[Finding], again: list[Finding], repaired: tuple[tuple[str, str], ...] = ()) -> list[Finding]:
    """The findings of `again` (a repaired text checked again) that are not in `before`, in the order of `again`.
    A finding is the same finding when its fingerprint is, or (its paragraph having been repaired: the fingerprint
    holds the target text) its code, message and source are; each finding of `before` stands for one of `again`.
    `repaired`: (old text, new text) of the edits made, read into the messages of `before` (a message that quotes the
    repaired text, an anchor's `614，000` now `614,000`, is the same finding: release 49's newcomer, TQA107 refused a
    right TQA207 repair); an old text of one character is not (a `.` of TQA513 is in many messages)."""
    old_fp = Counter(f.fingerprint for f in before)
    old_msg = Counter(_same(f, repaired) for f in before)
    new: list[Finding] = []
    for f in again:
        if old_fp[f.fingerprint] > 0:
            old_fp[f.fingerprint] -= 1
        elif old_msg[_same(f)] > 0:
            old_msg[_same(f)] -= 1
        else:
            new.append(f)
    return new


RECHECKS: Counter[str] = Counter()
"""How many times `plan` has checked a repaired text again ("text"), for tests that bound its work by counting."""


@dataclass
class FixPlan:
    original: str
    repaired: str
    applied: list[Edit]
    remaining: list[Finding]
    encoding: str = "utf-8"  # the target's, as it was read
    offered: int = 0  # the certain repairs the findings offered (applied: those whose repaired text checked clean)


def plan(result: Result, settings: Settings | None = None) -> FixPlan:
    """The repairs of one checked pair, verified by checking the repaired text again."""
    assert result.target is not None
    target = result.target
    raw = target.raw
    candidates = _non_overlapping([ed for f in result.findings for ed in edits_for(result, f)])
    before = result.findings

    last: list[list[Finding]] = [[]]  # the findings of the text outcome checked last

    def outcome(edits: list[Edit]) -> tuple[str, list[Finding]] | None:
        text = apply(raw, edits)
        RECHECKS["text"] += 1
        # read as the target was (a `.txt` one line a paragraph): read as Markdown, its lines joined into one paragraph
        # and TQA501 found there was a new finding that refused every repair (newcomer 37: a date line before a name)
        again = last[0] = check_documents(result.source, parse(target.path, text, target.format), settings).findings
        codes = {e.code for e in edits}
        repaired = tuple((raw[e.start : e.end], e.text) for e in edits)
        if _new_findings([f for f in before if f.code not in codes], [f for f in again if f.code not in codes], repaired):
            return None  # a new finding of another rule: not a certain repair
        for code in codes:
            n_before = sum(1 for f in before if f.code == code)
            n_after = sum(1 for f in again if f.code == code)
            n_after_repairs = sum(len(f.certain_repairs) for f in again if f.code == code)
            n_before_repairs = sum(len(f.certain_repairs) for f in before if f.code == code)
            if n_after > n_before or (n_after == n_before and n_after_repairs >= n_before_repairs):
                return None  # the repairs removed nothing of their own rule
        return text, again

    def right(edits: list[Edit]) -> list[Edit]:
        """The edits of a non-empty group that are right, found by halving (HOSTILE25 #1: one check of the whole
        article per candidate made `fix` quadratic in its length): a group whose outcome is certain is kept whole,
        as the first check keeps every candidate; a rejected single edit is dropped. One rejected edit among n
        costs about 2·log2(n) checks instead of n."""
        if outcome(edits) is not None:
            return edits
        half = len(edits) // 2
        return right(edits[:half]) + right(edits[half:]) if half else []

    got = outcome(candidates) if candidates else (raw, before)
    applied = candidates
    if got is None:  # fall back to the repairs that are right on their own, or in groups found by halving: first
        # those on a line where the check of them all found nothing new, as one group, then the others
        suspects = _suspects(raw, target.lines, candidates, before, last[0])
        suspected = set(suspects)
        others = [ed for ed in candidates if ed not in suspected]
        half = len(suspects) // 2
        halves = [others, suspects] if others else [suspects[:half], suspects[half:]]
        applied = sorted((ed for part in halves if part for ed in right(part)), key=lambda x: (x.start, x.end, x.code))
        got = outcome(applied) if applied else (raw, before)
        if got is None:
            applied, got = [], (raw, before)
    at = _reported_at(before)
    remaining = got[1]
    if crowded(remaining):  # found with every place listed (transqa.service.fix_one): what remains, as check reports it
        with every_place_listed(False):
            remaining = check_documents(result.source, parse(target.path, got[0], target.format), settings).findings
    return FixPlan(raw, got[0], [replace(ed, reported=_reported_code(ed, at)) for ed in applied], remaining,
                   target.metadata.get("encoding", "utf-8"), len(candidates))


def _suspects(raw: str, index: LineIndex, edits: list[Edit], before: list[Finding], again: list[Finding]) -> list[Edit]:
    """The edits that may have made the check of them all fail: those on a line where it found a finding that was
    not there before (by fingerprint, or message and source), or of a rule it found no fewer of. Every edit when one
    adds or removes a line (the lines of the two texts then differ). `index` is raw's line index (the findings')."""
    if any(c in ed.text or c in raw[ed.start : ed.end] for ed in edits for c in "\n\r"):
        return edits
    lines: set[int] = set()
    for f in _new_findings(before, again):
        lines.update(range(f.target.line, f.target.end_line + 1) if f.target is not None else [-1])
    if -1 in lines:
        return edits
    stuck = {c for c in {ed.code for ed in edits} if sum(f.code == c for f in again) >= sum(f.code == c for f in before)}
    return [ed for ed in edits if ed.code in stuck or index.position(ed.start)[0] in lines]


def _reported_at(findings: list[Finding]) -> dict[tuple[int, int], list[str]]:
    """The codes reported at each target span, indexed once (HOSTILE25 #2: a scan of every finding per edit)."""
    at: dict[tuple[int, int], list[str]] = {}
    for f in findings:
        if f.target is not None:
            at.setdefault((f.target.offset, f.target.end_offset), []).append(f.code)
    return at


def _reported_code(ed: Edit, at: dict[tuple[int, int], list[str]]) -> str:
    """The code `check` reports at the edit's place: a TQA302 finding lists every other spelling of a name in the
    article and carries the repair of each, while `check` reports one of them (`mail . ru` further down) as TQA315;
    `fix` then said TQA302 for what the report called TQA315. The carrier's own code when it is reported there."""
    codes = at.get((ed.start, ed.end), [])
    return ed.code if not codes or ed.code in codes else codes[0]


def _patch_lines(text: str) -> list[str]:
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def diff_name(path: str) -> str:
    """The file's name in a diff's a/ and b/ headers: relative names as given, without `.` steps (`./x.md` → `x.md`);
    a name that leaves the current folder (`../x.md`: `patch` and `git apply` refuse a `..` step) is named from
    the root, as an absolute one is, without its leading "/" as in `git diff --no-index` (a/tmp/x, not a//tmp/x),
    so `patch -p1 -d /` (or `git apply` run from the root) applies it."""
    if path == "-":
        return path
    name = posixpath.normpath(path.replace(os.sep, "/"))
    if name == ".." or name.startswith("../"):
        folder, base = os.path.split(path)
        name = os.path.join(os.path.realpath(folder), base).replace(os.sep, "/")
    return name.lstrip("/") or name


def through_link(path: str) -> str:
    """The file a symbolic link resolves to, for the diff's headers (`--write` writes through the link): `patch`
    refuses a link ("not a regular file") and `git apply` does not apply a text diff to one. Named relative to the
    current folder when given relative (diff_name names one outside it from the root), else absolute."""
    if path == "-" or not os.path.islink(path):
        return path
    real = os.path.realpath(path)
    return real if os.path.isabs(path) else os.path.relpath(real)


def unified_diff(path: str, old: str, new: str) -> str:
    if old == new:
        return ""
    from transqa.escape import patch_path

    # lines end at "\n" only (str.splitlines also splits at \x0b, \x1c, U+2028…, which patch does not);
    # a file name with a newline or a control character is quoted as git quotes it
    # a name holding a space ends in a TAB, as `git diff` writes it: GNU patch reads a header's name up to a TAB
    # (the date's place) and, without one, up to the first space ("can't find file to patch")
    name = diff_name(path)
    tab = "\t" if " " in name else ""
    a, b = (patch_path(f"{side}/{name}") + tab for side in "ab")
    lines = difflib.unified_diff(_patch_lines(old), _patch_lines(new), a, b)
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def file_diff(path: str, old: str, new: str, encoding: str = "utf-8") -> bytes | None:
    """The diff of a file named `path` (as its headers name it) in bytes that apply to the file as it is, given
    the `encoding` it was read in (Document.metadata): UTF-8, with the file's BOM as part of line 1 when it has
    one (HOSTILE25 #3: without it, neither patch nor git apply took the diff), or a legacy encoding (GB18030,
    Big5). None when no diff can apply to the file's bytes: UTF-16 and UTF-32 (patch and git apply read bytes
    as text lines), or repairs the legacy encoding cannot write."""
    from transqa.load.decode import ASCII_LEGACY

    enc = encoding.lower()
    if "utf-16" in enc or "utf-32" in enc:
        return None
    bom = "\ufeff" if enc == "utf-8-sig" else ""
    text = unified_diff(path, bom + old, bom + new)
    try:
        return text.encode(enc if enc in ASCII_LEGACY else "utf-8", "strict" if enc in ASCII_LEGACY else "surrogateescape")
    except UnicodeEncodeError:
        return None


def diff_output(path: str, old: str, new: str, on_terminal: bool, encoding: str = "utf-8") -> bytes:
    """`transqa fix`'s diff as written to standard output: on a terminal, article text with its control
    characters (ANSI/OSC sequences, bidirectional controls) escaped, as the reports show it; else byte-exact
    for `patch` as file_diff writes it (the target's BOM, or its legacy encoding), UTF-8 otherwise (UTF-16, which
    patch cannot read, included)."""
    from transqa.escape import terminal

    name = through_link(path)
    if on_terminal:
        return terminal(unified_diff(name, old, new)).encode("utf-8", "surrogateescape")
    exact = file_diff(name, old, new, encoding) if path != "-" else None
    return exact if exact is not None else unified_diff(name, old, new).encode("utf-8", "surrogateescape")
