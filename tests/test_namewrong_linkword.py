"""Release 42 (namewrong): a link's Latin text that writes an English word in place of a piece of the name its own
address spells (TQA364, `linknames._word_for_name_links`)."""

from __future__ import annotations

from tests.helpers import needs_lexicon


def _codes(zh: str) -> list[tuple[str, str | None]]:
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    return [(f.code, f.target.text if f.target else None)
            for f in check_documents(None, parse_markdown("zh/x.md", zh)).findings if f.category == "name"]


@needs_lexicon
def test_a_word_put_in_place_of_a_piece_of_the_linked_name_is_reported() -> None:
    # archive movable-ink-launches-agileemail: Movable Ink's link written `mobile Ink`
    zh = "# Movable Ink 推出新功能\n\n[mobile Ink](http://movableink.com/) 今天推出了一款电子邮件工具。\n"
    assert ("TQA364", "mobile Ink") in _codes(zh)
    # archive wtf-i-wanted-an-iphone: Something Awful written `Something worthy`
    zh = "# 圣诞推文\n\n他在 [Something worthy](http://www.somethingawful.com/) 上发了帖子。\n"
    assert ("TQA364", "Something worthy") in _codes(zh)
    # a source credited with `via` first: the credit word is not read as the name's word
    zh = "# 标题\n\n消息来源 [via research 2 guide](http://research2guidance.com/report) 称。\n"
    assert ("TQA364", "via research 2 guide") in _codes(zh)


@needs_lexicon
def test_a_linked_name_in_its_own_spelling_or_with_firm_words_is_not_reported() -> None:
    # every word capitalised: the firm's own name, longer than its address (jotlive.com)
    zh = "# 标题\n\n[JotSpot Live](http://www.jotlive.com/) 是一款协作工具。\n"
    assert not [c for c in _codes(zh) if c[0] == "TQA364"]
    # firm words are no word put in the name (contour-ventures)
    zh = "# 标题\n\n投资方包括 [contour venture partners](http://www.crunchbase.com/financial-organization/contour-ventures)。\n"
    assert not [c for c in _codes(zh) if c[0] == "TQA364"]
    # the name itself, and a text that holds it
    zh = "# 标题\n\n[Movable Ink](http://movableink.com/) 和 [movableink blog](http://movableink.com/blog) 上线。\n"
    assert not [c for c in _codes(zh) if c[0] == "TQA364"]
    # a letter off is TQA325's, not this rule's
    zh = "# 标题\n\n[movabel ink](http://movableink.com/) 上线。\n"
    assert not [c for c in _codes(zh) if c[0] == "TQA364"]
