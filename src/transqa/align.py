"""Paragraph alignment: a monotonic dynamic programme over blocks.

Beads 1-1, 1-0, 0-1, 2-1, 1-2, 3-1, 1-3 and 2-2. A bead's cost is a Gale–Church length term
(English non-space characters against Chinese ones, Han characters weighted by 2.95 — calibrated
on the WMT news test sets of ../shared, where log(zh/en) then has mean 0.0 and s.d. 0.15), a prior
for the bead type, and anchors shared across the languages: numbers by value, Latin-script names,
link targets, images, handles, e-mail addresses and domains, and (with the lexicon) vocabulary.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from transqa.model import Block, Document
from transqa.quantities import chinese_quantities, english_quantities
from transqa.script import HAN, identifiers, latin_tokens, name_key

HAN_WEIGHT = 2.95
LOG_SD = 0.2
SKIP_COST = 4.5
# Priors of merges (two paragraphs rendered as one, or one as two), a little below a skip: MT keeps
# paragraphs, so a merge has to earn its place by lengths and shared anchors, or a short dropped
# paragraph hides in its neighbour's bead (measured on the injection benchmark and on fresh draws).
BEADS: dict[tuple[int, int], float] = {
    (1, 1): 0.0, (1, 0): SKIP_COST, (0, 1): SKIP_COST, (2, 1): 4.0, (1, 2): 4.0,
    (3, 1): 5.0, (1, 3): 5.0, (2, 2): 8.0,
}
MAX_BAND = 60
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Bead:
    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float


@dataclass(frozen=True, slots=True)
class Features:
    size: float
    anchors: frozenset[str]
    names: frozenset[str]
    kind: str


def _anchor_key(q) -> str | None:  # noqa: ANN001
    if q.soft:
        return None
    if q.kind == "date":
        y, m, d = q.date or (0, 0, 0)
        return f"y:{y}" if y else f"d:{m}-{d}"
    return f"n:{round(q.value, 6)}"


def _punct_anchors(text: str) -> set[str]:
    """Quotations, questions, exclamations and asides survive translation: weak anchors."""
    out = set()
    if any(c in text for c in "\"“”"):
        out.add("p:quote")
    if any(c in text for c in "?？"):
        out.add("p:question")
    if any(c in text for c in "!！"):
        out.add("p:exclaim")
    if any(c in text for c in "(（"):
        out.add("p:aside")
    return out


def _id_anchors(text: str) -> set[str]:
    """Handles, e-mail addresses, domains: copied as they are by a translation. The digits of a URL's
    path are masked, so that a URL whose figures the translation garbled still anchors its paragraph
    (the link and number checks report the change)."""
    return {"x:" + (_DIGITS.sub("0", i) if "/" in i else i) for i in identifiers(text)}


def english_size(text: str) -> int:
    """Non-space characters."""
    return sum(1 for c in text if not c.isspace())


# A name transliterated and then glossed in Latin script, 朱利安·费罗斯 (Julian Fellowes): the gloss
# repeats what the Han characters render, so it is not length of the translation (it hid dropped
# sentences and paragraphs behind a long-looking Chinese paragraph)
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff·])\s*[（(][A-Za-z][A-Za-z .'&\-]*[)）]")


def chinese_size(text: str) -> float:
    """Non-space characters, a Han character counting HAN_WEIGHT, Latin glosses of names not counted:
    comparable with english_size."""
    text = _GLOSS.sub("", text)
    han = len(HAN.findall(text))
    return han * HAN_WEIGHT + sum(1 for c in text if not c.isspace()) - han


def english_names(text: str) -> frozenset[str]:
    """Keys of the Latin-script tokens with a capital letter: the English text's name candidates."""
    return frozenset(name_key(t) for _, _, t in latin_tokens(text) if t[:1].isupper() or any(c.isupper() for c in t[1:]))


def chinese_names(text: str) -> frozenset[str]:
    """Keys of every Latin-script token of the Chinese: what it keeps in the original script."""
    return frozenset(name_key(t) for _, _, t in latin_tokens(text))


def english_text_features(text: str, kind: str = "text", extra: frozenset[str] = frozenset()) -> Features:
    size = english_size(text)
    anchors = {a for a in map(_anchor_key, english_quantities(text)) if a} | extra | _punct_anchors(text) | _id_anchors(text)
    return Features(float(size), frozenset(anchors), english_names(text), kind)


def chinese_text_features(text: str, kind: str = "text", extra: frozenset[str] = frozenset()) -> Features:
    anchors = {a for a in map(_anchor_key, chinese_quantities(text)) if a} | extra | _punct_anchors(text) | _id_anchors(text)
    return Features(chinese_size(text), frozenset(anchors), chinese_names(text), kind)


def _markup_anchors(block: Block) -> frozenset[str]:
    return frozenset({"u:" + lk.url for lk in block.links if lk.url} | {"i:" for _ in block.images[:1]})


def source_features(block: Block) -> Features:
    return english_text_features(block.text, _kind_class(block), _markup_anchors(block))


def target_features(block: Block) -> Features:
    return chinese_text_features(block.text, _kind_class(block), _markup_anchors(block))


def _kind_class(block: Block) -> str:
    """heading, image, text, or mark: a block of punctuation and symbols alone (a closing quote left on
    a line of its own, an emoji), which pairs with a block of words only as part of a merge or split."""
    if block.kind != "image" and not any(c.isalnum() for c in block.text):
        return "mark"
    return {"title": "heading", "heading": "heading", "image": "image"}.get(block.kind, "text")


def _merge(fs: list[Features]) -> Features:
    if len(fs) == 1:
        return fs[0]
    kinds = {f.kind for f in fs}
    if len(kinds) > 1:
        kinds.discard("mark")
    if "image" in kinds and len(kinds) > 1:
        kinds = {"mixed", "image"}
    return Features(
        sum(f.size for f in fs),
        frozenset().union(*(f.anchors for f in fs)),
        frozenset().union(*(f.names for f in fs)),
        kinds.pop() if len(kinds) == 1 else "mixed",
    )


def _weight(anchors: frozenset[str]) -> float:
    """Specific anchors weigh more: a URL or 12,000,000 says more than a 3 or a year."""
    w = 0.0
    for a in anchors:
        if a.startswith(("u:", "i:", "x:")):
            w += 3.0
        elif a.startswith("p:"):
            w += 0.5
        elif a.startswith("n:"):
            v = float(a[2:])
            w += 3.0 if v >= 1000 or v != int(v) else 1.5 if v >= 32 else 1.0
        else:
            w += 1.5
    return w


# Shared vocabulary through the lexicon: a translation renders 47% of the English content words the
# lexicon knows, a neighbouring paragraph's translation 8% (WMT news). Rendered words lower the cost of
# a pair, unrendered ones raise it, both capped per source paragraph, so that a long paragraph does not
# drown the length term and a merge of two long paragraphs earns what each of them earns alone.
LEX_WEIGHT = 1.5  # per rendered word
LEX_CAP = 10
MISS_WEIGHT = 0.4  # per unrendered word
MISS_CAP = 15
ORPHAN_COST = 1.5  # per paragraph of a merge that shares no vocabulary with the other side…
ORPHAN_MIN_WORDS = 3  # …from 3 content words: a translation renders none of 2 for 28% of paragraphs (0.53²)
NO_LEX = (0.0, 0)


def pair_cost(s: Features, t: Features, merged: bool = False, lex: tuple[float, int] = NO_LEX) -> float:
    """Cost of translating s as t (lower is better); 0 is a typical good pair."""
    z = abs(math.log((t.size + 12.0) / (s.size + 12.0)) / LOG_SD)
    # Gale–Church near the mean, a linear tail beyond two deviations for 1-1 pairs: MT drops
    # clauses, so a short translation is weak evidence against a pair that shares figures and
    # names. A merge (2-1, 3-1…) keeps the quadratic cost, or it would swallow dropped paragraphs.
    cost = 0.5 * z * z if z <= 2.0 or merged else 2.0 + 0.75 * (z - 2.0)
    cost -= 2.0 * _weight(s.anchors & t.anchors) + 1.0 * len(s.names & t.names)
    lost = s.anchors - t.anchors
    cost += 1.0 * _weight(t.anchors - s.anchors) + 0.5 * _weight(lost)
    cost += 0.5 * _weight(frozenset(a for a in lost if a.startswith("x:")))  # never translated, rarely dropped
    cost += 0.4 * len(t.names - s.names)
    # English words whose dictionary renderings the Chinese contains, and those it lacks; in a merge, a
    # block that shares no vocabulary with the other side while its partners do is probably not part of it
    cost += lex[0] + ORPHAN_COST * lex[1]
    if s.kind != t.kind:
        cost += 4.0 if {"image", "mixed", "mark"} & {s.kind, t.kind} else 1.5
    return cost


def align(source: Document, target: Document) -> list[Bead]:
    sf = [source_features(b) for b in source.blocks]
    tf = [target_features(b) for b in target.blocks]
    return align_features(sf, tf, lexical_matcher([b.text for b in source.blocks], [b.text for b in target.blocks]))


Lex = Callable[[range, range], tuple[float, int]]


def lexical_matcher(en: list[str], zh: list[str]) -> Lex | None:
    """Shared vocabulary through the optional CC-CEDICT lexicon.

    matches(source range, target range) gives (the vocabulary cost: per source paragraph, -LEX_WEIGHT per
    content word rendered and MISS_WEIGHT per word not rendered, each capped; orphans: blocks of a merge
    that share no vocabulary with the other side while their partners do).
    """
    from transqa.lexicon import content_words, found_renderings, lexicon

    if lexicon() is None or not en or not zh:
        return None
    words = [content_words(t) for t in en]
    band = max(MAX_BAND, abs(len(en) - len(zh)) + 20) + 3
    cache: dict[tuple[int, int], dict[str, frozenset[str]]] = {}

    def w(i: int, j: int) -> dict[str, frozenset[str]]:
        key = (i, j)
        if key not in cache:
            center = i * len(zh) / len(en)
            cache[key] = found_renderings(words[i], zh[j]) if abs(center - j) <= band else {}
        return cache[key]

    han = [len(HAN.findall(t)) for t in zh]

    def occurrences(t: str, trange: range) -> int:
        return sum(zh[j].count(t) for j in trange)

    cache_many: dict[tuple[int, int, int], dict[str, frozenset[str]]] = {}

    def found(i: int, trange: range) -> dict[str, frozenset[str]]:
        """Source paragraph i's words that the target paragraphs render, with their renderings."""
        if len(trange) == 1:
            return w(i, trange[0])
        key = (i, trange.start, trange.stop)
        if key not in cache_many:
            got: dict[str, frozenset[str]] = {}
            for j in trange:
                for word, ts in w(i, j).items():
                    got[word] = got.get(word, frozenset()) | ts
            cache_many[key] = got
        return cache_many[key]

    def matches(srange: range, trange: range) -> tuple[float, int]:
        per_source = [found(i, trange) for i in srange]
        cost = 0.0
        seen: frozenset[str] = frozenset()
        claimed: dict[str, int] = {}
        for i, got in zip(srange, per_source, strict=True):
            # a word two paragraphs share is one word to render, and a Chinese word that renders one
            # paragraph's "need" renders the next one's "want" only if it occurs again: counting either
            # twice would let a dropped paragraph that repeats its neighbour's subject earn a merge
            own = words[i] - seen
            rendered = 0
            for wd in own & got.keys():
                if "" in got[wd] or any(t not in claimed or occurrences(t, trange) > claimed[t] for t in got[wd]):
                    rendered += 1
            cost += -LEX_WEIGHT * min(rendered, LEX_CAP) + MISS_WEIGHT * min(len(own) - rendered, MISS_CAP)
            if i == srange[-1]:
                break
            seen |= words[i]
            for ts in got.values():
                for t in ts - {""}:
                    claimed[t] = claimed.get(t, 0) + 1
        orphans = 0
        if any(per_source):
            if len(srange) > 1:
                orphans += sum(1 for i, got in zip(srange, per_source, strict=True) if not got and len(words[i]) >= ORPHAN_MIN_WORDS)
            if len(trange) > 1:
                orphans += sum(1 for j in trange if han[j] >= 10 and not any(w(i, j) for i in srange))
        return cost, orphans

    return matches


# Priors of sentence beads that cross a paragraph boundary, inside a merged or split paragraph bead
# (checks/omission.py): professional translators join two sentences into one in 0.6% of sentence
# pairs and split one in 1.6% (WMT news and WMT24), so a sentence pair that straddles two paragraphs
# is more likely a dropped or added paragraph hiding beside its neighbour than a join or a split.
CROSS_BEADS: dict[tuple[int, int], float] = {**BEADS, (2, 1): 5.0, (1, 2): 5.0, (3, 1): 6.0, (1, 3): 6.0}


def align_features(
    sf: list[Features], tf: list[Features], lex: Lex | None = None,
    starts: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
) -> list[Bead]:
    """Align two sequences of features. `starts` gives the units that begin a new paragraph on each
    side (for sentences): a bead that crosses one is priced by CROSS_BEADS."""
    n, m = len(sf), len(tf)
    inf = float("inf")
    s_starts, t_starts = starts

    def prior(i: int, j: int, di: int, dj: int) -> float:
        if not (s_starts or t_starts):
            return BEADS[(di, dj)]
        if (di > 1 and any(k in s_starts for k in range(i - di + 1, i))) or (
                dj > 1 and any(k in t_starts for k in range(j - dj + 1, j))):
            return CROSS_BEADS[(di, dj)]
        return BEADS[(di, dj)]

    @cache
    def merged_s(i: int, k: int) -> Features:
        return _merge(sf[i - k : i])

    @cache
    def merged_t(j: int, k: int) -> Features:
        return _merge(tf[j - k : j])

    band = max(MAX_BAND, abs(n - m) + 20)
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        center = i * m / n if n else 0
        lo = max(0, int(center) - band)
        hi = min(m, int(center) + band)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, arg = inf, None
            for di, dj in BEADS:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                prev = cost[pi][pj]
                if prev == inf:
                    continue
                if di == 0 or dj == 0:
                    c = prev + BEADS[(di, dj)]
                else:
                    c = prev + prior(i, j, di, dj) + pair_cost(merged_s(i, di), merged_t(j, dj), di > 1 or dj > 1,
                                                 lex(range(i - di, i), range(j - dj, j)) if lex else NO_LEX)
                if c < best:
                    best, arg = c, (di, dj)
            cost[i][j] = best
            back[i][j] = arg
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        step = back[i][j]
        if step is None:  # outside the band: fall back to omissions/additions
            step = (1, 0) if i > 0 else (0, 1)
        di, dj = step
        if di and dj:
            c = pair_cost(merged_s(i, di), merged_t(j, dj), di > 1 or dj > 1,
                          lex(range(i - di, i), range(j - dj, j)) if lex else NO_LEX) + prior(i, j, di, dj)
            score = round(math.exp(-max(0.0, c) / 6.0), 2)
        else:
            score = 0.0
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), score))
        i, j = i - di, j - dj
    beads.reverse()
    return beads

