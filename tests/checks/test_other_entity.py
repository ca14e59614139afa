"""TQA322 with the original: a name rendered as another CC-CEDICT entity sharing a word with it (`曼联` for
Manchester City). Sentences written for these tests."""

from __future__ import annotations

import pytest

from transqa.lang.transliterate import proper_names

needs_cedict = pytest.mark.skipif(proper_names() is None, reason="CC-CEDICT (the lexicon extra) is not installed")


def _found(en: str, zh: str) -> list[str]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA322",))).findings
    return [f.target.text for f in got if f.target is not None]


def _messages(en: str, zh: str) -> list[str]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    return [f.message for f in check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA322",))).findings]


@needs_cedict
def test_a_club_rendered_as_its_neighbour() -> None:
    en = "Manchester City scored more than a hundred goals in the league this season.\n"
    assert _found(en, "曼联本赛季在联赛中打进了一百多个进球。\n") == ["曼联"]
    assert _found(en, "曼城本赛季在联赛中打进了一百多个进球。\n") == []  # its own rendering
    assert _found(en, "曼城队本赛季在联赛中打进了一百多个进球。\n") == []  # another entry for the same club
    assert _found(en, "Manchester City 本赛季在联赛中打进了一百多个进球。\n") == []  # kept in Latin script
    # the other club is in the English paragraph too: its rendering is its own
    assert _found("Manchester City beat Manchester United in the league.\n", "曼联在联赛中输了。\n") == []


@needs_cedict
def test_a_one_word_name_given_its_article() -> None:
    en = "He scored a late goal at the Emirates.\n"
    assert _found(en, "他在阿联酋打进了一个迟到的进球。\n") == ["阿联酋"]
    assert _found(en, "他在阿联酋航空打进了一个迟到的进球。\n") == []
    # without its article, or as an adjective, a one-word name is not read
    assert _found("He flew Emirates to Dubai.\n", "他乘坐阿联酋的航班飞往迪拜。\n") == []
    assert _found("He met the Emirates officials after the match.\n", "赛后他会见了阿联酋官员。\n") == []


@needs_cedict
def test_no_link_through_a_generic_word_or_a_country_qualifier() -> None:
    # Republican Party and Democratic Party share only `party`
    assert _found("The Republican Party lost the vote.\n", "民主党在投票中失利。\n") == []
    # `PRC Ministry of Transport` is the same ministry with its country
    assert _found("The Ministry of Transport issued the rules.\n", "交通运输部发布了规定。\n") == []
    # the same institution by another kind word: the US Department of Justice is 司法部 in the Mainland press (CC-CEDICT
    # lists 律政司, Hong Kong's, for it and 司法部 for the Ministry of Justice); the injected benchmark's WMT24 news
    assert _found("The Department of Justice opened an inquiry into the deal.\n", "司法部对这笔交易展开了调查。\n") == []


def test_sense_names_read_off_definitions() -> None:
    from transqa.checks.transliteration.other_entity import _sense_name

    assert _sense_name("Manchester United Football Club") == "manchester united"
    assert _sense_name("The Crystal Palace") == "crystal palace"
    assert _sense_name("Manchester, England") == "manchester"
    assert _sense_name("Korea as geographic term") is None  # a description, not a name
    assert _sense_name("abbr. for 阿拉伯联合酋长国") is None
    assert _sense_name("stock exchange") is None


@needs_cedict
def test_a_title_rendered_as_the_title_its_last_word_names() -> None:
    en = "One park worker told The Sunday Times that the baboons were learning fast.\n"
    assert _found(en, "一位园区工作人员告诉《泰晤士报》，狒狒学得很快。\n") == ["泰晤士报"]
    # the lost word as the source writes it (it read `sunday is lost`)
    assert "another title: Sunday is lost" in _messages(en, "一位园区工作人员告诉《泰晤士报》，狒狒学得很快。\n")[0]
    assert _found(en, "一位园区工作人员告诉《泰晤士报》星期日版，狒狒学得很快。\n") == []  # the other word is there
    # without title marks the rendering may be part of a longer one: not read
    assert _found(en, "一位园区工作人员告诉泰晤士报记者，狒狒学得很快。\n") == []
    assert _found("One park worker told The Times that the baboons were learning fast.\n",
                  "一位园区工作人员告诉《泰晤士报》，狒狒学得很快。\n") == []


# the suggestion under two string hash seeds (佛得角 or 维德角 for Cape Verde): tests/test_fix28c.py checks it in the
# interpreters that check TQA901 under them
