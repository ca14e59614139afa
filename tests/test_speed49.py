"""Release 49, speed: the transliteration family's shared strings read a quicker way give what they gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transqa.checks.transliteration.with_original import _PARTICLES, _han_grams, _long_grams

# Han characters, particles among them, and a few others that end a run of Han
_TEXT = st.text(alphabet="斯特的了是在和拉克莱尔黑色沙漠公司 A,，。", max_size=40)


@given(_TEXT)
@settings(max_examples=300, deadline=None)
def test_long_grams_are_the_particle_free_long_strings_of_han_grams(text: str) -> None:
    # the definition _long_grams had before release 49: every string of _han_grams tested
    before = {g for g in _han_grams(text) if len(g) >= 3 and not _PARTICLES.intersection(g)}
    got = _long_grams(text)
    assert set(got) == before
    assert len(got) == len(before)  # each once
