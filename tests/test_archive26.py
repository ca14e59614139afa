"""Release twenty-six: what an editor sees in archive articles and transqa missed (issues 17 and 19).

Each case is written after a real archive article of `techcrunch-zh` (named in its test), read by the release-25
newcomer or labelled in archive dev2/dev3."""

from __future__ import annotations

import pytest
from tests.helpers import findings

pytest.importorskip("transqa.lang.lexicon")


def _needs_dictionary() -> None:
    from transqa.lang.lexicon import lexicon

    if lexicon() is None:
        pytest.skip("needs the CC-CEDICT lexicon")


# facebook-dreams-of-easy-music-while-religious-battle-rages-internally.md: 脸书 throughout, `Facebook` once inside a
# heading MT opened with 【 and never closed
FACEBOOK = ("# 脸书梦想简单的音乐\n\n脸书开始开发一款脸书音乐应用程序。脸书的条款很严格。\n\n"
            "做脸书要求的交易是自杀。没有人想被脸书音乐遗忘。\n\n"
            " **【Facebook 平台宗教战争**\n\n目前还不清楚脸书将走向何方。\n")


def test_a_latin_name_inside_an_unclosed_bracket_of_words_is_prose() -> None:
    _needs_dictionary()
    fs = [f for f in findings(None, FACEBOOK) if f.code == "TQA310"]
    assert [(f.target.text, f.suggestion) for f in fs if f.target is not None] == [("Facebook", "脸书")]


def test_a_latin_name_inside_a_leaked_embed_is_still_not_prose() -> None:
    _needs_dictionary()
    zh = FACEBOOK.replace("**【Facebook 平台宗教战争**", "【Facebook https://www.facebook.com/x?id=1】")
    assert not [f for f in findings(None, zh) if f.code == "TQA310"]


# a-list-of-startups-goldman-sachs-thinks-will-most-likely-ipo.md: `[Square 的](http://www.square.com/)` once, then
# 平方 in the list of startups
SQUARE = ("# 高盛认为最有可能 IPO 的初创公司名单\n\n"
          "与会者聆听了由[马克·安德森](http://www.crunchbase.com/person/marc-andreessen)和 "
          "[Square 的](http://www.square.com/)[基思·拉布瓦](http://www.crunchbase.com/person/keith-rabois)所做的演讲。\n\n"
          "按字母顺序排列:\n\n*   爱彼迎\n*   Birchbox\n*   平方\n*   Tumblr\n")


def test_a_name_linked_to_its_own_site_once_is_the_article_s_form() -> None:
    _needs_dictionary()
    fs = [f for f in findings(None, SQUARE) if f.code == "TQA317"]
    assert [(f.target.text, f.suggestion) for f in fs if f.target is not None] == [("平方", "Square")]


def test_a_name_written_once_in_latin_without_its_site_is_not_enough() -> None:
    _needs_dictionary()
    zh = SQUARE.replace("http://www.square.com/", "http://www.crunchbase.com/person/jack-dorsey")
    assert not [f for f in findings(None, zh) if f.code == "TQA317"]


# lafayette-fiber-case-going-to-state-supreme-court.md, ibag-turntable-plus-ipod-minus-turntable.md,
# ftc-weary-of-net-neutrality.md (archive dev2/dev3): the source site credited in a bracket after the link to its page
@pytest.mark.parametrize(("credit", "found"), [
    ("【宽带报道】", "宽带报道"),
    ("【宽带报道 via [Digg](http://digg.com/tech_news/x)", "宽带报道"),
    ("(宽带报道)", "宽带报道"),
])
def test_a_credit_after_a_link_that_translates_the_site_s_name(credit: str, found: str) -> None:
    _needs_dictionary()
    zh = f"# 标题\n\n光纤之战继续。\n\n[拉斐特光纤之战向州最高法院开战](http://www.broadbandreports.com/shownews/78020){credit}\n"
    fs = [f for f in findings(None, zh) if f.code == "TQA319"]
    assert [f.target.text for f in fs if f.target is not None] == [found]


def test_a_credit_that_names_another_thing_is_not_reported() -> None:
    _needs_dictionary()
    zh = "# 标题\n\n光纤之战继续。\n\n[拉斐特光纤之战向州最高法院开战](http://www.broadbandreports.com/shownews/78020)【新闻稿】\n"
    assert not [f for f in findings(None, zh) if f.code == "TQA319"]


# nc24-1 (the release-24 newcomer's own pair, still open in release 25): a coinage of a three-letter word and another,
# `Skyfjord` (sky + fjord), translated word by word; the Salesforce kind with a shorter first word
@pytest.mark.parametrize(("name", "literal", "found"), [
    ("Skyfjord", "天空峡湾", "天空"),
    ("Salesforce", "销售队", "销售"),
])
def test_a_coinage_with_a_three_letter_first_word_translated_word_by_word(name: str, literal: str, found: str) -> None:
    _needs_dictionary()
    en = f"# Rival\n\nIts rival, Oslo-based {name}, raised $300 million last month.\n"
    zh = f"# 对手\n\n其竞争对手——总部位于奥斯陆的{literal}上个月融资 3 亿美元。\n"
    fs = [f for f in findings(en, zh) if f.code == "TQA312"]
    assert [f.target.text for f in fs if f.target is not None] == [found]


def test_a_three_letter_word_before_a_gloss_it_does_not_head_is_not_reported() -> None:
    _needs_dictionary()
    en = "# Rival\n\nIts rival, Oslo-based Skyfjord, raised $300 million last month.\n"
    zh = "# 对手\n\n其竞争对手——总部位于奥斯陆的斯凯峡湾上个月融资 3 亿美元，天空很蓝。\n"
    assert not [f for f in findings(en, zh) if f.code == "TQA312"]


# google-ita-travel-no-fair.md (archive dev2): `[FairSearch](http://www.fairsearch.org/)`, then `FairSearch 声称…` once,
# and 公平搜索联盟 between them
FAIRSEARCH = ("# 谷歌收购 ITA 并不公平\n\n一些在线旅游公司正在游说司法部通过一个名为 [FairSearch](http://www.fairsearch.org/) "
              "的组织阻止这笔交易。\n\n公平搜索联盟认为，谷歌可以利用 ITA 边缘化竞争对手。\n\n"
              "大约三分之二的旅行计划是从搜索引擎开始的，FairSearch 声称超过 30%的旅行搜索是从谷歌开始的。\n")


def test_an_english_link_text_that_is_the_name_its_address_spells_counts_as_the_name() -> None:
    _needs_dictionary()
    # one finding on the span, by TQA316 since it reads `FairSearch` as its two words (kept before TQA317: `one_per_span`)
    fs = [f for f in findings(None, FAIRSEARCH) if f.code in ("TQA316", "TQA317")]
    assert [(f.target.text, f.suggestion) for f in fs if f.target is not None] == [("公平搜索", "FairSearch")]


def test_an_english_link_text_of_another_address_is_still_not_a_place_of_the_name() -> None:
    _needs_dictionary()
    zh = FAIRSEARCH.replace("http://www.fairsearch.org/", "http://www.example.com/news/1")
    assert not [f for f in findings(None, zh) if f.code == "TQA317"]


def test_a_word_of_a_sentence_is_not_taken_for_a_name_the_article_only_links() -> None:
    # plaxo-doubles-address-book-traffic-raises-ambitions.md: `[Gist](…crunchbase.com/company/gist)` once, and 头脑 (the
    # mind) in a quotation far below: the word, not the company (a false finding of a 1,500-article archive sample)
    _needs_dictionary()
    zh = ("# Plaxo 的流量翻番\n\n像 [Gist](http://www.crunchbase.com/company/gist) 这样的服务整合了联系信息。\n\n"
          "米勒说：“对垃圾邮件的认知仍然存在于一些人的头脑中。”\n")
    assert not [f for f in findings(None, zh) if f.code == "TQA317"]
    named = zh.replace("一些人的头脑中", "头脑公司的用户心中")
    assert [f.target.text for f in findings(None, named) if f.code == "TQA317" and f.target is not None] == ["头脑"]
