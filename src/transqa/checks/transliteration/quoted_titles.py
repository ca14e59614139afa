"""A work's title or an interface label the English quotes, rendered two ways in the Chinese (TQA310, with the original)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from transqa.checks.transliteration.common import NOT_NAMES, _known_rendering_in, _sounds_in
from transqa.checks.transliteration.rules import TRANSLIT_INCONSISTENT
from transqa.context import Context, quote
from transqa.findings import Finding
from transqa.lang.script import HAN
from transqa.model import Block

# A work's title or a label quoted in the English ("Interview with the Vampire," 'Twilight', “Payment Information”)
_EN_TITLE = re.compile(r"(?<![A-Za-z])[\"“‘']([A-Z][^\"“”‘’'.!?;:]{1,60}?)[,.]?[\"”’'](?![A-Za-z])")


# A title or an interface label between book-title marks or quotation marks in the Chinese (《…》, “…”, "…", 「…」)
_ZH_TITLE = re.compile(r"[《“\"「]\s*([^《》“”\"「」\n]{2,30}?)\s*[》”\"」]")


_TITLE_SMALL = frozenset("a an the of with from into for and or nor but to in on at by over upon as".split())


def _a_title(t: str) -> bool:
    """Words of a title: at most eight, each capitalised or a small word (Interview with the Vampire)."""
    words = t.split()
    return 0 < len(words) <= 8 and any(len(w) > 3 for w in words) and all(w[0].isupper() or w in _TITLE_SMALL for w in words)


def title_two_ways(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """A work's title or an interface label the English quotes the same way in several paragraphs, rendered
    between 《》 or quotation marks two ways (`《与吸血鬼的访谈》`, `《与吸血鬼的约会》`; `“缴费信息”` and
    `“付款信息”` for "Payment Information"): the minority form is reported; of two, the one the whole
    translation writes less often (quoted or not), else the later. Titles are paired with the 《》 and the
    quotations of their paragraph in order, only where the counts agree."""
    for title, where in _quoted_titles(ctx).items():
        counts = Counter(p[4] for p in where)
        if len(counts) != 2:
            continue
        (usual, n), (other, m) = counts.most_common()
        if n == m:
            usual, other = _tie_break(title, where[0][4], next(p[4] for p in where if p[4] != where[0][4]), ctx.target.blocks)
        if usual in other or other in usual or len(set(usual) & set(other)) < 2:
            continue  # a short form of the title, or a pairing gone wrong
        u = next(p for p in where if p[4] == usual)
        line = ctx.target.location(u[1], u[3], u[3] + len(usual)).line
        for sb, tb, es, zs, form in where:
            if form != other or (tb.index, zs) in reported:
                continue
            reported.add((tb.index, zs))
            yield ctx.finding(
                TRANSLIT_INCONSISTENT,
                f"the title {quote(title)} is rendered {_marked(other, tb.text, zs)} here and {_marked(usual, u[1].text, u[3])} "
                f"elsewhere in this article (line {line})",
                source=(sb, es, es + len(title)), target=(tb, zs, zs + len(other)), suggestion=usual,
            )


def _quoted_titles(ctx: Context) -> dict[str, list[tuple[Block, Block, int, int, str]]]:
    """Each title the English quotes → (source block, target block, offsets, rendering) of each paragraph whose
    quoted titles pair up, in order, with its Chinese 《》 and quotations (the counts agree)."""
    places: dict[str, list[tuple[Block, Block, int, int, str]]] = defaultdict(list)
    for _k, srcs, tgts in ctx.pairs():
        en = [(sb, m) for sb in srcs for m in _EN_TITLE.finditer(sb.text) if _a_title(m.group(1))]
        zh = [(tb, m) for tb in tgts for m in _ZH_TITLE.finditer(tb.text)]
        if not en or len(en) != len(zh):
            continue
        for (sb, em), (tb, zm) in zip(en, zh, strict=True):
            if HAN.search(zm.group(1)):  # a title kept in English is the original, not a rendering of it
                places[em.group(1).strip()].append((sb, tb, em.start(1), zm.start(1), zm.group(1)))
    return places


def _tie_break(title: str, first: str, later: str, blocks: list[Block]) -> tuple[str, str]:
    """(usual, odd) of two renderings of a title written as often: the one that does not sound like a name of the
    title that the other renders by sound (`隐形基因` beside `隐形奥米克隆` for "Stealth Omicron"), else the one
    the whole translation writes less often (`“缴费信息”` beside `“付款信息”` and an unquoted `付款信息`), else
    the later one."""
    names = [w for w in re.findall(r"[A-Z][a-z]{3,}", title) if w not in NOT_NAMES]
    sound = [any(_known_rendering_in(w, f) or _sounds_in(w, f) for w in names) for f in (first, later)]
    if sound[0] != sound[1]:
        return (first, later) if sound[0] else (later, first)
    # counted per block: the forms hold no line break, so no occurrence spans two blocks
    return (later, first) if sum(b.text.count(later) for b in blocks) > sum(b.text.count(first) for b in blocks) else (first, later)


def _marked(form: str, text: str, i: int) -> str:
    """The form with the marks it stands between in the text (《…》 for a title, else quoted)."""
    return f"《{form}》" if text[:i].rstrip().endswith("《") else quote(form)
