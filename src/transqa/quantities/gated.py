"""A phrase pattern run only over the texts it can match, shared by the phrase readers (issue 21).

The number rules read each paragraph bead for phrases (`on cloud nine`, `100% sure`, `a few hours`, `each`): one
pattern a phrase, most of them caseless, opening with a word boundary. The `re` engine then tries such a pattern at
every position of every paragraph, and nearly every paragraph holds none of the phrase's words. The pattern tables of
`core.extract` skip a row that cannot match (`needs.needs_words`) and scan for a match's first characters
(`starts.prefiltered`); the phrase readers ran their patterns bare. `finditer(pattern, text)` gives them the same
two exact tests: no match is lost, none is added, each at the same place with the same groups. The text's lower case,
which every caseless test reads, is made once per text and pair (`lowered`), not once per pattern.

Measured on the 5,223 source paragraphs of `benchmarks/speed.py --draws 1` (CPU ms, bare → gated): the 21 idioms of
`idioms.number_idioms` 410 → 115, `certainty` 160 → 25, `periods.english_vague_spans` 64 → 16, `scope.english_each`
54 → 7 (before sharing the lower case; see the commit for the whole pass).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from transqa.memo import per_pair
from transqa.quantities.needs import CASE_TO_ASCII, Words, may_match_words, needs_words
from transqa.quantities.starts import prefiltered

# id(pattern) → (the pattern, its prefiltered twin, its words): a pattern's hash reads its compiled code (tens of µs)
_GATES: dict[int, tuple[re.Pattern[str], re.Pattern[str], Words | None]] = {}


def _gate(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str], Words | None]:
    got = _GATES.get(id(pattern))
    if got is None or got[0] is not pattern:  # the entry keeps the pattern: its id is not reused
        got = _GATES[id(pattern)] = (pattern, prefiltered(pattern), needs_words(pattern))
    return got


@per_pair
def lowered(text: str) -> str | None:
    """text.lower(), or None when the text holds a character that IGNORECASE matches to an ASCII letter
    (needs.CASE_TO_ASCII: then no caseless test skips it). Once per text and pair."""
    return None if any(c in text for c in CASE_TO_ASCII) else text.lower()


def can_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when no match of `pattern` can lie anywhere in `text` (it holds none of the strings every match
    holds: needs.needs_words); True otherwise, and for a pattern the analysis cannot read."""
    words = _gate(pattern)[2]
    return words is None or may_match_words(words, text, lowered(text) if words[1] else None)


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), the same matches in the same order: none when the text cannot hold one
    (`can_match`), else found by the pattern compiled to scan for its matches' first characters
    (starts.prefiltered)."""
    got = _GATES.get(id(pattern))
    _pattern, fast, words = got if got is not None and got[0] is pattern else _gate(pattern)
    if words is not None:  # can_match, inline: asked for every phrase pattern of every paragraph
        strings, caseless = words
        hay = lowered(text) if caseless else text
        if hay is not None and not any(s in hay for s in strings):
            return iter(())
    return fast.finditer(text)
