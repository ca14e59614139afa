"""Release 43's speed steps (issue 21) give the same matches as the code they replace."""

from __future__ import annotations

import re

import pytest

from transqa.quantities import english
from transqa.quantities.core import literal_trie


def _plain(alternatives: list[str]) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("caseless", [True, False])
def test_literal_trie_matches_the_alternation(caseless: bool) -> None:
    alts = sorted(["abcd", "abc", "ab", "a", "b\\.c", "b", "x\\sy", "xy", "z"], key=len, reverse=True)
    flags = re.IGNORECASE if caseless else 0
    for tail in ("", r"(?!\w)", r"(?=d)", r"\b"):
        trie = re.compile("(?P<u>" + literal_trie(alts, caseless) + ")" + tail, flags)
        plain = re.compile("(?P<u>" + _plain(alts) + ")" + tail, flags)
        for text in ("abcd abc ab a abd", "ABCD Ab b.c bxc x y xy x\ty", "zab bcz aab", "ABCDE abce"):
            assert _matches(trie, text) == _matches(plain, text), (tail, text)


def test_unit_row_as_before() -> None:
    """The unit row (quantities.english) with its units as a tree matches as with their plain alternation, on every
    unit in lower, upper and title case, spaced, glued and followed by letters."""
    alts = sorted((re.escape(k).replace(r"\ ", r"\s") for k in english.EN_UNITS_MAP), key=len, reverse=True)
    row = next(p.regex for p in english.PATTERNS if p.name == "unit")
    plain = re.compile(row.pattern.replace(literal_trie(alts, caseless=True), "|".join(alts)), row.flags)
    assert plain.pattern != row.pattern
    for unit in english.EN_UNITS_MAP:
        for u in (unit, unit.upper(), unit.title()):
            for text in (f"5 {u}", f"5{u}", f"5 {u}s", f"1.5 million {u} and 3-{u}.", f"7 {u}x 2 {u}°"):
                assert _matches(row, text) == _matches(plain, text), text
