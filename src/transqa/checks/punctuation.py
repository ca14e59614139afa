"""Punctuation of the Chinese text: two clause or sentence marks where one belongs; half-width sentence marks after
Chinese words."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from transqa.context import Context, listed_per_paragraph, quote
from transqa.findings import Finding, Severity
from transqa.lang.script import HAN_CLASS, is_han, punctuation_only
from transqa.registry import rule
from transqa.urls import LONE_ENDING_AT

# TQA510, moved out of the rule text (release 46: no benchmark figures in user-facing texts): In 4,006 archived
# articles 110 quotations end `。”。`, and about 90 other such pairs occur (counted with `benchmarks/audit_new.py` over
# the archive audit); a full stop after a bracket whose aside already ends in `。`: 26 in the archive, all read, each a
# second full stop.
DOUBLED_PUNCTUATION = rule(
    "TQA510", "doubled-punctuation", "markup", Severity.WARNING,
    "Two clause or sentence marks in a row where one belongs",
    """
    What it checks: the translation alone. A full stop after a closing quotation mark whose quotation
    already ends in `。` (`…应用。”。`), or in `！` or `？` when a colon introduces it as a sentence of its own
    (`他问：“为什么？”。`; a quotation inside the sentence keeps its mark and the sentence its full stop,
    `提示用户“试试土豚！”。`, GB/T 15834), a full stop (`。` or `.`) after a bracket whose aside already ends in `。`
    (`…“Awwing”。).然后`; `？)。` stays), and two adjacent marks of `。，、；：！？` of which at
    least one is a full stop, comma, enumeration comma, semicolon or colon (`很低。，因为`, `生产者。。消费者`,
    `样子？。`, `软银资本、[、RRE]`). Three or more full stops in a row are an ellipsis written with full stops
    (`“社交图”。。。只是`: `……` belongs; a line of nothing but punctuation is a damaged line, which the omission
    rules report with the original). Not reported: `！！`, `？？`, `？！`, `！？` (emphasis), a mark followed by an
    emoticon (`。；-)`), `：：` after a
    Latin word (code: `IDirect3D：：CreateViewport`), an
    exclamation or question mark after a Latin letter or digit or `雅虎` (a name's own: `Yahoo！、ICQ`), code.
    A paragraph's first 10 doubled pairs are each a finding, the rest one finding with their count (`63990 more doubled
    punctuation marks in this paragraph`, at the first of them): a damaged export is a few lines to read.

    Why it matters: MT keeps the English sentence's full stop and adds the Chinese one (or keeps a full
    stop where the English sentence goes on); the reader sees a typo in every such sentence. Readers who never saw the rules marked the ellipsis written
    with full stops as a defect wherever they met it (6 rows of the archive and WMT label sets, fix `……`); WMT's
    professional references never write it.

    Example: ZH (archive) `…我认为这是不可能的。”。`; `企业软件会是什么样子？。`; `采用率很低。，因为它们都需要下载`.

    Fix: keep one mark: the one inside the quotation, the question or exclamation mark, where the
    sentence goes on after a full stop and a comma or semicolon the comma or semicolon, and of two commas
    (`，、`) the second, which says what follows; write an ellipsis as `……`. After a bracket whose aside closed before
    its `。` (`等)。).`), the bracket is a stray one (TQA503): delete it with the full stop (`等)。`).
    """,
    needs_source=False,
)
# TQA513, moved out of the rule text (release 46: no benchmark figures in user-facing texts): the archive of 4,006
# translations 46 findings, all read: 45 sentence marks, 1 a name's dot, `彼得.斯特` (release 41); the `·` suggestion
# is release 42's.
HALF_WIDTH_PUNCTUATION = rule(
    "TQA513", "half-width-punctuation", "markup", Severity.INFO,
    "A half-width full stop, question or exclamation mark or semicolon after a Chinese word",
    """
    What it checks: the translation alone. A half-width `.`, `?`, `!` or `;` right after a Chinese character that
    ends a clause of Chinese running text: followed by the paragraph's end, a Chinese character, a closing quotation
    mark or bracket (spaces between aside): `…复盖西部群岛，和…部分地区.`, `你怎么想呢?`, `…我们有信心可以推出."`.
    Not reported: the half-width `,` and `:` (docs DEFECTS.md: not defects of this corpus, and professional WMT22
    references write `:` 22 times), an ellipsis `...`, a dot before a Latin word or a figure (`转盘. fm`, `等到. 1
    版本`, `.com`: a name or number broken in two, other rules' work), `;` of an emoticon, `雅虎!` (Yahoo!), code.
    A paragraph's first 10 are each a finding, the rest one finding with their count.

    Why it matters: Chinese ends its sentences with `。？！；`; MT that keeps the English mark leaves a dot the
    reader takes for a typo (WMT22 en-zh: Online-G 156 such marks, GTCOM 68, Online-W 15, both references 1, a `?`).
    A dot between two parts of a transliterated name (`彼得.斯特`: two name characters after it, one of the two
    before it) is suggested as the name's `·`, other dots between Chinese characters as `。` or `·`.

    Example: ZH (WMT22 Online-G) `…和高地和阿盖尔和布特的部分地区.`; ZH (archive) `你怎么想呢?`.

    Fix: write the full-width mark (`。`, `？`, `！`, `；`), or `·` between the parts of a name; `transqa fix` writes the
    full-width mark and drops the spaces after it (a dot between two Chinese characters it leaves: it may be a name's `·`).
    """,
    needs_source=False,
    fixable=True,
)
RULES = (DOUBLED_PUNCTUATION, HALF_WIDTH_PUNCTUATION)

_FULL_WIDTH = {".": "。", "?": "？", "!": "！", ";": "；"}
# a half-width sentence mark after a Han character, not part of an ellipsis, and what follows it: spaces, then the
# end, a Han character, or a closing quotation mark or bracket (an emphasis `*` too)
# (Han as lang.script defines it: the hand-written ranges U+3400-4DBF and U+4E00-9FFF before release 42 differ from it
# in no character of the archive, WMT21, WMT22 or WMT24)
_HALF_WIDTH = regex.compile(rf"(?<={HAN_CLASS})([.?!;])(?![.?!;])( *)(?=$|[{HAN_CLASS}\"”’」』)）*])")

_MARKS = "。，、；：！？"
_WEAK = "，、；："
# a quotation closed after its own sentence mark, then a full stop; or two marks in a row, not three full stops
_DOUBLED = re.compile(r"[。！？]”(。)(?!。)|(?<!。)([。，、；：！？])([。，、；：！？])(?![。，、；：！？])")
_FULL_STOPS = re.compile(r"。{3,}")  # an ellipsis written with full stops
# an aside closed after its own full stop, then a second full stop, full- or half-width (`“Awwing”。).然后`), not an
# ellipsis after it; `？)。`, `！)。` stay (an aside's own question or exclamation, the sentence's full stop: GB/T 15834)
_BRACKET_DOUBLED = re.compile(r"。[)）]([。.])(?![.。])")
# a name that ends in its own ！ or ？ (Yahoo!, E!, Jeopardy!; 雅虎！ is how MT renders Yahoo!)
_NAME_END = re.compile(r"(?:[A-Za-z0-9]|雅虎)\Z")
# what may follow a mark that makes it part of an emoticon (；-) ：P ；）)
_EMOTICON = re.compile(r"-?[)(DPp）（]")  # MT writes ;) as ；）


def _introduced(text: str, end: int) -> bool:
    """The quotation that closes after `end` is introduced by a colon (`他说：“…`), so it is a sentence of its own."""
    k = text.rfind("“", 0, end)
    j = k - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return k > 0 and text[j] in "：:"


def _kept(first: str, second: str, after: str) -> str:
    """The mark an editor keeps of a doubled pair (see the rule's Fix)."""
    if first == second:
        return first
    if first in "！？" or second in "！？":
        return first if first in "！？" else second
    if first == "。" and second in _WEAK:
        return second if after and after not in "”」』" else first
    if first in _WEAK and second == "。":
        return second if not after or after in "”」』" else first
    return second if first in _WEAK and second in _WEAK else first  # 细腻，、柔软: the second says what follows


CONTEXT = 8  # characters of context on each side of a doubled mark in the suggestion, at least (as before)
CONTEXT_REACH = 24
"""How far the context reaches back for the clause's start, or on for its end. Measured (in review, after it was
chosen): 80% of the clauses (text between two _CLAUSE_MARKS) of 300 archive articles are 24 characters or shorter
(14,441 clauses of paragraphs with 20 Han characters or more; median 14, 90% within 33; heldout3/5 files left out):
most suggestions quote the whole clause, a longer one is cut with `…`."""
_CLAUSE_MARKS = frozenset("。，、；：！？”」』\n")


def _context(text: str, s: int, e: int) -> tuple[int, int]:
    """The span of text a suggestion quotes around the doubled marks at [s, e): from the start of the clause (after the
    last mark within CONTEXT_REACH), else CONTEXT characters back, and on to the next mark within CONTEXT_REACH,
    else CONTEXT characters on; the quote is then marked cut with `…` (newcomer 27 item 9: `本下降了 81%。`, the context
    started in the middle of 成本)."""
    lo = next((k for k in range(s - 1, max(-1, s - CONTEXT_REACH - 1), -1) if text[k] in _CLAUSE_MARKS), None)
    lo = 0 if lo is None and s <= CONTEXT_REACH else (lo + 1 if lo is not None else s - CONTEXT)
    hi = next((k + 1 for k in range(e, min(len(text), e + CONTEXT_REACH)) if text[k] in _CLAUSE_MARKS), None)
    hi = len(text) if hi is None and len(text) - e <= CONTEXT_REACH else (hi if hi is not None else e + CONTEXT)
    return lo, hi


def _pair(text: str, m: re.Match[str]) -> tuple[int, int, str, str] | None:
    """(start, end, what, suggestion) of the doubled marks matched by m, or None when they are not a defect."""
    if LONE_ENDING_AT.match(text, m.end() - 1):
        return None  # `…增长了。。net收入`: the sentence's full stop, then `.net` with its dot turned into 。 (TQA315's)
    if m.group(1):  # 。”。
        s = m.start(1)
        if text[s - 2] in "！？" and not _introduced(text, s - 2):
            return None  # 提示用户“试试土豚！”。: a quotation inside the sentence keeps its ！, the sentence its 。
        return s - 2, s + 1, f"{quote(text[s - 2:s + 1])}: a full stop after a quotation that already ends its sentence", \
            "delete the full stop after the closing quotation mark"
    first, second = m.group(2), m.group(3)
    if first in "！？" and second in "！？":
        return None
    before = text[max(0, m.start() - 2):m.start()]  # what _NAME_END needs (searching the whole text was quadratic)
    if first in "！？" and _NAME_END.search(before):
        return None  # part of a name: Yahoo！、ICQ, E！、Jeopardy！，
    after = text[m.end():m.end() + 2]
    if second in "；：" and _EMOTICON.match(after) or first + second == "：：" and _NAME_END.search(before):
        return None  # an emoticon (。；-)), or C++'s scope operator turned full-width (IDirect3D：：Create)
    keep = _kept(first, second, after[:1])
    fixed = _repaired_context(text, m.start(), m.end(), keep)
    return m.start(), m.end(), f"{quote(first + second)}: two punctuation marks where one belongs", f"keep {quote(keep)}: {quote(fixed)}"


def _repaired_context(text: str, s: int, e: int, replacement: str) -> str:
    """The clause around [s, e) of text with `replacement` written there, `…` where it is cut inside a clause."""
    lo, hi = _context(text, s, e)
    return ("…" if lo > 0 and text[lo - 1] not in _CLAUSE_MARKS else "") + text[lo:s] + replacement + text[e:hi] + \
        ("…" if hi < len(text) and text[hi - 1] not in _CLAUSE_MARKS else "")


def check(ctx: Context) -> Iterator[Finding]:
    yield from listed_per_paragraph(ctx, DOUBLED_PUNCTUATION, _doubled(ctx), "doubled punctuation marks",
                                    "the paragraph is probably damaged (a broken export): compare it with the original, "
                                    "keep one mark of each pair")
    yield from listed_per_paragraph(ctx, HALF_WIDTH_PUNCTUATION, _half_width(ctx), "half-width punctuation marks",
                                    "write the full-width marks (。？！；)")


def _half_width(ctx: Context) -> Iterator[Finding]:
    """TQA513: each half-width sentence mark after a Chinese character (see the rule), with its certain repair: the
    full-width mark in place of the half-width one and the spaces after it; a dot between two Chinese characters is
    left to the editor (`当电话的主人彼得.斯特。玛丽`, archive: a name's dot, `·`; the one such of the 46 archive
    findings; none in WMT22's outputs)."""
    for b in ctx.target.blocks:
        if b.kind == "code" or not any(c in b.text for c in _FULL_WIDTH):
            continue
        text = b.text
        for m in _HALF_WIDTH.finditer(text):
            s, e = m.start(), m.end()
            mark = m.group(1)
            after = text[e:e + 1]
            if b.in_code(s) or mark == ";" and after in ")）" or mark == "!" and text.endswith("雅虎", 0, s):
                continue
            full = _FULL_WIDTH[mark]
            name_dot = mark == "." and s + 1 == e and is_han(after)  # 彼得.斯特: Peter St.
            lo, _hi = _context(text, s, e)
            excerpt = ("…" if lo > 0 and text[lo - 1] not in _CLAUSE_MARKS else "") + text[lo:s + 1]
            if name_dot and _name_parts(text, s):
                # `彼得.斯特`: two parts of a transliterated name, the `·` first (a sentence's end the editor's other choice)
                suggestion = f"write {quote('·')} between the parts of the name: {quote(_repaired_context(text, s, e, '·'))}, or {quote(full)} where a sentence ends"
                repair = ctx.repair((b, s, e), "·", certain=False)
            else:
                suggestion = f"write {quote(full)}: {quote(_repaired_context(text, s, e, full))}" + (
                    f", or {quote('·')} between the parts of a name" if name_dot else "")
                repair = ctx.repair((b, s, e), full, certain=not name_dot)
            yield ctx.finding(
                HALF_WIDTH_PUNCTUATION, f"{quote(excerpt)}: a half-width {quote(mark)} in Chinese text",
                target=(b, s, s + 1), suggestion=suggestion, repairs=(repair,),
            )


def _name_parts(text: str, s: int) -> bool:
    """The dot at s stands between two parts of a transliterated name (`彼得.斯特`, Peter St.): the two characters after
    it are NAME_CHARS of transqa.lang.transliterate (the characters names are sounded out with), and one of the two
    before it is (得 of 彼得 is a particle too, so NAME_CHARS leaves it out)."""
    from transqa.lang.transliterate import NAME_CHARS

    after = text[s + 1:s + 3]
    return len(after) == 2 and all(c in NAME_CHARS for c in after) and any(c in NAME_CHARS for c in text[max(0, s - 2):s])


def _doubled(ctx: Context) -> Iterator[Finding]:
    for b in ctx.target.blocks:
        if b.kind == "code" or not any(c in b.text for c in _MARKS):
            continue
        text = b.text
        found = [got for m in _DOUBLED.finditer(text) if not b.in_code(m.start()) and (got := _pair(text, m)) is not None]
        found += [_bracket_pair(text, m) for m in _BRACKET_DOUBLED.finditer(text) if not b.in_code(m.start())]
        found.sort()
        if "。。。" in text and not punctuation_only(text):
            found += [_ellipsis(text, m) for m in _FULL_STOPS.finditer(text) if not b.in_code(m.start())]
            found.sort()
        for s, e, what, suggestion in found:
            yield ctx.finding(DOUBLED_PUNCTUATION, what, target=(b, s, e), suggestion=suggestion)


def _bracket_pair(text: str, m: re.Match[str]) -> tuple[int, int, str, str]:
    """(start, end, what, suggestion) of a full stop after a bracket whose aside already ends in `。` (`。).`, `。）。`):
    the archive's 4,006 translations hold 26 such (`。).` each: MT keeps the English `.)` inside and adds `.`), WMT22's
    outputs and references 2 (`。）。`); every one a second full stop (release 42, read)."""
    s, e = m.start(), m.end()
    what = f"{quote(m.group(0))}: a full stop after a bracket whose aside already ends its sentence"
    close = m.group(0)[1]
    if s and text[s - 1] in ")）" and _unopened(text, s + 1):
        # `(如 Delta，American Airlines 等)。).`: the aside closed before its `。`; the bracket after it is a stray one
        # (TQA503 reports it), so the reader wants both gone (newcomer 43: the suggestion kept the stray `)`)
        return s, e, what, (f"delete the stray {quote(close)} (TQA503) and the full stop after it: "
                            f"{quote(_repaired_context(text, s, e, '。'))}")
    return s, e, what, f"delete the full stop after the closing bracket: {quote(_repaired_context(text, s, e, m.group(0)[:2]))}"


ASIDE_REACH = 300
"""How far back `_unopened` looks for the bracket an aside opens with (characters): bounded, so a paragraph of thousands
of `)。).` stays linear. Measured on the TechCrunch archive (heldout3/heldout5 left out, link addresses dropped): of
7,247 bracketed asides, the median spans 11 characters, 99.9% 113 or fewer, the longest 235."""


def _unopened(text: str, i: int) -> bool:
    """The closing bracket at text[i] (`)` or `）`) closes no bracket opened in the ASIDE_REACH characters before it
    (either width counts)."""
    depth = 0
    for c in text[max(0, i - ASIDE_REACH):i]:
        if c in "(（":
            depth += 1
        elif c in ")）" and depth:
            depth -= 1
    return depth == 0


def _ellipsis(text: str, m: re.Match[str]) -> tuple[int, int, str, str]:
    """(start, end, what, suggestion) of a run of full stops written for an ellipsis (`爆米花”。。。免费`)."""
    fixed = _repaired_context(text, m.start(), m.end(), "……")
    return m.start(), m.end(), f"{quote(m.group())}: an ellipsis written with full stops", f"write “……”: {quote(fixed)}"
