"""Relative days a translation shifts: `wait till tonight` → `等到明晚`, `yesterday` → `今天`.

A relative day (yesterday, today, tonight, tomorrow; 昨天, 今天, 今晚, 明天) is read as its offset from the day of
writing (-2 … +1). A paragraph is reported when both sides name such a day and no offset of the source is among the
translation's: the translation moved the event to another day. A paragraph that names a day only on one side is
never reported (a translator may write `on Tuesday` as 昨天, or `yesterday` as 周二, or `today` as 如今). Capitalised
words inside a sentence are names (USA Today, the Today programme, The Tonight Show), not days; 后天 is left out
(it also means "acquired", as in 先天和后天) and so is 前日 ("the other day").
Pure functions of the text.
"""

from __future__ import annotations

import re

_EN_DAY = re.compile(
    r"(?<![\w-])(?:(?P<m2>the day before yesterday)|(?P<p2>the day after tomorrow)|(?P<m1>yesterday|last night)|"
    r"(?P<z>today|tonight|this (?:morning|afternoon|evening))|(?P<p1>tomorrow))(?![\w-])",
    re.IGNORECASE,
)
_ZH_DAY = re.compile(r"(?P<m2>前天)|(?P<m1>昨天|昨日|昨晚|昨夜)|(?P<z>今天|今日|今晚|今夜|今早|今晨)|(?P<p1>明天|明日|明晚|明早|明晨)")
_OFFSET = {"m2": -2, "m1": -1, "z": 0, "p1": 1, "p2": 2}
# what opens a sentence or a quotation: a capital after it is the sentence's, not a name's
_OPENS = re.compile(r"(?:^|[.!?\"“‘(:—–-])\s*$")
_NAMES = {-2: "the day before yesterday", -1: "yesterday", 0: "today", 1: "tomorrow", 2: "the day after tomorrow"}


def describe_day(offset: int) -> str:
    """The offset in words: -1 → yesterday."""
    return _NAMES[offset]


# the Chinese day word of each English one (TQA206's suggestion: the source's day as the translation writes a day)
_ZH_WORDS = {"the day before yesterday": "前天", "yesterday": "昨天", "last night": "昨晚", "today": "今天", "tonight": "今晚",
             "this morning": "今天上午", "this afternoon": "今天下午", "this evening": "今晚", "tomorrow": "明天",
             "the day after tomorrow": "后天"}


def chinese_day(english: str) -> str | None:
    """The Chinese word of an English relative day (`tomorrow` → 明天, `last night` → 昨晚); None for another text."""
    return _ZH_WORDS.get(" ".join(english.lower().split()))


def english_relative_days(text: str) -> list[tuple[int, int, int]]:
    """(start, end, offset) of each relative day of an English text; a capitalised one inside a sentence (USA
    Today, the Today programme) is a name and left out."""
    out = []
    for m in _EN_DAY.finditer(text):
        if m.group(0)[0].isupper() and not _OPENS.search(text, max(0, m.start() - 3), m.start()):
            continue
        out.append((m.start(), m.end(), _OFFSET[m.lastgroup or "z"]))
    return out


def chinese_relative_days(text: str) -> list[tuple[int, int, int]]:
    """(start, end, offset) of each relative day of a Chinese text (昨天 → -1, 今晚 → 0, 明天 → +1)."""
    return [(m.start(), m.end(), _OFFSET[m.lastgroup or "z"]) for m in _ZH_DAY.finditer(text)]


Day = tuple[int, int, int]  # (start, end, offset)


def shifted_day(ours: list[Day], theirs: list[Day]) -> tuple[Day, Day] | None:
    """The first of the English relative days `ours` and the first of the Chinese `theirs` (english_relative_days,
    chinese_relative_days) when both name one and none of the English offsets is among the Chinese ones (`tonight`
    → `明晚`), else None."""
    if not ours or not theirs or {o for *_r, o in ours} & {o for *_r, o in theirs}:
        return None
    return ours[0], theirs[0]
