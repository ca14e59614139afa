"""Release 29: a negated clause dropped with its negation (TQA012, `benchmarks/omission_narrow.py`)."""

from __future__ import annotations

from tests.helpers import findings

OUTBREAK = ("It is not thought to be a serious outbreak at this stage, with The Athletic reporting that just one player "
            "has tested positive, with the rest being staff at the training ground.")


def _clauses(en: str, zh: str) -> list[tuple[str | None, str]]:
    return [(f.source.text if f.source else None, f.message) for f in findings(en, zh) if f.code == "TQA012"]


def test_a_negated_clause_dropped_with_its_negation_is_reported() -> None:
    # wmt22 Lan-Bridge, metro.co.uk.11282 line 1284 (heldout19, a partial omission no rule found before)
    got = _clauses(OUTBREAK, "据《田径》报道，目前只有一名球员检测呈阳性，其余都是训练场的工作人员。")
    assert [text for text, _m in got] == ["not thought to be a serious outbreak at this stage"], got
    assert "negated clause" in got[0][1]


def test_the_negation_rendered_is_not_reported() -> None:
    zh = "目前认为这并不是一次严重的疫情，据《田径》报道，只有一名球员检测呈阳性，其余都是训练场的工作人员。"
    assert _clauses(OUTBREAK, zh) == []


def test_a_negation_paraphrased_by_a_rendered_affirmative_is_not_reported() -> None:
    # WMT22 reference A line 483: `which I am certain didn't happen while the car was in my care` → 还车后发生的
    en = ("If I had been on my own, I certainly would have wound up paying the bill for damage which I am certain "
          "didn’t happen while the car was in my care.")
    assert _clauses(en, "如果我是个人租车，肯定要为还车后发生的损坏买单了。") == []


def test_not_long_is_an_idiom() -> None:
    # wmt22 JDExploreAcademy line 617: `It didn't take the neighbors long` → 很快 (a free rendering, no negator)
    en = "It didn't take the neighbors long to put two and two together after the vandals struck the third house."
    assert _clauses(en, "破坏者袭击第三栋房子后，邻居们很快就明白了。") == []
