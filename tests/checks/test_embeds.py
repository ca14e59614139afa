from tests.helpers import fails, findings, passes

from transqa.checks.embeds import repaired_url


def codes_of(zh: str) -> list[str]:
    return [f.code for f in findings(None, zh)]


def test_youtube_embed_with_brackets_turned_into_lenticular_ones() -> None:
    zh = "看看这段视频：\n\n【YouTube = http://www . YouTube . com/watch？v=xW5abat5NEU]\n"
    cs = codes_of(zh)
    assert cs.count("TQA505") == 1 and "TQA503" not in cs  # the embed, not a stray bracket
    f = next(f for f in findings(None, zh) if f.code == "TQA505")
    assert f.suggestion is not None and "[视频](http://www.youtube.com/watch?v=xW5abat5NEU)" in f.suggestion
    assert "close it" not in f.suggestion


def test_unclosed_embed_is_one_finding_not_an_unbalanced_bracket() -> None:
    zh = "【YouTube = http://www . YouTube . com/watch？v = QPty-zlbjt 0 & w = 640 & h = 390\n"
    assert codes_of(zh).count("TQA505") == 1 and "TQA503" not in codes_of(zh)


def test_shortcodes_whose_brackets_match() -> None:
    for zh in (
        '[gallery ids="978744，978745，978746"]\n',
        "[民意测验调查=5527909]\n",
        "[vimeo 48312365 w=400 h=300]\n",
        "[scribd id = 40108089 key = key-ydnx mode = list]\n",
        "【推特 https://twitter.com/dickc/status/386360727469948928】\n",
    ):
        assert codes_of(zh).count("TQA505") == 1, zh


def test_links_and_words_are_not_embeds() -> None:
    for zh in (
        "他在 [YouTube](https://youtube.com/x) 上发布了一段视频。\n",
        "[视频](https://example.com/v)显示了这款设备。\n",
        "这款应用支持 YouTube 和 Vimeo 视频。\n",
        "【编者按：本文作者是一位投资人。】\n",
    ):
        passes("TQA505", None, zh)


def test_repaired_url_drops_spaces_and_player_sizes() -> None:
    assert repaired_url("【YouTube = http://www . YouTube . com/watch？v=abc&w=640&h=390】") == "http://www.youtube.com/watch?v=abc"
    assert repaired_url("[gallery ids=\"1,2\"]") is None
    # an option before the video's id: the id follows `?` (a newcomer met `watch&v=…`, an address that opens no video)
    assert repaired_url("【YouTube = http://www . YouTube . com/watch？feature=player_embedded&v=abc】") == "http://www.youtube.com/watch?v=abc"
    assert repaired_url("[YouTube http://www.youtube.com/watch?feature=oembed]") == "http://www.youtube.com/watch"
    assert repaired_url("[YouTube http://www.youtube.com/watch?v=abc&list=PL1&feature=share]") == "http://www.youtube.com/watch?v=abc&list=PL1"
    assert repaired_url("【vimeo http://www.vimeo.com/68765934w=400&h=300】") == "http://www.vimeo.com/68765934"  # the size glued on: a dead address (reader33)


def test_suggestions_name_the_page_not_the_player() -> None:
    f = next(f for f in findings(None, "[推文 https://Twitter . com/jack/status/20]\n") if f.code == "TQA505")
    assert f.suggestion is not None and "[推文](https://twitter.com/jack/status/20)" in f.suggestion
    f = next(f for f in findings(None, "[scribd id = 33468644 key = key-wnrc mode = list]\n") if f.code == "TQA505")
    assert f.suggestion is not None and "https://www.scribd.com/doc/33468644" in f.suggestion
    assert repaired_url("[YouTube http://www.youtube.com/watch?v=abc&HL=en_US&fs=1]") == "http://www.youtube.com/watch?v=abc"


def test_more_shapes_and_their_links() -> None:
    got = {zh: [(f.code, f.suggestion) for f in findings(None, zh)] for zh in (
        "[vimeo 12345678]\n", "[polldaddy poll=1234567]\n", "【视频 http://www . youtube . com/watch？v = dQw4w9WgXcQ】\n")}
    assert got["[vimeo 12345678]\n"] == [("TQA505", "turn it into a link: [视频](https://vimeo.com/12345678)")]
    assert [c for c, _ in got["[polldaddy poll=1234567]\n"]] == ["TQA505"]
    (code, sug), = got["【视频 http://www . youtube . com/watch？v = dQw4w9WgXcQ】\n"]
    assert code == "TQA505" and sug is not None and "[视频](http://www.youtube.com/watch?v=dQw4w9WgXcQ)" in sug
    for ok in ("他说视频 http://a.com 很好。\n", "[视频](http://a.com)很好。\n", "这段视频 12345 次播放。\n"):
        passes("TQA505", None, ok)


def test_a_link_whose_text_is_a_video_players_address() -> None:
    # archive (samsung-enlists-beethoven-to-sell-q1-umpcs): the page's video shown as its player's address
    u = "https://web.archive.org/web/20150919140153if_/http://www.youtube.com/embed/ZsXJEHI8BVY?version=3&rel=1&fs=1"
    fs = [f for f in findings(None, f"三星请来贝多芬。\n\n[{u}]({u})\n\nVIDEO\n") if f.code == "TQA505"]
    assert len(fs) == 2 and fs[1].target is not None and fs[1].target.text == "VIDEO"  # the player's label after it
    assert fs[0].suggestion == "turn it into a link: [视频](https://www.youtube.com/watch?v=ZsXJEHI8BVY)"
    passes("TQA505", None, "他在 [视频](https://www.youtube.com/embed/ZsXJEHI8BVY) 中说。\n\nVIDEO\n")  # a text of its own: a link
    passes("TQA505", None, "见 [https://www.youtube.com/watch?v=ZsXJEHI8BVY](https://www.youtube.com/watch?v=ZsXJEHI8BVY)。\n")


def test_a_wordpress_video_shortcode() -> None:
    # archive (wordpress-liveblog): `[wpvideo tWpw6nCt]`
    fails("TQA505", None, "这是演示视频。\n\n[wpvideo tWpw6nCt]\n")
    passes("TQA505", None, "他们用 wpvideo 插件发布了视频。\n")


def test_a_paragraph_that_is_only_a_video_address_is_a_leaked_embed() -> None:
    # archive (upstagram-is-a-flying-raspberry-pi…): the original's bare address on its own line showed the video
    f = fails("TQA505", None, "请看视频。\n\nhttp://www.youtube.com/watch?v=ZB_JnVoFraM\n\n正文。\n")
    assert f.suggestion == "turn it into a link: [视频](http://www.youtube.com/watch?v=ZB_JnVoFraM)"
    fails("TQA505", None, "请看视频。\n\nhttp://youtu.be/RipLoAUUDjc\n")
    passes("TQA505", None, "请看[视频](http://www.youtube.com/watch?v=ZB_JnVoFraM)。\n")  # a link already
    passes("TQA505", None, "视频在 http://www.youtube.com/watch?v=ZB_JnVoFraM 上。\n")  # an address in a sentence
    passes("TQA505", None, "请看：\n\nhttp://www.example.com/watch?v=1\n")  # no video site
    # with the original, an address it writes out too is faithful (WMT24 social media posts quote them)
    passes("TQA505", "Watch this.\n\nhttps://youtu.be/W5JSfq6LLAU\n", "看看这个。\n\nhttps://youtu.be/W5JSfq6LLAU\n")


def test_a_bare_video_address_ending_a_sentence_is_linked_without_its_full_stop() -> None:
    # `…watch?v=abc。`: the full stop is the sentence's, not the address's; the link suggested with it is broken
    f = fails("TQA505", None, "请看视频。\n\nhttps://www.youtube.com/watch?v=ZB_JnVoFraM。\n\n正文。\n")
    assert f.suggestion == "turn it into a link: [视频](https://www.youtube.com/watch?v=ZB_JnVoFraM)"
    f = fails("TQA505", None, "请看视频。\n\nhttps://vimeo.com/12345678.\n")
    assert f.suggestion == "turn it into a link: [视频](https://vimeo.com/12345678)"


def test_an_embeds_html_markup_left_in_a_markdown_translation() -> None:
    # archive shapes: a player's `<param>` tags without their `<object>`, and an image tag whose address MT spaced out
    params = ('# 标题\n\n正文。\n\n<param name="movie" value="http://www.youtube.com/v/AbCdEfGhIjK&amp;hl=en">'
              ' <param name="allowFullScreen" value="true">\n\n后文。\n')
    fs = [f for f in findings(None, params) if f.code == "TQA505"]
    assert len(fs) == 1 and fs[0].target is not None and fs[0].target.line == 5  # one run of tags, one finding
    assert fs[0].suggestion == "turn it into a link: [视频](https://www.youtube.com/watch?v=AbCdEfGhIjK)"
    spaced = '# 标题\n\n我们抵达了会场。<img src = " https://beta . example . com/uploads/photos。如果它像承诺的那样\n'
    assert [f.code for f in findings(None, spaced) if f.code == "TQA505"] == ["TQA505"]
    for ok in ('# 标题\n\n正文。\n\n<img src="https://example.com/a.png">\n',  # a whole image tag still shows its picture
               '# 标题\n\n```\n<param name="movie" value="x">\n```\n'):  # code
        assert not [f for f in findings(None, ok) if f.code == "TQA505"]


def test_repaired_url_decodes_escaped_ampersands() -> None:
    """Newcomer 40 item 6: `&amp;` of an embed code's attribute, or `&amp` that lost its `;` (`&ampHL=en_US`), is the
    address's `&`; a parameter of its own beginning with `amp` stays."""
    assert repaired_url("【YouTube = http://www.youtube.com/watch?v=89xc_1Vv69k&amp HL=en_US】") == "http://www.youtube.com/watch?v=89xc_1Vv69k"
    assert repaired_url("http://www.youtube.com/watch?v=abc&amp;t=10") == "http://www.youtube.com/watch?v=abc&t=10"
    assert repaired_url("http://example.com/a?b=1&amplitude=2") == "http://example.com/a?b=1&amplitude=2"
