"""The human report: a rich terminal report grouped by paragraph (the concise form is report/concise.py)."""

from __future__ import annotations

import bisect
import io
import re
import shlex
from collections import Counter
from collections.abc import Mapping

from rich.cells import cell_len
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from transqa.errors import STDIN_NAME
from transqa.escape import below_here, counted, line_safe, terminal, visible
from transqa.findings import Finding, Location
from transqa.lang.transliterate import written_as_star
from transqa.model import Block
from transqa.registry import Rule, not_checked_alone, rules
from transqa.report.header import matched_line
from transqa.report.wrap import CJKText, wrap_paths
from transqa.result import Result, hidden_parts

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
EXCERPT = 320
"""The most of a long paragraph a box shows, in display cells (a Han character two, a Latin letter one): 160 Chinese
characters, as before it was counted in characters, and as much room for the English beside it, which 160 characters
cut at about half (newcomer 26 item 9: `…below 120 met…` beside the whole Chinese)."""
AROUND = 100  # cells kept before the first mark and after the last one (50 Chinese characters, as before)
# a Latin word or number, with the marks inside it (3.5, 1,400, Seattle-based, Kestrel’s, Mail.ru): never cut inside
_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F]+(?:[.,'’&-][0-9A-Za-z\u00C0-\u024F]+)*")


def _summary(findings: list[Finding], baselined: int = 0, suppressed: int = 0, boxes: int = 0, folded: int = 0) -> str:
    """`1 error, 2 warnings`, and what the baseline and suppression directives hid (a newcomer's `check --baseline`
    said "no findings" with no word of the findings the baseline had hidden). `findings`: all the result's, counted
    as HTML, JSON, concise and --fail-on count them; when `folded` of them are listed on `also at` lines under the
    first place of the same finding, where they are shown: `3 warnings (shown in 1 box; 2 on “also at” lines)`
    (newcomer 35: `3 warnings` above one warning `also at 15:1, 17:14`). `boxes`: how many boxes the report draws."""
    sev = Counter(str(f.severity) for f in findings)
    parts = [counted(sev[s], s) for s in ("error", "warning", "info") if sev[s]]
    hid = hidden_parts(baselined, suppressed)
    if folded:
        hid.insert(0, f"shown in {boxes} box{'' if boxes == 1 else 'es'}; {folded} on "
                      + ("an “also at” line" if folded == 1 else "“also at” lines"))
    return (", ".join(parts) if parts else "no findings") + (f" ({'; '.join(hid)})" if hid else "")


WHOLE = 12  # a span over (nearly) all of a block longer than this is listed, not marked (it would mark everything)


def _as_written(block: Block, raw: str) -> str:
    """The block's text with each `·` the loader read from an asterisk of the file (`阿卜杜勒*哈米德`, load.positions)
    written back as that asterisk: the report quotes the file, where TQA326 says the asterisk stands (newcomer 36).
    `raw`: the file text the block's offsets index ("" leaves the text as it is)."""
    text = block.text
    if not raw or "·" not in text:
        return text
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch == "·" and written_as_star(block, raw, i):
            chars[i] = raw[block.file_offset(i)]
    return "".join(chars)


def _excerpt(block: Block, marks: list[Location], style: str, plain: bool = True, raw: str = "") -> Text:
    """The block's text as the file writes it (`_as_written`) with the marked spans highlighted, shortened around them
    when long."""
    text = visible(_as_written(block, raw))  # no raw ESC/OSC from the article reaches the terminal
    spans: list[tuple[int, int]] = []
    offsets = block.offsets
    n = len(offsets) - 1  # the offsets are in file order: a binary search per mark, not a scan (25,000 marks took minutes)
    for loc in marks:
        # map the file location back into the block's text
        s = bisect.bisect_left(offsets, loc.offset, 0, n)
        if s >= n:
            continue
        e = bisect.bisect_left(offsets, loc.end_offset, 0, n)
        e = len(text) if e >= n else e
        e = max(e, s + (1 if loc.end_offset > loc.offset else 0))
        if len(text) > WHOLE and e - s >= 0.9 * len(text):
            continue
        spans.append((s, e))
    lo, hi = _window(text, spans)
    out = Text(overflow="fold")
    if lo > 0:
        out.append("…", style="dim")
    if plain:  # no colours: mark the spans with brackets
        pos = lo
        for s, e in sorted(set(spans)):
            s2, e2 = max(s, lo, pos), min(e, hi)
            if e2 <= s2:
                continue
            out.append(text[pos:s2])
            out.append("⟦" + text[s2:e2] + "⟧")
            pos = e2
        out.append(text[pos:hi])
    else:
        out.append(text[lo:hi])
        shift = 1 if lo > 0 else 0
        for s, e in spans:
            s2, e2 = max(s, lo), min(e, hi)
            if e2 > s2:
                out.stylize(style, s2 - lo + shift, e2 - lo + shift)
    if hi < len(text):
        out.append("…", style="dim")
    return out


def _cells_from(text: str, at: int, cells: int, step: int) -> int:
    """The offset `cells` display cells from `at` (forwards for step 1, backwards for -1), within the text."""
    if step > 0:
        while at < len(text) and cells > 0:
            cells -= cell_len(text[at])
            at += 1
    else:
        while at > 0 and cells > 0:
            at -= 1
            cells -= cell_len(text[at])
    return at


# The punctuation that ends the sentence or clause before a window's start (`…. In retrospect`: the ellipsis, then the
# previous sentence's full stop): left out after the ellipsis, as are spaces. Opening quotes and brackets stay.
_CLOSING = frozenset(".,;:!?)]}”’。，、；：！？）】」』》")


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The part of a long paragraph a box shows: at most EXCERPT display cells, from AROUND cells before the first
    mark, cut between two words of Latin script (Han text anywhere), with no space nor closing punctuation
    (`_CLOSING`) at its start; the whole paragraph when it fits."""
    if cell_len(text) <= EXCERPT:
        return 0, len(text)
    first = min((s for s, _ in spans), default=0)  # no mark: the window starts at 0, as one at 0 would
    last = max((e for _, e in spans), default=0)
    lo = _cells_from(text, first, AROUND, -1)
    hi = max(_cells_from(text, last, AROUND, 1), _cells_from(text, lo, EXCERPT, 1))
    if (w := _word_at(text, lo)) is not None:  # after the cut word, unless the first mark is in it
        lo = w[1] if w[1] <= first else w[0]
    while 0 < lo < first and (text[lo] == " " or text[lo] in _CLOSING):  # not `…. In retrospect` (newcomer 38 item 11)
        lo += 1
    if (w := _word_at(text, hi)) is not None:  # before it, unless the last mark is in it
        hi = w[0] if w[0] >= last else w[1]
    return lo, len(text[:hi].rstrip()) if hi < len(text) else hi


def _word_at(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the Latin word or number that a cut at `at` would split, or None (a cut between two words,
    or beside a Han character)."""
    if not 0 < at < len(text):
        return None
    for m in _WORD.finditer(text, max(0, at - 200), min(len(text), at + 200)):
        if m.start() < at < m.end():
            return m.start(), m.end()
        if m.start() >= at:
            break
    return None


def _groups(r: Result) -> list[tuple[tuple[int, int], list[Finding]]]:
    """The findings by paragraph, each paragraph once: by alignment bead when there is an original
    (a finding about an omitted paragraph goes with that paragraph's empty bead, not with the
    neighbour its position points at), else by target block. Document-wide findings come last."""
    s_bead = {i: k for k, b in enumerate(r.beads) for i in b.source}
    t_bead = {j: k for k, b in enumerate(r.beads) for j in b.target}

    def key(f: Finding) -> tuple[int, int]:
        if r.source is None:
            return (0, f.target_block) if f.target_block is not None else (1, 0)
        sb = s_bead.get(f.source_block) if f.source_block is not None else None
        if sb is not None and not r.beads[sb].target:
            return (0, sb)
        tb = t_bead.get(f.target_block) if f.target_block is not None else None
        if tb is not None:
            return (0, tb)
        return (0, sb) if sb is not None else (1, 0)

    groups: dict[tuple[int, int], list[Finding]] = {}
    for f in r.findings:
        groups.setdefault(key(f), []).append(f)
    return sorted(groups.items())


def _repeats(groups: list[tuple[tuple[int, int], list[Finding]]]) -> dict[int, list[Finding]]:
    """The same finding repeated within one paragraph's box (same rule, same text, same suggestion): the first keeps
    it and lists the others on its `also at` line (id → repeats). Never across boxes: each paragraph's box marks and
    lists its own findings (newcomer 42: an unclosed `（` of paragraph 21 folded into paragraph 19's box as
    `also at 21:14` left box 21 without its mark)."""
    first: dict[tuple[tuple[int, int], str, str, str], Finding] = {}
    again: dict[int, list[Finding]] = {}
    for key, fs in groups:
        for f in fs:
            if f.suggestion is None or f.target is None:
                continue
            k = (key, f.code, f.suggestion, f.target.text)
            if k in first:
                again.setdefault(id(first[k]), []).append(f)
            else:
                first[k] = f
    return again


def _finding_lines(f: Finding, more: list[Finding], with_source: bool) -> list[Text]:
    line = CJKText()
    loc = f.target or f.source
    line.append(f"{loc.line}:{loc.column} " if loc else "", style="dim")
    line.append(f.code + " ", style="bold")
    line.append(f"{f.severity} ", style=SEVERITY_STYLE[str(f.severity)])
    line.append(terminal(f.message))
    if f.source and f.target and with_source:
        line.append(f"  (EN {f.source.line}:{f.source.column})", style="dim")
    out: list[Text] = [line]
    if more:
        out.append(Text("    also at " + ", ".join(f"{m.target.line}:{m.target.column}" for m in more if m.target), style="dim"))
    if f.suggestion:
        out.append(CJKText("    → " + terminal(f.suggestion), style="green"))
    return out


def _title(r: Result, key: tuple[int, int], fs: list[Finding]) -> str:
    """A short box title that fits at 60 columns: the line numbers on both sides (paths are in the header)."""
    if key[0] == 1:
        return "whole article"
    if r.source is None or r.target is None:
        return f"ZH line {_line_of(r.target.blocks[key[1]], fs)}" if r.target is not None else ""
    bead = r.beads[key[1]]
    zh = ",".join(str(_line_of(r.target.blocks[j], fs)) for j in bead.target)
    en = ",".join(str(r.source.blocks[i].line) for i in bead.source)
    if not zh:  # an omitted paragraph: the place its findings give in the translation, as their lines do
        near = sorted({f.target.line for f in fs if f.target is not None})
        where = f" ({_relation(r, key[1], fs)} line {','.join(map(str, near))})" if near else ""
        return f"ZH missing{where}  ↔  EN line {en or '–'}"
    return f"ZH line {zh}  ↔  EN line {en or '–'}"


def _line_of(block: Block, fs: list[Finding]) -> int:
    """The line a box title names for a translated paragraph: the first line of its findings in it, else its first
    line (newcomer 35: a paragraph opening with an image line 5 was titled `ZH line 5` above a finding at 6:7)."""
    return min((f.target.line for f in fs if f.target is not None and f.target_block == block.index), default=block.line)


def _relation(r: Result, bead: int, fs: list[Finding]) -> str:
    """How an omitted paragraph's place stands to the lines its findings give: where each is an empty place (TQA001's
    insertion place), `before` when a translated paragraph follows the bead (the place is its start) and `after` when
    none does (the end of the last one); else `near` (a box title said `near line 7` of a place before line 7)."""
    if not all((t.end_line, t.end_column) == (t.line, t.column) for t in (f.target for f in fs) if t is not None):
        return "near"
    return "before" if any(b.target for b in r.beads[bead + 1:]) else "after"


def _side(blocks: list[Block], fs: list[Finding], target: bool, empty: str, color: bool, raw: str = "") -> Text:
    if not blocks:
        return Text(empty, style="dim")
    out = CJKText()
    for n, b in enumerate(blocks):
        marks = [f.target if target else f.source for f in fs
                 if (f.target_block if target else f.source_block) == b.index and (f.target if target else f.source)]
        if n:
            out.append("\n\n")
        out.append_text(_excerpt(b, [m for m in marks if m is not None], "reverse", not color, raw))
    return out


def _box(r: Result, key: tuple[int, int], fs: list[Finding], repeats: dict[int, list[Finding]], color: bool) -> Panel:
    src, tgt = r.source, r.target
    assert tgt is not None
    grid = Table.grid(expand=True, padding=(0, 2))
    marked = fs + [m for f in fs for m in repeats.get(id(f), [])]  # the places on `also at` lines are marked too
    if key[0] == 1:
        grid.add_column("", overflow="fold")
    elif src is not None:
        bead = r.beads[key[1]]
        grid.add_column("EN", ratio=1, overflow="fold")
        grid.add_column("ZH", ratio=1, overflow="fold")
        grid.add_row(_side([src.blocks[i] for i in bead.source], marked, False, "(no source)", color),
                     _side([tgt.blocks[j] for j in bead.target], marked, True, "(no translation)", color, tgt.raw))
    else:
        grid.add_column("ZH", overflow="fold")
        grid.add_row(_side([tgt.blocks[key[1]]], marked, True, "", color, tgt.raw))
    lines = [x for f in fs for x in _finding_lines(f, repeats.get(id(f), []), src is not None)]
    # the title as Text: a str would be read as markup, which loads rich's emoji table (a tenth of a cold check)
    return Panel(Group(grid, Text(""), *lines), title=Text(_title(r, key, fs)), title_align="left", expand=True)


# the way to the original when the translation's `> 原文：` header names it (the archive's articles all do)
_FETCH_HINT = "Its 原文 header names the original: add --fetch-source to fetch it from the Wayback Machine and check the pair."


def _original_hint(console: Console, r: Result, width: int) -> None:
    """Under a translation checked alone, the way to its original: the file beside it named as one (`slug.en.md`) and
    the command that checks the pair, on a line of its own never wrapped (a command to copy; newcomer 35: a saved
    report advised only --fetch-source, which the notice on standard error bettered); else the 原文 header's
    --fetch-source (newcomer 25 item 6), or, when --fetch-source was given and the original could not be had, why (it
    advised the option given, mend19 item 5); else nothing."""
    if r.beside is not None:
        console.print(Text(wrap_paths(f"{line_safe(r.beside[0])} beside it looks like its original, not used unless named: "
                                      "check the pair with", width), style="yellow"), soft_wrap=True)
        console.print(Text(line_safe(r.beside[1]), no_wrap=True, overflow="ignore"), soft_wrap=True)
    elif r.unfetched is not None:
        console.print(Text(line_safe(f"--fetch-source: {r.unfetched}; the translation was checked alone."), style="yellow"))
    elif r.target is not None and r.target.metadata.get("source_url"):
        console.print(Text(_FETCH_HINT, style="yellow"))


def render_text(results: list[Result], width: int = 80, color: bool = False, quiet: bool = False) -> str:
    """For translators: each paragraph with findings once, the English and the Chinese side by side
    (each paragraph of the alignment bead), the spans marked, then its findings; fits 60+ columns. `quiet` (-q on
    standard output): the boxes only, under the `transqa check …` line of each pair with findings when several pairs
    are reported (newcomer29 #12: a clean pair printed three lines under -q, "only the findings")."""
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system="standard" if color else None, force_terminal=color,
                      no_color=not color, highlight=False, emoji=False, soft_wrap=False)
    table = rules()
    # a file that could not be read is named once, by check's `transqa: error:` line on standard error (as in the
    # concise format): not again here under a header of its own (newcomer 24b item 10: `check bin.zh.md clean.zh.md`)
    checked = [r for r in results if r.error is None]
    for r in checked:
        tgt, src = r.target, r.source
        if quiet:
            _quiet_result(console, r, width, len(checked) > 1, color)
            continue
        console.print(_head(r), soft_wrap=True)  # one line, never wrapped: a command to copy
        if r.config:
            console.print(Text(wrap_paths(f"Configuration: {line_safe(below_here(r.config))}", width), style="dim"), soft_wrap=True)
        if src is None:
            console.print(Text(_alone_header(r, table), style="yellow"))
            _original_hint(console, r, width)
        elif tgt is not None:
            # the weakly paired groups are named by file:line: a path is never broken (newcomer33: a long one was)
            console.print(Text(wrap_paths(matched_line(r), width), style="dim"), soft_wrap=True)
        groups = _groups(r)
        repeats = _repeats(groups)
        folded = sum(len(ms) for ms in repeats.values())
        boxes = _shown(groups, repeats)
        console.print(Text(_summary(r.findings, r.baselined, r.suppressed, len(boxes), folded), style="bold"))
        _boxes(console, r, boxes, repeats, color)
    return _no_trailing_spaces(buf.getvalue())


def _alone_header(r: Result, table: Mapping[str, Rule]) -> str:
    """The header line of a translation checked alone: how many rules ran, how many the original would add, and the
    kinds not checked; counted over the rules selected (Result.selected: `--select`, `--ignore`, the configuration's)
    when they are not the ones on by default (release 41, mend item 4: `--ignore TQA3` still said 47 rules ran)."""
    default = frozenset(c for c, x in table.items() if x.default_enabled)
    chosen = r.selected if r.selected is not None and r.selected != default else None
    on = [x for c, x in table.items() if (c in chosen if chosen is not None else x.default_enabled)]
    n = sum(1 for x in on if not x.needs_source)
    which = "selected" if chosen is not None else "on by default"
    if chosen is not None and n == len(on):
        return f"Checked without the original: the {counted(n, 'rule')} selected ran (none of them needs the original)."
    lead = f"only the {counted(n, 'rule')} {'selected ' if chosen is not None else ''}that {'needs' if n == 1 else 'need'} no original ran"
    return (f"Checked without the original: {lead} (give SOURCE TARGET for all {len(on)} rules {which}). Not checked: "
            f"{not_checked_alone(chosen)} (`transqa rules` marks them 'pair').")


def _head(r: Result) -> Text:
    """`transqa check [--one-per-line] SOURCE TARGET`: the command that checks this pair alone, to copy, with the options
    that changed how the pair was read (Result.reading), each path quoted as the shell
    reads it (shlex.quote: `'my time.zh.md'`; `<stdin>` as it is, no file), on one line never wrapped, whatever
    the width (a report piped or written to a file broke it at 80 columns: no longer one command to copy); a fetched
    original by its cached copy (Result.source_file), not by its URL, which is no file to check; `--` before the
    paths when one starts with `-` (`transqa check -x.zh.md` read it as an option: No such option: -x, hostile 48)."""
    paths = [p for p in (r.source_file or r.source_path, r.target_path) if p]
    dash = ["--"] if any(p.startswith("-") for p in paths) else []
    args = " ".join([*r.reading, *dash, *(p if p == STDIN_NAME else shlex.quote(line_safe(p)) for p in paths)])
    head = Text(f"transqa check {args}", no_wrap=True, overflow="ignore")
    head.stylize("bold", 0, len("transqa check"))
    return head


def _quiet_result(console: Console, r: Result, width: int, several: bool, color: bool) -> None:
    """A pair's report under -q: its boxes, under its `transqa check …` line when the report holds several pairs."""
    if r.findings and several:
        console.print(_head(r), soft_wrap=True)
    repeats = _repeats(groups := _groups(r))
    _boxes(console, r, _shown(groups, repeats), repeats, color)


def _shown(groups: list[tuple[tuple[int, int], list[Finding]]],
           repeats: dict[int, list[Finding]]) -> list[tuple[tuple[int, int], list[Finding]]]:
    """The boxes the report draws, from `_groups` and `_repeats`: each paragraph's findings but those listed on
    another's `also at` line, paragraphs left with none dropped."""
    hidden = {id(m) for ms in repeats.values() for m in ms}
    kept = [(key, [f for f in fs if id(f) not in hidden]) for key, fs in groups]
    return [(key, fs) for key, fs in kept if fs]


def _boxes(console: Console, r: Result, boxes: list[tuple[tuple[int, int], list[Finding]]],
           repeats: dict[int, list[Finding]], color: bool) -> None:
    """A box per paragraph with findings (`boxes`, from `_shown`), a finding repeated in its paragraph once (the
    others on its `also at` line, `repeats` from `_repeats`)."""
    for key, fs in boxes:
        console.print(_box(r, key, fs, repeats, color))


_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def _no_trailing_spaces(text: str) -> str:
    """The report without the spaces rich leaves at the end of a wrapped line (before any colour reset)."""
    return _TRAILING.sub(r"\1", text)

