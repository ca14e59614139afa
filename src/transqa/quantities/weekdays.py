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

# Names, holidays and titles built on a weekday (the word is part of a name, not a day the event falls on).
_EN_NAMED_AFTER = re.compile(
    r"\s*(?:Times|Telegraph|Mirror|Express|People|Post|Herald|Mail|Independent|Sport|Star|Night|Morning|Best|best|"
    r"school|School|roast|league|League|driver|Service|service|Club|Book|Edition|edition|supplement|Supplement|paper)\b"
)
_EN_NAMED_BEFORE = re.compile(
    r"\b(?:Good|Black|Cyber|Super|Ash|Easter|Palm|Shrove|Maundy|Giving|Bloody|Holy|Low|Whit|Mothering|Plough|"
    r"Manic|Throwback|Casual|Fun|Man|Girl|Small Business)\s+$"
)
# A capitalised word before the day inside a sentence (Good Friday, Super Saturday), not one that introduces a day.
_EN_CAPITAL_BEFORE = re.compile(r"(?<![.!?:;\"“])\s([A-Z][a-z]+)\s+$")
_EN_DAY_INTRO = frozenset({"On", "By", "Until", "Till", "Since", "From", "Last", "Next", "This", "Every", "Before", "After",
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
    cap = _EN_CAPITAL_BEFORE.search(before)
    return bool(cap and cap.group(1) not in _EN_DAY_INTRO)


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
    return frozenset(m.group(0).lower() for m in _EN_DAY_ABBR.finditer(text))


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



# A month alone (`first agreed in February`, `since March`) is soft for the same reasons (April Ryan, March Madness,
# the verb `march`, May the modal): reported lost only when a word of time introduces it, no capitalised word or
# figure follows it (a name, or a date of its own), and the translation names no month at all in any way (no 月, no
# season, no quarter, no start or end of the year, nor the English word kept). Read on the numbers set: `which was
# first agreed in February` → (dropped) in WMT22 HuaweiTSC line 46, labelled number:dropped.
_EN_MONTH_INTRO = re.compile(r"\b(?:in|since|until|till|by|from|last|next|early|late|mid|this|before|after|during|through)[\s-]+$",
                             re.IGNORECASE)
_EN_MONTH_NAME_AFTER = re.compile(r"\s*(?:[A-Z0-9]|'s\b|’s\b|-)")
# A time of the year named other than by a month's number (本月, 上个月, 春季, 第一季度, 年初), or an English month kept.
_ZH_MONTH_WORD = re.compile(r"本月|上月|下月|上个月|下个月|这个月|那个月|当月|同月|该月|月初|月底|月中|月末|月份|季|春|夏|秋|冬|年初|年底|年中|年末|"
                            r"上半年|下半年|开年|岁末|年终|January|February|March|April|June|July|August|September|October|"
                            r"November|December", re.IGNORECASE)
# A month by its number (2 月, 12月24日, 二月, 十二月, 正月), not a count of months (三个月, 3 个月)
_ZH_MONTH_NUMBER = re.compile(r"(?<![\d.])(\d{1,2}|十[一二]?|[一二三四五六七八九]|正)\s?月")
_ZH_MONTH_DIGIT = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def month_is_plain(text: str, q: Quantity) -> bool:
    """The English month q (a month alone) is the time of something (`in February`, `since March`), introduced by a
    word of time and followed by no capitalised word, figure or possessive (April Ryan, March 2019, June's)."""
    return bool(_EN_MONTH_INTRO.search(text[max(0, q.start - 12) : q.start])) and not _EN_MONTH_NAME_AFTER.match(text, q.end)


def chinese_months(text: str) -> frozenset[int] | None:
    """The months the Chinese text names by number (`12月24日` → {12}, 二月 → {2}); None when it names a month or a
    time of the year some other way (本月, 春季, 第一季度, 年初, the English word kept): then any month may be there."""
    if _ZH_MONTH_WORD.search(text):
        return None
    out = set()
    for m in _ZH_MONTH_NUMBER.finditer(text):
        n = int(m.group(1)) if m.group(1).isdigit() else _ZH_MONTH_DIGIT[m.group(1)]
        if 1 <= n <= 12:
            out.add(n)
    return frozenset(out)
