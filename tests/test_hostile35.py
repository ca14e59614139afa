"""Release 35's hostile tester: inputs that made this release's new code super-linear (the aligner's corridor past the
widest band, TQA310's names translated word by word)."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest


def test_the_corridor_past_the_widest_band_stays_linear_in_cells() -> None:
    # hostile35 #2: three shared keys, one far off the diagonal (source paragraph 1 beside target paragraph n - 3), made
    # the corridor's (`_search` with a cap, was `_along`) the rectangle between the pairs, the whole table (4,000 paragraphs a side: 16 million cells,
    # 91 CPU s and 1.6 GB in `_along`); a corridor of more cells than two widest bands is not searched.
    from transqa.align import dp

    n = m = 600
    cells: list[int] = []

    def fill(table: object) -> None:
        cells.append(sum(len(r) for r in table.back))  # type: ignore[attr-defined]

    points = [(1, n - 3), (n - 3, n - 2)]
    reach = dp._reach(points, n, m)
    assert dp._search(n, m, reach, reach, points, fill, cap=dp.MAX_BAND) == ([], float("inf"))
    assert all(c <= 2 * (n + 1) * (2 * dp.MAX_BAND + 1) for c in cells), cells


def test_an_article_shifted_past_the_band_still_finds_its_corridor() -> None:
    # the corridor of keys a paragraph apart (hostile34 #3's shape) stays within the limit and is searched
    from transqa.align import dp

    n, shift = 300, 80
    points = [(i, i - shift) for i in range(shift, n)]
    seen: list[int] = []

    def fill(table: object) -> None:
        seen.append(sum(len(r) for r in table.back))  # type: ignore[attr-defined]
        raise StopIteration  # the table's size is all this test needs

    reach = dp._reach(points, n, n)
    with pytest.raises(StopIteration):
        dp._search(n, n, reach, reach, points, fill, cap=dp.MAX_BAND)
    assert seen and seen[0] <= 2 * (n + 1) * (2 * dp.MAX_BAND + 1)


def _one_paragraph(count: int) -> str:
    words = ("Red Blue Green Black White Apple Tree River Stone House Market Water Fire Light Star Moon Sun Cloud Rock "
             "Field Garden Bridge Tower Castle Ocean Forest Mountain Island Street Road Gold Silver Iron Glass Paper Book "
             "Music Dance Voice Heart Mind Dream Power Energy Future World Space Time City Door").split()
    names = [f"{a} {b} {c}" for a, b, c in itertools.permutations(words, 3)][:count]
    return "".join(f"他们用 {x} 和，我们说 {x} 很好。" for x in names)


def test_thousands_of_names_in_one_paragraph_are_searched_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile35 #3: kept_by_meaning's budget counted (name, paragraph) pairs, so thousands of names kept twice in one
    # long paragraph each searched the whole paragraph (8,000 names: 10.9 CPU s, 27 times 1,000's). The characters
    # searched must grow no faster than the text (8 times the text: at most 10 times).
    pytest.importorskip("transqa.lang.lexicon")
    from transqa.checks.transliteration import kept_by_meaning as kbm
    from transqa.load import parse

    scanned = [0]
    real = kbm._rendering_pattern

    class Counted:
        def __init__(self, pat: object) -> None:
            self.pat = pat

        def finditer(self, text: str):  # type: ignore[no-untyped-def]
            scanned[0] += len(text)
            return self.pat.finditer(text)  # type: ignore[attr-defined]

    monkeypatch.setattr(kbm, "_rendering_pattern", lambda name: (lambda p: p and Counted(p))(real(name)))
    sizes = []
    for count in (400, 3200):
        scanned[0] = 0
        text = _one_paragraph(count)
        doc = parse("names.zh.md", "# 标题\n\n" + text + "\n")
        assert list(kbm.kept_by_meaning(SimpleNamespace(target=doc), set())) == []
        sizes.append((len(text), scanned[0]))
    (n1, s1), (n2, s2) = sizes
    assert s1 > 0 and s2 <= 10 * s1, sizes  # the text grew 8 times


def test_a_run_of_thousands_of_glued_placeholders_is_read_in_linear_time() -> None:
    # hostile35 #4: `_STRAY` reads a run of glued tokens whole (`T1T2T3T5T7T9`, r35-garbled: no bound of four), and a
    # token glued after a figure may start a match, so a run that ends on a letter was tried from each of its tokens in
    # turn, each to the run's end (8,000 tokens: 2.4 CPU s, 4 times 4,000's). A token's own digits are no figure.
    import time

    from transqa.checks.names import _STRAY

    text = "中" + "".join(f"T{i % 90 + 1}" for i in range(20_000)) + "x中"
    t = time.process_time()
    assert list(_STRAY.finditer(text)) == []
    assert time.process_time() - t < 1.0  # quadratic: about 15 CPU s
    found = [m.group("tok") for m in _STRAY.finditer("彭博 T2 报道，1.5T2 亿，gif)T5T7[T9]，T1T2T3T5T7T9 中")]
    assert found == ["T2", "T2", "T5T7", "T9", "T1T2T3T5T7T9"]
