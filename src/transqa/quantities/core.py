"""The quantity record and the helpers both languages share.

Numbers, money, percentages and dates in English and Chinese, normalised to comparable values.

`$2 billion` and `20 亿美元` are both (money, 2e9, USD); `70 million` and `7000 万` are (count, 7e7);
`February 2017` and `2017 年 2 月` are (date, 2017-02). Small numbers written as words (`two`, `三`),
fractions and bare month names are *soft*: they match their counterparts but are never reported
missing or extra, since translators legitimately rephrase them.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter

from transqa import recache
from transqa.lang.script import HAN_FIRST, HAN_LAST
from transqa.quantities.needs import (
    Need,
    Words,
    has_digit,
    lowered,
    needs,
    needs_words,
)
from transqa.quantities.starts import prefiltered


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number, amount of money, percentage, ratio or date found in a text: kind, value (dates as year*10000 +
    month*100 + day), offsets in the text, the text, currency (ISO code), soft (matched but never reported
    missing or added), date parts, year_like (a bare year)."""
    kind: str  # count | money | percent | date | ratio | fraction | vague | decade | label | time | ordinal | weekday
    value: float  # for dates: year*10000 + month*100 + day, missing parts as 0
    start: int
    end: int
    text: str
    currency: str | None = None
    soft: bool = False
    date: tuple[int, int, int] | None = None  # (year, month, day), 0 where absent
    year_like: bool = False
    unit: str | None = None  # canonical unit (km, mile, acre, ha, kg, lb, ft, m, C, F, ...) when written
    span: tuple[float, float] | None = None  # vague counts (thousands, 数百): the range [lo, hi) they stand for
    label: str | None = None  # model and product labels (X12, GPT-4, A380): the letters, upper-cased
    points: bool = False  # percentage points (个百分点), not percent; on a count: points (an index, a score)
    ambiguous: bool = False  # a bare `$` or `¥`: other dollar or yen/yuan currencies may render it
    clock: int | None = None  # clock times: minutes past twelve on a twelve-hour dial (-1: a calque naming no time)
    counted: bool = False  # a Chinese figure before a measure word (11 名, 11k 部): it counts things, so a k is thousands
    years: bool = False  # a count of years read from English periods (`6 decades`: 60, `two centuries`: 200)

    def same(self, other: Quantity) -> bool:
        """Same value and kind (a year and a plain count of the same value are the same)."""
        if self.kind == "date" or other.kind == "date":
            if self.kind == "date" and other.kind == "date":
                return _same_date(self, other)
            year, count = (self, other) if self.kind == "date" else (other, self)
            return year.year_like and count.kind == "count" and year.date is not None and close(year.date[0], count.value)
        if self.kind != other.kind:
            return False
        if self.kind == "money" and self.currency and other.currency and self.currency != other.currency:
            return False
        if self.kind == "label":
            return self.label == other.label and close(self.value, other.value)
        if self.kind == "time" and self.clock is not None and other.clock is not None:
            return self.clock == other.clock >= 0
        if self.kind == "percent" and self.points != other.points:
            return False
        if self.unit and other.unit and not same_unit(self.unit, other.unit) and not {"m?", "deg?"} & {self.unit, other.unit}:
            return False
        return close(self.value, other.value)

    def describe(self) -> str:
        """The value as a reader would check it: 2017-02, 1,500 USD, 12.5%, x2, 8:45, Saturday, rank 3."""
        calendar = _calendar(self)
        if calendar is not None:
            return calendar
        v = format_value(self.value)
        if self.kind == "money":
            return f"{v} {self.currency or '(no currency)'}"
        if self.kind == "percent":
            return f"{v} percentage points" if self.points else f"{v}%"
        if self.kind == "ratio":
            return f"x{v}"
        if self.kind == "vague" and self.span:
            return f"{format_value(self.span[0])} to {format_value(self.span[1])}"
        if self.kind == "label":
            return f"{self.label}{v}"
        if self.kind == "fraction":
            return f"{self.value:.3g}"
        if self.kind == "ordinal":
            return f"rank {v}"
        if self.unit:
            return f"{v} {self.unit}"
        return v


_FIELDS = tuple(f.name for f in fields(Quantity))
_VALUES = attrgetter(*_FIELDS)  # a Quantity's fields in order, as its constructor takes them
_START, _END, _TEXT = _FIELDS.index("start"), _FIELDS.index("end"), _FIELDS.index("text")


def placed(q: Quantity, start: int, end: int, text: str | None = None) -> Quantity:
    """q at other offsets, `start` to `end` (characters), and with `text` when given: `dataclasses.replace(q, start=start,
    end=end[, text=text])` at half its cost (it reads the fields one by one through their descriptions). Keys of
    quantities alike but for their places (`renders.FirstByValue`, numbers' `_distinct`) make one a figure: 40,000 of
    them for 20,000 links in one paragraph (issue 21)."""
    values = list(_VALUES(q))
    values[_START], values[_END] = start, end
    if text is not None:
        values[_TEXT] = text
    return Quantity(*values)


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _calendar(q: Quantity) -> str | None:
    """A date, clock time or day of the week as a reader would check it (2017-02, 8:45, Saturday), else None."""
    if q.kind == "date" and q.date:
        y, m, d = q.date
        parts = [f"{y:04d}" if y else "", f"{m:02d}" if m else "", f"{d:02d}" if d else ""]
        return "-".join(p for p in parts if p) or q.text
    if q.kind == "time" and q.clock is not None:
        return "no time of day" if q.clock < 0 else f"{q.clock // 60 or 12}:{q.clock % 60:02d}"
    if q.kind == "weekday":
        return _WEEKDAY_NAMES[int(q.value) - 1]
    return None


# Conversions a translator makes on purpose: (from, to) → factor; temperatures apart.
CONVERSIONS: dict[tuple[str, str], float] = {
    ("mile", "km"): 1.609344, ("ft", "m"): 0.3048, ("inch", "cm"): 2.54, ("yard", "m"): 0.9144,
    ("acre", "ha"): 0.4046856, ("sqmi", "km2"): 2.589988, ("sqft", "m2"): 0.09290304, ("lb", "kg"): 0.45359237,
    ("oz", "g"): 28.349523, ("gal", "l"): 3.785412, ("mph", "kmh"): 1.609344, ("acre", "km2"): 0.004046856,
    ("acre", "m2"): 4046.856, ("ft", "cm"): 30.48, ("inch", "m"): 0.0254, ("sqmi", "ha"): 258.9988, ("ton", "t"): 0.907185,
    ("ton", "kg"): 907.18474, ("ton", "lb"): 2000.0, ("stone", "kg"): 6.35029318, ("stone", "lb"): 14.0, ("kg", "g"): 1000.0,
    ("t", "kg"): 1000.0, ("t", "lb"): 2204.6226, ("km", "m"): 1000.0, ("m", "cm"): 100.0, ("mile", "m"): 1609.344,
    ("g", "mg"): 1000.0,  # 500 mg ↔ 0.5 克 (heldout14: one false TQA202 gone)
    ("inch", "mm"): 25.4, ("cm", "mm"): 10.0, ("m", "mm"): 1000.0,  # 2mm ↔ 0.08 英寸（2 毫米） (heldout16: one false TQA204)
    # data (DATA_PREFIXES): decimal prefixes (a binary 4 GB = 4096 MB is within rounding), and a byte is eight bits, so
    # a size or rate converted right (50 MB/s ↔ 每秒 400 兆位) matches and one whose bits became bytes with its figure
    # kept (`40 Gbps` → `40 千兆字节`, `100 Mbps` → `100 兆字节`) is a unit changed (TQA205): issue 16, release 42
    ("KB", "B"): 1000.0, ("MB", "KB"): 1000.0, ("GB", "MB"): 1000.0, ("TB", "GB"): 1000.0, ("PB", "TB"): 1000.0,
    ("Kb", "b"): 1000.0, ("Mb", "Kb"): 1000.0, ("Gb", "Mb"): 1000.0, ("Tb", "Gb"): 1000.0, ("B", "b"): 8.0,
}
# The prefix of a data unit as written → the letter of its canonical unit (`MB`, `Gb`; bytes B, bits b)
DATA_UNITS = frozenset(p + u for p in ("", "K", "M", "G", "T", "P") for u in ("B", "b"))
DATA_PREFIXES = {"K": "K", "k": "K", "M": "M", "G": "G", "T": "T", "P": "P", "": "",
                 "kilo": "K", "mega": "M", "giga": "G", "tera": "T", "peta": "P",
                 "千": "K", "兆": "M", "千兆": "G", "吉": "G", "吉咖": "G", "太": "T", "兆兆": "T", "拍": "P"}
# A Latin data unit as written, after its figure (english._EN_DATA, chinese._ZH_DATA): a prefix (group `pre`, a key of
# DATA_PREFIXES) and B (group `B`: bytes) or b (bits), per second or not (`Gbps`, `MB/s`, `KiB`, `Mbit/s`, `kB`).
# A bare lower-case `kb` (`64kb of memory`) is casual and means kilobytes as often as kilobits, as all-lower `mb`, `gb`
# do: it is not read (a false TQA205 against `64KB` before, release 42 review); `kbps`, `kbit`, `kb/s` stay bits.
DATA_LATIN = r"(?P<pre>[KkMGTP])(?:i?(?P<B>B)(?:ps|/s)?|b(?:ps|/s|its?(?:/s)?)|(?<=[KMGTP])b)"
DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD"})


def data_unit(prefix: str, is_bytes: bool) -> str:
    """The unit a data figure carries: the prefix's letter (a key of DATA_PREFIXES: `kilo`, `千兆`, `G`) and B for
    bytes or b for bits (`GB`, `Mb`)."""
    return DATA_PREFIXES[prefix] + ("B" if is_bytes else "b")



def base_unit(u: str) -> str:
    """Speeds are distances in Chinese phrasing (时速 80 英里): mph is a mile, km/h a kilometre."""
    return {"mph": "mile", "kmh": "km"}.get(u, u)


def same_unit(a: str, b: str) -> bool:
    """One unit, or a `ton` (metric or US short: the word says not which) and a tonne (吨)."""
    a, b = base_unit(a), base_unit(b)
    return a == b or {a, b} == {"ton", "t"}


def conversion_factor(a: str, b: str) -> float | None:
    """How many of unit `b` make one of unit `a` (canonical units, as in english.EN_UNITS_MAP and
    chinese.ZH_UNITS_MAP: `lb`, `kg`), from CONVERSIONS read either way and chained through other units of the same
    dimension (`oz` → `g` → `kg`); 1.0 for one unit, None when no chain joins them (another dimension, a temperature)."""
    return _factors(a).get(b)


@lru_cache(maxsize=64)
def _factors(a: str) -> dict[str, float]:
    """Every unit CONVERSIONS joins to `a`, with the factor from `a` to it (breadth-first: the fewest steps)."""
    edges: dict[str, list[tuple[str, float]]] = {}
    for (x, y), f in CONVERSIONS.items():
        edges.setdefault(x, []).append((y, f))
        edges.setdefault(y, []).append((x, 1 / f))
    out, todo = {a: 1.0}, [a]
    while todo:
        x = todo.pop(0)
        for y, f in edges.get(x, ()):
            if y not in out:
                out[y] = out[x] * f
                todo.append(y)
    return out


def _converted(value: float, a: str, b: str) -> float | None:
    """`value` in unit a expressed in unit b, or None when there is no conversion between them."""
    if a == "deg?" and b == "C":  # above 90 degrees (an American article) → 32.2 摄氏度
        a = "F"
    if (a, b) == ("F", "C"):
        return (value - 32) * 5 / 9
    if (a, b) == ("C", "F"):
        return value * 9 / 5 + 32
    if (a, b) in CONVERSIONS:
        return value * CONVERSIONS[(a, b)]
    if (b, a) in CONVERSIONS:
        return value / CONVERSIONS[(b, a)]
    # Data units convert through their chain (MB → KB → B → b → Kb → Mb): each prefix is one step of 1,000 and a byte
    # eight bits, so every pair of DATA_UNITS is a conversion a translator makes. The other units stay direct-only
    # (the pairs CONVERSIONS lists, each seen converted in a translation): a chain would join units no translation
    # converts between (inch → km through cm and m, stone → g) and turn their verdict from None (no conversion: a unit
    # changed, TQA205) into a conversion right or wrong (TQA204), a change not measured on the benchmark (release 42).
    if a in DATA_UNITS and b in DATA_UNITS:
        f = conversion_factor(a, b)
        return None if f is None else value * f
    return None


def converts(s: Quantity, t: Quantity) -> bool | None:
    """True when t is s converted to another unit within rounding, False when the units convert but the
    value does not, None when there is no conversion between them."""
    if not s.unit or not t.unit or base_unit(s.unit) == base_unit(t.unit):
        return None
    if "ton" in (s.unit, t.unit):  # a ton converted either as a US short ton or as a metric one: either is right
        verdicts = [_converts(s.value, a, b, t.value) for a, b in _ton_readings(s.unit, t.unit)]
        return True if True in verdicts else False if False in verdicts else None
    return _converts(s.value, base_unit(s.unit), base_unit(t.unit), t.value)


def _ton_readings(a: str, b: str) -> list[tuple[str, str]]:
    """The unit pairs a ton may stand for: itself (a US short ton, 0.907 t) and a metric tonne."""
    return [(a, b), ("t" if a == "ton" else a, "t" if b == "ton" else b)]


def _converts(value: float, a: str, b: str, target: float) -> bool | None:
    if a == b:
        return None
    v = _converted(value, a, b)
    if v is None:
        return None
    if a in TEMPERATURES:
        return abs(v - target) <= 1.5
    return abs(v - target) <= max(0.08 * abs(v), 0.5)


def _in_span(span: tuple[float, float], v: float) -> bool:
    return span[0] <= v < span[1]


_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}")  # 18.12: a day and month (_date_as_figure reads the text)
TEMPERATURES = frozenset({"C", "F", "deg?"})


def read_by_text(q: Quantity) -> bool:
    """What q may render is read from its text, not its value alone (`4K` as 4,000, `24/7`, `18.12` a day and month)."""
    return q.text[-1:] in "kK" or q.text == "24/7" or _DAY_MONTH.fullmatch(q.text) is not None


def by_value(q: Quantity) -> bool:
    """q (a count, an amount or a percentage with no unit) renders, or is rendered by, another quantity only when its
    value lies in one of `value_ranges` of the other: `matches` says no otherwise, so a list of such quantities can be
    searched by value (quantities.renders) with the verdict of `matches` itself."""
    return (q.kind in ("count", "money", "percent") and not q.unit and q.span is None and math.isfinite(q.value)
            and not read_by_text(q))


def value_ranges(t: Quantity) -> Iterator[tuple[float, float]]:
    """The ranges of value in which a `by_value` quantity may render t or be rendered by it, one for each rewriting
    of `matches` that reads a value: wide enough for `close`'s rounding."""
    v = t.value
    points = [v]
    if t.text[-1:] in "kK":  # 4K: a thousand times its figure (an empty text too, as _reading_matches reads it)
        points += [v * 1000, v / 1000]
    if t.unit == "m?":  # 60m: 60 million
        points.append(v / 1e6)
    if t.kind == "decade":  # the 1800s → 十九世纪
        points.append(v // 100 + 1)
    if t.kind == "date" and t.date:  # a year, or a day and month as a figure (September 11 → 911)
        y, mo, d = t.date
        points += [float(y), float(f"{mo}{d}")]
        if year_in_two_digits(t):  # '92 → 92 年
            points.append(float(y % 100))
    if t.text == "24/7":
        points.append(24.0)
    for p in points:
        tol = abs(p) * 1e-5 + 1e-8
        yield p - tol, p + tol
    if t.kind == "fraction":  # a count within 0.01, a percentage within 1
        yield v - 0.011, v + 0.011
        yield v * 100 - 1.1, v * 100 + 1.1
    if t.kind == "vague" and t.span:
        yield t.span[0], t.span[1]


def _out_of_range(s: Quantity, t: Quantity) -> bool:
    """s is `by_value` and its value lies in none of t's `value_ranges`: s can neither render t nor be rendered by it."""
    return by_value(s) and math.isfinite(t.value) and not any(lo <= s.value <= hi for lo, hi in value_ranges(t))


def matches(s: Quantity, t: Quantity, dollars: frozenset[str] = DOLLARS) -> bool:
    """t renders s: the same quantity, or a legitimate rewriting of it (a unit converted, a percentage as
    a fraction, a vague count within its range, a bare `$` in the currency the document uses). Never when the
    values are out of each other's `value_ranges`: the one statement of which values can match, that an index
    by value relies on."""
    return _matches(s, t, dollars) and not _out_of_range(s, t) and not _out_of_range(t, s)


def _matches(s: Quantity, t: Quantity, dollars: frozenset[str]) -> bool:
    if s.same(t):
        return True
    kinds = {s.kind, t.kind}
    if kinds == {"money"} and close(s.value, t.value):
        return _currency_matches(s, t, dollars)
    if converts(s, t):
        return True
    rewritten = _rewriting_matches(s, t, kinds)
    if rewritten is not None:
        return rewritten
    return _reading_matches(s, t, kinds)


def _currency_matches(s: Quantity, t: Quantity, dollars: frozenset[str]) -> bool:
    """Two amounts of the same value: one written with an ambiguous sign in a currency the other's fits."""
    if same_name_currencies(s.currency, t.currency):
        return True
    amb, other = (s, t) if s.ambiguous else (t, s)
    if not amb.ambiguous:
        return False
    if amb.currency == "USD":  # a bare `$`: the corpus's dollar, or any dollar
        return other.currency in dollars
    return {amb.currency, other.currency} <= {"CNY", "JPY"}  # `¥`: yuan or yen


# Currencies of one name: `kroner`, `pesos`, `rupees`, 克朗, 比索, 卢比 may be any of their family, and a translator adds
# or drops the country (50 pesos → 50 阿根廷比索): two of one family are never told apart.
SAME_NAME_CURRENCIES = (frozenset({"SEK", "NOK", "DKK", "CZK"}), frozenset({"MXN", "ARS", "PHP", "CLP"}), frozenset({"INR", "PKR"}))


def same_name_currencies(a: str | None, b: str | None) -> bool:
    """Whether currencies a and b (codes) share a name (krona/krone, peso, rupee), so that neither tells them apart."""
    return any(a in f and b in f for f in SAME_NAME_CURRENCIES)


def _rank_matches(s: Quantity, t: Quantity) -> bool:
    """A label, a rank or a count of one value (No. 3 → 第 3, 3rd → 第三); open 24/7 → 24 小时开放."""
    if "24/7" in (s.text, t.text):
        return close((t if s.text == "24/7" else s).value, 24.0)
    return close(s.value, t.value) and not (s.unit == "times" or t.unit == "times")  # three times is not the third


_TWO_DIGIT_YEAR = re.compile(r"['’]\d{2}|\d{2}\s?年")


def year_in_two_digits(d: Quantity) -> bool:
    """A year written with two digits after an apostrophe or before 年 ('92, ’08, 92 年)."""
    return _TWO_DIGIT_YEAR.fullmatch(d.text) is not None


_TWO_CN_YEAR = re.compile(r"[零〇○一二三四五六七八九]{2}\s?年")


def century_unwritten(d: Quantity) -> bool:
    """A year written with its last two digits alone ('49, 49 年, 四九年): `two_digit_year` guesses its century, so it
    is compared with another year by those two digits only (`founded in 1949` → `成立于四九年` is right though the
    guess says 2049: release 49's review)."""
    return d.kind == "date" and (year_in_two_digits(d) or _TWO_CN_YEAR.fullmatch(d.text) is not None)


def _by_two_digits(date: tuple[int, int, int] | None) -> tuple[int, int, int] | None:
    """A date with its year cut to its last two digits (100 added, so that 2000 stays a year: 0 is "no year")."""
    return (date[0] % 100 + 100 if date[0] else 0, date[1], date[2]) if date else date


def _date_as_figure(s: Quantity, t: Quantity) -> bool:
    """A day and month written as a figure: September 11 → 911 事件, 9·11; dispatched 18.12 → 12 月 18 日 (day.month);
    a year glued to the word before it (Tapa2018)."""
    d, c = (s, t) if s.kind == "date" else (t, s)
    y, mo, day = d.date or (0, 0, 0)
    if y and not mo and c.kind == "label" and close(c.value, y):  # Tapa 2018 → Tapa2018: a year glued to its word
        return True
    if y and not mo and c.kind in ("count", "label") and year_in_two_digits(d) and close(c.value, y % 100):  # '92 → 92 年
        return True
    if y or not (mo and day):
        return False
    if re.fullmatch(r"\d{1,2}\.\d{1,2}", c.text):
        return c.text in (f"{day}.{mo}", f"{day:02d}.{mo:02d}", f"{day}.{mo:02d}", f"{mo}.{day}", f"{mo:02d}.{day:02d}")
    return close(float(f"{mo}{day}"), c.value)


def _rewriting_matches(s: Quantity, t: Quantity, kinds: set[str]) -> bool | None:
    """The verdict when the pair of kinds is a rewriting (a percentage as a fraction, a vague count,
    a date as a number, a decade, a time), None when it is none of these."""
    if kinds == {"percent", "fraction"}:
        p, f = (s, t) if s.kind == "percent" else (t, s)
        return not p.points and abs(p.value / 100 - f.value) < 0.01
    if kinds == {"fraction"}:
        return abs(s.value - t.value) < 0.01
    if "vague" in kinds:
        return _vague_matches(s, t)
    if kinds in ({"label", "count"}, {"ordinal", "count"}, {"ordinal", "label"}):  # No. 3 → 第 3, 3rd → 第三
        return _rank_matches(s, t)
    if "ordinal" in kinds:
        return False  # the third is never a third (三分之一)
    if kinds in ({"date", "count"}, {"date", "label"}):  # September 11 → 911 事件, 9·11
        return _date_as_figure(s, t)
    if kinds == {"decade", "count"}:  # built in the 1800s → 十九世纪 (the century of a round hundred)
        d, c = (s, t) if s.kind == "decade" else (t, s)
        return d.value >= 1000 and d.value % 100 == 0 and close(c.value, d.value // 100 + 1)
    if kinds == {"decade"}:
        return s.value % 100 == t.value % 100 and (s.value < 100 or t.value < 100 or s.value == t.value)
    if kinds == {"time"}:  # written many ways (1.30pm, 下午 1:30, 一点半): compared to the minute when both say it
        return s.clock is None or t.clock is None or s.clock == t.clock >= 0
    return None


def _k_as_unit(s: Quantity, t: Quantity) -> bool:
    """A figure with a k read as karats or a resolution (`14 K gold` → `14K 金`, `4K video` → `4 K 视频`), never when
    either figure counts things (`11k members` → `11 名`, `11 members` → `11k 名`): there the k is thousands, as
    `11,000` is (`11,000` → `11 名` is 1,000 times too small)."""
    return not (s.counted or t.counted) and (close(s.value, t.value * 1000) or close(s.value * 1000, t.value))


def _reading_matches(s: Quantity, t: Quantity, kinds: set[str]) -> bool:
    """The remaining pairs: one figure read two ways (a transcript's time, `m` as million or metres,
    pounds as weight or sterling, a count as a ratio, fraction or percentage)."""
    if kinds == {"time", "count"}:  # It's 603 (a transcript) → 6点03分; 12.00 noon → 正午 12 点 (the hour as a figure)
        return _time_as_count(s, t)
    if "m?" in (s.unit, t.unit):  # 60m: 60 million, or 60 metres (3,000m race → 3000 米)
        a, b = (s, t) if s.unit == "m?" else (t, s)
        return close(a.value, b.value) or close(a.value / 1e6, b.value) and b.unit in (None, "m")
    if kinds == {"count", "ratio"}:
        return close(s.value, t.value)
    if kinds == {"count"} and (s.text[-1:] in "kK" or t.text[-1:] in "kK"):  # 14K gold, 4K screen: karats or a resolution
        return _k_as_unit(s, t)
    if kinds == {"count", "money"} and "lb" in (s.unit, t.unit):  # pounds: weight or sterling
        return close(s.value, t.value) and "GBP" in (s.currency, t.currency)
    if kinds == {"count", "fraction"}:
        return abs(s.value - t.value) < 0.01
    # a count of points (rates rose 1.5 points) is no percentage (1.5%) but may be percentage points (1.5 个百分点)
    if kinds == {"count", "percent"} and s.kind == "count" and s.points:
        return t.points and close(s.value, t.value)
    return kinds == {"count", "percent"} and close(s.value, t.value) and s.kind == "count" and not s.soft and not t.soft


def _vague_matches(s: Quantity, t: Quantity) -> bool:
    if s.kind == t.kind == "vague" and s.span and t.span:
        return s.span[0] < t.span[1] and t.span[0] < s.span[1]
    v, x = (s, t) if s.kind == "vague" else (t, s)
    return bool(v.span) and x.kind in ("count", "money") and _in_span(v.span or (0, 0), x.value)


def _same_date(a: Quantity, b: Quantity) -> bool:
    """Two dates equal on the parts both have; a year written with two digits ('49 and 1949) by those two alone."""
    if century_unwritten(a) or century_unwritten(b):
        return _dates_equal(_by_two_digits(a.date), _by_two_digits(b.date))
    return _dates_equal(a.date, b.date)


def _dates_equal(a: tuple[int, int, int] | None, b: tuple[int, int, int] | None) -> bool:
    if not a or not b:
        return False
    for x, y in zip(a, b, strict=True):
        if x and y and x != y:
            return False
    # at least one common part must be present on both sides
    return any(x and y for x, y in zip(a, b, strict=True))


# A year written with two digits (`'92`, 九二年) takes the century POSIX strptime's `%y` gives it: 69-99 the 1900s,
# 00-68 the 2000s (the convention of the C library and of Python's time.strptime; news years fit both ends).
_PIVOT = 69


def two_digit_year(yy: int) -> int:
    """The year a two-digit year names (0 <= yy <= 99): 92 → 1992, 8 → 2008 (POSIX `%y`'s pivot at 69)."""
    return 1900 + yy if yy >= _PIVOT else 2000 + yy


def close(a: float, b: float) -> bool:
    """Equal values up to a relative 1e-6 (rounding of written figures)."""
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def significant_digits(v: float) -> str:
    """The significant digits of a value, six at most, without point, sign's zeros or trailing zeros
    (81000 → `81`, 8.5e9 → `85`, 0.05 → `5`, 0 → ``)."""
    return f"{v:.5e}".split("e")[0].replace(".", "").replace("-", "").lstrip("0").rstrip("0")


def format_value(v: float) -> str:
    """A value as a reader writes it: 1,500,000 or 2.5."""
    if math.isfinite(v) and v == int(v) and abs(v) < 1e18:
        return f"{int(v):,}"
    if not math.isfinite(v):
        return str(v)
    return f"{v:,.6g}" if abs(v) >= 1e-3 else f"{v:.6g}"


_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def exact_value(q: Quantity) -> Decimal | None:
    """q's value exactly, as Decimal, from the digits its text was written with (12,345,678,901,234,567,891; 1.5 of
    `$1.5 billion`, times the power of ten its scale word stands for): the float value holds about 16 digits only.
    None when the text holds no such figure or its value is not that figure times a power of ten (`three million`, a
    fraction, a date): then only the float is known."""
    m = _FIGURE.search(q.text)
    if m is None or not math.isfinite(q.value):
        return None
    digits = Decimal(m.group().replace(",", ""))
    if digits == 0:
        return digits if q.value == 0 else None
    for k in range(19):  # a scale word: thousand, million, billion, trillion, a quadrillion
        if close(q.value, float(digits) * 10**k):
            return shifted(digits, k)
    return None


def shifted(d: Decimal, places: int) -> Decimal:
    """d times 10**places, exactly (Decimal's scaleb rounds to the context's 28 digits)."""
    sign, digits, exponent = d.as_tuple()
    return Decimal((sign, digits, int(exponent) + places))


def format_figure(q: Quantity) -> str:
    """format_value of q's value, exactly as its digits were written (exact_value) where they are known."""
    exact = exact_value(q)
    if exact is None:
        return format_value(q.value)
    return plain_decimal(exact, grouped=True)


def plain_decimal(d: Decimal, grouped: bool = False) -> str:
    """A Decimal in plain digits (no exponent, no trailing zeros after the point), with thousands commas if `grouped`."""
    sign, digits, exponent = d.as_tuple()
    exponent = int(exponent)
    while exponent < 0 and len(digits) > 1 and digits[-1] == 0:  # 24.70 → 24.7, exactly (normalize() rounds)
        digits, exponent = digits[:-1], exponent + 1
    if exponent > 0:  # 1.5E+9 → 1500000000
        digits, exponent = digits + (0,) * exponent, 0
    return format(Decimal((sign, digits, exponent)), ",f" if grouped else "f")


def parse_number(s: str) -> float:
    """A figure written with digits (commas, full-width commas allowed) as a float; NaN when malformed."""
    if s.isascii() and s.isdigit():  # most figures: nothing to take out
        return float(s)
    try:
        return float(re.sub(r"[,，\s\u2009\u202f\u00a0\u066c]", "", s.replace("\u066b", ".")))
    except ValueError:
        return float("nan")



_ARABIC_MARKS = {0x066C: ",", 0x066B: ".", 0x066A: "%"}  # Arabic thousands separator, decimal separator, percent


@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    """Every decimal digit of another script (Arabic-Indic ٥, Devanagari ५, ...) to its ASCII digit, and the
    Arabic separators and percent sign to theirs: one character for one. The digits are the characters of
    general category Nd, which Unicode keeps the same set as those with a decimal value (`str.isdecimal`,
    a C test: about a third of the cost of asking each character's category; a test compares both)."""
    digits = filter(str.isdecimal, map(chr, range(0x80, 0x10000)))
    table = {ord(d): str(unicodedata.decimal(d)) for d in digits}
    table.update({c: str(unicodedata.decimal(chr(c))) for c in range(0x1D7CE, 0x1D800)})  # mathematical digits
    return table | _ARABIC_MARKS


# A character the table changes: a decimal digit other than 0-9 (`re`'s \\d is str.isdecimal) or an Arabic mark.
# It also matches the digits of other planes the table leaves as they are, which only sends the text to the table.
_OTHER_DIGIT = re.compile(r"[\u066a-\u066c]|[^\D0-9]")


def ascii_digits(text: str) -> str:
    """text with the digits and number marks of other scripts as ASCII, offsets kept: ٥٬٠٠٠ reads 5,000,
    not 5 and 0 (a regular expression's \\d matches ٥ but no pattern knows ٬). A text with none of them is
    given back as it is, without the table (most Chinese text: the table costs 0.01-0.03 s to build)."""
    if text.isascii() or not _OTHER_DIGIT.search(text):
        return text
    return text.translate(_digit_table())


def in_name(text: str, s: int) -> bool:
    """COVID-19, F-35, G-7, Boeing-787: the number at offset s is part of a name. Letters glued to a figure
    before the hyphen are its unit, and the hyphen a range (0.3mm-0.5mm, 0.3毫米-0.5毫米), not a name (歼-20)."""
    if not (s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha()):
        return False
    letters = re.search(r"[^\W\d_]+$", text[max(0, s - 9) : s - 1])  # mm, 毫米: a unit of the figure before
    return not (letters and re.search(r"\d\s?$", text[max(0, s - 1 - len(letters.group()) - 2) : s - 1 - len(letters.group())]))


def mask(text: str, s: int, e: int) -> str:
    """text with [s, e) replaced by as many \\x01 characters (offsets are kept)."""
    return text[:s] + "\x01" * (e - s) + text[e:]


UNREAD = Quantity("unread", 0.0, 0, 0, "")
"""A handler's answer for a figure written in a notation no row reads (2³, a footnote mark): its text is masked
for the later rows, so that no part of it is read as another value, and no quantity is given."""

Handler = Callable[[re.Match[str], str], Quantity | None]
"""Turns a match (on the normalised working text) into a quantity of the original text, or None."""


@dataclass(frozen=True, slots=True)
class Pattern:
    """One row of a language's pattern table: a name (for tests and debugging), a regular expression
    and its handler. Tables are tried in order; a match that gives a quantity masks its text for the
    rows after it."""

    name: str
    regex: re.Pattern[str]
    handler: Handler


def _digits_value(q: Quantity) -> float | None:
    m = re.search(r"\d+(?:[.,]\d+)*", q.text)
    return parse_number(m.group(0)) if m else None


def _scale_of(q: Quantity) -> float:
    """The scale word's factor in q (7 million → 1e6), 1 when its value is its figure."""
    d = _digits_value(q)
    if not d or q.kind not in ("count", "money") or q.unit:
        return 1.0
    f = q.value / d
    return f if f >= 1000 and close(f, 10 ** round(math.log10(f))) else 1.0


def inherit(qs: list[Quantity], text: str, join: re.Pattern[str]) -> list[Quantity]:
    """Lists and ranges share their unit: in `20 and 30 percent`, `$5 to $7 million`, `20、30 和 50 美元`,
    `500 万至 700 万美元` the first figures take the kind, currency, unit and scale of the last one."""
    out = list(qs)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.kind not in ("count", "money") or b.kind not in ("count", "money", "percent") or a.soft and a.kind != "count":
            continue
        if a.unit or not join.fullmatch(text[a.end : b.start]) or _digits_value(a) is None:
            continue
        scale = _scale_of(b) if _scale_of(a) == 1.0 else 1.0
        bd = _digits_value(b) or 0.0
        if scale > 1 and not a.value < bd * 10:
            scale = 1.0
        kind = b.kind if a.kind == "count" else a.kind
        if kind == a.kind and scale == 1.0 and (a.kind != "money" or b.kind != "count"):
            if not (b.unit and a.kind == "count"):
                continue
        out[i] = replace(a, kind=kind, value=a.value * scale, currency=a.currency or b.currency, unit=b.unit, points=b.points, soft=False)
        if a.kind == "money" and b.kind == "count" and not b.unit:
            out[i + 1] = replace(b, kind="money", currency=a.currency, ambiguous=a.ambiguous)
    return out


_Trie = dict[str, "_Trie"]


def literal_trie(alternatives: list[str], caseless: bool) -> str:
    """One regular expression (a string) for the alternation `a|b|…` of literal fragments (characters, escaped characters
    such as `\\.`, the class `\\s`), written as a tree of shared prefixes: the engine tries each alternative in turn, and
    a table of 90 units tried them all at every figure (the unit row, 0.26 → 0.11 s over 20,000 figures). It matches
    what the alternation matches, in the same order, when no alternative comes before a longer one it is a prefix of
    (sorted longest first, as the tables write them): where several match, the longest is tried first and then the
    shorter ones, each shorter prefix once. `caseless` (for an IGNORECASE pattern): ASCII letters are merged in lower
    case, so that `MB` and `mb` are one branch."""
    root: _Trie = {}
    for alt in alternatives:
        node, i = root, 0
        while i < len(alt):
            tok = alt[i : i + 2] if alt[i] == "\\" else alt[i]
            i += len(tok)
            if caseless and tok.isascii() and tok.isalpha():
                tok = tok.lower()
            node = node.setdefault(tok, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        parts = [tok + emit(child) for tok, child in node.items() if tok]
        if not parts:
            return ""
        if len(parts) == 1 and "" not in node:
            return parts[0]
        return "(?:" + "|".join(parts) + ("|" if "" in node else "") + ")"

    return emit(root)


_Analysed = list[tuple["Pattern", Need | None, Words | None]]
_TABLES: dict[int, tuple[tuple[Pattern, ...], _Analysed]] = {}


_NEEDS_CODE = ("transqa.quantities.needs",)


def _needs(pattern: re.Pattern[str]) -> tuple[Need | None, Words | None]:
    return needs(pattern), needs_words(pattern)


def _analysed(table: tuple[Pattern, ...]) -> _Analysed:
    """The table's rows with what each needs (quantities.needs), read once per table: looking a row's
    needs up by its pattern hashed the pattern's compiled code every time (40 µs a text for a table)."""
    got = _TABLES.get(id(table))
    if got is None or got[0] is not table:  # the table is kept in the entry: its id is not reused
        got = _TABLES[id(table)] = (table, [(row, *recache.kept("needs", _NEEDS_CODE, row.regex, _needs)) for row in table])
    return got[1]


def extract(table: tuple[Pattern, ...], work: str, text: str) -> list[Quantity]:
    """Run a pattern table over `work` (text normalised one character for one) and return the
    quantities of `text`, sorted by (start, end) offsets. A row that cannot match the text (it needs a
    character the text lacks: quantities.needs) is not run; masking only takes characters away."""
    out: list[Quantity] = []
    work = ascii_digits(work)
    present, digit = frozenset(work), has_digit(work)
    low = lowered(work)
    for row, need, words in _analysed(table):
        # may_match and may_match_words written out: two calls a row of ~50, for every text (0.9M calls on
        # benchmarks/speed.py --draws 1)
        if need is not None and not (need[1] and digit) and need[0].isdisjoint(present):
            continue
        if words is not None:
            strings, caseless = words
            hay = low if caseless else work  # low is None: a caseless row is always run
            if hay is not None and not any(s in hay for s in strings):
                continue
        spans = []
        for m in prefiltered(row.regex).finditer(work):  # over the row's text: masks apply from the next row
            q = row.handler(m, text)
            if q is not None:
                if q is not UNREAD and not math.isinf(q.value):  # a figure beyond a float's range: left unread
                    out.append(q)
                spans.append((m.start(), m.end()))
        if spans:
            work = _mask_all(work, spans)
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _mask_all(text: str, spans: list[tuple[int, int]]) -> str:
    """mask() of every span (ascending, not overlapping) in one pass: linear, not quadratic, in the
    number of matches."""
    parts, at = [], 0
    for s, e in spans:
        parts += [text[at:s], "\x01" * (e - s)]
        at = e
    parts.append(text[at:])
    return "".join(parts)


# A power written with superscript digits, in both languages' tables (each adds its own lookbehind): 10⁶, 3×10⁶.
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
POWER = r"(?:(?P<man>\d+(?:\.\d+)?)\s?[×x]\s?)?(?P<base>\d+(?:\.\d+)?)(?P<neg>⁻?)(?P<sup>[" + _SUPERSCRIPT + r"]+)"


def power(m: re.Match[str], text: str) -> Quantity | None:
    """10², 3×10⁶, 10⁻³: a power of ten is its value (100, 3,000,000, 0.001). Any other figure with superscript digits (2³, a
    footnote mark after 2019¹) is left unread rather than read as its base (2 or 2019) or as base and exponent."""
    if m.group("base") != "10":
        return UNREAD
    exp = int("".join(str(_SUPERSCRIPT.index(c)) for c in m.group("sup")))
    if exp > 30:
        return UNREAD
    exp = -exp if m.group("neg") else exp
    return Quantity("count", parse_number(m.group("man") or "1") * 10.0**exp, m.start(), m.end(), text[m.start() : m.end()])


# A date in figures, in both languages' tables: 14/02/2022, 02/14/2022, 14.02.2022, 2022-02-14.
DATE_NUMERIC = re.compile(r"(?<![\w./-])(?:(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})"
                          r"|(?P<iso>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?![\w/.-]?\d)")


def date_numeric(m: re.Match[str], text: str) -> Quantity | None:
    """14/02/2022, 02/14/2022, 14.02.2022, 2022-02-14: a date in figures. Day and month are told apart only when one
    of them is over 12 (or the year leads, ISO order); 03/04/2022 is left to the other rows (read as its figures)."""
    if m.group("iso"):
        year, month, day = int(m.group("iso")), int(m.group("im")), int(m.group("id"))
    else:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            return None
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2099):
        return None
    return Quantity("date", year * 10000 + month * 100 + day, m.start(), m.end(), text[m.start() : m.end()], date=(year, month, day))


def dims(m: re.Match[str], text: str) -> Quantity | None:
    """The first figure of a size (6x4, 10 x 15cm), in both languages' tables; the second follows on its own."""
    v = parse_number(m.group("num"))
    return Quantity("count", v, m.start(), m.start() + len(m.group("num")), m.group("num"), soft=v < 10)


def _time_as_count(s: Quantity, t: Quantity) -> bool:
    """A time and a count of one value: the hour written as a figure (a transcript's 603, 12 点), never a numeral in a word."""
    return close(s.value, t.value) and (max(s.value, t.value) >= 100 or max(s.value, t.value) <= 24) and not _numeral_in_word(s if s.kind == "count" else t)


def _numeral_in_word(c: Quantity) -> bool:
    """A soft count written as one Chinese numeral character (the 一 of 一直, 一起, 一样; also of 一个, 一名: what follows
    it is not read; an hour, 一点, is a time, not such a count): it stands for no hour, so a time of day (1am) is not
    rendered by it (heldout16: `till past 1am` → `一直工作到晚上 11 点以后` had its 1am found in 一直, and the changed
    hour went unreported)."""
    return c.soft and len(c.text.strip()) == 1 and HAN_FIRST <= c.text.strip() <= HAN_LAST
