"""Days of the week a translation drops: `Saturday's FA Cup final` → `足总杯决赛`, `on Saturday` lost.

A weekday is soft (compared with its like, never reported missing as a number) because it also names things
(Black Friday, The Sunday Times, Sunday best, Saturday Night Live) and because a translation may say which day
another way (本周, 昨天, 当地时间 6 日, 周末). It is reported lost only when it is a plain day of the source and the
translation says nothing of any day: no day of the week, no relative day, no day of the month, nor the English
word kept. Pure functions of (text, quantity).
"""

from __future__ import annotations

import re

from transqa.quantities.core import Quantity
from transqa.quantities.gated import finditer

# Names, holidays and titles built on a weekday (the word is part of a name, not a day the event falls on).
_EN_NAMED_AFTER = re.compile(
    r"\s*(?:Times|Telegraph|Mirror|Express|People|Post|Herald|Mail|Independent|Sport|Star|Night|Morning|Best|best|"
    r"school|School|roast|league|League|driver|Service|service|Club|Book|Edition|edition|supplement|Supplement|paper)\b"
)
_EN_NAMED_BEFORE = re.compile(
    r"\b(?:Good|Black|Cyber|Super|Ash|Easter|Palm|Shrove|Maundy|Giving|Bloody|Holy|Low|Whit|Mothering|Plough|"
    r"Manic|Throwback|Casual|Fun|Man|Girl|Small Business)\s+$"
)
# A capitalised word before a day or a month inside a sentence (Good Friday, Super Saturday; with `possessive`, the
# Women's March too), not one that introduces it (On, Since, Last, Early…: `EN_DAY_INTRO`).
_EN_CAPITAL_BEFORE = re.compile(r"(?<![.!?:;\"“])\s([A-Z][a-z]+)\s+$")
_EN_CAPITAL_BEFORE_POSSESSIVE = re.compile(_EN_CAPITAL_BEFORE.pattern.replace("[a-z]", "[a-z']"))  # `the Women's March`
EN_DAY_INTRO = frozenset({"On", "By", "Until", "Till", "Since", "From", "Last", "Next", "This", "Every", "Before", "After",
                          "Through", "Early", "Late", "Each", "Starting", "Beginning", "Over"})
# The Mail on Sunday: a title, not a day
_EN_MAIL_ON = re.compile(r"\bMail\s+on\s+$")


def weekday_is_name(text: str, q: Quantity) -> bool:
    """The English weekday q is part of a name, a holiday or a title (Black Friday, The Sunday Times, Sunday
    Best, Saturday Night Live, The Mail on Sunday), not the day something happens on."""
    before, after = text[max(0, q.start - 24) : q.start], text[q.end : q.end + 16]
    if _EN_MAIL_ON.search(before) or _EN_NAMED_AFTER.match(after):
        return True
    if _EN_NAMED_BEFORE.search(before):
        return True
    return capital_before_is_name(before, EN_DAY_INTRO)


def capital_before_is_name(before: str, intro: frozenset[str], possessive: bool = False) -> bool:
    """A capitalised word ends `before` (the text just before a weekday or a month, inside its sentence: not after .!?:;
    or an opening quote) and is not one of `intro`, the words that introduce the day or month (On, Since, Last…): the
    day or month is a word of a name (Good Friday, the Long March). With `possessive` the word may be one (the Women's
    March). Shared by `weekday_is_name` and `months.month_is_name`."""
    cap = (_EN_CAPITAL_BEFORE_POSSESSIVE if possessive else _EN_CAPITAL_BEFORE).search(before)
    return bool(cap and cap.group(1) not in intro)


# A Chinese text that says which day another way: relative days, the weekend, a day of the month, a day of the week.
_ZH_DAY = re.compile(
    r"周末|本周|上周|下周|这周|那周|该周|当周|昨|今天|今日|今晨|今晚|明天|明日|明晚|前天|前日|后天|当天|当日|当晚|日前|近日|次日|翌日|隔天|"
    r"周[一二三四五六日天末]|星期|礼拜|[0-9０-９]+\s*[日号]|[一二三四五六七八九十廿卅]+[日号]"
)


def chinese_names_a_day(text: str) -> bool:
    """The Chinese text names a day in any way a translator renders one (周六, 本周, 昨天, 6 日, 周末)."""
    return bool(_ZH_DAY.search(text))


def weekdays_in_english(text: str) -> frozenset[str]:
    """The weekdays left in English in a translation (a title kept: “Sunday Morning”日场), by their first three
    letters, lower-cased: read once per paragraph."""
    return frozenset(m.group(0).lower() for m in finditer(_EN_DAY_ABBR, text))


_EN_DAY_ABBR = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)


# `on the 10th`, `by Friday the 15th`: a day of the month named by its ordinal alone, the month understood. The
# ordinal stands after a preposition of time (and maybe a weekday) and before no noun of its own (`on the 10th
# floor`, `the 10th anniversary` are ranks, not days). The article may be left out, as British and spoken English
# do (`I will check on 21st, and`: heldout17, 21st → 12 号 unseen).
_EN_DAY_BEFORE = re.compile(
    r"\b(?:on|by|from|until|till|since|before|after|through|to)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$", re.IGNORECASE)
_EN_DAY_AFTER = re.compile(r"\s*(?:$|[,.;:!?)\-–—]|(?:that|and|but|when|while|at|in|to|with|for|as|after|before|of this month)\b)")
_EN_DAY_ORDINAL = re.compile(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)")


def english_day_of_month(text: str, q: Quantity) -> bool:
    """The English ordinal q names a day of the month with the month left out (`announced on the 10th that`,
    `by Friday the 15th`): a date, written 10 日 in Chinese."""
    return (_EN_DAY_ORDINAL.fullmatch(q.text) is not None and _EN_DAY_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
            and _EN_DAY_AFTER.match(text, q.end) is not None)

