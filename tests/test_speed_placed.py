"""quantities.core.placed: dataclasses.replace of a quantity's offsets (and text), field for field (release 42)."""

from __future__ import annotations

from dataclasses import fields, replace

from transqa.quantities.chinese import chinese_quantities
from transqa.quantities.core import Quantity, placed
from transqa.quantities.english import english_quantities


def _quantities() -> list[Quantity]:
    en = ("On 3 March 2021 the firm raised $4.5 million, up 12 percentage points, at 8:45 pm; 85 miles away, "
          "the A380 flew 2,000 km in the 1990s, a third of them.")
    zh = "2021年3月3日，该公司融资450万美元，上升12个百分点，晚上8点45分；85英里外，A380在上世纪90年代飞行了2000公里，三分之一。"
    return english_quantities(en) + chinese_quantities(zh) + [
        Quantity("vague", 1000.0, 5, 9, "数千", span=(1000.0, 10000.0), soft=True, counted=True, years=True)]


def test_placed_is_replace_field_for_field() -> None:
    qs = _quantities()
    assert len(qs) >= 8
    for q in qs:
        for start, end, text in ((0, 0, None), (0, 0, q.text[-1:]), (q.start + 7, q.end + 7, "x")):
            got = placed(q, start, end, text)
            want = replace(q, start=start, end=end) if text is None else replace(q, start=start, end=end, text=text)
            assert got == want
            assert [getattr(got, f.name) for f in fields(Quantity)] == [getattr(want, f.name) for f in fields(Quantity)]
            assert hash(got) == hash(want)


def test_placed_leaves_its_quantity() -> None:
    q = _quantities()[0]
    before = [getattr(q, f.name) for f in fields(Quantity)]
    moved = placed(q, q.start + 1, q.end + 1, "other")
    assert (moved.start, moved.end, moved.text) == (q.start + 1, q.end + 1, "other")
    assert [getattr(q, f.name) for f in fields(Quantity)] == before


def _codes(en: str, zh: str) -> list[str]:
    from tests.helpers import findings

    return sorted(f.code for f in findings(en, zh) if f.category == "number")


def test_downing_street_among_other_figures_is_still_told_apart() -> None:
    # numbers._addresses keys only the label figures (release 42): the other figures beside them change nothing
    en = "Aides in No 10 said 3 ministers, 12 MPs and 40 staff would stay."
    assert "TQA210" in _codes(en, "10 名助手说，3 名部长、12 名议员和 40 名工作人员将留下。")
    assert "TQA210" not in _codes(en, "唐宁街 10 号的助手说，3 名部长、12 名议员和 40 名工作人员将留下。")
