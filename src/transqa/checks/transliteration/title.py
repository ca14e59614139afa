"""The site's name in the title (with the original and without it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from transqa.checks.transliteration.rules import SITE_NAME_TITLE
from transqa.checks.transliteration.target_only import slug_stem
from transqa.context import Context, quote, repeats_title
from transqa.findings import Finding
from transqa.lang.script import HAN_RANGE, is_han
from transqa.model import Block

_SITE_NAMES = ("TechCrunch", "Techcrunch", "技术危机", "科技危机", "技术崩溃", "科技崩溃", "技术紧缩", "科技紧缩")


QUOTED = 24
"""The most characters of the translation's own span that a message of this rule quotes (context.quote cuts with …):
a run of the crunching sound of 80 characters (`嘎吱嘎吱…`, techcrunch-giveaway-crunchie) was quoted 60 characters
long, 120 columns of Chinese, before what the message says (newcomer 35 item 5); the place gives the whole span."""

# The site's name ending the title after a separator or a space, its Latin spelling in any case, spaced or not (`——tech
# crunch`, `Pitt patt tech crunch`: 4 titles of the whole archive the first-capital spellings missed)
_SITE_END = re.compile(r"(?:\s*[|｜·•・\-–—:：]+\s*|\s*)(?:" + "|".join(_SITE_NAMES[2:]) + r"|(?i:tech ?crunch))\s*$")


# `TechCrunch` inside the title after a Han character, a Latin word or a closing mark, or glued by a hyphen, a plus or a
# closing quote to the word before it (`用 Stickis-TechCrunch 为…`, `Google+TechCrunch 的…`, `“Grouponicus”TechCrunch`:
# the `- TechCrunch` suffix the MT moved into the sentence, 12 titles of the whole archive)
_SITE_MID = re.compile(rf"(?:(?<=[{HAN_RANGE}A-Za-z0-9)）·])\s*|(?<=[A-Za-z0-9][-+”]))TechCrunch(?![A-Za-z0-9]|\s+[A-Za-z]|\.[a-z])")


_SITE_OK_BEFORE = ("在", "据", "向", "对", "给", "和", "与", "及", "加入", "离开", "告诉", "参加", "登上", "于")


_COLUMN_NAMES = {"每日": "Daily Crunch", "每周": "Weekly Crunch"}


# The site's columns (Daily Crunch, Weekly Crunch) with `Crunch` translated as 危机, "crisis", as it is in 技术危机
_COLUMN = re.compile("(" + "|".join(_COLUMN_NAMES) + ")危机")


# The column named by a generic phrase at the head of a heading (`# 每日新闻:鱼鳞版`, "daily news"), reported only in a
# post whose file name, the English slug of its title, says the heading is the column's (`daily-crunch-fishscale-…`):
# 6 headings of the whole archive, all in daily-crunch-… posts (3 of them consent pages, which TQA004 reports instead)
_COLUMN_GENERIC = re.compile(r"(?:每日|每周)(?:新闻|快讯)(?=\s*[:：])")


def _column_names(ctx: Context) -> Iterator[Finding]:
    """A heading that names the site's column word by word (`# 每日危机:时代错误版` for `Daily Crunch: Anachronism
    Edition`): in 53 headings of 37 archive articles, every one a `daily-crunch-…` or `weekly-crunch-…` post; and in
    such a post, a heading that opens with a generic phrase for the column (`# 每日新闻:鱼鳞版`: _COLUMN_GENERIC)."""
    column_post = slug_stem(ctx.target.path).startswith(("daily-crunch-", "weekly-crunch-"))
    for b in ctx.target.blocks:
        if b.kind != "heading":
            continue
        for m in _COLUMN.finditer(b.text):
            name = _COLUMN_NAMES[m.group(1)]
            yield ctx.finding(SITE_NAME_TITLE, f"{quote(m.group(0), QUOTED)} translates the site's column name {quote(name)} word by word "
                              "(危机 is “crisis”)", target=(b, m.start(), m.end()), suggestion=name)
        generic = _COLUMN_GENERIC.match(b.text.lstrip()) if column_post else None
        if generic:
            s = len(b.text) - len(b.text.lstrip())
            name = _COLUMN_NAMES[generic.group(0)[:2]]
            yield ctx.finding(SITE_NAME_TITLE, f"{quote(generic.group(0))} renders the site's column name {quote(name)} as a "
                              "generic phrase; the file name says this is the column",
                              target=(b, s + generic.start(), s + generic.end()), suggestion=name)


# The site's other names of its own, rendered word by word: its gadget blog CrunchGear (`嘎吱嘎吱齿轮`, "creaking gears";
# `克朗彻奇齿轮`, Crunch heard and Gear translated) and its awards, the Crunchies (`脆饼干`, "crisp biscuits"). Read off the
# whole archive (4,006 articles, `grep`): 6 places of the first, 11 of the second, every one the site's name in a TechCrunch
# post (archive dev2 labels 5 of them name-literal: back-to-school-a-9-energy-drink-shootout line 5,
# techcrunch-giveaway-20-anki-drive-… lines 7, 17, 21)
# The crunching sound written twice or more (`嘎吱嘎吱奖`, `年度嘎吱嘎吱`, `[嘎吱嘎吱](…crunchgear.com/…)`) is the site's
# `Crunch…` names in 23 of the archive's 24 posts that write it; not the sound itself, before 响 or 声 (`没有嘎吱嘎吱响`),
# also with 地 or 的 between (`嘎吱嘎吱地响`, `嘎吱嘎吱的声音`: none in the archive; `嘎吱嘎吱的门票` stays the Crunchies')
_FAMILY = re.compile(r"(?:嘎吱嘎吱|嘎吱|克朗彻奇?|危机|紧缩)齿轮|松?脆饼干|(?:嘎吱){2,}(?![嘎响声]|作响|[地的]\s?(?:作?响|声))")
_FAMILY_NAMES = {"齿轮": ("CrunchGear", "齿轮 is “gears”"), "脆饼干": ("Crunchies", "脆饼干 is “crisp biscuits”"),
                 "嘎吱": ("", "嘎吱嘎吱 is the sound of crunching")}
# The site's `Crunch…` names as an address or the file-name slug spells them (lower case) → as the site writes them
_CRUNCH_NAMES = {"crunchies": "Crunchies", "crunchie": "Crunchies", "crunchgear": "CrunchGear", "crunchboard": "CrunchBoard",
                 "crunchation": "Crunchation", "crunchbase": "CrunchBase", "crunchpad": "CrunchPad"}
_PROSE_KINDS = ("heading", "paragraph", "list_item", "quote")


def _on_the_site(ctx: Context) -> bool:
    """The translation is of a TechCrunch post: its 原文 address, a link or its text names the site (`脆饼干` in a
    cookery article is a biscuit)."""
    if "techcrunch" in ctx.target.metadata.get("source_url", "").lower():
        return True
    return any("techcrunch" in b.text.lower() or any("techcrunch" in lk.href.lower() for lk in b.links) for b in ctx.target.blocks)


def _family_names(ctx: Context) -> Iterator[Finding]:
    """The site's own names translated word by word anywhere in the prose of a TechCrunch post (`_FAMILY`: `嘎吱嘎吱齿轮`
    for CrunchGear, `脆饼干` for the Crunchies)."""
    blocks = [b for b in ctx.target.blocks if b.kind in _PROSE_KINDS and _FAMILY.search(b.text)]
    if not blocks or not _on_the_site(ctx):
        return
    slug = slug_stem(ctx.target.path)
    for b in blocks:
        for m in _FAMILY.finditer(b.text):
            name, gloss = next(v for k, v in _FAMILY_NAMES.items() if m.group(0).endswith(k))
            name = name or _crunch_name(b, m.start(), m.end(), slug)
            said = quote(name) if name else "(Crunchies, CrunchGear, CrunchBoard …)"
            yield ctx.finding(SITE_NAME_TITLE, f"{quote(m.group(0), QUOTED)} translates the site's own name {said} word by word "
                              f"({gloss})", target=(b, m.start(), m.end()), suggestion=name or None)


def _crunch_name(b: Block, s: int, e: int, slug: str) -> str:
    """Which of the site's `Crunch…` names the crunching sound at b.text[s:e] stands for: the one the address of the link
    around it spells, else the file-name slug, else the Crunchies where 奖 (award) follows; empty when nothing says."""
    for lk in b.links:
        if lk.start <= s and e <= lk.end:
            href = lk.href.lower()
            for low, name in _CRUNCH_NAMES.items():
                if low in href:
                    return name
    for low, name in _CRUNCH_NAMES.items():
        if low in slug.split("-"):
            return name
    if b.text.startswith(("奖", "大奖", "展"), e):
        return "Crunchies"
    # one name that the paragraph's other addresses or its text spell (`contest@crunchgear.com`, `[这里](…crunchgear.com/…)`)
    around = (b.text + " " + " ".join(lk.href for lk in b.links)).lower()
    named = {name for low, name in _CRUNCH_NAMES.items() if low in around}
    return named.pop() if len(named) == 1 else ""


# The site's show and conference translated as the words of their names: its video interview series Keen On
# (`热衷于…`, "keen on", the show's name with the ellipsis it is written with, or opening a heading of a `keen-on-…`
# post, also after the heading's colon) and its conference Disrupt (`扰乱`/`颠覆`, "disrupt", before a city it is held in, its hackathon, its startup
# Battlefield or cup, or right after TechCrunch). Read off the whole archive (`grep`): 15 places of the first, 21 of
# the second, every one the show's or the conference's name in a TechCrunch post; archive development splits (dev, dev2,
# dev3, heldout, heldout2, heldout4) label 28 and 18 of them name-literal, none found before. `热衷于` with no ellipsis
# after it (`热衷于收购的公司`, 27 places) and the verbs before another object (`颠覆行业`) are the words
_KEEN_ON = re.compile(r"热衷于(?=\s*(?:…|\.{3}|……))|(?<=《)热衷于(?=[…\.]*》)")
_KEEN_ON_HEAD = re.compile(r"^(?:[^:：]*[:：])?\s*热衷于")  # `# TechCrunch 电视台:热衷于和…` too
_DISRUPT = re.compile(r"(?:(?<=TechCrunch)\s?的?\s?|(?<=TechCrunch\s)的?)(?:扰乱|颠覆)"
                      r"|(?:扰乱|颠覆)(?=\s?(?:SF|NY|NYC|BJ|旧金山|纽约|北京|伦敦|柏林|欧洲|黑客马拉松|创业战场|战场|杯))")


# Its video series TC Cribs (`TC 婴儿床`, "baby's cot"; the bare word in a `tc-cribs-…` post or in a link to one) and its
# CrunchUp events (`仰卧起坐`, "sit-ups", in a link to a `…crunchup…` page or before an admission ticket): on the whole
# archive 8 and 2 places, every one the site's name (archive development splits label 6 and 2 of them name-literal);
# the cot of a baby shop (`配方奶粉，婴儿床，婴儿车`) stands in no such place
_CRIBS = re.compile(r"TC\s?婴儿床")
_SIT_UPS_TICKET = re.compile(r"仰卧起坐(?=的?(?:入场券|门票))")


def _more_show_names(b: Block, cribs_post: bool) -> Iterator[tuple[int, int, str]]:
    """The site's TC Cribs and CrunchUp in block b (`_CRIBS`, `_SIT_UPS_TICKET`): (start, end, name) of each place."""
    for m in _CRIBS.finditer(b.text):
        yield m.start(), m.end(), "TC Cribs"
    for m in re.finditer("婴儿床", b.text):
        if not _CRIBS.match(b.text, max(0, m.start() - 3)) and not _CRIBS.match(b.text, max(0, m.start() - 2)) and (
                cribs_post or any(lk.start <= m.start() < lk.end and "tc-cribs" in lk.href.lower() for lk in b.links)):
            yield m.start(), m.end(), "TC Cribs"
    for m in re.finditer("仰卧起坐", b.text):
        if _SIT_UPS_TICKET.match(b.text, m.start()) or any(lk.start <= m.start() < lk.end and "crunchup" in lk.href.lower()
                                                          for lk in b.links):
            yield m.start(), m.end(), "CrunchUp"


def _show_names(ctx: Context) -> Iterator[Finding]:
    """The site's show Keen On and conference Disrupt translated as their words (`_KEEN_ON`, `_DISRUPT`) in the prose of
    a TechCrunch post (`_on_the_site`): each place a finding, the name as the site writes it suggested."""
    blocks = [b for b in ctx.target.blocks if b.kind in _PROSE_KINDS and any(w in b.text for w in ("热衷于", "扰乱", "颠覆", "婴儿床", "仰卧起坐"))]
    if not blocks or not _on_the_site(ctx):
        return
    keen_post = "keen-on" in slug_stem(ctx.target.path)
    cribs_post = slug_stem(ctx.target.path).startswith("tc-cribs")
    for b in blocks:
        spans = [(m.start(), m.end(), "Keen On") for m in _KEEN_ON.finditer(b.text)]
        head = _KEEN_ON_HEAD.match(b.text) if keen_post and b.kind == "heading" else None
        if head and not spans:
            spans.append((head.end() - 3, head.end(), "Keen On"))
        spans += [(m.end() - 2, m.end(), "Disrupt") for m in _DISRUPT.finditer(b.text)]
        spans += list(_more_show_names(b, cribs_post))
        for s, e, name in spans:
            what = "conference" if name == "Disrupt" else "event" if name == "CrunchUp" else "show"
            yield ctx.finding(SITE_NAME_TITLE, f"{quote(b.text[s:e])} translates the site's {what} name {quote(name)} as "
                              "common words", target=(b, s, e), suggestion=name)


def _site_name(ctx: Context) -> Iterator[Finding]:
    """TQA314's findings, each on a heading that repeats an earlier heading's title (the archive's title line repeated
    under its 原文 line) and the same there saying so: one defect written twice, reported at each copy, since each is
    text to change and the archive's readers label both (dev2 daily-crunch-archaeology-edition lines 1 and 5), the
    second naming the first (newcomer 39 item 6: the same finding twice read as one defect reported twice)."""
    blocks = {b.index: b for b in ctx.target.blocks}
    seen: dict[tuple[str, str, str], int] = {}
    for f in _site_name_all(ctx):
        b = blocks.get(f.target_block) if f.target_block is not None else None
        if b is None or b.kind != "heading" or f.target is None:
            yield f
            continue
        key = (" ".join(b.text.split()), f.message, f.target.text)
        line = seen.setdefault(key, f.target.line)
        yield f if line == f.target.line else replace(f, message=f.message + repeats_title(line))


_GLUE = frozenset("-·•・|｜")  # the marks MT leaves between a title's words and the `| TechCrunch` it moved inside


def _site_cut(t: str, start: int, end: int) -> tuple[int, int, str]:
    """(start, end, text to write) that delete t[start:end] (the site's name, with the mark that glued it on) and the
    spaces around it, writing one space back where a Latin word or figure meets the words on the other side
    (`Ajax.org·TechCrunch 提供建议` → `Ajax.org 提供建议`, `离不开 TechCrunch 的` → `离不开的`)."""
    lo, hi = start, end
    while lo and t[lo - 1] == " ":
        lo -= 1
    while hi < len(t) and t[hi] == " ":
        hi += 1
    left, right = t[lo - 1 : lo], t[hi : hi + 1]
    latin = (left.isascii() and left.isalnum()) or (right.isascii() and right.isalnum())
    return lo, hi, " " if left and right and latin and (left.isalnum() or is_han(left)) and (right.isalnum() or is_han(right)) else ""


def _site_name_all(ctx: Context) -> Iterator[Finding]:
    yield from _column_names(ctx)
    yield from _family_names(ctx)
    yield from _show_names(ctx)
    title = ctx.target.first_text_block()
    if title is None or title.kind != "heading":
        return
    t = title.text
    m = _SITE_END.search(t)
    if m and m.start() > 0:
        s = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" |｜·•・-–—:："))
        yield ctx.finding(SITE_NAME_TITLE, f"the title ends in the site's name {quote(t[s:m.end()].strip(), QUOTED)}",
                          target=(title, m.start(), m.end()), suggestion=f"delete it: {quote(t[: m.start()].rstrip())}", deletes=True)
        return
    if t.count("TechCrunch") > 1 or t.lstrip().startswith("TechCrunch") or "techcrunch" in slug_stem(ctx.target.path).split("-"):
        return  # an article about the site: the title says it twice or first, or the English headline (the slug) says it
    for m in _SITE_MID.finditer(t):
        head = t[: m.start()].rstrip()
        if not head or head[-1] in ":：，,“\"《(（" or head.endswith(_SITE_OK_BEFORE):
            continue
        start = m.end() - len("TechCrunch")
        glued = t[start - 1] in _GLUE  # the mark that glued it on goes with it (`IM-TechCrunch` → `IM`), not `Google+`'s plus
        start -= glued
        lo, hi, gap = _site_cut(t, start, m.end())
        shown = quote(t[lo:hi].strip() if not glued else t[start:m.end()])
        yield ctx.finding(SITE_NAME_TITLE, "the site's name “TechCrunch” stands inside the title (an MT-moved `| TechCrunch`)",
                          target=(title, start, m.end()),
                          suggestion=f"delete {shown} from the title: {quote((t[:lo] + gap + t[hi:]).strip())}", deletes=True,
                          # glued on by the MT-moved `|` (`Ajax.org·TechCrunch`, `IM-TechCrunch`): no guess, `fix` deletes
                          # it; a name between spaces may be the subject (`重新设计 TechCrunch:`), left to the reader
                          repairs=(ctx.repair((title, lo, hi), gap, certain=glued),))
        return
