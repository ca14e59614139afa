"""What a pattern cannot match without: characters every match holds one of, read from its syntax.

A pattern table is tried row by row over every paragraph and every sentence (`core.extract`), and most
rows cannot match most texts: `(?P<year>\\d{4})\\s?年` needs a digit, `百分之...` needs 百. A row whose every
match holds one of some characters is skipped for a text that holds none of them, which changes no
result: the analysis is sound, not heuristic, and answers None (no skipping) for anything it does not
read (negated sets, wide ranges, `.`, back-references, letters under IGNORECASE).

Rules, over the parse tree of the `re` module: a literal needs itself; a set needs its members (a
decimal digit class needs a digit); a sequence needs what its most selective element needs; an
alternation needs what any branch needs (the union); a repeat needs what its body needs when it repeats
at least once; a positive lookaround needs what its body needs (the characters are in the text, if not
in the match); negative lookarounds, anchors and everything else need nothing.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from typing import Any, TypeVar

from transqa.memo import per_pair

T = TypeVar("T")

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

Need = tuple[frozenset[str], bool]
"""(characters, a decimal digit): every match holds one of the characters, or a digit when the flag is set."""

MAX_RANGE = 512  # wider ranges (all of Han) are not expanded: no skipping
_DIGIT = re.compile(r"\d")


def is_caseless(ch: str) -> bool:
    """A character that IGNORECASE matches only as itself: ASCII digits and punctuation, and the CJK
    blocks (no case, and no case-folding partner)."""
    return (ch.isascii() and not ch.isalpha()) or 0x3000 <= ord(ch) <= 0x9FFF or 0xFF00 <= ord(ch) <= 0xFF0F


def _char(code: int, ignore: bool) -> Need | None:
    ch = chr(code)
    return None if ignore and not is_caseless(ch) else (frozenset(ch), False)


def _in(items: list[tuple[Any, Any]], ignore: bool) -> Need | None:
    chars: set[str] = set()
    digit = False
    for op, av in items:
        if op is _c.LITERAL:
            one = _char(av, ignore)
            if one is None:
                return None
            chars |= one[0]
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > MAX_RANGE:
                return None
            for code in range(lo, hi + 1):
                one = _char(code, ignore)
                if one is None:
                    return None
                chars |= one[0]
        elif op is _c.CATEGORY and av in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
            digit = True
        else:  # NEGATE, other categories
            return None
    return frozenset(chars), digit


def _union(needs: list[Need | None]) -> Need | None:
    if any(n is None for n in needs):
        return None
    chars: frozenset[str] = frozenset().union(*(n[0] for n in needs if n is not None))
    return chars, any(n[1] for n in needs if n is not None)


_COMMON = frozenset(" ,.-'\n\t\u00a0abcdefghijklmnopqrstuvwxyz，。、的")  # in nearly every text: a poor need


def _cost(n: Need) -> int:
    """How often a need is met, roughly (lower: the row is skipped more often). Soundness does not depend on it."""
    return sum(20 if c in _COMMON else 1 for c in n[0]) + 3 * n[1]


def _seq(items: Any, ignore: bool) -> Need | None:
    best: Need | None = None
    for op, av in items:
        n = _node(op, av, ignore)
        if n is not None and (best is None or _cost(n) < _cost(best)):
            best = n
    return best


def _node(op: Any, av: Any, ignore: bool) -> Need | None:
    if op is _c.LITERAL:
        return _char(av, ignore)
    if op is _c.IN:
        return _in(av, ignore)
    return nested(op, av, ignore, _seq, _union)


_ATOMIC = getattr(_c, "ATOMIC_GROUP", object())
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", object()))


def nested(op: Any, av: Any, ignore: bool, seq: Callable[[Any, bool], T | None], union: Callable[[list[T | None]], T | None]) -> T | None:
    """What a node that holds other nodes requires, by `seq` over its sub-sequence (a group, an atomic group, a
    repeat of at least one, a lookahead; the group's flags applied) or `union` over its branches; None for any
    other node (no requirement known). Shared by the character needs, the word needs and `starts` (first characters)."""
    if op is _c.SUBPATTERN:
        _group, add, remove, sub = av
        return seq(sub, (ignore or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)
    if op is _ATOMIC:
        return seq(av, ignore)
    if op is _c.BRANCH:
        return union([seq(b, ignore) for b in av[1]])
    if op in _REPEATS:
        least, _most, sub = av
        return seq(sub, ignore) if least >= 1 else None
    if op is _c.ASSERT:
        return seq(av[1], ignore)
    return None


@functools.lru_cache(maxsize=1)
def _tree(pattern: re.Pattern[str]) -> Any:
    """The parse tree of the pattern, None when it cannot be read (another Python's internals): read once
    for needs and needs_words, which ask for each pattern one after the other."""
    try:
        return _parser.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None


@functools.cache
def needs(pattern: re.Pattern[str]) -> Need | None:
    """What every match of the pattern holds one of; None when the analysis cannot say (never skip).
    Kept per pattern (the tables' patterns are few and live as long as the process)."""
    tree = _tree(pattern)
    if tree is None:
        return None
    need = _seq(tree, bool(tree.state.flags & re.IGNORECASE))
    return need if need is not None and (need[0] or need[1]) else None


def may_match(need: Need | None, present: frozenset[str], digit: bool) -> bool:
    """Whether a text holding the characters `present` (and a decimal digit when `digit`) can match."""
    return need is None or (need[1] and digit) or not need[0].isdisjoint(present)


def has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


# Words: the same soundness, for strings. `needs` reads characters, and a row of English words under
# IGNORECASE (`\b(?:doubled|tripled|…)\b`) needs letters every text holds, so it was run over every text;
# its regular expression tries every position of the text. `needs_words` reads the literal strings every
# match holds one of (lower case under IGNORECASE), and the row is skipped when the text holds none.
# IGNORECASE matches a letter by its simple lower case and a few equivalences; the non-ASCII characters
# that so match an ASCII letter are CASE_TO_ASCII (tested over every code point): a text holding one of
# them is never skipped by a caseless word.
CASE_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
MIN_WORD = 3  # shorter strings are in nearly every text: not worth a search
Words = tuple[frozenset[str], bool]
"""(strings, caseless): every match holds one of the strings (compared in lower case when caseless)."""


def _run_char(code: int, ignore: bool) -> str | None:
    ch = chr(code)
    if not ignore:
        return ch
    return ch.lower() if ch.isascii() else (ch if is_caseless(ch) else None)


def _words_seq(items: Any, ignore: bool) -> frozenset[str] | None:
    """Strings one of which every match of the sequence holds: a run of literal characters, or what one
    element needs; the longest shortest string wins (the most selective)."""
    best: frozenset[str] | None = None

    def keep(cand: frozenset[str] | None) -> None:
        nonlocal best
        if cand and min(map(len, cand)) >= MIN_WORD and (best is None or min(map(len, cand)) > min(map(len, best))):
            best = cand

    run = ""
    for op, av in items:
        ch = _run_char(av, ignore) if op is _c.LITERAL else None
        if ch is not None:
            run += ch
            continue
        keep(frozenset({run}) if run else None)
        run = ""
        keep(_words_node(op, av, ignore))
    keep(frozenset({run}) if run else None)
    return best


def _words_node(op: Any, av: Any, ignore: bool) -> frozenset[str] | None:
    return nested(op, av, ignore, _words_seq, _words_union)


def _words_union(branches: list[frozenset[str] | None]) -> frozenset[str] | None:
    if any(b is None for b in branches):
        return None
    return frozenset().union(*(b for b in branches if b is not None))


@functools.cache
def needs_words(pattern: re.Pattern[str]) -> Words | None:
    """The strings every match of the pattern holds one of, and whether they are compared in lower case;
    None when the analysis cannot say (never skip). A caseless pattern's case-sensitive parts are compared
    caselessly too: that only skips less."""
    tree = _tree(pattern)
    if tree is None:
        return None
    ignore = bool(tree.state.flags & re.IGNORECASE)
    words = _words_seq(tree, ignore)
    if words is None:
        return None
    if not (ignore or any(_ignored_parts(tree))):
        return words, False
    if not all(c.isascii() or is_caseless(c) for w in words for c in w):
        return None  # lower case of other letters may depend on their neighbours (final sigma): no skipping
    return frozenset(w.lower() for w in words), True


def _ignored_parts(items: Any) -> list[bool]:
    """Whether some group of the pattern turns IGNORECASE on (its strings are then lower case)."""
    out: list[bool] = []
    for op, av in items:
        if op is _c.SUBPATTERN:
            out.append(bool(av[1] & re.IGNORECASE))
            out += _ignored_parts(av[3])
        elif op is _c.BRANCH:
            for b in av[1]:
                out += _ignored_parts(b)
        elif op in _REPEATS:
            out += _ignored_parts(av[2])
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            out += _ignored_parts(av[1])
        elif op is _ATOMIC:
            out += _ignored_parts(av)
    return out


def may_match_words(words: Words | None, text: str, lowered: str | None) -> bool:
    """Whether a text can match a pattern of needs_words `words`; `lowered` is text.lower(), or None when
    the text holds a character of CASE_TO_ASCII (then a caseless pattern is always run)."""
    if words is None:
        return True
    strings, caseless = words
    if not caseless:
        return any(s in text for s in strings)
    return lowered is None or any(s in lowered for s in strings)


LONG_TEXT = 4096
"""Characters of a text from which a per-figure look-up (`direction.english_direction`, `bounds.english_bound`) first
asks `holds_none` of it: a news paragraph is shorter and pays nothing. Measured on one paragraph of 20,000 links,
whole process, 3 alternating runs: 11.19 -> 9.51 CPU s (median)."""


@per_pair
def lowered(text: str) -> str | None:
    """text.lower(), or None when the text holds a character that IGNORECASE matches to an ASCII letter
    (CASE_TO_ASCII: then no caseless test skips it), as `may_match_words` reads it. Once per text and pair: the
    pattern tables (`core.extract`), the phrase readers (`gated.finditer`) and `holds_none` share it."""
    return None if any(c in text for c in CASE_TO_ASCII) else text.lower()


@per_pair
def holds_none(text: str, words: Words) -> bool:
    """Whether the text holds none of `words` (as `needs_words` gives them), so that no pattern whose every match holds
    one of them can match anywhere in it: asked once per text and pair, not once per figure of a long text."""
    return not may_match_words(words, text, lowered(text))


def long_without(text: str, words: Words) -> bool:
    """Whether the text is long (`LONG_TEXT` characters or more) and holds none of `words`: a per-figure look-up whose
    every match holds one of them answers every figure of such a text at once (`direction`, `bounds`)."""
    return len(text) >= LONG_TEXT and holds_none(text, words)
