"""A growth said as a percentage on one side and as a multiple on the other: `grew 200%` ↔ `增长了两倍` (x3),
`doubled` ↔ `增长了 100%` (x2). A rise by p percent multiplies by 1 + p/100 (news style guides: `increased by 200%`
is threefold; `增长了两倍` is x3 and `增长到两倍` or `翻了一番` x2, chinese._ratio). Pure functions of the figure and
the direction word governing it (quantities.direction)."""

from __future__ import annotations

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
