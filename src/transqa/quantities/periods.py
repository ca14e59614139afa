"""Spans of time a translator converts to another unit: `12 months` → `一年`, `14 days` → `两周`, `1.5 years` →
`18 个月`, `18 months` → `一年半`, `90 minutes` → `一个半小时`. The figure changes with the unit; the span does not.
Pure functions of (text, quantity).
"""

from __future__ import annotations

import re

from transqa.quantities.core import Quantity
from transqa.quantities.gated import finditer

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
# The Chinese words of each unit of time, one table for the periods here and the bounds on one unit (bounds.py).
ZH_TIME_UNITS = {"year": "年", "month": "月", "week": "周|星期|礼拜", "day": "天|日", "hour": "小时|钟头", "minute": "分钟",
                 "century": "世纪", "decade": "年"}
PERIOD_UNITS = ("year", "month", "week", "day", "hour", "minute")  # the units a span is converted between
# compiled once: the unit after a figure (一年, 两个月, 一年半), and after 个半 (一个半小时)
_ZH_PERIOD = {u: re.compile(r"\s*个?\s*(?:" + ZH_TIME_UNITS[u] + r")(?P<half>半)?") for u in PERIOD_UNITS}
_ZH_AND_A_HALF = {u: re.compile(r"\s*个半\s*(?:" + ZH_TIME_UNITS[u] + ")") for u in PERIOD_UNITS}


def english_period(text: str, q: Quantity) -> str | None:
    """The unit of time written after q in English (12 months → month), singular, or None."""
    m = _EN_PERIOD.match(text, q.end)
    return m.group("u").lower().rstrip("s") if m else None


def english_period_end(text: str, q: Quantity) -> int:
    """Where the English unit of time after q ends (`two weeks` → after `weeks`), or q's end when there is none."""
    m = _EN_PERIOD.match(text, q.end)
    return m.end() if m else q.end


def chinese_period_value(text: str, q: Quantity, unit: str) -> float | None:
    """The span the Chinese figure q states in the unit given (一年 → 1, 一年半 → 1.5, 两周 → 2), or None when
    the word after it is not that unit."""
    m = _ZH_PERIOD[unit].match(text, q.end)
    if m is None:
        half = _ZH_AND_A_HALF[unit].match(text, q.end)  # 一个半小时: one and a half hours
        return q.value + 0.5 if half else None
    return q.value + (0.5 if m.group("half") else 0.0)


def chinese_periods(text: str, q: Quantity) -> list[tuple[str, float]]:
    """Every (unit, span) the Chinese figure q states (一年半 → [("year", 1.5)]), spans rounded for lookup."""
    out = []
    for unit in PERIOD_UNITS:
        v = chinese_period_value(text, q, unit)
        if v is not None:
            out.append((unit, round(v, 6)))
    return out


def chinese_period_end(text: str, q: Quantity, unit: str) -> int:
    """Where the Chinese word of `unit` after the figure q ends (两个月 → after 月; 一年半 → after 年), or q's end."""
    m = _ZH_PERIOD[unit].match(text, q.end)
    return (m.start("half") if m.group("half") else m.end()) if m else q.end


def chinese_span_words_end(text: str, q: Quantity) -> int:
    """Where the Chinese figure q ends with its one unit of time read whole (一年 → after 年, 一年半 and 一个半小时 →
    after the half and the unit, 3 周 → after 周), or q's end when no single unit of time follows (chinese_period_unit).
    A suggestion that puts a word before the figure quotes it so: `不到一年`, not `不到一` (newcomer 49 item 2)."""
    unit = chinese_period_unit(text, q)
    if unit is None:
        return q.end
    m = _ZH_PERIOD[unit].match(text, q.end) or _ZH_AND_A_HALF[unit].match(text, q.end)
    return m.end() if m else q.end


# Words after a figure that begin like a unit of time but are another word: an anniversary (三周年), an age in
# full years (10 周岁), yen (5 日元), a decade (60 年代).
_ZH_NOT_PERIOD = re.compile(r"\s*个?\s*(?:周年|周岁|日元|年代)")


def chinese_period_unit(text: str, q: Quantity) -> str | None:
    """The one unit of time written after the Chinese figure q (两个月 → month, 3 周 → week), or None (no unit
    of time, or a word that only begins like one: 周年, 周岁, 日元, 年代)."""
    if _ZH_NOT_PERIOD.match(text, q.end):
        return None
    units = [u for u in PERIOD_UNITS if _ZH_PERIOD[u].match(text, q.end) or _ZH_AND_A_HALF[u].match(text, q.end)]
    return units[0] if len(units) == 1 else None


def conversions(en_value: float, en_unit: str) -> list[tuple[str, float]]:
    """The English span in the other units a translator may give it (12 months → [("year", 1.0)])."""
    return [(unit, round(en_value * factor, 6)) for unit, factor in _IN.get(en_unit, {}).items()]


# A span of time with no figure, set against an event: `hours after`, `a few days before`, `weeks later`, `just
# months ago`, `within hours`. Counted spans (`three days after`, `the days before`) are left to the figures' rules:
# a figure, a number word or a determiner right before the unit keeps the span out.
_EN_VAGUE_SPAN = re.compile(
    r"(?<![\w-])(?P<q>(?:a few|a couple of|several|many|just|only|mere|some)\s+)?"
    r"(?P<u>minutes|hours|days|weeks|months|years|decades)\s+(?:after|before|later|earlier|ago)\b"
    r"|(?<![\w-])within\s+(?P<q2>(?:a few|a couple of|several)\s+)?(?P<u2>minutes|hours|days|weeks)\b",
    re.IGNORECASE,
)
_EN_COUNTED_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"hundred|hundreds|thousands|dozen|dozens|few|couple|several|many|the|those|these|of|its|their|his|her|our|my|your|"
    r"some|any|no|more|less|fewer|last|next|first|final|recent|past|coming|following|previous))[\s-]*$",
    re.IGNORECASE,
)
# The Chinese words a span of each unit is written with (数小时后, 几天前, 数周后, 几个月前, 多年后, 几十年后, 几分钟内):
# the units' words (ZH_TIME_UNITS) and, with no figure to read them by, a few looser ones (分, 个钟, 载).
_ZH_SPAN_LOOSER = {"minute": "|分", "hour": "|个钟", "year": "|载"}
_ZH_SPAN_UNIT_RE = {u: re.compile(ZH_TIME_UNITS[u] + _ZH_SPAN_LOOSER.get(u, ""))
                    for u in ("minute", "hour", "day", "week", "month", "year", "decade")}


def english_vague_spans(text: str) -> list[tuple[int, int, str]]:
    """The spans of time with no figure in an English text, as (start, end, unit): `a few hours after` → the
    offsets of `a few hours` and "hour"; `within hours` whole. A span after a figure, a number word or a
    determiner (`three days after`, `the days before the vote`, `in the months after`) is not one: its figure,
    if any, is compared by the figures' rules."""
    out = []
    for m in finditer(_EN_VAGUE_SPAN, text):
        unit = (m.group("u") or m.group("u2")).lower()
        if not (m.group("q") or m.group("q2")) and m.group("u") and _EN_COUNTED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        end = m.end("u") if m.group("u") else m.end()  # the span itself (`a few hours`), not the word relating it
        out.append((m.start(), end, unit[:-1]))  # singular: hours → hour, decades → decade
    return out


def chinese_has_span_unit(text: str, unit: str) -> bool:
    """The Chinese text names the unit of time (小时 for hours, 天 or 日 for days, …) anywhere."""
    return _ZH_SPAN_UNIT_RE[unit].search(text) is not None


# A fraction of one unit of time written with the article (`a quarter of an hour`, `half an hour`, `half a day`,
# `three quarters of an hour`) or after it (`an hour and a half`): a span a translator gives in the smaller unit
# (15 分钟, 30 分钟, 90 分钟, 12 小时).
_EN_FRACTION_OF = re.compile(r"\s+(?:of\s+)?an?\s+(?P<u>hour|day|week|month|year|minute)\b", re.IGNORECASE)
_EN_UNIT_AND = re.compile(r"\b(?:an?|one)\s+(?P<u>hour|day|week|month|year|minute)\s+and\s+$", re.IGNORECASE)


def english_fraction_period(text: str, q: Quantity) -> tuple[float, str] | None:
    """The span of time, in its unit, of an English fraction of one unit (`a quarter of an hour` → (0.25, hour),
    `an hour and a half` → (1.5, hour)), or None."""
    m = _EN_FRACTION_OF.match(text, q.end)
    if m:
        return q.value, m.group("u").lower()
    m = _EN_UNIT_AND.search(text, max(0, q.start - 24), q.start)
    return (1 + q.value, m.group("u").lower()) if m else None


# A counted span set before or after an event: `five years ago`, `10 months earlier`, `three weeks later` / 五年前,
# 10 个月之前, 三周以后. `before` and `after` are left out in English: a translator turns the clause round them
# (`it took two weeks before they answered` → 两周后才回答; `The visit comes 30 years after the parliaments
# ratified a treaty` → `30 年前，两国议会批准了条约`: WMT22 reference A and two systems, WMT21 reference A, all
# right); so are the Chinese words that only start with 前 or 后 (前景, 前列, 后果, 后续, 前后: about) and the order
# 投票前两天 (前两天 is also `the first two days`).
_EN_RELATION = re.compile(
    r"[\s-]+(?:(?:more|long|full|whole)\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)"
    r"\s+(?:(?P<before>ago|earlier)|(?P<after>later))\b", re.IGNORECASE)
# Each optional character carries the spaces after it (`多\s*`, `个\s*`), so that no two `\s*` stand side by side:
# written `\s*(?:多)?\s*个?\s*(?:多)?\s*`, a run of spaces after a figure with no unit behind it was split every way
# among the four (O(n⁴): 400 spaces took 16 s; hostile30 #1). The same texts match, the same way.
_ZH_RELATION = re.compile(
    r"\s*(?:多\s*)?(?:个\s*)?(?:多\s*)?(?:秒钟|秒|分钟|小时|钟头|天|日|周|星期|礼拜|月|年|世纪)(?:\s*(?:多|半))?\s*"
    r"(?:(?P<before>之前|以前|前)|(?P<after>之后|以后|后))(?![景列线沿提台端面锋卫身任夕者所果续期半盾援遗门勤方来代后辈])")


def english_time_relation(text: str, q: Quantity) -> tuple[str, int] | None:
    """(`before` or `after`, where the relation word ends) when the English figure q counts a span of time set
    against an event (`five years ago`, `two days after`, `three weeks later`), else None."""
    m = _EN_RELATION.match(text, q.end)
    return None if m is None else ("before" if m.group("before") else "after", m.end())


def chinese_time_relation(text: str, q: Quantity) -> tuple[str, int] | None:
    """(`before` or `after`, where the relation word ends) when the Chinese figure q counts a span of time set
    against an event (五年前, 两天后, 10 个月之前), else None."""
    m = _ZH_RELATION.match(text, q.end)
    return None if m is None else ("before" if m.group("before") else "after", m.end())


# A span with no figure set after its event (`hours after being visited`, `weeks later`) that the translation gives
# as a length of time with no relation to any event (`去医院呆了几个小时`: he stayed there for hours; `在医院停留数小时`):
# the interval became a duration. The Chinese span is related when a relation word follows it (几小时后, 数天之内, 几个月来)
# or stands right before it, a few words of degree between (访问后几个小时, 之后仅几小时, 推出后的几个月).
_EN_SPAN_AFTER = re.compile(r"\s+(?:after|later)\b", re.IGNORECASE)
_ZH_SPAN_WORDS = {u: re.compile(r"(?:好几|几|数|若干)\s*个?\s*(?:" + ZH_TIME_UNITS[u] + _ZH_SPAN_LOOSER.get(u, "") + ")")
                  for u in ("minute", "hour", "day", "week", "month", "year")}
_ZH_RELATED_AFTER = re.compile(r"\s*(?:之后|以后|过后|后|之前|以前|前|之内|以内|内|里|来|间|之间|以来)")
_ZH_RELATED_BEFORE = re.compile(r"(?:之后|以后|过后|后|之前|以前|前)\s*(?:的|仅仅|仅|只有|只|才|不到|短短|就|没过|刚)?\s*$")


def english_spans_after(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each English span with no figure set after its event, its relation word included
    (`hours after`, `a few days later`); `within hours` and spans before or ago are left out (`initialled a few days ago`
    → `已经草签了几天`, has been initialled for days, still says when: WMT22 reference A)."""
    return [(s, m.end(), u) for s, e, u in english_vague_spans(text) if u in _ZH_SPAN_WORDS and (m := _EN_SPAN_AFTER.match(text, e))]


def chinese_unrelated_spans(text: str, unit: str) -> tuple[list[tuple[int, int]], bool]:
    """(the Chinese spans of that unit with no figure that no relation word ties to an event, whether there is a
    related one): `呆了几个小时` is unrelated, `几小时后` and `报道后仅几个小时` are related."""
    unrelated, related = [], False
    for m in _ZH_SPAN_WORDS[unit].finditer(text):
        if _ZH_RELATED_AFTER.match(text, m.end()) or _ZH_RELATED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            related = True
        else:
            unrelated.append((m.start(), m.end()))
    return unrelated, related
