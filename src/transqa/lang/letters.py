"""Which letter groups of a Latin name a Chinese character renders, learned from CC-CEDICT.

CC-CEDICT gives thousands of transliterated names with their Latin forms (`莱奥 [Lai2 ao4] /Léo/`,
`沃尔格林 /Walgreens/`). Aligning each name's letters to its characters (every character one group of one to
four letters, in order; expectation-maximisation over all such splits) gives, for each character, how often it
renders each letter group: 吉 → gi, g, j; 斯 → s, ss, z; 尔 → r, l, er. A Latin name is then scored against a run
of Chinese characters by the best split of its letters over the characters (`letter_score`), which needs no
hand-made sound classes: `Gilt` / `吉尔特` (gi-l-t), `Sethi` / `塞提` (se-thi) follow from the data.

The table is learned once from CC-CEDICT by `benchmarks/letter_table.py` (the learning is in
`transqa.lang.letters_train`, which nothing imports at run time) and shipped compact in `data/letters.json`
(about 1,400 characters); nothing is read from the dictionary or downloaded at run time.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

GROUP = 4  # letters at most that one character renders (Walgreens: 沃 wa, 尔 l, 格 g, 林 reen, 斯 s)
# The share a character is given for a letter group it was never seen to render (in learning and in scoring).
# Measured 2026-12-02 (release 20), the table learned again at each value: 1e-5, 1e-4 and 1e-3 give byte-identical
# `benchmarks/real.py --details` on dev, dev2, dev3, heldout14, heldout15 and the same clean WMT22 reference A
# findings (`benchmarks/clean_refs.py`); it moves only scores far under LETTERS_ACCEPT 0.6 (Galpin 加尔 0.003, 0.01,
# 0.03; Capital 卡普兰 0.347 at each; Suster 苏斯特 0.794 and Gilt 吉尔特 1.0 at each).
FLOOR = 1e-4


def letters_of(word: str) -> str:
    """The word's letters, lower case, accents dropped (Léo → leo), x as the ks it sounds (Fox 福克斯); anything else left out."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return re.sub("[^a-z]", "", plain).replace("x", "ks")


DATA = Path(__file__).resolve().parent.parent / "data" / "letters.json"


def letter_table() -> dict[str, dict[str, float]]:
    """The shipped table (`data/letters.json`, written by `benchmarks/letter_table.py` from CC-CEDICT): empty when
    the file is missing. Read on each call: the checks read it once, through `_shares`, which keeps what they use."""
    try:
        raw: dict[str, str] = json.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {c: {g: float(v) for g, v in (pair.split(" ") for pair in pairs.split(","))} for c, pairs in raw.items()}


# A group of up to BACKOFF_UP_TO letters the table has not seen a character render is given BACKOFF times the share of
# the groups it renders that start with the group's letter (塞 renders se, sa, ce: `seth` of Sethi is heard by its s).
# Measured on archive dev/dev2/dev3: the pairs labelled one name written two ways (182) against the Latin/Chinese pairs
# of different names of the same articles (1,688); at 0.5 and 3, 65 pairs at 0.6 against none (at 4 letters a character
# swallows the rest of a name: Galpin 加尔 0.71, Capital 卡普兰 0.63; at 2, 30 pairs).
BACKOFF = 0.5
BACKOFF_UP_TO = 3


@lru_cache(maxsize=1)
def _shares() -> dict[str, tuple[dict[str, float], dict[str, float]]]:
    """character → (letter group → share over its best group's, first letter → the same for the groups it starts)."""
    out: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
    for c, row in letter_table().items():
        if not row:
            continue
        top = max(row.values())
        first: dict[str, float] = {}
        for g, v in row.items():
            first[g[0]] = first.get(g[0], 0.0) + v
        ftop = max(first.values())
        out[c] = ({g: v / top for g, v in row.items()}, {x: v / ftop for x, v in first.items()})
    return out


def _share(c: str, group: str) -> float:
    groups, first = _shares()[c]
    heard = BACKOFF * first.get(group[0], 0.0) if len(group) <= BACKOFF_UP_TO else 0.0
    return max(groups.get(group, 0.0), heard, FLOOR)


def _best_end(c: str, word: str, first: bool) -> float:
    """The largest share character c gives a group of up to GROUP letters at the start (or the end) of word."""
    groups = (word[:k] if first else word[len(word) - k :] for k in range(1, min(GROUP, len(word)) + 1))
    return max(_share(c, g) for g in groups)


def may_reach(name: str, chinese: str, least: float) -> bool:
    """Whether `letter_score(name, chinese)` can be `least` or more, told from the run's first and last characters
    alone: the first renders a group of the name's first GROUP letters, the last one of its last, and no share is
    above 1, so the score is at most the geometric mean of those two shares over the run's length. A bound, never
    wrong in the refusing direction: it spares the alignment of every (name, run) pair of an article (a thousand
    names against as many runs), whose first letters mostly no character of the run renders (Bcbtvg, 阿巴)."""
    word, table = letters_of(name), _shares()
    n, m = len(chinese), len(word)
    if not n or m < n or m > GROUP * n or any(c not in table for c in chinese):
        return False
    if n == 1:
        return _share(chinese, word) >= least
    ends = _best_end(chinese[0], word, True) * _best_end(chinese[-1], word, False)
    return math.log(ends) / n >= math.log(least) - 1e-12


@lru_cache(maxsize=65536)
def letter_score(name: str, chinese: str) -> float:
    """How well a run of Chinese characters renders a Latin name, 0 to 1: the geometric mean, over the characters,
    of the share of the letter group each renders in the best split of the name's letters, each against that
    character's most frequent group (1.0: every character renders its likeliest group). 0 for a character the
    table does not know, a run longer than the name's letters or a name too long for the run."""
    word, table = letters_of(name), _shares()
    n, m = len(chinese), len(word)
    if not n or m < n or m > GROUP * n or any(c not in table for c in chinese):
        return 0.0
    neg = -math.inf
    a = [[neg] * (m + 1) for _ in range(n + 1)]
    a[0][0] = 0.0
    for i in range(1, n + 1):
        c = chinese[i - 1]
        for j in range(i, m + 1):
            a[i][j] = max((a[i - 1][k] + math.log(_share(c, word[k:j]))
                           for k in range(max(i - 1, j - GROUP), j)), default=neg)
    return math.exp(a[n][m] / n) if a[n][m] > neg else 0.0
