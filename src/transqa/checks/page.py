"""The page as a whole: a file that holds something other than the article (a consent page, a notice)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from transqa.align.paragraphs import hidden_source
from transqa.context import Context, quote, whole_document
from transqa.findings import Finding, Severity
from transqa.model import Document
from transqa.registry import rule
from transqa.result import CONFIDENT_BEAD, below_half, read_as_one

NOT_ARTICLE = rule(
    "TQA004", "not-the-article", "omission", Severity.ERROR,
    "The file holds a consent page or a site notice instead of the article",
    """
    What it checks: a translation whose text is a cookie-consent page (`TechCrunch 是雅虎品牌家族的一部分…`,
    `点击“接受全部”…`, `TechCrunch 现在是 Verizon Media 的一部分`), a news-bot sign-up notice, a Wayback Machine
    page asking for JavaScript (`Wayback 机器要求您的浏览器支持 JavaScript`), a not-found page (its title
    `找不到页面`, then the site's front page: 3 files of the archive), or nothing but the newsletter line
    (`每日为您提供最新头条新闻`) — what the archive captured instead of the article. It is reported once,
    and no other rule runs on such a file: its quotes, links and names are not the article's defects.

    Why it matters: the article is missing, not flawed; only fetching and translating it again helps.

    Example: ZH (archive, palm-free-apps-for-the-web…) `# TechCrunch 是雅虎品牌家族的一部分` / `我们 TechCrunch 是雅虎品牌家族的一部分。`

    Fix: fetch another capture of the original article and translate it again.
    """,
    needs_source=False,
)
WRONG_PAIR = rule(
    "TQA014", "wrong-pair", "omission", Severity.ERROR,
    "The original and the translation do not look like the same article",
    """
    What it checks: a pair in which fewer than half of the paragraphs (of the longer side, at least 3) found a
    confident counterpart in the alignment: the original given (or found beside the translation by `audit`, such
    as a stale `slug.en.md`) is most likely another article. Reported once, on the translation's first paragraph,
    with the count; the paragraphs an unclosed `<!--` of the translation hides (TQA511) are left out of the count,
    and a file that is not the article (TQA004) does not get it. The other rules then check the translation alone
    (as `transqa check TRANSLATION` does): what they would find against the wrong original is meaningless. When one
    side was read as 1 paragraph of 3 lines or more (Markdown lines with no blank line between them) beside 3
    paragraphs or more, the message says so instead of asking for another original.

    Why it matters: checked against the wrong original, the translation's real defects are hidden (its numbers,
    links and names are compared with another text) and its paragraphs are reported as added or omitted instead.
    In an audit, a wrong original beside a translation would otherwise pass the gate with warnings only.

    Example: `battery-recall.en.md` given as the original of a translation of `chip-merger`: `1 of 7 paragraphs
    matched`.

    Fix: give the right original (`transqa check ORIGINAL TRANSLATION`; in a folder, the `slug.en.*` file beside the
    translation), or check the translation alone.
    """,
    needs_source=True,
)
RULES = (NOT_ARTICLE, WRONG_PAIR)

# Notices the archive captured instead of an article, and what each one is.
NOTICES = (
    (re.compile(r"是雅虎品牌家族的一部分|雅虎品牌家族|Yahoo family of brands|点击“\**接受全部\**”"), "a cookie-consent page of Yahoo"),
    (re.compile(r"TechCrunch\s*(?:现在)?是\s*Verizon\s*(?:Media|媒体)\s*的一部分"),
     "a cookie-consent page of Verizon Media"),
    (re.compile(r"Wayback\s*(?:机器|Machine)\s*(?:要求|requires)[^。\n]{0,20}JavaScript"), "a Wayback Machine notice asking for JavaScript"),
    (re.compile(r"Facebook Messenger 新闻机器人|激活我们的 Facebook Messenger"), "a sign-up notice for the Facebook Messenger news bot"),
)
# The title of a not-found page (`# 找不到页面`: the rest is the site's front page); the title only, not a section of
# an article about error pages
NOT_FOUND = "a page-not-found notice"
_NOT_FOUND_TITLE = re.compile(r"(?:找不到页面|页面未找到|Page [Nn]ot [Ff]ound)")
# A line that is a notice when it is all the body holds.
ONLY_NOTICES = (
    (re.compile(r"^每日为您提供最新头条新闻[。.]?$"), "only the newsletter line of the page"),
)


def _body(doc: Document) -> list[str]:
    """Text of the blocks after the title and the `> 原文：` header."""
    out: list[str] = []
    for b in doc.blocks:
        t = b.text.strip()
        if not t or (b.kind == "heading" and not out) or t.startswith("原文："):
            continue
        out.append(t)
    return out


def unusable(doc: Document) -> str | None:
    """What the file is instead of the article, or None when it looks like an article."""
    head = "\n".join(b.text for b in doc.blocks[:6])
    for pattern, what in NOTICES:
        if pattern.search(head):
            return what
    title = next((b.text.strip() for b in doc.blocks if b.text.strip()), "")
    if _NOT_FOUND_TITLE.fullmatch(title):
        return NOT_FOUND
    body = _body(doc)
    if body and all(any(p.match(t) for p, _ in ONLY_NOTICES) for t in body):
        return next(what for p, what in ONLY_NOTICES if p.match(body[0]))
    return None


def mismatch(ctx: Context) -> tuple[int, int] | None:
    """(paragraphs matched, paragraphs of the longer side) when the alignment says the two files are not
    translations of each other (`below_half`); the source paragraphs an unclosed `<!--` of the translation hides
    (TQA511) are out of the count. None without a source, or for a pair that looks like one."""
    if ctx.source is None:
        return None
    matched = sum(len(b.target) for b in ctx.beads if b.source and b.target and b.score >= CONFIDENT_BEAD)
    if below_half(matched, len(ctx.source.blocks), len(ctx.target.blocks)) is None:
        return None  # the hidden paragraphs (rare) are looked for only when the whole count is below half
    hidden = len(hidden_source(ctx.source, ctx.target, ctx.beads))
    return below_half(matched, len(ctx.source.blocks) - hidden, len(ctx.target.blocks))


def check(ctx: Context) -> Iterator[Finding]:
    what = unusable(ctx.target)
    if what is None or not ctx.target.blocks:
        if ctx.target.blocks and (counts := mismatch(ctx)) is not None:
            one = read_as_one(ctx.source, ctx.target) if ctx.source is not None else None
            yield ctx.finding(
                WRONG_PAIR,
                f"the original and this translation do not look like the same article: {counts[0]} of {counts[1]} "
                f"paragraphs matched{'; ' + one if one else ' (is it the right original?)'}",
                target=whole_document(ctx.target),
                suggestion="separate the paragraphs by blank lines (or give the original of this translation)" if one
                else "give the original of this translation (or check it alone)",
            )
        return
    first = whole_document(ctx.target)
    body = _body(ctx.target)
    title = next((b.text.strip() for b in ctx.target.blocks if b.text.strip()), "")
    # the evidence quoted: a not-found page's title (its body is the site's front page: the first line of it was a
    # sidebar label, `Crunch Network`, in the release-30 newcomer's reading), else the body's first line
    said = title if what == NOT_FOUND else body[0] if body else first[0].text
    yield ctx.finding(
        NOT_ARTICLE,
        f"this file is not the article but {what}: {quote(said, 40)}",
        target=first,
        suggestion="fetch another capture of the original article and translate it again",
        whole=True,
    )
