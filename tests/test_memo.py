"""Per-pair analyses (transqa.memo): computed once inside a pair's scope, never kept beyond it."""

from __future__ import annotations

from transqa.memo import pair_scope, per_pair


def test_results_are_kept_inside_a_scope_only() -> None:
    calls: list[str] = []

    @per_pair
    def spans(text: str) -> list[int]:
        calls.append(text)
        return [len(text)]

    assert spans("ab") == [2] and spans("ab") == [2]
    assert calls == ["ab", "ab"]  # no scope: computed each time
    with pair_scope():
        first = spans("ab")
        first.append(99)  # a caller's change does not reach the next caller
        assert spans("ab") == [2]
        with pair_scope():  # a nested scope shares the outer one
            assert spans("ab") == [2]
        assert spans("abc") == [3]
    assert calls == ["ab", "ab", "ab", "abc"]
    with pair_scope():
        spans("ab")
    assert calls[-1] == "ab" and len(calls) == 5  # a new pair computes again


def test_the_engine_splits_each_paragraph_once_for_aligner_and_checks(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from transqa.engine import check_documents
    from transqa.lang import english
    from transqa.load.markdown import parse_markdown

    seen: list[str] = []
    inner = english.sentences

    def counting(text: str) -> list[tuple[int, int]]:
        seen.append(text)
        return inner(text)

    monkeypatch.setattr(english, "sentences", counting)
    src = parse_markdown("a.en.md", "Apple said it would open a store. It opened in 2017.\n\nSales rose 5% at Apple.\n")
    tgt = parse_markdown("a.zh.md", "苹果表示将开一家店。它于 2017 年开业。\n\n苹果的销售额增长了 5%。\n")
    check_documents(src, tgt)
    assert seen and len(seen) == len(set(seen))
    english.english_sentences("Apple said it would open a store.")
    english.english_sentences("Apple said it would open a store.")
    assert seen[-2:] == ["Apple said it would open a store."] * 2  # outside a pair: no memory
