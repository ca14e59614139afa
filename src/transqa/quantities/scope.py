"""A figure's scope: what the figure is said of, kept or changed in the translation.

Distributive figures: `2 universal video each on 3 BNC`.

A figure followed by `each` is said of every member of a set (two inputs on each of three connectors: six in
all), not of the whole. Chinese says it with 各, 每, 分别, 均 or 人均 (`3 个 BNC 上各有 2 个`, `每个 BNC 2 个`).
A figure moved after a list of other figures (`3 个 BNC、4 个…、2 个 HDMI 和 1 个 USB 上各有 2 个`) changes its
scope while its value is kept: each item of the list now has two, not each of the three connectors the source names.

A part given with `including` (`won the award 34 times, including 11 years in a row`): the second figure is a part
of the first. Chinese says it with 其中, 包括 or 而且 after the whole (`34 次，其中连续 11 年`); the part written first
with no such word (`连续 11 年获得该奖 34 次`) makes it govern the whole: 34 wins within 11 years.
Pure functions of the texts.
"""

from __future__ import annotations

import re
import unicodedata

from transqa.quantities.chinese import chinese_numeral
from transqa.quantities.english import EN_TENS, EN_UNITS

_NUM = r"\d{1,4}|" + "|".join(sorted((*EN_UNITS, *EN_TENS), key=len, reverse=True))
# N (at most three words of what it counts) each, then the set it is said of (on 3 BNC): `each year`, `each other`,
# `each time` are no distributive of the figure before them
_EN_EACH = re.compile(
    r"(?<![\w.,])(?P<n>" + _NUM + r")(?:\s+[A-Za-z][\w-]*){0,3}?\s+each"
    r"\s+(?:on|in|for|at|across|of)\s+(?:the\s+|its\s+|their\s+)?(?P<m>" + _NUM + r")\b",
    re.IGNORECASE,
)
OTHER_FIGURES = 2
"""Other figures between the set's figure and the distributive one that make it span a list: the five WMT22 systems
of line 1061 that moved it have four (4, 15, 2, 1); one between (a parenthesised size) is left alone."""
_ZH_FIGURE = re.compile(r"[0-9]+|[一二两三四五六七八九十百千]+")
_ZH_STOP = re.compile(r"[。；！？;!?]")


def _value(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return EN_UNITS.get(w, EN_TENS.get(w))


def english_each(text: str) -> list[tuple[int, int, int, int]]:
    """The distributive figures of an English text said of a counted set: (start, end, value, value of the set)."""
    out = []
    for m in _EN_EACH.finditer(text):
        n = _value(m.group("n"))
        if n is None or n < 2:  # `one each` is said as 一个 or not at all
            continue
        of = _value(m.group("m"))
        if of is not None and of != n:
            out.append((m.start("n"), m.end("n"), n, of))
    return out


def _figures(text: str) -> list[tuple[int, int, int]]:
    """The figures of a Chinese text as (start, end, value), digits or Chinese numerals (`两` as 2)."""
    out = []
    for m in _ZH_FIGURE.finditer(text):
        run = m.group(0)
        v = int(run) if run.isdigit() else chinese_numeral(run)
        if v is not None and v == int(v):
            out.append((m.start(), m.end(), int(v)))
    return out


def _others_rendering(text: str, end: int, english: str, at: int) -> bool:
    """Whether the Chinese figure ending at `end` renders another English figure than the one at `at`: the Latin word
    after it (`2 个 HDMI`) follows a figure elsewhere in the English (`2 HDMI`)."""
    word = _ZH_LATIN_AFTER.match(text, end)
    if not word:
        return False
    return any(m.start() != at for m in re.finditer(r"(?<![\w.,])\d+\s+" + re.escape(word.group(1)) + r"\b", english))


_ZH_LATIN_AFTER = re.compile(r"\s?(?:个|只|台|路|组)?\s?([A-Za-z][A-Za-z0-9-]*)")


def each_scope_changed(text: str, n: int, m: int, english: str = "", at: int = -1) -> tuple[int, int] | None:
    """Where the Chinese text moves a distributive figure n (said of each of m things) away from its set: (start, end)
    of the figure n, or None when it is kept. The Chinese writes m, then n only after two or more other figures of
    the same sentence, at every place it writes n but those rendering another figure of the `english` (n stands at
    `at` there) (`3 个 BNC（…）、4 个…、2 个 HDMI 和 1 个 USB 上各有 2 个`: n now
    spans the whole list). Whether 各 / 每 is kept is not read: `3 个 BNC 上的 2 个` was judged faithful by the readers."""
    text = unicodedata.normalize("NFKC", text)
    figures = _figures(text)
    placed = []
    for i, (start, end, v) in enumerate(figures):
        if v != n or _others_rendering(text, end, english, at):
            continue  # another figure, or another figure's rendering (`2 个 HDMI` for `2 HDMI`)
        lo = max((s.end() for s in _ZH_STOP.finditer(text, 0, start)), default=0)
        last_m = max((j for j in range(i) if figures[j][2] == m and figures[j][0] >= lo), default=None)
        if last_m is None:
            continue  # no set figure before it: rendered another way (每个 BNC), not read
        placed.append((i - 1 - last_m, start, end))
    if not placed or min(p[0] for p in placed) < OTHER_FIGURES:
        return None
    _, start, end = max(placed)
    return start, end


# N (what it counts, at most six words, no clause break), then `including` and at most three words before the part M.
# The windows are first guesses, not tuned: the WMT21-24 sources hold three such sentences (`34 times, including 11
# years in a row` twice, `102 tackles, including 69 solo`), all inside them.
_EN_INCLUDING = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,6})(?:[ \t]+[A-Za-z’'-]+){0,6}?,?\s+including\s+(?:[A-Za-z’'-]+\s+){0,3}?(?P<m>\d{1,6})(?![\w.,])")
# a word saying the part is a part of the whole (其中, 包括, 包含, 含, 在内) or added to it (而且, 并且, 另有)
_ZH_PART = re.compile(r"其中|包括|包含|含|在内|而且|并且|另有|之中")


def english_including(text: str) -> list[tuple[int, int, int, int, int]]:
    """The wholes with a part given by `including`: (whole's value, part's start, part's end, part's value, whole's start)."""
    out = []
    for m in _EN_INCLUDING.finditer(text):
        n, part = int(m.group("n")), int(m.group("m"))
        if part < n:
            out.append((n, m.start("m"), m.end("m"), part, m.start("n")))
    return out


def part_governs_whole(text: str, n: int, m: int) -> tuple[int, int] | None:
    """Where the Chinese writes the part m before the whole n in one sentence with no word of inclusion: (start, end)
    of m, else None (the whole first, or 其中 / 包括 said, or either figure absent or written twice)."""
    text = unicodedata.normalize("NFKC", text)
    figures = _figures(text)
    ns = [f for f in figures if f[2] == n]
    ms = [f for f in figures if f[2] == m]
    if len(ns) != 1 or len(ms) != 1 or ms[0][0] > ns[0][0]:
        return None
    lo = max((s.end() for s in _ZH_STOP.finditer(text, 0, ms[0][0])), default=0)
    stop = _ZH_STOP.search(text, ns[0][1])
    if any(s.start() < ns[0][0] for s in _ZH_STOP.finditer(text, ms[0][1], ns[0][0])) or _ZH_PART.search(text, lo, stop.start() if stop else len(text)):
        return None
    return ms[0][0], ms[0][1]
