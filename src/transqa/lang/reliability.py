"""How reliably a clean professional translation renders an English content word: the evidence that a word
with no rendering in a translation was dropped rather than paraphrased.

A professional translation renders only about 60% of the English content words by any rendering the lexicon
and the glosses give: most words that look unrendered are paraphrased, so an unrendered word says little. But
some words are rendered nearly every time (`government` → 政府, `police` → 警方, `week` → 周): for those, a run
of several with no rendering at all in an otherwise complete translation is a drop. The table
(`data/en_reliability.json`, written by `benchmarks/omission_reliability.py`) gives, per English content word,
the lines it occurs in and those whose translation renders it, over WMT21 references A and B and WMT22 reference
B (lines named by a heldout14-16 label left out; never WMT22 reference A, the false-alarm test).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "en_reliability.json"


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[int, int]]:
    try:
        raw: dict[str, list[int]] = json.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {w: (int(v[0]), int(v[1])) for w, v in raw.items()}


def reliability(word: str) -> float:
    """The share of the calibration lines holding a lower-case English word whose translation renders it, counted
    with one unrendered line more (a word seen 9 times and rendered 9 times: 0.9); 0.0 for a word not in the table."""
    seen, hit = _table().get(word, (0, 0))
    return hit / (seen + 1)
