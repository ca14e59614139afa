"""Release 33, a newcomer's reading of real text (TQA310, TQA312): a name's span that swallowed the next word's first
character, a rendering cut short, a Latin name before a title, a pair reported both ways, a name inside an address."""

from __future__ import annotations

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _target_only(path: str, zh: str, code: str = "TQA310") -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion)
            for f in check_documents(None, parse_markdown(path, zh), Settings(select=(code,))).findings]


def test_a_name_run_into_the_next_word_is_marked_without_that_word() -> None:
    # archive yuri-milner-crunchies, ZH 1 and 5: 阿灵顿伏击采访 (Arrington ambushes), beside 阿林顿 three times
    zh = ("# 阿灵顿伏击采访 Crunchies 年度风投尤里·米尔纳\n\n# 阿灵顿伏击采访尤里·米尔纳年度最佳风投\n\n"
          "阿林顿:“那曾经对你不起作用吗？”\n\n阿林顿:“推特怎么了？”\n\n阿林顿:“谢谢。”\n")
    found = _target_only("zh/yuri-milner-crunchies.md", zh)
    assert found and all(f == ("阿灵顿", "阿林顿") for f in found)


def _pair(en: str, zh: str, code: str = "TQA310") -> list[tuple[str | None, str | None]]:
    from tests.helpers import findings

    return [(f.target.text if f.target else None, f.suggestion) for f in findings(en, zh) if f.code == code]


def test_a_rendering_is_suggested_whole_where_the_translation_completes_a_dictionary_word() -> None:
    # WMT22 en.ndtv.com.58686, DLUT: 奥密克戎 (Omicron) four times, `Omicron` kept twice; 戎 is no transliteration character
    en = ("Molecular Diagnosis Test Can Detect Omicron Variant In 20 Minutes: Report\n\n"
          "Korean researchers have developed molecular diagnostics technology that can detect Omicron variants.\n\n"
          "Omicron is a variant in which 26-32 mutations in the spike.\n\n"
          "In the case of the Delta variant, it can be detected by the current PCR test, but Omicron cannot.\n\n"
          "In the case of \"Stealth Omicron,\" both N and S genes confirmed positive.\n\n"
          "The molecular diagnostic technology works in different mechanisms from PCR, detecting the Omicron variant efficiently.\n")
    zh = ("分子诊断测试可在20分钟内检测到奥密克戎变体：报告\n\n韩国研究人员开发了可检测奥密克戎变体的分子诊断技术。\n\n"
          "Omicron是一种变种，在峰值中发生26-32个突变。\n\n就Delta变种而言，目前的PCR测试可以检测到，但Omicron无法检测到。\n\n"
          "在“隐形奥密克戎”的案例中，N和S基因都确认为阳性。\n\n分子诊断技术在与PCR不同的机制下工作，可以高效地检测奥密克戎变体。\n")
    found = _pair(en, zh)
    assert found and all(f == ("Omicron", "奥密克戎") for f in found)


def test_a_latin_name_before_its_title_is_marked_whole_and_repaired_without_a_second_title() -> None:
    # WMT22 en.ndtv.com.58686, HuaweiTSC: `Lee Jung-wook教授` beside 李教授 three times (Professor Lee)
    en = ("POSTECH announced on the 10th that a research team led by Professor Lee Jung-wook of the Department of "
          "Chemical Engineering has developed the technology.\n\n"
          "According to Professor Lee, Omicron has a strong signal for N genes in PCR tests.\n\n"
          "\"I hope this technology will help us return to normal daily life,\" said Professor Lee.\n\n"
          "Professor Lee said, \"I think this technology will be close to commercialization next year.\"\n")
    zh = ("POSTECH 10日宣布，由化学工程系Lee Jung-wook教授领导的研究小组开发了这项技术。\n\n"
          "根据李教授的说法，Omicron在PCR测试中对N基因有很强的信号。\n\n"
          "李教授说：“我希望这项技术能帮助我们恢复正常的日常生活。”\n\n"
          "李教授说：“我认为，这项技术将在明年接近商业化。”\n")
    assert _pair(en, zh) == [("Lee Jung-wook", "李")]


def test_a_name_and_its_rendering_in_one_paragraph_are_reported_one_way_only() -> None:
    # archive a-tale-of-two-papers-facebook-fiftythree, ZH 15-25: 卡多纳 ×3 and Cardona ×3; ZH 19 holds both
    zh = ("正如商标律师维克多·卡多纳所证实的那样，现在没有人声称“纸”这个词是自己的。\n\n"
          "虽然 53 拒绝发表评论，但 Cardona(他是 HRFM 律师事务所的合伙人)认为，该公司选择将“Paper”与“by”配对。\n\n"
          "Cardona 还补充说，在某些情况下，商标是基于用途的。卡多纳说，这意味着“只要在特定领域使用一个商标，你就拥有了权利”。\n\n"
          "如果这种情况出现，卡多纳认为 53“有很大机会”\n\n"
          "USPTO 的申请几乎立即出现在搜索中，Cardona 和我都找不到 53 的“论文”申请。\n")
    found = _target_only("zh/a-tale-of-two-papers-facebook-fiftythree.md", zh)
    assert found and len({s for _t, s in found}) == 1 and len({t for t, _s in found}) == 1


def test_a_rendering_another_latin_name_sounds_more_like_is_not_that_name_written_otherwise() -> None:
    # archive fox-mobile-group-now-jesta-digital-gets-a-new-ceo, ZH 1-11: 杰斯塔 is Jesta's, not Jamster's (a brand listed)
    zh = ("# 福克斯移动集团，现在的杰斯塔数字，得到了一个新的首席执行官\n\n"
          "# 福克斯移动集团，现在的杰斯塔数字，得到一个新的首席执行官\n\n"
          "新的名字、首席执行官和母公司能给福克斯移动集团注入新的活力吗？投资公司杰斯塔集团似乎也这么认为。\n\n"
          "当然，就目前而言，Jesta Digital 和 FMG 除了名字和 CEO 之外没有太大区别。\n\n"
          "Jesta Digital 将运营 FMG 的一系列移动服务，包括雅姆巴、Jamster、Mobizzo 和 iLove。\n")
    assert [f for f in _target_only("zh/fox-mobile-group-now-jesta-digital-gets-a-new-ceo.md", zh) if f[0] == "Jamster"] == []


def test_a_name_inside_a_web_address_or_handle_is_not_reported() -> None:
    # archive russia-blocks-websites-of-putins-critics-including-chess-star-garry-kasparov, ZH 1-11
    zh = ("# 俄罗斯屏蔽普京批评者的网站，包括国际象棋明星加里·卡斯帕罗夫\n\n"
          "# 俄罗斯屏蔽普京批评者的网站，包括国际象棋明星加里·卡斯帕罗夫\n\n"
          "俄国封锁了批评弗拉基米尔·普京总统的网站，包括著名国际象棋冠军加里·卡斯帕罗夫的博客。\n\n"
          "卡斯帕罗夫立即在推特上谴责了这一举动:\n\n[推特 https://twitter.com/Kasparov63/status/444241941732274176]\n")
    assert [f for f in _target_only("zh/russia-blocks-websites-of-putins-critics-including-chess-star-garry-kasparov.md", zh) if f[0] and "Kasparov" in f[0]] == []


def test_a_third_writing_is_pointed_at_the_chinese_form_that_outnumbers_the_latin_one() -> None:
    # archive timecom-slams-spock-launches-next-wednesday: 斯波克 ×5, `Spock` ×2 (and the slug), 史巴克 once (ZH 15)
    zh = ("# Time.com 猛烈抨击斯波克；下周三发布\n\n# Time.com 猛烈抨击斯波克；下周三发布\n\n"
          "Time.com 的安妮塔·汉密尔顿在人民搜索引擎斯波克上做了一篇文章。\n\n"
          "这篇题为“在线窥探变得令人毛骨悚然”的文章指出，Spock 和其他一些网站公开了私人信息:\n\n"
          "她错误地将 Spock 与更可疑的公司相提并论。斯波克没有做任何这些，但无论如何是这篇文章的特色目标。\n\n"
          "下周三，也就是 8 月 8 日，期待史巴克的发射。斯波克会很受欢迎。\n")
    assert _target_only("zh/timecom-slams-spock-launches-next-wednesday.md", zh) == [("史巴克", "斯波克")]


def test_an_event_is_exempt_only_with_the_dictionary_word_for_its_name() -> None:
    # WMT22 brisbanetimes.com.au.47160, Manifold ZH 2 and 9: 骨灰系列赛 (cremation ashes) for the Ashes series
    en = ("Risks of power failure at the Gabba are unlikely to be improved before the next Ashes series.\n\n"
          "All other grounds to be used for the Ashes - Adelaide Oval, the MCG, the SCG - will provide power.\n\n"
          "The Ashes broadcast will be watched closely.\n")
    zh = ("在下一个骨灰系列赛之前，Gabba的停电风险不太可能得到改善。\n\n"
          "所有其他用于骨灰的场地--阿德莱德椭圆形球场、MCG球场、SCG球场--都将提供电力。\n\nAshes的转播将受到密切关注。\n")
    # the series is a well-known name since release 43: its repair keeps the 赛 that follows (灰烬杯系列赛, not 灰烬杯系列赛赛)
    assert _pair(en, zh, "TQA312") == [("骨灰系列", "灰烬杯系列"), ("骨灰", "keep Ashes (or its established rendering)")]
    kept = ("在下一个灰烬系列赛之前，Gabba的停电风险不太可能得到改善。\n\n"
            "所有其他用于灰烬杯的场地--阿德莱德椭圆形球场、MCG球场、SCG球场--都将提供电力。\n\nAshes的转播将受到密切关注。\n")
    assert _pair(en, kept, "TQA312") == []
