"""Dotted reference numbers: an episode, chapter, section or version written `2.10` (season 2, episode 10;
chapter 2, section 10; `v2.10`, `S2.10`) is no decimal (2.1). A translator writes its parts as ordinals of their
own (`Specifically 2.10 "Over"` → `特别是第二季第 10 集“Over”`, WMT22 refA t3_rmw6am), so the figure 2.1 is not
missing. Pure functions of the text.
"""

from __future__ import annotations

import re

from transqa.quantities.chinese import chinese_numeral

_DOTTED = re.compile(r"(?:[vVsS]|[Vv]er\.?\s?)?(\d{1,3})\.(\d{1,3})")
# an ordinal with the word of a part of a series, book, law or release after it: 第二季, 第 10 集, 第3章, 第 2 节, 第 1 版
_ORDINAL = re.compile(r"第\s*([0-9]+|[零〇一二两三四五六七八九十百]+)\s*(?:季|集|章|节|部|卷|篇|回|话|期|版|条|款|部分)")


def _ordinals(zh: str) -> list[int]:
    out = []
    for m in _ORDINAL.finditer(zh):
        v = float(m.group(1)) if m.group(1).isdigit() else chinese_numeral(m.group(1))
        if v is not None:
            out.append(int(v))
    return out


def split_reference(text: str, zh: str) -> bool:
    """True when `text`, a figure of the English written `N.M` (digits, optionally after v, S or ver.), is a
    reference whose two parts the Chinese `zh` writes as ordinals of parts in order (`2.10` ↔ `第二季第 10 集`,
    `section 3.4` ↔ `第 3 章第 4 节`): the parts are numbers of their own, not the decimal N.M. False for any other
    text (`2.5 million`, `$2.10`) or when the Chinese has not both ordinals, the first before the second."""
    m = _DOTTED.fullmatch(text.strip())
    if m is None:
        return False
    major, minor = int(m.group(1)), int(m.group(2))
    seen = _ordinals(zh)
    return major in seen and minor in seen[seen.index(major) + 1 :]
