"""Release twenty-eight, numbers: a relative day moved (TQA206), and a span of time whose unit changed while the
next paragraph names that unit for its own English (TQA205)."""

from __future__ import annotations

from tests.helpers import findings


def _codes(en: str, zh: str) -> list[str]:
    return sorted(f.code for f in findings(en, zh) if f.category == "number")


def test_a_relative_day_moved_is_a_date_changed() -> None:
    """heldout17: `wait till tonight` → `等到明晚`; a day named on one side only is never reported."""
    assert _codes("But that will have to wait till tonight.", "但那要等到明晚。") == ["TQA206"]
    assert _codes("But that will have to wait till tonight.", "但那要等到今晚。") == []
    assert _codes("The company announced on Tuesday that it would close.", "该公司昨天宣布将关闭。") == []
    assert _codes("She spoke to USA Today on Monday.", "她周一接受了《今日美国》采访。") == []
    # the name kept in Latin script, the weekday written as 昨天: read as a day, `Today` would be moved to 昨天 (the
    # line above passes either way, 今日 of 《今日美国》 matching the misread `Today`)
    assert _codes("She spoke to USA Today on Monday.", "她昨天接受了 USA Today 的采访。") == []


def test_the_next_paragraphs_own_unit_does_not_excuse_a_changed_one() -> None:
    """heldout17 (lawn_and_garden): `it will take you hours` → `几分钟`, the next paragraph's `一个多小时` being the
    translation of its own `over an hour`; when the next paragraph's English has no hour, its 小时 may be this one's
    moved there and nothing is reported."""
    first = ("You can turn the plug upside down, but it will take you hours to turn those screws.",
             "你可以把塞子倒过来，但是你要花几分钟来转动这些螺钉。")
    own = ("It took me over an hour to secure the baffle.", "我花了一个多小时才把挡板固定好。")
    moved = ("It was hard work to secure the baffle.", "固定挡板花了好几个小时，非常辛苦。")
    assert "TQA205" in _codes(f"{first[0]}\n\n{own[0]}\n", f"{first[1]}\n\n{own[1]}\n")
    assert "TQA205" not in _codes(f"{first[0]}\n\n{moved[0]}\n", f"{first[1]}\n\n{moved[1]}\n")
