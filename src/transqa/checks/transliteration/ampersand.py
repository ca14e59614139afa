"""A name written with `&` cut around it (TQA311): its short first part read as an English word and lost.

MT reads the `AT` of `AT&T` as the preposition "at" and translates it (`在& T 刚刚发表声明`, `但在& T 上`), or keeps only
a piece of the name (`说 T 将以 30 美元`, `T 将开始与 RIAA 合作`, `让 AT、Sprint、T-Mobile 和威瑞森的用户`). The name of
`checks.untranslated.AMPERSAND_NAMES` whose first part is a short acronym (two or three capitals, which a reader takes
for a word) is looked for in these shapes. `AT T`, `AT 和 T` and `AT & T` (the name in pieces, its parts all there)
are TQA315's.

Measured (release 31, score_all over every development split): archive name-truncated 12 → 17 of 51, the archive's
name findings 2403/3277 → 2417/3292 right (one new finding on no label, `与 T 不太合拍` of att-takes-two-steps-back,
a real cut its reader left unlabelled); wmt-mt and the clean WMT22 references unchanged. On the whole archive the
shape `在& T` stands in 11 articles, every one AT&T; a `T` alone beside no mention of AT&T is as often another T
(`T 系列`, `T 射线`, Boston's `~~T~~`), hence `_named_whole`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from transqa.checks.transliteration.rules import NAME_CUT
from transqa.context import Context, Span, first_time, quote
from transqa.findings import Finding
from transqa.model import Block

# A piece of the name alone is one where it stands as a word: no Latin letter, digit or joining mark of a longer token
# beside it (`T-Mobile`, `T6`, `AT&T`, an address), nor a word it is the letter of (`T 恤`, a T-shirt; `T 型`, `T 字`,
# `T 台`, a catwalk: the letter's own words in Chinese)
_BEFORE = r"(?<![A-Za-z0-9&＆.\-/_@'’#$])"
_AFTER = r"(?![A-Za-z0-9&＆\-/_.'’+:=])(?!\s?[恤型字台形])"


# A stock ticker's label right before a piece alone (hostile31: `AT&T（纽约证券交易所代码：T）` was reported as cut)
_TICKER = re.compile(r"(?:代码|NYSE|Nasdaq|NASDAQ|纳斯达克|纽交所|交易所|股票|ticker)\s*[:：]?\s*$")


@cache
def _shapes() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...]:
    """For each name of the table with a short acronym first (AT&T): the name, its whole writing (any spacing around
    the `&`, or TQA315's broken shapes), its second part after a lone `&` (the first part lost or translated: `在& T`),
    and either part alone (`T`, `AT`)."""
    from transqa.checks.untranslated import AMPERSAND_NAMES

    out = []
    for name, broken in AMPERSAND_NAMES.items():
        first, second = (p.strip() for p in name.split("&"))
        if not re.fullmatch(r"[A-Z]{2,3}", first):
            continue  # `Barnes & Noble`: a word a reader reads as a name, not as a preposition
        f, s = re.escape(first), re.escape(second)
        whole = re.compile(rf"(?<![A-Za-z]){f} ?[&＆] ?{s}(?![A-Za-z])|{broken.pattern}")
        lone = re.compile(rf"(?<![A-Za-z0-9&＆])(?<![A-Za-z0-9] )[&＆] ?{s}(?![A-Za-z0-9&＆])")
        alone = re.compile(rf"{_BEFORE}(?:{f}|{s}){_AFTER}")
        out.append((name, whole, lone, alone))
    return tuple(out)


def _named_whole(ctx: Context, name: str, whole: re.Pattern[str], blocks: list[Block]) -> bool:
    """The article names the whole thing: the original holds the name, the translation writes it (whole or in
    pieces) somewhere, or the file-name slug has it as a word (`the-new-att-american-tracking-takedown`, `atts`)."""
    from transqa.checks.transliteration.target_only import slug_stem

    if ctx.source is not None and any(name in b.text for b in ctx.source.blocks):
        return True
    if any(whole.search(b.text) for b in blocks):
        return True
    letters = re.sub(r"[^a-z]", "", name.lower())
    return any(w in (letters, letters + "s") for w in slug_stem(ctx.target.path).split("-"))


def ampersand_cut(ctx: Context) -> Iterator[Finding]:
    """TQA311 for `AT&T` cut: `& T` with its `AT` lost (anywhere: no other name is written so), and `T` or `AT` alone
    where the article names AT&T (`_named_whole`). Not inside inline code."""
    blocks = [b for b in ctx.target.blocks if b.kind != "code"]
    reported: set[tuple[int, int]] = set()
    for name, whole, lone, alone in _shapes():
        if not any(("&" in b.text or "＆" in b.text or name[-1] in b.text) for b in blocks):
            continue
        named: bool | None = None  # asked once, at the first piece alone
        for b in blocks:
            taken = [m.span() for m in whole.finditer(b.text)]
            for m in lone.finditer(b.text):
                if b.in_code(m.start()) or not first_time(reported, (b.index, m.start())):
                    continue
                taken.append(m.span())
                start = m.start() - 1 if m.start() > 0 and b.text[m.start() - 1] == "在" else m.start()
                if start < m.start():
                    # `在& T`: the `AT` read as the preposition and translated; the 在 goes with the repair (read31: 4 of
                    # 4 such findings in the release's archive sample needed it removed)
                    msg = f"{quote(b.text[start:m.end()])} is the name “{name}” with its first part translated as the word “at” (在)"
                else:
                    msg = f"{quote(m.group(0))} is the name “{name}” cut: its first part is lost"
                yield ctx.finding(NAME_CUT, msg, source=_in_source(ctx, name, (b, start, m.end())), target=(b, start,
                                  m.end()), suggestion=name)
            for m in alone.finditer(b.text):
                if any(s <= m.start() < e for s, e in taken) or b.in_code(m.start()):
                    continue
                if _TICKER.search(b.text, max(0, m.start() - 16), m.start()):
                    continue  # the stock ticker (`纽约证券交易所代码：T`, `NYSE: T`) is the company's own short name
                named = _named_whole(ctx, name, whole, blocks) if named is None else named
                if not named:
                    break
                if first_time(reported, (b.index, m.start())):
                    at = (b, m.start(), m.end())
                    yield ctx.finding(NAME_CUT, f"{quote(m.group(0))} stands alone for the name “{name}”, which this "
                                      "article names whole", source=_in_source(ctx, name, at), target=at, suggestion=name)


def _in_source(ctx: Context, name: str, target: Span) -> Span | None:
    """The name's place in the English the target's paragraph renders (the copy its sentence renders where the
    paragraph writes it twice: `Context.counterpart`); None without an original or where that paragraph lacks it
    (newcomer33: the finding gave no English place although the original was there)."""
    copies = ctx.text_copies(ctx.aligned_sources(target[0]), name)
    return ctx.counterpart(target, copies)
