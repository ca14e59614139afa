"""Hostile inputs against release 42's code: each shape read in time linear in its size
(tests.helpers.grows_linearly), with the same findings as before the fix."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.helpers import grows_linearly, needs_lexicon

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text


def _findings(zh: str, code: str, en: str | None = None) -> list[tuple[str, str]]:
    source = parse_text("a.en", en) if en is not None else None
    result = check_documents(source, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [(f.code, f.target.text) for f in result.findings if f.target is not None]


@needs_lexicon
def test_many_run_together_names_in_one_list_do_not_each_read_the_paragraph() -> None:
    # TQA324 (undotted._listed, _one_name, check) searched the whole paragraph before each run-together name of a
    # list for a `·` name (a regular expression over a slice of it) and the whole article for the name beside a `·`:
    # 3,000 names in one 30 KB paragraph took 36 CPU s; old 4n took 12 times n
    def work(n: int) -> list[tuple[str, str]]:
        return _findings("# 标题\n\n" + "罗恩里维拉和迈克麦卡锡和约翰史密斯，" * n + "\n", "TQA324")

    got = grows_linearly(work, 1_000)
    assert got[:2] == [("TQA324", "罗恩里维拉"), ("TQA324", "迈克麦卡锡")]


@needs_lexicon
def test_many_acronyms_spelt_out_in_one_paragraph_do_not_each_read_every_gloss_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # TQA330 (acronym_spelt._stem_of) compared each word of an acronym's name with every CC-CEDICT gloss word of the
    # aligned Chinese paragraph, and searched the paragraph again for each acronym: 2,000 acronyms spelt out beside
    # 6,000 Chinese words took 7.2 CPU s; old 4n took 7 to 10 times n. Since a6397a9f a word is looked up among the
    # gloss words and their starts. The work counted at 50 and 200 acronyms: the paragraph's gloss words read or looked
    # up (each gloss-word set `_meanings` gives counts its items walked and its look-ups): fixed 607 -> 2,496
    # (4.1x), compared with each (a6397a9f's parent's _stem_of) 45,311 -> 772,496 (17x). The timed growth test
    # this replaces (500 and 2,000 acronyms) took ~4.6 CPU s.
    from itertools import product

    from transqa.checks.transliteration import acronym_spelt
    from transqa.lang.glosses import english_words

    read = [0]

    class Counted(frozenset[str]):
        def __iter__(self) -> Iterator[str]:
            for w in super().__iter__():
                read[0] += 1
                yield w

        def __contains__(self, w: object) -> bool:
            read[0] += 1
            return super().__contains__(w)

    inner, kept = acronym_spelt._meanings, {}

    def meanings(chinese: str) -> frozenset[str]:
        if chinese not in kept:
            kept[chinese] = Counted(inner(chinese))
        return kept[chinese]
    monkeypatch.setattr(acronym_spelt, "_meanings", meanings)
    words = [k for k in english_words() if 2 <= len(k) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in k)]
    acronyms = ["".join(p) for p in product("BCDFGHJKLMNPRSTVWZ", repeat=3)]

    def work(n: int) -> tuple[int, list[tuple[str, str]]]:
        en = "Title\n\n" + "".join(f"{a[0]}qxzz {a[1]}qxzz {a[2]}qxzz ({a}) {i + 1000} said the men. "
                                    for i, a in enumerate(acronyms[:n])) + "\n"
        zh = "# 标题\n\n" + "".join(f"{''.join(words[3 * i : 3 * i + 3])} {i + 1000} 个。" for i in range(n)) + "\n"
        read[0] = 0
        got = _findings(zh, "TQA330", en)
        return read[0], got

    (small, _), (large, got) = work(50), work(200)
    assert large <= 6 * small, f"50 acronyms: {small} gloss words read, 200: {large} (linear: about 4x at most)"
    # one per sentence (none of the names is rendered), the first PER_PARAGRAPH listed, then one counting the rest
    assert len(got) == 11 and got[0][0] == "TQA330"


def test_a_long_run_of_han_with_no_hyphen_is_not_tried_from_each_character() -> None:
    # TQA324's hyphened names (undotted._HYPHEN_CHAIN, release 42) tried a run of Han characters followed by a hyphen
    # from every character of a run: 20,000 Han characters without a hyphen after them took 3.7 CPU s; old 4n 16 times n
    from transqa.checks.undotted import hyphened

    def work(n: int) -> list[tuple[int, int, list[int]]]:
        text = "汉" * n + "，温迪-罗杰斯说。"
        return list(hyphened(text, text + "温迪·罗杰斯", []))

    assert grows_linearly(work, 4_000) == [(n := 4 * 4_000 + 1, n + 6, [n + 2])]
