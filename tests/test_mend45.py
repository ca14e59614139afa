"""Release 45, a newcomer's findings (mend): the currency TQA212 suggests, …"""

from __future__ import annotations

from tests.helpers import findings, name_as_word


def test_stray_currency_among_dollars_keeps_dollars_beside_japan() -> None:
    """An article of amounts in 美元 that names 日本 once: its stray `澳元` is told 美元, not 日元 (newcomer 45 item 1,
    archive 3-9-billion-of-apples-massive-cash-reserves…); a price in Japan glossed in dollars still names the yen."""
    zh = ("苹果将投资 39 亿美元购买显示屏，另有 12 亿美元用于闪存。最大的一笔交易总额超过 10 亿澳元。"
          "鸿海也将投资 12 亿美元在日本建立一个新工厂。")
    got = [f for f in findings(None, zh) if f.code == "TQA212"]
    assert len(got) == 1 and got[0].suggestion.startswith("美元")
    got = [f for f in findings(None, "它将于 12 月 10 日以 1500 英镑(约 19.50 美元)的价格登陆日本零售商。") if f.code == "TQA212"]
    assert len(got) == 1 and got[0].suggestion.startswith("日元")


def test_spaced_date_is_told_and_repaired_whole() -> None:
    """`1 . 22 . 11` in a title is a date: one TQA207 on all of it whose suggestion is the repair `fix` applies (newcomer
    45 item 2: `number “1 . 22” is broken → 1.22`, and `fix` repaired nothing)."""
    got = [f for f in findings(None, "# 吉尔摩帮 1 . 22 . 11(TCTV)\n\n本期节目讨论了苹果。\n") if f.code == "TQA207"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in got] == [("1 . 22 . 11", "1.22.11")]
    assert got[0].repairs and got[0].repairs[0].text == "1.22.11" and got[0].repairs[0].certain


def test_credit_line_then_biography_is_no_split_sentence() -> None:
    """A schedule's speaker line (names, a company, no clause mark) then the line of the speaker's biography, opening
    with the speaker's name, is no sentence a line break split (newcomer 45 item 3); a real split stays reported."""
    credit = ("**下午 6:00**\n布莱恩·惠特曼&沙恩·托宾、[回声巢](http://the.echonest.com/)\n"
              "布莱恩是音乐、文本检索和自然语言处理领域公认的顶尖科学家。他于 2005 年在麻省理工学院获得机器听力博士学位。\n")
    assert not [f for f in findings(None, credit) if f.code == "TQA501"]
    split = ("今天我们很高兴地宣布，全国商家的黑色星期五\n折扣活动将在本周末开始，这样购物者就可以提前计划他们的购物清单了。"
             "这是我们第一次这样做。\n")
    assert [f.code for f in findings(None, split) if f.code == "TQA501"] == ["TQA501"]


def test_stray_token_deletion_keeps_the_paragraph_s_spacing() -> None:
    """Deleting `(T2)` from `Zynga(T2)到` in a paragraph that spaces Latin from Han leaves `Zynga 到` (newcomer 45 item 7:
    the suggestion read `从 Zynga到 Groupon的`), in the preview and in the repair `fix` applies."""
    from transqa.engine import check_documents
    from transqa.fix import plan
    from transqa.load.markdown import parse_markdown

    zh = "IPO 的窗口现在大开着，从 Zynga(T2)到 Groupon(T4)的所有人都蜂拥而至。但是今天 Zynga 的 IPO 申请来得特别快。\n"
    got = [f.suggestion for f in findings(None, zh) if f.code == "TQA303"]
    assert len(got) == 2 and all("从 Zynga 到 Groupon 的所有人" in s for s in got)
    en = "Everyone from Zynga to Groupon is rushing to go public. But today Zynga filed for its IPO fast.\n"
    repaired = plan(check_documents(parse_markdown("en.md", en), parse_markdown("zh.md", zh))).repaired
    assert "从 Zynga 到 Groupon 的所有人" in repaired
    beside = "总部位于渥太华的 Shopify(T4)比最初承诺的(去年秋天的)T6(T5)晚了很多，但是 Shopify 的等待是值得的。\n"
    assert "Shopify 比最初承诺的(去年秋天的)晚了" in [f.suggestion for f in findings(None, beside) if f.code == "TQA303"][0]
    glued = "从Zynga(T2)到Groupon的所有人都蜂拥而至。\n"  # a paragraph that glues them keeps them glued
    assert [f.suggestion for f in findings(None, glued) if f.code == "TQA303"][0].endswith("从Zynga到Groupon的所有人都蜂拥而至。”")


def test_name_written_as_another_name_is_said_so() -> None:
    """EverGrow kept in Latin twice, then `恒大` (Evergrande) once: TQA312's message names that possibility, not only
    "translated as common words or left out" (newcomer 45 item 4, WMT22 DLUT pr-newswire.16452)."""
    en = ("EverGrow could be the next big crypto to explode in 2022.\n\nEverGrow Coin was launched just 10 weeks ago by a team "
          "of experts.\n\nSince launch, holders of EverGrow Coin have received over $30 million in rewards.\n\n"
          "Is EverGrow Coin the next Shiba Inu?\n")
    zh = ("EverGrow 可能是 2022 年爆发的下一个大加密货币。\n\n就在 10 周前，一个专家团队推出了 EverGrow Coin。\n\n"
          "自推出以来，EverGrow Coin 的持有人已获得超过 3000 万美元的奖励。\n\n恒大硬币是下一个 Shiba Inu 吗？\n")
    got = [f.message for f in findings(en, zh) if f.code == "TQA312" and "EverGrow" in f.message]
    assert got and all("written as another name" in m for m in got)



def test_a_short_file_name_is_no_slug() -> None:
    """The TouchPad article of test_archive27 under a short name: a one- or two-word file name is not read as the
    headline's slug (newcomer 45 item 6 asked for it; taken back: a short name's word reads a common word as a name,
    tests/test_archlit36.py), a long one is."""
    from tests.test_archive27 import TOUCHPAD

    assert name_as_word("copies/office-touchpad-backorders.md", TOUCHPAD) == [("触摸板", "TouchPad"), ("触摸板", "TouchPad")]
    for path in ("copies/touchpad.zh.md", "copies/hp-touchpad.md", "copies/article.zh.md"):
        assert name_as_word(path, TOUCHPAD) == [], path
