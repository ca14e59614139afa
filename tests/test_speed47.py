"""Release 47's speed-ups of issue 21 compute what the slower code computed."""

from __future__ import annotations

import random
import re

from transqa.checks.transliteration.named_kind import _han_runs_after
from transqa.lang.script import HAN_RANGE


def test_han_runs_after_a_word_are_what_the_per_word_pattern_found() -> None:
    rng = random.Random(47)
    alphabet = ["Sophy", "Soph", "y", "a", "Z", " ", "\u3000", "\n", "山", "脊", "，", "-", "Sophy山", "1"]
    for first in ("Sophy", "y", "Soph", "Sophy山", "a a", "山"):
        old = re.compile(r"(?<![A-Za-z])" + re.escape(first) + rf"\s?([{HAN_RANGE}]+)")
        fixed = ["山山脊", "Sophy 山脊 Sophy山", "ySophy山", "Sophy\u3000山", "Sophy  山", "a a a 山", "Sophy山Sophy山山"]
        for text in fixed + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14))) for _ in range(300)]:
            assert list(_han_runs_after(first, text)) == [m.group(1) for m in old.finditer(text)], (first, text)
