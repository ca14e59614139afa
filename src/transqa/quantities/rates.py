"""Rates: a figure said per unit of time (`about one a year`, `$30 per month`, `每年 500 万美元`).

A rate's figure is the amount in each unit; the same figure said of the whole (`used two over the years`)
is a total. A translation that keeps every figure but puts the per-unit word on another one (`used two,
about one a year` → `每年使用两个`, two a year) changes the meaning while each value still has a counterpart.
Tables per language: the English rate words after the figure (a, an, per, each, every + unit), the Chinese
`每` + unit before it in the same clause.
"""

from __future__ import annotations

import re

from transqa.quantities.core import Quantity

_EN_UNITS = ("day", "night", "week", "month", "year", "hour", "minute", "second")  # each its own name
# the figure, at most three words of what it counts (`one`, `$5 million`, `two tablets`), then a/per/each/every + unit
# Rate windows, measured by halving and doubling each on dev, dev2, dev3 (wmt-mt; TQA201 and TQA208 findings) and
# the 164 direction, rate, scope and result rows of the rendering table: none is pinned there (no finding changes),
# so each is the first version's guess, kept, not a measured optimum.
EN_RATE_WORDS = 3
"""Words between the figure and a/per/each/every + unit (`two tablets a day`): not pinned at 1 or 6."""
_EN_RATE = re.compile(r"(?:[ \t-]+[A-Za-z'’-]+){0," + str(EN_RATE_WORDS) + r"}?\s+(?:a|an|per|each|every)\s+(?P<u>" + "|".join(_EN_UNITS) + r")\b(?!\s*(?:ago|later|earlier|before|after|old)\b)",
                      re.IGNORECASE)
_EN_NOT_AFTER = re.compile(r"[\s-]*(?:times?|x|fold)\b", re.IGNORECASE)  # a frequency or multiplier: TQA211's
ZH_EVERY_REST = 15
"""Characters between 每 + unit and the figure in its clause: not pinned at 7 or 30."""
ZH_EVERY_CHARS = 24
"""Characters before the Chinese figure where 每 + unit is looked for: not pinned at 12 or 48."""
_ZH_UNITS = {"年": "year", "月": "month", "个月": "month", "周": "week", "星期": "week", "个星期": "week", "礼拜": "week", "天": "day",
             "日": "day", "晚": "night", "夜": "night", "小时": "hour", "个小时": "hour", "分钟": "minute", "秒": "second", "秒钟": "second"}
_ZH_EVERY = re.compile(r"每\s?(?:一\s?)?(?P<u>" + "|".join(sorted(_ZH_UNITS, key=len, reverse=True)) + r")(?P<rest>[^，。；：！？,;:!?、（）()]{0," + str(ZH_EVERY_REST) + r"})$")
_ZH_NOT_AFTER = re.compile(r"\s?(?:次|倍|遍|回|趟|下)")  # a frequency or multiplier
ZH_PER = {"year": "每年", "month": "每月", "week": "每周", "day": "每天", "night": "每晚", "hour": "每小时", "minute": "每分钟", "second": "每秒"}
RATE_KINDS = frozenset({"count", "money", "percent", "unit"})


_EN_LIST_END = re.compile(r"\b(?:and|or)\s*$", re.IGNORECASE)  # a comma alone may open an apposition (3 million, 250,000 a month)
# Characters before a figure where that `and`/`or` is looked for: the same findings as a search from the text's start
# on dev, dev2, dev3 and the rendering table, in time linear in the paragraph's figures
LIST_WORD_BEFORE = 8


# The two ends of a range share what follows the second (`2-3 controllers per year`, `每年磨损掉2-3个`, `一到两次`): the
# first end is read after the second, the second after 每 + unit before the first (WMT23 line 2051, three systems; WMT22
# line 245: `once or twice a year` → `每年一到两次`, the 一 read as a count per year).
_EN_RANGE_ON = re.compile(r"\s*(?:-|–|—|to)\s*\d[\d,]*(?:\.\d+)?")
_ZH_RANGE_ON = re.compile(r"\s?(?:-|–|—|~|～|到|至)\s?[0-9０-９一二两三四五六七八九十百千][0-9０-９一二两三四五六七八九十百千,.]*")
_ZH_RANGE_START = re.compile(r"[0-9０-９一二两三四五六七八九十百千][0-9０-９一二两三四五六七八九十百千,.]*\s?(?:-|–|—|~|～|到|至)\s?$")


def english_rate(text: str, q: Quantity) -> str | None:
    """The unit of time q is said per in the English text (`one a year` → year), or None; not the last figure of a list
    (`1.35 million infections, 26,500 hospitalizations and 420 deaths each year`: the unit is said of every figure)."""
    if q.kind not in RATE_KINDS or q.unit or _EN_LIST_END.search(text, max(0, q.start - LIST_WORD_BEFORE), q.start):
        return None
    end = r.end() if (r := _EN_RANGE_ON.match(text, q.end)) else q.end
    if _EN_NOT_AFTER.match(text, end):
        return None
    m = _EN_RATE.match(text, end)
    return m.group("u").lower() if m else None


def chinese_rate(text: str, q: Quantity) -> str | None:
    """The unit of time q is said per in the Chinese text (`每年使用两个` → year): 每 + unit earlier in its clause, no
    other figure between them."""
    if q.kind not in RATE_KINDS or q.unit:
        return None
    end = r.end() if (r := _ZH_RANGE_ON.match(text, q.end)) else q.end
    if _ZH_NOT_AFTER.match(text, end):
        return None
    m = _ZH_EVERY.search(text[max(0, q.start - ZH_EVERY_CHARS) : q.start])
    if m is None:
        return None
    rest = m.group("rest")
    if (start := _ZH_RANGE_START.search(rest)) is not None:
        rest = rest[: start.start()]  # the first end of the range this figure closes
    if re.search(r"[0-9０-９一二两三四五六七八九十百千万亿]", rest):
        return None
    return _ZH_UNITS[m.group("u")]
