"""Release 37's hostile inputs: the new code of this release fed long paragraphs, thousands of names, figures and
renderings in one paragraph (each test failed before its fix; the fixed code's author is named in the test)."""

from __future__ import annotations

from tests.helpers import grows_linearly, needs_lexicon


def _name_as_word_alone(zh: str, path: str) -> list[str]:
    """TQA317's findings (their text) on a translation checked alone, wordnames.check on its own in a pair scope."""
    from transqa.checks import wordnames
    from transqa.context import Context
    from transqa.load import parse_markdown
    from transqa.memo import pair_scope

    with pair_scope():
        ctx = Context(None, parse_markdown(path, zh), [])
        return [f.target.text for f in wordnames.check(ctx) if f.target]


def _target_paragraph(n: int) -> str:
    """One paragraph of n clauses, each keeping Target in Latin script and rendering it once as 目标 (the retailer's
    name as the common word, TQA317: n findings)."""
    return "# Target 的新商店\n\n" + "Target 今天推出了新商店，这家店由目标公司经营，" * n + "。\n"


@needs_lexicon
def test_a_clause_is_found_without_reading_the_paragraph_from_its_start() -> None:
    # hostile37 #1 (r37-archlit's wordnames.named_in_clause, 744d2bee): each rendering's clause was found by scanning
    # the paragraph's clause marks from its start: n renderings in one paragraph, n² matches (4,000: 3 CPU s of the
    # article's 3.6; 1,000 -> 4,000 took 10.7x for the whole check). Four times the renderings, at most eight times
    # the time; every rendering still reported.
    got = grows_linearly(lambda n: _name_as_word_alone(_target_paragraph(n), "zh/target-store.md"), 600)
    assert got == ["目标"] * 2400


@needs_lexicon
def test_the_clause_reading_is_unchanged() -> None:
    # the clause that writes the name itself in Latin script still leaves its rendering (archlit37's own shape), in
    # the first clause, a middle one and the last, and a name written in the same clause after the rendering
    zh = ("# Target 的新商店\n\nTarget 今天推出了新商店。\n\nTarget 的商店很大，这家店由目标公司经营。\n\n"
          "这将帮助 Target 发现潜在的收购目标，店很大。\n\n店很大，收购目标之一是 Target。\n\n店很大，目标公司，Target 很好。\n")
    assert _name_as_word_alone(zh, "zh/target-store.md") == ["目标", "目标"]


def test_a_pole_word_before_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    # hostile37 #2 (release 37's TQA208 bound reading, direction._POLE_AS_BOUND, 8ab4f082): `\s*(?:可达|…)?\s*` split a
    # run of k spaces after 最高 k² ways before failing (8,000 spaces: 0.4 CPU s, 2x the spaces 4x the time; 100 KB of
    # them a minute). Four times the spaces, at most eight times the time; the finding stays.
    from transqa.quantities.direction import superlatives_flipped

    got = grows_linearly(lambda n: superlatives_flipped("It has the lowest rate.", "事故率最高" + " " * n + "。"), 4000)
    assert [t.group(0) for _m, t, _i in got] == ["最高"]


def test_a_pole_word_before_a_figure_is_still_a_bound() -> None:
    # the same readings as before the regex was mended: a bound before a figure (with or without a verb and spaces)
    # is no superlative; a pole before words or a clause end is
    from transqa.quantities.direction import superlatives_flipped

    for zh in ("折扣最高可达50%。", "折扣最高 可达 50%。", "最快 明天到。", "最高  3 天。", "最高为三成。"):
        assert superlatives_flipped("the lowest price", zh) == [], zh
    for zh in ("事故率最高。", "事故率最高 的州。", "最高可达很多。"):
        assert [t.group(0) for _m, t, _i in superlatives_flipped("the lowest rate", zh)] == ["最高"], zh
