"""Parts of a year or a match named by their place: quarters (`Q3` / 第三季度) and halves (`the
first half`, `H1` / 上半年, 上半场). A part is compared only when each side names exactly one of its kind in the
paragraph, so that `Q3` → `第二季度` or `the first half` → `下半场` is a changed figure and a paragraph comparing two
quarters is left alone. Pure functions of the text.
"""

from __future__ import annotations

import re

from transqa.quantities.gated import finditer

# `the third quarter` is compared already as the ordinal it holds (third → 第二 is TQA201): only Q1-Q4 here
_EN_QUARTER = re.compile(r"(?<![\w-])Q(?P<n>[1-4])(?![\w-])")
_EN_HALF = re.compile(r"\bH(?P<n>[12])\b|\b(?P<w>first|second)[\s-]+half\b", re.IGNORECASE)
_EN_HALF_WORDS = {"first": 1, "second": 2}
_ZH_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ZH_QUARTER = re.compile(r"(?:第\s?)?(?P<n>[一二三四1-4])\s?季度")
_ZH_HALF = re.compile(r"(?P<n>[上下])半(?:年|场|季|财年|年度|程|段|时)")


def _english(pattern: re.Pattern[str], text: str) -> set[int]:
    # Q3, H1 by their figure; the first half by its word
    return {int(m.group("n")) if m.group("n") else _EN_HALF_WORDS[m.group("w").lower()] for m in finditer(pattern, text)}


def english_parts(text: str) -> dict[str, set[int]]:
    """The quarters and halves the English text names, by place (Q3: {3}; the first half, H1: {1})."""
    return {"quarter": _english(_EN_QUARTER, text), "half": _english(_EN_HALF, text)}


def chinese_parts(text: str) -> dict[str, list[tuple[int, int, int]]]:
    """The quarters and halves the Chinese text names: (place, start, end) of each."""
    return {"quarter": [(_ZH_NUM[m.group("n")], m.start(), m.end()) for m in finditer(_ZH_QUARTER, text)],
            "half": [(1 if m.group("n") == "上" else 2, m.start(), m.end()) for m in finditer(_ZH_HALF, text)]}
