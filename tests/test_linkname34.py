"""Release 34 (linkname): a link's anchor or credit that renders the name its address spells, read by CC-CEDICT both
ways and in any order (`transqa.lang.namegloss`, TQA319's `_by_glosses`)."""

from __future__ import annotations

from tests.helpers import needs_lexicon


def _tqa319(zh: str) -> list[str | None]:
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    return [f.target.text if f.target else None
            for f in check_documents(None, parse_markdown("zh/x.md", zh)).findings if f.code == "TQA319"]


@needs_lexicon
def test_name_pairs_reads_both_ways_in_any_order_with_function_words() -> None:
    from transqa.lang.namegloss import name_pairs

    # Chinese turns `ministry of supply` round; `of` is left unrendered
    assert name_pairs("供应部", "ministryofsupply") == (("ministry", "部"), ("supply", "供应"), ("of", ""))
    # two glosses of one word side by side (闹钟: alarm clock), `the` unrendered
    assert name_pairs("闹钟", "thealarmclock") == (("alarm+clock", "闹钟"), ("the", ""))
    # a beginning of a gloss (tech of technology)
    assert name_pairs("每日科技", "dailytech") == (("daily", "每日"), ("tech", "科技"))
    # words that render too little of the name, or a phrase that is mostly other words
    assert name_pairs("反馈", "feednation") is None
    assert name_pairs("电脑游戏玩家写的简报", "pcgamer") is None


@needs_lexicon
def test_an_anchor_or_credit_rendering_a_sites_words_is_reported() -> None:
    # archive after-kickstarter-success-ministry-of-supply-…: [供应部] for ministryofsupply.com
    zh = "# 供应部获得 110 万美元\n\n[供应部](http://www.ministryofsupply.com/) 制作男装。\n"
    assert _tqa319(zh) == ["供应部", "供应部"]  # the title's too, since release 46 (linknames.written_again)
    # archive study-says-uk-mobile-being-used-in-wc: the credit after a link to its page
    zh = "# 英国人在厕所用手机\n\n[英国人在厕所使用手机](http://www.cellular-news.com/story/23978.php)【手机新闻】\n"
    assert _tqa319(zh) == ["手机新闻"]
    # a page of a site, not its home page (archive iphone-class-action-lawsuit: [每日科技] for dailytech.com)
    zh = "# iPhone 集体诉讼\n\n据[每日科技](http://www.dailytech.com/article.aspx?newsid=8218)报道，诉讼已经提起。\n"
    assert _tqa319(zh) == ["每日科技"]


@needs_lexicon
def test_a_periodical_or_a_name_by_meaning_is_not_reported() -> None:
    # a periodical's Chinese name by meaning (商业周刊 for BusinessWeek)
    zh = "# 科技裁员\n\n据[商业周刊](http://www.businessweek.com/technology/content/dec2008/tc20081211.htm)报道，裁员加速。\n"
    assert _tqa319(zh) == []
    # a firm's Chinese name by meaning around a place's name (法国电信 for France Telecom)
    zh = "# T-Mobile 想要 Orange\n\n[法国电信](http://www.francetelecom.com/en_EN/press/) 拥有 Orange。\n"
    assert _tqa319(zh) == []


@needs_lexicon
def test_a_function_word_alone_or_the_pages_own_words_do_not_make_a_name() -> None:
    # archive g-plus-facebook-defensive: [民调] is the poll the link points to at wepolls.com (`we` is no word rendered)
    zh = "# G+\n\n根据我的不科学的[民调](http://www.wepolls.com/p/1696314/Do-you-work-in-the-Internet-industry)，是的。\n"
    assert _tqa319(zh) == []
    # archive have-swedish-treasure-hunters-…: the anchor translates the page's path (deep-sea-creatures), not the site
    zh = "# 宝藏\n\n你见过这些[深海生物](http://creaturessea.com/Pictures/deep-sea-creatures.jpg)吗？\n"
    assert _tqa319(zh) == []
    # the path that spells the name itself does not hide it (patentlyapple.com/patently-apple/…)
    zh = "# 专利\n\n被[发现专利苹果](http://www.patentlyapple.com/patently-apple/2011/08/apple-focused.html)发现。\n"
    assert _tqa319(zh) == ["发现专利苹果"]


@needs_lexicon
def test_a_handle_written_in_chinese_characters_is_reported_with_the_handle() -> None:
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    # archive oprah-first-tweet-will-be-tomorrow-…: [@奥普拉](…twitter.com/oprah)
    zh = "# 奥普拉的第一条推文\n\n你可以关注[@奥普拉](http://twitter.com/oprah)。\n"
    got = [(f.target.text if f.target else None, f.suggestion)
           for f in check_documents(None, parse_markdown("zh/x.md", zh)).findings if f.code == "TQA319"]
    assert got == [("@奥普拉", "@oprah")]
    # a post's address after `#!/`; the handle kept in Latin is no finding
    assert _tqa319("# 艾布拉姆斯\n\n[@艾布拉姆斯](https://twitter.com/#!/abrams/status/132641128804655104)说。\n") == ["@艾布拉姆斯"]
    assert _tqa319("# 奥普拉\n\n你可以关注[@oprah](http://twitter.com/oprah)。\n") == []
    # a link to a search, not an account
    assert _tqa319("# 搜索\n\n[@搜索](http://twitter.com/search?q=x)。\n") == []


@needs_lexicon
def test_the_established_chinese_name_of_business_insider_is_not_reported() -> None:
    # a reader of release 34's new archive findings: 商业内幕 is the name Chinese media write for Business Insider
    zh = "# 谷歌的新手机\n\n据[商业内幕](http://www.businessinsider.com/google-phone-2012-1)报道，谷歌将推出新手机。\n"
    assert _tqa319(zh) == []
    zh = "# 谷歌的新手机\n\n据[商业知情人](http://www.businessinsider.com/google-phone-2012-1)报道，谷歌将推出新手机。\n"
    assert _tqa319(zh) == ["商业知情人"]
