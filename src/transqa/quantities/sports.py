"""Units of sports scores: runs, wickets, goals, points, sets against 分, 柱, 球, 局, 盘.

A figure of the source counted in one unit of a game (`20 runs`) rendered with the Chinese unit of
another (`20 个进球`, goals) changes what was scored. The tables give each English unit the Chinese units
that render it; a Chinese unit outside that set but known to this table is a changed unit. Pure functions
of (text, quantity).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transqa.quantities.core import Quantity


class SportUnit(NamedTuple):
    """The Chinese renderings of one English unit of a game: `suggested`, the one a fix suggests (the figure, then
    this: the measure word with its noun where news writes one, `13 名球员`, `2 个进球`, `3 次达阵`; the whole set,
    sorted, read `个人 / 人 / 名 / …`, ncmisc 37), and `renderings`, every unit that renders it (`suggested` among them)."""

    suggested: str
    renderings: frozenset[str]


def _unit(suggested: str, *others: str) -> SportUnit:
    return SportUnit(suggested, frozenset({suggested, *others}))


# English unit (as written, singular or plural) → its Chinese renderings.
SPORT_UNITS: dict[str, SportUnit] = {
    "run": _unit("分", "跑", "跑分", "次跑垒", "得分"),
    "wicket": _unit("个三柱门", "柱", "门", "三柱门", "小门", "出局", "击球手出局", "个小门"),
    "goal": _unit("个进球", "球", "进球", "粒", "个球", "粒进球"),
    "point": _unit("分", "积分", "得分", "点"),
    "try": _unit("次达阵", "达阵", "个达阵", "分"),
    "touchdown": _unit("次达阵", "达阵", "个达阵", "触地得分"),
    "rebound": _unit("个篮板", "篮板"),
    "assist": _unit("次助攻", "助攻", "个助攻"),
    "set": _unit("盘", "局"),
    "frame": _unit("局"),
    # a side reduced to 13 (a sending-off, the sin-bin): players, not points
    "player": _unit("名球员", "人", "名队员", "名选手", "个人", "名"),
}
_ZH_UNITS = sorted({u for unit in SPORT_UNITS.values() for u in unit.renderings} | {"进球", "篮板", "助攻", "盘", "局", "分"}, key=lambda u: (-len(u), u))
_EN_UNITS = r"runs?|wickets?|goals?|points?|tries|try|touchdowns?|rebounds?|assists?|sets?|frames?"
_EN_RE = re.compile(r"^\+?\s*(?:[A-Za-z-]+\s+)?(?P<u>" + _EN_UNITS + r")\b", re.IGNORECASE)
# A unit's word or the `reduced`/`down` of `down to 13 men`, wherever it stands: english_sport_unit reads a unit only
# where _EN_RE (a unit's word) or _EN_DOWN_TO (one of those two) matches, with the same flag
_EN_ANY = re.compile(_EN_UNITS + r"|reduced|down", re.IGNORECASE)
_ZH_RE = re.compile(r"^\s*\+?\s*(?:的|个|次|记)?\s*(?P<u>" + "|".join(map(re.escape, _ZH_UNITS)) + r")(?!钟|之|析|别|数|子|享|布|配|类|割|裂|开|支|校|公司|行)")


# `down to ten men`, `reduced to 13 players`, `the home side were reduced to 13`: the players a side has left.
# A bare `reduced to 13` of a score (the deficit was reduced to 13) is points: only a side reduced counts.
_EN_MEN = re.compile(r"\s*(?:men|players)\b", re.IGNORECASE)  # matched at a figure's end (pattern.match(text, pos))
_EN_DOWN_TO = re.compile(r"\b(?:reduced|down)\s+to\s+$", re.IGNORECASE)
_EN_SIDE_REDUCED = re.compile(r"\b(?:side|team|XV|visitors|hosts)\s+(?:were|was|are|is|had been|have been|has been)\s+reduced\s+to\s+$",
                              re.IGNORECASE)


def may_count_scores(text: str) -> bool:
    """False when english_sport_unit is None for every figure of the English `text` (no unit of a game in it, no
    `reduced` or `down`): a paragraph's figures are then not each read (200,000 links in one paragraph, issue 21)."""
    return _EN_ANY.search(text) is not None


def english_sport_unit(text: str, q: Quantity) -> str | None:
    """The game unit written after q in English (run, wicket, goal, ...), singular."""
    m = _EN_RE.match(text[q.end : q.end + 24])
    before = text[max(0, q.start - 40) : q.start]
    if not m and _EN_DOWN_TO.search(before) and (_EN_MEN.match(text, q.end) or _EN_SIDE_REDUCED.search(before)):
        return "player"
    if not m:
        return None
    u = m.group("u").lower()
    return "try" if u == "tries" else u.rstrip("s") if u not in ("runs",) else "run"


def chinese_sport_unit(text: str, q: Quantity) -> str | None:
    """The game unit written after q in Chinese (分, 柱, 进球, ...)."""
    m = _ZH_RE.match(text[q.end : q.end + 8])
    return m.group("u") if m else None


def unit_changed(en: str | None, zh: str | None) -> bool:
    """True when the Chinese game unit cannot render the English one."""
    return bool(en and zh and en in SPORT_UNITS and zh not in SPORT_UNITS[en].renderings
                and not any(zh.endswith(u) for u in SPORT_UNITS[en].renderings))


# The result of a game a score is given for: `suffered a 2-0 loss`, `won 3-1`, `a 2-2 draw`.
_EN_SCORE_NEXT = re.compile(r"\s?[-–—]\s?(?P<b>\d{1,3})\b")
_EN_RESULT_BEFORE = re.compile(
    r"\b(?:loss|losses|defeat|defeats|defeated|lost|lose|loses|losing|beaten|beat|beats|beating|win|wins|winning|won|"
    r"victory|victories|triumph|thrashing|drubbing|thrashed|hammered|routed|edged|draw|drew|drawn|tied)\b[^.;:!?,]{0,24}$",
    re.IGNORECASE,
)
_EN_RESULT_AFTER = re.compile(r"\s?[-–—]\s?\d{1,3}\s+(?:home\s+|away\s+|road\s+)?(?:loss|defeat|win|victory|draw|triumph|thrashing|drubbing|rout)\b",
                              re.IGNORECASE)
# A vote or a ruling given as a tally (a 6-3 ruling, the Senate voted 51-49): not a game.
_EN_TALLY = re.compile(r"\b(?:vote[sd]?|voting|ruling|ruled|decision|majority|court|justices|senate|senators|jury|judges|board)\b", re.IGNORECASE)
# Any word of a result in Chinese: who won, who lost, a draw.
_ZH_RESULT = re.compile(r"胜|赢|负|输|败|不敌|失利|取胜|平局|战平|逼平|打平|握手言和|力克|横扫|完胜|零封|淘汰|挫|拿下|险胜|克|擒|退|屈居")


def english_result(text: str, q: Quantity) -> bool:
    """q is the first figure of a game's score whose result the English states (a 2-0 loss, won 3-1); a level
    score (a 1-1 draw) says its result by itself."""
    m = _EN_SCORE_NEXT.match(text, q.end)  # at the figure's end, without copying the rest of the text
    if not m or float(m.group("b")) == q.value:
        return False
    window = text[max(0, q.start - 80) : q.end + 40]
    if _EN_TALLY.search(window):
        return False
    return bool(_EN_RESULT_AFTER.match(text, q.end) or _EN_RESULT_BEFORE.search(text[max(0, q.start - 48) : q.start]))


def chinese_score(text: str, q: Quantity) -> bool:
    """q is a figure of a score written as one (2-0, 2比0, 0：2)."""
    return bool(_ZH_SCORE_NEXT.match(text, q.end) or _score_before(text, q.start))


_ZH_SCORE_NEXT = re.compile(r"\s*[-–—:：比]\s*\d")


def _score_before(text: str, end: int) -> bool:
    """Whether text[:end] ends in a figure and a score's separator (`2-`, `2 比 `): the pattern
    `\\d\\s*[-–—:：比]\\s*$` read backwards from `end`, without searching the whole text before it."""
    k = end
    while k and text[k - 1].isspace():
        k -= 1
    if not k or text[k - 1] not in "-–—:：比":
        return False
    k -= 1
    while k and text[k - 1].isspace():
        k -= 1
    return bool(k) and text[k - 1].isdecimal()


def chinese_result(text: str, q: Quantity) -> bool:
    """The Chinese clause around the score q says who won, who lost, or that it was a draw."""
    before = re.split(r"[，。；！？,;]", text[max(0, q.start - 16) : q.start])[-1]
    after = re.split(r"[，。；！？,;]", text[q.end : q.end + 14])[0]
    return bool(_ZH_RESULT.search(before) or _ZH_RESULT.search(after))
