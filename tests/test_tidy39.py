"""Release 39, tidy: the shared readers the rules now ask (a half as a rise, gloss words, names spelt like words)."""

from __future__ import annotations

import pytest

from transqa.lang.glosses import english_words, is_gloss_word
from transqa.lang.lexicon import spelt_like
from transqa.quantities.chinese import chinese_quantities
from transqa.quantities.growth import HALF_RISE, half_rise_start


def _half(zh: str) -> int | None:
    q = next(q for q in chinese_quantities(zh) if q.kind == "fraction")
    return half_rise_start(zh, q)


def test_half_after_a_rise_is_a_multiple() -> None:
    """增加一半 and 提高了一半 are x1.5 from the verb on; 一半的人 is a share."""
    assert HALF_RISE == 1.5
    assert _half("订户数量将增加一半。") == 5
    assert _half("成本提高了一半。") == 2
    assert _half("一半的人反对。") is None


def test_gloss_words() -> None:
    """A word of CC-CEDICT's glosses is one; a made-up name is not (and no word is one without a dictionary)."""
    if not english_words():
        assert not is_gloss_word("governor")
        return
    assert is_gloss_word("governor")
    assert not is_gloss_word("mitsotakis")


@pytest.mark.parametrize(("name", "word"), [("Strykers", "striker"), ("Traansformers", "transformer"), ("Barbeary", "barbecue")])
def test_spelt_like_finds_near_and_started_words(name: str, word: str) -> None:
    """By distance (Strykers → striker) and by its first half (Barbeary → barbecue); none for a short name."""
    if not english_words():
        pytest.skip("no dictionary")
    assert word in spelt_like(name)
    assert spelt_like("Abcd") == ()
