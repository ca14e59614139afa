"""Release 32, archive (issue 19): the Chinese alone."""

from __future__ import annotations

from tests.helpers import findings


def _codes(zh: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.target.text if f.target else None) for f in findings(None, zh) if f.code in ("TQA315", "TQA401", "TQA402")]


def test_a_broken_name_is_reported_as_a_name_not_as_english_to_translate() -> None:
    # archive heldout4, effektif-brings-workflows-to-the-cloud… lines 5 and 11: `[effect if](…)` and `今天的 effect if`
    # for Effektif, written whole in the article's address; TQA315 names it, TQA401/TQA402 said "translate it" too
    zh = ("# Effektif 将工作流程带到云端\n\n> 原文：<https://web.archive.org/web/http://techcrunch.com/2013/10/08/effektif-brings-workflows/>\n\n"
          "[effect if](https://web.archive.org/web/2013/http://www.effektif.com/) 是一家柏林公司。\n\n"
          "这个想法变成了今天的 effect if，这家公司在 2013 年获得了投资。\n")
    assert _codes(zh) == [("TQA315", "effect if"), ("TQA315", "effect if")]


def test_english_around_no_broken_name_is_still_reported() -> None:
    # the same article's English left beside no broken name keeps its TQA401
    zh = ("# Effektif 将工作流程带到云端\n\n> 原文：<https://web.archive.org/web/http://techcrunch.com/2013/10/08/effektif-brings-workflows/>\n\n"
          "这家公司 said the deal will close next year，并开始运营。\n")
    assert ("TQA401", "said the deal will close next year") in _codes(zh)


def test_a_name_written_two_ways_is_no_english_link_text_to_translate() -> None:
    # archive heldout4, cloudflare-builds-stop-censorship-app… line 11: `[“cloud flare Stop reviews”](…)` beside
    # CloudFlare: TQA302 names the name written wrong; TQA402 said "translate the link text" on the same words
    zh = ("# CloudFlare 推出反审查应用\n\nCloudFlare 今天推出了一个应用。CloudFlare 的用户可以安装它。\n\n"
          "网站也加入了，推出了[“cloud flare Stop reviews”](https://web.archive.org/web/2012/http://example.org/stop)。\n")
    got = _codes(zh) + [(f.code, f.target.text if f.target else None) for f in findings(None, zh) if f.code == "TQA302"]
    assert [c for c, _ in got] == ["TQA302"]


def test_a_domain_ending_whose_dot_became_the_chinese_full_stop() -> None:
    # archive heldout4, poker-org-sold-for-1-million… line 9 and is-spotify-preparing-to-push-its-app-center… line 21
    zh = ("# Poker.org 以 100 万美元售出\n\n这是有史以来最高的域名注册，目前已经超过 700 万。org 域名注册，仅次于。com 和。net。\n\n"
          "有人已经看到了自己的代码，它包括。json 文档。\n")
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA315" and f.target]
    assert got == [("。org", ".org"), ("。com", ".com"), ("。net", ".net"), ("。json", ".json")]


def test_a_sentence_that_opens_on_a_lower_case_name_keeps_its_full_stop() -> None:
    # `。reddit 用户…`: a new sentence opening on a name written in lower case, not a broken ending
    zh = "# Reddit\n\n用户提交了 56%的头版新闻。reddit 用户喜欢它。\n"
    assert [f for f in findings(None, zh) if f.code == "TQA315"] == []


def test_a_title_that_ends_on_yu_with_nothing_after_it() -> None:
    # archive heldout4, ignore-apple-and-launch-the-ultrabooks-already line 1: `# 报告:苹果将超极本供应短缺归咎于`
    zh = "# 报告:苹果将超极本供应短缺归咎于 \n\n苹果的供应链出了问题。\n"
    got = [f.target.text for f in findings(None, zh) if f.code == "TQA506" and f.target]
    assert got == ["于"]
    # a word that merely holds 于 before more text is complete
    assert [f for f in findings(None, "# 苹果位于加州\n\n它由于供应不足而推迟。\n") if f.code == "TQA506"] == []


def test_a_paragraph_whose_sentence_goes_on_in_the_next_paragraphs_link_is_not_cut() -> None:
    # archive heldout4, super-fun-kid-time-9-year-old-programmer lines 11-13: `…应用程序，创建于` / `[Disrupt Hackathon](…)`:
    # the archive puts the link on a line of its own and the sentence goes on in its text
    zh = ("# 超级有趣的孩子时间\n\n[Super Fun Kid Time](https://example.com/)\n\n，这是一款为安排孩子玩耍日期而开发的应用程序，创建于\n\n"
          "[Disrupt Hackathon](https://example.com/hackathon/)\n\n在旧金山。\n")
    assert [f for f in findings(None, zh) if f.code == "TQA506"] == []
