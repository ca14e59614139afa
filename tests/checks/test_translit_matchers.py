"""The name matchers of checks.transliteration.common that replace a regular expression compiled per name
(speed, issue 21): the same matches as the expression they stand for, on texts written for the test."""

from __future__ import annotations

import itertools
import re

from transqa.checks.transliteration.common import (
    GlossPattern,
    LatinName,
    _gloss_pattern,
    _latin_name_pattern,
)


def _reference(name: str) -> re.Pattern[str]:
    stem = name[:-1] if len(name) > 4 and name.endswith("s") else name
    return re.compile(r"(?<![A-Za-z])" + re.escape(stem) + r"s?(?![a-z])", re.IGNORECASE)


_PIECES = ["Abc", "ABC", "abc", "s", "S", "ss", "x", " ", "的", "-", "'", "1", "\u017f", "\u212a", "\u0131", "\u0130"]
_NAMES = ["Abc", "Abcs", "ABCS", "Sabc", "Cs", "Abc abc", "A-b"]


def test_latin_name_matches_as_the_expression() -> None:
    texts = ["".join(p) for n in range(4) for p in itertools.product(_PIECES, repeat=n)]
    for name in _NAMES:
        fast, ref = _latin_name_pattern(name), _reference(name)
        assert isinstance(fast, LatinName)
        for text in texts:
            assert [(m.start(), m.end()) for m in fast.finditer(text)] == [m.span() for m in ref.finditer(text)], (name, text)
            assert (fast.search(text) is None) == (ref.search(text) is None)


def test_latin_name_plural_and_edges() -> None:
    spans = [(m.start(), m.end()) for m in _latin_name_pattern("Millers").finditer("米勒Miller和MILLERS，millersx")]
    assert spans == [(2, 8), (9, 16)]


def test_latin_name_not_ascii_stays_an_expression() -> None:
    pat = _latin_name_pattern("Kubiš")
    assert isinstance(pat, re.Pattern)
    assert [m.span() for m in pat.finditer("库比什（KUBIŠ）")] == [(4, 9)]


def test_gloss_pattern_searches_only_texts_with_both_literals() -> None:
    assert isinstance(_gloss_pattern("德贝巴", "Dbeibah"), GlossPattern)
    g = GlossPattern("德贝巴", "Dbeibah")
    assert not g.glossed("总理德贝巴说")
    assert "pattern" not in vars(g)  # no text held both literals: nothing compiled
    assert g.glossed("总理德贝巴（Abdul Hamid Dbeibah）说")
    assert not g.glossed("德贝巴说Dbeibah")
    assert g.glossed("德贝巴 (Dbeibah)")
