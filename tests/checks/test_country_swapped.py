"""TQA322 with the original: a country the original never names, put where it means another (`the country` of an
article on Scotland rendered 美国). Sentences written for these tests, after the shapes of dev3 (WMT22
JDExploreAcademy stv.tv.1681) and heldout10 (WMT22 GTCOM euronews-en.19225)."""

from __future__ import annotations

import pytest

from transqa.lang.transliterate import proper_names

needs_cedict = pytest.mark.skipif(proper_names() is None, reason="CC-CEDICT (the lexicon extra) is not installed")


def _found(en: str, zh: str) -> list[tuple[str, str]]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA322",))).findings
    return [(f.target.text if f.target else "", f.message) for f in got]


STORM_EN = ("Storm force winds are set to batter northern parts of Scotland with disruption to travel.\n\n"
            "It follows two named storms that brought widespread disruption to large parts of the country.\n")
STORM_ZH = ("强风将袭击苏格兰北部地区，交通将受到影响。\n\n"
            "此前，两场风暴给{}大部分地区带来了大范围的破坏。\n")


@needs_cedict
def test_the_country_rendered_as_one_the_article_never_names() -> None:
    got = _found(STORM_EN, STORM_ZH.format("美国"))
    assert [t for t, _ in got] == ["美国"]
    assert "the country" in got[0][1] and "Scotland" in got[0][1]


@needs_cedict
def test_the_country_the_article_names_or_left_unnamed_passes() -> None:
    assert _found(STORM_EN, STORM_ZH.format("苏格兰")) == []  # the country the article names
    assert _found(STORM_EN, STORM_ZH.format("该国")) == []  # the country left unnamed
    # the kingdom Scotland belongs to: a nation of it named names it
    assert _found(STORM_EN, STORM_ZH.format("英国")) == []


@needs_cedict
def test_an_article_that_names_no_country_says_nothing_of_which_it_means() -> None:
    en = ("Famously clear Lake Tahoe has been polluted, say divers in South Lake Tahoe, California.\n\n"
          "It is the cleanest lake in the country, one diver said.\n")
    zh = "加利福尼亚州南太浩湖的潜水员说，以清澈闻名的太浩湖受到了污染。\n\n一位潜水员说，这是美国最干净的湖。\n"
    assert _found(en, zh) == []


@needs_cedict
def test_a_country_the_paragraph_explains_is_no_swap() -> None:
    en = ("Heavy snow fell across Serbia and much of the Balkans on Sunday.\n\n"
          "Americans visiting the country were told to stay indoors.\n")
    assert _found(en, "周日，塞尔维亚和巴尔干大部分地区降下大雪。\n\n在该国的美国人被告知待在室内。\n") == []
    # without the word that explains it, the same country is one the article never names
    en2 = en.replace("Americans visiting the country", "Visitors to the country")
    assert [t for t, _ in _found(en2, "周日，塞尔维亚和巴尔干大部分地区降下大雪。\n\n美国的游客被告知待在室内。\n")] == ["美国"]


@needs_cedict
def test_a_country_inside_a_longer_word_or_a_transliteration_is_none() -> None:
    en = ("Heavy snow fell across Serbia and much of the Balkans on Sunday.\n\n"
          "Roads along the coast of the country were closed, CBS News reported.\n")
    # 海地 (Haiti) inside 沿海地区, 哥伦比亚 inside 哥伦比亚广播公司 (CBS)
    assert _found(en, "周日，塞尔维亚和巴尔干大部分地区降下大雪。\n\n据哥伦比亚广播公司报道，该国沿海地区的道路被关闭。\n") == []


@needs_cedict
def test_named_countries_as_every_name_pattern_searched_finds_them() -> None:
    """The countries a document names, found with each name's words first, are those the search of every country's
    name pattern and every capitalised word's renderings finds (names of two words across a line break or a hyphen,
    demonyms, acronyms, a word whose rendering is the country)."""
    import re

    from transqa.checks.transliteration.country import (
        COUNTRIES,
        _name_pattern,
        _named_countries,
        country_names,
    )
    from transqa.lang.lexicon import renderings

    texts = [STORM_EN, "The United\nStates and United-Kingdom", "Italians, an Albanian, the U.S. and the UK; French wine",
             "New Zealanders met South\tAfricans in Papua New Guinea", "British and American firms", "no country at all",
             "Koreans in North Korea and the Republic of Korea; Saudi Arabia, the Czech Republic, Bosnia and Herzegovina"]
    for text in texts:
        caps = {w.lower() for w in re.findall(r"\b[A-Z][a-z]{2,}", text)}
        names = country_names()
        old = sorted(c for c in COUNTRIES if any(_name_pattern(n).search(text) for n in names.get(c, ()))
                     or any(c in renderings(w) for w in caps))
        assert _named_countries(text, caps) == old, text
    assert {"意大利", "美国"} <= set(_named_countries("Italians and the U.S.", {"italians"}))
