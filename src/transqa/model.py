"""The document model: blocks of plain text that remember where each character came from."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from transqa.findings import Location


class LineIndex:
    """Maps 0-based code-point offsets of a text to 1-based (line, column); \\n, \\r\\n, \\r end lines."""

    def __init__(self, text: str) -> None:
        starts = [0]
        i, n = 0, len(text)
        if "\r" not in text:  # the common case, without a Python step per character
            i = text.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = text.find("\n", i + 1)
            i = n
        while i < n:
            c = text[i]
            if c == "\n":
                starts.append(i + 1)
            elif c == "\r":
                if i + 1 < n and text[i + 1] == "\n":
                    i += 1
                starts.append(i + 1)
            i += 1
        self.starts = starts
        self.length = n

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of a 0-based code-point offset (clamped to the text)."""
        offset = max(0, min(offset, self.length))
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Non-overlapping spans of one text (its links, link texts, inline code), each with a payload, found
    by position with a binary search: a check that asks for every word of a paragraph "is it inside a
    link?" costs log n per word instead of n (10,000 links took 100 million comparisons, 7.6 s)."""

    def __init__(self, spans: Iterable[tuple[int, int, T]]) -> None:
        self._spans = sorted(spans, key=lambda x: (x[0], x[1]))
        self._starts = [sp[0] for sp in self._spans]

    def _last(self, i: int) -> tuple[int, int, T] | None:
        k = bisect.bisect_right(self._starts, i) - 1
        return self._spans[k] if k >= 0 else None

    def at(self, i: int) -> T | None:
        """The payload of the span that holds offset i, or None."""
        sp = self._last(i)
        return sp[2] if sp is not None and i < sp[1] else None

    def holds(self, s: int, e: int) -> bool:
        """Whether one span holds all of s..e."""
        sp = self._last(s)
        return sp is not None and e <= sp[1]


@dataclass(frozen=True, slots=True)
class Link:
    """A link of a block: href as written, normalised URL, anchor text and its offsets in the block's text,
    offsets of the whole markup in the file."""
    href: str
    url: str  # normalised, for comparison
    text: str
    start: int  # index into the block's text (anchor text start)
    end: int
    file_start: int  # offsets of the whole link markup in the file
    file_end: int


def _link_start(lk: Link) -> int:
    return lk.start


@dataclass(frozen=True, slots=True)
class Image:
    """An image of a block: src, alt text, where it stands in the block's text, offsets of its markup in the
    file."""
    src: str
    alt: str
    at: int  # index into the block's text where the image stands
    file_start: int
    file_end: int
    player: bool = False  # a player the page embeds (a video's iframe, object, embed), not a picture


@dataclass(slots=True)
class Block:
    """One alignment unit: a heading, paragraph, quote paragraph, list item or image line."""

    index: int
    kind: str
    text: str
    offsets: list[int]  # file offset of every character of text, plus one past the end
    file_start: int
    file_end: int
    line: int = 0
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    code_spans: list[tuple[int, int]] = field(default_factory=list)  # text ranges of inline code

    def file_offset(self, i: int) -> int:
        """The file offset of character i of the block's text (clamped)."""
        if not self.offsets:
            return self.file_start
        i = max(0, min(i, len(self.offsets) - 1))
        return self.offsets[i]

    def link_at(self, i: int) -> Link | None:
        """The link whose anchor text holds character i of the block's text (`links`: in text order, none overlapping,
        as the loaders append them), or None; found by bisection (asking every link for every name of a paragraph of
        many links was names × links quadratic, hostile 45)."""
        k = bisect.bisect_right(self.links, i, key=_link_start) - 1
        return self.links[k] if k >= 0 and i < self.links[k].end else None

    def in_code(self, i: int) -> bool:
        """Character i of the block's text is inside inline code (`code_spans`: in text order, none overlapping, as the
        loaders append them), found by bisection (scanning every span made marks × spans quadratic, hostile 41)."""
        k = bisect.bisect_right(self.code_spans, (i, float("inf"))) - 1
        return k >= 0 and i < self.code_spans[k][1]


@dataclass(slots=True)
class Document:
    """A loaded file: path, decoded text (never modified), format (markdown, html or text), blocks, line index
    and metadata (the 原文 URL…)."""
    path: str
    raw: str  # decoded file text, never modified
    format: str  # markdown | html | text
    blocks: list[Block]
    lines: LineIndex
    metadata: dict[str, str] = field(default_factory=dict)

    def first_text_block(self) -> Block | None:
        """The first block holding more than white space (the title, most often), or None: where a finding on the
        whole document stands (TQA014, TQA004's consent page, a translation in English) and where a title is read."""
        return next((b for b in self.blocks if b.text.strip()), None)

    def location(self, block: Block, start: int, end: int) -> Location:
        """The file location of text[start:end] of a block."""
        start = max(0, min(start, len(block.text)))
        end = max(start, min(end, len(block.text)))
        fs = block.file_offset(start)
        if end > start:
            fe = block.file_offset(end - 1) + 1
        else:
            fe = fs
        if self.format == "html":
            fe = max(fe, fs)
        line, col = self.lines.position(fs)
        eline, ecol = self.lines.position(fe)
        return Location(line, col, eline, ecol, block.text[start:end], fs, fe)

    def file_location(self, fs: int, fe: int) -> Location:
        """The location of file offsets [fs, fe)."""
        line, col = self.lines.position(fs)
        eline, ecol = self.lines.position(fe)
        return Location(line, col, eline, ecol, self.raw[fs:fe], fs, fe)
