"""A CamelCase name cut to one lower-case piece (TQA311): `访问 Cvent 的客户名册将允许 compass 在…` where the article
writes CrowdCompass whole. Machine translation split the name into its words, dropped one and kept the other as a
lower-case English word; TQA401's "translate it" asked for the name's piece to be translated (archive
cvent-buys-crowdcompass, ZH 15:223; newcomer34 item 5). Asked by TQA401 (`checks.untranslated._untranslated`) for the
one word it would report: the word's other filters (a term the translation keeps several times, `feed`, `tweet`) stay
TQA401's, so only a word reported as English left becomes a name cut."""

from __future__ import annotations

import re
from collections import Counter

from transqa.checks.transliteration.rules import NAME_CUT
from transqa.context import Context, quote, times
from transqa.findings import Finding
from transqa.memo import pair_state
from transqa.model import Block

# A CamelCase name of two or three capitalised words of three letters or more (CrowdCompass, SoundCloud), as one
# token: not iPhone (a one-letter piece) nor McDonald (`Mc`, two letters), nor a piece of an address
_CAMEL = re.compile(r"(?<![A-Za-z0-9_/.@#=&-])((?:[A-Z][a-z]{2,}){2,3})(?![A-Za-z0-9_/@#=&-])")
_PIECE = re.compile(r"[A-Z][a-z]+")


def _names(ctx: Context) -> tuple[Counter[str], dict[str, set[str]]]:
    """The article's CamelCase names with how often it writes each, and the names each lower-cased first or last
    piece belongs to (read once per pair)."""
    return pair_state("camel_piece_names", lambda: _read_names(ctx.target.blocks))


def _read_names(blocks: list[Block]) -> tuple[Counter[str], dict[str, set[str]]]:
    names: Counter[str] = Counter(m.group(1) for b in blocks if b.kind not in ("code", "image") for m in _CAMEL.finditer(b.text))
    by_piece: dict[str, set[str]] = {}
    for name in names:
        pieces = _PIECE.findall(name)
        for p in {pieces[0], pieces[-1]}:
            by_piece.setdefault(p.lower(), set()).add(name)
    return names, by_piece


def camel_cut(ctx: Context, b: Block, s: int, e: int) -> Finding | None:
    """TQA311 for the lower-case word at [s, e) that is the first or the last piece of one CamelCase name the
    translation writes whole elsewhere (`compass` of CrowdCompass), the whole name suggested; with the original, one
    whose aligned English writes the name and not the word alone; None otherwise."""
    word = b.text[s:e]
    if len(word) < 4 or not (word.isascii() and word.isalpha() and word.islower()):
        return None
    names, by_piece = _names(ctx)
    whole = by_piece.get(word)
    if whole is None or len(whole) != 1:
        return None
    name = next(iter(whole))
    if ctx.source is not None:
        english = " ".join(x.text for x in ctx.aligned_sources(b))
        if name not in english or re.search(rf"(?<![A-Za-z]){word}(?![A-Za-z])", english):
            return None  # with the original, only where it writes the name whole and not the word alone
    lost = name[: len(name) - len(word)] if name.lower().endswith(word) else name[len(word) :]
    return ctx.finding(
        NAME_CUT, f"{quote(word)} is the name {quote(name)} with {quote(lost)} lost, as this article writes the name "
        f"({times(names[name])}): a piece of a name, not a word to translate",
        target=(b, s, e), suggestion=name,
    )
