"""Release 49's newcomer's report, mended (helper newmend): one cheap test per item."""

from __future__ import annotations

from helpers import findings


def test_bound_suggestion_keeps_the_unit_of_time() -> None:
    """TQA209 on WMT22 Online-B guardian.44758 line 16 suggested `不到一` (the unit 年 cut off): the figure 一 is read
    without its unit of time, and the suggestion put the bound word before the bare figure."""
    src = "Kubiš resigned three weeks before the elections after less than a year in the post."
    tgt = "库比什在选举前三周就辞职。在岗一年。"
    found = [f for f in findings(src, tgt) if f.code == "TQA209"]
    assert [f.suggestion for f in found] == ["不到一年"]
    assert "gives 一年 with no bound" in found[0].message
