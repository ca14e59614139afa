"""A phrase pattern run only over the texts it can match, shared by the phrase readers (issue 21).

The number rules read each paragraph bead for phrases (`on cloud nine`, `100% sure`, `a few hours`, `each`): one
pattern a phrase, most of them caseless, opening with a word boundary. The `re` engine then tries such a pattern at
every position of every paragraph, and nearly every paragraph holds none of the phrase's words. The pattern tables of
`core.extract` skip a row that cannot match (`needs.needs_words`) and scan for a match's first characters
(`starts.prefiltered`); the phrase readers ran their patterns bare. `finditer(pattern, text)` gives them the same
two exact tests: no match is lost, none is added, each at the same place with the same groups. The text's lower case,
which every caseless test reads, is made once per text and pair (`needs.lowered`), not once per pattern.

Measured on the 5,223 source paragraphs of `benchmarks/speed.py --draws 1` (CPU ms, bare → gated): the 21 idioms of
`idioms.number_idioms` 410 → 115, `certainty` 160 → 25, `periods.english_vague_spans` 64 → 16, `scope.english_each`
54 → 7 (before sharing the lower case; see the commit for the whole pass).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from transqa.quantities.needs import Words, lowered, may_match_words, needs_words
from transqa.quantities.starts import prefiltered

# id(pattern) → (the pattern, its prefiltered twin, its words): a pattern's hash reads its compiled code (tens of µs)
_GATES: dict[int, tuple[re.Pattern[str], re.Pattern[str], Words | None]] = {}


def _gate(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str], Words | None]:
    got = _GATES.get(id(pattern))
    if got is None or got[0] is not pattern:  # the entry keeps the pattern: its id is not reused
        got = _GATES[id(pattern)] = (pattern, prefiltered(pattern), needs_words(pattern))
    return got


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), the same matches in the same order: none when the text holds none of the strings every
    match holds (needs.may_match_words over the text's lower case, made once per text and pair), else found by the
    pattern compiled to scan for its matches' first characters (starts.prefiltered)."""
    _pattern, fast, words = _gate(pattern)
    # holds_none's test, not its per-pair memo: a (text, pattern) is asked once, the memo's key and entry cost more
    # than the test (155,663 asks, 5,384 of them again, on benchmarks/speed.py --draws 1)
    if words is not None and not may_match_words(words, text, lowered(text)):
        return iter(())
    return fast.finditer(text)


# tuple of patterns, by id → (the tuple, the strings one of which every match of one of them holds, caseless; or None)
_UNIONS: dict[int, tuple[tuple[re.Pattern[str], ...], frozenset[str] | None]] = {}


def _union(patterns: tuple[re.Pattern[str], ...]) -> frozenset[str] | None:
    """The strings (lower case) one of which every match of any of `patterns` holds; None unless every pattern is
    caseless and has its strings (needs_words): then no union is read and nothing is skipped."""
    got = _UNIONS.get(id(patterns))
    if got is None or got[0] is not patterns:  # the entry keeps the tuple: its id is not reused
        words = [_gate(p)[2] for p in patterns]
        union = frozenset(s for w in words if w is not None for s in w[0])
        got = _UNIONS[id(patterns)] = (patterns, union if all(w is not None and w[1] for w in words) else None)
    return got[1]


def none_can_match(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Whether `finditer` finds nothing in `text` for every pattern of `patterns`, by one test of the text: it holds
    none of the strings of any of them (the union of their needs_words, in the text's lower case). A table of phrases
    asked of every paragraph (the 21 number idioms: 108,675 `finditer` calls on benchmarks/speed.py --draws 1) is so
    skipped in one call where no phrase can be; False (not known) otherwise."""
    union = _union(patterns)
    if union is None:
        return False
    low = lowered(text)
    return low is not None and not any(s in low for s in union)
