"""Release twenty-seven: names of an archive article checked from the Chinese alone, with the file-name slug as
Latin evidence (issues 17, 19).

Each case is written after a real archive article of `techcrunch-zh` (named in its test)."""

from __future__ import annotations

from tests.helpers import name_as_word

# office-depot-now-fulfilling-at-least-some-32gb-touchpad-backorders.md (archive dev3): the HP TouchPad written once in
# Latin script in the prose, the slug spells it, and the title and a link translate it as 触摸板 (touchpad, the word)
TOUCHPAD = ("# Office Depot 现在至少完成了一些 32GB 触摸板的延期订单\n\n"
            "至少有一些 32GB 的 TouchPad 订单被取消，零售商准备用这些订单来完成补充订单。\n\n"
            "除非你委托的零售商收到了部分上次运行的触摸板。\n")


def test_a_name_the_slug_spells_and_the_prose_writes_once_in_latin() -> None:
    path = "techcrunch/docs/office-depot-now-fulfilling-at-least-some-32gb-touchpad-backorders.md"
    assert name_as_word(path, TOUCHPAD) == [("触摸板", "TouchPad"), ("触摸板", "TouchPad")]


def test_without_the_slug_one_latin_place_is_no_evidence() -> None:
    assert name_as_word("techcrunch/docs/office-depot-fulfils-some-backorders.md", TOUCHPAD) == []


def test_a_short_slug_word_is_no_second_writing() -> None:
    # people-are-now-playing-quake-live.md (archive dev2): `《雷神之锤》Live` once, 直播 elsewhere; the slug's `live`
    # is a word of the longer name Quake Live, whose 直播 the reader kept
    zh = ("# 人们现在正在玩雷神之锤直播\n\n《雷神之锤》Live 的预告片在这里。\n\n什么是雷神之锤直播？\n")
    assert name_as_word("techcrunch/docs/people-are-now-playing-quake-live.md", zh) == []


# mark-cuban-invests-250000-in-social-games-maker-mention-mobile.md (archive dev2): the company Mention Mobile is never
# written in Latin script in the prose; the slug spells it and a link points at mentionmobile.com; the translation
# renders it 提及移动 and once 提到移动 ("mention" + "mobile")
MENTION = ("# 马克·库班向社交游戏开发商提提移动投资 25 万美元\n\n"
           "社交游戏初创公司[提及移动](http://www.mentionmobile.com/)已经从亿万富翁那里获得了投资。\n\n"
           "提及移动说，它专门从事社交游戏。\n\n提到移动的应用程序目前只适用于 iPhone。\n")
MENTION_PATH = "techcrunch/docs/mark-cuban-invests-250000-in-social-games-maker-mention-mobile.md"


def test_a_name_the_slug_and_a_link_address_spell_is_read_without_a_latin_place() -> None:
    assert name_as_word(MENTION_PATH, MENTION) == [("提及移动", "Mention Mobile"), ("提到移动", "Mention Mobile")]


def test_the_slug_alone_or_the_address_alone_is_not_enough() -> None:
    assert name_as_word("techcrunch/docs/mark-cuban-invests-250000-in-social-games.md", MENTION) == []
    unlinked = MENTION.replace("[提及移动](http://www.mentionmobile.com/)", "提及移动")
    assert name_as_word(MENTION_PATH, unlinked) == []


def test_an_established_chinese_name_by_meaning_is_not_reported() -> None:
    # potternavi-pioneer-announces-3g-equipped-gps-for-bikes.md: Pioneer's Chinese name is 先锋 (先锋公司)
    zh = ("# Potternavi:先锋宣布为自行车配备 3G GPS\n\n"
          "先锋昨天宣布了所谓的[Potter Navi](http://pioneer.jp/press/2011/1025-1.html)。\n\n先锋公司表示，产品很好。\n")
    assert name_as_word("techcrunch/docs/potternavi-pioneer-announces-3g-equipped-gps-for-bikes.md", zh) == []


def test_oracles_walkmans_and_gingerbreads_chinese_names_are_established() -> None:
    # to-drum-up-byod-business-oracle-quietly-acquires-enterprise-security-startup-bitzer-mobile.md: Oracle's Chinese
    # name is 甲骨文; sony-shows-off-android-walkman-device-at-ifa.md: the Walkman is 随身听; hands-on-with-the-
    # gingerbread-powered-…md: Android 2.3 is 姜饼 (an editor judged each of them wrong when reported)
    oracle = "# 甲骨文悄悄收购企业安全创业公司 Bitzer Mobile\n\nOracle 证实了这笔交易。\n\n甲骨文表示，它将继续支持现有客户。\n"
    walkman = "# 索尼在 IFA 上展示了安卓随身听\n\n索尼新的 Walkman 运行安卓系统。\n\n这款随身听售价未公布。\n"
    ginger = "# 上手姜饼系统的平板电脑\n\n这款平板运行 Gingerbread 系统。\n\n姜饼版本的速度不错。\n"
    assert name_as_word("techcrunch/docs/to-drum-up-byod-business-oracle-quietly-acquires-enterprise-security-startup.md", oracle) == []
    assert name_as_word("techcrunch/docs/sony-shows-off-android-walkman-device-at-ifa.md", walkman) == []
    assert name_as_word("techcrunch/docs/hands-on-with-the-gingerbread-powered-e-fun-nextbook-premium-tablet.md", ginger) == []
