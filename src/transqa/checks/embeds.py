"""Embed codes and shortcodes of the original page that leaked into the translation as text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from transqa.context import Context, listed_per_paragraph, quote
from transqa.findings import Finding, Severity, without_inside
from transqa.lang.script import HAN_RANGE, HAN_RANGE_A
from transqa.model import Block
from transqa.registry import rule

EMBED_LEAK = rule(
    "TQA505", "embed-leaked", "markup", Severity.ERROR,
    "An embed code or shortcode of the original page stands in the text",
    """
    What it checks: a bracketed WordPress shortcode or embed code (`[youtube …]`, `[vimeo …]`,
    `[gallery ids="…"]`, `[scribd id=…]`, `[tweet …]`, `[wpvideo tWpw6nCt]`, a poll) left in the Chinese as text, also when
    machine translation turned its brackets into `【】`, translated its keyword (`推特`, `民意测验`, `视频`
    before an address) or spaced out its URL — whether or not its brackets happen to match. A link whose
    text is a video player's address (`[https://…youtube.com/embed/ZsXJEHI8BVY?version=3…](…)`): the
    page embedded the video there; and the player's label `VIDEO` on the line after it. A paragraph that is
    only a video's page address written out (`http://www.youtube.com/watch?v=ZB_JnVoFraM`, `http://youtu.be/…`, also
    spaced out by machine translation, `watch?v = jewz 5 azwfgg & feature = player _ embedded`) or a tweet's
    (`http://twitter.com/#!/zynga/status/123816767251427328`; a run of them in consecutive paragraphs is one finding):
    the original's automatic embed of a bare address on its own line (not when the original writes it out too). A link
    whose text is a Flash file's address (`[http://api.aniboom.com/embedded.swf?videoar=1498](…)`), and a paragraph that is
    only the slideshow shortcode, its keyword translated (`[幻灯片]`, `[幻灯片包含="768180，…"]`).
    In a Markdown translation, an embed's HTML markup left as text: a player's `<param …>` tags without their
    `<object>`, `<embed …>`, or an image tag whose address machine translation spaced out (`<img src = " https://beta .
    TechCrunch . com/…`), once per line; so too the AMP markup of the original's AMP page (`<amp-img …>`, `<amp-analytics
    …>`, `<amp-video …>此浏览器不支持视频元素。</amp-video>`, named with the fallback text it holds, which the reader sees).
    A paragraph's first 10 are each a finding, the rest one finding with their count, at the first of them (each still
    hides the other rules' findings inside it).

    Why it matters: the original page showed a video, a gallery or a tweet there; the translation shows
    code, and the reader gets neither the content nor a way to reach it.

    Example: ZH (archive) `【YouTube = http://www . YouTube . com/watch？v=xW5abat5NEU]`; ZH (archive, poll-netflix-blockbuster)
    `[民意测验调查=5527909]`.

    Fix: turn it into a link to the embedded thing (`[视频](https://www.youtube.com/watch?v=xW5abat5NEU)`,
    `[vimeo 12345]` → `[视频](https://vimeo.com/12345)`),
    or delete it when nothing can be linked (a poll, a gallery of the original page).
    """,
    needs_source=False,
)
RULES = (EMBED_LEAK,)

KEYWORDS = (
    r"youtube|vimeo|维梅奥|gallery|图库|画廊|scribd|slide\s?share|kickstarter|tweet|推特|推文|poll\s?daddy|polldaddy"
    r"|民意测验(?:调查)?|民意调查|投票|dailymotion|soundcloud|hulu|googlevideo|ustream|livestream|blip\.?tv|qik"
    r"|caption|protected-iframe|iframe|embed|视频|wpvideo"
)
# The keyword must be followed by what only a shortcode has: `=`, a URL, an attribute or a long number.
# (Release 33: a keyword and its address parted by the name dot `·` MT puts between words it reads as a name, `[维梅奥·http://
# www.vimeo.com/61654440 w = 400 & h = 300]`; a plugin's prefix before `gallery=`, `[PSGallery=960av10bpfi]`; and a bracket
# opened by a video player's address, its keyword translated after it, `[http://blip.tv/play/hRbY91LUSQ 电视台]`. On the
# labelled archive splits 4, 3 and 4 such codes, all labelled leaked embeds, none reported before.)
EMBED = re.compile(
    r"[\[【]\s{0,3}(?:[A-Za-z]{1,3}(?=gallery\s{0,3}[=＝]))?(?P<kw>" + KEYWORDS + r")"
    r"(?:(?<=wpvideo)\s{1,3}[A-Za-z0-9]{8}(?=\s{0,3}[\]】])|\s{0,3}[=＝]|(?:\s{1,3}|\s{0,3}[·・]\s{0,3})(?:https?:|(?:ids?|url|w|h|width|height|src|key|poll|type|mode|user|hash)\s{0,3}[=＝])|\s{0,3}\d{4,})"
    r"|[\[【]\s{0,3}(?=https?://(?:www\.)?(?:blip\.tv/play|viddler\.com/player)/)",
    re.IGNORECASE,
)
CLOSE = "]】"
URL = re.compile(rf"https?\s?:\s?//[^\]】\"“”'{HAN_RANGE_A}]{{3,200}}", re.IGNORECASE)


def embeds(text: str) -> list[tuple[int, int, str]]:
    """(start, end, keyword) of each leaked embed code of a block's text; end is past its closing bracket,
    or the end of the text when it was never closed (at most 300 characters on)."""
    out: list[tuple[int, int, str]] = []
    for m in EMBED.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        stop = min(len(text), m.start() + 300)
        end = next((i + 1 for i in range(m.end(), stop) if text[i] in CLOSE), None)
        if end is None:
            nl = text.find("\n", m.end(), stop)
            end = nl if nl >= 0 else stop
        out.append((m.start(), end, m.group("kw") or "video player"))
    return out


def repaired_url(code: str) -> str | None:
    """The URL an embed code names, with the spaces and full-width marks of machine translation taken out."""
    m = URL.search(code)
    if m is None:
        return None
    url = m.group(0).translate(str.maketrans("？＝＆：／", "?=&:/"))
    url = re.sub(r"\s+", "", url).rstrip("]】,，。")
    # an HTML-escaped `&` of the embed code's attribute, its `;` sometimes lost (`…v=ID&ampHL=en_US`, newcomer 40
    # item 6): the address's own `&`
    url = _ESCAPED_AMP.sub("&", _ESCAPED_AMP.sub("&", url))
    url = re.sub(r"^https?://[^/?#]+", lambda g: g.group(0).lower(), url, flags=re.IGNORECASE)
    # Embed sizes and player options are no part of the page's address; the parameters left keep their order, and
    # the first of them follows `?` (`watch?feature=player_embedded&v=ID` is `watch?v=ID`, not `watch&v=ID`).
    head, sep, query = url.partition("?")
    if not sep:  # the `?` itself lost: what follows the first `&` is still parameters (`…/68765934w=400&h=300`), and
        head, _, query = url.partition("&")  # the first, glued to the address, is one too (not `…/68765934w=400`)
        glued = _GLUED_OPTION.search(head)
        head = head[: glued.start()] if glued else head
    kept = [p for p in re.split(r"[&?]", query) if p and not _PLAYER_OPTION.match(p)]
    return head + ("?" + "&".join(kept) if kept else "")


# `&amp;`, or `&amp` without its `;` before a capital, a digit or a parameter of a video's address (`&ampHL=`,
# `&ampv=`), as an embed code's attribute escapes `&`; not before any lower-case word (`&amplitude=` is a parameter)
_ESCAPED_AMP = re.compile(r"&(?:amp|AMP);|&amp(?=[A-Z0-9_]|(?:hl|fs|rel|w|h|width|height|feature|v|t)=)")
# A query parameter of an embed code that sets the player, not the page (size, full screen, language, related videos)
_PLAYER_OPTION = re.compile(r"(?:w|h|width|height|fs|hl|rel|feature)=", re.IGNORECASE)
# A size option glued to a numeric address once its `?` and spaces were lost (`vimeo.com/29282211w=640`: reader33 #39, #51)
_GLUED_OPTION = re.compile(r"(?<=\d)(?:w|h|width|height)=\d*$", re.IGNORECASE)
# A YouTube video id is 11 characters; a spaced-out one rebuilt to another length lost or gained one (reader33 #20)
_YOUTUBE_ID = re.compile(r"youtube\.com/watch\?(?:[^#]*&)?v=([A-Za-z0-9_-]*)", re.IGNORECASE)


def _link_or_why(what: str, url: str, check: str) -> str:
    """The repair of a leaked embed: a link to `url`, or, where the rebuilt address cannot be right (a YouTube id
    rebuilt from spaced-out pieces, `check` given, of another length than 11; an account name translated), what to take
    from the original instead."""
    yt = _YOUTUBE_ID.search(url) if check else None  # an id rebuilt from a spaced-out address, not one written whole
    if yt and len(yt.group(1)) != 11:
        return (f"turn it into a link to the video, with the address taken from the original page: its id "
                f"“{yt.group(1)}” has {len(yt.group(1))} characters where YouTube's have 11")
    han = re.search(rf"twitter\.com/(?:#!/)?([^/]*[{HAN_RANGE}][^/]*)/", url)
    if han:
        return (f"turn it into a link to the tweet, with the address taken from the original page: machine translation "
                f"translated the account name (“{han.group(1)}”)")
    return f"turn it into a link: [{what}]({url}){check}"


def _scribd(code: str) -> str | None:
    m = re.search(r"(?i)scribd\s{0,3}id\s{0,3}[=＝]\s{0,3}(\d{5,12})", code)
    return f"https://www.scribd.com/doc/{m.group(1)}" if m else None


def _vimeo(code: str) -> str | None:
    m = re.search(r"(?i)(?:vimeo|维梅奥)\s{0,3}[=＝]?\s{0,3}(\d{5,12})", code)
    return f"https://vimeo.com/{m.group(1)}" if m else None


def _suggestion(kw: str, code: str) -> tuple[str, bool]:
    """The suggestion for a leaked embed code `code` of keyword `kw`, and whether it is to delete the code (nothing to
    link in its place: Finding.deletes)."""
    if kw == "video player":  # `[http://blip.tv/play/hRbY91LUSQ 电视台]`: the player's address, up to the translated keyword
        player = re.search(r"https?://[^\s\]】]+", code)
        return (f"turn it into a link: [视频]({player.group(0)})", False) if player else ("delete it", True)
    url = repaired_url(code) or _scribd(code) or _vimeo(code)
    k = kw.lower()
    if url:
        what = "视频" if k in ("youtube", "vimeo", "维梅奥", "视频", "dailymotion", "hulu", "ustream", "livestream", "googlevideo") else (
            "推文" if k in ("tweet", "推特", "推文") else "文档" if k == "scribd" else "链接")
        raw = URL.search(code)
        spaced = raw is not None and re.search(r"[\s？＝＆]", raw.group(0)) is not None
        check = " (machine translation altered the address: check it against the original)" if spaced else ""
        return _link_or_why(what, url, check), False
    return "delete it, or replace it with a link to what the original page embedded there", True


# The address of a video player, which a page embeds and no reader opens as a page (youtube.com/embed/ID,
# youtube.com/v/ID, player.vimeo.com/video/ID); group 1 or 2 is the video's id
_PLAYER = re.compile(r"youtube(?:-nocookie)?\.com/(?:embed|v)/([A-Za-z0-9_-]{6,})|player\.vimeo\.com/video/(\d{5,12})", re.IGNORECASE)


def _video_page(player: re.Match[str]) -> str:
    """The page of the video whose player address `_PLAYER` matched: YouTube's watch page or Vimeo's."""
    return f"https://www.youtube.com/watch?v={player.group(1)}" if player.group(1) else f"https://vimeo.com/{player.group(2)}"


# The address of a Flash player or widget (`[http://api.aniboom.com/embedded.swf?videoar=1498](…)`,
# `[http://i.newsvine.com/_vine/swf/electionwidget.swf](…)`): a file a page embeds, which no reader opens as a page. On the
# whole archive 23 link texts are such an address; on the labelled splits (release 33) 14, all labelled leaked embeds.
_FLASH = re.compile(r"\.swf(?![A-Za-z0-9])|viddler\.com/player/|blip\.tv/play/", re.IGNORECASE)


def _player_links(ctx: Context, b: Block) -> Iterator[Finding]:
    """A link whose text is a video player's address: the original page showed the video there; the
    translation shows the embed's address as a link. So too a link whose text is a Flash file's address (`_FLASH`)."""
    for lk in b.links:
        m = _PLAYER.search(lk.text)
        if not lk.text.lstrip().lower().startswith(("http", "www")):
            continue
        if m is None and _FLASH.search(lk.text):
            yield ctx.finding(
                EMBED_LEAK, f"a player embedded in the original page stands in the text as its address: {quote(lk.text, 50)}",
                target=(b, lk.start, lk.end), suggestion="delete it, or replace it with a link to what the original page embedded there",
                deletes=True,
            )
            continue
        if m is None:
            continue
        url = _video_page(m)
        yield ctx.finding(
            EMBED_LEAK, f"a video embed of the original page stands in the text as its player's address: {quote(lk.text, 50)}",
            target=(b, lk.start, lk.end), suggestion=f"turn it into a link: [视频]({url})",
        )


# A paragraph that is nothing but a video's page address (`http://www.youtube.com/watch?v=ZB_JnVoFraM`, `http://youtu.be/…`,
# `http://vimeo.com/5445…`): the original page's automatic embed (a bare video address on its own line shows the video)
# Its query may be spaced out by machine translation (`http://www.youtube.com/watch?v = jewz 5 azwfgg & feature = player _
# embedded`): letters, digits and the query's marks with spaces between, nothing else (no Chinese, no sentence). On the
# labelled archive splits (release 33) 6 such paragraphs, all labelled leaked embeds, none reported before.
_BARE_VIDEO = re.compile(r"<?https?://(?:www\.|m\.)?(?:youtube\.com/watch[?？](?:\S+|(?=\S*\s[=＝&＆]|\S*[=＝&＆]\s)[A-Za-z0-9_=＝&＆#!%.\- ]+)|youtu\.be/\S+"
                         r"|vimeo\.com/\d{5,12}\S*)>?", re.IGNORECASE)


_SENTENCE_END = "。，、；：！？.,;:!?"  # ends the sentence, not the address (`…watch?v=abc。`)


def _bare_video(ctx: Context, b: Block) -> Iterator[Finding]:
    """TQA505 for a paragraph that is only a video's address, written out (not a link); not when the original
    writes the address out too (a post that quotes it: WMT24 social media)."""
    text = b.text.strip()
    if b.kind != "paragraph" or b.links or not _BARE_VIDEO.fullmatch(text):
        return
    url = text.strip("<>").rstrip(_SENTENCE_END)
    if ctx.source is not None and any(url in sb.text for sb in ctx.source.blocks):
        return
    spaced = re.search(r"[\s？＝＆]", url) is not None
    url = repaired_url(url) or url if spaced else url
    check = " (machine translation spaced out the address: check it against the original)" if spaced else ""
    s = len(b.text) - len(b.text.lstrip())  # the address starts after the leading space strip() removed
    yield ctx.finding(
        EMBED_LEAK, f"a video embed of the original page stands in the text as a bare address: {quote(text, 50)}",
        target=(b, s, s + len(text)), suggestion=_link_or_why("视频", url, check),
    )


# HTML markup of an embedded player left in a Markdown translation: `<param …>` (which only an `<object>` holds: the page's
# `<object>` is gone), `<embed …>`, `<object …>`, or an image tag whose address machine translation spaced out (`<img src =
# " https://beta . TechCrunch . com/…`: unclosed, it hides the rest of its paragraph). On the whole archive, 7 such lines, all
# leaked embeds of the original page (5 runs of `<param>`, one `<embed>`, one spaced `<img>`); no archive line holds a whole
# `<iframe>`/`<img>` that would still show its content, which is markup a Markdown page may keep.
# An AMP element of the original's AMP page (`<amp-img …>`, `<amp-video …>此浏览器不支持视频元素。</amp-video>`,
# `<amp-analytics …>`): AMP's own tags, which no Markdown page shows as the original did; whole with its content and
# closing tag where they stand on its line (the video's fallback text, translated, is part of the leak), else its opening
# tag. On the whole archive: 3 lines of 2 files (14812.md: an `<amp-img>` and an `<amp-video>` with its fallback text;
# 12359.md: an `<amp-analytics>`), every one leaked markup; no other `<amp-` in the archive.
_AMP = r"<(?P<amp>amp-[a-z-]+)\b[^\n]*?</(?P=amp)>|<amp-[a-z-]+\b[^<>\n]{0,400}>?"
_HTML_EMBED = re.compile(r"<(?:param|embed|object)\s+[A-Za-z-]+\s*=[^<>\n]{0,400}>?|<img\s+src\s*=\s*[\"']\s+https?\s*:[^<>\n]{0,300}|" + _AMP,
                         re.IGNORECASE)
_HAN_TEXT = re.compile(rf">([^<>]*[{HAN_RANGE}][^<>]*)<")


def _html_embeds(ctx: Context) -> Iterator[Finding]:
    """TQA505 for each line of a Markdown translation that holds an embed's HTML markup as text (`_HTML_EMBED`), once
    per line (a player's `<param>` tags come in runs), outside code blocks."""
    raw = ctx.target.raw
    if ctx.target.format != "markdown" or "<" not in raw:
        return
    # the code blocks' starts, and the furthest end of a block starting at or before each: an offset is inside one when
    # that end lies after it (one bisection per match: each match looked at every code block)
    code = sorted((b.file_start, b.file_offset(len(b.text) - 1) + 1) for b in ctx.target.blocks if b.kind == "code" and b.text)
    starts = [cs for cs, _ in code]
    ends = list(accumulate((ce for _, ce in code), max))
    spans: list[tuple[int, int]] = []
    for m in _HTML_EMBED.finditer(raw):
        k = bisect_right(starts, m.start())
        if k and m.start() < ends[k - 1]:
            continue
        if spans and "\n" not in raw[spans[-1][1] : m.start()]:
            spans[-1] = (spans[-1][0], m.end())  # the next tag of the same run, one finding
        else:
            spans.append((m.start(), m.end()))
    for fs, fe in spans:
        markup = raw[fs:fe]
        player = _PLAYER.search(markup)
        url = _video_page(player) if player is not None else None
        yield _amp_leak(ctx, fs, fe, markup) if markup.lower().startswith("<amp-") else ctx.finding(
            EMBED_LEAK, f"the HTML markup of an embed of the original page stands in the text: {quote(markup, 50)}",
            target_location=ctx.target.file_location(fs, fe),
            suggestion=f"turn it into a link: [视频]({url})" if url else "delete it, or replace it with a link to what the original page embedded there",
            deletes=url is None,
        )


def _amp_leak(ctx: Context, fs: int, fe: int, markup: str) -> Finding:
    """TQA505 for AMP markup of the original page left in the text, naming the fallback text it holds (a browser's
    notice that it cannot play the video, translated), which a reader sees."""
    shown = _HAN_TEXT.search(markup)
    inside = f", with its fallback text {quote(shown.group(1).strip(), 30)}" if shown else ""
    return ctx.finding(
        EMBED_LEAK, f"the AMP markup of the original page stands in the text{inside}: {quote(markup, 50)}",
        target_location=ctx.target.file_location(fs, fe),
        suggestion=f"delete it{' and its fallback text' if shown else ''}, or replace an image or video with a link to it", deletes=True,
    )


# A paragraph that is only the `[slideshow]` shortcode, its keyword translated (`[幻灯片]`, `[幻灯片显示]`, `[幻灯片包含="768180，…"]`):
# the original page showed a slideshow there. On the whole archive 21 such paragraphs; on the labelled splits (release 33)
# 11, all labelled leaked embeds, none reported before (EMBED wants `=`, an address or a number right after a keyword).
_SLIDESHOW = re.compile(rf"[\[【](?:幻灯片(?:显示|放映)?|slideshow)(?:\s{{0,3}}[{HAN_RANGE}A-Za-z_]{{0,6}}\s{{0,3}}[=＝][^\]】\n]{{0,300}})?[\]】]",
                        re.IGNORECASE)


def _slideshow(ctx: Context, b: Block) -> Iterator[Finding]:
    text = b.text.strip()
    if b.kind != "paragraph" or b.links or not _SLIDESHOW.fullmatch(text):
        return
    s = len(b.text) - len(b.text.lstrip())
    yield ctx.finding(
        EMBED_LEAK, f"the slideshow shortcode of the original page stands in the text: {quote(text, 50)}",
        target=(b, s, s + len(text)), suggestion="delete it, or replace it with a link to the original page's slideshow",
        deletes=True,
    )


# A paragraph that is nothing but a tweet's address (`http://twitter.com/#!/zynga/status/123816767251427328`; machine
# translation may space out the handle, `#!/hunter walk/status/…`, translate `status`, `/状态/`, or lose the scheme's first
# letter, `ttps://`): the original page's automatic embed of the tweet. A run of them in consecutive paragraphs (a page that
# embedded a thread) is one finding at its first, with their count: one place to restore. On the labelled archive splits
# (release 33) 34 such paragraphs in 12 articles, 13 of them labelled leaked embeds (the labels mark the first of a run
# where they mark one: one article's 16 tweets in a row hold one label); as runs, 10 of the 12 first paragraphs labelled,
# the other 2 (one and two tweets) the same leak, unlabelled (heldout2).
_BARE_TWEET = re.compile(r"<?h?ttps?://(?:www\.|mobile\.)?twitter\.com/(?:#!/)?[^/\s]+(?: [^/\s]+)?/(?:status(?:es)?|状态)/\d+/?>?",
                         re.IGNORECASE)


def _tweet_links(text: str, n: int) -> str:
    """The suggestion for a run of n bare tweet addresses, the first being `text`: its link, the address repaired."""
    url = re.sub(r"\s+", "", text.strip("<>")).replace("/状态/", "/status/")
    url = "h" + url if url.lower().startswith("ttp") else url
    altered = url != text.strip("<>")
    check = " (machine translation altered the address: check it against the original)" if altered else ""
    each = f"; so too the {n - 1} after it" if n > 1 else ""
    return _link_or_why("推文", url, check) + each


def _bare_tweets(ctx: Context) -> Iterator[Finding]:
    """TQA505 for each run of paragraphs that are only a tweet's address (`_BARE_TWEET`), once per run; not when the
    original writes the address out too."""
    run: list[Block] = []
    blocks = [*ctx.target.blocks, None]
    for b in blocks:
        bare = b is not None and b.kind == "paragraph" and not b.links and _BARE_TWEET.fullmatch(b.text.strip()) is not None
        if bare and b is not None and not (ctx.source is not None and any(b.text.strip() in sb.text for sb in ctx.source.blocks)):
            if not run or b.index == run[-1].index + 1:
                run.append(b)
                continue
        if run:
            first = run[0]
            s = len(first.text) - len(first.text.lstrip())
            text = first.text.strip()
            more = "" if len(run) == 1 else " (and the next paragraph, also a tweet's address)" if len(run) == 2 else \
                f" (and the {len(run) - 1} paragraphs after it, each a tweet's address)"
            yield ctx.finding(
                EMBED_LEAK, f"a tweet embedded in the original page stands in the text as a bare address{more}: {quote(text, 50)}",
                target=(first, s, s + len(text)),
                suggestion=_tweet_links(text, len(run)),
            )
            run = [b] if bare and b is not None else []


def check(ctx: Context) -> Iterator[Finding]:
    yield from _html_embeds(ctx)
    yield from _bare_tweets(ctx)
    after_player = False  # the block before held a player's address: a `VIDEO` line after it is the player's label
    for b in ctx.target.blocks:
        if b.kind == "code":
            continue
        if after_player and b.text.strip() == "VIDEO":
            yield ctx.finding(
                EMBED_LEAK, "the label “VIDEO” of the video player before it stands in the text", target=(b, 0, len(b.text)),
                suggestion="delete it (the video is the link before it)", deletes=True,
            )
        players = list(_player_links(ctx, b))
        after_player = bool(players)
        yield from players
        yield from _bare_video(ctx, b)
        yield from _slideshow(ctx, b)
        yield from _curly_polls(ctx, b)
        for start, end, kw in embeds(b.text):
            code = b.text[start:end]
            fix, deletes = _suggestion(kw, code)
            yield ctx.finding(
                EMBED_LEAK,
                f"a {kw} embed code of the original page stands in the text: {quote(code, 50)}",
                target=(b, start, end),
                suggestion=fix, deletes=deletes,
            )


# The poll shortcode of the WP-Democracy plugin, `{democracy:2}`, its keyword translated (`{民主:12}`): the original page showed
# a poll there. On the whole archive 2 such codes, both labelled leaked embeds (heldout2, heldout4).
_CURLY_POLL = re.compile(r"\{\s{0,2}(?:democracy|民主)\s{0,2}[:：]\s{0,2}\d{1,6}\s{0,2}\}", re.IGNORECASE)


def _curly_polls(ctx: Context, b: Block) -> Iterator[Finding]:
    for m in _CURLY_POLL.finditer(b.text):
        yield ctx.finding(
            EMBED_LEAK, f"a poll's shortcode of the original page stands in the text: {quote(m.group(0), 50)}",
            target=(b, m.start(), m.end()), suggestion="delete it (the original page showed a poll there)", deletes=True,
        )


def embed_positions(b: Block) -> set[int]:
    """Character positions of a block covered by leaked embed codes (their brackets are not unbalanced ones)."""
    return {i for s, e, _ in embeds(b.text) for i in range(s, e)}


def without_side_effects(ctx: Context, findings: list[Finding]) -> list[Finding]:
    """Drop the findings of other rules that fall inside a leaked embed code (a garbled name in its URL,
    an unclosed bracket): the embed is one defect, reported once. Then a paragraph's first PER_PARAGRAPH leaked
    embeds are listed, the rest one finding with their count (context.listed_per_paragraph): bounded here, after
    every embed has covered what lies inside it, so that the count's one place hides nothing."""
    kept = without_inside(findings, lambda f: f.code == EMBED_LEAK.code, lambda f: f.code != EMBED_LEAK.code)
    return list(listed_per_paragraph(ctx, EMBED_LEAK, kept, "embed codes or players of the original page"))
