"""One person's `·` name written with one part changed (`戴夫·维纳`, then `戴夫·温纳` for Dave Winer; `贾森·卡拉卡尼斯`
beside `杰森·卡拉卡尼斯` for Jason Calacanis): without the original, TQA310.

The part the two full names share is the context that ties them to one person; the changed part need only sound
roughly alike (it shares its first or its last character with the other), which the sound-alike tests of two forms
standing alone (`_two_forms`, `pinyin_variants`: three characters or more, one or two characters apart by sound) could
not accept for two-character parts (`温纳`/`维纳`, `里普`/`瑞普`, `埃文`/`欧文`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from transqa.checks.transliteration.common import written_where
from transqa.checks.transliteration.rules import TRANSLIT_INCONSISTENT
from transqa.context import Context, quote
from transqa.findings import Finding
from transqa.lang.chinese import tied_at
from transqa.model import Block

# The longest toneless-pinyin distance (Levenshtein over the longer one's letters) of the two changed parts. Measured
# on the archive development splits and the whole TechCrunch archive (release 38, every new finding read): see the
# report of branch r38-archinc; 0.5 keeps 温纳/维纳 (wenna/weina, 0.4) and 埃文/欧文 (0.4) and leaves 摩尔/托尔斯.
FAR = 0.5

_TWO_PARTS = re.compile(r"[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,8}")

Place = tuple[Block, int, int]  # block, start and end of the changed part


def dotted_variants(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """Each pair of forms of one person (`_candidates`: two `·` names that share one part and write the other two
    ways, or a `·` name's surname and a run of transliteration characters never written with a `·`) that sound
    roughly alike (`_alike`): the form written less often, each place of it (with the `·` or alone, `_uses`), against
    the more often written one; as often: the one the reader meets second. Places `reported` already claims are
    left, and those reported here are added to it.

    Yields TQA310 findings on the target; the suggestion is the usual form."""
    blocks = ctx.target.blocks
    uses = _runs(blocks)
    for a, b in _candidates(_parts(blocks), uses):
        ua, ub = uses.get(a) or _uses(blocks, a), uses.get(b) or _uses(blocks, b)
        if not ua or not ub or _joined(blocks, a, b):
            continue
        if len(ua) > len(ub) or len(ua) == len(ub) and _first(ua) < _first(ub):
            usual, other, up, op = a, b, ua, ub
        else:
            usual, other, up, op = b, a, ub, ua
        b0, s0, e0 = up[0]
        for blk, s, e in op:
            if (blk.index, s) in reported or tied_at(blk.text, s, e, usual):
                continue  # (a form the sentence gives as another name: `台湾版译作伊萨克森`)
            reported.add((blk.index, s))
            where = written_where(ctx, (b0, s0, e0), len(up), (blk, s, e))
            yield ctx.finding(TRANSLIT_INCONSISTENT, f"{quote(other)} is written {quote(usual)} {where}",
                              target=(blk, s, e), suggestion=usual)


def _candidates(names: dict[tuple[str, str], int], runs: dict[str, list[Place]]) -> Iterator[tuple[str, str]]:
    """The pairs of forms that may write one name, each once: the changed parts of two `·` names that share the other
    part (`_pairs`), and a surname of a `·` name with a run (`_runs`) that stands in no `·` name, neither form holding
    the other; given names are weighed only against given names of the same surname (两 people share a given name far
    more often than a surname: `史蒂夫`, `史蒂文`)."""
    seen: set[frozenset[str]] = set()
    dotted = {g for g, _ in names} | {s for _, s in names}
    pairs = [((s1, s2) if g1 == g2 else (g1, g2)) for (g1, s1), (g2, s2) in _pairs(list(names))]
    surnames = sorted({s for _, s in names})
    order, by_ends = {r: k for k, r in enumerate(runs)}, _by_ends(runs, dotted)
    pairs += [(s, r) for s in surnames for r in _ends_shared(s, order, by_ends)]
    for a, b in pairs:
        key = frozenset((a, b))
        if key in seen or a in b or b in a or not _alike(a, b):
            continue
        seen.add(key)
        yield a, b


def _by_ends(runs: dict[str, list[Place]], dotted: set[str]) -> dict[str, list[str]]:
    """The runs (`_runs`) that stand in no `·` name (`dotted`), by their first character (key `<` + it) and by their
    last (`>` + it), each list in the runs' order: what a surname is weighed against, since `_alike` asks a shared
    first or last character first (hostile38: every surname weighed against every run, thousands of `·` names in one
    article, was quadratic: 8,000 took 3 CPU s)."""
    out: dict[str, list[str]] = defaultdict(list)
    for r in runs:
        if r not in dotted:
            out["<" + r[0]].append(r)
            out[">" + r[-1]].append(r)
    return out


def _ends_shared(surname: str, order: dict[str, int], by_ends: dict[str, list[str]]) -> list[str]:
    """The runs of `by_ends` (`_by_ends`) that share `surname`'s first or last character, in the runs' `order`."""
    found = {*by_ends.get("<" + surname[0], ()), *by_ends.get(">" + surname[-1], ())}
    return sorted(found, key=order.__getitem__)


def _pairs(names: list[tuple[str, str]]) -> Iterator[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs of (given, surname) that share exactly one part, in the names' order: read from the names grouped by
    each part, not by weighing every name against every other (hostile38: 8,000 `·` names, 64 million comparisons)."""
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, (g, s) in enumerate(names):
        groups[(0, g)].append(i)
        groups[(1, s)].append(i)
    found = sorted({(i, j) for members in groups.values() for x, i in enumerate(members) for j in members[x + 1:]})
    for i, j in found:  # (two names that share both parts are one name: the names are distinct keys)
        yield names[i], names[j]


def _parts(blocks: list[Block]) -> dict[tuple[str, str], int]:
    """(given, surname) → how often, of every `·` name of two parts in the prose (code left out): the given name the
    transliteration characters before the `·`, the surname those after it, each two characters at least, that are
    transliteration characters all (the sentence around them is no part)."""
    from transqa.lang.transliterate import NAME_CHARS as TRANSLIT  # with 夫 of 戴夫, 卫 of 大卫

    out: dict[tuple[str, str], int] = defaultdict(int)
    for b in blocks:
        if b.kind == "code":
            continue
        for m in _TWO_PARTS.finditer(b.text):
            if m.end() < len(b.text) and b.text[m.end()] in "·•・" or m.start() and b.text[m.start() - 1] in "·•・":
                continue  # a name of three parts or more
            head, tail = re.split("[·•・]", m.group(0))
            j = len(head)
            while j > 0 and head[j - 1] in TRANSLIT:
                j -= 1
            k = 0
            while k < len(tail) and tail[k] in TRANSLIT:
                k += 1
            given, surname = head[j:], tail[:k]
            if len(given) >= 2 and len(surname) >= 2:
                out[(given, surname)] += 1
    return out


def _alike(a: str, b: str) -> bool:
    """Two forms that may write one name: they share their first or their last character, are at most one character
    apart in length, neither is a CC-CEDICT word, their first consonants are of one class (`_head`: 邓普顿/坦普尔顿;
    not 克拉维尔/勒梅尔, 安德森/莱文森, two people of one article), two forms of two characters have one consonant class
    per syllable (库伯/库珀; not 多内/多西, 里普/里德) and longer ones too, or one syllable added (`_one_added`),
    and their toneless pinyin is at most FAR apart."""
    from rapidfuzz.distance import Levenshtein

    from transqa.lang.transliterate import is_headword, syllables

    if abs(len(a) - len(b)) > 1 or (a[0] != b[0] and a[-1] != b[-1]) or is_headword(a) or is_headword(b):
        return False
    sa, sb = syllables(a), syllables(b)
    if not sa or not sb or _head(sa[0]) != _head(sb[0]):
        return False
    ka, kb = tuple(_head(x) for x in sa), tuple(_head(x) for x in sb)
    if max(len(a), len(b)) <= 2 and len(ka) != len(kb) or not _one_added(ka, kb):
        return False
    return Levenshtein.normalized_distance("".join(sa), "".join(sb)) <= FAR


def _one_added(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Two syllable-by-syllable consonant sequences (`_head` of each syllable) that are one (`_same`), or one of them
    the other with one syllable added (多尔西 T-R-S beside 多西 T-S, 杰特森 beside 杰森: a syllable one rendering writes
    and the other leaves out); a consonant changed is another name (施莱尔 S-L-R, 施拉姆 S-L-M; 基特勒, 西格勒)."""
    if len(x) == len(y):
        return all(_same(p, q) for p, q in zip(x, y, strict=True))
    short, long = sorted((x, y), key=len)
    return len(long) == len(short) + 1 and any(_one_added(long[:i] + long[i + 1:], short) for i in range(len(long)))


def _same(p: str, q: str) -> bool:
    """Two syllables' consonant classes that write one sound: one class, or a 尔 (R: an r after a vowel) against an
    open syllable or an l (法伊勒/菲尔勒, 阿尔吉尔/阿尔吉勒)."""
    return p == q or {p, q} <= {"", "R"} or {p, q} == {"L", "R"}


def _head(syllable: str) -> str:
    """The class of a toneless syllable's first consonant (`pinyin_skeleton`'s: b and p one, d and t one, the
    sibilants one; h before a w-final an F), '' for a vowel or a y (埃 ai, 欧 ou, 伊 yi: one open start), R for er."""
    from transqa.lang.transliterate import pinyin_initial, pinyin_skeleton

    if syllable == "er":
        return "R"
    ini = pinyin_initial(syllable)
    if ini in ("", "y"):
        return ""
    skeleton = pinyin_skeleton((syllable,))
    if ini == "h":
        return "F" if skeleton.startswith("F") else "h"
    return skeleton[:1]


def _uses(blocks: list[Block], part: str) -> list[Place]:
    """Every place of `part` in the prose that no name character (NAME_CHARS) continues on either side (the `·` and
    any other character end it): (block, start, end), in text order."""
    from transqa.lang.transliterate import NAME_CHARS as TRANSLIT

    out: list[Place] = []
    for b in blocks:
        if b.kind == "code":
            continue
        t = b.text
        i = t.find(part)
        while i >= 0:
            e = i + len(part)
            if not (i and t[i - 1] in TRANSLIT) and not (e < len(t) and t[e] in TRANSLIT):
                out.append((b, i, e))
            i = t.find(part, e)
    return out


_TITLES = frozenset({"博士", "先生", "女士", "教授", "夫人", "小姐"})  # a title after a name, of name characters
_RUN_MAX = 6  # characters: the longest run `_runs` takes for a form


def _runs(blocks: list[Block]) -> dict[str, list[Place]]:
    """Every maximal run of two to _RUN_MAX name characters (NAME_CHARS) in the prose, no CC-CEDICT word, with its
    places (block, start, end) in text order: the forms a surname may be written in alone."""
    from transqa.lang.transliterate import NAME_CHARS, is_headword

    out: dict[str, list[Place]] = defaultdict(list)
    for b in blocks:
        if b.kind == "code":
            continue
        t, i = b.text, 0
        while i < len(t):
            if t[i] not in NAME_CHARS:
                i += 1
                continue
            j = i
            while j < len(t) and t[j] in NAME_CHARS:
                j += 1
            s, e = _word_trimmed(t, i, j)
            if 2 <= e - s <= _RUN_MAX and not is_headword(t[s:e]):
                out[t[s:e]].append((b, s, e))
            i = j
    return out


def _word_trimmed(t: str, i: int, j: int) -> tuple[int, int]:
    """The run t[i:j] without a first character that ends a word with the one before it (谢 of 感谢麦凯恩, 让 of
    想让冈多拉) and a last one that starts a word with the one after it (希 of 乔布斯希望, 提 of 马斯克提出), two
    characters kept at least: (start, end); a run of two such characters is none (start == end)."""
    from transqa.lang.transliterate import is_headword

    while j - i > 2 and i and is_headword(t[i - 1 : i + 1]):
        i += 1
    while j - i > 2 and j < len(t) and is_headword(t[j - 1 : j + 1]):
        j -= 1
    if j - i == 2 and (i and is_headword(t[i - 1 : i + 1]) or j < len(t) and is_headword(t[j - 1 : j + 1])):
        return i, i  # two characters of words around them (法利 of 想方设法利用, 让文 of 让文化): no name
    if j - i > 3 and t[j - 2 : j] in _TITLES:
        j -= 2
    return i, j


def _joined(blocks: list[Block], a: str, b: str) -> bool:
    """The two forms written joined by a hyphen somewhere: one double surname (泰穆尔·法曼-法马安), not two writings."""
    pairs = [f"{x}{h}{y}" for x, y in ((a, b), (b, a)) for h in "-‐－–"]
    return any(p in blk.text for blk in blocks for p in pairs)


def _first(places: list[Place]) -> tuple[int, int]:
    b, s, _ = places[0]
    return (b.index, s)
