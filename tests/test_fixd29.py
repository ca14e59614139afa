"""Release twenty-nine's paths a hostile tester found quadratic (hostile29 #1-#4), linear again: each is compared at 1x
and 4x the input (CPU time, tests/helpers.grows_linearly) or counted, never wall-clock timed."""

from __future__ import annotations

from tests.helpers import grows_linearly

from transqa.align import align
from transqa.checks import markup
from transqa.checks.coverage import _content_words, _negated_clause_lost
from transqa.context import PER_PARAGRAPH, Context
from transqa.load import parse
from transqa.load.markdown import parse_markdown


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


def _emphasis_context(n: int) -> Context:
    """A pair whose one paragraph stresses `new` n times in the original and the whole clause n times in the
    translation, every stretch opening with the same six characters (hostile29 #2's input, aligned)."""
    en = " ".join("The company said the *new* plan would work well." for _ in range(n))
    zh = "".join("公司表示**这个新计划将会非常有效地运作下去**。" for _ in range(n))
    source, target = parse("a.en.md", "# Plan\n\n" + en + "\n"), parse_markdown("a.zh.md", "# 计划\n\n" + zh + "\n")
    return Context(source, target, align(source, target))


def test_moved_emphasis_places_each_stretch_in_one_pass() -> None:
    """HOSTILE29 #2: TQA509 listed every copy of a stretch's opening and recounted the markup's copies from the
    paragraph's start for each stretch (8,000 stretches: 64 M find_all steps, 14 s). At n=400 the old code is ~16x
    from n to 4n (its 2.6 M steps at 4n against a few ms of the rest); one pass over the copies makes it ~4x."""
    contexts = {n: _emphasis_context(n) for n in (100, 400, 1600)}
    got = grows_linearly(lambda n: list(markup.check(contexts[n])), 400)
    moved = [f for f in got if f.code == "TQA509"]
    assert len(moved) == PER_PARAGRAPH + 1 and moved[-1].message.startswith(f"{1600 - PER_PARAGRAPH} more stretches")


def test_moved_emphasis_stands_at_its_own_copy_of_a_repeated_opening() -> None:
    """Each stretch is placed at the copy of its opening that the markup's copies before it count, not the first."""
    ctx = _emphasis_context(3)
    places = [f.target.column for f in markup.check(ctx) if f.code == "TQA509" and f.target]
    assert places == [7, 32, 57], places  # `这个新计划` of each 25-character `公司表示**…**。`, 1-based
