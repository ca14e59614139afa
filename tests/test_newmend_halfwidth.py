"""Release forty-one, a newcomer's item 2 (task newmend): TQA513, a half-width sentence mark after a Chinese word."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _found(zh: str) -> list:
    return [f for f in check_documents(None, parse_markdown("d.zh.md", zh)).findings if f.code == "TQA513"]


def test_half_width_sentence_marks_after_chinese_words_are_reported_with_their_repair() -> None:
    zh = ("龙卷风复盖西部群岛，和高地和阿盖尔和布特的部分地区.\n\n你怎么想呢? 这是真的吗\n\n"
          '他说。"我们有信心可以推出."\n\n也许合作社模式是有用的;每个成员都作为利益相关者。\n')
    found = _found(zh)
    assert [f.target.line for f in found] == [1, 3, 5, 7]
    assert [r.text for f in found for r in f.certain_repairs] == ["。", "？", "。", "；"]
    assert found[1].certain_repairs[0].old == "? "  # the space after the mark goes too


def test_what_is_not_a_sentence_mark_after_a_chinese_word_is_not_reported() -> None:
    zh = ("请访问转盘. fm 网站，等到. 1 版本，还有 example.com 和 3.5 亿。\n\n我等了...然后走了。雅虎!很好;)\n\n"
          "您可以按照以下步骤操作:\n\n我们接受贝宝付款,银行转帐。\n\n`代码.`\n\n```\n代码.\n```\n")
    assert _found(zh) == []


def test_a_dot_between_two_chinese_characters_is_reported_but_not_repaired() -> None:
    (f,) = _found("当电话的主人彼得.斯特。玛丽在车站附近捡了起来。\n")
    assert f.certain_repairs == () and "·" in (f.suggestion or "")
