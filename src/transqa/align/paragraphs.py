"""Paragraph alignment of a document pair."""

from __future__ import annotations

from transqa.align.dp import Bead, align_features
from transqa.align.features import source_features, target_features
from transqa.align.lexical import lexical_matcher
from transqa.model import Document


def align(source: Document, target: Document) -> list[Bead]:
    """The paragraph beads of a pair, in order, covering every block of both documents once."""
    sf = [source_features(b) for b in source.blocks]
    tf = [target_features(b) for b in target.blocks]
    return align_features(sf, tf, lexical_matcher([b.text for b in source.blocks], [b.text for b in target.blocks]))
