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


def test_a_name_kept_in_latin_twice_and_rendered_by_sound_once() -> None:
    # wmt-mt heldout4, WMT22 Online-Y t3_rmw6am lines 1768-1775: `Skyler` twice, then 斯凯勒
    en = ("Why were Skyler and Walt so annoyed with the house in season 2?\n\n"
          "Why does Skyler seem so pissed about this?\n\n"
          "I'm also aware Skyler is openly flirting with Ted in the hope that someone treats her as a priority.\n")
    zh = ("为什么 Skyler 和沃尔特在第 2 季对房子感到如此恼火？\n\n为什么 Skyler 看起来这么生气？\n\n"
          "我也知道斯凯勒在公开和泰德调情，希望有人把她当作优先事项。\n")
    got = [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target]
    assert got == [("斯凯勒", "Skyler")]


def test_a_dictionary_rendering_beside_a_longer_name_kept_in_latin_twice_is_left_alone() -> None:
    # WMT23 GPT4-5shot manlycoffee: `Google Maps` kept twice, 谷歌 for Google once: the established name
    en = ("I opened Google Maps to find the shop.\n\nGoogle Maps said it was closed.\n\nSo I asked Google instead.\n")
    zh = "我打开 Google Maps 寻找那家店。\n\nGoogle Maps 说它关门了。\n\n所以我改问了谷歌。\n"
    assert not [f for f in findings(en, zh) if f.code == "TQA310"]
