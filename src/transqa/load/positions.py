"""Helpers shared by the loaders: line-ending normalisation that keeps raw offsets, block building."""

from __future__ import annotations

import re

from transqa.lang.transliterate import NAME_STARS, star_separates
from transqa.model import Block, Image, Link
from transqa.urls import normalise


class Normalised:
    """Text with \\r\\n and \\r turned into \\n, and a map back to the raw offsets."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        if "\r" not in raw:
            self.text = raw
            self._map: list[int] | None = None
            return
        out: list[str] = []
        mapping: list[int] = []
        i, n = 0, len(raw)
        while i < n:
            c = raw[i]
            if c == "\r":
                out.append("\n")
                mapping.append(i)
                if i + 1 < n and raw[i + 1] == "\n":
                    i += 1
            else:
                out.append(c)
                mapping.append(i)
            i += 1
        mapping.append(n)
        self.text = "".join(out)
        self._map = mapping

    def remap(self, blk: Block) -> None:
        """Turn a block built on the normalised text into raw-file offsets."""
        if self._map is None:
            return
        raw = self.raw_offset
        blk.offsets = [raw(o) for o in blk.offsets]
        blk.links = [Link(lk.href, lk.url, lk.text, lk.start, lk.end, raw(lk.file_start), raw(lk.file_end)) for lk in blk.links]
        blk.images = [Image(im.src, im.alt, im.at, raw(im.file_start), raw(im.file_end), im.player) for im in blk.images]

    def raw_offset(self, i: int) -> int:
        if self._map is None:
            return i
        return self._map[max(0, min(i, len(self._map) - 1))]


# Characters that do not show but change what a text says to a program: zero-width characters and the
# bidirectional controls. "12\u200b000" is not 12000 to a parser, and "Pay\u200btm" is not "Paytm".
# Block texts (what every check compares) leave them out; their offsets stay those of the file.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"  # zero-width, word joiner, BOM, soft hyphen
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi marks, embeddings, overrides, isolates
)
_INVISIBLE_CHAR = re.compile("[" + "".join(re.escape(c) for c in sorted(INVISIBLE)) + "]")
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class BlockBuilder:
    """Accumulates the plain text of one block with the file offset of every character."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.links: list[tuple[str, int, int, int, int, str]] = []  # href, start, end, fs, fe, text
        self.images: list[tuple[str, str, int, int, int]] = []  # src, alt, at, fs, fe
        self.players: set[int] = set()  # indices of the images that are embedded players
        self.code: list[tuple[int, int]] = []
        self.cursor = 0  # where the inline content read into it ends in the text (the loader's cursor)
        self.star_dots: set[int] = set()  # indices of the `·` read for an emphasis asterisk (markdown._emphasis_star)

    def add(self, s: str, offset: int, exact: bool = True) -> None:
        if not _INVISIBLE_CHAR.search(s):  # the common case, without a Python step per character
            self.chars.extend(s)
            self.offsets.extend(range(offset, offset + len(s)) if exact else [offset] * len(s))
            return
        for k, ch in enumerate(s):
            if ch in INVISIBLE:
                continue  # compared without them (TQA508 reports them from the raw text)
            self.chars.append(ch)
            self.offsets.append(offset + k if exact else offset)

    @property
    def length(self) -> int:
        return len(self.chars)

    def dot_names(self) -> None:
        """Read each asterisk written as a transliterated name's middle dot (`弗兰克*德贝里`: star_separates) as
        that dot, `·`, at the asterisk's own offset: the name rules see one name, and TQA326 finds the asterisk in
        the raw text at that offset."""
        seen = ["*" if k in self.star_dots else ch for k, ch in enumerate(self.chars)]  # as written: no `·` of a star
        for k, ch in enumerate(seen):
            if ch not in NAME_STARS or any(s <= k < e for s, e in self.code):
                continue  # not a star, or inside a code span: written as the code is (review 36)
            if star_separates("".join(seen[max(0, k - 12) : k]), "".join(seen[k + 1 : k + 13])):
                self.chars[k] = "·"

    def build(self, index: int, kind: str, file_start: int, file_end: int) -> Block:
        if "*" in self.chars or "＊" in self.chars:
            self.dot_names()
        text = "".join(self.chars)
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        if right < left:
            right = left
        text = text[left:right]
        offsets = self.offsets[left:right]
        end_off = (self.offsets[right - 1] + 1) if right > left else file_start
        offsets.append(end_off)

        def clip(i: int) -> int:
            return max(0, min(i - left, len(text)))

        links = []
        for href, s, e, fs, fe, ltext in self.links:
            s, e = clip(s), clip(e)
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            links.append(Link(href, normalise(href), ltext.strip(), s, e, fs, fe))
        images = [Image(src, alt, clip(at), fs, fe, k in self.players) for k, (src, alt, at, fs, fe) in enumerate(self.images)]
        code = [(clip(s), clip(e)) for s, e in self.code]
        return Block(index, kind, text, offsets, file_start, file_end, 0, links, images, code)
