"""The length of a translation against the one its English predicts, shared by the checks that compare them."""

from __future__ import annotations

import math

from transqa.lang.chinese import chinese_size
from transqa.lang.english import english_size


def log_ratio(english: str, chinese: str) -> float:
    """log of the translation's length over the length the English predicts (0 on average)."""
    return math.log((chinese_size(chinese) + 12) / (english_size(english) + 12))
