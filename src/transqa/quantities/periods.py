"""Spans of time a translator converts to another unit: `12 months` → `一年`, `14 days` → `两周`, `1.5 years` →
`18 个月`, `18 months` → `一年半`, `90 minutes` → `一个半小时`. The figure changes with the unit; the span does not.
Pure functions of (text, quantity).
"""

from __future__ import annotations

import re

from transqa.quantities.core import Quantity

_EN_PERIOD = re.compile(r"[\s-]?(?P<u>months?|weeks?|days?|hours?|minutes?|years?)\b", re.IGNORECASE)
# unit → the length of one in the next units (a month is 1/12 of a year, a week 7 days, ...)
_IN: dict[str, dict[str, float]] = {
    "month": {"year": 1 / 12},
    "year": {"month": 12.0},
    "day": {"week": 1 / 7, "hour": 24.0},
    "week": {"day": 7.0, "month": 12 / 52},
    "hour": {"day": 1 / 24, "minute": 60.0},
    "minute": {"hour": 1 / 60},
}
_ZH_UNIT = {"year": "年", "month": "月", "week": "周|星期|礼拜", "day": "天|日", "hour": "小时|钟头", "minute": "分钟"}


def english_period(text: str, q: Quantity) -> str | None:
    """The unit of time written after q in English (12 months → month), singular, or None."""
    m = _EN_PERIOD.match(text, q.end)
    return m.group("u").lower().rstrip("s") if m else None


def chinese_period_value(text: str, q: Quantity, unit: str) -> float | None:
    """The span the Chinese figure q states in the unit given (一年 → 1, 一年半 → 1.5, 两周 → 2), or None when
    the word after it is not that unit."""
    m = re.compile(r"\s*个?\s*(?:" + _ZH_UNIT[unit] + r")(?P<half>半)?").match(text, q.end)
    if m is None:
        half = re.compile(r"\s*个半\s*(?:" + _ZH_UNIT[unit] + ")").match(text, q.end)  # 一个半小时: one and a half hours
        return q.value + 0.5 if half else None
    return q.value + (0.5 if m.group("half") else 0.0)


def chinese_periods(text: str, q: Quantity) -> list[tuple[str, float]]:
    """Every (unit, span) the Chinese figure q states (一年半 → [("year", 1.5)]), spans rounded for lookup."""
    out = []
    for unit in _ZH_UNIT:
        v = chinese_period_value(text, q, unit)
        if v is not None:
            out.append((unit, round(v, 6)))
    return out


def conversions(en_value: float, en_unit: str) -> list[tuple[str, float]]:
    """The English span in the other units a translator may give it (12 months → [("year", 1.0)])."""
    return [(unit, round(en_value * factor, 6)) for unit, factor in _IN.get(en_unit, {}).items()]
