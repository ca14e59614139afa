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
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number, amount of money, percentage, ratio or date found in a text: kind, value (dates as year*10000 +
    month*100 + day), offsets in the text, the text, currency (ISO code), soft (matched but never reported
    missing or added), date parts, year_like (a bare year)."""
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
        """The value as a reader would check it: 2017-02, 1,500 USD, 12.5%, x2."""
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
    """Equal values up to a relative 1e-6 (rounding of written figures)."""
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def format_value(v: float) -> str:
    """A value as a reader writes it: 1,500,000 or 2.5."""
    if math.isfinite(v) and v == int(v) and abs(v) < 1e18:
        return f"{int(v):,}"
    if not math.isfinite(v):
        return str(v)
    return f"{v:,.6g}" if abs(v) >= 1e-3 else f"{v:.6g}"


def parse_number(s: str) -> float:
    """A figure written with digits (commas, full-width commas allowed) as a float; NaN when malformed."""
    try:
        return float(s.replace(",", "").replace("，", ""))
    except ValueError:
        return float("nan")



def in_name(text: str, s: int) -> bool:
    """COVID-19, F-35, G-7, Boeing-787: the number at offset s is part of a name."""
    return s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha()


def mask(text: str, s: int, e: int) -> str:
    """text with [s, e) replaced by as many \\x01 characters (offsets are kept)."""
    return text[:s] + "\x01" * (e - s) + text[e:]


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


def extract(table: tuple[Pattern, ...], work: str, text: str) -> list[Quantity]:
    """Run a pattern table over `work` (text normalised one character for one) and return the
    quantities of `text`, sorted by (start, end) offsets."""
    out: list[Quantity] = []
    for row in table:
        for m in row.regex.finditer(work):
            q = row.handler(m, text)
            if q is not None:
                out.append(q)
                work = mask(work, m.start(), m.end())
    out.sort(key=lambda q: (q.start, q.end))
    return out
