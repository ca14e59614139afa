"""Release 38's hostile inputs: the new code of this release fed long paragraphs, long runs of one script, thousands
of names, figures and repeats in one paragraph (each test failed before its fix; the fixed code's author is named in
the test)."""

from __future__ import annotations

from tests.helpers import grows_linearly


def test_a_long_latin_run_is_no_subword_search_per_letter() -> None:
    # hostile38 #1 (r38-addsub's coverage._SUBWORD_MARKER, 36140b19): `[A-Za-z0-9]*@@` was tried at every letter of a
    # Latin run with no `@@`, each try reading the run to its end: a 40,000-letter run took 1.2 CPU s, 96 KB 8 s of a
    # paired check. A run is now tried from its first letter only.
    from transqa.checks.coverage import _SUBWORD_MARKER

    assert grows_linearly(lambda n: _SUBWORD_MARKER.search("你好" + "a" * n), 10_000) is None
    m = _SUBWORD_MARKER.search("运动水平。FOLFO@@ 其他")
    assert m is not None and m.group(0) == "FOLFO@@"
    m = _SUBWORD_MARKER.search("abc de@@f@@g 中")
    assert m is not None and m.group(0) == "de@@f@@g"


def _dotted_article(n: int) -> str:
    """An article of n `·` names, their given names and surnames each unique: no two share a part, and every two
    names were compared."""
    from transqa.lang.transliterate import NAME_CHARS

    chars = sorted(NAME_CHARS)[:60]

    def part(i: int, k: int) -> str:
        return "".join(chars[(i // 60**d) % 60] for d in range(k))

    return "# 标题\n\n" + "，".join(f"{part(i, 3)}·{part(i + 300_000, 4)}" for i in range(n)) + "。\n"


def test_thousands_of_dotted_names_are_not_weighed_each_against_each() -> None:
    # hostile38 #2 (r38-archinc's dotted_pairs._pairs and _candidates, 10cf8dc6): every `·` name was compared with every
    # other (and every surname with every run of name characters): 8,000 names in one article took 3 CPU s, 16,000 four
    # times that. The pairs are now read from the names grouped by part (the runs from an index by first and last
    # character: a constant factor, see _by_ends), same findings in the same order on 500 archive articles.
    from transqa.checks.transliteration.dotted_pairs import dotted_variants
    from transqa.context import Context
    from transqa.load import parse_markdown
    from transqa.memo import pair_scope

    def work(n: int) -> list[str]:
        with pair_scope():
            ctx = Context(None, parse_markdown("a.md", _dotted_article(n)), [])
            return [f.message for f in dotted_variants(ctx, set())]

    grows_linearly(work, 1500)


def test_a_paragraph_of_thousands_of_kept_slang_words_is_read_once() -> None:
    # hostile38 #3: `完整的BS，` 16,000 times beside an English paragraph that never writes BS took 81 CPU s of a
    # paired check (12,000 characters: 2 s). r38-addsub's untranslated._short_slang_kept read the English once per
    # place of BS (now once per word), and the older _sentence_opening_kept counted the block's Han characters once
    # per Latin run (_written_in_chinese, now once per block).
    from transqa.engine import check_documents
    from transqa.load import parse_markdown

    def work(n: int) -> list[str]:
        en = parse_markdown("a.en.md", "# Title\n\n" + "This is complete nonsense. " * (n // 27) + "\n")
        zh = parse_markdown("a.zh.md", "# 标题\n\n" + "完整的BS，" * (n // 6) + "。\n")
        return [f.code for f in check_documents(en, zh).findings]

    grows_linearly(work, 12_000)
