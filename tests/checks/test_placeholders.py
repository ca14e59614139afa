"""Anonymised placeholders of the original (TQA305) and misspelt Latin names (TQA306): short examples
written for these tests, modelled on real MT output of transcripts and forum posts."""

from tests.helpers import fails, findings, passes

from transqa.checks.spelling import misspelt

MEETING_EN = (
    "(PERSON6) Yeah, that's great, thanks for the update on the demo.\n\n"
    "(PERSON8) That takes a bit of time, because I need to convert the files first.\n\n"
    "So, if you, [PERSON11], had the time, we could look at it together.\n"
)


def test_translated_speaker_tag() -> None:
    zh = ("（人6）是的，太好了，谢谢你介绍演示的最新情况。\n\n"
          "(PERSON8) 这需要一点时间，因为我需要先转换文件。\n\n"
          "所以，如果你，[PERSON11]，有时间的话，我们可以一起看看。\n")
    f = fails("TQA305", MEETING_EN, zh)
    assert f.target is not None and f.target.text == "（人6）" and f.target.line == 1
    assert f.suggestion == "(PERSON6)"


def test_other_renderings_of_a_tag() -> None:
    for rendered, shown in (("(第六人)", "(第六人)"), ("(人物6)", "(人物6)"), ("【6号发言人】", "【6号发言人】")):
        zh = (f"{rendered} 是的，太好了，谢谢你介绍演示的最新情况。\n\n"
              "(PERSON8) 这需要一点时间，因为我需要先转换文件。\n\n"
              "所以，如果你，[PERSON11]，有时间的话，我们可以一起看看。\n")
        f = fails("TQA305", MEETING_EN, zh)
        assert f.target is not None and f.target.text == shown


def test_tags_kept_or_left_out_are_not_changed() -> None:
    kept = ("[PERSON6] 是的，太好了，谢谢你介绍演示的最新情况。\n\n"
            "【PERSON8】这需要一点时间，因为我需要先转换文件。\n\n"
            "所以，如果你，[PERSON11]，有时间的话，我们可以一起看看。\n")
    passes("TQA305", MEETING_EN, kept)  # other brackets: the placeholder is intact
    dropped = ("是的，太好了，谢谢你介绍演示的最新情况。\n\n"
               "这需要一点时间，因为我需要先转换文件。\n\n"
               "所以，如果你有时间的话，我们可以一起看看。\n")
    passes("TQA305", MEETING_EN, dropped)  # an omission, not a changed placeholder
    renumbered_digit = ("（人6）是的，太好了。\n\n(PERSON8) 这需要一点时间。\n\n如果你，[PERSON11]，有时间。\n")
    passes("TQA305", None, renumbered_digit)  # without the original there is nothing to compare


def test_tag_that_lost_its_brackets() -> None:
    # NLLB writes `后来当PERSON12拥有…` for `later when [PERSON12] has…`: the tag reads as a word
    zh = ("(PERSON6) 是的，太好了，谢谢你介绍演示的最新情况。\n\n"
          "PERSON8这需要一点时间，因为我需要先转换文件。\n\n"
          "所以，如果你，[PERSON11]，有时间的话，我们可以一起看看。\n")
    f = fails("TQA305", MEETING_EN, zh)
    assert f.target is not None and f.target.text == "PERSON8" and f.target.line == 3
    assert f.suggestion == "(PERSON8)"
    both = ("(PERSON6) 是的，太好了，谢谢你介绍演示的最新情况。\n\n"
            "(PERSON8) 这需要一点时间，PERSON8 需要先转换文件。\n\n"
            "所以，如果你，[PERSON11]，有时间的话，我们可以一起看看。\n")
    passes("TQA305", MEETING_EN, both)  # once in brackets: the tag is there; the bare one repeats it


CHAT_EN = (
    "Thank you for contacting #PRS_ORG#, you are through to #NAME#.\n\n"
    "You can reach us at #URL# or in the #PRS_ORG# app.\n\n"
    "Great game tonight. #DCU #MLS\n"
)


def test_chat_hash_tag_broken_by_a_space_or_cut() -> None:
    # Online-Y writes `#PRS_ORG #` throughout; others drop the closing `#` or the case (`#prs_org。`)
    zh = ("感谢您联系 #PRS_ORG #，您已接通#NAME#。\n\n"
          "您可以通过#URL#或在#PRS_ORG#应用程序中联系我们。\n\n今晚的比赛很棒。#DCU #MLS\n")
    f = fails("TQA305", CHAT_EN, zh)
    assert f.target is not None and f.target.text == "#PRS_ORG #" and f.target.line == 1
    assert f.suggestion == "#PRS_ORG#"
    cut = ("感谢您联系#PRS_ORG#，您已接通#NAME#。\n\n"
           "您可以通过# URL#或在#prs_org应用程序中联系我们。\n\n今晚的比赛很棒。#DCU #MLS\n")
    assert [x.target.text for x in findings(CHAT_EN, cut) if x.code == "TQA305" and x.target] == ["# URL#", "#prs_org"]


def test_chat_hash_tag_translated() -> None:
    zh = ("感谢您联系#PRS_ORG#，您已接通#姓名#。\n\n"
          "您可以通过#URL#或在#PRS_ORG#应用程序中联系我们。\n\n今晚的比赛很棒。#DCU #MLS\n")
    f = fails("TQA305", CHAT_EN, zh)
    assert f.target is not None and f.target.text == "#姓名#" and f.target.line == 1


def test_chat_hash_tags_kept_and_hashtags_are_not_tags() -> None:
    zh = ("感谢您联系#PRS_ORG#，您已接通#NAME#。\n\n"
          "您可以通过#URL#或在#PRS_ORG#app中联系我们。\n\n今晚的比赛很棒。#DCU#MLS #话题#\n")
    passes("TQA305", CHAT_EN, zh)  # a hashtag of the original may be written as the writer likes


def test_chat_hash_tag_reported_once_when_two_paragraphs_meet_one() -> None:
    # two English paragraphs rendered as one Chinese paragraph: each broken tag is one finding
    en = ("Thank you for contacting us, you are through to #NAME#.\n\n"
          "Please tell #NAME# your order number so we can help.\n")
    zh = "感谢您联系我们，您已接通 #NAME #。请告诉 #NAME # 您的订单号，以便我们提供帮助。\n"
    found = [(f.source.text, f.target.text) for f in findings(en, zh) if f.code == "TQA305" and f.source and f.target]
    assert found == [("#NAME#", "#NAME #"), ("#NAME#", "#NAME #")]


def test_chat_hash_tag_translated_beside_another_kept_twice() -> None:
    # `#NAME#` kept twice does not stand for `#URL#`: the translated `#网址#` is still reported
    en = "Hello, my name is #NAME# and my link is #URL#.\n"
    zh = "你好，我叫#NAME#，我也叫#NAME#，我的链接是#网址#。\n"
    f = fails("TQA305", en, zh)
    assert f.target is not None and f.target.text == "#网址#"


def test_chat_hash_tag_translated_after_a_space() -> None:
    f = fails("TQA305", "Hello, my name is #NAME#.\n", "你好，我叫 #姓名#。\n")
    assert f.target is not None and f.target.text == "#姓名#"


def test_closing_mark_of_a_broken_tag_does_not_open_a_translated_one() -> None:
    en = "You can reach us at #URL# or ask for #NAME#.\n"
    zh = "您可以通过 # URL # 或 #NAME# 联系我们。\n"
    assert [f.target.text for f in findings(en, zh) if f.code == "TQA305" and f.target] == ["# URL #"]


def test_misspelt_latin_name() -> None:
    en = ("Tadhg Beirne was named player of the match after the win in Limerick.\n\n"
          "The Mindcrack server was shut down, the group said on Friday.\n")
    zh = ("Tadhg Beyne 在利默里克的胜利后被评为全场最佳球员。\n\n"
          "该团体周五表示，Mindcrick 服务器已关闭。\n")
    found = [fails("TQA306", en, zh)]
    assert found[0].target is not None and found[0].target.text == "Beyne" and found[0].suggestion == "Beirne"
    f2 = fails("TQA306", en.split("\n\n")[1], zh.split("\n\n")[1])
    assert f2.target is not None and f2.target.text == "Mindcrick" and f2.suggestion == "Mindcrack"


def test_a_misspelling_beside_the_name_spelt_right_is_reported() -> None:
    # a newcomer's report: the paragraph spells the name right once and wrong once (two people to the reader)
    en = "The judge told Kowalski and his lawyer to wait, and Kowalski agreed.\n"
    f = fails("TQA306", en, "法官告诉 Kowaski 和他的律师等待，Kowalski 同意了。\n")
    assert f.target is not None and f.target.text == "Kowaski" and f.suggestion == "Kowalski"
    passes("TQA306", en, "法官告诉 Kowalski 和他的律师等待，Kowalski 同意了。\n")


def test_spelling_variants_that_are_not_misspellings() -> None:
    en = "O'Brien met Müller and the Picos team at the Wifi launch in Limerick.\n"
    passes("TQA306", en, "O’Brien 在利默里克的 Wi-Fi 发布会上会见了 Muller 和 Pico 团队。\n")
    passes("TQA306", en, "奥布莱恩在利默里克的无线网络发布会上会见了穆勒和 Picos 团队。\n")
    assert misspelt("Mindcrick", "Mindcrack") and misspelt("Beyne", "Beirne", in_run=True)
    assert not misspelt("Beyne", "Beirne")  # two letters off a short name: only beside a part spelt right
    assert not misspelt("Picos", "Pico") and not misspelt("muller", "Müller") and not misspelt("Xindcrack", "Mindcrack")
    # the space before the next word dropped (real MT, WMT22: `CompTIAA+` for CompTIA A+): respaced, not misspelt
    passes("TQA306", "Free Training on CompTIA A+ this week\n", "本周CompTIAA+免费培训\n")


def test_tag_swapped_for_another_of_its_kind() -> None:
    # shapes of heldout17's edited transcripts: `So, [PERSON8], please confirm…` rendered with `[PERSON4]`
    en = ("So, [PERSON8], please confirm that you agree with this idea.\n\n"
          "So [PERSON1] has compiled some translation dictionary.\n")
    zh = ("因此，[PERSON4]，请确认您同意这个想法。\n\n"
          "因此 [PERSON1] 编写了一些翻译词典。\n")
    f = fails("TQA305", en, zh)
    assert f.target is not None and f.target.text == "[PERSON4]" and f.target.line == 1
    assert f.suggestion == "[PERSON8]"
    passes("TQA305", en, zh.replace("[PERSON4]", "[PERSON8]"))
    # another kind of tag is no swap (an [ORGANIZATION3] beside a dropped [PERSON8] is the omission rules' concern)
    passes("TQA305", en, zh.replace("[PERSON4]", "[ORGANIZATION3]"))
    # a tag the original writes elsewhere in the same paragraph is no swap either: both are its own
    en2 = "[PERSON8] told [PERSON4] about the plan.\n"
    passes("TQA305", en2, "[PERSON4] 把计划告诉了 [PERSON4]。\n")


def test_hash_tag_swapped_for_another_tag() -> None:
    # the chat tags' family: `you are through to #NAME#` rendered with `#PRS_ORG#`, a tag this line's original lacks
    zh = ("感谢您联系#PRS_ORG#，您现在接通的是#PRS_ORG#。\n\n"
          "您可以通过#URL#或在#PRS_ORG#应用中联系我们。\n\n"
          "今晚比赛很精彩。#DCU #MLS\n")
    en = "Thank you for contacting us, you are through to #NAME#.\n\nYou can reach us at #URL# or in the #PRS_ORG# app.\n\nGreat game tonight. #DCU #MLS\n"
    f = fails("TQA305", en, zh)
    assert f.target is not None and f.target.text == "#PRS_ORG#" and f.target.line == 1 and f.suggestion == "#NAME#"
    passes("TQA305", CHAT_EN, zh.replace("您现在接通的是#PRS_ORG#", "您现在接通的是#NAME#"))
    # the same original with its own tag in its place: the other lines' #PRS_ORG# is the original's there
    passes("TQA305", en, zh.replace("感谢您联系#PRS_ORG#，您现在接通的是#PRS_ORG#", "感谢您联系我们，您现在接通的是#NAME#"))


def test_tag_is_present_only_whole() -> None:
    # `person1` inside `person12` is not the original's `[PERSON1]` (the reviewer's case)
    en = "[PERSON1] agreed with the plan.\n"
    f = fails("TQA305", en, "[PERSON12] 同意了这个计划。\n")
    assert f.target is not None and f.target.text == "[PERSON12]" and f.suggestion == "[PERSON1]"
    passes("TQA305", en, "[PERSON1] 同意了这个计划。\n")
    passes("TQA305", "[PERSON12] agreed with the plan.\n", "[PERSON12] 同意了这个计划。\n")


def test_each_chinese_tag_pointed_at_once_when_two_paragraphs_meet_one() -> None:
    # two English paragraphs rendered as one Chinese paragraph: each Chinese occurrence is reported once
    en = ("So, [PERSON8], please confirm that you agree with this idea.\n\n"
          "Thank you, [PERSON8], that is all for today.\n")
    zh = "因此，[PERSON4]，请确认您同意这个想法。谢谢你，[PERSON4]，今天就到这里。\n"
    found = [(f.target.offset, f.suggestion) for f in findings(en, zh) if f.code == "TQA305" and f.target]
    assert len(found) == 2 and len({s for s, _ in found}) == 2 and {g for _, g in found} == {"[PERSON8]"}
    translated = zh.replace("[PERSON4]", "（人8）")
    found = [(f.target.offset, f.target.text) for f in findings(en, translated) if f.code == "TQA305" and f.target]
    assert len(found) == 2 and len({s for s, _ in found}) == 2 and {t for _, t in found} == {"（人8）"}
    # one Chinese occurrence for the two paragraphs: reported once
    once = "因此，[PERSON4]，请确认您同意这个想法。谢谢你，今天就到这里。\n"
    assert len([f for f in findings(en, once) if f.code == "TQA305"]) == 1


def test_hash_tag_swapped_points_at_the_tag_in_its_place_and_suggests_no_fix_when_two_compete() -> None:
    # one tag of the original missing, two others in the Chinese: the one standing where the original's does
    en = "Thank you for contacting us, you are through to #NAME#.\n"
    zh = "感谢您联系#PRS_ORG#，您现在接通的是#PRS_ORG#。\n"
    f = fails("TQA305", en, zh)
    assert f.target is not None and f.target.column == zh.rindex("#PRS_ORG#") + 1 and f.suggestion == "#NAME#"
    # two missing, two others, the Chinese order reversed (`向 #PRS_ORG# 发送 #EMAIL#` for `send #URL# to #NAME#`):
    # neither order nor place tells which stands for which, so no fix is suggested (a wrong one was, swapped)
    en2 = "Please send #URL# to #NAME# today, and we will reply within 24 hours.\n"
    zh2 = "请今天向#PRS_ORG#发送#EMAIL#，我们将在 24 小时内回复。\n"
    got = [(x.target.text, x.suggestion) for x in findings(en2, zh2) if x.code == "TQA305" and x.target]
    assert got == [("#PRS_ORG#", None), ("#EMAIL#", None)]
