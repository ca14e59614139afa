"""Two renderings of one name that read alike in pinyin, though more characters differ than the sound-alike test
allows (`舒托沃尔斯` twice beside `舒特尔沃斯` three times for Shuttleworth): without the original, TQA310."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from transqa.checks.transliteration.common import _dotted, written_where
from transqa.checks.transliteration.rules import TRANSLIT_INCONSISTENT
from transqa.context import Context, quote
from transqa.findings import Finding
from transqa.lang.chinese import tied_at
from transqa.lang.english import levenshtein
from transqa.lang.script import NAME_DOT
from transqa.model import Block

# How far apart the toneless pinyin of two forms may be (Levenshtein distance over the longer one's letters). Measured
# on the archive dev splits (282 articles) and on 2,963 other archive articles (ranked by sha256 of the path, dev,
# heldout3 and heldout5 left out), every pair read: up to NEAR, 16 pairs beyond the sound-alike test, 15 one name
# written two ways (冈多拉/冈多特拉 Gundotra, 阿萨内奇/阿桑奇 Assange, 麦克道威尔/麦克道尔) and one doubtful (莱文森/莱文索恩,
# the surname of two cousins); 0.40 would add 桑德伯格/萨姆伯格 (Sandberg, Samberg: two people). Up to FAR, only with
# the first and the last characters alike: 舒托沃尔斯/舒特尔沃斯 (2 labelled dev3 rows) right, 迪克森/迪金森 wrong (a
# correction naming the wrong spelling), 斯拉韦特/斯科特 left as a given name; without that condition the 8 pairs
# between NEAR and FAR were all other names (克拉维尔/克雷格, 埃利奥特/埃里克)
NEAR = 0.34
FAR = 0.45
# A given name before a `·` (布伦丹 of 布伦丹·艾希, three times) is weighed as the usual form of a form written alone and
# less often, never beside a `·` (布兰登 once, for the same Brendan: a dev2 row), never as the slip: two people may share
# a given name (布兰登·艾克), and one's given name alone names that one; another `·` name's part is another person's. Until release 28 a given name was left out of both sides;
# measured on the archive dev, dev2 and dev3 articles, a 600-article archive sample (sha256 "r28-archive/" + path,
# heldout3, heldout5 and the dev files left out) and the wmt-mt development documents: that one new pair, right.
PAIR_BUDGET = 20_000  # form pairs weighed in one article: a list of hundreds of names stays linear (a speed bound)


def pinyin_variants(ctx: Context, forms: dict[str, list[tuple[Block, int]]], reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """The less frequent of two name forms (three characters or more, no dictionary word, neither holding the other,
    a given name before a `·` only the more frequent, of a form never beside a `·`) whose pinyin starts with the same letter, whose first or last characters agree, and
    which read alike (NEAR, or FAR when both the first and the last agree); the places `reported` already claims are
    left. Forms of one length, or one apart, are weighed, bucketed by their first pinyin letter."""
    from transqa.lang.transliterate import chinese_sound_alike, is_headword, syllables

    pinyin = {f: "".join(syllables(f)) for f, places in forms.items() if len(f) >= 3 and places and not is_headword(f)}
    buckets: dict[str, list[str]] = defaultdict(list)
    given = {f for f in pinyin if _given(forms[f], f)}  # weighed as the usual form only, of a form never in a `·` name
    dotted = {f for f in pinyin if any(_dotted(b, s, f) for b, s in forms[f])}  # part of a `·` name somewhere
    for f in sorted(pinyin, key=lambda f: (-len(forms[f]), f)):
        if pinyin[f]:
            buckets[pinyin[f][0]].append(f)
    budget = PAIR_BUDGET
    for group in buckets.values():
        for i, usual in enumerate(group):
            budget -= len(group) - i
            if budget < 0:
                return
            for other in group[i + 1:]:
                if other in dotted and (other in given or usual in given) or len(forms[other]) >= len(forms[usual]) or not _near(other, usual, pinyin[other], pinyin[usual]):
                    continue
                if chinese_sound_alike(other, usual):
                    continue  # the sound-alike pairs are `_two_forms`' (TQA310, or TQA311 for a cut)
                yield from variant_findings(ctx, forms, _swallowed(forms[other], other, usual), usual, reported)


def _swallowed(places: list[tuple[Block, int]], other: str, usual: str) -> str:
    """The form without its last character where the run took in the first character of the word after the name at
    every place (阿灵顿伏 of 阿灵顿伏击采访, `Arrington ambushes`: 伏击 is a word) and the rest is the usual form's
    length: the name there is 阿灵顿, which the repair replaces (阿林顿, not 阿林顿击采访). Otherwise the form."""
    from transqa.lang.transliterate import word_starts

    n = len(usual)
    if len(other) == n + 1 and all(word_starts(b.text, s + n) for b, s in places):
        return other[:n]
    return other


def _near(a: str, b: str, pa: str, pb: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a in b or b in a or (a[0] != b[0] and a[-1] != b[-1]):
        return False
    d = levenshtein(pa, pb) / max(len(pa), len(pb))
    return d <= NEAR or (a[0] == b[0] and a[-1] == b[-1] and d <= FAR)


def _given(places: list[tuple[Block, int]], f: str) -> bool:
    """The form stands before a `·` somewhere: a given name, which two people may share (布兰登·艾克)."""
    return any(s + len(f) < len(b.text) and b.text[s + len(f)] in NAME_DOT for b, s in places)


def variant_findings(ctx: Context, forms: dict[str, list[tuple[Block, int]]], other: str, usual: str,
                     reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA310 at each place (block, start) of `other` in `forms` (or, when `other` is no key, of the forms one character
    longer that start with it: `_swallowed`'s cut) that `reported` does not claim and no sentence ties to `usual`, against
    the first place of `usual` (`forms[usual]`, how often it is written); each place reported is added to `reported`.
    Shared by `pinyin_variants` and dotted_pairs.dotted_variants."""
    b0, s0 = min(forms[usual], key=lambda p: (p[0].index, p[1]))
    for b, s in forms[other] if other in forms else _places_of(forms, other):
        if (b.index, s) in reported or tied_at(b.text, s, s + len(other), usual):
            continue
        reported.add((b.index, s))
        where = written_where(ctx, (b0, s0, s0 + len(usual)), len(forms[usual]), (b, s, s + len(other)))
        yield ctx.finding(TRANSLIT_INCONSISTENT, f"{quote(other)} is written {quote(usual)} {where}", target=(b, s, s + len(other)), suggestion=usual)


def _places_of(forms: dict[str, list[tuple[Block, int]]], head: str) -> list[tuple[Block, int]]:
    """The places of the forms that start with `head` and are one character longer (`_swallowed`'s cut)."""
    return sorted({(b.index, s): (b, s) for f, places in forms.items() if len(f) == len(head) + 1 and f.startswith(head)
                   for b, s in places}.values(), key=lambda p: (p[0].index, p[1]))

