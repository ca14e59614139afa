"""Whether a short Chinese phrase is a site's or firm's name, spelt by its address, translated word by word.

`transqa.checks.linknames` reads a link's anchor against the name its address spells. Its two readers need the
name split into dictionary words in order (`gearlog` → gear, log) or the phrase's two-character words glossed into
the name (`价格经济学` → price, economics). Names of the archive's links are often neither: a function word inside
(`thealarmclock` → 闹钟, `ministryofsupply` → 供应部, where Chinese also turns the order round), a word whose
rendering is one character (`joindiaspora` → 散居 … , `likeandy` → 喜欢安迪's 喜欢), a gloss that starts the word
(`readability` → 可读性). Here both directions of CC-CEDICT are read at once, in any order: an English word of the
name (three letters or more) whose rendering stands in the phrase (`all_renderings`, single characters too), or a
word of the phrase (two to six characters) one of whose glosses stands in the name (`gloss_in_label`). The pairs
that do not overlap on either side, longest first, must cover most of both the phrase and the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transqa.lang.script import HAN

# Share of the phrase's Han characters, and of the name's letters, that the pairs must cover. Measured on the
# archive's missed name rows of the development splits (release 34): see `transqa.checks.linknames` (_by_glosses).
COVER = 0.6  # of the name's letters
HAN_COVER = 0.6  # of the phrase's Han characters
SUM_COVER = 1.6  # of the two shares together (one may be lower where the other is whole: 口袋游戏玩家, pocket+gamer)
# English function words a name may hold that no Chinese word renders (`the` of thealarmclock, `of` of
# ministryofsupply): their letters count as covered where no pair covers them
_FUNCTION = frozenset("the of a an and my on in to for by at is it this your our me we you i".split())
# Chinese characters a translation adds that render no word of the name (的 of 可标记的)
_PARTICLES = frozenset("的之了个是们")
_LONGEST_WORD = 16  # letters of the longest English word of a name tried
_SHORTEST_WORD = 3  # letters of the shortest English word of a name tried (shorter: initials, cut words)


def name_pairs(core: str, label: str) -> tuple[tuple[str, str], ...] | None:
    """The (English piece of `label`, Chinese word of `core`) pairs by which the Han phrase `core` (one to twelve
    characters, Han only) translates the name `label` (lower-case letters, as an address spells it), when they cover
    HAN_COVER of the phrase's Han characters and COVER of the name's letters (function words and particles counted as
    covered when left); None otherwise. A piece that two glosses of one Chinese word spell side by side is written
    with a `+` (`alarm+clock`, 闹钟). Digits of the name are left out (`18rabbits` is read as rabbits). Needs the
    `lexicon` extra; None without it. The function words and digit runs of the name are listed too, with no Chinese
    (`the` of thecloud, `9` of 9rules)."""
    got = coverage(core, label)
    if got is None:
        return None
    pairs, han_share, label_share = got
    return pairs if han_share >= HAN_COVER and label_share >= COVER and han_share + label_share >= SUM_COVER else None


@lru_cache(maxsize=8192)
def coverage(core: str, label: str) -> tuple[tuple[tuple[str, str], ...], float, float] | None:
    """(the pairs, the share of the phrase's Han characters they cover, the share of the name's letters) as
    `name_pairs` reads them, whatever the shares; None when no pair, or pairs of one Han character in all, stand."""
    han = "".join(HAN.findall(core))
    digits = list(re.findall(r"[0-9]+", label))
    label = "".join(c for c in label if c.isalpha())
    if not han or not label:
        return None
    pairs = sorted(_candidates(han, label), key=lambda p: (-(p[1] - p[0]) - (p[3] - p[2]), p))
    in_label = [False] * len(label)
    in_core = [False] * len(han)
    used: list[tuple[str, str]] = []
    for i, j, k, m, cut in pairs:
        if any(in_label[i:j]) or any(in_core[k:m]):
            continue
        in_label[i:j] = [True] * (j - i)
        in_core[k:m] = [True] * (m - k)
        used.append((label[i:j] if cut < 0 else f"{label[i:cut]}+{label[cut:j]}", han[k:m]))
    if not used or sum(len(c) for _, c in used) < 2:
        return None
    for i, c in enumerate(han):
        in_core[i] = in_core[i] or c in _PARTICLES
    used.extend((w, "") for w in [*_cover_function_words(label, in_label), *digits])
    return tuple(used), sum(in_core) / len(han), sum(in_label) / len(label)


def _cover_function_words(label: str, in_label: list[bool]) -> list[str]:
    """Mark as covered each run of uncovered letters that is a function word; the words so marked."""
    out: list[str] = []
    uncovered = "".join(" " if covered else ch for covered, ch in zip(in_label, label, strict=True))  # covered letters blanked
    for m in re.finditer(r"[^ ]+", uncovered):
        if m.group() in _FUNCTION:
            in_label[m.start():m.end()] = [True] * (m.end() - m.start())
            out.append(m.group())
    return out


def _candidates(han: str, label: str) -> list[tuple[int, int, int, int, int]]:
    """(label start, label end, phrase start, phrase end, where two glosses part in the label or -1) of every pair
    that may stand for one word."""
    from transqa.lang.glosses import all_renderings, english_words

    out: list[tuple[int, int, int, int, int]] = []
    for i in range(len(label)):
        for j in range(i + _SHORTEST_WORD, min(len(label), i + _LONGEST_WORD) + 1):
            word = label[i:j]  # letters only (coverage keeps none else)
            for r in all_renderings(word):
                k = han.find(r)
                if k >= 0:
                    out.append((i, j, k, k + len(r), -1))
    table = english_words()
    for k in range(len(han)):
        for m in range(k + 2, min(len(han), k + 6) + 1):
            spans = sorted({span for w in table.get(han[k:m], ()) if (span := _gloss_at(w, label)) is not None})
            out.extend((i, j, k, m, -1) for i, j in spans)
            # two glosses of one word side by side in the name (闹钟: alarm, clock of thealarmclock)
            out.extend((i, j2, k, m, j) for i, j in spans for i2, j2 in spans if i2 == j)
    return out


def _gloss_at(word: str, label: str) -> tuple[int, int] | None:
    """Where a gloss word stands in the name (`gloss_in_label`), or its beginning of GLOSS_PREFIX letters (tech of
    technology in dailytech), which `gloss_in_label` reads only in words of at most twice as many letters (it has tried
    every longer beginning already)."""
    from transqa.lang.glosses import GLOSS_PREFIX, gloss_in_label

    span = gloss_in_label(word, label)
    if span is not None or len(word) <= GLOSS_PREFIX:
        return span
    k = label.find(word[:GLOSS_PREFIX])
    return (k, k + GLOSS_PREFIX) if k >= 0 else None
