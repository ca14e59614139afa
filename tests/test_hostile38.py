"""Release 38's hostile inputs: the new code of this release fed long paragraphs, long runs of one script, thousands
of names, figures and repeats in one paragraph (each test failed before its fix; the fixed code's author is named in
the test)."""

from __future__ import annotations

import pytest
from tests.helpers import CountedSearch, count_grows_linearly, grows_linearly


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


def test_a_paragraph_of_thousands_of_kept_slang_words_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """hostile38 #3: `完整的BS，` 16,000 times beside an English paragraph that never writes BS took 81 CPU s of a
    paired check (12,000 characters: 2 s). r38-addsub's untranslated._short_slang_kept read the English once per
    place of BS (now once per word), and the older _sentence_opening_kept counted the block's Han characters once
    per Latin run (_written_in_chinese, now once per block; both e7bbbc9c). The work counted at 200 and 800 places,
    the untranslated family alone (TQA4): the characters the slang patterns search and untranslated.han_count reads:
    fixed 13,215 -> 52,806 (4.0x); with the English searched at each place (_source_once without its memo)
    249,428 -> 3,870,428 (15.5x), with the Han characters counted per Latin run (_written_in_chinese without its
    cache) 252,214 -> 3,888,805 (15.4x). (grows_linearly's CPU time at
    12,000 and 48,000 characters of every family, which this replaces, took ~2.3 CPU s.)"""
    from transqa.checks import untranslated
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse_markdown

    read = [0]


    han_count = untranslated.han_count

    def counted_han(text: str) -> int:
        read[0] += len(text)
        return han_count(text)

    monkeypatch.setattr(untranslated, "_SLANG_AFTER_WORD", {w: CountedSearch(p, read) for w, p in untranslated._SLANG_AFTER_WORD.items()})
    monkeypatch.setattr(untranslated, "han_count", counted_han)

    def work(n: int) -> int:
        en = parse_markdown("a.en.md", "# Title\n\n" + "This is complete nonsense. " * (n // 27) + "\n")
        zh = parse_markdown("a.zh.md", "# 标题\n\n" + "完整的BS，" * (n // 6) + "。\n")
        read[0] = 0
        check_documents(en, zh, Settings(select=("TQA4",)))
        return read[0]

    small, large = work(1_200), work(4_800)
    count_grows_linearly(small, large, floor=200, what="characters read at 200 and 800 places")


def _pair_codes(en_text: str, zh_text: str, select: tuple[str, ...] = ("TQA",)) -> list[str]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse_markdown

    en, zh = parse_markdown("a.en.md", en_text), parse_markdown("a.zh.md", zh_text)
    return [f"{f.code} {f.message}" for f in check_documents(en, zh, Settings(select=select)).findings]


def test_names_kept_in_latin_in_many_paragraphs_are_not_weighed_each_against_each() -> None:
    # hostile38 #4 (with_original._shares_a_word_only): each occurrence of a name was tested against every other
    # occurrence's whole name (_whole_name twice per pair), from _name_checks, _mixed and _script_places: 1,200
    # paragraphs keeping `Scholz和Morawiecki` took 14x the time at 8x the text (1.4 M _whole_name calls at 48 KB). The
    # others are now read once per name (their whole names, their words pooled). The transliteration family alone
    # (with the alignment) took 0.64 -> 6.4 CPU s at 500 -> 2,000 paragraphs before.
    from transqa.align.paragraphs import align
    from transqa.checks.transliteration import check
    from transqa.context import Context
    from transqa.load import parse_markdown
    from transqa.memo import pair_scope

    first = ["Scholz", "Morawiecki", "Barbeary", "Campbell", "Eirwen", "Winer"]

    def work(k: int) -> list[str]:
        en = "\n\n".join(f"{first[i % 6]} and {first[(i + 1) % 6]} met {first[(i + 2) % 6]}." for i in range(k))
        zh = "\n\n".join(f"{first[i % 6]}和{first[(i + 1) % 6]}会见了肖尔茨。" for i in range(k))
        with pair_scope():
            s, t = parse_markdown("a.en.md", "# Title\n\n" + en + "\n"), parse_markdown("a.zh.md", "# 标题\n\n" + zh + "\n")
            return [f.message for f in check(Context(s, t, align(s, t)))]

    # A work count, not a timing: the _whole_name calls of with_original at 100 and 400 paragraphs (4x) may be at most
    # 5x (today 784 -> 3,134 calls, 4.0x; the shape before 07f19877, each occurrence reading every other's whole name,
    # 10,586 -> 155,686, 14.7x; at 125 -> 500 16,160 -> 241,720 while its CPU grew only 3.7x, _whole_name_at being
    # kept per place since: a count sees the old shape where a timing at these sizes does not)
    from transqa.checks.transliteration import with_original

    real, calls = with_original._whole_name, [0]

    def counted(o):  # type: ignore[no-untyped-def]
        calls[0] += 1
        return real(o)

    work(25)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(with_original, "_whole_name", counted)
        got = []
        for k in (100, 400):
            calls[0] = 0
            work(k)
            got.append(calls[0])
    assert 0 < got[1] <= 5 * got[0], got


def test_a_paragraph_of_thousands_of_names_joined_by_and_is_read_once() -> None:
    # hostile38 #5 (untranslated._names_joined_kept, TQA401 `X and Y`): each match was checked against every span
    # reported before it, sliced the paragraph before and after it, and searched the English again; and
    # transliteration.listed searched `_CAP_BEFORE` from the English paragraph's start for each pair. 12 KB -> 96 KB
    # took 10.7x. Now bisection, the characters beside the run read in place, one English search per run. The name
    # and untranslated rules alone are run (the other families cost a third of the test)
    def work(n: int) -> list[str]:
        return _pair_codes("# Title\n\n" + "Fox and Seven went out. " * (n // 23) + "\n",
                           "# 标题\n\n" + "向Fox and Seven提供" * (n // 18) + "。\n", ("TQA3", "TQA4"))

    got = grows_linearly(work, 24_000)
    assert any(c.startswith("TQA401") and "Fox and Seven" in c for c in got)


def test_a_long_clause_before_a_cut_of_is_not_searched_from_each_character() -> None:
    # fragments.dangling_title_of and dangling_of took the last clause with a search for `[^，。…]*$`, tried from every
    # character of a long clause before a mark, each try reading to the mark (dangling_title_of before its cheap
    # determiner test): 20,000 `啊` before a `，` took 1.1 CPU s. The clause is now cut at the marks' rfind, and
    # dangling_title_of tests its determiner first.
    from transqa.checks.fragments import dangling_of, dangling_title_of

    def work(n: int) -> tuple[bool, bool, bool]:
        return (dangling_title_of("啊" * n + "，"), dangling_title_of("啊" * n + "，所有其他的"),
                dangling_of("啊" * n + "，挖掘世界的"))

    assert grows_linearly(work, 5_000) == (False, True, True)


def test_a_paragraph_of_thousands_of_sentences_naming_a_day_is_read_once() -> None:
    # coverage._check_time_twice (TQA009) rebuilt the paragraph's set of days and walked all its days for each
    # sentence: `周一。` 1,000 times took 0.10 CPU s, 4,000 times 1.53. Each day and each word of time is now bucketed
    # once into its sentence (bisection over the sentences' starts), same findings in the same order.
    from transqa.align.paragraphs import align
    from transqa.checks.coverage import _check_time_twice
    from transqa.context import Context
    from transqa.load import parse_markdown
    from transqa.memo import pair_scope

    def work(n: int) -> list[str]:
        with pair_scope():
            s = parse_markdown("a.en.md", "He came on Monday.\n")
            t = parse_markdown("a.zh.md", "周一。" * n + "他在周一来又在周一走了。\n")
            return [f.message for f in _check_time_twice(Context(s, t, align(s, t)), s.blocks[0], t.blocks[0])]

    got = grows_linearly(work, 1_000)
    assert len(got) == 1 and "周一" in got[0]
