"""Release 35 reviewers' items (mend): an established name by meaning is read as a word of its own."""

from __future__ import annotations

import pytest

from transqa.lang.backgloss import definitions
from transqa.lang.established import established_in


@pytest.mark.parametrize(("title", "held"), [
    ("# 如果一辆车在《第二人生》推出", True),  # marked
    ("# CrunchDeals:本周新蛋的游戏配件打九折", True),  # TechCrunch archive: NewEgg's Chinese name inside a run
    ("# 点评:劲量双区感应充电板", True),  # archive review-energizer-…: Energizer's Chinese brand (editor r45 item 12)
    ("# 谷歌推出新服务", False),
])
def test_established_name_in_a_title(title: str, held: bool) -> None:
    assert established_in(title) is held


def test_a_form_inside_a_longer_word_is_not_the_name() -> None:
    """先锋 (Pioneer) inside 先锋队 (a vanguard) is the word, not the firm: the substring test took it (review 35)."""
    if "先锋队" not in definitions():
        pytest.skip("CC-CEDICT not installed")
    assert not established_in("# 先锋队员发布新应用")
