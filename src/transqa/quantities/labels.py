"""Numbers that name, read in their context: the address `No 10` (Downing Street) and the answer label `A.`.

British news writes `No 10` (and `No 11`) for the offices at 10 and 11 Downing Street; a Chinese reader needs
the street (唐宁街 10 号) or the office it stands for (首相府): a bare `10 号` reads as room, terminal, day or
player 10. A paragraph opening `Q.` / `A.` (question, answer) is a label, not the article `a` (一个).
Pure functions of the text.
"""

from __future__ import annotations

import re

from transqa.quantities.core import Quantity

# `No 10` the address (a No 10 spokesman), not a rank (world No 10, the No 10 seed), a shirt or a position (a classic No 10)
_NOT_ADDRESS_BEFORE = re.compile(
    r"(?:\b(?:world|ranked|seeded|seed|peaked at|reached|climbed to|wears?|wore|wearing|playing|played|plays|as)(?:\s+[a-z]+)?"
    r"|\b(?:a|an|the|his|her|their|our|my|its)\s+[a-z]+|#)\s*$",
    re.IGNORECASE)
_NOT_ADDRESS_AFTER = re.compile(
    r"[\s-]*(?:seed|shirt|jersey|spot|position|role|pick|overall|song|single|hit|ranking|ranked|player|men|man|in the (?:world|charts?|rankings?|table|list)|"
    r"on the (?:list|charts?)|of\b)", re.IGNORECASE)
_ADDRESS = re.compile(r"(?<![\w.])No\.?\s?(?P<n>10|11)(?![\w.,]?\d|\w)")
# what resolves the address in Chinese: the street, or the office the number stands for
ADDRESS_ZH = {10: re.compile("唐宁街|首相|英国政府|内阁办公室"), 11: re.compile("唐宁街|财政大臣|财相|财政部")}


def downing_street(text: str, q: Quantity) -> int | None:
    """10 or 11 when the label `q` of the English `text` is the Downing Street address (`No 10 aides`,
    `from No 10`, `No 11 said`), else None."""
    if q.kind != "label" or q.label != "NO":
        return None
    m = _ADDRESS.fullmatch(q.text)
    if m is None or _NOT_ADDRESS_BEFORE.search(text[max(0, q.start - 30) : q.start]) or _NOT_ADDRESS_AFTER.match(text, q.end):
        return None
    if "." in q.text and re.compile(r"\s+[A-Z][a-z]").match(text, q.end) and not re.compile(r"\s+Downing\b").match(text, q.end):
        return None  # No. 10 Alabama: a team's rank in US style
    return int(m.group("n"))


def address_resolved(n: int, zh: str) -> bool:
    """Whether the Chinese text names the street or the office that `No n` stands for."""
    return bool(ADDRESS_ZH[n].search(zh))


# The short form a news translation uses once the article has named the street (唐宁街 … 10 号助手,
# 从 10 号的其他房间, 在 10 号和保守党总部): the number with 号, read as the place. Not a room, hall or terminal of that number
# (10 号房间, 10 号厅, 10 号航站楼), a date (从 10 号开始, 10 号前), a rank (第 10 号) or a number dialled (拨打 10 号).
_SHORT_ADDRESS = re.compile(r"(?:\d+|一?十一?)\s?号(?!\s?(?:房间|会议室|航站楼|[厅室楼线门站台床座位车机]|开始|起|以来|之前|之后|以前|以后|前|后|当天|那天|晚|早|上午|下午|凌晨|夜))")
_NOT_SHORT_BEFORE = re.compile(r"(?:第|拨打|拨|致电|打给|打)\s?$")


def short_address(zh: str, start: int) -> bool:
    """Whether the Chinese figure at `start` of `zh` is written as the short form of an address (`10 号`, `十号`),
    to be read as the place once the article has named the street."""
    return bool(_SHORT_ADDRESS.match(zh, start)) and not _NOT_SHORT_BEFORE.search(zh[max(0, start - 3) : start])


_ANSWER_LABEL = re.compile(r"[*#>\s]*(?P<l>A)(?:\.|:)\s+(?=[A-Z])")
_ARTICLE_ZH = re.compile(r"[*#>\s]*(?P<w>一个|一|一位|一条|一份)\s?[。.．:：、]")


def answer_label(en: str, zh: str) -> tuple[str, tuple[int, int]] | None:
    """A paragraph opening with the answer label `A.` (of a Q. / A. pair) whose translation opens with the
    article `a` read as a count (`一个。`): the label and the target span, else None."""
    m = _ANSWER_LABEL.match(en)
    t = _ARTICLE_ZH.match(zh)
    if m is None or t is None:
        return None
    return m.group("l"), (t.start("w"), t.end())


# a class of service (Royal Mail 1st Class, a first-class stamp) rendered as the cabin of an aircraft
_CLASS_EN = re.compile(r"\b(?P<n>1st|first|2nd|second)[\s-]class\b", re.IGNORECASE)
_CABIN_ZH = re.compile(r"[头一二12]\s?等舱")
_TRAVEL_EN = re.compile(r"\b(?:fl(?:y|ies|ying|ew|own|ights?)|planes?|aircraft|airlines?|airways|air(?:port|fare)s?|cabins?|seats?|tickets?|"
                        r"passengers?|trains?|rail(?:way)?s?|ships?|cruises?|ferry|ferries|voyages?|upgrade[sd]?|lounges?|boarding)\b", re.IGNORECASE)


def class_as_cabin(en: str, zh: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`1st Class` (of the post, of a service) whose translation is an aircraft cabin (`头等舱`, `1 等舱`) while the
    source speaks of no travel: the source and target spans, else None."""
    m, t = _CLASS_EN.search(en), _CABIN_ZH.search(zh)
    if m is None or t is None or _TRAVEL_EN.search(en):
        return None
    return (m.start(), m.end()), (t.start(), t.end())
