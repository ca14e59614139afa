"""Release 44, archive (issue 19): TQA507 for `一个`/`一种` opening a sentence after a quoted phrase; wrong TQA401
shapes read among the FALSE rows of heldout2 — a name the text introduces with a verb of naming (`名为 WebEX connect 的
新平台`), a connector named by its maker's word in lower case (`一个 lightning 连接器`)."""

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


def test_a_count_opening_a_sentence_after_a_quoted_phrase_is_a_run_on() -> None:
    # archive shapes (gartner-lowers-2011-2012-pc-growth…, line 9; intouch-medical-advice-via-cellphone, line 13)
    assert _at("TQA507", "消费者正在推迟购买，因为它们“被认为更有吸引力”一种设备，如 iPad，提供了许多功能。\n") == ["一种设备，如 "]
    assert _at("TQA507", "有一些合理的分类，比如“叮咬”和“急诊室寻找器”一个试图帮助人们的好主意？\n")
    # after a quoted verb, `一个` is its object: one sentence
    assert _at("TQA507", "现在任何人都可以用真金白银“喜欢”一个网站。\n") == []
    assert _at("TQA507", "当民意测验专家问美国人他们是否“支持”一个想法时，答案各不相同。\n") == []


def test_a_span_of_time_after_a_quoted_phrase_is_no_run_on() -> None:
    # release 44 review: 一个月后, 一个星期后 count no subject
    assert _at("TQA507", "在被评为“年度最佳创业公司”一个月后，该公司宣布关闭。\n") == []
    assert _at("TQA507", "在推出“全新的社交网络”一个星期后，该公司又推出了一款应用。\n") == []
    assert _at("TQA507", "该公司在发布“全新的社交网络”一个多小时后撤回了公告。\n") == []


def test_places_after_closing_quotes_are_read_in_linear_time() -> None:
    # release 44 review: text[:i] copied and “ searched back to the start at each place (40,000 places: 1.4 s, the
    # quadratic term about 7 times the linear one at 48,000 places)
    from tests.helpers import grows_linearly

    from transqa.checks.fragments import run_ons

    def work(n: int) -> list[tuple[int, str]]:
        return run_ons("“开头" + "“小，在范围内”科学家将" * n + "“好的创业公司”一个人" * n)

    assert len(grows_linearly(work, 6_000)) == 48_000
