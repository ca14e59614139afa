"""Release 32, transliteration (issue 17): one name, two renderings."""

from __future__ import annotations

from tests.helpers import findings, passes


def _inconsistent(zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion) for f in findings(None, zh) if f.code == "TQA310"]


def test_a_name_of_two_consonants_rendered_by_three_characters_beside_its_latin_majority() -> None:
    # archive heldout4, disrupt-sf-battlefield-semifinals-the-judges-react lines 143-163: Trello four times, 特雷罗 twice
    zh = ("# 评委的反应\n\n**[特雷罗](https://trello.com/)**\n\nTrello 是一个简单的协作软件，位于云中。\n\n"
          "Trello 的评委说：我使用这个产品的方法是制作白板。\n\nTrello 的团队回答说：如果我有 1000 个请求，我可能不会。\n\n"
          "特雷罗说：把一切都组织在一起。\n")
    assert _inconsistent(zh) == [("特雷罗", "Trello"), ("特雷罗", "Trello")]


def test_a_short_latin_name_only_inside_a_longer_name_is_not_weighed() -> None:
    # archive heldout2, amazon-…-first-markets line 7: `Kindle Fire` three times, the bookshop 福伊尔 once
    passes("TQA310", None, "# 亚马逊\n\n亚马逊准备推出 Kindle Fire 平板电脑。\n\n后者像 Kindle Fire 一样。\n\n"
           "书店 Blackwells 和福伊尔也在卖。\n\nKindle Fire 平板电脑建立在 Android 上。\n")


def test_a_surname_inside_two_names_joined_by_a_word_is_weighed_against_its_other_writing() -> None:
    # archive heldout4, disrupt-sf-battlefield-semifinals-the-judges-react line 129: 迈克·阿林顿对哈迪·帕托维, 阿灵顿 elsewhere
    zh = ("# 评委的反应\n\n联合创始人迈克·阿灵顿与科技名人一起评判。\n\n迈克·阿灵顿昨晚在推特上说了这件事。\n\n"
          "迈克·阿灵顿：我担心这个产品。\n\n迈克·阿林顿对哈迪·帕托维说：你们做得很好。\n")
    assert _inconsistent(zh) == [("阿林顿", "阿灵顿")]
