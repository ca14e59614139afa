"""Release 29, speed: the Levenshtein distance by rapidfuzz (which replaced the bit-parallel code first built) and
the name rules' quicker loops give what the pure-Python tables and pairwise tests gave."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transqa.lang.english import edit_distance, levenshtein
from transqa.lang.transliterate import similarity


def _table(a: str, b: str) -> int:
    """The pure-Python Levenshtein table the two functions used before release 29."""
    d = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, d[0] = d[:], i
        for j, cb in enumerate(b, 1):
            d[j] = min(prev[j] + 1, d[j - 1] + 1, prev[j - 1] + (ca != cb))
    return d[-1]


def _capped(a: str, b: str, cap: int) -> int:
    """edit_distance before release 29: the table cut off at `cap`, with its early exits."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) >= cap:
            return cap
        prev = cur
    return min(prev[-1], cap)


_WORD = st.text(alphabet="abcdeéKLNRSTm", max_size=12)


@settings(max_examples=400, deadline=None)
@given(_WORD, _WORD, st.integers(min_value=0, max_value=14))
def test_edit_distance_is_the_capped_table(a: str, b: str, cap: int) -> None:
    assert edit_distance(a, b, cap) == _capped(a, b, cap)
    assert edit_distance(a, b) == _capped(a, b, 3)


@settings(max_examples=400, deadline=None)
@given(_WORD, _WORD)
def test_similarity_is_the_table_per_letter(a: str, b: str) -> None:
    assert levenshtein(a, b) == _table(a, b)
    assert similarity(a, b) == 1.0 - _table(a, b) / max(len(a), len(b), 1)


def test_known_distances() -> None:
    assert levenshtein("", "abc") == 3 and levenshtein("kitten", "sitting") == 3
    assert levenshtein("a" * 70, "b" + "a" * 69) == 1  # longer than a machine word
    assert edit_distance("strykers", "strikers") == 1
    assert edit_distance("traansformers", "transformers", 4) == 1
    assert edit_distance("barbeary", "barbecue", 3) == 3  # cut off at the cap
    assert similarity("KLN", "KRN") == 1.0 - 1 / 3


@settings(max_examples=400, deadline=None)
@given(st.sets(st.text(alphabet="柴犬的水族\0", max_size=5), max_size=12))
def test_outermost_strings_as_the_pairwise_test(grams: set[str]) -> None:
    from transqa.checks.transliteration.with_original import _outermost

    assert sorted(_outermost(grams)) == sorted(g for g in grams if not any(g != h and g in h for h in grams))
