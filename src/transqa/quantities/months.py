"""Months a translation drops: `the election date, which was first agreed in February` → `…选举日期` (February lost).

A bare month (`in February`, `since May`) is soft: it is compared with a month of the translation
(`in May` → `3 月`, numbers._soft_changes) but never reported missing as a number, because a month name also
names things (the Women's March, June Carter, April Fools' Day, March Madness) and a translation may say which
month another way (上月, 本月, 当月, 年初, 春季). It is reported lost only when it is a plain month of the source
and the translation names no month of that value and no month in any other way: no `2 月`, `二月`, no relative
month, no start or end of the year, no season, nor the English name kept. Pure functions of text.
"""

from __future__ import annotations

import re

from transqa.quantities.core import Quantity
from transqa.quantities.english import MONTHS
from transqa.quantities.weekdays import EN_DAY_INTRO, capital_before_is_name

# A capitalised word after the month makes it a name (June Carter, April Fools, March Madness: every word of a
# name's tail is capitalised), a year or a day does not (that is a date, read by the date patterns).
_EN_NAME_AFTER = re.compile(r"[ \u00a0]+(?!(?:The|This|That|In|On|At|And|But|When|While|After|Before|I)\b)[A-Z][a-z]")
# A capitalised word before the month inside a sentence (the Women's March, the Long March) is a name too, unless it
# introduces the month as it does a day, or as In, During, Mid, Of do.
_EN_MONTH_INTRO = EN_DAY_INTRO | {"In", "During", "Mid", "Of"}


def month_is_name(text: str, q: Quantity) -> bool:
    """The English month q is part of a name, a title or an event (June Carter, March Madness, the Women's
    March, April Fools' Day), not the month something happens in. `text` is the English block q was read from."""
    after, before = text[q.end : q.end + 20], text[max(0, q.start - 24) : q.start]
    return bool(_EN_NAME_AFTER.match(after)) or capital_before_is_name(before, _EN_MONTH_INTRO, possessive=True)


# Months named another way: relative months, the start or end of the year, seasons, a quarter, half a year, and the
# lunar calendar's first and last months (正月, 元月, 腊月: no month of the Western calendar).
_ZH_OTHER_MONTH = re.compile(r"[上下本当同该次前]个?月|正月|元月|腊月|这个月|那个月|同期|年[初中底末]|月[初中底末]|[春夏秋冬][季天]|季度|[上下]半年|新年|春节")
# A month's English name or abbreviation kept in the translation (`Feb`, `December`), as a word of its own: not the
# start of another word (Octopus, Marketing, Decathlon, maybe), beside Chinese or not (`于December发布`)
_EN_MONTH_KEPT = re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![A-Za-z])",
                            re.IGNORECASE)


def chinese_names_month_otherwise(text: str) -> bool:
    """The Chinese text names a month without its number, as a translator may render one (上月, 本月, 年初,
    春季, 一季度, 上半年), or keeps a month's English name (`Feb`)."""
    return bool(_ZH_OTHER_MONTH.search(text) or _EN_MONTH_KEPT.search(text))
