"""Line breaking for terminal text that mixes Chinese and Latin script.

Rich breaks lines at spaces only, so a paragraph of Chinese (no spaces between words) after a Latin name is
one unbreakable "word": the line breaks before it and leaves the rest of the line empty
(`阿里巴巴的战略似乎是将 Mail.ru` ⏎ `的消费者服务…`). `CJKText` breaks between any two Chinese characters as
well, keeps Latin words whole, never starts a line with closing punctuation (，。）》”…) nor ends one with
an opening mark (（《“…), and folds a unit wider than the line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.cells import cell_len, chop_cells
from rich.containers import Lines
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod, OverflowMethod

_CLOSE = "，。、；：！？）】》」』”’…%％,.;:!?)]}⟧·・"  # ⟧ ⟦: the report's span markers; · ・ of names (鲍里斯·多布罗)
_OPEN = "（【《「『“‘([⟦"
# Not a test for Han (lang.script.HAN_RANGE): the characters a terminal draws two columns wide (CJK radicals, marks,
# kana, Extension A, the unified block, compatibility ideographs, full-width forms), for wrapping only
_CJK = "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# one unit: opening marks, then one Chinese character or one run of other non-space characters (a Latin word
# keeps its own dots, colons, commas and quotes: https://example.com/a, Mail.ru, 3.5%, Kestrel’s; it does not end
# with an opening mark), then closing marks (with the spaces before them: `of next …”`), then the spaces after it
# A Markdown link of a suggestion (`[视频](http://…)`, its anchor 40 characters at most) is one unit: broken between
# `]` and `(` it is no link a reader can paste (newcomer 39 item 7, archive google-car-video 25:1 at 80 columns)
_LINK = r"\[[^\]\n]{0,40}\]\([^)\s]*\)"
_UNIT = re.compile(
    rf"[{re.escape(_OPEN)}]*?{_LINK}[{re.escape(_CLOSE)}]*\s*|"
    rf"[{re.escape(_OPEN)}]*(?:[{_CJK}]|[^\s{_CJK}]*[^\s{_CJK}{re.escape(_OPEN)}])?(?: +(?=[{re.escape(_CLOSE)}]))?"
    rf"[{re.escape(_CLOSE)}]*\s*"
    rf"|\s+"
)


_URL = re.compile(r"(?:https?://|www\.)\S", re.IGNORECASE)
# where a web address wider than the line may be folded, best first (after a `/`, `?`, `&`, `#` that is not part of
# `//`; else before `-` `.` `_` `=` `~` `%`), as style guides break URLs: never inside a word (newcomer2 39 item 2:
# `…2011-08-13-a` ⏎ `t-4-55…`, the Zuckerberg pair's TQA104 image at 80 columns)
_URL_AFTER = re.compile(r"(?<!/)[/?&#](?!/)")
_URL_BEFORE = re.compile(r"(?<=[^\s])[-._=~%]")


def _fold(unit: str, width: int) -> list[str]:
    """`unit` (wider than `width` cells) in pieces of at most `width` cells: a web address at its parts (`_URL_AFTER`,
    then `_URL_BEFORE`) when one falls in the second half of the piece, anything else as rich folds it."""
    if not _URL.search(unit):
        return list(chop_cells(unit, width))
    pieces: list[str] = []
    rest = unit
    while cell_len(rest) > width:
        head = chop_cells(rest, width)[0]
        cut = max((m.end() for m in _URL_AFTER.finditer(head) if cell_len(head[:m.end()]) > width // 2), default=0)
        if not cut:
            cut = max((m.start() for m in _URL_BEFORE.finditer(head) if cell_len(head[:m.start()]) > width // 2), default=0)
        pieces.append(rest[:cut or len(head)])
        rest = rest[cut or len(head):]
    return [*pieces, rest] if rest else pieces


def break_offsets(text: str, width: int) -> list[int]:
    """Character offsets at which to break `text` (one line, no newline) into lines of at most `width` cells
    (greedy, like rich's word wrap, with the break opportunities above). A unit wider than `width` is folded (a web
    address at a `/` or before a `-`, not inside a word: `_fold`)."""
    out: list[int] = []
    col = 0
    pos = 0
    while pos < len(text):
        m = _UNIT.match(text, pos)
        end = m.end() if m and m.end() > pos else pos + 1
        unit = text[pos:end]
        need = cell_len(unit.rstrip())
        if col + need <= width:
            col += cell_len(unit)
        elif need > width:  # fold it: pieces of at most `width` cells
            start = pos
            for piece in _fold(unit, width):
                if start and (col or start != pos):
                    out.append(start)
                col = cell_len(piece)
                start += len(piece)
        else:
            if pos and col:
                out.append(pos)
            col = cell_len(unit)
        pos = end
    return out


def wrap_paths(text: str, width: int) -> str:
    """A line of words and file paths broken at spaces into lines of at most `width` cells; a path is never
    broken (a path wider than the line stands whole on a line of its own and overflows it): one broken at its
    `/` could no longer be copied from the terminal into a command."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and cell_len(line) + 1 + cell_len(word) <= width:
            line += " " + word
            continue
        if line:
            lines.append(line)
        line = word
    return "\n".join([*lines, line])


class CJKText(Text):
    """A rich `Text` whose wrapping breaks between Chinese characters too (see the module docstring)."""

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        if no_wrap or self.no_wrap or overflow == "ignore":
            return super().wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size, no_wrap=no_wrap)
        wrap_overflow = overflow or self.overflow or "fold"
        lines = Lines()
        for line in self.split(allow_blank=True):
            if "\t" in line:
                line.expand_tabs(tab_size)
            new_lines = line.divide(break_offsets(str(line), width))
            for piece in new_lines:
                piece.rstrip_end(width)
                piece.truncate(width, overflow=wrap_overflow)
            lines.extend(new_lines)
        return lines
