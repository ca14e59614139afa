"""Numbers, money, percentages and dates in English and Chinese, normalised to comparable values.

`$2 billion` and `20 亿美元` are both (money, 2e9, USD); `70 million` and `7000 万` are (count, 7e7);
`February 2017` and `2017 年 2 月` are (date, 2017-02). Small numbers written as words (`two`, `三`),
fractions and bare month names are *soft*: they match their counterparts but are never reported
missing or extra, since translators legitimately rephrase them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from transqa.script import to_halfwidth, to_simplified

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
CURRENCIES_ZH = {
    "美元": "USD", "美金": "USD", "$": "USD", "us$": "USD", "元": "CNY", "人民币": "CNY", "块": "CNY",
    "¥": "CNY", "￥": "CNY", "欧元": "EUR", "€": "EUR", "英镑": "GBP", "£": "GBP", "日元": "JPY",
    "港元": "HKD", "港币": "HKD", "日圆": "JPY", "澳元": "AUD", "加元": "CAD", "卢布": "RUB", "韩元": "KRW", "卢比": "INR",
    "新台币": "TWD", "台币": "TWD",
}
ZH_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_BIG = {"万": 1e4, "亿": 1e8}
ZH_MEASURE = "个家名位人次件款项所座台辆部本张条只种倍岁年月日天周小时分钟秒篇首枚笔户间起股"


@dataclass(frozen=True, slots=True)
class Quantity:
    kind: str  # count | money | percent | date | ratio
    value: float  # for dates: year*10000 + month*100 + day, missing parts as 0
    start: int
    end: int
    text: str
    currency: str | None = None
    soft: bool = False
    date: tuple[int, int, int] | None = None  # (year, month, day), 0 where absent
    year_like: bool = False

    def same(self, other: Quantity) -> bool:
        """Same value and kind (a year and a plain count of the same value are the same)."""
        if self.kind == "date" or other.kind == "date":
            if self.kind == "date" and other.kind == "date":
                return _dates_equal(self.date, other.date)
            year, count = (self, other) if self.kind == "date" else (other, self)
            return year.year_like and count.kind == "count" and year.date is not None and close(year.date[0], count.value)
        if self.kind != other.kind:
            return False
        if self.kind == "money" and self.currency and other.currency and self.currency != other.currency:
            return False
        return close(self.value, other.value)

    def describe(self) -> str:
        if self.kind == "date" and self.date:
            y, m, d = self.date
            parts = [f"{y:04d}" if y else "", f"{m:02d}" if m else "", f"{d:02d}" if d else ""]
            return "-".join(p for p in parts if p) or self.text
        v = format_value(self.value)
        if self.kind == "money":
            return f"{v} {self.currency or '(no currency)'}"
        if self.kind == "percent":
            return f"{v}%"
        if self.kind == "ratio":
            return f"x{v}"
        return v


def _dates_equal(a: tuple[int, int, int] | None, b: tuple[int, int, int] | None) -> bool:
    if not a or not b:
        return False
    for x, y in zip(a, b, strict=True):
        if x and y and x != y:
            return False
    # at least one common part must be present on both sides
    return any(x and y for x, y in zip(a, b, strict=True))


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def format_value(v: float) -> str:
    if math.isfinite(v) and v == int(v) and abs(v) < 1e18:
        return f"{int(v):,}"
    if not math.isfinite(v):
        return str(v)
    return f"{v:,.6g}" if abs(v) >= 1e-3 else f"{v:.6g}"


def _num(s: str) -> float:
    try:
        return float(s.replace(",", "").replace("，", ""))
    except ValueError:
        return float("nan")


# ----------------------------------------------------------------------------------------- English
_EN_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_EN_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_EN_WORDNUM = (
    r"(?:(?:" + "|".join(EN_TENS) + r")(?:[- ](?:" + "|".join(k for k in EN_UNITS if 0 < EN_UNITS[k] < 10) + r"))?|"
    + "|".join(sorted(EN_UNITS, key=len, reverse=True)) + r")"
)
_EN_UNITS_GLUED = r"mph|kph|km/h|km|kms|m|cm|mm|kg|g|lbs?|ft|mi|ml|mw|gw|kw|kwh|gwh|mwh|gb|tb|mb|hz|ghz|mhz|mp|sq|ha|bn|mn|am|pm|p|k|v|w|a|mah|wh|hrs?|h|min|mins|s|x"
_EN_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("slashed", re.compile(r"(?<![\w.,/])\d{1,2}/\d{1,2}(?![\w/])")),
    ("roman", re.compile(r"(?<![\w-])(?=[XVI])(?P<roman>(?:X{0,3})(?:IX|IV|V?I{0,3}))(?![\w-])")),
    ("vague_scale", re.compile(r"\b(?:the|millions|billions|thousands|hundreds) (?P<scale>million|billion|thousand)s?\b|\b(?:millions|billions|thousands|hundreds|dozens)\b", re.IGNORECASE)),
    ("time", re.compile(r"(?<![\w.,])\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)(?!\w)|(?<![\w.,:])\d{1,2}:\d{2}(?![\d:])", re.IGNORECASE)),
    ("year_range", re.compile(r"(?<=(?P<year>(?:19|20)\d{2})[-–])(?P<y2>\d{2})(?![\w\d])")),
    ("date_mdy", re.compile(r"\b" + _EN_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<year>(?:19|20)\d{2})\b")),
    ("date_dmy", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b")),
    ("date_my", re.compile(r"\b" + _EN_MONTH + r",?\s+(?:of\s+)?(?P<year>(?:19|20)\d{2})\b")),
    ("date_md", re.compile(r"\b" + _EN_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\d)")),
    ("date_dm", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH + r"\b")),
    ("money", re.compile(
        r"(?<![\w$])(?P<cur>US\$|AU\$|A\$|CA\$|C\$|HK\$|\$|€|£|¥|(?:RMB|USD|EUR|GBP|CNY|JPY|Rs\.?)\s?)\s?(?P<num>" + _EN_NUM + r")"
        r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|m|k|b)\b)?", re.IGNORECASE)),
    ("money_suffix", re.compile(
        r"(?<![\w.,])(?P<num>" + _EN_NUM + r")(?:[\s-]?(?P<scale>thousand|million|billion|trillion))?\s?"
        r"(?P<cur>dollars|euros|yuan|renminbi|yen|rupees|rubles|roubles|USD|EUR|GBP|RMB|CNY)\b", re.IGNORECASE)),
    ("percent", re.compile(r"(?<![\w.,])(?P<num>" + _EN_NUM + r")\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b)", re.IGNORECASE)),
    ("scaled", re.compile(r"(?<![a-z\d.,])(?P<num>" + _EN_NUM + r")[\s-]?(?P<scale>(?i:thousand|million|billion|trillion))\b")),
    ("fraction", re.compile(r"\b(?P<frac>" + "|".join(sorted((re.escape(k) for k in EN_FRACTIONS), key=len, reverse=True)) + r")\b", re.IGNORECASE)),
    ("ratio", re.compile(r"\b(?P<ratio>doubled?|doubling|tripled?|quadrupled?|twofold|threefold)\b", re.IGNORECASE)),
    ("words", re.compile(
        r"\b(?P<words>(?:a|one|" + _EN_WORDNUM + r")(?:[\s-]hundred(?:[\s-](?:and[\s-])?" + _EN_WORDNUM + r")?)?)"
        r"(?:[\s-](?P<scale>thousand|million|billion|trillion))?(?P<pct>\s(?:percent|per cent)\b)?\b", re.IGNORECASE)),
    ("decade", re.compile(r"(?<![\w.,])(?P<year>(?:1[89]|20)\d0)s\b")),
    ("number", re.compile(r"(?<![\w.,])(?P<num>" + _EN_NUM + r")(?:st|nd|rd|th|" + _EN_UNITS_GLUED + r")?(?![\w])", re.IGNORECASE)),
    ("month", re.compile(r"\b(?P<month>January|February|March|April|June|July|August|September|October|November|December)\b")),
]


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


def _mask(text: str, s: int, e: int) -> str:
    return text[:s] + "\x01" * (e - s) + text[e:]


def english_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    work = text
    for name, pat in _EN_PATTERNS:
        for m in pat.finditer(work):
            q = _en_match(name, m, text)
            if q is not None:
                out.append(q)
                work = _mask(work, m.start(), m.end())
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _en_match(name: str, m: re.Match[str], text: str) -> Quantity | None:
    s, e = m.start(), m.end()
    t = text[s:e]
    g = m.groupdict()
    if name == "slashed":  # 24/7, 20/20, 9/11: matched as written, never reported
        return Quantity("count", 0.0, s, e, t, soft=True)
    if name == "roman":
        v = _roman(g["roman"])
        return Quantity("count", v, s, e, t, soft=True) if v >= 2 else None
    if name == "vague_scale":  # "the million", "millions of": matched, never reported
        return Quantity("count", EN_SCALES.get((g.get("scale") or "").lower(), 0.0), s, e, t, soft=True)
    if name == "time":  # clock times are written many ways (1.30pm, 下午 1:30, 一点半): matched, never reported
        return Quantity("count", _num(re.sub(r"[^\d.]", "", t.split(":")[0].split(".")[0]) or "0"), s, e, t, soft=True)
    if name == "year_range":
        y1 = int(g["year"])
        y2 = (y1 // 100) * 100 + int(g["y2"])
        return Quantity("date", y2 * 10000, s, e, t, date=(y2, 0, 0), year_like=True) if y2 > y1 else None
    if name.startswith("date"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = int(g.get("year") or 0)
        day = int(g.get("day") or 0)
        if day > 31:
            return None
        if name == "date_md" and g["month"].lower() == "may" and not day:
            return None
        return Quantity("date", year * 10000 + month * 100 + day, s, e, t, date=(year, month, day))
    if name == "month":
        return Quantity("date", MONTHS[g["month"].lower()] * 100, s, e, t, date=(0, MONTHS[g["month"].lower()], 0), soft=True)
    if name in ("money", "money_suffix"):
        cur = CURRENCIES_EN.get(g["cur"].strip().lower().rstrip("."), g["cur"].strip().upper())
        scale = EN_SCALES.get((g.get("scale") or "").lower(), 1.0)
        return Quantity("money", _num(g["num"]) * scale, s, e, t, currency=cur)
    if name == "percent":
        return Quantity("percent", _num(g["num"]), s, e, t)
    if name == "scaled":
        return Quantity("count", _num(g["num"]) * EN_SCALES[g["scale"].lower()], s, e, t)
    if name == "fraction":
        return Quantity("count", EN_FRACTIONS[g["frac"].lower()], s, e, t, soft=True)
    if name == "ratio":
        r = g["ratio"].lower()
        v = 2 if r.startswith(("doubl", "two")) else 3 if r.startswith(("tripl", "three")) else 4
        return Quantity("ratio", v, s, e, t, soft=True)
    if name == "words":
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
    if name == "decade":
        y = int(g["year"])
        return Quantity("date", y * 10000, s, e, t, date=(y, 0, 0), soft=True)
    if name == "number":
        v = _num(g["num"])
        raw = g["num"]
        if _in_name(text, s):
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
    return None


def _in_name(text: str, s: int) -> bool:
    """COVID-19, F-35, G-7, Boeing-787: the number is part of a name."""
    return s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha()


# ----------------------------------------------------------------------------------------- Chinese
_ZH_NUM = r"\d+(?:[,，]\d{3})*(?:\.\d+)?|(?<![\d.])\.\d+"
_ZH_CN = "零〇○一二两三四五六七八九十百千万亿"
_ZH_SCALE = r"(?:十|百|千|万|亿|百万|千万|十万|万亿|十亿|百亿|千亿)"
_ZH_CUR_SUFFIX = "|".join(sorted((k for k in CURRENCIES_ZH if len(k) > 1 or k in "元块"), key=len, reverse=True))
_ZH_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("garbled", re.compile(r"(?<![\d.])(?P<a>\d+)\s+\.\s+(?P<b>\d+)\s?(?P<scale>" + _ZH_SCALE + r")?\s?(?P<cur>" + _ZH_CUR_SUFFIX + r")?")),
    ("slashed", re.compile(r"(?<![\d./])\d{1,2}/\d{1,2}(?![\d/])")),
    ("year_range", re.compile(r"(?<=(?P<year>(?:19|20)\d{2})[-–])(?P<y2>\d{2})(?![\d])")),
    ("date_ymd", re.compile(r"(?<![\d.])(?P<year>\d{4})\s?年\s?(?P<month>\d{1,2})\s?月(?:\s?(?P<day>\d{1,2})\s?[日号])?")),
    ("date_cn_ymd", re.compile(r"(?P<year>[零〇○一二三四五六七八九]{4})\s?年(?:\s?(?P<month>十[一二]?|[一二三四五六七八九])\s?月(?:\s?(?P<day>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s?[日号])?)?")),
    ("date_md", re.compile(r"(?<![\d.])(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?[日号]")),
    ("date_y", re.compile(r"(?<![\d.])(?P<year>\d{4})\s?年(?P<decade>代)?")),
    ("date_m", re.compile(r"(?<![\d.])(?P<month>\d{1,2})\s?月(?!份?[\d])")),
    ("date_cn_m", re.compile(r"(?<![" + _ZH_CN + r"])(?P<month>十[一二]?|[一二三四五六七八九])月(?!份?[\d])")),
    ("money_prefix", re.compile(r"(?P<cur>US\$|\$|€|£|¥|￥|人民币)\s?(?P<num>" + _ZH_NUM + r")\s?(?P<scale>" + _ZH_SCALE + r")?(?P<cur2>" + _ZH_CUR_SUFFIX + r")?")),
    ("money", re.compile(r"(?<![A-Za-z0-9.])(?P<num>" + _ZH_NUM + r")\s?(?P<approx>多|余)?\s?(?P<scale>" + _ZH_SCALE + r")?\s?(?P<cur>" + _ZH_CUR_SUFFIX + r")")),
    ("money_cn", re.compile(r"(?<![" + _ZH_CN + r"])(?P<cn>[" + _ZH_CN + r"]+)\s?(?P<cur>" + _ZH_CUR_SUFFIX + r")")),
    ("percent_cn", re.compile(r"百分之(?P<cn>[" + _ZH_CN + r"点]+|" + _ZH_NUM + r")")),
    ("percent", re.compile(r"(?<![A-Za-z0-9.])(?P<num>" + _ZH_NUM + r")\s?(?:%|％|个百分点)")),
    ("fraction", re.compile(r"(?P<den>(?<![" + _ZH_CN + r"])[" + _ZH_CN + r"]+|(?<!\d)\d+)分之(?P<nom>[" + _ZH_CN + r"]+|\d+)")),
    ("half", re.compile(r"一半|半数")),
    ("ratio", re.compile(r"翻(?:了)?(?:一)?番|翻倍|增加了?一倍|(?P<n>[两三四])倍")),
    ("scaled", re.compile(r"(?<![A-Za-z0-9.])(?P<num>" + _ZH_NUM + r")\s?(?P<approx>多|余)?\s?(?P<scale>" + _ZH_SCALE + r")")),
    ("time", re.compile(r"(?<![\d.])\d{1,2}\s?[:：]\s?\d{2}(?![\d])|[零一二两三四五六七八九十\d]{1,3}\s?点\s?(?:半|[零一二三四五六七八九十\d]{1,3}\s?分)")),
    ("number", re.compile(r"(?<![A-Za-z0-9.])(?P<num>" + _ZH_NUM + r")(?:(?i:" + _EN_UNITS_GLUED + r"))?(?![A-Za-z\d])")),
    ("cn", re.compile(r"(?P<cn>[" + _ZH_CN + r"]+(?:点[零〇一二三四五六七八九]+)?)(?P<after>.?)")),
]


def chinese_numeral(s: str) -> float | None:
    """三百五十 → 350, 两千零五 → 2005, 一亿二千万 → 120000000, 二〇一七 → 2017."""
    if not s:
        return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = chinese_numeral(whole) if whole else 0.0
        if w is None or not frac or any(c not in ZH_DIGITS for c in frac):
            return None
        return w + float("0." + "".join(str(ZH_DIGITS[c]) for c in frac))
    if all(c in ZH_DIGITS for c in s):
        if len(s) == 1:
            return float(ZH_DIGITS[s])
        return float("".join(str(ZH_DIGITS[c]) for c in s))
    total = 0.0
    section = 0.0
    digit: float | None = None
    for c in s:
        if c in ZH_DIGITS:
            digit = float(ZH_DIGITS[c])
        elif c in ZH_UNITS:
            section += (digit if digit is not None else 1.0) * ZH_UNITS[c]
            digit = None
        elif c in ZH_BIG:
            section += digit or 0.0
            digit = None
            if section == 0:
                section = 1.0
            if c == "亿":
                total = (total + section) * ZH_BIG[c]
            else:
                total += section * ZH_BIG[c]
            section = 0.0
        else:
            return None
    return total + section + (digit or 0.0)


def _zh_scale(s: str | None) -> float:
    if not s:
        return 1.0
    v = 1.0
    for c in s:
        v *= ZH_UNITS.get(c) or ZH_BIG.get(c) or 1.0
    return v


def chinese_quantities(text: str) -> list[Quantity]:
    work = to_halfwidth(to_simplified(text)).replace("\u3000", " ")
    out: list[Quantity] = []
    for name, pat in _ZH_PATTERNS:
        for m in pat.finditer(work):
            q = _zh_match(name, m, text)
            if q is not None:
                out.append(q)
                work = _mask(work, m.start(), m.end())
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _zh_match(name: str, m: re.Match[str], text: str) -> Quantity | None:
    s, e = m.start(), m.end()
    g = m.groupdict()
    t = text[s:e]
    if name == "slashed":
        return Quantity("count", 0.0, s, e, t, soft=True)
    if name == "year_range":
        y1 = int(g["year"])
        y2 = (y1 // 100) * 100 + int(g["y2"])
        return Quantity("date", y2 * 10000, s, e, t, date=(y2, 0, 0), year_like=True) if y2 > y1 else None
    if name in ("date_ymd", "date_md", "date_y", "date_m"):
        y = int(g.get("year") or 0)
        mo = int(g.get("month") or 0)
        d = int(g.get("day") or 0)
        if mo > 12 or d > 31:
            return None
        if name == "date_y" and g.get("decade"):
            return Quantity("date", y * 10000, s, e, t, date=(y, 0, 0), soft=True)
        return Quantity("date", y * 10000 + mo * 100 + d, s, e, t, date=(y, mo, d), soft=name == "date_m", year_like=name == "date_y")
    if name == "garbled":  # `1 . 5 亿`: read as the number it was meant to be (TQA207 reports it)
        v = _num(g["a"] + "." + g["b"]) * _zh_scale(g.get("scale"))
        if g.get("cur"):
            return Quantity("money", v, s, e, t, currency=CURRENCIES_ZH.get(g["cur"], "CNY"))
        return Quantity("count", v, s, e, t)
    if name == "date_cn_ymd":
        y = int(chinese_numeral(g["year"]) or 0)
        mo = int(chinese_numeral(g["month"]) or 0) if g.get("month") else 0
        d = int(chinese_numeral(g["day"]) or 0) if g.get("day") else 0
        return Quantity("date", y * 10000 + mo * 100 + d, s, e, t, date=(y, mo, d))
    if name == "date_cn_m":
        mo = int(chinese_numeral(g["month"]) or 0)
        return Quantity("date", mo * 100, s, e, t, date=(0, mo, 0), soft=True)
    if name in ("money_prefix", "money"):
        cur = CURRENCIES_ZH.get((g.get("cur2") or g["cur"]).lower(), "CNY") if name == "money" else CURRENCIES_ZH.get(g["cur"].lower(), "USD")
        if name == "money_prefix" and g.get("cur2"):
            cur = CURRENCIES_ZH.get(g["cur2"], cur)
        return Quantity("money", _num(g["num"]) * _zh_scale(g.get("scale")), s, e, t, currency=cur, soft=bool(g.get("approx")))
    if name == "money_cn":
        v = chinese_numeral(g["cn"])
        if v is None:
            return None
        vague = s > 0 and text[s - 1] in "数几上近好"
        return Quantity("money", v, s, e, t, currency=CURRENCIES_ZH.get(g["cur"], "CNY"), soft=len(g["cn"]) == 1 or vague)
    if name == "percent_cn":
        raw = g["cn"]
        v = _num(raw) if raw[0].isdigit() else chinese_numeral(raw)
        if v is None:
            return None
        return Quantity("percent", v, s, e, t)
    if name == "percent":
        return Quantity("percent", _num(g["num"]), s, e, t)
    if name == "fraction":
        den = _num(g["den"]) if g["den"].isdigit() else chinese_numeral(g["den"])
        nom = _num(g["nom"]) if g["nom"].isdigit() else chinese_numeral(g["nom"])
        if not den or nom is None:
            return None
        return Quantity("count", nom / den, s, e, t, soft=True)
    if name == "half":
        return Quantity("count", 0.5, s, e, t, soft=True)
    if name == "ratio":
        n = g.get("n")
        return Quantity("ratio", float(ZH_DIGITS[n]) if n else 2.0, s, e, t, soft=True)
    if name == "scaled":
        return Quantity("count", _num(g["num"]) * _zh_scale(g["scale"]), s, e, t, soft=bool(g.get("approx")))
    if name == "time":
        return Quantity("count", 0.0, s, e, t, soft=True)
    if name == "number":
        raw = g["num"]
        v = _num(raw)
        if _in_name(text, s):
            return None
        year_like = "," not in raw and "，" not in raw and "." not in raw and len(raw) == 4 and 1900 <= v <= 2099
        if year_like:
            return Quantity("date", v * 10000, s, e, t, date=(int(v), 0, 0), year_like=True)
        clock = len(raw) > 1 and raw[0] == "0" and "." not in raw  # 0500 hours
        rest = text[e : e + 3].lstrip()
        ordinal = text[max(0, s - 2) : s].rstrip().endswith("第") or rest.startswith(("世纪", "年代", "多", "余", "几", "来"))
        return Quantity("count", v, s, e, t, soft=clock or ordinal or (v < 10 and v == int(v)))
    if name == "cn":
        cn = g["cn"]
        vague = s > 0 and text[s - 1] in "数几上近好" or (g.get("after") or "") in ("多", "余", "几", "来")
        after = g.get("after") or ""
        e = s + len(cn)
        t = text[s:e]
        v = chinese_numeral(cn)
        if v is None:
            return None
        if all(c in ZH_DIGITS for c in cn) and len(cn) < 3:
            return Quantity("count", v, s, e, t, soft=True)  # 一一 (one by one), 二三 (a few)
        has_digit = any(c in ZH_DIGITS and c not in "零〇○" for c in cn)
        hard = has_digit and (len(cn) >= 2 and any(c in "十百千万亿" for c in cn) or (after and after in ZH_MEASURE and v >= 10))
        if len(cn) == 1 and cn in "万亿千百":
            return None
        return Quantity("count", v, s, e, t, soft=not hard or vague)
    return None


def garbled_numbers(text: str) -> list[tuple[int, int, str, str]]:
    """Numbers broken by machine translation: `1 . 5 亿`, `120，000`. (start, end, found, repaired)."""
    out = []
    for m in re.finditer(r"(?<![\d.])(\d+)\s+[.．]\s+(\d+)(?![\d])", text):
        out.append((m.start(), m.end(), m.group(0), f"{m.group(1)}.{m.group(2)}"))
    for m in re.finditer(r"(?<![\d,，.])\d{1,3}(?:，\d{3})+(?![\d])", text):
        out.append((m.start(), m.end(), m.group(0), m.group(0).replace("，", ",")))
    return out
