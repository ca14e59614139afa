"""Release 39, a newcomer's and a reviewer's leftovers of release 38 (mend)."""

from __future__ import annotations

from tests.helpers import findings


def _changed(en: str, zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.source.text if f.source else None, f.target.text if f.target else None) for f in findings(en, zh) if f.code == "TQA201"]


def test_two_wrong_multipliers_in_one_paragraph_are_each_reported() -> None:
    """Two multiples left on each side were not compared (one with one only): each is compared at its place."""
    got = _changed("Analysts say subscribers will double next year, and prices will be twice as high.",
                   "分析师称，明年订户将增加三倍，价格将高出三倍。")
    assert got == [("double", "增加三倍"), ("twice", "高出三倍")]


def test_two_multipliers_rendered_right_in_one_paragraph_pass() -> None:
    assert _changed("Analysts say subscribers will double next year, and prices will be twice as high.",
                    "分析师称，明年订户将翻一番，价格将是现在的两倍。") == []


def test_crossed_multipliers_are_each_reported_at_their_place() -> None:
    """`twice as high … a 3-fold rise` → `的三倍 … 增长了30%`: twice → 三倍 and 3-fold → 30%, not twice → 30%."""
    got = _changed("Sales were twice as high as a year ago, after a 3-fold rise in users.", "销售额是一年前的三倍，此前用户增长了30%。")
    assert got == [("twice", "的三倍"), ("3-fold", "30%")]


def test_a_multiple_kept_beside_a_changed_rise_stays_paired_by_value() -> None:
    """The matched multiple says what its source says (both a level): the pairing by value stands."""
    got = _changed("Sales were three times as high as a year ago, after users grew twice as large.", "销售额是一年前的三倍，此前用户增长了30%。")
    assert ("three times", "的三倍") not in got
