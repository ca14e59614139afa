"""A fraction written as Chinese writes it: `a third` → `三分之一`, `half` → `一半`, `two thirds` → `三分之二`,
`one in five` → `五分之一`; as a percentage (`25%`) when the translation writes its shares in percent. A fraction
is never suggested as a rounded decimal (`0.3333`). Pure functions of the value."""

from __future__ import annotations

import math

_DIGITS = "零一二三四五六七八九"
_LARGEST_DENOMINATOR = 100  # thirds, quarters, sixths, eighths, twelfths, hundredths: the fractions English news writes


def zh_numeral(n: int, *, leading: bool = True) -> str:
    """A whole number below 10^12 in Chinese numerals, as a fraction's terms are written: 3 → 三, 10 → 十,
    12 → 十二, 100 → 一百, 105 → 一百零五, 10000 → 一万, 1000000 → 一百万 (`leading`: no figure before it, so
    十二 and not 一十二)."""
    if n < 0 or n >= 10**12:
        raise ValueError(n)
    if n == 0:
        return _DIGITS[0]
    for size, word in ((10**8, "亿"), (10**4, "万")):
        if n >= size:
            high, low = divmod(n, size)
            rest = "" if not low else ("零" if low < size // 10 else "") + zh_numeral(low, leading=False)
            return zh_numeral(high, leading=leading) + word + rest
    out, zero = "", False
    for size, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, size)
        if d:
            out += ("零" if zero and out else "") + _DIGITS[d] + word
            zero = False
        else:
            zero = True
    return out[1:] if leading and out.startswith("一十") else out  # 十二, not 一十二 (but 一百一十二 keeps its 一)


def as_fraction(v: float) -> tuple[int, int] | None:
    """(numerator, denominator) of a share 0 < v < 1 with the smallest denominator up to 100 (1/3 → (1, 3)), None
    when none is exact."""
    if not (math.isfinite(v) and 0 < v < 1):
        return None
    for den in range(2, _LARGEST_DENOMINATOR + 1):
        nom = round(v * den)
        if nom and math.isclose(nom / den, v, rel_tol=1e-6):
            return nom, den
    return None


def zh_fraction(nom: int, den: int) -> str:
    """`n/d` as Chinese writes it: 1/2 → 一半, 1/3 → 三分之一, 2/3 → 三分之二, 1/1000 → 一千分之一."""
    if 2 * nom == den:
        return "一半"
    return f"{zh_numeral(den)}分之{zh_numeral(nom)}"


def _percent(v: float) -> str | None:
    """v as an exact percentage with at most one decimal (0.25 → 25%, 0.125 → 12.5%), None when it would be rounded."""
    p = round(v * 100, 1)
    if not math.isclose(p, v * 100, rel_tol=1e-9, abs_tol=1e-9):
        return None
    return f"{p:g}%"


def zh_share(v: float, *, percent: bool = False, terms: tuple[int, int] | None = None) -> str | None:
    """How Chinese writes the share v (a fraction of its terms when given: `one in five` → 五分之一): in percent
    when `percent` and the percentage is exact (`25%`), else the fraction, with its percentage after it when the
    translation writes percent (`三分之一（约 33%）`); None when v is no share that reads as a fraction."""
    if percent and (p := _percent(v)) is not None:
        return p
    nd = terms or as_fraction(v)
    if nd is None:
        return _percent(v) if percent else None
    words = zh_fraction(*nd)
    return f"{words}（约 {round(v * 100)}%）" if percent else words
