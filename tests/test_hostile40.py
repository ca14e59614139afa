"""Hostile inputs against release 40's code: each shape read in time and memory linear in its size
(tests.helpers.grows_linearly), with the same findings as before."""

from __future__ import annotations

import tracemalloc

import pytest
from tests.helpers import count_grows_linearly, grows_linearly


def test_a_long_run_of_capitals_is_not_backtracked_letter_by_letter_for_names() -> None:
    # TQA327 (letter_off._CAPITALISED) read a capitalised word as `[A-Za-z]*[A-Z][A-Za-z]*`: a run of capitals that
    # the look-ahead refuses (before a hyphen) was backtracked for every split of the run, 32,000 capitals took
    # 10 CPU s of `transqa check` (100 KB: minutes). At n = 2,000 the old 4n took 16 times n.
    from transqa.checks.transliteration.letter_off import _CAPITALISED

    def work(n: int) -> list[tuple[int, int]]:
        return [m.span() for m in _CAPITALISED.finditer("中文" + "A" * n + "-中文，说 Wikets 和 iPhoto。")]

    got = grows_linearly(work, 2_000)
    assert [(s, e) for s, e in got if e - s < 100] == [(8_008, 8_014), (8_017, 8_023)]  # the two names still read


def test_a_long_lower_case_run_is_not_tried_by_each_of_its_deletions() -> None:
    # TQA327 (letter_off._near_name) built each one-letter deletion of a lower-case word: n strings of n letters,
    # 1 GB for a 32,000-letter run in one paragraph (100 KB: 10 GB). A word longer than any name (NAME_UP_TO letters,
    # plus the one added) is now no garble of one.
    from transqa.checks.transliteration.letter_off import _near_name

    tracemalloc.start()
    try:
        assert _near_name("abc" * 10_000, {}, {}) is None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000, peak


def test_a_long_lower_case_run_in_a_translation_is_checked_in_linear_memory() -> None:
    # the same, through the whole check of a translation alone: a capitalised name, then a 24,000-letter run, and a
    # capitalised run as long, that letter_off._one_edit_index indexed by each of its deletions as a name
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    def peak(n: int) -> int:
        zh = "# 标题\n\n中文 Abcabcx 说，" + "abc" * (n // 3) + "中文。\n\n中文 " + "Xbc" * (n // 3) + " 说。\n"
        doc = parse_markdown("a.zh.md", zh)
        tracemalloc.start()
        try:
            check_documents(None, doc)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    peak(3_000)  # lazy loads first
    small, large = peak(6_000), peak(24_000)
    count_grows_linearly(small, large, floor=1, bound=8, what="peak bytes at 6,000 and 24,000")


def test_an_extended_name_is_found_as_before() -> None:
    # TQA310's extended names (`Google+`, `Google Drive`), through the paragraph index the check uses (the old
    # one-name scan `_extended_beside` is gone; its cost on 8,000 names is test_late40b's linear-time test)
    from transqa.checks.transliteration.target_only import _Extended
    from transqa.model import Block

    def _extended_beside(text: str, t: str) -> bool:
        b = Block(index=0, kind="paragraph", text=text, offsets=list(range(len(text) + 1)), file_start=0, file_end=len(text))
        return _Extended()(b, t)

    assert _extended_beside("Google 用 Google+ 身份验证", "Google")
    assert _extended_beside("在 Google Drive 里", "Google")
    assert not _extended_beside("xGoogle+ 和 Google 的", "Google")  # inside a longer word only
    assert _extended_beside("xGoogle+ 和 Google +1", "Google")  # a later place counts
    assert _extended_beside("xa+a+a+", "a+a")  # a place starting inside a refused one
    assert not _extended_beside("Google 和谷歌", "Google")


def test_a_paragraph_of_one_titled_name_run_together_thousands_of_times_is_read_in_linear_time() -> None:
    # TQA324 (undotted._alone, release 39): each place of `迈克尔塞尔比尼斯` tried the starts of its run (塞尔, 塞尔比, …)
    # as surnames written alone, each by a scan over every place of them in the article: 2,400 places in one 24 KB
    # paragraph took 100 CPU s (96 KB: minutes). Each start's answer is now kept per article. Old at n = 300: the 4n
    # call took 16 times the n call.
    from transqa.checks.undotted import undotted

    calls = iter(range(1_000))

    def work(n: int) -> list[tuple[int, int, str, str]]:  # a new paragraph each call: answers are kept per article
        return list(undotted(f"{next(calls)}。" + "首席执行官迈克尔塞尔比尼斯说，" * n))

    got = grows_linearly(work, 300)
    assert len(got) == 1_200 and got[0][2:] == ("迈克尔", "塞尔比尼斯")


def test_an_article_writing_one_dotted_name_thousands_of_times_counts_it_once() -> None:
    # undotted._article_pairs counted `约翰·史密斯` and `约翰史密斯` over the whole article at each place of the `·`
    # name written run together more often (so never kept): quadratic in its places, at n = 1,000 the old 4n took
    # 15 times n. Each (given name, surname) is now weighed once, with the same pairs.
    from transqa.checks.undotted import undotted

    calls = iter(range(1_000))

    def work(n: int) -> list[tuple[int, int, str, str]]:  # a new article each call: the pairs are cached per article
        article = f"{next(calls)}。" + "约翰·史密斯说，" * n + "约翰史密斯说，" * (n + 1)
        return list(undotted("他与约翰史密斯见面。", article))

    assert grows_linearly(work, 1_000) == [(2, 7, "约翰", "史密斯")]


def test_a_paragraph_of_thousands_of_amounts_is_not_scanned_again_at_each_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """numbers._repeated_amounts asked `same` against every paired amount again at each place of an amount the pairs do
    not hold, and numbers._kind_changes scanned the whole translation at each source amount no target figure has
    (`$5 million and 5 yuan` × 9,600 beside `500万美元和5元人民币，`: 26 CPU s of `transqa check`, now 3.6). Each
    answer is now kept per value (7e34c5de; since then the amounts and figures are looked up by value, _ByValue); the
    same findings. The number rules alone are run. The work counted at 50 and 200 repetitions: the comparisons
    (Quantity.same, and numbers.close, which _kind_changes asks of each figure it weighs): fixed 394 -> 1,594
    (4.0x); with every amount scanned at each place (7e34c5de's parent's shape) 5,294 -> 81,194 (15x), each of the two
    scans alone 14x. (The CPU time at 800 and 3,200
    repetitions this replaces took ~3.2 CPU s.)"""
    from transqa.checks import numbers
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown
    from transqa.quantities.core import Quantity

    asked = [0]
    same, close = Quantity.same, numbers.close

    def counted_same(self: Quantity, other: Quantity) -> bool:
        asked[0] += 1
        return same(self, other)

    def counted_close(a: float, b: float) -> bool:
        asked[0] += 1
        return close(a, b)

    monkeypatch.setattr(Quantity, "same", counted_same)
    monkeypatch.setattr(numbers, "close", counted_close)
    NUMBER_RULES = Settings(select=("TQA2",))  # noqa: N806

    def work(n: int) -> tuple[int, list[tuple[str, int]]]:
        en = parse_markdown("a.en.md", "# Title\n\n" + "$5 million and 5 yuan " * n + "\n")
        zh = parse_markdown("a.zh.md", "# 标题\n\n" + "500万美元和5元人民币，" * n + "\n")
        asked[0] = 0
        got = [(f.code, f.target.offset) for f in check_documents(en, zh, NUMBER_RULES).findings if f.target]
        return asked[0], got

    (small, first), (large, _) = work(50), work(200)
    count_grows_linearly(small, large, floor=50, what="comparisons at 50 and 200 repetitions")
    # deterministic: the first size checked again gives the first answer
    assert first and work(50)[1] == first
