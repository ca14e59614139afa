"""English sentences with spaCy: a blank English pipeline with its rule-based sentencizer.

spaCy is imported lazily, on the first pair that needs sentences, so target-only runs and the CLI's
start-up never pay for it; no model is downloaded (a trained pipeline is not needed for this).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def english_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of an English paragraph."""
    doc = _nlp()(text)
    return [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
