"""Paragraph alignment of a document pair."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from transqa.align.dp import Bead, align_features
from transqa.align.features import Features, anchor_kinds, source_features, target_features
from transqa.align.lexical import lexical_matcher
from transqa.model import Document


def align(source: Document, target: Document) -> list[Bead]:
    """The paragraph beads of a pair, in order, covering every block of both documents once."""
    tf = [target_features(b) for b in target.blocks]
    sf = hooked([source_features(b) for b in source.blocks], tf)
    return align_features(sf, tf, lexical_matcher([b.text for b in source.blocks], [b.text for b in target.blocks]))


# What a 1-1 pair of paragraphs costs more when it shares nothing (no word the lexicon finds rendered, no name, no
# kind of anchor) although the source paragraph holds something a translation keeps (hooked). Measured on WMT22 and
# WMT24 reference A (349 documents): such a source paragraph shares nothing with its own translation 1 time in 844,
# with a neighbouring paragraph's about 1 time in 2 (785 of 1,474), a log-likelihood ratio of about 5.4 (one added to the
# count). With 6 the injected benchmark loses two pairs, a short paragraph whose one figure was dropped ("JANUARY
# 14th, 10:26 PM, 2543." → "1月14日，上午10点26分，。") becoming an omission and an addition; with 5 its beads are unchanged.
UNSHARED_COST = 5.0


def hooked(sf: list[Features], tf: list[Features]) -> list[Features]:
    """The source paragraphs' features, with `unshared` (UNSHARED_COST) on those that hold a kind of anchor (a figure,
    a date, a month, a link, an identifier) or a name the translation keeps in Latin script: one its paragraphs write in
    at least half as many paragraphs as the original names it (a name kept once, in an English clause left in, is not).
    None when each side has one paragraph: the cost weighs a paragraph's own translation against a neighbour's, and
    there is no neighbour (a one-paragraph translation that shares nothing is a bad rendering, not an omission plus an
    addition: a loop `关键是, 关键是, …` is reported as a loop)."""
    if len(sf) == 1 and len(tf) == 1:
        return sf
    named = Counter(n for f in sf for n in f.names)
    kept_in = Counter(n for f in tf for n in f.names)
    kept = {n for n, k in kept_in.items() if k >= 2 and 2 * k >= named[n] > 0}
    return [replace(f, unshared=UNSHARED_COST) if anchor_kinds(f.anchors) or f.names & kept else f for f in sf]


def hidden_source(source: Document | None, target: Document | None, beads: Sequence[Bead]) -> set[int]:
    """The source paragraphs an unclosed `<!--` of the translation hides (TQA511, recorded by the Markdown
    loader), which the alignment sees as untranslated: the last of those between the source counterparts of
    the last target paragraph before the comment and of the first one after it (the end of a quote or list
    item the comment ran to), as many as the paragraphs it hides. Their TQA001s and
    TQA003s are side effects of the comment (the TQA511 finding counts them), and so is the wrong-pair warning
    they would raise; empty without a source or an unclosed comment."""
    at = target.metadata.get("unclosed_comment") if target is not None else None
    if source is None or target is None or at is None:
        return set()
    before = [j for j, b in enumerate(target.blocks) if b.file_start < int(at)]
    after = [j for j, b in enumerate(target.blocks) if b.file_start > int(at)]
    lo, hi = -1, len(source.blocks)
    for bead in beads:
        if before and before[-1] in bead.target and bead.source:
            lo = min(bead.source)
        if after and after[0] in bead.target and bead.source:
            hi = min(bead.source)
    # the comment runs from its line to that next paragraph: the last paragraphs of the gap, as many as it hides
    # (one the translator dropped before the comment stays an omission)
    hidden = int(target.metadata.get("unclosed_comment_hidden", "0"))
    return set(range(max(lo + 1, hi - hidden), hi))

