"""Release 40, a newcomer's and a reviewer's leftovers of release 39 (brief r40/mend): one place, one finding,
pointing at the right place, with advice a reader can follow."""

from __future__ import annotations

from tests.helpers import findings

from transqa.findings import RepairKind

# Shaped on archive post-bloodletting-deezer… and expedia-…-trivago…: the euro sign of the original read as a
# noun (`为€筹集了`, `€的`), the amount after it in another currency
_DEEZER_EN = ("In October 2009, Deezer raised €6.5 million from investors including AGF Private Equity.\n\n"
              "Expedia will pay about €477 million for the stake. €434 million of that is in cash.")
_DEEZER_ZH = ("2009 年 10 月，Deezer 从包括 AGF Private Equity 在内的投资者那里为€筹集了 650 万英镑。\n\n"
              "Expedia 将向€支付约 4.77 亿欧元购买股份。€的 4.34 亿美元是现金。")


def test_a_stray_sign_whose_amount_changed_currency_is_one_finding_with_the_original() -> None:
    got = [f for f in findings(_DEEZER_EN, _DEEZER_ZH) if f.code in ("TQA205", "TQA207", "TQA212")]
    assert [f.code for f in got] == ["TQA207"] * 3, [(f.code, f.message) for f in got]
    assert "the original says “€6.5 million”" in got[0].message and got[0].source is not None
    assert got[0].suggestion == "delete “为€” and write 650 万欧元"
    assert got[1].suggestion == "delete “向€”"  # 4.77 亿欧元 writes the sign's currency
    assert got[2].suggestion == "delete “€的” and write 4.34 亿欧元"
    assert all(r.certain for f in got for r in f.repairs)


def test_a_stray_sign_whose_original_is_in_a_third_currency_keeps_the_currency_change() -> None:
    en = "In October 2009, Deezer raised $6.5 million from investors including AGF Private Equity."
    zh = "2009 年 10 月，Deezer 从包括 AGF Private Equity 在内的投资者那里为€筹集了 650 万英镑。"
    got = [f for f in findings(en, zh) if f.code in ("TQA205", "TQA207")]
    assert sorted(f.code for f in got) == ["TQA205", "TQA207"], [(f.code, f.message) for f in got]
    assert not any(r.certain for f in got if f.code == "TQA207" for r in f.repairs)


def test_a_stray_sign_after_a_word_ending_in_its_place_word_keeps_the_word() -> None:
    # 为/向/在 before the sign is cut only where it is no word's end: 因为, 成为, 现在 stay (reviewer r40, item 2)
    for before in ("因为", "成为", "现在"):
        zh = f"2009 年 10 月，Deezer {before}€筹集了 650 万英镑。"
        (f,) = [f for f in findings(_DEEZER_EN.split("\n")[0], zh) if f.code == "TQA207"]
        assert f.suggestion == "delete “€” and write 650 万欧元", (before, f.suggestion)
        assert [r.old for r in f.repairs if r.kind == RepairKind.DELETE] == ["€"], f.repairs
    (f,) = [f for f in findings(_DEEZER_EN.split("\n")[0], "Deezer 从投资者那里为€筹集了 650 万英镑。") if f.code == "TQA207"]
    assert [r.old for r in f.repairs if r.kind == RepairKind.DELETE] == ["为€"]  # 那里为: 为 makes € a place


def _run_ons(zh: str) -> list[tuple[str, str]]:
    got = [f for f in findings(None, zh) if f.code == "TQA507"]
    return [(f.message, f.target.text if f.target else "") for f in got]


def test_a_run_on_passage_starts_and_ends_at_word_boundaries() -> None:
    # archive apple-vs-the-world… and 2005-zuckerberg…: a fixed window of characters cut `我们` and `激动人心` in two
    got = _run_ons("我们有“苹果 Vs 世界”这是一场激动人心的比赛，谁会赢呢？")
    assert got == [("two sentences run together: ‘我们有“苹果 Vs 世界”这是一场激动人心’ has no full stop before “这是一场激动人心”",
                    "这是一场激动人心")], got


def test_a_run_on_passage_opens_after_the_clause_mark_and_not_on_what_closes_the_clause_before() -> None:
    got = _run_ons("这是一个很好的例子，苹果的应用程序演示了这一点当他们尝试不同的方法时，结果很好。")
    assert got[0][0].startswith("two sentences run together: “苹果的应用程序演示了这一点当他们"), got
    got = _run_ons("他的第一个习惯是他所说的“积极主动”我认为一键“想要”按钮很有趣。")  # a quotation the passage would cut
    assert got[0][0] == "two sentences run together: ‘习惯是他所说的“积极主动”我认为一键’ has no full stop before “我认为一键”", got


# Shaped on archive rsscloud-vs-pubsubhubbub… (戴夫·温纳 … 戴夫·怀纳): the name rendered two ways in one paragraph
_WINER_EN = ("Dave Winer deserves credit for pushing the idea before anyone else.\n\n"
             "Many people think rssCloud is simply a distributed Twitter. That is largely because Winer built it for that.\n\n"
             "The protocol was designed by Dave Winer, and Winer says feeds should be as fast as tweets.\n\n"
             "Winer will keep working on it.")
_WINER_ZH = ("戴夫·温纳比任何人都更早提出这个想法，这值得称赞。\n\n"
             "许多人认为 rssCloud 仅仅是分布式的 Twitter。这在很大程度上是因为温纳就是为此构建它的。\n\n"
             "该协议由戴夫·温纳设计，{}说订阅源应该和推文一样快。\n\n"
             "温纳将继续为此努力。")


def test_a_second_rendering_in_one_paragraph_points_at_the_mention_it_renders() -> None:
    got = [f for f in findings(_WINER_EN, _WINER_ZH.format("维纳")) if f.code == "TQA310"]
    where = [(f.target.text, f.source.column) for f in got if f.target and f.source]
    assert where == [("维纳", 46)], [(f.message, f.source) for f in got]  # the second Winer (the first: column 35)


def test_a_missing_number_stands_on_the_sentence_that_lost_it_not_on_the_paragraph_start() -> None:
    # shaped on WMT22 t1_hiyjod1 (`I agree with you.` opening a reply): the figure is lost in the last sentence
    en = "I agree with you. Some of us need to give up some convenience. But the figures for 2020 were lower than expected."
    zh = "我同意你的看法。我们中的一些人需要放弃一些便利。但是数据比预期的要低。"
    got = [f for f in findings(en, zh) if f.code == "TQA203"]
    assert [(f.source.text, f.target.text) for f in got if f.source and f.target] == [("2020", "但是数据比预期的要低。")], got


def test_an_undotted_name_that_the_article_writes_with_its_dot_is_repaired_by_fix() -> None:
    # archive key-details-of-the-kleiner…: `合伙人雷莱恩` beside `雷·莱恩`
    zh = "# 诉讼要点\n\n据称，合伙人雷莱恩要求她放下她的抱怨。\n\n诉状写道，雷·莱恩与他关系密切。"
    got = [f for f in findings(None, zh) if f.code == "TQA324"]
    assert [(f.target.text, [(r.text, r.certain) for r in f.repairs]) for f in got if f.target] == \
        [("雷莱恩", [("雷·莱恩", True)])], got
    # a given name and a surname known from the archive only: the reader decides
    got = [f for f in findings(None, "# 戴尔\n\n迈克尔戴尔在一份声明中表示，公司将继续增长。") if f.code == "TQA324"]
    assert [f.suggestion for f in got] == ["迈克尔·戴尔"] and not any(f.repairs for f in got), got


def test_two_renderings_of_a_title_that_lose_one_name_name_each_other() -> None:
    # archive mybloglog-got-spammed-and-so-did-we: the title, the 原文 line, the title rendered again otherwise
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    zh = ("# 我的博客收到了垃圾邮件(我们也收到了)\n\n> 原文：<https://techcrunch.com/2007/01/01/mybloglog-got-spammed-and-so-did-we/>\n\n"
          "# 我的博客收到了垃圾邮件(我们也是)\n\nMyBlogLog 昨天被垃圾邮件攻击了。\n\nMyBlogLog 的用户收到了大量垃圾邮件。\n")
    got = [f for f in check_documents(None, parse_markdown("mybloglog-got-spammed-and-so-did-we.md", zh)).findings
           if f.code == "TQA323"]
    assert [f.target.line for f in got if f.target] == [1, 5], got
    assert got[0].message.endswith("; the title heading on line 5 does not write it either"), got[0].message
    assert got[1].message.endswith("; the title heading on line 1 does not write it either, reported there too: mend both")
