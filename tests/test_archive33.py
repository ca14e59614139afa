"""Release 33, archive (issue 19): the Chinese alone."""

from __future__ import annotations

from tests.helpers import findings


def _found(zh: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.target.text if f.target else None) for f in findings(None, zh)]


def test_a_verb_before_a_lone_domain_ending_is_no_part_of_a_name() -> None:
    # archive, dazzle-us-again-delicious line 13: `(尽管 del.icio.us 拥有。com 域名)` ("del.icio.us owns the .com domain"):
    # TQA302 read `del.icio.us 拥有。com` as a writing of delicious.com and its repair dropped the verb 拥有
    zh = ("# 再次让我们眼花缭乱\n\n有一点需要注意:这些数字是 delicious.com 的，而不是 del.icio.us 的"
          "(尽管 del.icio.us 拥有。com 域名)。\n")
    got = _found(zh)
    assert ("TQA315", "。com") in got
    assert not [t for c, t in got if c == "TQA302" and t and "拥有" in t]


def test_a_name_repair_keeps_the_word_mt_put_between_its_pieces() -> None:
    # archive, alibaba-russia-mail-ru line 31: `”Mail 说。Ru 集团首席执行官` beside Mail.ru: still a garbled name, but
    # the suggestion keeps 说 (a word of the sentence), not `Mail.ru` in place of all three
    zh = ("# 阿里巴巴与 Mail.ru 合作\n\nMail.ru 是俄罗斯公司。Mail.ru 很大。\n\n"
          "“我们很高兴，”Mail 说。Ru 集团首席执行官表示。\n")
    f = next(f for f in findings(None, zh) if f.code == "TQA302")
    assert f.target is not None and f.target.text == "Mail 说。Ru"
    assert f.suggestion == "Mail.ru 说"
    assert [(r.old, r.text, r.certain) for r in f.repairs] == [("Mail 说。Ru", "Mail.ru 说", False)]


def test_a_lone_ending_right_after_a_sentence_end() -> None:
    # `…增长了。。net收入`: the sentence's own full stop, then `.net` whose dot became 。: TQA315's, and no doubled mark
    # (TQA510 suggested keeping one 。, which left `。net收入`); also after a closing quote and at a paragraph's start
    for zh, where in (("微软的收入增长了。。net收入增长了一倍。\n", "。net"),
                      ("他说：“好。”。net收入增长了一倍。\n", "。net"),
                      ("。net收入增长了一倍。\n", "。net")):
        got = _found(zh)
        assert ("TQA315", where) in got, zh
        assert not [c for c, t in got if c == "TQA510" and t == "。。"], zh


def test_a_doubled_full_stop_before_chinese_is_still_reported() -> None:
    assert ("TQA510", "。。") in _found("微软的收入增长了。。但是很好。\n")


def test_a_name_broken_into_words_is_reported_on_each_line_that_breaks_it() -> None:
    # archive heldout4, profile-dinnerbuzz lines 1 and 15: `dinner buzz` beside Dinnerbuzz; the one TQA302 finding stood
    # on line 1 only, and line 15's `“dinner buzz 旨在…` went unreported where it stands
    zh = ("# 简介:dinner buzz\n\nDinnerbuzz 是一项新服务。Dinnerbuzz 很好。\n\n"
          "用他们自己的话说，“dinner buzz 旨在让你更容易找到吃饭的地方。”\n\nDinnerbuzz 是一个新的社交网站。\n")
    got = [(f.target.line, f.suggestion, len(f.repairs)) for f in findings(None, zh) if f.code == "TQA302" and f.target]
    assert got == [(1, "Dinnerbuzz", 2), (5, "Dinnerbuzz", 0)]


def test_a_case_variant_is_still_one_finding_per_name() -> None:
    # capitalised words (`Go Daddy` beside GoDaddy) may be the house style's: listed once, on the first line only
    zh = "GoDaddy 是一家公司。GoDaddy 很大。GoDaddy 很好。\n\nGo Daddy 回应了。\n\n他说 Go Daddy 没有回应。\n"
    assert [f.target.line for f in findings(None, zh) if f.code == "TQA302" and f.target] == [3]


def test_a_lower_case_word_split_is_not_reported_again_as_a_name() -> None:
    # archive dev3, wordpress-liveblog lines 7 and 11: `liveblog` and `live blog`, an English word left untranslated
    # (so labelled), not a brand: no TQA302 finding on each further line
    zh = ("# Automattic 推出了自己的 Liveblog 插件\n\n主要内容之一是 liveblog——对于关心的人来说，live blog 可以让你跟踪。\n\n"
          "这些都是 liveblog 的重要功能。\n\n发布 live blog，然后再看。\n")
    assert len([f for f in findings(None, zh) if f.code == "TQA302"]) <= 1


def _embeds(zh: str) -> list[tuple[int, str | None]]:
    return [(f.target.line, f.target.text) for f in findings(None, zh) if f.code == "TQA505" and f.target]


def test_the_slideshow_shortcode_translated_is_a_leaked_embed() -> None:
    # archive heldout2/heldout4, e.g. foursquare-iphone-polish line 19: a paragraph `[幻灯片]` ([slideshow]); and
    # `[幻灯片包含="768180，…"]`; not the word inside a sentence
    assert _embeds("看看这些截图。\n\n[幻灯片]\n") == [(3, "[幻灯片]")]
    assert _embeds('[幻灯片包含="768180，768176，768168 "]\n') == [(1, '[幻灯片包含="768180，768176，768168 "]')]
    assert _embeds("我们看了[幻灯片]，很好。\n") == []


def test_a_flash_file_address_as_link_text_is_a_leaked_embed() -> None:
    # archive heldout2, e.g. `[http://api.aniboom.com/embedded.swf?videoar=1498](…)`: the page embedded a Flash player
    zh = "[http://api.aniboom.com/embedded.swf?videoar=1498](https://web.archive.org/web/2020/http://api.aniboom.com/embedded.swf?videoar=1498)\n"
    assert _embeds(zh) == [(1, "http://api.aniboom.com/embedded.swf?videoar=1498")]
    assert _embeds("[http://example.com/page.html](http://example.com/page.html)\n") == []


def test_a_bare_video_address_spaced_out_by_mt_is_a_leaked_embed() -> None:
    # archive heldout2, free-language-learning-service-duolingo… line 15
    zh = "http://www.youtube.com/watch?feature = player _ embedded & v = wyzj 2 QQ 9 ABS\n"
    f = next(f for f in findings(None, zh) if f.code == "TQA505")
    assert f.suggestion is not None and "[视频](http://www.youtube.com/watch?v=wyzj2QQ9ABS)" in f.suggestion
    assert _embeds("http://www.youtube.com/watch?v=abc is great\n") == []


def test_bare_tweet_addresses_are_one_leaked_embed_per_run() -> None:
    # archive heldout2, i-wouldnt-say-ive-been-missing-it lines 37-67: sixteen tweets the page embedded, one after another,
    # left as addresses (the handle spaced out by MT); heldout4 gawker-redesign `/伪历史学家/状态/…`
    zh = ("他们在推特上说：\n\nhttps://twitter.com/#!/Paris lemon/status/88818046021537793\n\n"
          "https://twitter.com/#!/poojou/status/88818930390540288\n\n"
          "http://twitter.com/#!/伪历史学家/状态/37540219318177793\n\n好的。\n\n"
          "https://twitter.com/mattbuchanan/status/322348048585986048\n")
    got = [f for f in findings(None, zh) if f.code == "TQA505"]
    assert [(f.target.line if f.target else 0) for f in got] == [3, 11]
    assert "2 paragraphs after it" in got[0].message
    assert got[1].suggestion == "turn it into a link: [推文](https://twitter.com/mattbuchanan/status/322348048585986048)"


def test_more_shapes_of_leaked_shortcodes() -> None:
    # archive heldout2/heldout4: a keyword parted from its address by MT's name dot, a plugin's gallery, a bracket opened by
    # a player's address with its keyword translated after it, WP-Democracy's poll, a player's address as a link's text
    for zh in ("[维梅奥·http://www.vimeo.com/61654440 w = 400 & h = 300]\n", "[PSGallery=960av10bpfi]\n",
               "[http://blip.tv/play/hRbY91LUSQ 电视台]\n", "{民主:12}\n",
               "[http://www.viddler.com/player/225e1792/](https://web.archive.org/web/2020/http://www.viddler.com/player/225e1792/)\n"):
        assert len(_embeds(zh)) == 1, zh
    f = next(f for f in findings(None, "【http://blip.tv/play/ih_J606J5FQ blip . TV】\n") if f.code == "TQA505")
    assert f.suggestion == "turn it into a link: [视频](http://blip.tv/play/ih_J606J5FQ)"
    assert _embeds("他在[PS 画廊]展出了作品。\n") == []
