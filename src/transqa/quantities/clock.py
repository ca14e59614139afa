"""Clock times as minutes past twelve (0-719), in both languages: `a quarter to nine` = `八点三刻` = `8:45`.

A clock time compared only by its hour lets `a quarter past eight` → `八点半` (8:30) pass; read to the
minute, on a twelve-hour dial (`5.30pm` = `17:30` = `下午 5 点半`), it is compared like any other figure.
A calque that states no time (`四分之一到九点`, a quarter rendered as a fraction) reads as CALQUE.
Pure functions of the matched text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

CALQUE = -1  # a rendering that names no time (四分之一到九点): equal to no clock

EN_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "noon": 12, "midnight": 12}
_EN_HOUR = r"(?:\d{1,2}|" + "|".join(sorted(EN_HOURS, key=len, reverse=True)) + r")"
# a quarter past eight, half past ten, a quarter to nine, ten o'clock (the words of a clock, English)
EN_CLOCK_WORDS = re.compile(
    r"\b(?:(?:a\s+)?(?P<q>quarter)\s+(?P<rel>past|after|to|before|till|of)|(?P<half>half)\s+past)\s+(?P<h>" + _EN_HOUR + r")\b"
    r"|\b(?P<h2>" + _EN_HOUR + r")\s+o['’]clock\b", re.IGNORECASE)


def _hour(word: str) -> int | None:
    h = int(word) if word.isdigit() else EN_HOURS.get(word.lower())
    return h if h is not None and 0 <= h <= 24 else None


def on_dial(hour: int, minute: int) -> int:
    """Minutes past twelve on a twelve-hour dial."""
    return (hour % 12) * 60 + minute


def english_clock(m: re.Match[str]) -> int | None:
    """The clock of an EN_CLOCK_WORDS match."""
    h = _hour(m.group("h") or m.group("h2"))
    if h is None:
        return None
    if m.group("h2"):
        return on_dial(h, 0)
    if m.group("half"):
        return on_dial(h, 30)
    if m.group("rel").lower() in ("past", "after"):
        return on_dial(h, 15)
    return on_dial(h - 1, 45)


def english_time_clock(text: str) -> int | None:
    """The clock of a written time: 5.30pm, 9 a.m., 10:45."""
    m = re.match(r"(\d{1,2})(?:[:.](\d{2}))?", text)
    if m is None or int(m.group(1)) > 24 or m.group(2) and int(m.group(2)) > 59:
        return None
    return on_dial(int(m.group(1)), int(m.group(2) or 0))


_ZH_MINUTES = {"半": 30, "一刻": 15, "三刻": 45}
_ZH_CN = "零〇一二两三四五六七八九十"
ZH_HOUR = r"[" + _ZH_CN + r"\d]{1,3}"
# 差一刻九点 / 九点差一刻 (8:45), 八点一刻 (8:15), 八点三刻, 八点半, 八点十五分: the Chinese clock
ZH_CLOCK = (r"差\s?(?:一刻|[" + _ZH_CN + r"\d]{1,3}\s?分)\s?" + ZH_HOUR + r"\s?点(?!\s?(?:半|一刻|三刻))"
            r"|" + ZH_HOUR + r"\s?点\s?(?:差\s?(?:一刻|[" + _ZH_CN + r"\d]{1,3}\s?分)|一刻|三刻|[0-5]\d(?![\d.%]|\s?[个名位人次万亿千百元%]))")
# a quarter taken as a fraction: 四分之一到九点, 九点过四分之一
ZH_CALQUE = r"(?:四分之一|四分之三|一半)\s?(?:到|过|至)\s?" + ZH_HOUR + r"\s?点|" + ZH_HOUR + r"\s?点\s?(?:过|差)\s?(?:四分之一|四分之三|一半)"


_Numeral = Callable[[str], "float | None"]


def _zh_int(s: str, numeral: _Numeral) -> int | None:
    s = s.strip()
    if s.isdigit():
        return int(s)
    v = numeral(s)
    return int(v) if v is not None and v == int(v) else None


def chinese_clock(text: str, numeral: _Numeral) -> int | None:
    """The clock of a Chinese time (`numeral` reads Chinese digits): 下午 5 点 30 分, 五点半, 差一刻九点, 17:30."""
    if re.search(ZH_CALQUE, text):
        return CALQUE
    m = re.search(r"(\d{1,2})\s?[:：]\s?(\d{2})", text)
    if m:
        return on_dial(int(m.group(1)), int(m.group(2))) if int(m.group(1)) <= 24 and int(m.group(2)) < 60 else None
    m = re.search(r"(" + ZH_HOUR + r")\s?[点时]\s?(半|一刻|三刻|[" + _ZH_CN + r"\d]{1,3}(?=\s?分)|[0-5]\d$)?", text)
    if m is None:
        return None
    h = _zh_int(m.group(1), numeral)
    minute = _ZH_MINUTES.get(m.group(2) or "") if m.group(2) in _ZH_MINUTES else _zh_int(m.group(2) or "0", numeral)
    if h is None or minute is None or h > 24 or minute > 59:
        return None
    back = re.search(r"差\s?(一刻|[" + _ZH_CN + r"\d]{1,3}(?=\s?分))", text)
    if back:
        less = 15 if back.group(1) == "一刻" else _zh_int(back.group(1), numeral)
        return None if less is None else on_dial(h, 0) - less + (720 if h % 12 == 0 else 0)
    return on_dial(h, minute)


# The half of the day a clock time is in: `9pm`, `9 p.m.` / 上午, 晚上 before the Chinese time, or a 24-hour figure
# past 12 (21:00, 21 点). Twelve o'clock is left out (12pm is noon, 中午 12 点; 12am midnight, 凌晨 0 点: usage varies).
_EN_HALF = re.compile(r"(?<![a-z])(?P<h>[ap])\.?\s?m\b\.?", re.IGNORECASE)
_ZH_HALF = re.compile(r"(?:(?P<am>上午|早上|早晨|清晨|凌晨|今晨)|(?P<pm>下午|晚上|傍晚|夜间|夜里|深夜|晚间|今晚|当晚|(?<![最较更太很])晚))\s?(?:的\s?)?$")
_ZH_24 = re.compile(r"\s?(\d{1,2})\s?(?:[:：]\s?\d{2}|[点时])")


def english_half_day(text: str) -> str | None:
    """`am` or `pm` of an English clock time written with it (9pm, 10:45 p.m.), None for twelve or none."""
    m = _EN_HALF.search(text)
    hour = re.match(r"\s*(\d{1,2})", text)
    if m is None or hour is None or int(hour.group(1)) % 12 == 0:
        return None
    return m.group("h").lower() + "m"


def _half_day_marks(text: str, start: int, end: int) -> tuple[re.Match[str] | None, bool]:
    """What marks the half of the day of the Chinese clock time at text[start:end]: the word of the half day before
    it (上午, 晚上; up to the time's first figure), and whether its hour is a 24-hour one past twelve (13 to 23)."""
    time = text[start:end]
    m = _ZH_HALF.search(text, max(0, start - 4), start + len(time) - len(time.lstrip()))
    h = _ZH_24.match(text, start)
    return m, h is not None and 12 < int(h.group(1)) <= 23


def chinese_half_day(text: str, start: int, end: int) -> str | None:
    """`am` or `pm` of the Chinese clock time at text[start:end]: the word of the half day before it (上午, 晚上) or
    a 24-hour figure past twelve (21:00); None when neither says."""
    m, afternoon = _half_day_marks(text, start, end)
    if m is not None:
        return "am" if m.group("am") else "pm"
    return "pm" if afternoon else None


def half_day_rewritten(text: str, start: int, end: int, want: str) -> tuple[int, str] | None:
    """Where a Chinese clock time of the wrong half of the day starts with what marks its half (the word before it:
    `上午 9 点`; else its 24-hour figure: `19:00`), and the same text in the half `want` (`am`, `pm`): `下午 9 点 / 晚上
    9 点`, `上午 7:00`: a suggestion that replaces the span it starts (TQA206 marked `9 点` and suggested `下午 / 晚上`).
    None when neither marks the half."""
    m, afternoon = _half_day_marks(text, start, end)
    if m is not None:
        at = m.start("am") if m.group("am") else m.start("pm")
        rest = text[at + len(m.group("am") or m.group("pm")) : end]
        return at, " / ".join(w + rest for w in (("上午",) if want == "am" else ("下午", "晚上")))
    h = _ZH_24.match(text, start)
    if not afternoon or h is None or want != "am":
        return None
    return start, "上午 " + (text[h.start(1) : end].replace(h.group(1), str(int(h.group(1)) - 12), 1))


def half_day_clash(text: str, start: int, end: int) -> int | None:
    """The Chinese clock time at text[start:end] names the morning before a 24-hour hour of the afternoon or evening
    (`上午 15 点`, `凌晨 13 点`): the two halves of the day at once, a defect whichever the source says. `下午 15 点`
    (the afternoon said twice) is redundant, not contradictory, and is read as 3pm. Returns where the morning word
    starts, None when there is no clash."""
    m, afternoon = _half_day_marks(text, start, end)
    return m.start() if m is not None and m.group("am") is not None and afternoon else None
