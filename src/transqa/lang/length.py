"""The length of a translation against the one its English predicts, shared by the checks that compare them."""

from __future__ import annotations

import math

from transqa.lang.chinese import chinese_size
from transqa.lang.english import english_size


def log_ratio(english: str, chinese: str) -> float:
    """log of the translation's length over the length the English predicts (0 on average)."""
    return sizes_log_ratio(english_size(english), chinese_size(chinese))


def sizes_log_ratio(english: float, chinese: float) -> float:
    """log_ratio of texts of these sizes (english_size, chinese_size), for a caller that sums the sizes of parts."""
    return math.log((chinese + 12) / (english + 12))
