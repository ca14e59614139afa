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

from transqa.quantities.needs import Words, holds_none, needs_words
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
    match holds (needs.holds_none, once per text and pair), else found by the pattern compiled to scan for its matches'
    first characters (starts.prefiltered)."""
    _pattern, fast, words = _gate(pattern)
    if words is not None and holds_none(text, words):
        return iter(())
    return fast.finditer(text)
