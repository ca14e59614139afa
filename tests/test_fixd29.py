"""Release twenty-nine's paths a hostile tester found quadratic (hostile29 #1-#4), linear again: each is compared at 1x
and 4x the input (CPU time, tests/helpers.grows_linearly) or counted, never wall-clock timed."""

from __future__ import annotations

from tests.helpers import grows_linearly

from transqa.checks.coverage import _content_words, _negated_clause_lost


def test_negated_clause_reads_a_paragraph_of_many_negations_once() -> None:
    """HOSTILE29 #1: for each negator, TQA012's negated-clause test walked every content word of the paragraph and
    searched for `until` to the paragraph's end (N negations: N x N; 34 KB -> 272 KB took 1.1 -> 32 s). At n=300 the
    old code's word walk is ~16x from n to 4n; bisect over the word starts makes it ~4x."""

    def work(n: int) -> tuple[int, int] | None:
        en = " ".join("Prices were not low, buyers said, and sellers agreed." for _ in range(n))
        words = _content_words(en)
        return _negated_clause_lost(en, "买家表示价格上涨，卖家同意。" * (n // 2), words, [True] * len(words))

    assert grows_linearly(work, 300) is None


def test_negated_clause_still_found_after_many_rendered_ones() -> None:
    """The bisect window is the old one: the last negated clause, its words unrendered, is found at its own place."""
    en = " ".join("Prices were not low, buyers said." for _ in range(50)) + " Sellers did not want higher taxes today."
    words = _content_words(en)
    loose = [s < en.index("Sellers") for s, _e, _w in words]
    got = _negated_clause_lost(en, "买家表示价格上涨。", words, loose)
    assert got is not None and en[got[0]:got[1]].startswith("not want higher taxes")
