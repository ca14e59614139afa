"""What a casualty figure counts: the dead, the injured, the trapped, the missing, the arrested.

News counts people by what happened to them (`kills 1, traps 5`, `1 死 5 伤`); a figure kept in value but
counted as another casualty (`traps 5` → `5 伤`, trapped become injured) changes the news. The tables give
each casualty its words in both languages; the word governing a figure is the one next to it (English:
the verb before it, `kills 1`, or the word after it, `5 people were injured`; Chinese: the word after it,
`5 人受伤`, `1 死`). Pure functions of (text, quantity).
"""

from __future__ import annotations

import re

from transqa.lang.script import HAN_RANGE
from transqa.quantities.core import Quantity

EN_CASUALTY = {
    "dead": r"kill(?:s|ed|ing)?|dead|deaths?|died|dies|fatalities|lives",
    "injured": r"injur(?:e|es|ed|ing|ies)|wound(?:s|ed|ing)?|hurt",
    "trapped": r"trap(?:s|ped|ping)?|stranded",
    "missing": r"missing",
    "arrested": r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?",
}
ZH_CASUALTY = {
    "dead": "死亡|遇难|丧生|身亡|罹难|殒命|死",
    "injured": "受伤|负伤|伤",
    "trapped": "被困|受困|困",
    "missing": "失踪",
    "arrested": "被捕|被拘|逮捕|拘留|拘捕",
}
_EN_WORD = "|".join(f"(?P<{k}>{v})" for k, v in EN_CASUALTY.items())
_ZH_WORD = "|".join(f"(?P<{k}>{v})" for k, v in ZH_CASUALTY.items())
# kills 1, killing at least 5, injured 12 (a verb before the figure: `missing 17 players` lacks them)
EN_VERBS = {"dead": r"kill(?:s|ed|ing)?", "injured": r"injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|hurt(?:s|ing)?", "trapped": r"trap(?:s|ped|ping)?",
            "arrested": r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?"}
_EN_BEFORE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in EN_VERBS.items()) + r")\s+(?:at least|about|around|some|nearly|more than|over|another|a further)?\s*$", re.IGNORECASE)
# 5 dead, 5 people were killed, 5 skiers trapped (the word after it, at most two words between)
_EN_AFTER = re.compile(r"^(?:[\s-]+(?!(?:and|or|but|while|after|before|as|in|on|at|of|to|from)\b)[a-z]+){0,2}?"
                       r"(?:\s+(?:were|are|was|have been|had been|being))?[\s-]+(?:" + _EN_WORD + r")\b", re.IGNORECASE)
# 5 人受伤, 1 死 5 伤, 5 名滑雪者被困 (the word after it)
_ZH_AFTER = re.compile(rf"^\s?(?:人|名[{HAN_RANGE}]{{0,3}}?|个人)?\s?(?P<word>(?<!因)(?:被|受|已)?(?:" + _ZH_WORD + r"))")  # 因伤: because of injury


# 杀死了 5 人, 逮捕了 12 名 (the verb before it)
ZH_VERBS = {"dead": "杀死|打死|炸死|害死|杀害|撞死", "injured": "打伤|炸伤|击伤|撞伤|弄伤", "trapped": "困住", "arrested": "逮捕|拘留|拘捕|抓捕|抓获"}
_ZH_BEFORE = re.compile(r"(?P<word>" + "|".join(f"(?P<{k}>{v})" for k, v in ZH_VERBS.items()) + r")了?\s?(?:至少|约|大约|近|超过|另外)?\s?$")


def _which(m: re.Match[str] | None) -> str | None:
    return next((k for k, v in m.groupdict().items() if v and k != "word"), None) if m else None


# Any English casualty word or verb, wherever it stands: every match of _EN_BEFORE or _EN_AFTER holds one (their named
# groups are these words, read with the same flag), so a text without one has no figure english_casualty reads
_EN_ANY = re.compile("|".join([*EN_CASUALTY.values(), *EN_VERBS.values()]), re.IGNORECASE)


def may_count_casualties(text: str) -> bool:
    """False when english_casualty is None for every figure of the English `text` (no casualty word in it at all): a
    paragraph's figures are then not each read (200,000 links in one paragraph, issue 21)."""
    return _EN_ANY.search(text) is not None


def english_casualty(text: str, q: Quantity) -> str | None:
    """What the English figure q counts (dead, injured, trapped, missing, arrested), or None."""
    if q.kind != "count":
        return None
    return _which(_EN_BEFORE.search(text[max(0, q.start - 40) : q.start])) or _which(_EN_AFTER.match(text[q.end : q.end + 40]))


def chinese_casualty(text: str, q: Quantity) -> str | None:
    """What the Chinese figure q counts, or None."""
    if q.kind != "count":
        return None
    return _which(_ZH_AFTER.match(text[q.end : q.end + 10])) or _which(_ZH_BEFORE.search(text[max(0, q.start - 10) : q.start]))


ZH_NAMES = {"dead": "死亡", "injured": "受伤", "trapped": "被困", "missing": "失踪", "arrested": "被捕"}


# the one-character words of the compact news style `1 死 5 伤` / `2 死 6 困` (a repair keeps that style)
ZH_SHORT = {"dead": "死", "injured": "伤", "trapped": "困"}


def chinese_casualty_repair(text: str, q: Quantity, counted: str) -> tuple[int, int, str] | None:
    """Where the Chinese casualty word of figure q stands, as (start, end) covering the figure and its word, and
    that span rewritten to count `counted` instead: `5 伤` → `5 困` (compact style kept), `5 人受伤` → `5 人被困`,
    `5 名矿工受伤` → `5 名矿工被困`, `打伤了 5` → `杀死了 5`; None when no word of the figure can be rewritten
    (a verb-before figure for a casualty with no verb: the missing)."""
    if q.kind != "count":
        return None
    after = _ZH_AFTER.match(text[q.end : q.end + 10])
    if after and _which(after):
        ws, we = q.end + after.start("word"), q.end + after.end("word")
        word = ZH_SHORT.get(counted) if we - ws == 1 and counted in ZH_SHORT else ZH_NAMES[counted]
        return q.start, we, text[q.start : ws] + (word or ZH_NAMES[counted])
    lo = max(0, q.start - 10)
    before = _ZH_BEFORE.search(text[lo : q.start])
    if before and _which(before) and counted in ZH_VERBS:
        ws, we = lo + before.start("word"), lo + before.end("word")
        return ws, q.end, ZH_VERBS[counted].split("|")[0] + text[we : q.end]
    return None
