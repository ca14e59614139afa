"""Numbers, money, percentages and dates, compared by value and kind across an aligned pair."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import NamedTuple

from transqa.context import Context, quote
from transqa.findings import Finding, Severity
from transqa.model import Block
from transqa.quantities import Quantity, close, format_value, garbled_numbers
from transqa.registry import rule

_DOC_TAIL = "Numbers are compared by value and kind: `$2 billion` = `20 亿美元`, `70 million` = `7000 万`, `half` = `一半`, `February 2017` = `2017 年 2 月`."

NUMBER_CHANGED = rule(
    "TQA201", "number-changed", "number", Severity.ERROR,
    "A number of the source has a different value in the translation",
    f"""
    What it checks: a number, amount or percentage of the English paragraph that appears in the
    Chinese paragraph with another value (and no other explanation, such as a scale slip).

    Why it matters: a wrong figure in news is a factual error.

    Example: EN `Alibaba will hold 48% of the business`, ZH `阿里巴巴将持有 84% 的业务`.

    Fix: write the source's value. {_DOC_TAIL}
    """,
    needs_source=True,
)
NUMBER_MAGNITUDE = rule(
    "TQA202", "number-magnitude", "number", Severity.ERROR,
    "A number is off by a power of ten (a scale word slipped: 万 for 亿, million for billion)",
    """
    What it checks: a source number whose translation differs by a factor 10, 100, 1000 or 10,000
    — the typical slip when converting million/billion into 万/亿.

    Why it matters: `70 million` users written `700 万` (7 million) is a factual error that reads fluently.

    Example: EN `$2 billion`, ZH `2 亿美元` (x0.1: should be 20 亿美元).

    Fix: convert again: 1 million = 100 万, 1 billion = 10 亿.
    """,
    needs_source=True,
)
NUMBER_MISSING = rule(
    "TQA203", "number-missing", "number", Severity.WARNING,
    "A number of the source paragraph does not appear in its translation",
    """
    What it checks: a figure, amount, percentage, year or date of the English paragraph with no
    counterpart of the same value in the aligned Chinese paragraph (nor in its neighbours).

    Why it matters: a dropped figure is usually a dropped clause.

    Example: EN `The deal is worth about $500 million.`, ZH `这笔交易价值不菲。`

    Fix: translate the figure. Small numbers written as words (`two`, `half`) are never reported.
    """,
    needs_source=True,
)
NUMBER_ADDED = rule(
    "TQA204", "number-added", "number", Severity.WARNING,
    "The translation has a number that its source paragraph does not have",
    """
    What it checks: a figure in the Chinese paragraph with no counterpart in the aligned English one.

    Why it matters: an invented or misplaced number misleads readers.

    Example: EN `Sales rose sharply.`, ZH `销售额增长了 30%。`

    Fix: remove the number, or check the source for the figure it should be.
    """,
    needs_source=True,
)
CURRENCY_CHANGED = rule(
    "TQA205", "currency-changed", "number", Severity.ERROR,
    "An amount keeps its value but changes currency (or kind: money, percent, count)",
    """
    What it checks: an amount whose value survives but whose currency or kind changes: US dollars
    rendered as 澳元, euros as 英镑, a percentage as a plain count.

    Why it matters: `€30,000` and `3 万英镑` are different amounts of money.

    Example: EN `€30,000`, ZH `3 万英镑`.

    Fix: use the source currency (美元 for $, 欧元 for €, 英镑 for £).
    """,
    needs_source=True,
)
DATE_CHANGED = rule(
    "TQA206", "date-changed", "number", Severity.ERROR,
    "A date or year of the source is different in the translation",
    """
    What it checks: dates and years compared by their parts: `February 2017` = `2017 年 2 月`.

    Why it matters: a moved date changes what happened when.

    Example: EN `in February 2017`, ZH `2017 年 3 月`.

    Fix: write the source's date.
    """,
    needs_source=True,
)
NUMBER_GARBLED = rule(
    "TQA207", "number-garbled", "number", Severity.ERROR,
    "A number is broken in the translation (`1 . 5 亿`, `120，000`)",
    """
    What it checks: in the Chinese alone, a decimal point turned into a spaced full stop
    (`1 . 5 亿`) or an English thousands separator turned into a Chinese comma (`120，000`).

    Why it matters: readers cannot tell the number; it often hides a wrong value too.

    Example: ZH `该公司融资 1 . 5 亿美元`.

    Fix: `1.5 亿美元`, `120,000` (or `12 万`); `transqa fix` repairs it, except a chain of spaced dots
    (`8 . 13 . 11` is a date or a version, not one number: a suggestion).
    """,
    needs_source=False,
    fixable=True,
)
RULES = (NUMBER_CHANGED, NUMBER_MAGNITUDE, NUMBER_MISSING, NUMBER_ADDED, CURRENCY_CHANGED, DATE_CHANGED, NUMBER_GARBLED)

Pair = tuple[int, list[Block], list[Block]]  # (bead index, source blocks, target blocks), as Context.pairs() gives


class Placed(NamedTuple):
    """A quantity and the block it stands in."""

    block: Block
    q: Quantity


_MAGNITUDES = {10: "x10", 100: "x100", 1000: "x1000", 10000: "x10,000 (万 for 亿, or 亿 for 万)"}


def _magnitude(a: float, b: float) -> str | None:
    if a == 0 or b == 0 or not (math.isfinite(a) and math.isfinite(b)):
        return None
    r = b / a
    for f, name in _MAGNITUDES.items():
        if close(r, f):
            return name
        if close(r, 1 / f):
            return name.replace("x", "x1/", 1) if f != 10000 else name
    return None


def _zh_suggestion(q: Quantity) -> str:
    """How the source quantity reads in Chinese news style."""
    cur = {"USD": "美元", "CNY": "元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元", "HKD": "港元", "AUD": "澳元", "CAD": "加元", "RUB": "卢布", "INR": "卢比", "KRW": "韩元"}
    if q.kind == "date" and q.date:
        y, m, d = q.date
        return (f"{y} 年 " if y else "") + (f"{m} 月 " if m else "") + (f"{d} 日" if d else "")
    v = q.value
    if q.kind == "percent":
        return f"{format_value(v).replace(',', '')}%"
    unit = ""
    if v >= 1e8 and v == v:
        num, unit = v / 1e8, " 亿"
    elif v >= 1e4:
        num, unit = v / 1e4, " 万"
    else:
        num = v
    s = f"{num:.4f}".rstrip("0").rstrip(".") + unit
    if q.kind == "money":
        s += cur.get(q.currency or "", "")
    return s.strip()


def check(ctx: Context) -> Iterator[Finding]:
    """Broken numbers in the translation (TQA207), then per paragraph bead the quantities of the source against
    those of the translation (TQA201-206)."""
    for b in ctx.target.blocks:
        if b.kind == "code":
            continue
        for s, e, found, fixed in garbled_numbers(b.text):
            chained = bool(re.match(r"\s*[.．]\s*\d", b.text[e:])) or bool(re.search(r"\d\s*[.．]\s*$", b.text[:s]))
            yield ctx.finding(NUMBER_GARBLED, f"number {quote(found)} is broken", target=(b, s, e), suggestion=fixed,
                              # `8 . 13 . 11` is a date or a version, not one broken number: a suggestion
                              repairs=(ctx.repair((b, s, e), fixed, certain=not chained),))
    if ctx.source is None:
        return
    beads = list(ctx.pairs())
    for n, (_k, sblocks, tblocks) in enumerate(beads):
        src = [Placed(b, q) for b in sblocks if b.kind != "code" for q in ctx.source_quantities[b.index]]
        tgt = [Placed(b, q) for b in tblocks if b.kind != "code" for q in ctx.target_quantities[b.index]]
        yield from _compare(ctx, src, tgt, sblocks, tblocks, beads, n)


def _neighbours(beads: list[Pair], n: int, side: int, table: dict[int, list[Quantity]]) -> list[Quantity]:
    """The quantities of the beads before and after bead n, on one side (1 source, 2 target)."""
    return [q for m in (n - 1, n + 1) if 0 <= m < len(beads) for b in (beads[m][1] if side == 1 else beads[m][2]) for q in table[b.index]]


def _compare(ctx: Context, src: list[Placed], tgt: list[Placed], sblocks: list[Block], tblocks: list[Block], beads: list[Pair], n: int) -> Iterator[Finding]:
    """Compare the quantities of one paragraph bead, in passes: exact matches, same value in another
    currency or kind, magnitude slips, changed values, then what is left is missing or added."""
    src = list(src)
    tgt = list(tgt)
    matched = _match_exact(src, tgt)
    # a figure the translation repeats (隔离 10 天 … 也必须隔离 10 天) is not an added one
    tgt = [x for x in tgt if not any(x.q.same(m) for m in matched)]
    # soft quantities never get reported
    src = [x for x in src if not x.q.soft]
    tgt = [x for x in tgt if not x.q.soft]
    yield from _currency_changes(ctx, src, tgt)
    yield from _magnitude_slips(ctx, src, tgt)
    near_t = _neighbours(beads, n, 2, ctx.target_quantities)
    near_s = _neighbours(beads, n, 1, ctx.source_quantities)
    yield from _changed_values(ctx, src, tgt, near_t, near_s)
    yield from _missing_and_added(ctx, src, tgt, near_s, sblocks, tblocks)


def _match_exact(src: list[Placed], tgt: list[Placed]) -> list[Quantity]:
    """Pass 1: remove the pairs with the same value and kind (hard ones first, then soft ones) from
    both lists; the source quantities matched."""
    matched: list[Quantity] = []
    for pass_soft in (False, True):
        for sq in list(src):
            if sq.q.soft != pass_soft:
                continue
            hit = next((tq for tq in tgt if sq.q.same(tq.q)), None)
            if hit is None and sq.q.kind == "count":  # 30 → 30 块: the translation names the currency
                hit = next((tq for tq in tgt if tq.q.kind == "money" and close(tq.q.value, sq.q.value)), None)
            if hit is not None:
                src.remove(sq)
                tgt.remove(hit)
                matched.append(sq.q)
    return matched


def _currency_changes(ctx: Context, src: list[Placed], tgt: list[Placed]) -> Iterator[Finding]:
    """Pass 2: money or a percentage whose value survives in another currency or kind."""
    for sq in list(src):
        if sq.q.kind not in ("money", "percent"):
            continue  # a count that gains a unit or currency in translation is fine
        hit = next((tq for tq in tgt if tq.q.kind != "date" and close(tq.q.value, sq.q.value)), None)
        if hit is not None:
            s, t = sq.q, hit.q
            if s.kind == "money" and t.kind == "money":
                msg = f"{quote(s.text)} ({s.describe()}) became {quote(t.text)} ({t.describe()}): currency changed"
            elif s.kind == "money" and t.kind == "count":
                msg = f"{quote(s.text)} ({s.describe()}) became {quote(t.text)} with no currency"
            else:
                msg = f"{quote(s.text)} ({s.kind}) became {quote(t.text)} ({t.kind})"
            src.remove(sq)
            tgt.remove(hit)
            yield ctx.finding(CURRENCY_CHANGED, msg, source=(sq.block, s.start, s.end), target=(hit.block, t.start, t.end), suggestion=_zh_suggestion(s))


def _magnitude_slips(ctx: Context, src: list[Placed], tgt: list[Placed]) -> Iterator[Finding]:
    """Pass 3: a value off by a power of ten (万 for 亿 and the like)."""
    for sq in list(src):
        s = sq.q
        for tq in tgt:
            t = tq.q
            if s.kind == "date" or t.kind == "date" or (s.kind == "money") != (t.kind == "money"):
                continue
            mag = _magnitude(s.value, t.value)
            if mag:
                src.remove(sq)
                tgt.remove(tq)
                yield ctx.finding(
                    NUMBER_MAGNITUDE,
                    f"{quote(s.text)} ({s.describe()}) became {quote(t.text)} ({t.describe()}): off by {mag}",
                    source=(sq.block, s.start, s.end), target=(tq.block, t.start, t.end), suggestion=_zh_suggestion(s),
                )
                break


def _changed_values(ctx: Context, src: list[Placed], tgt: list[Placed], near_t: list[Quantity], near_s: list[Quantity]) -> Iterator[Finding]:
    """Pass 4: the remaining ones, in order, of the same kind: changed values (dates separately). A
    source figure found in a neighbouring bead's translation moved there and is not reported."""
    for sq in list(src):
        s = sq.q
        if any(s.same(q) for q in near_t):  # moved into a neighbouring paragraph
            src.remove(sq)
            continue
        kind_ok = [tq for tq in tgt if (tq.q.kind == "date") == (s.kind == "date") and not any(tq.q.same(q) for q in near_s)]
        if s.kind == "date":
            kind_ok = [tq for tq in kind_ok if _date_comparable(s, tq.q)]
        else:
            kind_ok = [tq for tq in kind_ok if tq.q.kind == s.kind]
        if not kind_ok:
            continue
        tq = kind_ok[0]
        t = tq.q
        src.remove(sq)
        tgt.remove(tq)
        rule_ = DATE_CHANGED if s.kind == "date" else NUMBER_CHANGED
        yield ctx.finding(
            rule_,
            f"{quote(s.text)} ({s.describe()}) became {quote(t.text)} ({t.describe()})",
            source=(sq.block, s.start, s.end), target=(tq.block, t.start, t.end), suggestion=_zh_suggestion(s),
        )


def _missing_and_added(ctx: Context, src: list[Placed], tgt: list[Placed], near_s: list[Quantity],
                       sblocks: list[Block], tblocks: list[Block]) -> Iterator[Finding]:
    """Pass 5: source figures left are missing; target figures left (not dates, not figures of a
    neighbouring source paragraph) are added."""
    for sb, s in src:
        yield ctx.finding(
            NUMBER_MISSING,
            f"{quote(s.text)} ({s.describe()}) does not appear in the translation",
            source=(sb, s.start, s.end), target=(tblocks[0], 0, len(tblocks[0].text)),
            suggestion=f"translate {quote(s.text)} as {_zh_suggestion(s)}",
        )
    for tb, t in tgt:
        if any(t.same(q) for q in near_s):
            continue
        if t.kind == "date":
            continue  # translators make dates explicit (this year → 2024 年): not reported as added
        yield ctx.finding(
            NUMBER_ADDED,
            f"{quote(t.text)} ({t.describe()}) has no counterpart in the source paragraph",
            source=(sblocks[0], 0, len(sblocks[0].text)), target=(tb, t.start, t.end),
            suggestion="check the figure against the source",
        )


def _date_comparable(a: Quantity, b: Quantity) -> bool:
    """Dates with the same parts present (a year with a year, a month-year with a month-year)."""
    if not a.date or not b.date:
        return False
    return [bool(x) for x in a.date] == [bool(x) for x in b.date]
