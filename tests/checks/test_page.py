from tests.helpers import findings

CONSENT = """# TechCrunch 是雅虎品牌家族的一部分

> 原文：<https://web.archive.org/web/https://techcrunch.com/2009/10/05/palm/>

我们 TechCrunch 是雅虎品牌家族的一部分。

点击“**接受全部**，即表示您同意雅虎和我们的合作伙伴将处理您的个人信息。

点击“**管理设置**”了解更多信息。您可以通过访问[您的隐私控制](/web/2023/https://consent.yahoo.com/x)随时更改您的选择。
"""


def test_consent_page_is_reported_once_without_side_effects() -> None:
    fs = findings(None, CONSENT)
    assert [f.code for f in fs] == ["TQA004"]  # not the unclosed quotation of 点击“接受全部 too
    assert fs[0].target is not None and fs[0].target.line == 1
    assert "consent" in fs[0].message


def test_notice_instead_of_the_article() -> None:
    bot = "# Bloops Part Deux\n\n## 嗨！\n\n您即将激活我们的 Facebook Messenger 新闻机器人。如果你订阅了这个机器人……\n"
    assert [f.code for f in findings(None, bot)] == ["TQA004"]
    newsletter = "# Mac 爱上手机\n\n> 原文：<https://example.com/a>\n\n每日为您提供最新头条新闻\n"
    assert [f.code for f in findings(None, newsletter)] == ["TQA004"]


def test_an_article_that_mentions_yahoo_is_an_article() -> None:
    zh = "# 雅虎收购 Tumblr\n\n雅虎今天宣布以 11 亿美元收购 Tumblr。每日为您提供最新头条新闻的服务也将继续。\n"
    assert "TQA004" not in [f.code for f in findings(None, zh)]


def test_verizon_consent_pages_and_wayback_notices_are_not_articles() -> None:
    verizon = ("# TechCrunch 现在是 Verizon Media 的一部分\n\n> 原文：<https://example.com/a>\n\n"
               "TechCrunch 是Verizon Media的一部分。我们和[我们的合作伙伴](/web/2020/https://consent.yahoo.com/v2/x)使用 Cookie。\n")
    assert [f.code for f in findings(None, verizon)] == ["TQA004"]
    media = "# TechCrunch 现在是 Verizon 媒体的一部分\n\nTechCrunch 现在是媒体的一部分。我们和合作伙伴使用 Cookie。\n"
    assert [f.code for f in findings(None, media)] == ["TQA004"]
    wayback = "# 返程机\n\n> 原文：<https://example.com/a>\n\nWayback 机器要求您的浏览器支持 JavaScript，请发邮件\n\n[info@archive.org](mailto:info@archive.org)\n"
    fs = findings(None, wayback)
    assert [f.code for f in fs] == ["TQA004"] and "JavaScript" in fs[0].message


def test_an_article_about_verizon_media_is_an_article() -> None:
    zh = "# Verizon Media 出售雅虎\n\nVerizon Media 今天宣布出售雅虎和 AOL。该部门是 Verizon 的一部分。\n"
    assert not [f for f in findings(None, zh) if f.code == "TQA004"]


def test_a_not_found_page_is_not_the_article() -> None:
    # archive (comscore-myspace-video-traffic-…): the capture is the not-found page, then the site's front page
    zh = "# 找不到页面\n\n> 原文：<https://example.com/2006/08/15/a/>\n\n就我所知，沙丘路一直是风险投资的代名词。\n"
    fs = findings(None, zh)
    assert [f.code for f in fs] == ["TQA004"] and "not-found" in fs[0].message
    assert findings(None, "# 谷歌修复了找不到页面的错误\n\n谷歌说，用户不会再看到找不到页面。\n") == []
    # an article about error pages with a section of that name: the article, checked as one
    zh = "# GitHub 重新设计了错误页面\n\nGitHub 今天发布了新的错误页面。\n\n## 找不到页面\n\n新的 404 页面上有一只章鱼猫。\n"
    assert "TQA004" not in [f.code for f in findings(None, zh)]
