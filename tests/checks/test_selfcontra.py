"""Figures the Chinese contradicts by itself (TQA213-215) and a figure lost after a Latin word (TQA207): short examples
written for these tests, shaped like archive articles (skype-for-android-is-here…, facebook-growth,
hp-reports-3q-earnings…, formspring-names-ro-choy-coo…, yahoo-q4-2013-earnings…, we-know-how-many-kindles…)."""

from __future__ import annotations

from transqa.checks.selfcontra import slug_amounts
from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load import parse
from transqa.load.markdown import parse_markdown

HEAD = "# Skype 推出安卓版\n\n> 原文：<https://web.archive.org/web/2022/https://techcrunch.com/2010/10/05/skype-for-android/>\n\n# Skype 推出安卓版\n\n"


def _codes(zh: str, code: str, path: str = "zh.md", en: str | None = None) -> list[Finding]:
    source = parse("en.md", en) if en is not None else None
    return [f for f in check_documents(source, parse_markdown(path, zh)).findings if f.code == code]


def test_last_year_month_that_the_sentences_link_dates_to_the_articles_year() -> None:
    zh = HEAD + "去年二月，Skype [与威瑞森](https://web.archive.org/web/20221208/https://techcrunch.com/2010/02/16/verizon-skype/)联手推出服务。\n"
    got = _codes(zh, "TQA213")
    assert len(got) == 1 and "“去年二月”" in got[0].message and got[0].suggestion == "今年 2 月"
    assert _codes(zh.replace("去年二月", "去年 2 月"), "TQA213")[0].target.text == "去年 2 月"


def test_last_year_month_left_alone_without_such_a_link() -> None:
    link = "[与威瑞森](https://techcrunch.com/2009/02/16/verizon-skype/)"
    assert _codes(HEAD + f"去年二月，Skype {link}联手推出服务。\n", "TQA213") == []  # the link is last year's
    assert _codes(HEAD + "去年二月，Skype 与威瑞森联手推出服务。\n", "TQA213") == []  # no link: `last February` may be either
    later = "[与威瑞森](https://techcrunch.com/2010/11/16/verizon-skype/)"
    assert _codes(HEAD + f"去年十一月，Skype {later}联手推出服务。\n", "TQA213") == []  # a month not yet come this year
    other = "去年二月，Skype 与威瑞森联手。[另见](https://techcrunch.com/2010/02/16/x/)这篇报道。\n"
    assert _codes(HEAD + other, "TQA213") == []  # the link is in another sentence
    dated = "去年二月，Skype [与威瑞森](https://techcrunch.com/2010/02/16/verizon-skype/)联手推出服务。\n"
    assert _codes(HEAD.replace("2010/10/05/", "") + dated, "TQA213") == []  # no dated 原文 line: nothing to compare


def test_a_change_or_range_to_the_same_figure() -> None:
    zh = "# 脸书的增长\n\n移动用户数从 2012 年 6 月的 800 万增加到 2013 年 5 月的 800 万。\n\n公司预计每股 94 至 94 美分。\n"
    got = _codes(zh, "TQA214")
    assert [f.target.line for f in got] == [3, 5]
    assert "“800 万”" in got[0].message


def test_changes_and_ranges_with_two_figures_or_dates_are_left_alone() -> None:
    zh = ("# 脸书的增长\n\n移动用户数从 2012 年 6 月的 800 万增加到 2013 年 5 月的 1600 万。\n\n"
          "测试时间从 3-6 年减少到 3-6 个月。\n\n公司预计每股 94 至 96 美分，2013 至 2013 年度不变。\n\n比分 1-1。\n")
    assert _codes(zh, "TQA214") == []


def test_slug_amounts_read_decimals_written_out_and_dropped() -> None:
    got = {w: (sorted(vs), s) for w, vs, s in slug_amounts(tuple("yahoo-slide-6-to-1-27b-on-eps-of-0-46".split("-")))}
    assert got["1-27b"] == ([1.27e9], True) and got["6"] == ([6.0], False)
    got = {w: sorted(vs) for w, vs, _s in slug_amounts(tuple("raises-45-million-and-half-a-billion-for-e10-3-million".split("-")))}
    assert got["45-million"] == [4.5e6, 45e6] and got["half-a-billion"] == [5e8] and got["e10-3-million"] == [10.3e6]


def test_a_title_amount_that_is_not_the_slugs() -> None:
    zh = "# 春天迄今已经回答了 30 亿个问题\n\n> 原文：<https://techcrunch.com/2012/01/01/x/>\n\n# 至今已经回答了 30 亿个问题\n\n正文。\n"
    got = _codes(zh, "TQA215", "formspring-has-answered-1-billion-questions-to-date.md")
    assert [f.target.line for f in got] == [1] and "“1-billion”" in got[0].message  # the title again: no second finding
    zh = "# 春天迄今已经回答了 30 亿个问题\n\n> 原文：<https://techcrunch.com/2012/01/01/x/>\n\n# 至今已经回答了 20 亿个问题\n\n正文。\n"
    got = _codes(zh, "TQA215", "formspring-has-answered-1-billion-questions-to-date.md")
    assert [f.target.line for f in got] == [1, 5]  # another wrong amount in the second heading is reported too
    zh = "# 雅虎收入下滑 6%，至 127 亿美元\n\n正文。\n"
    assert len(_codes(zh, "TQA215", "yahoo-q4-2013-earnings-slide-6-to-1-27b-on-eps.md")) == 1


def test_title_amounts_the_slug_gives_are_left_alone() -> None:
    def title(zh: str, slug: str) -> list[Finding]:
        return _codes(f"# {zh}\n\n正文。\n", "TQA215", slug + ".md")

    assert title("Aniboom 为动画片筹集了 450 万美元", "aniboom-raises-45-million-for-cartoons") == []  # 4.5 million: the point dropped
    assert title("微软以 1 . 15 亿美元收购 Farecast", "microsoft-acquires-farecast-for-115m") == []
    assert title("Yelp 放弃了谷歌交易，5 亿美元", "yelp-walks-away-from-google-deal-and-half-a-billion-dollars") == []
    assert title("第一个 100 万用户用了 3 个月，第二个 100 万用户只用 6 周", "instagram-2-million") == []  # two amounts: a sum
    assert title("回答了 30 亿个问题", "has-answered-1-billion-questions") != []
    assert _codes("# 回答了 30 亿个问题\n\n正文。\n", "TQA215", "has-answered-1-billion-questions.md",
                  en="# Has answered 1 billion questions\n\nBody.\n") == []  # with the original, the number rules read it


def test_a_paragraph_amount_with_the_slugs_digits_at_another_scale() -> None:
    """Release 43 (archive immersive-labs-raises-810k…, microsofts-8-5-billion…, both labelled `number`)."""
    head = "# Immersive Labs 筹集了 81 万美元\n\n> 原文：<https://techcrunch.com/2011/09/19/x/>\n\n# Immersive Labs 筹集了 81 万美元\n\n"
    slug = "immersive-labs-raises-810k-for-digital-display-recognition.md"
    got = _codes(head + "沉浸式实验室今天宣布获得 8.1 万美元的种子资金。\n", "TQA215", slug)
    assert [(f.target.line, f.target.text) for f in got] == [(7, "8.1 万美元")] and "“810k”" in got[0].message
    got = _codes("# 微软以 85 亿美元现金收购 Skype\n\n当微软支付 850 万美元时，这种想法很奇怪。\n", "TQA215",
                 "microsofts-8-5-billion-cash-takeover-of-skype.md")
    assert [f.target.text for f in got] == ["850 万美元"]


def test_paragraph_amounts_left_alone_by_the_slug_scale_reading() -> None:
    head = "# 企业家推出 250 万美元基金\n\n"
    slug = "entrepreneurs-debut-2-5m-fund-to-invest-in-india-focused-startups.md"
    assert _codes(head + "平均投资规模为 5 万至 25 万美元。\n", "TQA215", slug) == []  # an end of a range: another figure
    assert _codes(head + "该基金已投资 25 万欧元。\n", "TQA215", slug) == []  # another currency
    assert _codes("# 筹集 1000 万美元\n\n其中 100 万美元来自天使。\n", "TQA215", "raises-10m-seed.md") == []  # one digit: round
    # the title's own amounts in the body, beside two slug amounts each read at every placing of its point (review of
    # release 43: three errors before each title amount was paired with one slug amount)
    zh = "# 某公司以 2.5 亿美元估值筹集 2500 万美元\n\n某公司今天宣布以 2.5 亿美元的估值筹集了 2500 万美元。\n\n这笔 2500 万美元的资金将用于扩张。\n"
    assert _codes(zh, "TQA215", "startup-raises-25m-at-250m-valuation.zh.md") == []


def test_a_scale_word_that_lost_its_figure_after_a_latin_word() -> None:
    zh = "# 亚马逊卖出了多少 Kindles 万台\n\nPatch 已经花费了 Aol 亿到 3 亿美元。\n\nFacebook 万岁。\n"
    got = _codes(zh, "TQA207")
    assert [(f.target.line, f.target.text) for f in got] == [(1, "万"), (3, "亿")]


def test_a_percent_sign_before_its_figure() -> None:
    got = _codes("# 标题\n\n它以只有%3 的浏览量排在第二。\n\n链接 p % 3A % 2F。\n", "TQA207")
    assert [(f.target.text, f.suggestion) for f in got] == [("%3", "3%")]


def test_gigabytes_written_as_grams_among_words_of_storage() -> None:
    zh = "# 索尼将记忆棒提升至 32g\n\n它在微型硬盘上储存了 40g 我的音乐。\n\n这款 100g 的设备明年上市。\n\n爱可视 80g 9 250 GB Turbo。\n"
    got = _codes(zh, "TQA207")
    assert [(f.target.line, f.target.text, f.suggestion) for f in got] == [(1, "32g", "32GB"), (3, "40g", "40GB")]


def test_pounds_in_an_article_about_euros() -> None:
    zh = "# 沃达丰以 3150 万英镑的价格收购 Zyb\n\n丹麦公司此前筹集了 500 万欧元。\n"
    got = _codes(zh, "TQA212", "danish-mobile-social-network-zyb-acquired-by-vodafone-for-e315-million.md")
    assert [(f.target.text, f.suggestion) for f in got] == [("3150 万英镑", "3150 万欧元")]
    assert _codes(zh.replace("丹麦公司", "伦敦公司"), "TQA212", "zyb.md") == []  # a British place: pounds may be right
    # no euro anywhere (yen: beside US dollars the pound would be a stray one, TQA212's other reading since release 35)
    assert _codes(zh.replace("500 万欧元", "500 万日元"), "TQA212", "zyb-acquired.md") == []


def test_pounds_among_euros_are_the_amounts_as_read_with_any_scale() -> None:
    zh = "# 沃达丰以 3 千万英镑的价格收购 Zyb\n\n丹麦公司此前筹集了 500 万欧元，又付了 2.5 英镑。\n"
    got = _codes(zh, "TQA212", "zyb-acquired-by-vodafone.md")
    assert [(f.target.text, f.suggestion) for f in got] == [("3 千万英镑", "3 千万欧元"), ("2.5 英镑", "2.5 欧元")]
    assert _codes(zh.replace("丹麦公司", "牛津的公司"), "TQA212", "zyb-acquired-by-vodafone.md") == []


def test_one_list_of_british_names_for_stray_pounds_and_pounds_among_euros() -> None:
    from transqa.quantities.dollars import stray_dollars

    count = {"USD": 3, "GBP": 1}
    assert stray_dollars(count, "苹果在美国的收入为 1120 万英镑。") == ["GBP"]
    for named in ("苹果在牛津的收入为 1120 万英镑。", "苹果的收入为 £1120 万。", "BBC 报道了苹果的收入。", "苹果的欧洲商店"):
        assert stray_dollars(count, named) == [], named


def test_another_round_at_a_tenth_beside_the_titles_amount_in_the_body_is_a_warning() -> None:
    """Review of release 43: `150 万美元的种子资金` beside `1500 万美元` raised now may be an earlier round."""
    zh = "# 某公司筹集 1500 万美元 B 轮融资\n\n某公司今天宣布筹集 1500 万美元。\n\n该公司此前曾在 2011 年获得 150 万美元的种子资金。\n"
    got = _codes(zh, "TQA215", "startup-raises-15m-series-b.zh.md")
    assert [(f.target.text, f.severity.value) for f in got] == [("150 万美元", "warning")]
    got = _codes(zh.replace("筹集 1500 万美元。", "筹集资金。"), "TQA215", "startup-raises-15m-series-b.zh.md")
    assert [(f.target.text, f.severity.value) for f in got] == [("150 万美元", "error")]


def test_a_range_is_to_or_a_dash_after_a_figure_not_da_dao_or_a_chinese_dash() -> None:
    """Review of release 43: 达到 and `——` took the 810k finding for an end of a range."""
    head, slug = "# 某公司筹集 81 万美元\n\n", "startup-raises-810k-seed.zh.md"
    for body in ("某公司今天宣布种子资金达到 8.1 万美元。", "某公司今天宣布获得 8.1 万美元——这是种子资金。"):
        assert [f.target.text for f in _codes(head + body + "\n", "TQA215", slug)] == ["8.1 万美元"], body
    for body in ("投资规模为 5 万到 8.1 万美元。", "投资规模为 8.1 万美元到 10 万美元。", "投资规模为 8.1 万美元—10 万美元。"):
        assert _codes(head + body + "\n", "TQA215", slug) == [], body


def test_body_currency_words_are_those_of_quantities_chinese() -> None:
    """Release 43 review: the currency words come from CURRENCIES_ZH, compared by currency (美金 is 美元)."""
    head, slug = "# 某公司筹集 81 万美元\n\n", "startup-raises-810k-seed.zh.md"
    assert [f.target.text for f in _codes(head + "某公司今天宣布获得 8.1 万美金。\n", "TQA215", slug)] == ["8.1 万美金"]
    assert _codes(head + "某公司今天宣布获得 8.1 万块屏幕。\n", "TQA215", slug) == []
