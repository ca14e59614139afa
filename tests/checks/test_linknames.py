"""A link's anchor that translates word by word the name its own address spells (TQA319): short examples
written for these tests, modelled on archive articles (creepy-crawly-remote-controlled-tarantulas,
vodafone-to-buy-verizon, thank-you-sponsors-and-readers, jvc-vcr-lets-you-shine-shi-uh-vhs)."""

from pathlib import Path

import pytest
from tests.helpers import fails, findings, passes

from transqa.checks.linknames import address_names
from transqa.findings import Finding
from transqa.lang.lexicon import lexicon

pytestmark = pytest.mark.skipif(lexicon() is None, reason="CC-CEDICT (the lexicon extra) is not installed")

ARCHIVED = "https://web.archive.org/web/20191105070118/"


def test_an_article_of_a_site_linked_with_its_name_translated_word_by_word() -> None:
    zh = f"遥控狼蛛，via [齿轮日志]({ARCHIVED}http://gearlog.com/blogs/gearlog/archive/2006/10/13/23072.aspx)\n"
    f = fails("TQA319", None, zh)
    assert f.target is not None and f.target.text == "齿轮日志"
    assert "gear+log" in f.message and "gearlog" in f.message
    passes("TQA319", None, zh.replace("[齿轮日志]", "[Gearlog]"))


def test_the_name_is_part_of_the_anchor_or_of_a_subdomain() -> None:
    zh = f"[【通过寻找阿尔法】]({ARCHIVED}http://wireless.seekingalpha.com/article/41190)\n"
    assert fails("TQA319", None, zh).target.text == "寻找阿尔法"
    zh = f"感谢赞助商 **[导管]({ARCHIVED}http://techcrunch.conduit.com/)**。\n"
    assert fails("TQA319", None, zh).target.text == "导管"


def test_an_encyclopaedia_title_of_capitalised_words_names_a_work() -> None:
    zh = "如果你喜欢旧集[队长权力，](http://en.wikipedia.org/wiki/Captain_Power)你会喜欢它。\n"
    assert fails("TQA319", None, zh).target.text == "队长权力"
    # an article on a common noun is no name (Taskbar, Back-illuminated_sensor)
    passes("TQA319", None, "它有[背面照明传感器](http://en.wikipedia.org/wiki/Back-illuminated_sensor)。\n")
    passes("TQA319", None, "新的[任务栏](http://en.wikipedia.org/wiki/Taskbar)。\n")


def test_what_is_not_reported() -> None:
    # a home page is TQA316's (it reads home and profile pages), not reported twice
    home = "[晚餐嗡嗡声](http://www.dinnerbuzz.com/)\n"
    assert "TQA319" not in [f.code for f in findings(None, home)]
    # the dictionary's name for the brand (苹果 for Apple); a platform holding others' pages; a sound rendering
    passes("TQA319", None, "见[苹果网站](http://store.apple.com/us/browse/home/shop_iphone)。\n")
    passes("TQA319", None, "在[易趣拍卖](http://cgi.ebay.com/ws/eBayISAPI.dll?ViewItem)上。\n")
    passes("TQA319", None, "关于[比特币](http://bitcoin.org/en/faq)。\n")
    # names Chinese renders by meaning, as TQA316 leaves them (星火资本)
    passes("TQA319", None, "本轮由[星火资本](http://www.crunchbase.com/financial-organization/spark-capital)领投。\n")
    # an anchor of which the name's words are less than two thirds (a description of the site)
    passes("TQA319", None, "[共同核心标准倡议](http://www.corestandards.org/about)\n")
    # a rendering the article glosses with the name is the one it chose
    passes("TQA319", None, "[第二人生](http://secondlife.com/whatis)（Second Life）是一个虚拟世界。\n")


def test_address_names() -> None:
    assert address_names("https://web.archive.org/web/2013/http://wireless.seekingalpha.com/a/1") == ("seekingalpha",)
    assert address_names("http://www.broadcastingcable.com/article/CA6462422.html") == ("broadcastingcable",)
    assert address_names("http://www.bbc.co.uk/news/technology-123") == ("bbc",)
    assert address_names("http://www.crunchbase.com/product/political-base") == ("political-base",)
    assert address_names("http://www.crunchbase.com/search/advanced/companies") == ()
    assert address_names("http://www.crunchbase.com/person/aaron-levie") == ()
    assert address_names("http://www.gearlog.com/") == ()  # a home page: TQA316's
    assert address_names("mailto:someone") == ()
    assert address_names("http://[::1") == ()


def _only_tqa319(zh: str) -> list[Finding]:
    from dataclasses import replace

    from transqa.engine import DEFAULT, check_documents
    from transqa.load.markdown import parse_markdown

    return check_documents(None, parse_markdown("zh.md", zh), replace(DEFAULT, select=("TQA319",))).findings


def test_thousands_of_reported_links_take_linear_time() -> None:
    # each finding looked for a gloss of its rendering in every paragraph of the article (quadratic: 4,000 links
    # in 2,000 paragraphs took 5 CPU s in the gloss search alone)
    import time

    zh = "".join(f"第{i}段见[齿轮日志](http://gearlog.com/blogs/{i})。\n\n" for i in range(1500))
    t = time.process_time()
    got = _only_tqa319(zh)
    assert time.process_time() - t < 0.8
    assert len(got) == 1500
    # a gloss anywhere in the article still keeps every one
    assert not _only_tqa319(zh + "齿轮日志 (Gear Log) 是一个博客。\n")


def test_a_long_host_name_takes_linear_time() -> None:
    # the host label was split into dictionary words by trying every piece of every length (cubic: a label of
    # 5,600 letters took 8 CPU s); a DNS label has at most 63 letters, and no longer one is read as a name
    import time

    from transqa.checks.linknames import _split

    t = time.process_time()
    assert not _only_tqa319(f"见[齿轮日志](http://{'gearlog' * 800}.com/a)。\n")
    assert time.process_time() - t < 0.8
    assert _split("gearlog" * 9) == ("gear", "log") * 9  # 63 letters
    assert _split("gearlog" * 10) is None


def test_the_suggestion_is_the_name_as_the_article_spells_it() -> None:
    # the article writes the site in Latin script elsewhere: that spelling, not the address's lower-case label
    zh = f"[寻找阿尔法]({ARCHIVED}http://seekingalpha.com/article/41190)报道了此事。Seeking-Alpha 的作者说。\n"
    assert fails("TQA319", None, zh).suggestion == "Seeking-Alpha"
    # (written as two words or as one of two capitalised parts, TQA316 reports the span by the article's Latin name,
    # once: `one_per_span`)
    for spelt in ("Seeking Alpha", "SeekingAlpha"):
        got = [(f.code, f.suggestion) for f in findings(None, zh.replace("Seeking-Alpha", spelt)) if f.code in ("TQA316", "TQA319")]
        assert got == [("TQA316", spelt)]
    # else an encyclopaedia title's words; an address label of one piece is spelt by nobody: no made-up name
    # (a newcomer's report: `Generationapp` for generationapp.com), what the address spells and a request
    zh = f"遥控狼蛛，via [齿轮日志]({ARCHIVED}http://gearlog.com/blogs/gearlog/archive/2006/10/13/23072.aspx)\n"
    assert fails("TQA319", None, zh).suggestion == "write the name as its owner writes it (the address spells “gearlog”)"
    zh = "如果你喜欢旧集[队长权力，](http://en.wikipedia.org/wiki/Captain_Power)你会喜欢它。\n"
    assert fails("TQA319", None, zh).suggestion == "Captain Power"


def test_an_established_chinese_name_is_no_literal_rendering(tmp_path: Path) -> None:
    # Consumer Reports is 消费者报告 in Chinese: the accepted name, though it translates the words
    passes("TQA319", None, "据[消费者报告](http://www.consumerreports.org/cro/news/2010/07/x.htm)称，这款手机有问题。\n")
    passes("TQA319", None, "据[网络世界](http://www.networkworld.com/news/2012/x.html)报道。\n")
    # a rendering the glossary accepts for the name
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    zh = "据[数字趋势](http://www.digitaltrends.com/mobile/x/)报道。\n"
    assert "“digitaltrends”" in (fails("TQA319", None, zh).suggestion or "")  # not `Digitaltrends`
    g = tmp_path / "g.tsv"
    g.write_text("Digital Trends\t数字趋势\taccept\n", encoding="utf-8")
    got = check_documents(None, parse_markdown("zh.md", zh), Settings(glossary=(str(g),))).findings
    assert "TQA319" not in [f.code for f in got]


def test_one_finding_where_the_link_and_the_words_report_one_span() -> None:
    # the name kept in Latin script elsewhere (TQA316) and a link's address spelling it (TQA319): one span, one finding
    zh = ("# Republic Wireless：新的运营商\n\n准备好迎接[共和国无线](http://republicwireless.com/preview/)，一家新的运营商。\n\n"
          "值得看看 Republic Wireless 网站。\n")
    got = [(f.code, f.target.text) for f in findings(None, zh) if f.code in ("TQA316", "TQA317", "TQA319") and f.target]
    assert got == [("TQA316", "共和国无线")]
    # a link text of a home page that also translates the article's Latin name: one TQA316, not two
    zh = ("# Digital Ocean 融资\n\n[数字海洋](http://digitalocean.com/)是一家云托管公司。\n\n"
          "Digital Ocean 今天宣布融资。\n")
    got = [(f.code, f.target.text) for f in findings(None, zh) if f.code in ("TQA316", "TQA317", "TQA319") and f.target]
    assert got == [("TQA316", "数字海洋")]
    # overlapping spans: the longer, the whole name, is kept (破折号导航 over 破折号 of Dash)
    zh = ("# Dash Navigation 融资\n\n破折号导航今天发布了新设备。\n\nDash Navigation 的设备叫 Dash Express。"
          "Dash 说。Dash 很好。\n")
    got = [(f.code, f.target.text) for f in findings(None, zh) if f.code in ("TQA316", "TQA317", "TQA319") and f.target]
    assert got == [("TQA316", "破折号导航")]


def test_a_home_page_whose_anchor_glosses_spell_the_site_name() -> None:
    # the anchor's dictionary words stand for most of the site's name, though not joined word by word in order
    # (price+economics for priceonomics; crowdfunding for crowdtilt): the firm's name translated
    zh = f"Y Combinator 的公司 [价格经济学]({ARCHIVED}http://priceonomics.com/) 收集价格。\n"
    f = fails("TQA319", None, zh)
    assert f.target is not None and f.target.text == "价格经济学"
    assert "price" in f.message and "priceonomics" in f.message
    assert fails("TQA319", None, "还有[众筹](https://www.crowdtilt.com/)。\n").target.text == "众筹"
    # an index page or a language's folder is the home page too
    assert fails("TQA319", None, "[智能购物者](http://www.smartshopperusa.com/index.php)\n").target.text == "智能购物者"
    passes("TQA319", None, zh.replace("[价格经济学]", "[Priceonomics]"))


def test_a_home_page_anchor_that_is_no_translated_name() -> None:
    # words that are not the site's name (官网, 这里), a page deeper than the home page
    passes("TQA319", None, "见[官网](http://priceonomics.com/)或[这里](http://www.crowdtilt.com/)。\n")
    passes("TQA319", None, "一篇[众筹文章](http://www.crowdtilt.com/blog/2012/05/x)。\n")
    # a name by meaning (资本), the dictionary's proper noun (赫芬顿邮报), the site's own Chinese name (联邦快递 for
    # FedEx), a sound rendering (比特币), a paper's title in 《》, a proper noun within (半岛电视台英语)
    for zh in ("[首轮资本](http://www.firstround.com/)", "[赫芬顿邮报](http://www.huffingtonpost.com/)",
               "[联邦快递](http://fedex.com/)", "[比特币](http://bitcoin.org/en/)", "[《世界报》](http://lemonde.fr/)",
               "[半岛电视台英语](http://english.aljazeera.net/)"):
        passes("TQA319", None, zh + "\n")
    # a sentence in the anchor, and the name glossed in the article
    passes("TQA319", None, "[价格，经济学](http://priceonomics.com/)\n")
    passes("TQA319", None, "[价格经济学](http://priceonomics.com/)（Priceonomics）是一家公司。\n")


def test_the_english_words_of_a_chinese_word() -> None:
    from transqa.lang.glosses import english_words, gloss_in_label

    assert "crowdfunding" in english_words()["众筹"] and "feedback" in english_words()["反馈"]
    assert "官网" not in english_words() or not any(gloss_in_label(w, "crowdtilt") for w in english_words()["官网"])
    # a word, the beginning of a compound (crowd of crowdfunding), a long ending (onomics of economics); no suffix
    assert gloss_in_label("price", "priceonomics") == (0, 5)
    assert gloss_in_label("crowdfunding", "crowdtilt") == (0, 5)
    assert gloss_in_label("economics", "priceonomics") == (5, 12)
    assert gloss_in_label("information", "feednation") is None  # -ation is a suffix, not the word nation


def test_an_article_of_many_home_page_links_is_checked_in_linear_time() -> None:
    """`[价格经济学](…priceonomics.com/)` and `[价格经济学](…priceonomicsN.com/)` by turns, 800 and 3,200 links in one
    paragraph (a finding for each home-page link): the article's Latin spellings were read again for each finding
    and each finding's span was compared with every one kept before it (quadratic; 0.09 → 0.85 CPU s for 500 → 2,000
    links, 9x); both are now once per article and one bisection per finding, with the same findings."""
    from tests.helpers import grows_linearly

    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    def work(n: int) -> list[tuple[str, str]]:
        links = "，".join(
            f"[价格经济学](http://priceonomics{i}.com/)" if i % 2 else "[价格经济学](http://priceonomics.com/)"
            for i in range(n)
        )
        zh = f"# 标题\n\n据 Priceonomics 说，{links}报道。\n"
        result = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=("TQA319",)))
        return [(f.code, f.suggestion or "") for f in result.findings]

    got = grows_linearly(work, 800)
    # release 34: the site names of the other half (priceonomicsN.com, the digits left out) are read through CC-CEDICT
    # both ways too (`lang.namegloss`), so every link is a finding; the home page's keeps the article's spelling
    assert len(got) == 3200 and {c for c, _ in got} == {"TQA319"}
    assert [s for _, s in got[::2]] == ["Priceonomics"] * 1600
    assert all("priceonomics" in s and s != "Priceonomics" for _, s in got[1::2])


def test_one_finding_per_span_keeps_what_comparing_with_every_kept_span_kept() -> None:
    """The bisection over the kept spans keeps and drops what the pairwise comparison did: random spans (empty ones,
    nested, equal, touching) of the three rules and of one other rule that is never dropped, against that comparison."""
    import random

    from transqa.checks.linknames import _AS_WORDS, one_per_span
    from transqa.findings import Location, Severity

    def pairwise(fs: list[Finding]) -> list[Finding]:
        mine = [(k, f.target) for k, f in enumerate(fs) if f.code in _AS_WORDS and f.target is not None]
        kept: list[tuple[int, int]] = []
        dropped: set[int] = set()
        for k, loc in sorted(mine, key=lambda kl: (kl[1].offset - kl[1].end_offset, _AS_WORDS[fs[kl[0]].code], kl[0])):
            if any(loc.offset < e and s < loc.end_offset for s, e in kept):
                dropped.add(k)
            else:
                kept.append((loc.offset, loc.end_offset))
        return [f for k, f in enumerate(fs) if k not in dropped]

    rng = random.Random(19)
    for _ in range(300):
        fs = []
        for k in range(rng.randint(0, 12)):
            s = rng.randint(0, 30)
            e = s + rng.choice((0, 1, 2, 3, 5, 8))
            code = rng.choice(("TQA316", "TQA317", "TQA319", "TQA101"))
            fs.append(Finding(code, "r", "name", Severity.WARNING, str(k), None, Location(1, s + 1, 1, e + 1, "x", s, e)))
        assert one_per_span(fs) == pairwise(fs)


def test_a_credit_after_a_link_whose_glosses_spell_the_site() -> None:
    # archive transformers-ipod-docks and boston-rails-getting-cellular-access: the bracket after the link names the
    # source, plasticbamboo.com and mobilitytoday.com, by the glosses of its words (plastics+bamboo; today+mobile, in
    # another order: the joined renderings in order find nothing), on a page deeper than the home page
    zh = f"[变形金刚]({ARCHIVED}http://www.plasticbamboo.com/2007/01/23/transformers-optimus-prime-ipod-dock/)【塑料竹子】\n"
    f = fails("TQA319", None, zh)
    assert f.target is not None and f.target.text == "塑料竹子" and "plasticbamboo" in f.message
    zh = f"[波士顿隧道获得手机服务]({ARCHIVED}http://mobilitytoday.com/news/007205/bigdig_cellphones)【今日移动】\n"
    assert fails("TQA319", None, zh).target.text == "今日移动"
    # a credit of other words (the author, a site's own Chinese name) is not the site translated
    passes("TQA319", None, zh.replace("【今日移动】", "【作者报道】"))


def test_a_credit_that_is_a_periodicals_chinese_name_by_meaning_is_not_reported() -> None:
    # archive sony-talks-about-playstation-3s-online-services: 【商业周刊】 for businessweek.com is how Chinese names it
    zh = f"[索尼谈在线服务]({ARCHIVED}http://www.businessweek.com/technology/content/jul2006/tc20060714.htm)【商业周刊】\n"
    passes("TQA319", None, zh)


def test_the_sites_own_name_translated_is_reported_once_by_its_own_rule() -> None:
    # TQA314 reports `嘎吱嘎吱齿轮` (CrunchGear) whole; TQA316's `嘎吱齿轮` inside it (CrunchGear kept in Latin) was a second
    # finding on one place (archive: crunchgear-week-in-review-…, release 36)
    zh = ("# CrunchGear 周回顾\n\n> 原文：<https://web.archive.org/web/http://techcrunch.com/2010/01/01/crunchgear-week/>\n\n"
          "# 嘎吱嘎吱齿轮周回顾:早餐版\n\n本周 CrunchGear 的文章。\n")
    got = [(f.code, f.target.text) for f in findings(None, zh) if f.code in ("TQA314", "TQA316") and f.target]
    assert got == [("TQA314", "嘎吱嘎吱齿轮")], got


def test_a_name_word_whose_usual_chinese_the_dictionary_lacks_splits_the_address() -> None:
    # archive (release 38): `[新贵实验室](…upstartlabs.com/…)`, upstart + labs (CC-CEDICT glosses no `lab`)
    zh = f"新来者[新贵实验室]({ARCHIVED}http://www.upstartlabs.com/blog/2011/12/hello.html)正在开发新产品。\n"
    f = fails("TQA319", None, zh)
    assert f.target is not None and f.target.text == "新贵实验室"
    passes("TQA319", None, zh.replace("[新贵实验室]", "[Upstart Labs]"))
    # the site's home page, read by the anchor's glosses: 实验室 reads back as lab(s)
    home = f"新来者[新贵实验室]({ARCHIVED}http://www.upstartlabs.com/)正在开发新产品。\n"
    f = fails("TQA319", None, home)
    assert f.target is not None and f.target.text == "新贵实验室"
    passes("TQA319", None, f"新来者[新贵实验室]({ARCHIVED}http://www.upstart.com/)正在开发新产品。\n")
