"""Release 44, archive (issue 19): wrong TQA401 shapes read among the FALSE rows of heldout2 — a name the text
introduces with a verb of naming (`名为 WebEX connect 的新平台`), a connector named by its maker's word in lower case
(`一个 lightning 连接器`)."""

from __future__ import annotations

from tests.helpers import findings


def _at(code: str, zh: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == code and f.target is not None]


def test_a_name_the_text_introduces_keeps_its_common_last_word() -> None:
    # archive shape (webex-to-go-mobile-with-soonr, line 7): WebEx Connect, the product's name
    named = "他们达成了合作伙伴关系。WebEX 推出了一个名为 WebEX connect 的新平台，WebEX 的移动访问将在之后推出。\n"
    assert _at("TQA401", named) == []
    # the same word after the name with no verb of naming is still the sentence's English left
    left = "他们达成了合作伙伴关系。WebEX 推出了 WebEX connect 新平台，WebEX 的移动访问将在之后推出。\n"
    assert _at("TQA401", left) == ["connect"]


def test_a_connector_named_in_lower_case_is_no_english_left() -> None:
    # archive shape (apples-next-ipad-will-indeed-inherit…, line 13): Apple's Lightning connector
    assert _at("TQA401", "它更新了处理器，并增加了一个 lightning 连接器。\n") == []
    assert _at("TQA401", "它更新了处理器，并增加了一个 thunderbolt 接口。\n") == []
    # the word before another noun is still reported
    assert _at("TQA401", "它更新了处理器，并增加了一个 lightning 功能。\n") == ["lightning"]
