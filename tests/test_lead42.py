"""Release 42, the lead: TQA326's hyphen reading crashed (TQA999, `max()` of an empty sequence) where the character
right before a hyphen is one that never ends a name part (`的-`): WMT22 AISP-SJTU ecommerce_en_38 lost every finding of
the family on that document."""

from __future__ import annotations

from tests.helpers import findings


def test_a_hyphen_after_a_character_that_ends_no_name_is_no_crash() -> None:
    en = "Senator Wendy Rogers wrote to the team.\n"
    zh = "参议员的-罗杰斯给团队写信。温迪-罗杰斯也写了。\n"
    got = findings(en, zh)
    assert not [f for f in got if f.code == "TQA999"]
    assert [f.target.text for f in got if f.code == "TQA326" and f.target] == ["温迪-罗杰斯"]
