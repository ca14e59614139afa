"""Sentence alignment inside a paragraph bead: spaCy sentences for English, 。！？ for Chinese, the
same dynamic programme as paragraphs, with paragraph boundaries priced by CROSS_BEADS."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from transqa.align.dp import Bead, align_features
from transqa.align.features import chinese_text_features, english_text_features
from transqa.align.lexical import lexical_matcher
from transqa.lang.chinese import chinese_sentences
from transqa.lang.english import english_sentences
from transqa.memo import pair_scope
from transqa.model import Block
from transqa.quantities import Quantity, chinese_quantities, english_quantities

Unit = tuple[Block, int, int]
"""A sentence: its block and its (start, end) character offsets in the block's text."""

SKIPPED_KINDS = ("image", "code")
# how far a difference in sentence counts widens the band (align.dp.band_width): a paragraph of
# 16,000 English and 45,000 Chinese sentences is aligned within 60 + 60 sentences of its diagonal
# rather than 60 + 240 (a fifth of the cells); a bead whose counts differ by 100 sentences or fewer
# gets the band it had
SENTENCE_WIDEN = 60
# Above this many sentences on either side of one bead, sentences are aligned by their lengths and
# figures only, without the dictionary's shared vocabulary: a paragraph of 16,000 English and 45,000
# Chinese sentences costs about 90 CPU s that way against 250 with the vocabulary (whose cost per band
# cell dominates). A news paragraph holds a few dozen sentences: the findings on the 791 benchmark pairs
# and the real labelled sets are the same with and without this limit.
MAX_LEXICAL_SENTENCES = 2000


@dataclass(frozen=True, slots=True)
class SentenceAlignment:
    """The sentences of one paragraph bead on each side and their beads (indices into the lists)."""

    source: list[Unit]
    target: list[Unit]
    beads: list[Bead]


_CLOSED = re.compile(r"[.!?…。！？][\"'”’」』)）\]]*\s*$")


def paragraph_starts(units: list[Unit]) -> frozenset[int]:
    """Indices of the sentences that begin a block other than the first, after a block that ends a
    sentence: a heading or a post without a full stop runs into the next paragraph's first sentence
    when a translation merges the two, which is a join, not a sign of a dropped paragraph."""
    return frozenset(
        k for k in range(1, len(units))
        if units[k][0] is not units[k - 1][0]
        and _CLOSED.search(units[k - 1][0].text[units[k - 1][1] : units[k - 1][2]])
    )


def figures_of(units: list[Unit], parse: Callable[[str], list[Quantity]]) -> Iterator[list[Quantity]]:
    """The quantities of each sentence as its paragraph reads them (those lying inside the sentence): the
    paragraph is parsed once per pair, shared with the aligner and the number checks, instead of parsing
    every sentence again; a sentence's figures keep their offsets in the paragraph (the aligner uses
    their values only). Linear: each block's quantities are searched by offset."""
    block: Block | None = None
    qs: list[Quantity] = []
    starts: list[int] = []
    for b, s, e in units:
        if b is not block:
            block, qs = b, parse(b.text)
            starts = [q.start for q in qs]
        k = bisect_left(starts, s)
        inside = []
        while k < len(qs) and qs[k].start < e:
            if qs[k].end <= e:
                inside.append(qs[k])
            k += 1
        yield inside


def align_sentences(sblocks: list[Block], tblocks: list[Block]) -> SentenceAlignment | None:
    """Align the sentences of the source blocks and the target blocks of one bead; None when either
    side has no sentence (images and code blocks have none).

    Runs inside a pair scope (transqa.memo; the caller's when there is one, as under engine.check_documents):
    the dictionary renderings of each target paragraph are then read once, not once per sentence, which made
    a call outside a scope quadratic in the paragraph's length (416 sentences a side: 25 CPU s under cProfile,
    23 of them in lexicon.han_words_in over the whole paragraph, 1,814 times)."""
    with pair_scope():
        return _align_sentences(sblocks, tblocks)


def _align_sentences(sblocks: list[Block], tblocks: list[Block]) -> SentenceAlignment | None:
    ss = [(b, s, e) for b in sblocks if b.kind not in SKIPPED_KINDS for s, e in english_sentences(b.text)]
    ts = [(b, s, e) for b in tblocks if b.kind not in SKIPPED_KINDS for s, e in chinese_sentences(b.text)]
    if not ss or not ts:
        return None
    en_texts = [b.text[s:e] for b, s, e in ss]
    zh_texts = [b.text[s:e] for b, s, e in ts]
    beads = align_features(
        [english_text_features(t, figures=f) for t, f in zip(en_texts, figures_of(ss, english_quantities), strict=True)],
        [chinese_text_features(t, figures=f) for t, f in zip(zh_texts, figures_of(ts, chinese_quantities), strict=True)],
        lexical_matcher(en_texts, zh_texts, [b.text for b, _s, _e in ts]) if max(len(ss), len(ts)) <= MAX_LEXICAL_SENTENCES else None,
        (paragraph_starts(ss), paragraph_starts(ts)),
        SENTENCE_WIDEN,
    )
    return SentenceAlignment(ss, ts, beads)
