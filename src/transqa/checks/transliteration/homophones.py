"""One name written in one place with another character of the same sound (TQA310, with or without the original).

A homophone slip (`科维` for the article's `柯维`, `伊玛姆` for `伊玛目`): the two forms read the same toneless
pinyin syllable by syllable, yet differ in characters, so the sound tests that pair transliterations by the letters
and sound of a Latin name (`chinese_sound_alike`, which leaves two-character forms alone) do not tell them apart
from one name written twice."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from transqa.checks.transliteration.common import written_where
from transqa.checks.transliteration.rules import TRANSLIT_INCONSISTENT
from transqa.checks.transliteration.target_only import (
    SLIDE,
    dotted_part,
    in_translit_run,
    name_forms,
    occurrences,
)
from transqa.context import Context, quote
from transqa.findings import Finding
from transqa.lang.chinese import tied_at
from transqa.lang.script import HAN_RUN, is_han
from transqa.model import Block

KNOWN_PLACES = 2  # places of the usual form from which it is the article's without the dictionary (柯维 twice, dev2)


def _counts(blocks: list[Block], forms: set[str]) -> dict[str, tuple[int, tuple[int, int], Block]]:
    """For each form (of Han characters), how often the text writes it (as str.count counts: leftmost occurrences that
    do not overlap) and its first place (block index and start, and the block), read in one pass over the text for
    every form at once: each form counted, then sought, in every block was forms x blocks (HOSTILE24 #1: 8,000
    paragraphs, 10 of 55 profiled CPU s)."""
    got: dict[str, tuple[int, tuple[int, int], Block]] = {}
    for w, b, i in occurrences(blocks, forms):
        n_seen, first, fb = got.get(w, (0, (b.index, i), b))
        got[w] = (n_seen + 1, first, fb) if first <= (b.index, i) else (n_seen + 1, (b.index, i), b)
    return got


def _usual_of(slip: str, same: list[str], counts: dict[str, int], parts: set[str]) -> str | None:
    """The form of `same` (one sound) that `slip` misspells: at most half of its characters differ, written more
    often than `slip` and known as a name: written KNOWN_PLACES times or a CC-CEDICT headword. The most written;
    None without one. Written as often, the part of a `·` name (`parts`) is the usual form against one never so
    written: the person named in full decides (`马特·科勒` three times, `苛勒` alone three times, archive sample)."""
    from transqa.lang.transliterate import is_headword

    best: str | None = None
    for k in same:
        diff = sum(x != y for x, y in zip(k, slip, strict=True))
        tie_won = counts[k] == counts[slip] and k in parts and slip not in parts
        if not 1 <= diff * 2 <= len(k) or counts[k] < counts[slip] or counts[k] == counts[slip] and not tie_won:
            continue
        if (counts[k] >= KNOWN_PLACES or is_headword(k)) and (best is None or counts[k] > counts[best]):
            best = k
    return best


def _same_sound(blocks: list[Block], sounds: dict[tuple[str, ...], set[str]]) -> None:
    """Adds to `sounds` (toneless pinyin of a slip candidate → forms of that sound) every window of Han characters
    of the text that reads one of them: one pass over the text per length sought."""
    from transqa.lang.transliterate import syllable

    lengths = {len(k) for k in sounds}
    firsts = {k[0] for k in sounds if k}  # a window is sliced only where a sought sound starts (the slicing was most of the time)
    for b in blocks:
        if b.kind == "code":
            continue
        t = b.text
        reads = tuple(map(syllable, t))
        for n in lengths:
            for i in range(len(t) - n + 1):
                if n and reads[i] not in firsts:
                    continue
                key = reads[i : i + n]
                if key in sounds and all(map(is_han, t[i : i + n])):
                    sounds[key].add(t[i : i + n])


def homophone_slips(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA310 on each place of a name form (a `·` name's part, a run of three transliteration characters or more,
    `name_forms`) that is no CC-CEDICT headword and reads, syllable by syllable in toneless pinyin (`syllables`,
    the first reading of each character), as another string of the article written more often and known as a
    name: written KNOWN_PLACES times, or a CC-CEDICT headword. `reported`: (block index, start) of the places
    other name findings took; the places this one reports are added."""
    from transqa.lang.transliterate import is_headword, syllables

    blocks = ctx.target.blocks
    forms = name_forms(blocks)
    names = {f for f in forms if 2 <= len(f) <= SLIDE and all(map(is_han, f)) and not is_headword(f)}
    parts = {f for f in forms if all(map(is_han, f)) and dotted_part(forms[f], f)}
    sounds: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for f in names | parts:
        sounds[syllables(f)].add(f)
    _same_sound(blocks, sounds)
    groups = [sorted(found) for found in sounds.values() if len(found) >= 2]
    counted = _counts(blocks, {f for same in groups for f in same})
    twos = _overlapping(blocks, {f for same in groups for f in same if len(f) == 2})
    for same in groups:
        counts = {f: counted[f][0] if f in counted else 0 for f in same}
        for slip in same:
            if (usual := _usual_of(slip, same, counts, parts)) is None:
                continue
            places = forms[slip] if slip in names else _two_alone(twos.get(slip, []), slip) if usual in parts else []
            if not places:
                continue
            _n, (_i, s0), b0 = counted[usual]  # (written more often than the slip: written)
            yield from _slip_findings(ctx, slip, usual, places, ((b0, s0, s0 + len(usual)), counts[usual]), reported)
    yield from given_name_slips(ctx, reported)


def _slip_findings(ctx: Context, slip: str, usual: str, places: list[tuple[Block, int]],
                   seen: tuple[tuple[Block, int, int], int], reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA310 at each place of `slip` (block, start) not reported yet, `usual` being the article's form (`seen`: its
    first place, block, start, end, and how often it is written); `reported` is read and written."""
    for b, s in places:
        if (b.index, s) in reported or tied_at(b.text, s, s + len(slip), usual):
            continue  # taken, or glossed with the usual form (`科维（柯维）`) as the other TQA310 paths allow
        reported.add((b.index, s))
        yield ctx.finding(
            TRANSLIT_INCONSISTENT,
            f"{quote(slip)} is written {quote(usual)} {written_where(ctx, seen[0], seen[1], (b, s, s + len(slip)))}: the same sound in another character",
            target=(b, s, s + len(slip)), suggestion=usual)


def _overlapping(blocks: list[Block], forms: set[str]) -> dict[str, list[tuple[Block, int]]]:
    """Every place of each form of two characters in the blocks (not code), overlapping ones too, in order: one pass
    over the text for all of them, not one per form (`_two_alone`'s places; forms x blocks before, HOSTILE24 #1)."""
    got: dict[str, list[tuple[Block, int]]] = defaultdict(list)
    if not forms:
        return got
    for b in blocks:
        if b.kind == "code":
            continue
        t = b.text
        for i in range(len(t) - 1):
            if t[i : i + 2] in forms:
                got[t[i : i + 2]].append((b, i))
    return got


def _two_alone(places: list[tuple[Block, int]], slip: str) -> list[tuple[Block, int]]:
    """Of the places of a form of two characters (all of them, `_overlapping`), those where it stands as a `·` name's
    part read alone (`道生` alone beside `杰克·道森` twice; `name_forms` keeps runs of three and `·` names' parts, not such a
    form): the form no dictionary word, nor inside one (`_in_word`) or a longer name (`in_translit_run`). The article's `·` name
    tells the sound is a name's (a false one of the archive: 集思 of 集思广益 beside 基思·拉博伊斯)."""
    from transqa.lang.transliterate import is_headword

    if len(slip) != 2 or is_headword(slip):
        return []
    return [(b, s) for b, s in places if not _in_word(b.text, s, s + 2) and not in_translit_run(b.text, s, s + 2)]


WORD_LONGEST = 4  # characters of the longest dictionary word sought around a short form (集思广益, an idiom)
# Measured (release 22): 2, 3, 4, 5 and 8 give the same 669 findings of the family on the development splits (1,949 WMT
# documents, 282 archive articles): no split tells; 4 is the archive case above (集思 of 集思广益, tests/checks/
# test_homophones.py), the length of a four-character idiom (成语); nothing measured asks for a longer one.


def _in_word(t: str, s: int, e: int) -> bool:
    """A dictionary word of two to WORD_LONGEST Han characters overlaps [s, e) of t and runs beyond it (知道 of
    知道森林 into 道森, 森林 out of it, 集思广益 around 集思)."""
    from transqa.lang.transliterate import is_headword

    for q in range(max(0, s - WORD_LONGEST + 1), e):
        for r in range(max(q + 2, s + 1), min(len(t), q + WORD_LONGEST) + 1):
            if (q < s or r > e) and all(map(is_han, t[q:r])) and is_headword(t[q:r]):
                return True
    return False




# The commonest single-character Chinese surnames (the hundred the 2020 census counts most people under): a
# three-character window that starts with one may be a person's name written in characters of its own (汪文斌), no run
# of transliteration characters, which `name_forms` never holds. 习, added beside them unexplained, is left out (release
# 22): with it or without, the same 669 findings of the family on the development splits (1,949 WMT documents, 282
# archive articles); no archive article names 习近平, and of the 70 three-character windows it opened in the 13 WMT22
# outputs 10 are 习近平 and 40 start with the word 习惯. With the original, `Xi Jinping` still makes 习近平 a name (the
# pinyin route of `_name_windows`); without it, a slip of 习近平 is no longer reported.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜"
    "崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
)

_SURNAME = re.compile("[" + "".join(sorted(SURNAMES)) + "]")

NAME_LENGTHS = (3,)  # characters of a Chinese name sought: surname and a given name of two (汪文斌); a given name of one
# (王伟, 王维) is too often two people, and a two-character window of a text reads as another too often


def given_name_slips(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA310 on each place of a Chinese person's name written with one character of the given name changed to one
    of the same toneless pinyin (`汪文彬` once beside `汪文斌` twice; `孟晚洲`, `孟晚舟`). A name is a window of three
    Han characters that starts with a common surname (SURNAMES) or, with the original, reads as a name the English
    writes in pinyin (`Wang Wenbin`); neither the surname and the first character nor the given name a common word
    (`高度`, `开始`), nor the window cut out of a word. The usual form is written more often than the slip and
    KNOWN_PLACES times or is a CC-CEDICT headword (李彦宏: then it may be written as often); the slip is none. Two
    forms written as often, neither a headword, are reported by neither: which one the article means is not told
    (`孟晚洲`, then `孟晚舟`, once each in a WMT21 reference)."""
    from transqa.lang.transliterate import is_headword

    pinyin = _pinyin_names(ctx)
    groups: dict[tuple[str, ...], dict[str, list[tuple[Block, int]]]] = defaultdict(lambda: defaultdict(list))
    for b in ctx.target.blocks:
        if b.kind != "code":
            _name_windows(b, pinyin, groups)
    for forms in groups.values():
        if len(forms) < 2:
            continue
        ranked = sorted(forms, key=lambda f: (-len(forms[f]), not is_headword(f), _first_place(forms[f])))
        usual = ranked[0]
        n, known = len(forms[usual]), is_headword(usual)
        if not (n >= KNOWN_PLACES or known):
            continue
        b0, s0 = forms[usual][0]
        for slip in ranked[1:]:
            if len(forms[slip]) > n or (len(forms[slip]) == n and not known) or is_headword(slip):
                continue  # as often as the usual form: the dictionary's name (李彦宏) is the article's, else neither
            if sum(x != y for x, y in zip(slip, usual, strict=True)) != 1:
                continue
            yield from _slip_findings(ctx, slip, usual, forms[slip], ((b0, s0, s0 + len(usual)), n), reported)


def _first_place(places: list[tuple[Block, int]]) -> tuple[int, int]:
    b, s = places[0]
    return b.index, s


_PINYIN_NAME = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]+)[ ]([A-Z][a-z]+(?:-[a-z]+)?)(?![A-Za-z'’-])")


def _pinyin_names(ctx: Context) -> frozenset[str]:
    """Names of the English written as two capitalised words, as their letters read run together in lower case
    (`Wang Wenbin` → wangwenbin, `Kim Jong-un` → kimjongun): the pinyin a Chinese rendering of the name reads."""
    if ctx.source is None:
        return frozenset()
    return frozenset((m.group(1) + m.group(2)).lower().replace("-", "")
                     for b in ctx.source.blocks if b.kind != "code" for m in _PINYIN_NAME.finditer(b.text))


def _name_windows(b: Block, pinyin: frozenset[str], groups: dict[tuple[str, ...], dict[str, list[tuple[Block, int]]]]) -> None:
    """Adds to `groups` (surname and toneless pinyin → forms → places) every window of block b that may be a Chinese
    person's name (`given_name_slips`)."""
    from transqa.lang.transliterate import syllable

    t = b.text
    han = _han_ahead(t)
    # with pinyin names every window of Han characters is read: the block's syllables once, not each window's
    read = tuple(map(syllable, t)) if pinyin else None
    # without pinyin names a window opens only at a surname: those places, found by one regex scan (r37)
    spots = range(len(t)) if pinyin else [m.start() for m in _SURNAME.finditer(t)]
    for n in NAME_LENGTHS:
        for i in spots:
            if han[i] < n:  # the window lies inside t and is all Han (every spot is a surname's without pinyin)
                continue
            w = t[i : i + n]
            reads = read[i : i + n] if read is not None else tuple(map(syllable, w))
            if not (w[0] in SURNAMES or "".join(reads) in pinyin) or not _name_like(t, i, i + n):
                continue
            groups[(w[0], *reads)][w].append((b, i))


def _han_ahead(t: str) -> list[int]:
    """For each offset of t, how many Han characters stand there in a row (0 for another character): from the runs of
    Han characters (lang.script.HAN_RUN, is_han's class), not a test of each character."""
    out = [0] * (len(t) + 1)
    for m in HAN_RUN.finditer(t):
        s, e = m.span()
        out[s:e] = range(e - s, 0, -1)
    return out


def _name_like(t: str, s: int, e: int) -> bool:
    """The window [s, e) of t may be a person's name: neither its first two characters nor its given name a common
    word (`高度`, `开始`: CC-CEDICT entries in lower-case pinyin), no word running into it from before (`国王` of
    `国王文`) nor out of it after its last character (`洪水` of `李彦洪水`)."""
    from transqa.lang.transliterate import is_common_word, is_headword

    w = t[s:e]
    if is_common_word(w[:2]) or is_common_word(w[1:]):
        return False
    into = any(is_headword(t[q:r]) for q in range(max(0, s - 2), s) if all(map(is_han, t[q:s]))
               for r in range(s + 1, min(e, q + 3) + 1))
    return not into and not any(is_headword(t[q:r]) for q in range(max(s, e - 2), e)
                                for r in range(e + 1, min(len(t), q + 3) + 1) if all(map(is_han, t[e:r])))
