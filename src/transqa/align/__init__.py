"""Alignment: paragraphs of an original and its translation, and sentences inside a paragraph bead.

- features: what a unit is to the aligner (length, anchors, names, kind) and the cost of a pair;
- lexical: shared vocabulary through the optional CC-CEDICT lexicon;
- dp: the dynamic programme and the Bead record;
- paragraphs: align(source, target) → paragraph beads;
- sentences: align_sentences(source blocks, target blocks) → sentence beads of one paragraph bead.
"""

from transqa.align.dp import BEADS, CROSS_BEADS, MAX_BAND, SKIP_COST, Bead, align_features
from transqa.align.features import (
    LOG_SD,
    NO_LEX,
    ORPHAN_COST,
    Features,
    Lex,
    chinese_text_features,
    english_text_features,
    merge,
    pair_cost,
    source_features,
    target_features,
)
from transqa.align.lexical import (
    LEX_CAP,
    LEX_WEIGHT,
    MISS_CAP,
    MISS_WEIGHT,
    ORPHAN_MIN_WORDS,
    lexical_matcher,
)
from transqa.align.paragraphs import align
from transqa.align.sentences import SentenceAlignment, Unit, align_sentences

__all__ = [
    "BEADS", "CROSS_BEADS", "LEX_CAP", "LEX_WEIGHT", "LOG_SD", "MAX_BAND", "MISS_CAP", "MISS_WEIGHT", "NO_LEX",
    "ORPHAN_COST", "ORPHAN_MIN_WORDS", "SKIP_COST", "Bead", "Features", "Lex", "SentenceAlignment", "Unit",
    "align", "align_features", "align_sentences", "chinese_text_features", "english_text_features", "lexical_matcher",
    "merge", "pair_cost", "source_features", "target_features",
]
