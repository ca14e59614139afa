"""The page as a whole: a file that holds something other than the article (a consent page, a notice)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from transqa.context import Context, quote
from transqa.findings import Finding, Severity
from transqa.model import Document
from transqa.registry import rule

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
RULES = (NOT_ARTICLE,)

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
        return "a page-not-found notice"
    body = _body(doc)
    if body and all(any(p.match(t) for p, _ in ONLY_NOTICES) for t in body):
        return next(what for p, what in ONLY_NOTICES if p.match(body[0]))
    return None


def check(ctx: Context) -> Iterator[Finding]:
    what = unusable(ctx.target)
    if what is None or not ctx.target.blocks:
        return
    first = next((b for b in ctx.target.blocks if b.text.strip()), ctx.target.blocks[0])
    body = _body(ctx.target)
    yield ctx.finding(
        NOT_ARTICLE,
        f"this file is not the article but {what}: {quote(body[0] if body else first.text, 40)}",
        target=(first, 0, len(first.text)),
        suggestion="fetch another capture of the original article and translate it again",
    )
