"""Script classification: Han, Latin, digits; full-width forms."""

from __future__ import annotations

import regex

HAN = regex.compile(r"\p{Han}")
LATIN_WORD = regex.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’\-][A-Za-z0-9]+)*")
CJK_PUNCT = "。，、；：？！“”‘’（）《》〈〉【】「」『』…—～·"
SENTENCE_END_ZH = "。！？!?…"
SENTENCE_END_EN = ".!?…"

_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def is_han(ch: str) -> bool:
    return bool(HAN.match(ch))


def han_count(text: str) -> int:
    return len(HAN.findall(text))


def latin_letter_count(text: str) -> int:
    return sum(1 for c in text if ("a" <= c <= "z") or ("A" <= c <= "Z"))


def to_halfwidth(text: str) -> str:
    """Full-width ASCII forms to ASCII, one character for one (offsets are kept)."""
    return text.translate(_FULLWIDTH)


def han_ratio(text: str) -> float:
    """The share of Han characters among letters (Han plus Latin)."""
    h = han_count(text)
    lat = latin_letter_count(text)
    return h / (h + lat) if (h + lat) else 0.0


LATIN_TOKEN = regex.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[.\-'’&][A-Za-z0-9]+)*")


def latin_tokens(text: str) -> list[tuple[int, int, str]]:
    """Latin-script word tokens (dotted and hyphenated names kept whole): (start, end, token)."""
    return [(m.start(), m.end(), m.group(0)) for m in LATIN_TOKEN.finditer(text)]


def name_key(s: str) -> str:
    """Case, spacing and punctuation folded away: `pay TM`, `Paytm` → `paytm`."""
    return "".join(c for c in s.lower() if c.isalnum() and c.isascii())
