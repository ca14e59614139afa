"""Chinese quantities: a table of (pattern, handler) rows tried in order, on the text simplified and
half-width (one character for one, so offsets are those of the original)."""

from __future__ import annotations

import re

from transqa.lang.script import to_halfwidth, to_simplified
from transqa.quantities.core import Pattern, Quantity, extract, in_name, parse_number
from transqa.quantities.english import UNITS_GLUED, year_range

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


_ZH_NUM = r"\d+(?:[,，]\d{3})*(?:\.\d+)?|(?<![\d.])\.\d+"
_ZH_CN = "零〇○一二两三四五六七八九十百千万亿"
_ZH_SCALE = r"(?:十|百|千|万|亿|百万|千万|十万|万亿|十亿|百亿|千亿)"
_ZH_CUR_SUFFIX = "|".join(sorted((k for k in CURRENCIES_ZH if len(k) > 1 or k in "元块"), key=len, reverse=True))
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



def _q(m: re.Match[str], text: str, kind: str, value: float, **kw: object) -> Quantity:
    return Quantity(kind, value, m.start(), m.end(), text[m.start() : m.end()], **kw)  # type: ignore[arg-type]


def _slashed(m: re.Match[str], text: str) -> Quantity | None:
    return _q(m, text, "count", 0.0, soft=True)


def _date(m: re.Match[str], text: str) -> Quantity | None:
    """date_ymd, date_md, date_m: figures with 年, 月, 日/号."""
    g = m.groupdict()
    y = int(g.get("year") or 0)
    mo = int(g.get("month") or 0)
    d = int(g.get("day") or 0)
    if mo > 12 or d > 31:
        return None
    return _q(m, text, "date", y * 10000 + mo * 100 + d, date=(y, mo, d))


def _date_m(m: re.Match[str], text: str) -> Quantity | None:
    """A month alone (3 月): soft."""
    mo = int(m.group("month") or 0)
    if mo > 12:
        return None
    return _q(m, text, "date", mo * 100, date=(0, mo, 0), soft=True)


def _date_y(m: re.Match[str], text: str) -> Quantity | None:
    """A year (2017 年), or a decade (1990 年代, soft)."""
    y = int(m.group("year") or 0)
    if m.group("decade"):
        return _q(m, text, "date", y * 10000, date=(y, 0, 0), soft=True)
    return _q(m, text, "date", y * 10000, date=(y, 0, 0), year_like=True)


def _garbled(m: re.Match[str], text: str) -> Quantity | None:
    """`1 . 5 亿`: read as the number it was meant to be (TQA207 reports it)."""
    g = m.groupdict()
    v = parse_number(g["a"] + "." + g["b"]) * _zh_scale(g.get("scale"))
    if g.get("cur"):
        return _q(m, text, "money", v, currency=CURRENCIES_ZH.get(g["cur"], "CNY"))
    return _q(m, text, "count", v)


def _date_cn_ymd(m: re.Match[str], text: str) -> Quantity | None:
    g = m.groupdict()
    y = int(chinese_numeral(g["year"]) or 0)
    mo = int(chinese_numeral(g["month"]) or 0) if g.get("month") else 0
    d = int(chinese_numeral(g["day"]) or 0) if g.get("day") else 0
    return _q(m, text, "date", y * 10000 + mo * 100 + d, date=(y, mo, d))


def _date_cn_m(m: re.Match[str], text: str) -> Quantity | None:
    mo = int(chinese_numeral(m.group("month")) or 0)
    return _q(m, text, "date", mo * 100, date=(0, mo, 0), soft=True)


def _money_prefix(m: re.Match[str], text: str) -> Quantity | None:
    """$5 亿, 人民币 300 万元: the currency before the figure (USD by default), or after it."""
    g = m.groupdict()
    cur = CURRENCIES_ZH.get(g["cur"].lower(), "USD")
    if g.get("cur2"):
        cur = CURRENCIES_ZH.get(g["cur2"], cur)
    return _q(m, text, "money", parse_number(g["num"]) * _zh_scale(g.get("scale")), currency=cur, soft=bool(g.get("approx")))


def _money(m: re.Match[str], text: str) -> Quantity | None:
    """300 万美元, 5 元: the currency after the figure."""
    g = m.groupdict()
    cur = CURRENCIES_ZH.get((g.get("cur2") or g["cur"]).lower(), "CNY")
    return _q(m, text, "money", parse_number(g["num"]) * _zh_scale(g.get("scale")), currency=cur, soft=bool(g.get("approx")))


def _money_cn(m: re.Match[str], text: str) -> Quantity | None:
    g = m.groupdict()
    v = chinese_numeral(g["cn"])
    if v is None:
        return None
    s = m.start()
    vague = s > 0 and text[s - 1] in "数几上近好"
    return _q(m, text, "money", v, currency=CURRENCIES_ZH.get(g["cur"], "CNY"), soft=len(g["cn"]) == 1 or vague)


def _percent_cn(m: re.Match[str], text: str) -> Quantity | None:
    raw = m.group("cn")
    v = parse_number(raw) if raw[0].isdigit() else chinese_numeral(raw)
    if v is None:
        return None
    return _q(m, text, "percent", v)


def _percent(m: re.Match[str], text: str) -> Quantity | None:
    return _q(m, text, "percent", parse_number(m.group("num")))


def _fraction(m: re.Match[str], text: str) -> Quantity | None:
    g = m.groupdict()
    den = parse_number(g["den"]) if g["den"].isdigit() else chinese_numeral(g["den"])
    nom = parse_number(g["nom"]) if g["nom"].isdigit() else chinese_numeral(g["nom"])
    if not den or nom is None:
        return None
    return _q(m, text, "count", nom / den, soft=True)


def _half(m: re.Match[str], text: str) -> Quantity | None:
    return _q(m, text, "count", 0.5, soft=True)


def _ratio(m: re.Match[str], text: str) -> Quantity | None:
    n = m.group("n")
    return _q(m, text, "ratio", float(ZH_DIGITS[n]) if n else 2.0, soft=True)


def _scaled(m: re.Match[str], text: str) -> Quantity | None:
    return _q(m, text, "count", parse_number(m.group("num")) * _zh_scale(m.group("scale")), soft=bool(m.group("approx")))


def _time(m: re.Match[str], text: str) -> Quantity | None:
    return _q(m, text, "count", 0.0, soft=True)


def _number(m: re.Match[str], text: str) -> Quantity | None:
    s, e = m.start(), m.end()
    raw = m.group("num")
    v = parse_number(raw)
    if in_name(text, s):
        return None
    year_like = "," not in raw and "，" not in raw and "." not in raw and len(raw) == 4 and 1900 <= v <= 2099
    if year_like:
        return _q(m, text, "date", v * 10000, date=(int(v), 0, 0), year_like=True)
    clock = len(raw) > 1 and raw[0] == "0" and "." not in raw  # 0500 hours
    rest = text[e : e + 3].lstrip()
    ordinal = text[max(0, s - 2) : s].rstrip().endswith("第") or rest.startswith(("世纪", "年代", "多", "余", "几", "来"))
    return _q(m, text, "count", v, soft=clock or ordinal or (v < 10 and v == int(v)))


def _cn(m: re.Match[str], text: str) -> Quantity | None:
    """A numeral in Chinese characters (三百五十, 两千万); hard only when it is clearly a figure."""
    s = m.start()
    cn = m.group("cn")
    after = m.group("after") or ""
    vague = s > 0 and text[s - 1] in "数几上近好" or after in ("多", "余", "几", "来")
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


PATTERNS: tuple[Pattern, ...] = (
    Pattern("garbled", re.compile(r"(?<![\d.])(?P<a>\d+)\s+\.\s+(?P<b>\d+)\s?(?P<scale>" + _ZH_SCALE + r")?\s?(?P<cur>" + _ZH_CUR_SUFFIX + r")?"), _garbled),
    Pattern("slashed", re.compile(r"(?<![\d./])\d{1,2}/\d{1,2}(?![\d/])"), _slashed),
    Pattern("year_range", re.compile(r"(?<=(?P<year>(?:19|20)\d{2})[-–])(?P<y2>\d{2})(?![\d])"), year_range),
    Pattern("date_ymd", re.compile(r"(?<![\d.])(?P<year>\d{4})\s?年\s?(?P<month>\d{1,2})\s?月(?:\s?(?P<day>\d{1,2})\s?[日号])?"), _date),
    Pattern("date_cn_ymd", re.compile(r"(?P<year>[零〇○一二三四五六七八九]{4})\s?年(?:\s?(?P<month>十[一二]?|[一二三四五六七八九])\s?月(?:\s?(?P<day>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s?[日号])?)?"), _date_cn_ymd),
    Pattern("date_md", re.compile(r"(?<![\d.])(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?[日号]"), _date),
    Pattern("date_y", re.compile(r"(?<![\d.])(?P<year>\d{4})\s?年(?P<decade>代)?"), _date_y),
    Pattern("date_m", re.compile(r"(?<![\d.])(?P<month>\d{1,2})\s?月(?!份?[\d])"), _date_m),
    Pattern("date_cn_m", re.compile(r"(?<![" + _ZH_CN + r"])(?P<month>十[一二]?|[一二三四五六七八九])月(?!份?[\d])"), _date_cn_m),
    Pattern("money_prefix", re.compile(r"(?P<cur>US\$|\$|€|£|¥|￥|人民币)\s?(?P<num>" + _ZH_NUM + r")\s?(?P<scale>" + _ZH_SCALE + r")?(?P<cur2>" + _ZH_CUR_SUFFIX + r")?"), _money_prefix),
    Pattern("money", re.compile(r"(?<![A-Za-z0-9.])(?P<num>" + _ZH_NUM + r")\s?(?P<approx>多|余)?\s?(?P<scale>" + _ZH_SCALE + r")?\s?(?P<cur>" + _ZH_CUR_SUFFIX + r")"), _money),
    Pattern("money_cn", re.compile(r"(?P<cn>[" + _ZH_CN + r"]+)\s?(?P<cur>" + _ZH_CUR_SUFFIX + r")"), _money_cn),
    Pattern("percent_cn", re.compile(r"百分之(?P<cn>[" + _ZH_CN + r"点]+|" + _ZH_NUM + r")"), _percent_cn),
    Pattern("percent", re.compile(r"(?<![A-Za-z0-9.])(?P<num>" + _ZH_NUM + r")\s?(?:%|％|个百分点)"), _percent),
    Pattern("fraction", re.compile(r"(?P<den>[" + _ZH_CN + r"]+|\d+)分之(?P<nom>[" + _ZH_CN + r"]+|\d+)"), _fraction),
    Pattern("half", re.compile(r"一半|半数"), _half),
    Pattern("ratio", re.compile(r"翻(?:了)?(?:一)?番|翻倍|增加了?一倍|(?P<n>[两三四])倍"), _ratio),
    Pattern("scaled", re.compile(r"(?<![A-Za-z0-9.])(?P<num>" + _ZH_NUM + r")\s?(?P<approx>多|余)?\s?(?P<scale>" + _ZH_SCALE + r")"), _scaled),
    Pattern("time", re.compile(r"(?<![\d.])\d{1,2}\s?[:：]\s?\d{2}(?![\d])|[零一二两三四五六七八九十\d]{1,3}\s?点\s?(?:半|[零一二三四五六七八九十\d]{1,3}\s?分)"), _time),
    Pattern("number", re.compile(r"(?<![A-Za-z0-9.])(?P<num>" + _ZH_NUM + r")(?:(?i:" + UNITS_GLUED + r"))?(?![A-Za-z\d])"), _number),
    Pattern("cn", re.compile(r"(?P<cn>[" + _ZH_CN + r"]+(?:点[零〇一二三四五六七八九]+)?)(?P<after>.?)"), _cn),
)


def chinese_quantities(text: str) -> list[Quantity]:
    """The quantities of a Chinese text, sorted by offset (0-based, end exclusive, in `text`)."""
    return extract(PATTERNS, to_halfwidth(to_simplified(text)).replace("\u3000", " "), text)


def garbled_numbers(text: str) -> list[tuple[int, int, str, str]]:
    """Numbers broken by machine translation: `1 . 5 亿`, `120，000`. (start, end, found, repaired)."""
    out = []
    for m in re.finditer(r"(?<![\d.])(\d+)\s+[.．]\s+(\d+)(?![\d])", text):
        out.append((m.start(), m.end(), m.group(0), f"{m.group(1)}.{m.group(2)}"))
    for m in re.finditer(r"(?<![\d,，.])\d{1,3}(?:，\d{3})+(?![\d])", text):
        out.append((m.start(), m.end(), m.group(0), m.group(0).replace("，", ",")))
    return out
