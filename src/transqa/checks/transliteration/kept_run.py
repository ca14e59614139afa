"""TQA312 with the original: a name of several capitalised words translated word by word where the translation shows
it knows no Chinese name for it: it keeps the name in Latin script in another paragraph (`Joint Aid for Dogs是…`, then
`联合援助`), or, never keeping it, renders it word by word in more than one way (`宠爱厨师`, `娇生惯养的厨师` for
Pampered Chef). One rendering throughout, never kept, is the translation's choice (`黑色沙漠` for Black Desert, the
game's Chinese name), and is left to the other checks.

The name is a run of two to four capitalised words of the original (`Joint Aid for Dogs` gives `Joint Aid`; a leading
`The`/`A` is left off) that the original writes in two paragraphs or more, once at least inside a sentence (not at its
start, not opening a list item, not in a title-case line or a heading). A word-by-word rendering is the head (the last
word) by a dictionary rendering of two characters or more, each word before it by a two-character CC-CEDICT word
(CC-CEDICT misses senses MT picks: 联合 for `joint`), side by side. Not reported: a rendering that is a CC-CEDICT
headword or an established Chinese name by meaning (`应用商店` for App Store), one that holds a CC-CEDICT name of a
capitalised word of the paragraph (`谷歌地图` for Google Maps, `苹果地图`), a run with a function or institution word
(`Party`, `Council`: `_GENERIC`), and a word rendered in the sense the original also writes it in lower case (`关节援助`
on a page selling `a joint and muscle supplement`: a descriptive name translated by meaning).

Measured on the wmt-mt development splits (all 22 but heldout3/heldout5) against base r36: 31 findings, 24 on lines
labelled with a name kind (name-literal 105 → 126 of 354, name-inconsistent 351 → 353), 3 on lines labelled
mistranslation only, 4 on unlabelled lines, all four `水族矿物质` for Aqua Minerals, the rendering the readers of
another system's output labelled name-literal; clean WMT22 references: no finding. The in-sense exclusion took 14
findings off (`关节援助`, `关节辅助`): 11 on unlabelled lines, 3 on name labels (one name-literal, `关节援助犬`; two
name-inconsistent).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from transqa.checks.transliteration.common import (
    _GENERIC,
    NOT_NAMES,
    RENDERING_BETWEEN,
    _lowered,
    capitalised_runs,
)
from transqa.checks.transliteration.rules import NAME_LITERAL
from transqa.context import Context, quote
from transqa.findings import Finding
from transqa.lang.english import lowercase_words
from transqa.lang.script import HAN_RANGE, substring_places
from transqa.memo import per_pair
from transqa.model import Block

_CAPITAL = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+")
_HAN = rf"[{HAN_RANGE}]"

_Place = tuple[Block, int, list[Block]]  # source block, start of the run in it, the aligned target blocks


def kept_then_literal(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA312 findings, one per target paragraph, for the runs `_runs` finds; `reported` holds (block index, offset)
    places other name rules reported (read and written)."""
    places, inside = _runs(ctx)
    assert ctx.source is not None
    lower = frozenset(w for b in ctx.source.blocks for w in lowercase_words(b.text))
    runs = {name: run for name, occ in places.items()
            if name in inside and len({sb.index for sb, _s, _t in occ}) >= 2 and (run := _pattern(tuple(name.split())))}
    heads = _Heads({f for run in runs.values() for f in run.forms})
    for name, occ in places.items():
        pat = runs.get(name)
        if pat is None:
            continue
        keeps = [_keeps(name, tgts) for _sb, _s, tgts in occ]  # once per occurrence
        kept = [o for o, k in zip(occ, keeps, strict=True) if k]
        hits = [(sb, s, tb, h) for (sb, s, tgts), k in zip(occ, keeps, strict=True) if not k
                for tb, h in _first_hits(name, pat, sb, tgts, heads)]
        if kept:
            where = f"kept in Latin script elsewhere in this translation (line {ctx.target.location(kept[0][2][0], 0, 0).line})"
        elif len({h.group(0).replace("的", "") for _sb, _s, _tb, h in hits}) >= 2:
            where = "which this translation never keeps in Latin script and renders in more than one way"
        else:
            continue
        yield from _report(ctx, name, where, [x for x in hits if not _in_its_sense(name, x[3], lower)], reported)


def _first_hits(name: str, pat: _Run, sb: Block, tgts: list[Block], heads: _Heads) -> Iterator[tuple[Block, re.Match[str]]]:
    """The first word-by-word rendering of the run in each aligned target paragraph: not a CC-CEDICT headword, not an
    established Chinese name by meaning, not a brand's CC-CEDICT name (`_named_before`)."""

    for tb in tgts:
        named = _named_before(name, sb.text, tb.text)
        hit = next((h for h in _candidates(pat, tb.text, heads) if not any(n in h.group(0) for n in named)), None)
        if hit is not None:
            yield tb, hit
            return


class _Run(NamedTuple):
    """A run's words before its head (`words`: how many) and its head's renderings (`forms`, longest first)."""

    words: int
    forms: tuple[str, ...]

    def match(self, text: str, p: int) -> re.Match[str] | None:
        """The run's rendering that starts at offset p of text, or None."""
        return _compiled(self.words, self.forms).match(text, p)


@lru_cache(maxsize=4096)
def _compiled(words: int, forms: tuple[str, ...]) -> re.Pattern[str]:
    """Each word before the head by a two-character run of Han characters (a group), then the head by one of `forms`,
    side by side: compiled for a run whose head some paragraph writes (`_Heads`), not for every run."""
    alts = [f"({_HAN}{{2}})"] * words
    alts.append("(?:" + "|".join(map(re.escape, forms)) + ")")
    return re.compile(RENDERING_BETWEEN.join(alts))


class _Heads:
    """Where each target paragraph writes the renderings of the runs' heads: every paragraph read once for all the
    runs (its characters times the distinct lengths of the renderings), not once per run (hostile 36b: 500 -> 2,000
    runs of distinct heads took 5.8x, each run's pattern scanning the whole paragraph)."""

    def __init__(self, forms: set[str]) -> None:
        self.forms = forms
        self.sizes = sorted({len(f) for f in forms})
        self.kept: dict[int, tuple[str, dict[str, list[int]]]] = {}

    def places(self, text: str) -> dict[str, list[int]]:
        """Rendering -> its starts in `text` (overlapping ones too), for the renderings of `forms` only."""
        got = self.kept.get(id(text))
        if got is None or got[0] is not text:
            got = self.kept[id(text)] = (text, substring_places(text, self.forms, self.sizes, overlapping=True))
        return got[1]


@per_pair
def _candidates(run: _Run, text: str, heads: _Heads) -> tuple[re.Match[str], ...]:
    """The run's renderings in a target paragraph (as the run's pattern's finditer reads them: leftmost, not
    overlapping) that are no CC-CEDICT headword nor established Chinese name, each word before the head a CC-CEDICT
    word: what `_first_hits` reads for every name of the run, found once a pair. Only the offsets before a head's
    rendering where the words before it may start are tried (2 to 3 characters a word: RENDERING_BETWEEN), so the work
    is the places of the head, not the paragraph's length (hostile36: two paragraphs of 1,600 runs, 16 CPU s)."""
    from transqa.lang.established import established
    from transqa.lang.transliterate import is_headword

    index = heads.places(text)
    starts = sorted({p for f in run.forms for p in index.get(f, ())})
    hits: list[re.Match[str]] = []
    tried: set[int] = set()
    end = 0
    for hs in starts:
        for p in range(max(end, hs - 3 * run.words), hs - 2 * run.words + 1):
            if p in tried:
                continue
            tried.add(p)
            if (m := run.match(text, p)) is not None:
                hits.append(m)
                end = m.end()
                break
    return tuple(h for h in hits if not is_headword(h.group(0)) and not established(h.group(0))
                 and all(is_headword(g) for g in h.groups()))


def _in_its_sense(name: str, hit: re.Match[str], lower: frozenset[str]) -> bool:
    """A word before the head rendered by its CC-CEDICT sense where the original also writes that word in lower case
    (`关节援助` for Joint Aid in a page on a `joint and muscle supplement`): a descriptive name translated by the sense
    the article itself uses, which the readers of WMT22 ecommerce_en_13 left unlabelled in five systems (`联合援助`,
    the wrong sense, they labelled in all)."""
    from transqa.lang.lexicon import renderings

    return any(w.lower() in lower and g in renderings(w.lower()) for w, g in zip(name.split(), hit.groups(), strict=False))


def _report(ctx: Context, name: str, where: str, hits: list[tuple[Block, int, Block, re.Match[str]]],
            reported: set[tuple[int, int]]) -> Iterator[Finding]:
    for sb, s, tb, hit in hits:
        if (tb.index, -3) in reported or any((tb.index, j) in reported for j in range(hit.start(), hit.end())):
            continue  # one finding of this check per paragraph; none where another name rule reported inside the run
            # (`厨师` of 宠爱厨师 for Pampered Chef, TQA312's one-word reading: one defect, one finding); looked up at
            # each place of the run, not by a scan of every place reported (hostile36 #2)
        reported.add((tb.index, hit.start()))
        reported.add((tb.index, -3))  # one finding of this check per paragraph
        yield ctx.finding(
            NAME_LITERAL,
            f"the name {name}, {where}, is translated word by word here: {quote(hit.group(0))}",
            source=(sb, s, s + len(name)), target=(tb, hit.start(), hit.end()),
            suggestion=f"keep {name} in Latin script (or its established Chinese name)",
        )


def _named_before(name: str, source: str, text: str) -> list[str]:
    """The first two characters of the CC-CEDICT names of the source paragraph's capitalised words (苹果 of 苹果公司 for
    Apple, 谷歌 for Google: a hit holding one renders a brand by its Chinese name, 谷歌地图); `[""]`, which every hit
    holds, where the paragraph writes a name of a word of the run before its head whole (达拉斯 for Dallas: 达拉斯牛仔 is
    the team's name, the hit 拉斯牛仔 a piece of it)."""
    from transqa.lang.transliterate import known_renderings

    if any(k in text for w in name.split()[:-1] for k in known_renderings(w, first=True)):
        return [""]
    return _brand_prefixes(source)


@per_pair
def _brand_prefixes(source: str) -> list[str]:
    """The first two characters of the CC-CEDICT names of the paragraph's capitalised words, sorted (`_named_before`),
    read once per paragraph and pair, not once per run of it (hostile36: 12 CPU s for 1,600 runs)."""
    from transqa.lang.transliterate import known_renderings

    return sorted({k[:2] for w in set(_CAPITAL.findall(source)) for k in known_renderings(w, first=True)})


def _runs(ctx: Context) -> tuple[dict[str, list[_Place]], set[str]]:
    """Each run of the original with its places, and the runs written at least once inside a sentence."""
    places: dict[str, list[_Place]] = defaultdict(list)
    inside: set[str] = set()
    for sb, start, at, words, within, tgts in capitalised_runs(ctx):
        name = " ".join(words)
        places[name].append((sb, at, tgts))
        if within and start > _marks_end(sb.text):
            inside.add(name)
    return places, inside


_MARKS = re.compile(r"[ \-–—•*·:()\[\]\"'‘’“”]*")


def _marks_end(text: str) -> int:
    """Where the marks that open a list item or a line's label end: a run starting there or before opens the paragraph
    (`- Joint Aid`), one after them is inside (`-For continued support`). The match stops where the marks end, so
    reading it for each run costs the marks, not the paragraph: the paragraph before each run, copied and stripped for
    each, cost its length times its runs (hostile36: 40,000 runs in a paragraph of 1 MB, 2.3 CPU s, 39 times 10,000's)."""
    m = _MARKS.match(text)
    return m.end() if m else 0


def _keeps(name: str, tgts: list[Block]) -> bool:
    low = name.lower()
    return any(low in (_lowered(tb.text) or tb.text.lower()) for tb in tgts)


@lru_cache(maxsize=4096)
def _pattern(words: tuple[str, ...]) -> _Run | None:
    """The name's head (its last word) by one of its dictionary renderings (two characters or more), each word before it
    by a two-character run of Han characters (a group; `_first_hits` wants a CC-CEDICT word there), side by side; None when a word is a function or institution word, or the head has no common rendering or a CC-CEDICT name that
    opens with one (苹果公司 for Apple: 苹果 is how Chinese writes the brand)."""
    from transqa.lang.glosses import all_renderings
    from transqa.lang.transliterate import is_proper_noun, is_translit, known_renderings

    if any(w in NOT_NAMES or w.lower() in _GENERIC for w in words):
        return None
    head = words[-1]
    forms = {r for r in all_renderings(head.lower()) if len(r) >= 2 and not is_translit(r) and not is_proper_noun(r)}
    if not forms or any(k.startswith(tuple(forms)) for k in known_renderings(head, first=True)):
        return None
    return _Run(len(words) - 1, tuple(sorted(forms, key=lambda r: (-len(r), r))))
