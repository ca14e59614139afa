"""Learning the letter table of `transqa.lang.letters` from CC-CEDICT's transliterated names (expectation-maximisation
over every split of a name's letters over its characters) and writing it compact. Used only by
`benchmarks/letter_table.py`, which writes `data/letters.json`; nothing imports this module at run time.
"""

from __future__ import annotations

import re

from transqa.lang.letters import FLOOR, GROUP, letters_of
from transqa.lang.script import HAN_RANGE

ROUNDS = 4  # rounds of expectation-maximisation (the alignments stop changing after three on CC-CEDICT)
_HAN = re.compile(rf"^[{HAN_RANGE}]{{2,6}}$")
_LATIN_HEAD = re.compile(r"^([A-Z][a-zà-ÿ]{2,13})(?: \(|$|,| or )")


def _pinyin_plain(pinyin: str) -> str:
    return re.sub("[^a-z]", "", pinyin.lower())


def training_pairs(entries: tuple[tuple[str, str, str, str], ...]) -> list[tuple[str, str]]:
    """(characters, letters) of the dictionary's transliterated names: a proper noun (capitalised pinyin) of two to
    six characters whose definition starts with one Latin word of three letters or more that is not the pinyin
    itself (Bengbu 蚌埠 is a Chinese place, no transliteration) and has at least as many letters as characters."""
    out: list[tuple[str, str]] = []
    for _trad, simp, pinyin, defs in entries:
        if not _HAN.match(simp) or not pinyin[:1].isupper():
            continue
        m = _LATIN_HEAD.match(defs.split("/", 1)[0])
        if m is None:
            continue
        word = letters_of(m.group(1))
        if word == _pinyin_plain(pinyin) or len(word) < len(simp) or len(word) > GROUP * len(simp):
            continue
        out.append((simp, word))
    return out


def _splits_forward(chars: str, word: str, p: dict[str, dict[str, float]]) -> list[list[float]]:
    """a[i][j]: the summed weight of every split of word[:j] over chars[:i]."""
    n, m = len(chars), len(word)
    a = [[0.0] * (m + 1) for _ in range(n + 1)]
    a[0][0] = 1.0
    for i in range(1, n + 1):
        table = p.get(chars[i - 1], {})
        for j in range(i, m + 1):
            a[i][j] = sum(a[i - 1][k] * table.get(word[k:j], FLOOR) for k in range(max(i - 1, j - GROUP), j))
    return a


def _splits_backward(chars: str, word: str, p: dict[str, dict[str, float]]) -> list[list[float]]:
    n, m = len(chars), len(word)
    b = [[0.0] * (m + 1) for _ in range(n + 1)]
    b[n][m] = 1.0
    for i in range(n - 1, -1, -1):
        table = p.get(chars[i], {})
        for j in range(i, m):
            b[i][j] = sum(table.get(word[j:k], FLOOR) * b[i + 1][k] for k in range(j + 1, min(m, j + GROUP) + 1))
    return b


def _count(pairs: list[tuple[str, str]], p: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    counts: dict[str, dict[str, float]] = {}
    for chars, word in pairs:
        a, b = _splits_forward(chars, word, p), _splits_backward(chars, word, p)
        total = a[len(chars)][len(word)]
        if total <= 0.0:
            continue
        for i, c in enumerate(chars):
            table = p.get(c, {})
            row = counts.setdefault(c, {})
            for j in range(i, len(word)):
                if a[i][j] == 0.0:
                    continue
                for k in range(j + 1, min(len(word), j + GROUP) + 1):
                    w = a[i][j] * table.get(word[j:k], FLOOR) * b[i + 1][k] / total
                    if w > 1e-6:
                        row[word[j:k]] = row.get(word[j:k], 0.0) + w
    return counts


def _normalise(counts: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for c, row in counts.items():
        total = sum(row.values())
        out[c] = {g: v / total for g, v in row.items() if v / total >= FLOOR}
    return out


def learn(pairs: list[tuple[str, str]], rounds: int = ROUNDS) -> dict[str, dict[str, float]]:
    """character → {letter group: share of its renderings}, by expectation-maximisation over the pairs' splits
    (every split equally likely in the first round)."""
    p: dict[str, dict[str, float]] = {}
    for _ in range(rounds):
        p = _normalise(_count(pairs, p))
        if not p:
            break
    return p


# The least share of a character's renderings kept in the shipped table (smaller ones score as FLOOR). Measured
# 2026-12-02 (release 20), the table learned at each value: 0.002 (118 kB), 0.005 (105 kB) and 0.02 (82 kB) give
# byte-identical `benchmarks/real.py --details` on dev, dev2, dev3, heldout14 and heldout15; 0.005 kept.
KEEP = 0.005


def compact(table: dict[str, dict[str, float]]) -> dict[str, str]:
    """The table as it is shipped: character → `group share` pairs, comma-joined, shares of KEEP or more to three
    places, the largest first."""
    out: dict[str, str] = {}
    for c in sorted(table):
        kept = sorted(((g, v) for g, v in table[c].items() if v >= KEEP), key=lambda gv: (-gv[1], gv[0]))
        if kept:
            out[c] = ",".join(f"{g} {v:.3f}" for g, v in kept)
    return out
