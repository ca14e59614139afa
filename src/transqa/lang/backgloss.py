"""Chinese words read back into English by CC-CEDICT: which stretch of a Chinese text is a name's letters translated.

A name MT does not know is often rendered as the dictionary words of its parts, and the parts need not be capitalised
(`Sciencescape` → 科学景观: science + landscape; `Amplifi` → 放大器: amplifier). The forward word list (English word →
renderings) needs the name split into words first; read backwards, each dictionary word of the Chinese gives its English
definitions, and a run of such words whose definitions spell the whole name, in order, is the name translated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import regex

from transqa.lang.english import STOPWORDS
from transqa.lang.lexicon import PARENS, cedict_entries, cedict_index
from transqa.lang.script import HAN, HAN_CLASS, HAN_RUN

_HEAD = regex.compile(rf"{HAN_CLASS}{{2,6}}")  # a headword of Han characters, as lang.script defines them
_WORD = re.compile(r"[a-z]{3,}")
MIN_PIECE = 4  # letters of a definition word shared with the name, when the word is not in the name whole (`scape` of
# landscape, `ancestr` of ancestor); three matched too much on the development splits (`app` of apply)
PIECE_SHARE = 0.75  # share of a definition word the shared letters must be, unless they end it (`opera` is 5 of the 7
# letters of `operate`, a definition of 工作: a false 工作 for Opera of archive dev2; `scape` ends `landscape`)
MIN_TAIL = 5  # letters a shared piece that ends its definition word needs (`scape`)
FULL_COVER = 0.9  # share of the name's letters the words must spell. Measured on archive dev, dev2 and dev3 (names of
# the file-name slug written twice in Latin script): at 0.9 and above 19 stretches, all labelled name defects; from 0.75
# 53 more, none labelled (`iPhone` 5 of 6 letters in 电话, `Gmail` 4 of 5 in 邮件)


@lru_cache(maxsize=1)
def definitions() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT headword of two to six Han characters (simplified) → the English words (three letters or more, no
    function word) of its definitions; entries whose definitions start with a capital (names) left out. Empty without
    a dictionary."""
    return cedict_index("back-glosses", (__name__, "transqa.lang.lexicon", "transqa.lang.english"), _build, {})


def _build(path: str) -> dict[str, tuple[str, ...]]:
    return _glosses(path, _HEAD, lambda d: (w for w in _WORD.findall(d) if w not in STOPWORDS), by_pinyin=False)


def _glosses(path: str, head: re.Pattern[str] | regex.Pattern[str], read: Callable[[str], Iterable[str]],
             by_pinyin: bool) -> dict[str, tuple[str, ...]]:
    """CC-CEDICT's simplified headwords that `head` matches whole → the words `read` finds in each of their definitions
    (given lower case, brackets removed), sorted; a proper noun left out (its definitions start with a capital, or with
    `by_pinyin` its pinyin does)."""
    table: dict[str, set[str]] = {}
    for _trad, simp, pinyin, defs in cedict_entries(path):
        if not head.fullmatch(simp) or (pinyin if by_pinyin else defs)[:1].isupper():
            continue
        words = table.setdefault(simp, set())
        for d in defs.split("/"):
            words.update(read(PARENS.sub("", d).lower()))
    return {k: tuple(sorted(v)) for k, v in table.items() if v}


def _spelt(name: str, words: tuple[str, ...], after: int) -> tuple[int, int] | None:
    """The longest piece of the name, starting at `after` or later, that one definition word spells: the word whole, or
    MIN_PIECE letters or more of it (PIECE_SHARE of it, or its end); (start, length) or None."""
    best: tuple[int, int] | None = None
    for w in words:
        for n in range(min(len(w), len(name) - after), MIN_PIECE - 1 if len(w) > 3 else len(w) - 1, -1):
            if best is not None and n <= best[1]:
                break
            found = _shared(name, w, n, after)
            if found is not None:
                best = (found, n)
                break
    return best


def _shared(name: str, w: str, n: int, after: int) -> int | None:
    """Where in the name (at `after` or later) n letters of the definition word w stand, when they may stand for it: not
    where they end the name and w goes on past them into letters that are no ending of the name (`_goes_on`)."""
    for a in range(len(w) - n + 1):
        if n < len(w) and n < PIECE_SHARE * len(w) and not (a + n == len(w) and n >= MIN_TAIL):
            continue
        k = name.find(w[a : a + n], after)
        while k >= 0 and k + n == len(name) and _goes_on(w[a + n :]):
            k = name.find(w[a : a + n], k + 1)
        if k >= 0:
            return k
    return None


# What a definition word may go on with past the name's last letter and still spell the name: one letter (the name is
# the word cut short, `idiot`, 白痴, for Idio; `amazed`, 惊奇, for Amaze), or an ending (`amplifier`, 放大器, for Amplifi:
# a labelled name-literal row of archive dev2). Two letters or more that are no ending are the rest of another English
# word the name only begins: 球体's one definition `spheroid` is no reading of Sphero (3 of the 4 wrong findings of the
# blind reading of release 41, archive-new-verdicts-41.tsv: 球体 is the ball, `sphere`). Whole archive (audit --select
# TQA317): 542 → 539 findings, the three 球体; no `-es`/`-ed`/`-er`/`-ing`/one-letter reading lost (白痴, 惊奇 ×2, 放大器)
NAME_ENDINGS = frozenset({"es", "ed", "er", "ers", "ing"})


def _goes_on(rest: str) -> bool:
    """A definition word's letters past the name's end (`id` of spheroid for sphero) make it another word: two or more
    that are no ending of NAME_ENDINGS."""
    return len(rest) > 1 and rest not in NAME_ENDINGS


def _pieces(name: str, text: str, i: int, table: dict[str, tuple[str, ...]]) -> tuple[int, list[tuple[int, int]]]:
    """The one walk of a stretch of dictionary words read back into the name (lower-case letters): from offset i of
    `text`, headword after headword side by side (the longest first at each place, six characters at most), each
    spelling the next letters of the name (`_spelt`), the first from the name's first letter. Returns the end of the
    walk in `text` and the pieces of the name spelt, (start, length) each, in order ([] when the first headword does
    not spell the name from its first letter: the end is then i)."""
    j, pos = i, 0
    pieces: list[tuple[int, int]] = []
    while j < len(text):
        hit = next(((n, got) for n in range(min(6, len(text) - j), 1, -1) if (w := text[j : j + n]) in table
                    and (got := _spelt(name, table[w], pos)) is not None), None)
        if hit is None or (not pieces and hit[1][0] > 0):
            break  # the rendering spells the name from its first letter (影响力 is `influence`, not Pinfluence)
        n, (k, m) = hit
        pieces.append((k, m))
        pos, j = k + m, j + n
    return j, pieces


def translated_spans(name: str, text: str, starts: Iterable[int] | None = None) -> Iterator[tuple[int, int]]:
    """The stretches [start, end) of `text` whose dictionary words, read back, spell the name (lower-case letters) in
    order from its first letter, FULL_COVER of its letters at least (an ending may go unsaid: 游戏改变 for GameChanger,
    音乐皮肤 for MusicSkins; a first letter may not: 影响力, `influence`, is no rendering of Pinfluence, three false
    findings of a 1,460-article archive sample): each stretch one or more headwords side by side, the longest headword
    tried first at each place (`_pieces`). `starts`, when given, the offsets (ascending) where a stretch may start, a
    superset of those where a headword one of whose definition words spells the name from its first letter stands
    (`opening_keys`): the walk is tried there only, the other places of the text skipped as they give no stretch
    (the same stretches, in a reading that costs the candidates, not the text)."""
    table = definitions()
    if not table or len(name) < MIN_PIECE:
        return
    i = 0
    for c in range(len(text)) if starts is None else starts:
        if c < i:
            continue  # inside the stretch walked last
        j, pieces = _pieces(name, text, c, table)
        if pieces and sum(m for _k, m in pieces) >= FULL_COVER * len(name):
            yield c, j
        i = j if pieces else c + 1


def opening_keys(words: Iterable[str]) -> set[str]:
    """The keys by which a headword of these definition words may open a stretch of `translated_spans`: each word of
    three letters whole, and each MIN_PIECE letters of a longer one (`_spelt` spells a name's first letters by a word
    whole or by MIN_PIECE letters or more of it). A stretch for the name starts only where a headword of the key
    `name[:3]` or `name[:MIN_PIECE]` stands (`name_keys`)."""
    keys: set[str] = set()
    for w in words:
        if len(w) == 3:
            keys.add(w)
        else:
            keys.update(w[a : a + MIN_PIECE] for a in range(len(w) - MIN_PIECE + 1))
    return keys


def name_keys(name: str) -> tuple[str, str]:
    """The two keys of `opening_keys` that can open a stretch spelling the name (lower-case letters)."""
    return name[:3], name[:MIN_PIECE]


def spelling_starts(name: str, stretch: str) -> list[int]:
    """Where in the name (lower-case letters) each headword of `stretch` starts spelling it, read as translated_spans
    reads a stretch it yields (`_pieces`: the same walk): `blastmedia`, 爆破媒体 → [0, 5]; [] where the stretch does
    not spell the name from its first letter. Used to write a name an address runs together as words (Blast Media)
    in a suggestion. (Named `word_starts` before release 41, as transliterate.word_starts, which asks another thing.)"""
    return [k for k, _m in _pieces(name, stretch, 0, definitions())[1]]


_SHORT_WORD = re.compile(r"[a-z]{2,}")


@lru_cache(maxsize=1)
def character_definitions() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT's single Han characters (simplified) → the English words (two letters or more, function words kept:
    `me` of 我, `on` of 上) of their definitions; proper nouns (a capitalised pinyin) left out. Empty without a dictionary. Read only where a whole short phrase must spell a name (`spelt_whole`)."""
    return cedict_index("back-glosses-1", (__name__, "transqa.lang.lexicon"), _build_characters, {})


def _build_characters(path: str) -> dict[str, tuple[str, ...]]:
    return _glosses(path, HAN, _SHORT_WORD.findall, by_pinyin=True)


_ONE_CHARACTER = re.compile(r"\S")  # a headword of one character (an entry's simplified field holds no white space)


@lru_cache(maxsize=1)
def short_senses() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT's single characters (simplified) → the English words of their short senses, sorted: a definition of
    one or two words once its asides and a leading `to` are left out (站 `station`, 镇 `small`, `town`, 你 `you`; not
    `cards` of 和's `to complete a set in mahjong or playing cards`), each word's trailing or leading `.,;` stripped;
    proper nouns (a capitalised pinyin) left out. Empty without a dictionary. An index of its own (kind
    `back-glosses-short`), read where a single character must spell a piece of a name by a sense of its own
    (checks.wordnames, TQA317)."""
    return cedict_index("back-glosses-short", (__name__, "transqa.lang.lexicon"), _build_short, {})


def _build_short(path: str) -> dict[str, tuple[str, ...]]:
    return _glosses(path, _ONE_CHARACTER, _short_sense, by_pinyin=True)


def _short_sense(definition: str) -> list[str]:
    words = definition.removeprefix("to ").split()
    return [w.strip(".,;") for w in words] if 1 <= len(words) <= 2 else []


def spelt_whole(name: str, phrase: str) -> tuple[tuple[str, str], ...] | None:
    """The phrase (Han characters, two to six) read back into English piece by piece, every piece spelling the next
    letters of the name (lower-case letters) from its first: a dictionary word of two to six characters as
    `translated_spans` reads one, or a single character one of whose definition words is the next letters whole
    (蓝 `blue` + 点 `dot` for bluedot, 请 `please` + 抢 `rob` + 我 `me` for pleaserobme); the pieces must take the whole
    phrase, be two at least and spell FULL_COVER of the name. ((piece, the letters it spells), …) or None. The longest
    reading at each place is tried first, then shorter ones (a search over the phrase's few segmentations)."""
    table, chars = definitions(), character_definitions()
    if not chars or not 2 <= len(phrase) <= 6 or not HAN_RUN.fullmatch(phrase):
        return None

    def walk(j: int, pos: int, covered: int) -> list[tuple[str, str]] | None:
        if j == len(phrase):
            return [] if covered >= FULL_COVER * len(name) else None
        for n in range(min(6, len(phrase) - j), 0, -1):
            piece = phrase[j : j + n]
            for k, m in _piece_spells(name, piece, pos, table, chars):
                rest = walk(j + n, k + m, covered + m)
                if rest is not None:
                    return [(piece, name[k : k + m]), *rest]
        return None

    found = walk(0, 0, 0)
    return tuple(found) if found is not None and len(found) >= 2 else None


def _piece_spells(name: str, piece: str, pos: int, table: dict[str, tuple[str, ...]],
                  chars: dict[str, tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """Where (start, length) the piece's definitions spell the name's letters right at `pos`: a headword as `_spelt`
    reads it, a single character by a definition word whole."""
    if len(piece) == 1:
        for w in chars.get(piece, ()):
            if name.startswith(w, pos):
                yield pos, len(w)
        return
    if piece in table and (got := _spelt(name, table[piece], pos)) is not None and got[0] == pos:
        yield got
