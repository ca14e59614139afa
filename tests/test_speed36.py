"""Release 36 speed steps: each quicker path gives what the plain one gives."""

from __future__ import annotations

import random

from transqa.lang.lexicon import KEPT_PIECES_TEXT, chinese_words, han_words_in
from transqa.memo import pair_scope


def _sought(chinese: str, known: frozenset[str], shortest: int) -> frozenset[str]:
    """The members of `known` of `shortest` to six characters that occur in `chinese`, by plain substring tests."""
    return frozenset(w for w in known if shortest <= len(w) <= 6 and w in chinese)


def test_han_words_in_shared_pieces_match_plain_search() -> None:
    rng = random.Random(36)
    alphabet = "的中国人民银行发展经济美国总统特朗普说了一个不是在和有我们他这"
    texts = ["".join(rng.choice(alphabet + " ,a1") for _ in range(rng.randint(0, 80))) for _ in range(60)]
    texts.append("中国人民银行说" * (KEPT_PIECES_TEXT // 7 + 2))  # a long text: sought without kept pieces
    small = frozenset({"中国", "人民", "银行", "中国人民银行", "的", "美国总统", "特朗普", "说了一个不是在"})
    with pair_scope():
        for text in texts:
            for known, shortest in ((small, 1), (small, 2), (small, 3), (chinese_words() & frozenset(small), 2)):
                assert han_words_in(text, known, shortest) == _sought(text, known, shortest), (text, shortest)
    for text in texts[:5]:  # outside a pair scope: computed each time, the same
        assert han_words_in(text, small, 1) == _sought(text, small, 1)


def test_gloss_pattern_finds_a_gloss_where_its_expression_does() -> None:
    import itertools

    from transqa.checks.transliteration.common import GlossPattern

    pieces = ["舒尔茨", "舒尔", "（", "(", " ", "Olaf ", "Scholz", "Scholzs", "·", "奥拉夫", "O'Neil ", "x", "）"]
    forms_names = [("舒尔茨", "Scholz"), ("舒尔", "Scholz"), ("舒尔茨", "Olaf Scholz"), ("舒尔茨", "O'Neil"), ("舒尔", " Scholz")]
    texts = ["".join(p) for n in range(1, 6) for p in itertools.product(pieces, repeat=n)]
    opened = [t for t in texts if "(" in t or "（" in t]
    shut = [t for t in texts if "(" not in t and "（" not in t]
    for form, name in forms_names:
        g = GlossPattern(form, name)
        # every text that holds the form, the name and an opening bracket (1,128 to 50,448 of the 402,233), and every
        # 25th of the others: `glossed` turns those away at its first line, and each branch of the pattern spells all
        # three, so the pattern finds none in them (all 2,011,165 pairs were asked: 1.8 CPU s, now 1.0, the module imported)
        whole = [t for t in opened if form in t and name in t]
        rest = [t for t in opened if form not in t or name not in t]
        for text in whole + rest[::25] + shut[::25]:
            assert g.glossed(text) is (g.pattern.search(text) is not None), (form, name, text)


def test_checking_pairs_leaves_the_callers_collector_as_it_was() -> None:
    """A program that imports transqa (a Dask worker, a server, a test) keeps its garbage collector: only the command
    (transqa.__main__) sets COLLECTOR_THRESHOLD and freezes. Release 36 had check_documents raise the threshold per pair
    and freeze the caller's whole heap at its second pair (reviewer: thread-unsafe restore, host cycles kept)."""
    import gc

    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    for _ in range(3):
        check_documents(parse_markdown("a.en.md", "Paytm raised $2 billion.\n"), parse_markdown("a.zh.md", "Paytm 筹集了 20 亿美元。\n"))
        assert gc.get_threshold() == before
    # no more frozen objects than before (a freeze of the caller's heap adds every live object); fewer happen when an
    # earlier test of the same worker ran the command, which freezes, and a cache the check resets drops frozen ones
    # (a -n 2 run of the whole suite, release 37: 449,168 → 449,166)
    assert gc.get_freeze_count() <= frozen
