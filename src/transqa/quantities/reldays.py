"""Relative days and periods a translation shifts: `wait till tonight` → `等到明晚`, `yesterday` → `今天`,
`last year` → `今年`.

A relative day (yesterday, today, tonight, tomorrow; 昨天, 今天, 今晚, 明天) is read as its offset from the day of
writing (-2 … +1). A paragraph is reported when both sides name such a day and no offset of the source is among the
translation's: the translation moved the event to another day. A paragraph that names a day only on one side is
never reported (a translator may write `on Tuesday` as 昨天, or `yesterday` as 周二, or `today` as 如今). Capitalised
words inside a sentence are names (USA Today, the Today programme, The Tonight Show), not days; 后天 is left out
(it also means "acquired", as in 先天和后天) and so is 前日 ("the other day"). Relative weekends, weeks, months and
years (last year, 下个月) are read the same way, each compared only with its own unit (english_relative_periods).
Pure functions of the text.
"""

from __future__ import annotations

import re

from transqa.quantities.gated import finditer

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
    for m in finditer(_EN_DAY, text):
        if m.group(0)[0].isupper() and not _OPENS.search(text, max(0, m.start() - 3), m.start()):
            continue
        out.append((m.start(), m.end(), _OFFSET[m.lastgroup or "z"]))
    return out


def chinese_relative_days(text: str) -> list[tuple[int, int, int]]:
    """(start, end, offset) of each relative day of a Chinese text (昨天 → -1, 今晚 → 0, 明天 → +1)."""
    return [(m.start(), m.end(), _OFFSET[m.lastgroup or "z"]) for m in finditer(_ZH_DAY, text)]


Day = tuple[int, int, int]  # (start, end, offset)


def shifted_day(ours: list[Day], theirs: list[Day]) -> tuple[Day, Day] | None:
    """The first of the English relative days `ours` and the first of the Chinese `theirs` (english_relative_days,
    chinese_relative_days) when both name one and none of the English offsets is among the Chinese ones (`tonight`
    → `明晚`), else None."""
    if not ours or not theirs or {o for *_r, o in ours} & {o for *_r, o in theirs}:
        return None
    return ours[0], theirs[0]


# Relative weekends, weeks, months and years, each compared only with its own unit (`last year` → `今年`: the event moved a
# year). `the last year`, `the next month` (the past or the following twelve months, a month after a past event:
# 过去一年, 第二个月) are no relative period and are left out, as are names (This Week in Tech). In Chinese, the
# words inside longer ones are left out: 至今/迄今 + 年均 (so far, a yearly average), 过去年间, 如今年轻人 (今年轻),
# 说明/证明/声明 + 年度/年龄, 登上月球, 上周期 (the last cycle), 本周年.
_EN_PERIOD = re.compile(
    r"(?<![\w-])(?<!the )(?P<rel>last|this|next)\s+(?P<unit>weekend|week|month|year)(?![\w-])",
    re.IGNORECASE,
)
_REL = {"last": -1, "this": 0, "next": 1}
_ZH_BEFORE_MING = "说表证声阐标注简透聪发文光英开高分鲜清黎查指写载申辨失"
_ZH_PERIOD = re.compile(
    r"(?P<year_m1>(?<![过失离])去年(?![龄轻代]))|(?P<year_z>(?<![至迄])今年(?![龄轻代]))|"
    r"(?P<year_p1>(?<![" + _ZH_BEFORE_MING + r"])明年(?![龄轻代华]))|"
    r"(?P<month_m1>上个月|(?<![登踏奔飞送爬冲])上月(?![球亮台光饼]))|(?P<month_z>本月|这个月)|"
    r"(?P<month_p1>下个月|(?<![走跳])下月(?![台]))|"
    r"(?P<weekend_m1>上个?周末)|(?P<weekend_z>(?:本|这个?)周末)|(?P<weekend_p1>下个?周末)|"
    r"(?P<week_m1>(?:上周|上星期|上个星期|上礼拜)(?![期边围年末]))|(?P<week_z>(?:本周|这周|这个星期|本星期)(?![期边围年末]))|"
    r"(?P<week_p1>(?:下周|下星期|下个星期|下礼拜)(?![期边围年末]))"
)
_PERIOD_NAMES = {-1: "last {}", 0: "this {}", 1: "next {}"}
_ZH_PERIOD_WORDS = {("year", -1): "去年", ("year", 0): "今年", ("year", 1): "明年", ("month", -1): "上个月",
                    ("month", 0): "本月", ("month", 1): "下个月", ("week", -1): "上周", ("week", 0): "本周", ("week", 1): "下周",
                    ("weekend", -1): "上周末", ("weekend", 0): "本周末", ("weekend", 1): "下周末"}

Period = tuple[int, int, str, int]  # (start, end, unit, offset): unit weekend | week | month | year


def describe_period(unit: str, offset: int) -> str:
    """The period in words: (year, -1) → last year."""
    return _PERIOD_NAMES[offset].format(unit)


def chinese_period(unit: str, offset: int) -> str:
    """The Chinese word of a relative period: (year, -1) → 去年, (week, 1) → 下周."""
    return _ZH_PERIOD_WORDS[unit, offset]


# The relative days and periods Chinese writes as one word each, with their English, for a rule that reads each word
# apart (TQA009, a time said twice in one sentence: 今天 and 今晚 are two words there, one day for `shifted_day`): taken
# from the tables above, as Chinese regular expressions and English phrases, in this order. A week's word before 末 is a
# weekend's (上周末), another word; weekends are left out (周末 renders a `Sunday` as often), and so are months.
TIME_WORDS: tuple[tuple[str, str], ...] = (
    *((_ZH_WORDS[en], en) for en in ("today", "yesterday", "tomorrow", "tonight")),
    *((chinese_period(unit, k) + ("(?!末)" if unit == "week" else ""), describe_period(unit, k))
      for unit, k in (("week", 1), ("week", -1), ("week", 0), ("year", 0), ("year", -1), ("year", 1))),
)


def english_relative_periods(text: str) -> list[Period]:
    """(start, end, unit, offset) of each relative week, month or year of an English text (`last year` → year, -1;
    `next week` → week, +1); `the last year` (the past twelve months) and a capitalised one inside a sentence (a
    name) are left out."""
    out = []
    for m in finditer(_EN_PERIOD, text):
        if m.group(0)[0].isupper() and not _OPENS.search(text, max(0, m.start() - 3), m.start()):
            continue
        out.append((m.start(), m.end(), m.group("unit").lower(), _REL[m.group("rel").lower()]))
    return out


def chinese_relative_periods(text: str) -> list[Period]:
    """(start, end, unit, offset) of each relative week, month or year of a Chinese text (去年 → year, -1; 本月 →
    month, 0; 下周 → week, +1)."""
    out = []
    for m in finditer(_ZH_PERIOD, text):
        unit, _, rel = (m.lastgroup or "year_z").partition("_")
        out.append((m.start(), m.end(), unit, _OFFSET[rel]))
    return out


def shifted_period(ours: list[Period], theirs: list[Period]) -> tuple[Period, Period] | None:
    """The first English relative period of `ours` and the first Chinese one of `theirs` (english_relative_periods,
    chinese_relative_periods) of one unit that both sides name while none of the English offsets of that unit is
    among the Chinese ones (`last year` → `今年`), else None. Units are compared each with its own: `last week` →
    `上个月` is another rendering problem, not a moved period."""
    for unit in ("year", "month", "week", "weekend"):
        en = [p for p in ours if p[2] == unit]
        zh = [p for p in theirs if p[2] == unit]
        if en and zh and not {p[3] for p in en} & {p[3] for p in zh}:
            return en[0], zh[0]
    return None
