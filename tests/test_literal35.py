"""Release 35 (issue 17/19 recall, name-literal): a title that translates a name its body writes once in Latin
script, in the text of a link to the name's own site."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _title_lost(path: str, zh: str) -> list[str | None]:
    return [f.suggestion for f in check_documents(None, parse_markdown(path, zh)).findings if f.code == "TQA323"]


def test_a_name_written_once_in_a_link_to_its_own_site_is_lost_from_the_title() -> None:
    # archive, memiary-reminds-you-what-youre-doing-with-your-life lines 1, 5: `# 记忆提醒你你在做什么`, body
    # `网站 [Memiary](http://www.memiary.com/)` once
    zh = ("# 记忆提醒你你在做什么\n\n# 记忆提醒你你在做什么\n\n"
          "由开发者在一个周末建立的网站 [Memiary](https://web.archive.org/web/2022/http://www.memiary.com/) ，旨在帮助你。\n")
    assert _title_lost("techcrunch/docs/memiary-reminds-you-what-youre-doing-with-your-life.md", zh) == [
        "write “Memiary” in the title"] * 2


def test_a_name_written_once_outside_its_own_link_or_beside_an_established_name_is_not() -> None:
    body = "由开发者建立的网站 [Memiary](https://example.com/about/) ，旨在帮助你。\n"
    assert _title_lost("techcrunch/docs/memiary-reminds-you-what-youre-doing-with-your-life.md", "# 记忆提醒你\n\n" + body) == []
    # if-a-car-launches-in-second-life-…: the title writes the established 《第二人生》
    zh = ("# 如果一辆车在《第二人生》推出，会有人注意到吗？\n\n"
          "它是最早在 [Second Life](http://www.crunchbase.com/company/secondlife) 推销其产品的公司之一。\n")
    assert _title_lost("techcrunch/docs/if-a-car-launches-in-second-life-will-anyone-notice-it.md", zh) == []


def test_a_link_anchor_that_spells_its_site_character_by_character() -> None:
    # archive, dazzle-us-again-delicious line 31 `[蓝点](http://www.bluedot.us/)`; facebook-places-please-rob-me line 9
    from tests.helpers import findings

    zh = ("# 测试\n\n像 [蓝点](http://www.bluedot.us/) 这样的服务。\n\n网站[请抢我，](http://pleaserobme.com/)上线了。\n\n"
          "更多信息见[这里](http://www.here.com/)和[官方网站](http://www.officialsite.com/)。\n")
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA319" and f.target]
    assert [t for t, _ in got] == ["蓝点", "请抢我"]


def test_spelt_whole_needs_every_character_and_two_pieces() -> None:
    from transqa.lang.backgloss import spelt_whole

    assert spelt_whole("bluedot", "蓝点") == (("蓝", "blue"), ("点", "dot"))
    assert spelt_whole("bluedot", "蓝猫点") is None  # 猫 (cat) spells nothing of the name
    assert spelt_whole("blue", "蓝") is None  # one piece is as often the word itself
