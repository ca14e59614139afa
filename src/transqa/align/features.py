"""What the aligner compares: a unit's features (length, anchors, names, kind) and the cost of a pair.

A bead's cost is a Gale–Church length term (English non-space characters against Chinese ones, Han
characters weighted by HAN_WEIGHT, see transqa.lang.chinese), and anchors shared across the
languages: numbers by value, Latin-script names, link targets, images, handles, e-mail addresses and
domains, and (with the lexicon, see transqa.align.lexical) vocabulary.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from transqa.lang.chinese import chinese_names, chinese_size
from transqa.lang.english import english_names, english_size
from transqa.lang.script import identifiers, wordless
from transqa.memo import per_pair
from transqa.model import Block
from transqa.quantities import Quantity, chinese_quantities, english_quantities

# s.d. of log(zh/en) in the length term, a little above the 0.15 measured on WMT news (HAN_WEIGHT)
LOG_SD = 0.2
BOUND_MARGIN = 1e-6  # rounding margin of the merge cost lower bounds (the cell-by-cell and the tabled DP share it)
ORPHAN_COST = 1.5  # per paragraph of a merge that shares no vocabulary with the other side
NO_LEX = (0.0, 0)
_DIGITS = re.compile(r"\d+")

Lex = Callable[[range, range], tuple[float, int]]
"""A vocabulary matcher: (source unit range, target unit range) → (vocabulary cost, orphans: of a merge, its units
that share no vocabulary with the other side; of a 1-1 pair, 1 when the target renders no word of the source unit)."""


@dataclass(frozen=True, slots=True)
class Features:
    """One alignment unit as the aligner sees it: size in English-equivalent characters, anchor keys
    ("n:" number, "y:"/"d:" date, "m:" month alone, "u:" link, "i:" image, "x:" identifier, "p:" punctuation), name
    keys and a kind class (heading, image, text, mark, mixed). `unshared`: what a 1-1 pair of this (source) unit
    costs more when the other unit shares no word, name or kind of anchor with it (pair_cost; 0 but for the
    source paragraphs align.paragraphs.hooked marks)."""

    size: float
    anchors: frozenset[str]
    names: frozenset[str]
    kind: str
    unshared: float = 0.0


def _anchor_key(q: Quantity) -> str | None:
    if q.soft:
        # a month alone (in May, 5 月) is soft to the number checks, but anchors a pair: "m:" weighs less than a date
        # (1.0, as a small figure; the injected benchmark's beads and the five real splits' listings are unchanged by it)
        y, m, d = q.date or (0, 0, 0)
        return f"m:{m}" if q.kind == "date" and m and not (y or d) else None
    if q.kind == "date":
        y, m, d = q.date or (0, 0, 0)
        return f"y:{y}" if y else f"d:{m}-{d}"
    return f"n:{round(q.value, 6)}"


def _punct_anchors(text: str) -> set[str]:
    """Quotations, questions, exclamations and asides survive translation: weak anchors."""
    out = set()  # substring tests written out: a generator over the characters cost more than the tests
    if '"' in text or "“" in text or "”" in text:
        out.add("p:quote")
    if "?" in text or "？" in text:
        out.add("p:question")
    if "!" in text or "！" in text:
        out.add("p:exclaim")
    if "(" in text or "（" in text:
        out.add("p:aside")
    return out


def _id_anchors(text: str) -> set[str]:
    """Handles, e-mail addresses, domains: copied as they are by a translation. The digits of a URL's
    path are masked, so that a URL whose figures the translation garbled still anchors its paragraph
    (the link and number checks report the change)."""
    return {"x:" + (_DIGITS.sub("0", i) if "/" in i else i) for i in identifiers(text)}


def english_text_features(text: str, kind: str = "text", extra: frozenset[str] = frozenset(),
                          figures: Iterable[Quantity] | None = None) -> Features:
    """Features of an English text; `extra` adds anchors (a block's links and images); `figures`, when
    given, are the text's quantities as read in its paragraph (a sentence: align.sentences)."""
    size = english_size(text)
    qs = english_quantities(text) if figures is None else figures
    anchors = {a for a in map(_anchor_key, qs) if a} | extra | _punct_anchors(text) | _id_anchors(text)
    return Features(float(size), frozenset(anchors), english_names(text), kind)


def chinese_text_features(text: str, kind: str = "text", extra: frozenset[str] = frozenset(),
                          figures: Iterable[Quantity] | None = None) -> Features:
    """Features of a Chinese text; `extra` adds anchors (a block's links and images); `figures` as for
    english_text_features."""
    qs = chinese_quantities(text) if figures is None else figures
    anchors = {a for a in map(_anchor_key, qs) if a} | extra | _punct_anchors(text) | _id_anchors(text)
    return Features(chinese_size(text), frozenset(anchors), chinese_names(text), kind)


def _markup_anchors(block: Block) -> frozenset[str]:
    return frozenset({"u:" + lk.url for lk in block.links if lk.url} | {"i:" for _ in block.images[:1]})


def source_features(block: Block) -> Features:
    """Features of a block of the English original."""
    return english_text_features(block.text, _kind_class(block), _markup_anchors(block))


def target_features(block: Block) -> Features:
    """Features of a block of the Chinese translation."""
    return chinese_text_features(block.text, _kind_class(block), _markup_anchors(block))


def _kind_class(block: Block) -> str:
    """heading, image, text, or mark: a block of punctuation and symbols alone (a closing quote left on
    a line of its own, an emoji), which pairs with a block of words only as part of a merge or split."""
    if block.kind != "image" and wordless(block.text):
        return "mark"
    return {"title": "heading", "heading": "heading", "image": "image"}.get(block.kind, "text")


def merge(fs: list[Features]) -> Features:
    """The features of several consecutive units taken as one (a merge or split bead)."""
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


def anchor_weight(a: str) -> float:
    """The weight of one anchor key: a URL or 12,000,000 says more than a 3 or a year."""
    if a.startswith(("u:", "i:", "x:")):
        return 3.0
    if a.startswith("p:"):
        return 0.5
    if a.startswith("m:"):
        return 1.0
    if a.startswith("n:"):
        v = float(a[2:])
        return 3.0 if v >= 1000 or v != int(v) else 1.5 if v >= 32 else 1.0
    return 1.5


# anchor_weight of every key whose weight its kind alone sets (a number's depends on its value)
_KIND_WEIGHT = {"u:": 3.0, "i:": 3.0, "x:": 3.0, "p:": 0.5, "y:": 1.5, "d:": 1.5, "m:": 1.0}


def _weight(anchors: frozenset[str], x_only: bool = False) -> float:
    """Specific anchors weigh more (anchor_weight); every weight is a multiple of 0.5, so the sum is
    exact whatever the order of the set. `x_only`: the identifiers ("x:") alone, 3 each."""
    if x_only:
        return 3.0 * sum(1 for a in anchors if a.startswith("x:"))
    w = 0.0
    kind = _KIND_WEIGHT.get
    for a in anchors:
        w += kind(a[:2]) or anchor_weight(a)
    return w


_BIG = 256  # anchors of a unit from which its totals are kept for the pair (transqa.memo)


@per_pair
def _big_total(anchors: frozenset[str], x_only: bool) -> float:
    return _weight(anchors, x_only)


def anchor_total(anchors: frozenset[str], x_only: bool = False) -> float:
    """_weight of a unit's anchors, kept for the pair when they are many (a unit of 200,000 links is priced
    against each of its sentences)."""
    return _big_total(anchors, x_only) if len(anchors) >= _BIG else _weight(anchors, x_only)


def pair_cost(s: Features, t: Features, merged: bool = False, lex: tuple[float, int] = NO_LEX) -> float:
    """Cost of translating s as t (lower is better); 0 is a typical good pair."""
    z = abs(math.log((t.size + 12.0) / (s.size + 12.0)) / LOG_SD)
    # Gale–Church near the mean, a linear tail beyond two deviations for 1-1 pairs: MT drops
    # clauses, so a short translation is weak evidence against a pair that shares figures and
    # names. A merge (2-1, 3-1…) keeps the quadratic cost, or it would swallow dropped paragraphs.
    cost = 0.5 * z * z if z <= 2.0 or merged else 2.0 + 0.75 * (z - 2.0)
    # the weights of the anchors one side lacks, as totals less the shared ones: a set intersection
    # costs what the smaller set holds, a difference what the larger does (a unit of 200,000 links
    # against each of its sentences); every weight is a multiple of 0.5, so the sums are exact
    shared = s.anchors & t.anchors
    big = len(shared) >= _BIG  # (anchor_total, without its call for the many small sets)
    both = _big_total(shared, False) if big else _weight(shared)
    cost -= 2.0 * both + 1.0 * len(s.names & t.names)
    cost += 1.0 * (anchor_total(t.anchors) - both) + 0.5 * (anchor_total(s.anchors) - both)
    cost += 0.5 * (anchor_total(s.anchors, True) - (_big_total(shared, True) if big else _weight(shared, True)))  # never translated, rarely dropped
    cost += 0.4 * (len(t.names) - len(s.names & t.names))
    # English words whose dictionary renderings the Chinese contains, and those it lacks; in a merge, a
    # block that shares no vocabulary with the other side while its partners do is probably not part of it
    cost += lex[0] + ORPHAN_COST * lex[1] if merged else lex[0]
    if s.kind != t.kind:
        cost += kind_penalty(s.kind, t.kind)
    if s.unshared and not merged and lex[1] and not s.names & t.names and not anchor_kinds(s.anchors) & anchor_kinds(t.anchors):
        cost += s.unshared  # a 1-1 pair that shares nothing (lex[1]: it renders no word of the source unit)
    return cost


def anchor_kinds(anchors: frozenset[str]) -> frozenset[str]:
    """The kinds of the anchors that are not punctuation ("n:" a figure, "y:" a year, "m:" a month, "u:" a link …):
    two units with a figure each share a kind even when the values differ (a changed figure, which the number
    checks report, does not make a pair unrelated)."""
    return frozenset(a[:2] for a in anchors if not a.startswith(("p:", "x:#")))


# Pairing blocks of different kinds: an image, a mixed or a marked block with anything else is far less likely
# than a paragraph with a list item or a heading. One rule for pair_cost and for align.grid's tables.
ODD_KINDS = frozenset({"image", "mixed", "mark"})


def kind_penalty(a: str, b: str) -> float:
    """The cost of pairing a block of kind a with one of kind b (0 for the same kind)."""
    return 0.0 if a == b else 4.0 if a in ODD_KINDS or b in ODD_KINDS else 1.5
