"""Paragraph alignment of a document pair."""

from __future__ import annotations

from collections.abc import Sequence

from transqa.align.dp import Bead, align_features
from transqa.align.features import source_features, target_features
from transqa.align.lexical import lexical_matcher
from transqa.model import Document


def align(source: Document, target: Document) -> list[Bead]:
    """The paragraph beads of a pair, in order, covering every block of both documents once."""
    sf = [source_features(b) for b in source.blocks]
    tf = [target_features(b) for b in target.blocks]
    return align_features(sf, tf, lexical_matcher([b.text for b in source.blocks], [b.text for b in target.blocks]))


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

