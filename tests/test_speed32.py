"""Release 32, speed: searches that used to compile a pattern per name or run now test a fixed part of every match
first (or use str.find); they must find what the patterns found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from transqa.checks.transliteration.target_only import _one_changed
from transqa.checks.transliteration.with_original import (
    _HalfRun,
    _head_and_words_pattern,
    _whole_run_pattern,
    _WholeRun,
)
from transqa.lang.script import ignorecase_lowered

# Han characters of names, a newline, and the odd characters re.IGNORECASE matches to ASCII letters
_HAN = st.text(alphabet="阿奎罗拉达克\n·", max_size=30)
_LATIN = st.text(alphabet="AppleMaspCoinKıſİ \n地图", max_size=30)


def _one_changed_pattern(text: str, usual: str, p: int) -> list[int]:
    """Release 31's search: a lookahead compiled per name and character."""
    return [m.start() for m in re.finditer("(?=" + re.escape(usual[:p]) + "." + re.escape(usual[p + 1 :]) + ")", text)]


@settings(max_examples=400, deadline=None)
@given(_HAN, st.text(alphabet="阿奎罗拉达克·", min_size=3, max_size=6), st.integers(0, 5))
def test_one_changed_finds_what_the_lookahead_found(text: str, usual: str, p: int) -> None:
    p %= len(usual)
    assert list(_one_changed(text, usual, p)) == _one_changed_pattern(text, usual, p)


def test_one_changed_overlapping_and_not_across_a_newline() -> None:
    assert list(_one_changed("阿奎罗阿奎阿奎罗", "阿奎罗", 2)) == [0, 3, 5]
    assert list(_one_changed("阿奎\n阿奎罗", "阿奎罗", 2)) == [3]


@settings(max_examples=400, deadline=None)
@given(_LATIN, st.sampled_from(["Apple", "Apple Big", "Ev"]), st.sampled_from(["Maps", "Coin", "Kit", "Sis"]))
def test_whole_run_finds_what_its_pattern_found(text: str, head: str, last: str) -> None:
    got, want = _WholeRun(head, last).search(text), _whole_run_pattern(head, last).search(text)
    assert (got and got.span()) == (want and want.span())
    words = ("地图", "硬币")
    got, want = _HalfRun(head, words).search(text), _head_and_words_pattern(head, words).search(text)
    assert (got and got.span()) == (want and want.span())


def test_whole_run_in_any_case_and_with_the_odd_characters() -> None:
    assert _WholeRun("Apple", "Maps").search("用 apple maps 导航") is not None
    assert _WholeRun("Apple", "Maps").search("用AppleMaps导航") is not None
    assert _WholeRun("Apple", "Sis").search("Apple ſis") is not None  # ſ is s to re.IGNORECASE
    assert _WholeRun("Apple", "Maps").search("苹果地图") is None
    assert ignorecase_lowered("Apple ſis") is None and ignorecase_lowered("Apple") == "apple"
