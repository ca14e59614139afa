"""Spans of time with no figure of their own, or only an implied one (`less than a week`, `it will take you hours`,
`several times a day`), and the unit of time a translation gives them (`不到一个月`, `几分钟`, `每周`): with no figure
to compare, the unit is all the span says. Pure functions of text."""

from __future__ import annotations

import re

from transqa.quantities.gated import finditer

_UNITS = ("minute", "hour", "day", "week", "month", "year")
# An implied one (`a week`, `an hour`, `per day`, `every month`) or, after a word that takes a span (`for hours`, `take
# you days`, `within weeks`), a bare plural.
_EN_SPAN = re.compile(
    r"\b(?:an?|per|every|each)\s+(?P<u>minute|hour|day|week|month|year)\b(?![-\s]+old\b)"
    r"|\b(?:for|within|in|takes?|took|taking|spend|spent|spending)\s+(?:(?:you|me|us|them|him|her)\s+)?"
    r"(?P<q>(?:a few|several|many|some)\s+)?(?P<p>minutes|hours|days|weeks|months|years)\b",
    re.IGNORECASE,
)
# Whether the English names a unit anywhere: a word of it, or a day, month or year that implies it.
_EN_UNIT_WORD = {u: re.compile(rf"\b{u}s?\b|\b{u}(?:ly|long)\b", re.IGNORECASE) for u in _UNITS}
_EN_UNIT_IMPLIED = {
    "day": re.compile(r"\b(?:today|tonight|tomorrow|yesterday|daily)\b", re.IGNORECASE),
    "week": re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend|fortnight)\b", re.IGNORECASE),
    "month": re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"),
    "year": re.compile(r"\b(?:annual|annually|decades?|century|anniversary)\b|\b\d{4}\b", re.IGNORECASE),
}
_ZH_UNIT_OF = {"分钟": "minute", "小时": "hour", "钟头": "hour", "个钟": "hour", "天": "day", "日": "day", "周": "week",
               "星期": "week", "礼拜": "week", "月": "month", "个月": "month", "年": "year", "周年": "year"}
# A unit of time after a word that counts or places it (5 天, 两周, 每月, 上个月, 今年, 半小时, 三周年): the units the
# translation names. 日期 (a date) or 周一 (Monday) name none: the character before must count or place.
_ZH_NAMED = re.compile(r"[\d０-９一二两三四五六七八九十百千几数每半多整上下本这那前今明昨去当同近]\s*个?\s*"
                       r"(?P<u>分钟|小时|钟头|个钟|天|日|周年|周|星期|礼拜|月|年)")
# The translation's own spans of one unit or a vague count of units (一个月, 每月, 几分钟, 每周, 数天, 半年): what a changed
# implied span becomes. A date (一月, 5 日), a rank (第一周), an anniversary (一周年), a grade (一年级) or a decade
# (几年代) is none.
_ZH_VAGUE = re.compile(r"(?<!第)(?:一个|几个|数个|两个|半个|每个|一|几|数|每|半|多|两)\s*"
                       r"(?P<u>分钟|小时|钟头|天|周(?!年)|星期|礼拜|个月|年)(?!级|代)|(?:每|数)\s*(?P<m>月)")


def english_implied_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each English span of time with no figure of its own: `a week`, `per day`, `hours` (of
    `for hours`, `take you a few hours`: the relating word is not part of the span)."""
    out = []
    for m in finditer(_EN_SPAN, text):
        if m.group("u"):
            out.append((m.start(), m.end(), m.group("u").lower()))
        else:
            out.append((m.start("q") if m.group("q") else m.start("p"), m.end(), m.group("p").lower().removesuffix("s")))
    return out


def english_names_unit(text: str, unit: str) -> bool:
    """The English text names the unit of time anywhere, in a word of it or a day, month or year that implies it."""
    implied = _EN_UNIT_IMPLIED.get(unit)
    return _EN_UNIT_WORD[unit].search(text) is not None or (implied is not None and implied.search(text) is not None)


def chinese_named_units(text: str) -> set[str]:
    """The units of time a Chinese text names after a figure, a quantifier or a placing word."""
    return {_ZH_UNIT_OF[m.group("u")] for m in finditer(_ZH_NAMED, text)}


def chinese_vague_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each Chinese span of one unit or of a vague count of units: 一个月, 几分钟, 每周."""
    return [(m.start(), m.end(), _ZH_UNIT_OF[m.group("u") or m.group("m")]) for m in finditer(_ZH_VAGUE, text)]
