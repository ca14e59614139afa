"""A growth said as a percentage on one side and as a multiple on the other: `grew 200%` ↔ `增长了两倍` (x3),
`doubled` ↔ `增长了 100%` (x2). A rise by p percent multiplies by 1 + p/100 (news style guides: `increased by 200%`
is threefold; `增长了两倍` is x3 and `增长到两倍` or `翻了一番` x2, chinese._ratio). Pure functions of the figure and
the direction word governing it (quantities.direction)."""

from __future__ import annotations

import re

from transqa.quantities.chinese import ZH_RISE_VERBS
from transqa.quantities.core import Quantity
from transqa.quantities.direction import chinese_direction, english_direction


def rise_multiple(text: str, q: Quantity, *, english: bool) -> float | None:
    """The multiple that the percentage q makes as a rise (`grew 200%` → 3.0, `增长了 100%` → 2.0), when q is a
    percentage (not percentage points) governed by a rising direction word in its text; None otherwise (a level,
    a fall, a share)."""
    if q.kind != "percent" or q.points or q.value <= 0:
        return None
    up = english_direction(text, q) if english else chinese_direction(text, q)
    return 1 + q.value / 100 if up == 1 else None


# A growth by half: 一半 after a verb of rising (增加一半, 提高了一半: x1.5), which the Chinese reader reads as the share
# 0.5 alone
HALF_RISE = 1.5
_ZH_RISE_BEFORE = re.compile(r"(?:" + ZH_RISE_VERBS + r")了?\s?$")


def half_rise_start(text: str, q: Quantity) -> int | None:
    """Where the rise that makes the Chinese half q a multiple (HALF_RISE, x1.5) starts in `text` (增加一半 → the
    offset of 增加), when q is the fraction 0.5 and a verb of rising (`ZH_RISE_VERBS`, 了 and a space allowed) ends
    right before it; None otherwise (a share: 一半的人)."""
    if q.kind != "fraction" or q.value != 0.5:
        return None
    m = _ZH_RISE_BEFORE.search(text, max(0, q.start - 4), q.start)
    return None if m is None else m.start()
