"""Human reports: a rich terminal report grouped by paragraph, and a concise one-line-per-finding form."""

from __future__ import annotations

import bisect
import io
import os
from collections import Counter

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from transqa.engine import Result
from transqa.escape import line_safe, terminal, visible
from transqa.findings import Finding, Location
from transqa.model import Block
from transqa.registry import rules

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
EXCERPT = 160


def render_concise(results: list[Result]) -> str:
    out: list[str] = []
    for r in results:
        for f in r.findings:
            loc = f.target or f.source
            path = r.target_path if f.target else (r.source_path or r.target_path)
            where = f"{line_safe(path)}:{loc.line}:{loc.column}" if loc else line_safe(path)
            out.append(f"{where}: {f.code} [{f.severity}] {line_safe(f.message)}")
    return "\n".join(out) + ("\n" if out else "")


def _summary(findings: list[Finding]) -> str:
    sev = Counter(str(f.severity) for f in findings)
    parts = [f"{sev[s]} {s}{'s' if sev[s] != 1 else ''}" for s in ("error", "warning", "info") if sev[s]]
    return ", ".join(parts) if parts else "no findings"


def _excerpt(block: Block, marks: list[Location], style: str, plain: bool = True) -> Text:
    """The block's text with the marked spans highlighted, shortened around them when long."""
    text = visible(block.text)  # no raw ESC/OSC from the article reaches the terminal
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
        spans.append((s, max(e, s + (1 if loc.end_offset > loc.offset else 0))))
    lo, hi = 0, len(text)
    if len(text) > EXCERPT:
        if spans:
            first = min(s for s, _ in spans)
            last = max(e for _, e in spans)
            lo = max(0, first - 50)
            hi = min(len(text), max(last + 50, lo + EXCERPT))
        else:
            hi = EXCERPT
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


def _group_key(f: Finding) -> tuple[int, int]:
    if f.target_block is not None:
        return (f.target_block, -1 if f.source_block is None else f.source_block)
    return (10**9, f.source_block if f.source_block is not None else 10**9)


def _shown_path(path: str) -> str:
    """A path relative to the working folder when it lies below it (reports stay the same wherever the
    folder is), else absolute."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def render_text(results: list[Result], width: int = 100, color: bool = False) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, color_system="standard" if color else None, force_terminal=color,
                      no_color=not color, highlight=False, emoji=False, soft_wrap=False)
    table = rules()
    for r in results:
        tgt, src = r.target, r.source
        head = Text()
        head.append("transqa check ", style="bold")
        head.append(line_safe(r.target_path))
        if r.source_path:
            head.append("  ←  " + line_safe(r.source_path), style="dim")
        console.print(head)
        if r.config:
            console.print(Text(f"Configuration: {_shown_path(r.config)}", style="dim"))
        if r.error is not None:
            console.print(Text(f"error: {line_safe(str(r.error))}", style="bold red"))
            continue
        if src is None:
            on = [x for x in table.values() if x.default_enabled]
            n = sum(1 for x in on if not x.needs_source)
            console.print(Text(f"The original was not available: only the {n} rules that need no original ran "
                               f"(give SOURCE TARGET for all {len(on)}).", style="yellow"))
        else:
            both = sum(1 for b in r.beads if b.source and b.target)
            console.print(Text(f"Aligned {len(src.blocks)} source and {len(tgt.blocks)} target blocks in {len(r.beads)} beads "
                               f"({both} paired).", style="dim"))
        console.print(Text(_summary(r.findings), style="bold"))
        groups: dict[tuple[int, int], list[Finding]] = {}
        for f in r.findings:
            groups.setdefault(_group_key(f), []).append(f)
        for key in sorted(groups):
            fs = groups[key]
            tb = tgt.blocks[fs[0].target_block] if fs[0].target_block is not None and tgt else None
            sb = src.blocks[fs[0].source_block] if src is not None and fs[0].source_block is not None else None
            if sb is None and src is not None and tb is not None:
                k = None
                for bead in r.beads:
                    if tb.index in bead.target and bead.source:
                        k = bead.source[0]
                sb = src.blocks[k] if k is not None else None
            title = []
            if tb is not None:
                title.append(f"{line_safe(r.target_path)}:{tb.line}")
            if sb is not None:
                title.append(f"{line_safe(r.source_path)}:{sb.line}")
            grid = Table.grid(expand=True, padding=(0, 2))
            if src is not None:
                grid.add_column("EN", ratio=1)
                grid.add_column("ZH", ratio=1)
                grid.add_row(
                    _excerpt(sb, [f.source for f in fs if f.source and f.source_block == sb.index], "reverse", not color) if sb else Text("(no source)", style="dim"),
                    _excerpt(tb, [f.target for f in fs if f.target and f.target_block == tb.index], "reverse", not color) if tb else Text("(no translation)", style="dim"),
                )
            elif tb is not None:
                grid.add_column("ZH")
                grid.add_row(_excerpt(tb, [f.target for f in fs if f.target], "reverse", not color))
            lines = []
            for f in fs:
                line = Text()
                loc = f.target or f.source
                line.append(f"{loc.line}:{loc.column} " if loc else "", style="dim")
                line.append(f.code + " ", style="bold")
                line.append(f"{f.severity} ", style=SEVERITY_STYLE[str(f.severity)])
                line.append(terminal(f.message))
                if f.source and f.target and src is not None:
                    line.append(f"  (EN {f.source.line}:{f.source.column})", style="dim")
                lines.append(line)
                if f.suggestion:
                    lines.append(Text("    → " + terminal(f.suggestion), style="green"))
            console.print(Panel(Group(grid, Text(""), *lines), title=Text("  ".join(title)), title_align="left", expand=True))
    return buf.getvalue()
