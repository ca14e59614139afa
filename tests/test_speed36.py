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


def test_checking_freezes_once_at_the_second_pair_and_gives_the_threshold_back(monkeypatch) -> None:  # noqa: ANN001
    import gc

    import transqa.memo as memo

    frozen: list[int] = []
    monkeypatch.setattr(memo.gc, "freeze", lambda: frozen.append(memo._pairs_begun))
    monkeypatch.setattr(memo, "_pairs_begun", 0)
    before = gc.get_threshold()
    with memo.checking():
        assert gc.get_threshold()[0] == max(before[0], memo.YOUNG_THRESHOLD)
    assert frozen == [] and gc.get_threshold() == before  # a single check pays nothing, the threshold is back
    with memo.pair_scope(), memo.checking():  # inside a pair (a nested check): not a new pair
        pass
    assert frozen == []
    with memo.checking():
        pass
    with memo.checking():
        pass
    assert frozen == [2] and gc.get_threshold() == before
    gc.set_threshold(0, before[1], before[2])
    try:
        with memo.checking():  # collection turned off by the caller: left off
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_gloss_pattern_search_finds_what_its_expression_finds() -> None:
    import itertools

    from transqa.checks.transliteration.common import GlossPattern

    pieces = ["舒尔茨", "舒尔", "（", "(", " ", "Olaf ", "Scholz", "Scholzs", "·", "奥拉夫", "O'Neil ", "x", "）"]
    forms_names = [("舒尔茨", "Scholz"), ("舒尔", "Scholz"), ("舒尔茨", "Olaf Scholz"), ("舒尔茨", "O'Neil")]
    texts = ["".join(p) for n in range(1, 6) for p in itertools.product(pieces, repeat=n)]
    for form, name in forms_names:
        g = GlossPattern(form, name)
        for text in texts:
            got, want = g.search(text), g.pattern.search(text)
            assert (got is None) == (want is None), (form, name, text)
            if want is not None:
                assert (got.start(), got.end()) == want.span(), (form, name, text)
