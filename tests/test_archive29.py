"""Release 29, archive (issue 19, names target-only of issue 17): the site's own names translated word by word."""

from __future__ import annotations

from tests.helpers import findings, passes

SOURCE_LINE = "> 原文：<https://web.archive.org/web/https://techcrunch.com/2014/01/25/techcrunch-giveaway/>\n\n"


def _site_names(zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion) for f in findings(None, zh) if f.code == "TQA314"]


def test_the_crunchies_and_crunchgear_translated_word_by_word_in_a_techcrunch_post() -> None:
    # archive dev2, techcrunch-giveaway-20-anki-drive-…-crunchies lines 7, 21; back-to-school-a-9-energy-drink-shootout line 5
    zh = ("# 免费赠品:入门套件\n\n" + SOURCE_LINE + "一名幸运的人还将获得一张免费的[脆饼干](https://example.com/crunchies/)门票。\n\n"
          "*我们的赞助商帮助制作松脆饼干。*\n\n哦，好吧，这是以科学和嘎吱嘎吱齿轮的名义做的。\n")
    assert _site_names(zh) == [("脆饼干", "Crunchies"), ("松脆饼干", "Crunchies"), ("嘎吱嘎吱齿轮", "CrunchGear")]


def test_crisp_biscuits_outside_a_techcrunch_post_are_biscuits() -> None:
    passes("TQA314", None, "# 下午茶\n\n她端来一盘脆饼干和一壶茶。\n")
    passes("TQA314", None, "# 机器\n\n机器中的齿轮在转动。\n\n" + SOURCE_LINE)  # gears alone are gears


def test_the_column_named_by_a_generic_phrase_in_a_daily_crunch_post() -> None:
    # archive dev2, daily-crunch-fishscale-edition line 1: `# 每日新闻:鱼鳞版` for Daily Crunch: Fishscale Edition
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    zh = "# 每日新闻:鱼鳞版\n\n今天的新闻。\n"
    got = [(f.target.text, f.suggestion) for f in check_documents(None, parse_markdown("daily-crunch-fishscale-edition.md", zh)).findings
           if f.code == "TQA314" and f.target]
    assert got == [("每日新闻", "Daily Crunch")]
    # the same heading in another post is the phrase itself
    assert not [f for f in check_documents(None, parse_markdown("news-of-the-day-roundup.md", zh)).findings if f.code == "TQA314"]


def test_the_crunching_sound_is_the_site_s_crunch_name_in_its_posts_but_not_before_响() -> None:
    # archive, the-crunchies-awards-livestream-video line 7; review-motorola-atrix-2 line 39 (the chassis does not creak)
    zh = "# 颁奖\n\n" + SOURCE_LINE + "我们正在旧金山艺术宫的嘎吱嘎吱奖现场直播。\n\n底盘很硬，在我用力的时候没有嘎吱嘎吱响。\n"
    assert _site_names(zh) == [("嘎吱嘎吱", "Crunchies")]


def test_the_site_s_show_keen_on_and_conference_disrupt_translated_as_words() -> None:
    # archive, keen-on-why-messageme-… lines 1, 5; techcrunch-tv-keen-on-connectivit line 5; the-real-story-apple-and-foxcon
    # line 16; watch-techcrunch-disrupt-sf-live-2 line 5; the-hackathon-your-ticket-to-disrupt-beijing-… line 7
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    zh = ("# 热衷于...为什么 MessageMe 可能是未来\n\n" + SOURCE_LINE + "# TechCrunch 电视台:热衷于和李夏琳的连接\n\n"
          "TechCrunch 扰乱 SF 直播！亚军获得两张“扰乱北京”门票，还有《热衷于……》节目。\n")
    got = [(f.target.text, f.suggestion) for f in check_documents(None, parse_markdown("keen-on-why-messageme.md", zh)).findings
           if f.code == "TQA314" and f.target]
    assert got == [("热衷于", "Keen On"), ("热衷于", "Keen On"), ("扰乱", "Disrupt"), ("扰乱", "Disrupt"), ("热衷于", "Keen On")]


def test_keen_on_and_disrupt_as_the_words_are_not_the_site_s_names() -> None:
    # the verbs before another object, 热衷于 without the show's ellipsis outside a keen-on post, and outside a TechCrunch post
    passes("TQA314", None, "# 新闻\n\n" + SOURCE_LINE + "他热衷于收购初创公司，想颠覆整个行业，扰乱市场。\n")
    passes("TQA314", None, "# 热衷于…旅行\n\n她想颠覆北京的餐饮业。\n")


def test_the_site_s_tc_cribs_and_crunchup_translated_as_words() -> None:
    # archive, software-is-eating-all-the-jobs-too line 13; branchout-akqa-facebook line 19
    zh = ("# 新闻\n\n" + SOURCE_LINE + "金凯在 [TC 婴儿床](https://techcrunch.com/2011/tc-cribs-x/) 里。获得仰卧起坐的入场券。\n\n"
          "它还出售配方奶粉，婴儿床，婴儿车。他每天做仰卧起坐。\n")
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA314" and f.target]
    assert got == [("TC 婴儿床", "TC Cribs"), ("仰卧起坐", "CrunchUp")]
