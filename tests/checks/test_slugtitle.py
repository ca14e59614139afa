"""A name of the file-name slug that the body keeps in Latin script and the title does not write (TQA323): short
examples written for these tests, modelled on archive articles (facebook-completes-rollout-of-haystack…,
mayor-bloomberg-proclaims-april-16-as-foursquare-day…, poll-netflix-blockbuster, alibaba-russia-mail-ru)."""

from __future__ import annotations

from transqa.checks.slugtitle import title_blocks
from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load import parse
from transqa.load.markdown import parse_markdown

SLUG = "facebook-completes-rollout-of-haystack-to-cut-photo-costs.md"
HAYSTACK = ("# 脸书完成草堆的推广，以降低照片成本\n\n> 原文：<https://techcrunch.com/2009/04/06/facebook-completes-rollout-of-haystack/>\n\n"
            "# 脸书完成“干草堆”的推广，以降低照片成本\n\nHaystack 是脸书降低存储照片成本的方式。\n\n"
            "不清楚的是，Haystack 是否能帮助脸书控制成本。\n")


def _tqa323(zh: str, path: str = SLUG, en: str | None = None) -> list[Finding]:
    source = parse("en.md", en) if en is not None else None
    return [f for f in check_documents(source, parse_markdown(path, zh)).findings if f.code == "TQA323"]


def test_a_slug_name_the_body_keeps_in_latin_rendered_as_words_in_both_titles() -> None:
    got = _tqa323(HAYSTACK)
    assert [f.target.line for f in got] == [1]  # line 5's `干草堆` (hay+stack) is TQA317's since release 41: one finding
    every = check_documents(None, parse_markdown(SLUG, HAYSTACK)).findings
    assert [(f.code, f.target.line) for f in every if f.code in ("TQA317", "TQA323")] == [("TQA323", 1), ("TQA317", 5)]
    assert "“Haystack”" in got[0].message and "2 times, lines 7, 9" in got[0].message  # release 30: count, then lines


def test_the_title_writes_the_name_in_latin_in_any_case_or_spacing() -> None:
    assert _tqa323(HAYSTACK.replace("草堆的推广", "Haystack 的推广").replace("“干草堆”", "hay stack")) == []


def test_a_name_of_several_slug_words_and_a_plural_slug_word() -> None:
    zh = ("# 赠品:三包玩家食物\n\n玩家食物不错。Gamer Grub 是零食。\n\n我喜欢 Gamer Grub 的味道。\n")
    assert [f.target.line for f in _tqa323(zh, "giveaway-three-packs-of-gamer-grub.md")] == [1]
    zh = ("# 狼人的 iPhone 应用程序\n\nWeReward 让你赚钱。\n\n用 WeReward 签到。\n")
    assert [f.target.line for f in _tqa323(zh, "werewards-iphone-app-lets-you-earn-cash.md")] == [1]


def test_the_other_title_heading_counts_as_a_latin_place() -> None:
    zh = "# 用 AirPod 轻松呼吸\n\n> 原文：<https://techcrunch.com/breathe-easy-with-airpod/>\n\n# 用气垫轻松呼吸\n\nAirPod 是一个空气净化器。\n"
    got = _tqa323(zh, "breathe-easy-with-airpod.md")
    assert [f.target.line for f in got] == [5] and "2 times, lines 1, 7)" in got[0].message
    assert _tqa323(zh.replace("# 用 AirPod 轻松呼吸", "# 用气垫呼吸"), "breathe-easy-with-airpod.md") == []


def test_what_is_not_reported() -> None:
    # written once in the body: as often a word or a phrase the title translates by meaning
    assert _tqa323(HAYSTACK.replace("不清楚的是，Haystack 是否", "不清楚的是，它是否")) == []
    # not an English slug for a file name, or the original given (the name rules read the English headline)
    assert _tqa323(HAYSTACK, "zh.md") == []
    assert _tqa323(HAYSTACK, en="# Facebook completes rollout of Haystack\n\nHaystack is how.\n\nIt is unclear.\n") == []
    # an acronym the title spells out by meaning; an address split by a garbled full stop (Mail 说。Ru)
    assert _tqa323("# 三星出售超便携电脑\n\nUMPC 很小。\n\nUMPC 很贵。\n", "samsung-to-sell-q1-umpcs.md") == []
    zh = "# 阿里巴巴进军俄罗斯\n\n“好的，”Mail 说。Ru 集团的 Mail 团队。\n\n这是 Mail.Ru 的公告。\n"
    assert _tqa323(zh, "alibaba-russia-mail-ru.md") == []


def test_the_title_writes_the_name_in_chinese() -> None:
    # the Chinese name the article glosses it with, a transliteration, a `·` name, a brand of a longer name
    zh = "# 投票:网飞和百视达哪个更强？\n\n他收购了百视达(Blockbuster)。\n\nBlockbuster 和网飞都有品牌。\n"
    assert _tqa323(zh, "poll-netflix-blockbuster-stronger.md") == []
    zh = "# 瓦汉达获得 550 万美元\n\nWahanda 是一家公司。\n\nWahanda 说。\n"
    assert _tqa323(zh, "wahanda-secures-5-5-million.md") == []
    zh = "# 米切尔·贝克成为执行主席\n\nMitchell Baker 说。\n\nMitchell Baker 表示。\n"
    assert _tqa323(zh, "mozilla-chair-mitchell-baker-steps-in.md") == []
    zh = "# 黑莓 10 没有原生应用\n\nBlackBerry 10 的用户。\n\nBlackBerry 10 很新。\n"
    assert _tqa323(zh, "no-native-app-for-blackberry-10.md") == []


def test_the_title_writes_a_product_by_its_established_chinese_name() -> None:
    # archive shapes (google-wallet-sprint, the-google-reader-shutdown…, showyou-ipad-app-apple-tv): 谷歌钱包, 谷歌阅读器,
    # the names Chinese media write; a title that drops the product is still reported, and so is 苹果电视 for Apple TV
    # (an Apple-made TV set to a reader: a blind editor read the 7 archive titles as defects, release 43)
    zh = "# 谷歌钱包在 Sprint 支持下上线\n\n谷歌的 Wallet 今天上线。\n\nWallet 支持 Sprint。\n"
    assert _tqa323(zh, "google-wallet-sprint.md") == []
    assert [f.target.line for f in _tqa323(zh.replace("谷歌钱包", "谷歌"), "google-wallet-sprint.md")] == [1]
    zh = "# 谷歌阅读器的关闭\n\n谷歌的 Reader 关闭了。\n\nReader 的用户很多。\n"
    assert _tqa323(zh, "the-google-reader-shutdown.md") == []
    zh = "# Showyou 的新应用就像苹果电视的遥控器\n\nShowyou 和 Apple TV 一起用。\n\nApple TV 很好。\n"
    assert [f.target.line for f in _tqa323(zh, "showyou-ipad-app-apple-tv.md")] == [1]


def test_title_blocks_are_the_headings_before_the_first_paragraph() -> None:
    doc = parse_markdown(SLUG, HAYSTACK + "\n# 进入草堆\n\n正文。\n")
    assert [b.line for b in title_blocks(doc.blocks)] == [1, 5]
    assert title_blocks(parse_markdown(SLUG, "正文。\n\n# 标题\n").blocks) == []


def test_a_brands_chinese_name_no_dictionary_holds_writes_the_name() -> None:
    # editor r45 item 12 (archive review-energizer-dual-zone-inductive-charging-pad): 劲量 is Energizer's brand in China
    zh = "# 点评:劲量双区感应充电板\n\n劲量的充电板很好。Energizer 的官网有售。\n\n我喜欢 Energizer 的设计。\n"
    assert _tqa323(zh, "review-energizer-dual-zone-inductive-charging-pad.md") == []
    assert [f.target.line for f in _tqa323(zh.replace("# 点评:劲量", "# 点评:能量"),
                                          "review-energizer-dual-zone-inductive-charging-pad.md")] == [1]
