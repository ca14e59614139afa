"""TQA312 with the original: a one-word name listed beside another name, translated as a common word.

`National & Hertz` → `国家和赫兹`: the translation renders Hertz by its sound, so it read the pair as names, and
still gives National its dictionary word. Two capitalised words joined by `&` (a pair of firms, at a sentence
start too) or by `and`/`or` inside a sentence are a list of names; the word of the pair that the dictionary
knows, neither kept in Latin script nor rendered by sound nor by a CC-CEDICT name, whose dictionary word stands
right beside the other name's rendering (`和`, `与`, `或`, `、`), is reported. Not reported: a word of
`_GENERIC` joined by `and`/`or` (`Trump and Congress` → `特朗普和国会`: an institution is translated by meaning),
a partner rendered by meaning too (`Democrats and Republicans`), a pair inside a longer capitalised run
(`General Motors and Ford`) or list (`Rings, Earrings, Pendants and Mangalsutra`), a plural of a dictionary word
(`the Highlands and Argyll` → `高地、阿盖尔`: a region, goods)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from transqa.checks.transliteration.common import (
    _GENERIC,
    ACCEPT,
    MAX_WINDOW,
    NOT_NAMES,
    _sentence_starts,
    _title_case,
)
from transqa.checks.transliteration.rules import NAME_LITERAL
from transqa.context import Context, first_time, quote
from transqa.findings import Finding
from transqa.lang.lexicon import plural_of_word
from transqa.model import Block

# Two capitalised words joined by & / and / or (the words before and after are looked at apart)
_PAIR = re.compile(r"(?<![A-Za-z0-9'’.&@#-])([A-Z][a-z]{2,})( ?& ?| and | or )([A-Z][a-z]{2,})(?![A-Za-z0-9'’&-])")

# A capitalised word right before the pair (or before it in a list, `Rings, Earrings, Pendants and …`: capitalised
# goods) or right after it: the pair is part of a longer name
_CAP_BEFORE = re.compile(r"[A-Z][\w'’.-]*,?\s$")
_CAP_AFTER = re.compile(r"\s[A-Z0-9]")

_WORD_CHAR = re.compile(r"[\w'’.-]")


def _cap_before(text: str, end: int) -> bool:
    """_CAP_BEFORE.search(text, 0, end), searched from the start of the word that may end the match (its `,?\\s` and a
    final newline for `$` take at most 3 of the last characters): searched from the paragraph's start for every pair,
    a paragraph of 2,000 pairs was quadratic (hostile38 #5)."""
    lo = max(0, end - 4)
    while lo > 0 and _WORD_CHAR.match(text[lo - 1]):
        lo -= 1
    return _CAP_BEFORE.search(text, lo, end) is not None


# What joins two listed names in Chinese
_JOINER = r"\s*(?:和|与|及|以及|或|或者|、|&|跟|同)\s*"


def listed_literal(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    for _k, srcs, tgts in ctx.pairs():
        if not tgts:
            continue
        for sb in srcs:
            starts = _sentence_starts(sb.text) | {0}
            titled = sb.kind == "heading" or _title_case(sb.text)
            for m in _PAIR.finditer(sb.text):
                if _cap_before(sb.text, m.start()) or _CAP_AFTER.match(sb.text, m.end()):
                    continue
                amp = "&" in m.group(2)
                if not amp and (titled or m.start() in starts):
                    continue
                for word, other, at in ((m.group(1), m.group(3), m.start(1)), (m.group(3), m.group(1), m.start(3))):
                    yield from _one(ctx, sb, tgts, word, other, at, amp, reported)


def _one(ctx: Context, sb: Block, tgts: list[Block], word: str, other: str, at: int, amp: bool,
         reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """The word of the pair, reported where its dictionary word stands beside the other's rendering."""
    if word in NOT_NAMES or other in NOT_NAMES or (not amp and word.lower() in _GENERIC) or plural_of_word(word):  # goods or a region by meaning
        return
    glosses = _glosses(word)
    if not glosses:
        return
    for b in tgts:
        if not _not_rendered(word, b.text):
            return
    for b in tgts:
        for form in _partner_forms(other, b.text):
            for g in glosses:
                hit = _beside(g, form).search(b.text)
                if hit is None:
                    continue
                s = hit.start(1) if hit.group(1) is not None else hit.start(2)
                if not first_time(reported, (b.index, s)):
                    return
                yield ctx.finding(
                    NAME_LITERAL,
                    f"the name {word}, listed with {other}, is translated as the common word {quote(g)}",
                    source=(sb, at, at + len(word)), target=(b, s, s + len(g)),
                    suggestion=f"keep {word} (or its established rendering)",
                )
                return


# Endings cut to find a word's stem in the dictionary (National: nation)
_ENDINGS = ("al",)


@lru_cache(maxsize=4096)
def _glosses(word: str) -> tuple[str, ...]:
    """The word's dictionary renderings (two characters or more, longest first) that are neither a run of
    transliteration characters, nor a CC-CEDICT name, nor inside a rendering CC-CEDICT gives for the word
    as a name (苹果 for Apple is the company's name); the word's stem's too (国家 for National, of nation)."""
    from transqa.lang.lexicon import renderings
    from transqa.lang.transliterate import (
        is_proper_noun,
        is_translit,
        known_renderings,
        known_renderings_any_case,
    )

    known = known_renderings(word) | known_renderings_any_case(word)
    low = word.lower()
    stems = {low} | {low[: -len(x)] for x in _ENDINGS if low.endswith(x) and len(low) - len(x) >= 4}
    out = {r for st in stems for r in renderings(st) if len(r) >= 2 and not is_translit(r) and not is_proper_noun(r)
           and not any(k in r or (r in k and len(k) <= len(r) + 2) for k in known)}
    return tuple(sorted(out, key=lambda r: (-len(r), r)))


def _not_rendered(word: str, text: str) -> bool:
    """The paragraph neither keeps the word in Latin script, nor has a CC-CEDICT rendering of it, nor a run of
    transliteration characters that sounds like it."""
    from transqa.checks.transliteration.common import _known_rendering_in, _sounds_in

    return word.lower() not in text.lower() and not _known_rendering_in(word, text) and not _sounds_in(word, text)


def _partner_forms(other: str, text: str) -> list[str]:
    """How the paragraph renders the other name: in Latin script, by a CC-CEDICT rendering made of
    transliteration characters (赫兹), or by a run of them that sounds like it."""
    from transqa.lang.transliterate import (
        is_translit,
        known_renderings,
        rendering_score,
        translit_windows,
    )

    low = text.lower()
    i = low.find(other.lower())
    if i >= 0:
        return [text[i : i + len(other)]]
    forms = [k for k in known_renderings(other) if len(k) >= 2 and is_translit(k) and k in text]
    forms += [w for _i, w in translit_windows(text, MAX_WINDOW, wide=True) if len(w) >= 2 and rendering_score(other, w) >= ACCEPT]
    return forms


@lru_cache(maxsize=4096)
def _beside(gloss: str, form: str) -> re.Pattern[str]:
    """The gloss, a joining word, the other name's form; or the other way round (compiled once per pair)."""
    g, f = re.escape(gloss), re.escape(form)
    return re.compile(f"({g}){_JOINER}{f}|{f}{_JOINER}({g})")
