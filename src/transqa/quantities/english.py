"""English quantities: a table of (pattern, handler) rows tried in order."""

from __future__ import annotations

import re

from transqa.quantities.core import Pattern, Quantity, extract, in_name, parse_number

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
EN_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
EN_FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
    "one quarter": 0.25, "one-quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75,
    "a fifth": 0.2, "one fifth": 0.2, "one-fifth": 0.2, "a tenth": 0.1, "one tenth": 0.1,
}
CURRENCIES_EN = {
    "us$": "USD", "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR",
    "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "CNY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "jpy": "JPY",
    "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "rupees": "INR", "rupee": "INR",
    "rs": "INR", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "won": "KRW",
}
_EN_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_EN_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_EN_WORDNUM = (
    r"(?:(?:" + "|".join(EN_TENS) + r")(?:[- ](?:" + "|".join(k for k in EN_UNITS if 0 < EN_UNITS[k] < 10) + r"))?|"
    + "|".join(sorted(EN_UNITS, key=len, reverse=True)) + r")"
)
UNITS_GLUED = r"mph|kph|km/h|km|kms|m|cm|mm|kg|g|lbs?|ft|mi|ml|mw|gw|kw|kwh|gwh|mwh|gb|tb|mb|hz|ghz|mhz|mp|sq|ha|bn|mn|am|pm|p|k|v|w|a|mah|wh|hrs?|h|min|mins|s|x"
def _en_words_value(words: str) -> float | None:
    w = words.lower().replace("-", " ").split()
    if not w:
        return None
    total = 0.0
    cur = 0.0
    for tok in w:
        if tok == "and":
            continue
        if tok in ("a", "one") and cur == 0:
            cur = 1
        elif tok in EN_UNITS:
            cur += EN_UNITS[tok]
        elif tok in EN_TENS:
            cur += EN_TENS[tok]
        elif tok == "hundred":
            cur = (cur or 1) * 100
        else:
            return None
    total += cur
    return total


def _roman(r: str) -> float:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for a, b in zip(r, r[1:] + " ", strict=True):
        v = values[a]
        total += -v if b != " " and values.get(b, 0) > v else v
    return float(total)




def _slashed(m: re.Match[str], text: str) -> Quantity | None:
    """24/7, 20/20, 9/11: matched as written, never reported."""
    return Quantity("count", 0.0, m.start(), m.end(), text[m.start() : m.end()], soft=True)


def _roman_numeral(m: re.Match[str], text: str) -> Quantity | None:
    v = _roman(m.group("roman"))
    return Quantity("count", v, m.start(), m.end(), text[m.start() : m.end()], soft=True) if v >= 2 else None


def _vague_scale(m: re.Match[str], text: str) -> Quantity | None:
    """"the million", "millions of": matched, never reported."""
    return Quantity("count", EN_SCALES.get((m.group("scale") or "").lower(), 0.0), m.start(), m.end(), text[m.start() : m.end()], soft=True)


def _time(m: re.Match[str], text: str) -> Quantity | None:
    """Clock times are written many ways (1.30pm, 下午 1:30, 一点半): matched, never reported."""
    t = text[m.start() : m.end()]
    return Quantity("count", parse_number(re.sub(r"[^\d.]", "", t.split(":")[0].split(".")[0]) or "0"), m.start(), m.end(), t, soft=True)


def year_range(m: re.Match[str], text: str) -> Quantity | None:
    """The second year of 2019-20 (both languages)."""
    y1 = int(m.group("year"))
    y2 = (y1 // 100) * 100 + int(m.group("y2"))
    return Quantity("date", y2 * 10000, m.start(), m.end(), text[m.start() : m.end()], date=(y2, 0, 0), year_like=True) if y2 > y1 else None


def _date(m: re.Match[str], text: str) -> Quantity | None:
    g = m.groupdict()
    month = MONTHS[g["month"].lower().rstrip(".")]
    year = int(g.get("year") or 0)
    day = int(g.get("day") or 0)
    if day > 31:
        return None
    return Quantity("date", year * 10000 + month * 100 + day, m.start(), m.end(), text[m.start() : m.end()], date=(year, month, day))


def _date_md(m: re.Match[str], text: str) -> Quantity | None:
    """Month and day; "May" without a day is the verb."""
    if m.group("month").lower() == "may" and not int(m.group("day") or 0):
        return None
    return _date(m, text)


def _month(m: re.Match[str], text: str) -> Quantity | None:
    mo = MONTHS[m.group("month").lower()]
    return Quantity("date", mo * 100, m.start(), m.end(), text[m.start() : m.end()], date=(0, mo, 0), soft=True)


def _money(m: re.Match[str], text: str) -> Quantity | None:
    g = m.groupdict()
    cur = CURRENCIES_EN.get(g["cur"].strip().lower().rstrip("."), g["cur"].strip().upper())
    scale = EN_SCALES.get((g.get("scale") or "").lower(), 1.0)
    return Quantity("money", parse_number(g["num"]) * scale, m.start(), m.end(), text[m.start() : m.end()], currency=cur)


def _percent(m: re.Match[str], text: str) -> Quantity | None:
    return Quantity("percent", parse_number(m.group("num")), m.start(), m.end(), text[m.start() : m.end()])


def _scaled(m: re.Match[str], text: str) -> Quantity | None:
    return Quantity("count", parse_number(m.group("num")) * EN_SCALES[m.group("scale").lower()], m.start(), m.end(), text[m.start() : m.end()])


def _fraction(m: re.Match[str], text: str) -> Quantity | None:
    return Quantity("count", EN_FRACTIONS[m.group("frac").lower()], m.start(), m.end(), text[m.start() : m.end()], soft=True)


def _ratio(m: re.Match[str], text: str) -> Quantity | None:
    r = m.group("ratio").lower()
    v = 2 if r.startswith(("doubl", "two")) else 3 if r.startswith(("tripl", "three")) else 4
    return Quantity("ratio", v, m.start(), m.end(), text[m.start() : m.end()], soft=True)


def _words(m: re.Match[str], text: str) -> Quantity | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    t = text[s:e]
    v = _en_words_value(g["words"])
    if v is None:
        return None
    scale = g.get("scale")
    if g["words"].lower() == "a" and not scale:
        return None
    if scale:
        v *= EN_SCALES[scale.lower()]
    if g.get("pct"):
        return Quantity("percent", v, s, e, t)
    return Quantity("count", v, s, e, t, soft=v < 100 and not scale)


def _decade(m: re.Match[str], text: str) -> Quantity | None:
    y = int(m.group("year"))
    return Quantity("date", y * 10000, m.start(), m.end(), text[m.start() : m.end()], date=(y, 0, 0), soft=True)


def _number(m: re.Match[str], text: str) -> Quantity | None:
    s, e = m.start(), m.end()
    t = text[s:e]
    raw = m.group("num")
    v = parse_number(raw)
    if in_name(text, s):
        return None
    year_like = "," not in raw and "." not in raw and len(raw) == 4 and 1900 <= v <= 2099
    if year_like:
        return Quantity("date", v * 10000, s, e, t, date=(int(v), 0, 0), year_like=True)
    suffix = t[len(raw):].lower()
    ordinal = suffix in ("st", "nd", "rd", "th")
    clock = len(raw) > 1 and raw[0] == "0" and "." not in raw
    # the upper end of a range (10-12 years → 十多年) and the number of a name (FTSE 250, G 7)
    upper_end = bool(re.search(r"\d\s?[-–]\s?$", text[max(0, s - 4) : s]))
    named = bool(re.search(r"(?<![A-Za-z])[A-Z&]{2,}\s$", text[max(0, s - 8) : s]))
    ordinal = ordinal or upper_end or named
    if suffix in ("k", "bn", "mn"):  # 100k, 2bn
        v *= {"k": 1e3, "bn": 1e9, "mn": 1e6}[suffix]
    return Quantity("count", v, s, e, t, soft=ordinal or clock or (v < 10 and v == int(v)))


PATTERNS: tuple[Pattern, ...] = (
    Pattern("slashed", re.compile(r"(?<![\w.,/])\d{1,2}/\d{1,2}(?![\w/])"), _slashed),
    Pattern("roman", re.compile(r"(?<![\w-])(?=[XVI])(?P<roman>(?:X{0,3})(?:IX|IV|V?I{0,3}))(?![\w-])"), _roman_numeral),
    Pattern("vague_scale", re.compile(r"\b(?:the|millions|billions|thousands|hundreds) (?P<scale>million|billion|thousand)s?\b|\b(?:millions|billions|thousands|hundreds|dozens)\b", re.IGNORECASE), _vague_scale),
    Pattern("time", re.compile(r"(?<![\w.,])\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)(?!\w)|(?<![\w.,:])\d{1,2}:\d{2}(?![\d:])", re.IGNORECASE), _time),
    Pattern("year_range", re.compile(r"(?<=(?P<year>(?:19|20)\d{2})[-–])(?P<y2>\d{2})(?![\w\d])"), year_range),
    Pattern("date_mdy", re.compile(r"\b" + _EN_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>(?:19|20)\d{2})\b"), _date),
    Pattern("date_dmy", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b"), _date),
    Pattern("date_my", re.compile(r"\b" + _EN_MONTH + r",?\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})\b"), _date),
    Pattern("date_md", re.compile(r"\b" + _EN_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\d)"), _date_md),
    Pattern("date_dm", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH + r"\b"), _date),
    Pattern("money", re.compile(
        r"(?<![\w$])(?P<cur>US\$|AU\$|A\$|CA\$|C\$|HK\$|\$|€|£|¥|(?:RMB|USD|EUR|GBP|CNY|JPY|Rs\.?)\s?)\s?(?P<num>" + _EN_NUM + r")"
        r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|m|k|b)\b)?", re.IGNORECASE), _money),
    Pattern("money_suffix", re.compile(
        r"(?<![\w.,])(?P<num>" + _EN_NUM + r")(?:[\s-]?(?P<scale>thousand|million|billion|trillion))?\s?"
        r"(?P<cur>dollars|euros|yuan|renminbi|yen|rupees|rubles|roubles|USD|EUR|GBP|RMB|CNY)\b", re.IGNORECASE), _money),
    Pattern("percent", re.compile(r"(?<![\w.,])(?P<num>" + _EN_NUM + r")\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b)", re.IGNORECASE), _percent),
    Pattern("scaled", re.compile(r"(?<![a-z\d.,])(?P<num>" + _EN_NUM + r")[\s-]?(?P<scale>(?i:thousand|million|billion|trillion))\b"), _scaled),
    Pattern("fraction", re.compile(r"\b(?P<frac>" + "|".join(sorted((re.escape(k) for k in EN_FRACTIONS), key=len, reverse=True)) + r")\b", re.IGNORECASE), _fraction),
    Pattern("ratio", re.compile(r"\b(?P<ratio>doubled?|doubling|tripled?|quadrupled?|twofold|threefold)\b", re.IGNORECASE), _ratio),
    Pattern("words", re.compile(
        r"\b(?P<words>(?:a|one|" + _EN_WORDNUM + r")(?:[\s-]hundred(?:[\s-](?:and[\s-])?" + _EN_WORDNUM + r")?)?)"
        r"(?:[\s-](?P<scale>thousand|million|billion|trillion))?(?P<pct>\s(?:percent|per cent)\b)?\b", re.IGNORECASE), _words),
    Pattern("decade", re.compile(r"(?<![\w.,])(?P<year>(?:1[89]|20)\d0)s\b"), _decade),
    Pattern("number", re.compile(r"(?<![\w.,])(?P<num>" + _EN_NUM + r")(?:st|nd|rd|th|" + UNITS_GLUED + r")?(?![\w])", re.IGNORECASE), _number),
    Pattern("month", re.compile(r"\b(?P<month>January|February|March|April|June|July|August|September|October|November|December)\b"), _month),
)


def english_quantities(text: str) -> list[Quantity]:
    """The quantities of an English text, sorted by offset (0-based, end exclusive, in `text`)."""
    return extract(PATTERNS, text, text)
