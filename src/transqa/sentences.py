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


WINDOW = 100_000  # characters given to spaCy at once (its own limit is 1,000,000: a longer paragraph raised)


def _windows(text: str) -> list[tuple[int, int]]:
    """Spans of at most WINDOW characters, cut after a sentence end or a blank where there is one."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > WINDOW:
        end = start + WINDOW
        cut = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
        cut = cut + 1 if cut > start else max(text.rfind(" ", start, end), start)
        cut = cut if cut > start else end
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out


def english_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of an English paragraph."""
    out: list[tuple[int, int]] = []
    for lo, hi in _windows(text):
        doc = _nlp()(text[lo:hi])
        out.extend((lo + s.start_char, lo + s.end_char) for s in doc.sents if s.text.strip())
    return out
