"""Names in Chinese script: how a Latin name sounds in pinyin, and the renderings CC-CEDICT knows.

A transliterated name (`舒尔茨` for Scholz, `莱斯特` for Leicester) is written with a small set of
characters chosen for their sound. Its consonant skeleton in pinyin (`shu-er-ci` → S L S) is close to
the skeleton of the English spelling (`Scholz` → S L S), which is how a name's rendering is found in an
aligned Chinese paragraph without a dictionary of every name. CC-CEDICT marks proper nouns with a
capitalised pinyin (`彭博社 [Peng2 bo2 she4] /Bloomberg News/`): those entries give the renderings of
well-known names (`伊朗` for Iran, `视窗` for Windows) and the full forms a cut rendering lost
characters from (`博社` for `彭博社`).

pypinyin is imported on first use (pair mode and target-only name checks only), so the CLI's start-up
does not pay for it; it ships its tables and downloads nothing. CC-CEDICT is optional, as in
`transqa.lang.lexicon`: without it, names are found by sound and by the article's own repetitions alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain
from typing import TYPE_CHECKING

from transqa.lang.english import ACRONYM_SKIP, levenshtein
from transqa.lang.lexicon import cedict_entries, cedict_index
from transqa.lang.script import HAN_RANGE
from transqa.lang.script import NAME_DOT as NAME_DOT
from transqa.lang.script import is_han as is_han  # where it lives; kept importable from here
from transqa.memo import per_pair

if TYPE_CHECKING:
    from transqa.model import Block

# Characters of transliterated names: the Xinhua transliteration table's characters that occur in the
# `·`-joined names of the TechCrunch archive and WMT references at least three times more often than
# in their running text, plus the table's rarer characters. Common words are made of them too (特别,
# 亚洲), which is why a rendering is also scored by sound against the English name.
TRANSLIT = frozenset(
    "阿埃艾爱安昂奥敖巴拜班邦鲍贝本比彼毕宾滨波伯勃博布查达戴丹道德登邓迪蒂丁东杜顿多厄恩尔法范菲芬丰"
    "弗福伏盖甘冈戈格根古瓜圭哈海汉豪赫黑亨洪胡华怀惠霍基吉加贾杰捷金卡凯坎康柯科克肯孔库夸奎拉莱赖兰朗"
    "劳勒雷蕾里利莉丽连林琳卢鲁伦罗洛马玛迈麦曼芒梅门蒙米密明莫默姆穆纳娜奈南内尼妮宁纽努诺欧帕潘佩蓬皮"
    "珀普浦奇齐乔琴丘让热荣瑞若萨塞赛桑瑟森沙莎尚舍什施史舒朔斯丝松苏索塔泰坦汤唐特滕提廷托瓦旺威韦维"
    "温翁沃乌伍西希锡夏谢辛休叙雅亚扬耶伊因英尤约扎泽詹兹朱卓宗佐茨琼茜黛娅娃薇芙珊翰逊顿摩彭茂汀柳楞"
    "蔡肖崎钦帅隆廉灵凡撒龙堡雪耐思士墨哥"
)
# With the original the name's own sound decides, so the finder of its renderings may also walk
# characters of transliterated names that running text uses too: those standing next to the `·` of
# the names of the WMT21-23 references and the TechCrunch archive at least 2.5 times more often than
# in their text, 15 times at least (夫 of 戈尔巴乔夫, 文 of 凯文, 保 of 保罗, 治 of 乔治, 卫 of 大卫). Without
# the original a run of TRANSLIT alone is taken for a name: they stay out of it.
# Also the characters of CC-CEDICT's transliterated names (a proper noun whose gloss is a capitalised Latin name, not its
# pinyin, heard by the sound score at ACCEPT) that TRANSLIT lacks, in three such names at least and in no more of its
# common words (lower-case pinyin) than names: 斐 (拉斐尔 Raphael, 杰斐逊 Jefferson; 6 names, 3 words), 喀 (喀布尔 Kabul;
# 10, 6), 狄 (狄更斯 Dickens; 5, 3), 茱 (茱莉亚 Julia; 3, 3), 忒 (阿耳忒弥斯 Artemis; 3, 2). Left out: 州 (a place word), 俄
# (Russia's short name, 中俄), 孟 and 韩 (a country's, 孟加拉, 韩国), 敦 (a word's, 敦促). Measured in release 38. And 芭,
# which the measure misses (CC-CEDICT lists 芭比 and 芭提雅 only; 芭芭拉 Barbara, `Storm Barra` 芭拉 in WMT22 stv.tv.1681).
NAME_CHARS = TRANSLIT | frozenset("夫歇卫彻治考保切修文") | frozenset("斐喀狄茱忒芭")
HAN_RUN = re.compile(rf"[{HAN_RANGE}]+")

#: the asterisks MT writes for a transliterated name's middle dot (`阿卜杜勒*哈米德*德贝巴赫`, WMT22 Online-G)
NAME_STARS = "*＊"


def written_as_star(block: Block, raw: str, i: int) -> bool:
    """Character i of the block's text (a `·`) stands for an asterisk of the file: the loader read the asterisk of a
    name (`阿卜杜勒*哈米德`, load.positions, star_separates) as its `·`. `raw`: the file text the block's offsets index
    ("" holds no asterisk); i: an offset in block.text."""
    off = block.file_offset(i)
    return off < len(raw) and raw[off] in NAME_STARS


def star_separates(before: str, after: str) -> bool:
    """Whether an asterisk between `before` (the text that ends at it) and `after` (the text that starts after it)
    stands for the `·` of a transliterated name: a name character (name_char_at) on each side, and no `·` in the
    name around it (`*查理·罗斯*提供` is emphasis of a dotted name). Measured 2026-12-04: of the 62 such asterisks of
    the WMT21/22/24 system outputs and references (all Online-G's, WMT22), the 45 read were each a name's separator;
    emphasis of Chinese words (`很*大*`, `执行*完整的…*`, `的*马里奥*积木`) has a common character on one side; the
    4,006 archived TechCrunch translations hold one such asterisk, that `查理·罗斯` one. Only the last 12 characters
    of `before` and the first 12 of `after` are read."""
    left, right = before[-12:], after[:12]
    w = left + "*" + right
    p = len(left)
    if not name_char_at(w, p - 1) or not name_char_at(w, p + 1):
        return False
    k, j = name_run(w, p, p + 1, NAME_STARS)
    if (k and w[k - 1] in NAME_DOT) or (j < len(w) and w[j] in NAME_DOT):
        return False
    return not (_pairs_as_emphasis(w, p, -1) or _pairs_as_emphasis(w, p, 1))


@lru_cache(maxsize=1)
def _sound_chars() -> frozenset[str]:
    """The characters the sound model (`data/letters.json`, learned from CC-CEDICT's transliterated names) knows to
    render letters of a Latin name."""
    from transqa.lang.letters import letter_table

    return frozenset(letter_table())


# What encloses a part of a name (name_char_at): an asterisk written for the dot, or one of the dots (lang.script.NAME_DOT:
# `·`, `・`, also `•`, which the hand-written list left out; whole archive --select TQA324,TQA326: no finding changed)
_SEPARATORS = frozenset(NAME_STARS + NAME_DOT)


def name_char_at(text: str, i: int) -> bool:
    """Whether character i of `text` is a character of a transliterated name: one of NAME_CHARS, or a character the
    sound model knows (`_sound_chars`) that NAME_CHARS leaves out (NAME_CHARS holds only what the Chinese alone may
    take for a name: 何 writes 任何, 如何) where the name around it shows: between two NAME_CHARS characters (卜 of
    `阿卜杜勒`), or in a part of a name enclosed by its separators (`·`, an asterisk) whose other characters are
    NAME_CHARS (何 of `玛丽亚*何塞*加西亚`). One separator is no evidence: `因为*布吉*`, `发布*上古卷轴*`,
    `可爱的*塞尔达*` (the archive's emphases) stay out. False outside the text."""
    if not 0 <= i < len(text):
        return False
    if text[i] in NAME_CHARS:
        return True
    if text[i] not in _sound_chars():
        return False
    if 0 < i < len(text) - 1 and text[i - 1] in NAME_CHARS and text[i + 1] in NAME_CHARS:
        return _inside_name(text, i)
    lo, hi = i, i + 1
    while lo and text[lo - 1] in NAME_CHARS and i - lo < MAX_PART:
        lo -= 1
    while hi < len(text) and text[hi] in NAME_CHARS and hi - i < MAX_PART:
        hi += 1
    return hi - lo >= 2 and hi - lo <= MAX_PART and lo > 0 and text[lo - 1] in _SEPARATORS and text[hi : hi + 1] in _SEPARATORS


def name_run(text: str, start: int, end: int, also: str = "") -> tuple[int, int]:
    """text[start:end] widened either side over the characters of a transliterated name (name_char_at) and those of
    `also` (`·`, the asterisks): (start, end), offsets in `text`, start <= the given start, end >= the given end."""
    while start and (name_char_at(text, start - 1) or text[start - 1] in also):
        start -= 1
    while end < len(text) and (name_char_at(text, end) or text[end] in also):
        end += 1
    return start, end


# The words that join two names (`凯莉*库恩和摩根*斯佩克特`): never a character of one
_JOINING = frozenset("和及与跟同")


def _inside_name(text: str, i: int) -> bool:
    """Character i (between two NAME_CHARS characters) is inside a name: no joining word, and no dictionary word with
    the character before or after it (`特使扬*库比什`: 特使, envoy, is the title before the name). Measured on the WMT22
    Online-G output (57 starred names): without these, 2 pairs of names ran together (`…库恩和摩根…`) and 3 titles
    (特使) were quoted as part of a name."""
    return text[i] not in _JOINING and not is_headword(text[i - 1 : i + 1]) and not is_headword(text[i : i + 2])


MAX_PART = 4  # the longest part of a name read between its separators for a character NAME_CHARS leaves out


_CLAUSE_END = frozenset("，。；：！？、,.;:!?“”‘’\"'（）()[]【】《》 \t")


def _pairs_as_emphasis(w: str, p: int, step: int) -> bool:
    """Whether the nearest other asterisk on one side (step -1: left, 1: right) of the asterisk at w[p], before any
    clause mark, touches a character that is no name character: the two are then an emphasis (`*亚马逊*提供`,
    `这是*特斯拉*因为`, `*很多*内容`; review 36, where `fix` wrote `*亚马逊·提供`), not a name's dots. An emphasis
    beyond a clause mark (`这点*很重要*，发言人玛丽亚*安娜*加西亚`) is not this name's."""
    i = p + step
    while 0 <= i < len(w):
        ch = w[i]
        if ch in _CLAUSE_END:
            return False
        if ch in NAME_STARS:
            outer = i + step
            return not (name_char_at(w, i - step) and (name_char_at(w, outer) or not 0 <= outer < len(w)))
        i += step
    return False


_EN_DIGRAPHS = (("chr", "KL"), ("sch", "S"), ("sh", "S"), ("ch", "S"), ("ph", "F"), ("th", "T"), ("ck", "K"), ("gh", ""),
                ("qu", "K"), ("x", "KS"), ("ng", "N"))
_EN_CLASS = {"b": "B", "p": "B", "f": "F", "v": "F", "w": "F", "d": "T", "t": "T", "g": "K", "k": "K", "c": "K",
             "q": "K", "s": "S", "z": "S", "j": "S", "l": "L", "r": "L", "m": "M", "n": "N"}
_PY_CLASS = {"b": "B", "p": "B", "f": "F", "w": "F", "d": "T", "t": "T", "g": "K", "k": "K", "j": "S", "q": "S",
             "x": "S", "zh": "S", "ch": "S", "sh": "S", "z": "S", "c": "S", "s": "S", "l": "L", "r": "L", "m": "M",
             "n": "N"}
# h with these finals (怀 huai, 惠 hui, 华 hua) renders an English w, not an h: White 怀特, Whitney 惠特尼, Howard 霍华德
# (Xinhua's table writes wa, wai, wei, wan as 华, 怀, 惠, 万/环); 霍 huo and 胡 hu stay an h (Holmes 霍姆斯). Measured
# (release 30, with the silent first k/w of `_skeleton`): on the 18 wmt-mt development splits one label more found
# (heldout18 `Tim Whitehouse` 怀特霍斯 beside 怀特豪斯), no other finding changed; WMT22 reference A unchanged.
_W_FINALS = frozenset({"ua", "uai", "ui", "uan", "uang"})
_PY_SYL = re.compile(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)")


def _push(out: list[str], c: str) -> None:
    if c and (not out or out[-1] != c):
        out.append(c)


@lru_cache(maxsize=4096)
def english_skeleton(word: str) -> str:
    """The consonant classes of an English spelling, vowels and h dropped, repeats merged: Scholz → SLS,
    Shields → SLS."""
    return _skeleton(_letters(word))


_NOT_LETTER = re.compile("[^a-z]")


def _letters(word: str) -> str:
    """The word's letters a to z, in lower case (what the skeletons read), an accented letter as its base letter
    (Léo → leo, Karpelès → karpeles: the accent was dropped with the letter)."""
    low = word.lower()
    return _NOT_LETTER.sub("", low if low.isascii() else without_accents(low))


def without_accents(text: str) -> str:
    """The text with its accents dropped (NFKD, combining marks left out: `Karpelès` → `Karpeles`); a letter with no
    decomposition (ł, ø, ß) stays as it is. Pure, str → str of about the same length."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _skeleton(w: str) -> str:
    """english_skeleton of a spelling in lower case; a capital letter in it stands for its own class."""
    w = re.sub("c(?=[eiy])", "s", w)
    w = re.sub("^(?:k(?=n)|w(?=r))", "", w)  # a silent first letter: Knight 奈特, Wright 赖特 (not Kruse)
    w = re.sub("(?<=[a-z])[dt]+(?=[sz]$)", "", w)  # a final -ds, -ts, -tz is one sound: 兹, 茨 (Shields 希尔兹, Roberts 罗伯茨)
    for a, b in _EN_DIGRAPHS:
        w = w.replace(a, b)
    out: list[str] = []
    for c in w:
        _push(out, c if c.isupper() else _EN_CLASS.get(c, ""))
    return "".join(out)


@lru_cache(maxsize=1)
def _readings() -> dict[int, str]:
    """pypinyin's table of character readings (code point → "shū,yù"), loaded from its file alone:
    importing the pypinyin package loads its phrase dictionaries too (0.7 s against 0.15 s); read
    from the cache (transqa.lang.dictcache) after the first run (0.03 s against 0.01 s)."""
    import importlib.util
    import os

    from transqa.lang.dictcache import load_or_build

    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        # ModuleNotFoundError, not ImportError: errors.missing_dependency says "is not installed" for it, and took a plain
        # ImportError for a version mismatch (hostile30 #6a)
        raise ModuleNotFoundError("pypinyin is required for the name checks", name="pypinyin")
    path = os.path.join(next(iter(spec.submodule_search_locations)), "pinyin_dict.py")
    return load_or_build("pinyin", path, (__name__,), _build_readings)


def _build_readings(path: str) -> dict[int, str]:
    import importlib.util

    mspec = importlib.util.spec_from_file_location("_transqa_pinyin_dict", path)
    assert mspec is not None and mspec.loader is not None
    module = importlib.util.module_from_spec(mspec)
    mspec.loader.exec_module(module)
    table: dict[int, str] = module.pinyin_dict
    return table


@lru_cache(maxsize=8192)
def syllable(ch: str) -> str:
    """The toneless pinyin of a Han character, its first reading (卡 → ka); any other character as it is."""
    reading = _readings().get(ord(ch))
    if reading is None:
        return ch
    first = reading.split(",", 1)[0]
    return "".join(c for c in unicodedata.normalize("NFD", first) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def syllables(text: str) -> tuple[str, ...]:
    """Toneless pinyin, one syllable per Han character (the first reading of each)."""
    return tuple(syllable(c) for c in text)


# Characters whose first reading in pypinyin is not the sound they write in a transliterated name, with the reading of
# Xinhua's transliteration table (新华社译名室《英语姓名译名手册》, its syllable table): 加 writes ga (Gabba 加巴,
# Garcia 加西亚, Gary 加里; also ka/ca: Canada 加拿大), never the jia of 增加, which heard it as the j of Jack; 什 writes a
# final sh (Bush 布什, Ash 阿什), pypinyin's second reading shi, not its first shen of 什么, which added an n. Measured (release
# 36, against main on heldout2/4/6/11): wmt-mt name-inconsistent +2 -1 (WMT22 brisbanetimes `the Gabba` 加巴 found;
# ndtv.58695 `Sam Stafford` lost, its article's 哈蒂加恩 now heard as Hatigaon), name-wrong -1 (`Omicron` 奥米加, Omega's
# rendering, now heard as o-mi-ga); clean references unchanged; whole archive (TQA310-313/318): 10 TQA310 findings added,
# 9 of them right (Frugalo, Gagnier, Arash, Lokesh, Ashley ×2, Fishman, Taggar ×2; not 加芙/加夫 for Romney's "gaffe"), 1
# right one removed (塔格 for Taggar, beside the 塔加尔 now reported).
NAME_READINGS = {"加": "ga", "什": "shi"}


@lru_cache(maxsize=65536)
def name_syllables(text: str) -> tuple[str, ...]:
    """`syllables` as a transliterated name is heard: a character of NAME_READINGS by its reading there (加巴 → ga-ba,
    where syllables gives jia-ba). Pure, str → one toneless syllable per character."""
    return tuple(NAME_READINGS.get(c) or syllable(c) for c in text)


def _palatal_syllables(chinese: str, sylls: tuple[str, ...]) -> tuple[str, ...]:
    """The syllables the palatal skeleton reads: a 加 as its dictionary jia (J), the j of a name the table writes 贾 that
    machine translation writes 加 (Oldja 奥尔德加), beside the plain skeleton's ga."""
    return tuple("jia" if c == "加" else s for c, s in zip(chinese, sylls, strict=True)) if "加" in chinese else sylls


@lru_cache(maxsize=65536)  # a pure function of short runs, asked for each window of each name (220,000 times a bench run)
def pinyin_skeleton(sylls: tuple[str, ...]) -> str:
    """The same consonant classes for pinyin: 舒尔茨 shu-er-ci → SLS (a nasal final counts as N)."""
    out: list[str] = []
    for s in sylls:
        if s == "er":
            _push(out, "L")
            continue
        m = _PY_SYL.match(s)
        assert m is not None
        ini, fin = m.groups()
        _push(out, "F" if ini == "h" and fin in _W_FINALS else _PY_CLASS.get(ini, ""))
        if fin.endswith(("n", "ng")):
            _push(out, "N")
    return "".join(out)


def pinyin_initial(syllable: str) -> str:
    """The pinyin initial of a toneless syllable ('' for one that starts with a vowel)."""
    m = _PY_SYL.match(syllable)
    assert m is not None
    return m.group(1)


@lru_cache(maxsize=65536)  # skeletons are short and few: the same pairs come back
def similarity(a: str, b: str) -> float:
    """1 less the Levenshtein distance of two skeletons per letter of the longer (`english.levenshtein`)."""
    return 1.0 - levenshtein(a, b) / max(len(a), len(b), 1)


# Pinyin finals that transliterations of one name trade for each other: the rounded back vowels o, u, uo, ou (福/佛
# fu/fo, 卢/罗 lu/luo, 杜/都 du/dou). Measured on CC-CEDICT's proper nouns written two ways that differ in one
# character of one initial (171 same syllable, 138 pairs of finals): 穆罕默德/默罕默德 o/u, 瓦杜兹/瓦都兹 ou/u, 多哈/杜哈
# u/uo, 海森伯/海森堡 o/ao; no other class of finals recurs as one vowel (e/i, a/ai, a/u recur across two sounds).
ROUNDED_FINALS = frozenset({"o", "u", "uo", "ou"})
_UMLAUT_INITIALS = frozenset("jqxy")  # after these pinyin's u is ü, no rounded back vowel


@lru_cache(maxsize=8192)
def sound_class(syllable: str) -> tuple[str, str]:
    """A toneless syllable's initial and final, the rounded back vowels one final (`finals_near`): fo and fu → (f, u)."""
    ini = pinyin_initial(syllable)
    fin = syllable[len(ini):]
    return ini, "u" if ini not in _UMLAUT_INITIALS and fin in ROUNDED_FINALS else fin


def finals_near(a: str, b: str) -> bool:
    """Two toneless syllables of one initial whose finals stand for one sound in a transliteration: the same final,
    or both rounded back vowels (fu and fo, lu and luo); ju and jo, yu and you are not (ü), nor two without an initial."""
    return bool(pinyin_initial(a)) and sound_class(a) == sound_class(b)


@lru_cache(maxsize=4096)
def english_syllables(word: str) -> int:
    return max(1, len(re.findall("[aeiouy]+", word.lower())))


@per_pair
def sound_score(name: str, chinese: str) -> float:
    """How well a run of Chinese characters sounds like an English name (1.0: same skeleton)."""
    th = english_skeleton_th(name)
    # as `_other_skeletons`: one class alone (Etho → S) matches too many runs
    return _best(name, sound_key(chinese), (th,) if len(th) >= 2 else ())


_INNER_TH = re.compile(r"(?<=[a-z])th")


@lru_cache(maxsize=4096)
def english_skeleton_th(word: str) -> str:
    """The skeleton with a th after the first letter read as an s, as Chinese writes it (Cathie 凯西 kai-xi, Smith 史密斯,
    Heath 希思, Ethan 伊森; the plain classes read it T, which a first th keeps: Thomas 托马斯); empty for a name with
    no such th, and for a word of one syllable and two classes (With → F S heard as 我在 wo-zai, 0.95: a capitalised
    sentence opening taken for a rendered name by the coverage check, WMT23 elitr_minuting-22, one omission label lost)."""
    w = _letters(word)
    if not _INNER_TH.search(w):
        return ""
    skel = _skeleton(_INNER_TH.sub("s", w))
    return skel if len(skel) >= 3 or english_syllables(word) >= 2 else ""


# A k or hard g before an i sound of an English spelling (-i, -ee, -y before a vowel, a final -ey: Parakey), not after n
# (the ng of King): Mandarin has no ki or gi syllable, so Chinese writes that sound with j or q (基, 吉, 奇: Wikia 维基亚,
# Parakey 帕拉奇, Gilbert 吉尔伯特)
# Release 33: a final -y after the k or g too (-sky 斯基, Nicky 尼基, Peggy 佩吉: Xinhua's table writes ki/gi/ky as 基/吉),
# and a ch before e or i, which the table writes with q (che 切, chi 奇: Chesky 切斯基, Cheney 切尼), as J.
# Release 34: a k after an n too (Anki 安奇, Frankie 弗兰基, Helsinki 赫尔辛基: only the g of ng is no sound of its own), and
# the soft g of a dg before e, i or y (Edgeio 埃齐奥, Dodgers 道奇), which the table writes with j or q.
_PALATAL = re.compile(r"(?:ck|k+|(?<!n)g+)(?=i|y[aeiou]|ey$|ee|y$)|ch(?=[ei])|dg(?=[eiy])")


@lru_cache(maxsize=4096)
def english_skeleton_palatal(word: str) -> str:
    """The skeleton with a k or hard g before an i sound, and a j, as the class J of pinyin's j and q
    (`pinyin_skeleton_palatal`): the rendering Mandarin gives a ki or gi it cannot say (Wikia → FJ as 维基亚 wei-ji-ya,
    whose plain skeletons are FK and FS); empty for a name with no such k or g and no j (release 36: a name with a j has
one, so that the j is heard in the 加 jia that machine translation writes for it, `_palatal_syllables`). J is no S: in the plain classes j and q
    are s, and Wikio heard as FS matched 瓦萨 (wa-sa) of the same article (a 300-article archive sample)."""
    w = _letters(word)
    if not _PALATAL.search(w) and "j" not in w:
        return ""
    return _skeleton(_PALATAL.sub("J", w).replace("j", "J"))


@lru_cache(maxsize=65536)
def pinyin_skeleton_palatal(sylls: tuple[str, ...]) -> str:
    """pinyin_skeleton with the initials j and q as a class of their own (J), to weigh against
    `english_skeleton_palatal`."""
    out: list[str] = []
    for s in sylls:
        sk = pinyin_skeleton((s,))
        if pinyin_initial(s) in ("j", "q"):
            sk = "J" + sk[1:]  # (S in the plain classes)
        for c in sk:
            _push(out, c)
    return "".join(out)


_SILENT_R = re.compile(r"(?<=[aeiou])r+(?=[^aeiouy]|$)")


# What an l-syllable of a rendering stands for: an l, or an r before a vowel
_R_AFTER_VOWEL = frozenset("勒尔")  # the characters that write a post-vowel r (勒 read lei by the first reading)
_L_SOUND = re.compile(r"l+|r+(?=[aeiouy])")


def r_taken_for_l(name: str, chinese: str) -> bool:
    """The run has more l-syllables with a full vowel (拉, 罗, 利: not 勒 le) than the name has l sounds and r's before a
    vowel, and the name has an r after a vowel: the skeletons count r and l as one class, so Kaiser (K S L) sounded
    like 科斯拉 (Khosla), yet Chinese writes a post-vowel r 尔 or 勒 (Durham 达勒姆, Lauerman 劳勒曼) or leaves it
    unsounded (Carter 卡特), never with a full l-syllable. r-syllables (瑞 of 威瑞森 for Verizon) render the r itself.
    Release 21 counted every l- and r-syllable: on the whole archive that removed the false Kaiser → 科斯拉 and four
    right findings (劳勒曼 ×2, 达勒姆, 威瑞森), which this count keeps."""
    low = _letters(name)
    if not _SILENT_R.search(low):
        return False
    full = sum(1 for c in chinese if c not in _R_AFTER_VOWEL and pinyin_initial(syllable(c)) == "l")
    return full > len(_L_SOUND.findall(low))


@lru_cache(maxsize=4096)
def english_skeleton_without_r(word: str) -> str:
    """The skeleton with an r after a vowel and before a consonant or the end left out: Chinese often
    leaves that r unsounded (Carter 卡特, Parker 帕克, Arwen 阿文, Ardern 阿登) where it also writes 尔
    (阿尔文); hyphens and case are ignored as by english_skeleton."""
    return english_skeleton(_SILENT_R.sub("", re.sub("[^a-z]", "", word.lower())))


@lru_cache(maxsize=4096)
def _other_skeletons(name: str) -> tuple[str, ...]:
    """The skeletons a rendering may follow besides the spelling's: without an unsounded r, and for a
    name of five letters or more in a single s, without it (a plural: Repnids 雷普尼德, the Simpsons
    辛普森); each of two classes at least."""
    out = {english_skeleton_without_r(name), english_skeleton_th(name)}
    low = name.lower()
    if len(low) >= 5 and low.endswith("s") and not low.endswith("ss"):
        out.add(english_skeleton(name[:-1]))
        out.add(english_skeleton_without_r(name[:-1]))
    return tuple(sorted(k for k in out if len(k) >= 2 and k != english_skeleton(name)))


@per_pair
def rendering_score(name: str, chinese: str) -> float:
    """sound_score, or the score against another skeleton of the name (_other_skeletons) when that is
    higher, for a run of two characters or more: how well a run of Chinese renders a name of the
    original (with the original only: the name is given)."""
    return keyed_score(name, sound_key(chinese))


SoundKey = tuple[str, int, str]  # (pinyin skeleton, characters, pinyin skeleton with j and q as J): `sound_key`


@lru_cache(maxsize=65536)  # a pure function of short runs, asked for each distinct window of each text (py-spy, release 49)
def sound_key(chinese: str) -> SoundKey:
    """What rendering_score reads of a run of Chinese (`name_syllables`): its pinyin skeleton, its length and its palatal skeleton
    (`pinyin_skeleton_palatal`; runs with the same key score the same against every name)."""
    sylls = name_syllables(chinese)
    return pinyin_skeleton(sylls), len(chinese), pinyin_skeleton_palatal(_palatal_syllables(chinese, sylls))


@per_pair
def keyed_score(name: str, key: SoundKey) -> float:
    """rendering_score(name, chinese) from sound_key(chinese): the best of the spelling's skeleton, the palatal
    reading (`english_skeleton_palatal`, as sound_score hears it: Chesky 切斯基 qie-si-ji, 0.95, where the plain
    classes give 0.45) and, for a run of two characters or more, the other skeletons (`_other_skeletons`)."""
    # one character is no rendering of two sounds: no other skeleton for it
    return _best(name, key, _other_skeletons(name) if key[1] >= 2 else ())


def _best(name: str, key: SoundKey, alternates: tuple[str, ...]) -> float:
    """The best `_score_len` of a run (its `sound_key`) against the name's skeleton, its palatal skeleton (weighed
    against the run's palatal pinyin skeleton) and each alternate skeleton; 0.0 for a name with no skeleton (it has
    no palatal or alternate skeleton either). sound_score and keyed_score differ only in the alternates they pass."""
    pinyin, n, palatal_pinyin = key
    es = english_skeleton(name)
    if not es:
        return 0.0
    best = _score_len(es, pinyin, name, n)
    palatal = english_skeleton_palatal(name)
    if palatal:
        best = max(best, _score_len(palatal, palatal_pinyin, name, n))
    for alt in alternates:
        best = max(best, _score_len(alt, pinyin, name, n))
    return best


def _score_len(skel: str, pinyin: str, name: str, n: int) -> float:
    """How well the pinyin skeleton of a run of n characters follows the skeleton `skel` of the name, less 0.05
    for each syllable the run has more or fewer than the name."""
    return similarity(skel, pinyin) - 0.05 * abs(n - english_syllables(name))


# Skeletons of up to this many classes are indexed by their deletion variants (`RenderingIndex`): one of 10 classes
# has at most 386 variants of up to 4 deletions; the English names of the benchmarks' pairs and of a 300-article
# archive sample have skeletons of 7 classes at most. A longer one (a compound word of some 20 letters) is weighed
# against every run, as before.
_INDEXED_CLASSES = 10


class RenderingIndex:
    """The names of an original, to find the one a run of Chinese renders best (`rendering_score`, the first in
    sorted order among equals) when it renders one at `floor` or above, without weighing every name. A score of
    `floor` needs a skeleton of the name and the run's pinyin skeleton, the longer of m classes, within
    k = floor((1 - floor) * m) edits, so that deleting up to k classes from each leaves one string of m - k classes or
    more: the names are indexed by those strings and their skeleton's length (an exact filter: the same answer as the
    walk over every name; that walk, for each doubt of a long article about each of its people, was quadratic,
    HOSTILE23 #3)."""

    def __init__(self, names: Iterable[str], floor: float) -> None:
        self.names = sorted(set(names))
        self.rate = 1 - floor  # the edits a similarity of `floor` allows per class
        self.floor = floor
        self.by_variant: dict[tuple[str, int], set[int]] = {}
        self.unindexed: set[int] = set()
        self.by_length: dict[int, set[int]] = {}  # every skeleton's length: the only filter of a run too long to index
        for i, name in enumerate(self.names):
            es = english_skeleton(name)
            palatal = english_skeleton_palatal(name)  # weighed against the run's palatal skeleton (`keyed_score`)
            for skel in ((es,) if es else ()) + ((palatal,) if palatal else ()) + _other_skeletons(name):
                self.by_length.setdefault(len(skel), set()).add(i)
                if len(skel) > _INDEXED_CLASSES:
                    self.unindexed.add(i)
                    continue
                for v in _deletions(skel, self._edits(len(skel))):
                    self.by_variant.setdefault((v, len(skel)), set()).add(i)

    def _kept(self, m: int) -> int:
        """The fewest classes two skeletons, the longer of m, keep in common at `floor`: m - floor((1 - floor) m)."""
        return m - int(self.rate * m)

    def _edits(self, n: int) -> int:
        """The most deletions from a skeleton of n classes that can leave a common string: against a skeleton as long
        or shorter, floor((1 - floor) n); against a longer one, fewer (`_kept` grows with the longer's length)."""
        return n - self._kept(n)

    def candidates(self, chinese: str) -> list[str]:
        """The names that may render the run at `floor` (every one that does, and a few more), in sorted order."""
        plain, _n, palatal = sound_key(chinese)
        if len(plain) > _INDEXED_CLASSES or len(palatal) > _INDEXED_CLASSES:
            return [self.names[i] for i in sorted(self._of_lengths(plain, palatal))]
        found = self._of_lengths(plain, palatal) & self.unindexed if self.unindexed else set()
        for pinyin in {plain, palatal}:  # a palatal skeleton of a name is weighed against the palatal pinyin only, but
            for v in _deletions(pinyin, self._edits(len(pinyin))):  # a superset of candidates is still exact
                n = len(v)
                length = max(n, 1)
                while self._kept(length) <= n:  # the name skeletons' lengths that may keep v in common with the run's
                    if self._kept(max(length, len(pinyin))) <= n:
                        found |= self.by_variant.get((v, length), set())
                    length += 1
        return [self.names[i] for i in sorted(found)]

    def _of_lengths(self, *pinyins: str) -> set[int]:
        """The names with a skeleton whose length may keep `floor` against one of the pinyin skeletons: a common string
        of `_kept` of the longer's classes fits in the shorter (the edit distance is at least the difference of the
        lengths). The filter of a run whose skeleton is too long to index by its deletions, and of the names too long to
        be indexed (each was returned for every run: a paragraph of thousands of runs weighed every such name against
        each)."""
        found: set[int] = set()
        for length, ids in self.by_length.items():
            if any(self._kept(max(length, len(p))) <= min(length, len(p)) for p in pinyins):
                found |= ids
        return found

    def best(self, chinese: str) -> str | None:
        """The name the run renders best, if it renders it at `floor` or above; else None."""
        names = self.candidates(chinese)
        if not names:
            return None
        top = max(names, key=lambda w: rendering_score(w, chinese))
        return top if rendering_score(top, chinese) >= self.floor else None


def _deletions(skel: str, k: int) -> set[str]:
    """The strings left of `skel` by deleting up to k of its characters."""
    out = level = {skel}
    for _ in range(k):
        level = {w[:i] + w[i + 1 :] for w in level for i in range(len(w))}
        out = out | level
    return out


MAX_LISTED = 20_000  # characters: a longer text's windows are walked again, not listed (up to six per character; keyed_windows keeps its distinct ones)


def translit_windows(text: str, longest: int, wide: bool = False) -> Iterable[tuple[int, str]]:
    """(offset, run) for every run of up to `longest` transliteration characters (with wide, of
    NAME_CHARS) inside the text's runs of Han, each start in turn: listed once per text and pair (every
    name of the original is sought in them), but for a text over MAX_LISTED characters."""
    return _listed_windows(text, longest, wide) if len(text) <= MAX_LISTED else _windows(text, longest, wide)


@per_pair
def _listed_windows(text: str, longest: int, wide: bool) -> tuple[tuple[int, str], ...]:
    return tuple(_windows(text, longest, wide))


def distinct_windows(text: str, longest: int, wide: bool = False) -> Iterable[tuple[int, str, SoundKey]]:
    """translit_windows' first occurrence of each distinct run, in order, with its sound_key: a name is
    scored once per run and key, not once per place (listed once per text and pair). A text over
    MAX_LISTED characters gives every window, repeats included, walked again and not kept."""
    if len(text) <= MAX_LISTED:
        return _listed_distinct(text, longest, wide)
    return ((i, w, sound_key(w)) for i, w in _windows(text, longest, wide))


@per_pair
def _listed_distinct(text: str, longest: int, wide: bool) -> tuple[tuple[int, str, SoundKey], ...]:
    seen: dict[str, tuple[int, str, SoundKey]] = {}
    for i, w in translit_windows(text, longest, wide):
        if w not in seen:
            seen[w] = (i, w, sound_key(w))
    return tuple(seen.values())


MAX_DISTINCT = 50_000
"""Distinct runs of a text over MAX_LISTED characters that keyed_windows keeps for the pair (about 640 bytes each with
their grouping, measured with tracemalloc on 191,000 runs of random name characters: 32 MB at most); a text with more
is walked again for every name. A news paragraph of that length repeats most of its runs: one paragraph of 832
sentences a side (the scaling article 32 times, 47,000 Chinese characters) holds 102, and every name of the original
walked its 340,000 windows again (6.9 of the check's 14.5 CPU s under cProfile)."""

_Keyed = tuple[tuple[SoundKey, tuple[tuple[int, str], ...]], ...]


def keyed_windows(text: str, longest: int, wide: bool = False) -> _Keyed | None:
    """distinct_windows grouped by sound_key: (key, its runs as (offset, run) in order) for each distinct key in the
    order of its first run, so that a name is scored once per key and only the runs of a key that scores well are
    walked (listed once per text and pair); None for a text over MAX_LISTED characters with more than MAX_DISTINCT
    distinct runs (walk distinct_windows)."""
    return _keyed(text, longest, wide) if len(text) <= MAX_LISTED else _keyed_long(text, longest, wide)


@per_pair
def _keyed(text: str, longest: int, wide: bool) -> _Keyed:
    return _grouped(_listed_distinct(text, longest, wide))


@per_pair
def _keyed_long(text: str, longest: int, wide: bool) -> _Keyed | None:
    """_keyed of a text over MAX_LISTED characters, its windows walked once and only the distinct ones kept; None
    (kept for the pair too) as soon as there are more than MAX_DISTINCT."""
    seen: dict[str, tuple[int, str, SoundKey]] = {}
    for i, w in _windows(text, longest, wide):
        if w not in seen:
            if len(seen) >= MAX_DISTINCT:
                return None
            seen[w] = (i, w, sound_key(w))
    return _grouped(seen.values())


def _grouped(distinct: Iterable[tuple[int, str, SoundKey]]) -> _Keyed:
    groups: dict[SoundKey, list[tuple[int, str]]] = {}
    for i, w, key in distinct:
        groups.setdefault(key, []).append((i, w))
    return tuple((key, tuple(runs)) for key, runs in groups.items())


def _windows(text: str, longest: int, wide: bool = False) -> Iterator[tuple[int, str]]:
    chars = NAME_CHARS if wide else TRANSLIT
    for m in HAN_RUN.finditer(text):
        run = m.group(0)
        for i in range(len(run)):
            for j in range(i + 1, min(len(run), i + longest) + 1):
                if run[j - 1] not in chars:
                    break
                yield m.start() + i, run[i:j]


def is_translit(text: str) -> bool:
    return bool(text) and all(c in TRANSLIT for c in text)


def chinese_sound_alike(a: str, b: str) -> bool:
    """Two Chinese renderings that could be one name's: same length, same consonant skeleton, and
    at most half of the characters differ (舒尔茨/朔尔茨, 莱斯特/雷斯特, 默里/穆雷)."""
    if len(a) != len(b) or a == b:
        return False
    diff = sum(x != y for x, y in zip(a, b, strict=True))
    if diff * 2 > len(a) and len(a) > 2:
        return False
    return pinyin_skeleton(syllables(a)) == pinyin_skeleton(syllables(b))


# The least toneless-pinyin similarity (`heard_alike`) of two renderings of one name. Measured in release 40 (nameswmt) on
# the 22 wmt-mt development splits, over the pairs the other sound tests leave alone (checks.transliteration.with_original: `_differs_from_usual`,
# `_loose_pair`; 28 pairs in all): the six labelled name-inconsistent ones (博兹克/博兹基尔, 加特肖尔/加特索斯, 雷斯塔特/莱斯特,
# 莫赫伯/穆赫贝尔, 麦肯尼/麦卡纳尼, 吉德波/吉波) scored 0.44 to 0.78 and share their first initial; of the 22 others, 17
# hold a CC-CEDICT rendering (苏维埃/苏联, 阿联酋/阿拉伯) and the 5 left differ in their first initial (希尔兹/基尔科 for
# Shields, 0.50) or have a form of one character (康/坎耶). 0.4 is the floor under the lowest right pair.
HEARD_ALIKE = 0.4


def heard_alike(a: str, b: str) -> bool:
    """Two Han renderings of one English name that a reader hears as one name written two ways though they differ in
    more than `chinese_sound_alike` allows (加特肖尔 and 加特索斯 for Gartshore, 雷斯塔特 and 莱斯特 for Lestat, 莫赫伯 and
    穆赫贝尔 for Mokhber): two characters or more each, three or more in one, the same pinyin initial at their first
    syllable, and their toneless pinyin strings (joined) at least HEARD_ALIKE alike (`similarity`: 1 less the
    Levenshtein distance per letter of the longer). a, b: Han strings; False for anything else."""
    if a == b or min(len(a), len(b)) < 2 or max(len(a), len(b)) < 3 or not all(map(is_han, a + b)):
        return False
    sa, sb = syllables(a), syllables(b)
    if pinyin_initial(sa[0]) != pinyin_initial(sb[0]):
        return False
    return similarity("".join(sa), "".join(sb)) >= HEARD_ALIKE


# ------------------------------------------------------------------------------------ CC-CEDICT
_HAN_ONLY = re.compile(rf"^[{HAN_RANGE}]{{2,8}}$")
_CAP_WORD = re.compile(r"\b[A-Z][a-z]+(?:['’][A-Za-z]+)?\b")


@lru_cache(maxsize=1)
def proper_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], frozenset[str]] | None:
    """(capitalised English word → Chinese proper-noun entries naming it, the same for entries whose
    definition starts with the word, every Chinese headword), from CC-CEDICT: the entries with a
    capitalised pinyin. None without the dictionary."""
    tables, heads = _name_tables(), _headword_set()
    return None if tables is None or heads is None else (*tables, heads)


# The name tables and the headwords are two indexes, read from the cache (transqa.lang.dictcache)
# each when first needed: the 120,000 headwords cost 0.03 s that most pairs never use.
@lru_cache(maxsize=1)
def _name_tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]] | None:
    return cedict_index("proper-names", (__name__,), _build_name_tables, None)


# The headwords index is one string per first character, `\nword\nword\n`, kept as its UTF-8 bytes: it reads in
# about 0.3 ms where the set of 115,000 strings took 0.05-0.07 CPU s to rebuild, and a check asks about few words
# (33 on the demo pair). Kept as text, reading it decoded every block (7-10 ms for each of the two indexes, issue 21,
# release 27, timed alone); a look-up encodes its word instead. A process that asks more than SET_AFTER times
# builds the set once (an audit, a benchmark); both answer alike (a headword holds no whitespace).
SET_AFTER = 200
_LOOKUPS = [0]


def _cedict_index(kind: str, common: bool) -> dict[str, bytes] | None:
    """The CC-CEDICT headwords (`common`: only those of common words, `_build_headwords`), indexed by first character (_index_by_first) and kept in the
    dictionary cache as `kind`; None without the lexicon."""
    return cedict_index(kind, (__name__,), lambda p: _build_headwords(p, common), None)


def _build_headwords(path: str, common: bool = False) -> dict[str, bytes]:
    """Every entry's simplified headword, or with `common` only a common word's (lower-case pinyin, `[bi3 te4]`)."""
    return _index_by_first([s for _t, s, p, _d in cedict_entries(path) if not common or "a" <= p[:1] <= "z"])


@lru_cache(maxsize=1)
def _headwords() -> dict[str, bytes] | None:
    return _cedict_index("headwords", common=False)


def _index_by_first(words: Iterable[str]) -> dict[str, bytes]:
    """The words (none holding whitespace) as one block per first character, each word between line breaks, in UTF-8."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        by_first.setdefault(w[0], []).append(w)
    return {c: ("\n" + "\n".join(ws) + "\n").encode() for c, ws in by_first.items()}


def _in_index(blocks: dict[str, bytes], chinese: str) -> bool:
    """The string is a word of an index of `_index_by_first`. In UTF-8 a line break is never part of another
    character's bytes, so `\nword\n` matches the bytes exactly where it matches the text; a lone surrogate (encoded
    as UTF-8 never writes one) matches no headword, as in the text."""
    return (chinese != "" and "\n" not in chinese
            and f"\n{chinese}\n".encode("utf-8", "surrogatepass") in blocks.get(chinese[0], b""))


def headword_set(blocks: dict[str, bytes]) -> frozenset[str]:
    """The headwords an index of `_build_headwords` holds."""
    return frozenset(chain.from_iterable(block[1:-1].decode().split("\n") for block in blocks.values()))


@lru_cache(maxsize=1)
def _headword_set() -> frozenset[str] | None:
    blocks = _headwords()
    return None if blocks is None else headword_set(blocks)


# A brand CC-CEDICT writes with lower-case pinyin (易趣 [yi4 qu4] /eBay (web auction company)/, 维珍 /Virgin (company)/):
# the first definition a name in mixed case (eBay, iPhone), or a capitalised name the bracket after it calls a company,
# a brand or a trademark. Seven entries of the 2023 file: 易趣, 爱疯, 维珍, 随身听, 神舟电脑, 中旅社, 佐格比国际.
_BRAND_HEAD = re.compile(r"(?:[a-z]{1,2}[A-Z][A-Za-z]+|[A-Z][A-Za-z0-9'’&.-]*(?: [A-Z][A-Za-z0-9'’&.-]*){0,2}) ?(\(.*)?")
_BRAND_WORDS = re.compile(r"\b(?:company|brand|corporation|trademark|manufacturer)\b")


def _brand_entry(pinyin: str, defs: str) -> bool:
    """The lower-case-pinyin entry names a brand (`_BRAND_HEAD`)."""
    m = _BRAND_HEAD.fullmatch(defs.split("/")[0].strip())
    if m is None or not "a" <= pinyin[:1] <= "z":
        return False
    return not m.group(0)[:1].isupper() or (m.group(1) is not None and _BRAND_WORDS.search(m.group(1)) is not None)


def _proper_entries(path: str) -> Iterator[tuple[str, str]]:
    """(simplified entry, its definitions joined by `/`) of every CC-CEDICT proper noun (capitalised pinyin), and of
    the brands it writes with lower-case pinyin (`_brand_entry`)."""
    yield from ((s, d) for _t, s, p, d in cedict_entries(path) if "A" <= p[:1] <= "Z" or _brand_entry(p, d))


def _proper_definitions(path: str) -> Iterator[tuple[str, str]]:
    """(simplified entry, definition) for the first three definitions of each CC-CEDICT proper noun written in
    Han characters alone, each cut before its first bracket, comma or semicolon."""
    for simp, defs in _proper_entries(path):
        if _HAN_ONLY.match(simp):
            for d in defs.split("/")[:3]:
                yield simp, d.split("(", 1)[0].split(",", 1)[0].split(";", 1)[0]


# The lower-case particles of personal names (`FW de Klerk`, `Vincent van Gogh`, `Osama bin Laden`): inside a run of
# capitalised words they belong to the name, not to an English phrase (WMT22 voa-en.714470, missed in 4 splits)
NAME_PARTICLES = frozenset({"de", "van", "von", "da", "di", "bin", "al", "le", "la", "del", "der", "du", "den", "dos", "das",
                            "della", "ter", "ten", "ibn", "y"})
# The ones that stand between a person's title and the surname (`President von der Leyen`)
TITLE_PARTICLES = NAME_PARTICLES.intersection(("de", "du", "la", "le", "von", "van", "der"))
# The ones a CC-CEDICT definition is read with before its surname (_PARTICLE_NAME): all but le, la and y
_DEFINITION_PARTICLES = NAME_PARTICLES - {"le", "la", "y"}


def particle_spelling(particles: str, surname: str) -> str:
    """A surname spelt with its particles glued before it, as a rendering sounds them together (`von der`, `Leyen` →
    `Vonderleyen`; `de`, `Klerk` → `Deklerk`)."""
    return particles.replace(" ", "").capitalize() + surname.lower()


# A person's name whose surname follows lower-case particles (`Ursula von der Leyen`, `Johannes Diderik van der Waals`)
_PARTICLE_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s)*((?:(?:" + "|".join(sorted(_DEFINITION_PARTICLES)) + r")\s)+)"
                            r"([A-Z][a-z'’-]+)\s*")


def _particle_surname(simp: str, d: str) -> str | None:
    """The surname of a name with particles whose rendering sounds the particles with the surname and not the
    surname alone (冯德莱恩: `von der Leyen`, not `Leyen`; 范德瓦耳斯: `van der Waals`): the name a source writes after
    its particles, rendered whole by this entry. None for any other definition (贝多芬 for `Ludwig van Beethoven`
    renders the surname alone: its particle is silent). 3 entries of the 2023 file."""
    m = _PARTICLE_NAME.fullmatch(d.strip())
    if m is None:
        return None
    surname = m.group(2)
    whole = particle_spelling(m.group(1), surname)
    return surname if rendering_score(whole, simp) >= 0.7 > rendering_score(surname, simp) else None


def _build_name_tables(path: str) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    table: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    for simp, d in _proper_definitions(path):
        if len(d.split()) > 4 or not d[:1].isupper():
            continue  # a description ("city in Iran"), not the name itself
        words = _CAP_WORD.findall(d)
        for w in words:
            table.setdefault(w, set()).add(simp)
        if words and d.startswith(words[0]):
            first.setdefault(words[0], set()).add(simp)
        surname = _particle_surname(simp, d)
        if surname is not None:  # the name as the source writes it after its particles (Leyen: 冯德莱恩)
            first.setdefault(surname, set()).add(simp)
    return {k: frozenset(v) for k, v in table.items()}, {k: frozenset(v) for k, v in first.items()}


@lru_cache(maxsize=1)
def rendered_names() -> dict[str, frozenset[str]]:
    """CC-CEDICT's proper-noun renderings → the capitalised English words whose definitions start with them (彭博 →
    Bloomberg); empty without the dictionary."""
    pn = _name_tables()
    out: dict[str, set[str]] = {}
    for word, forms in (pn[1] if pn else {}).items():
        for f in forms:
            out.setdefault(f, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _people_by_rendering() -> dict[str, frozenset[str]]:
    """CC-CEDICT's renderings of people's names → the capitalised words of those definitions (霍夫曼 → Hofmann,
    Hoffman: `Hofmann or Hoffman (name)`; 卡尔 → Karl; not 泰尔, `Tyre (city in Lebanon)`); empty without the dictionary."""
    return cedict_index("people-by-rendering", (__name__,), _build_people_by_rendering, {})


_PERSON_NOTE = re.compile(r"\((?:person |given |[A-Z][a-z]+ )?(?:sur)?name\)")  # (name), (surname), (Japanese surname)


def _build_people_by_rendering(path: str) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for simp, defs in _proper_entries(path):
        if not _HAN_ONLY.match(simp):
            continue
        for d in defs.split("/")[:3]:
            if _PERSON_NOTE.search(d):
                table.setdefault(simp, set()).update(_CAP_WORD.findall(d.split("(", 1)[0]))
    return {k: frozenset(v) for k, v in table.items() if v}


NAME_SPELT_ALIKE = 0.5  # letter similarity (1 less the Levenshtein distance per letter of the longer) from which two
# spellings are taken for one name written two ways: Hoffman/Hofmann 0.71, Schmidt/Schmitt 0.86; Hoffman/Hovaghimian
# 0.27 (archive viki-raises-4-3-million-…: 雷德·霍夫曼, Reid Hoffman, was paired with `Razmig Hovaghimian`)


# sound_score from which a dictionary name is taken as heard in its Chinese reading: the bar of TQA310's other sound
# readings (checks.transliteration.kept_by_meaning.SOUND_HEARD), not tuned here. Measured on CC-CEDICT's people's names
# (`_people_by_rendering`, release 44 review): 538 of its 949 (name, reading) pairs reach 0.9, 554 reach 0.85 and 445
# reach 0.95, so the bar keeps most established readings; the spelling test (NAME_SPELT_ALIKE) does the telling apart
# (Hoffman and Hovaghimian both score 0.95 against 霍夫曼).
OTHER_NAME_HEARD = 0.9


def renders_another_name(name: str, chinese: str) -> str | None:
    """A person's name CC-CEDICT gives for the run `chinese` (`… (name)`, `… (surname)`) that the run is heard as
    (sound_score OTHER_NAME_HEARD or more) and that is spelt unlike `name` (letter similarity below NAME_SPELT_ALIKE, case aside),
    when the dictionary gives `name` itself (or a spelling like it) for none of the run's names: the run is that
    established reading of another person's name (霍夫曼 is Hoffman, not Hovaghimian, whose dropped gh gives both the
    skeleton F M N; 布莱恩 is Brian, not Byrne). Place names are not read (泰尔, Tyre, is Peter Thiel's 泰尔 too). None
    otherwise."""
    low = name.lower()

    def alike(w: str) -> bool:
        w = w.lower()
        return 1 - levenshtein(w, low) / max(len(w), len(low), 1) >= NAME_SPELT_ALIKE

    names = _people_by_rendering().get(chinese, frozenset())
    if not names or any(alike(w) for w in names):
        return None
    return next((w for w in sorted(names) if sound_score(w, chinese) >= OTHER_NAME_HEARD), None)


def known_renderings(name: str, first: bool = False) -> frozenset[str]:
    """CC-CEDICT's renderings of a capitalised English word (empty without the dictionary); with
    first, only entries whose definition starts with it (Bloomberg News, not Daily Mirror)."""
    pn = _name_tables()
    if not pn:
        return frozenset()
    forms = (pn[1] if first else pn[0]).get(name, frozenset())
    if first or not forms:
        return forms
    return _with_short_forms(name, forms)


@per_pair
def _with_short_forms(name: str, forms: frozenset[str]) -> frozenset[str]:
    """The forms of a name that CC-CEDICT knows and their short forms, once per name and pair (many rules
    ask; most names it does not know, and those are answered without the memo)."""
    return forms | _short_forms(forms)


@lru_cache(maxsize=1)
def _names_by_lower() -> dict[str, frozenset[str]]:
    return cedict_index("proper-names-lower", (__name__,), _build_names_by_lower, {})


_DEF_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9'’-]*$")


def _one_word_names(path: str) -> Iterator[tuple[str, str]]:
    """(simplified entry, definition) of each CC-CEDICT proper noun whose definition is one word with a capital
    (PayPal, FedEx, eBay), stripped."""
    for simp, d in _proper_definitions(path):
        d = d.strip()
        if _DEF_WORD.match(d) and any(c.isupper() for c in d):
            yield simp, d


def _build_names_by_lower(path: str) -> dict[str, frozenset[str]]:
    """Lower-cased one-word definitions of CC-CEDICT's proper nouns (PayPal, FedEx, eBay) → the entries."""
    table: dict[str, set[str]] = {}
    for simp, d in _one_word_names(path):
        table.setdefault(d.lower(), set()).add(simp)
    return {k: frozenset(v) for k, v in table.items()}


def known_renderings_any_case(name: str) -> frozenset[str]:
    """CC-CEDICT's renderings of a name spelt in any case (Paypal: 贝宝, which the dictionary gives for PayPal)."""
    forms = _names_by_lower().get(name.lower(), frozenset())
    return forms | _short_forms(forms)


def whole_names(forms: frozenset[str]) -> frozenset[str]:
    """The dictionary's whole names among its forms of a name in any case (苹果手机 for `Iphone`, not its head 苹果:
    Apple's), as for the names in mixed case: the forms of a name spelt in another case than the dictionary's
    (`Mastercard`, `Paypal`: MasterCard 万事达, PayPal 贝宝), which `known_renderings` reads in its own case only.
    forms: as `known_renderings_any_case` gives them; the result is a subset (a form no other form extends)."""
    return frozenset(f for f in forms if not any(g != f and g.startswith(f) for g in forms))


def name_spelling(name: str) -> str | None:
    """CC-CEDICT's own spelling of a one-word proper noun given in any case (`paypal` → PayPal, `mastercard` →
    MasterCard), the entry's definition as it writes it; None for no such name or without the dictionary."""
    return _cased_names().get(name.lower())


@lru_cache(maxsize=1)
def _cased_names() -> dict[str, str]:
    return cedict_index("proper-names-cased", (__name__,), _build_cased_names, {})


def _build_cased_names(path: str) -> dict[str, str]:
    """Lower-cased one-word definitions of CC-CEDICT's proper nouns (as `_build_names_by_lower` reads them) → the
    definition as written; of two spellings of one name, the first in code-point order."""
    table: dict[str, str] = {}
    for _simp, d in _one_word_names(path):
        low = d.lower()
        table[low] = min(table.get(low, d), d)
    return table


# A definition that is a name and its acronym in brackets (`America Online (AOL)`), no description beside
# (not `Jacques Rogge, president of International Olympic Committee (IOC)`); three capitals at least (US, EU: too
# often a qualifier or a word of a longer name)
_ACRONYM_DEF = re.compile(r"([A-Z][^,;()]*?)\s*\(([A-Z]{3,6})\)")
_HAN_NAME = re.compile(rf"[{HAN_RANGE}]{{2,12}}")
# A definition that opens with a name of capitals and digits, alone or before a comma or a bracket (`G7, the group of
# 7 industrialized countries`, `G8 (group of eight major industrialized nations)`, `MI5 (British military
# counterintelligence office)`, `K2, Mt Qogir`): the name itself, spelt by no words (ten such entries, release 37)
_NUMBERED_DEF = re.compile(r"([A-Z]{1,3}[0-9]{1,2})(?:,|\s\(|$)")
# Terms CC-CEDICT capitalises like names (Digital Rights Management (DRM): 数字版权管理 beside DRM is a term spelt
# out, not a name written two ways; three such findings of the whole archive were false)
_ACRONYM_TERMS = frozenset("DRM DOM GMT CMS IPA ELT ADR".split())


@lru_cache(maxsize=1)
def acronym_renderings() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT's Chinese names of acronyms (AOL: 美国在线), and each without a leading 美国 (联邦贸易委员会 of
    美国联邦贸易委员会: the usual short form), and of names of capitals and digits (G7: 七国集团, 工业七国集团; MI6:
    军情六处), sorted. Empty without the dictionary."""
    return cedict_index("acronym-names", (__name__,), _build_acronym_names, {})


def _build_acronym_names(path: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for simp, defs in _proper_entries(path):
        if not _HAN_NAME.fullmatch(simp):
            continue
        for d in defs.split("/"):
            numbered = _NUMBERED_DEF.match(d.strip())
            if numbered is not None:
                out.setdefault(numbered.group(1), set()).add(simp)
                continue
            m = _ACRONYM_DEF.fullmatch(d.strip())
            if m is None or m.group(2) in _ACRONYM_TERMS or not spells_acronym(m.group(2), m.group(1)):
                continue
            out.setdefault(m.group(2), set()).add(simp)
            if simp.startswith("美国") and len(simp) >= 5:
                out[m.group(2)].add(simp[2:])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def spells_acronym(acronym: str, name: str) -> bool:
    """The acronym is made of the name's last words, each giving its first letter and perhaps more of its letters
    in order (AOL: America OnLine; SEC: US Securities and Exchange Commission; function words may be skipped):
    not a qualifier in brackets (`Congress (US)`, `State of the Union address (US)`)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ACRONYM_SKIP]
    return any(_spelt_from(acronym.lower(), words, i) for i in range(len(words)))


def _spelt_from(acr: str, words: list[str], i: int) -> bool:
    """acr is spelt by words[i:], to their end: each word starts with the next letter and may give more."""
    if not acr or i >= len(words) or words[i][0] != acr[0]:
        return False
    rest, w, k = acr[1:], words[i], 1
    for n in range(len(rest) + 1):  # n more letters from this word, the rest from the words after it
        if n:
            k = w.find(rest[n - 1], k) + 1
            if not k:
                return False
        if n == len(rest):
            return i == len(words) - 1
        if _spelt_from(rest[n:], words, i + 1):
            return True
    return False


_SUFFIXES = ("公司", "集团", "手机", "电脑", "新闻社", "通讯社", "社")


def _short_forms(forms: frozenset[str]) -> frozenset[str]:
    """苹果 from 苹果公司, 彭博 from 彭博社: the name without the word for what it is."""
    return frozenset(f[: -len(x)] for f in forms for x in _SUFFIXES if f.endswith(x) and len(f) - len(x) >= 2)


@lru_cache(maxsize=1)
def _proper_forms() -> frozenset[str]:
    tables = _name_tables()  # not proper_names(): that loads the 120,000 headwords too, unused here
    return frozenset(f for forms in tables[0].values() for f in forms) if tables else frozenset()


def is_proper_noun(chinese: str) -> bool:
    """The Chinese is a CC-CEDICT proper-noun entry (贝宝 PayPal, 白宫 the White House)."""
    return chinese in _proper_forms()


def is_headword(chinese: str) -> bool:
    if _LOOKUPS[0] >= SET_AFTER:
        heads = _headword_set()
        return heads is not None and chinese in heads
    _LOOKUPS[0] += 1
    blocks = _headwords()
    return blocks is not None and _in_index(blocks, chinese)


def word_starts(text: str, j: int) -> bool:
    """A dictionary word of two or more characters starts at offset j of text (加入, 将会): not part of a name."""
    return any(is_headword(text[j : j + n]) for n in (2, 3) if j + n <= len(text))


@lru_cache(maxsize=1)
def _common_headwords() -> dict[str, bytes] | None:
    return _cedict_index("common-headwords", common=True)


def is_common_word(chinese: str) -> bool:
    """The Chinese is a CC-CEDICT entry written with lower-case pinyin: a common word (比特 bit), not a name
    (莱西, Laixi, is a city's)."""
    blocks = _common_headwords()
    return blocks is not None and _in_index(blocks, chinese)


def common_words() -> frozenset[str] | None:
    """Every CC-CEDICT headword (None without the dictionary)."""
    return _headword_set()


# ------------------------------------------------------------------------------------ surnames of one character
# Words of a surname's definition that name a language, not a spelling (`surname Kim (Korean)`)
_SURNAME_NOT_SPELLINGS = frozenset("Korean Japanese Vietnamese Cantonese Chinese Taiwanese Mongolian Manchu".split())


@lru_cache(maxsize=1)
def surnames() -> dict[str, tuple[str, ...]]:
    """CC-CEDICT's surnames of one character → their Latin spellings, lower case: the entry's pinyin syllable and the
    capitalised words of its definitions that speak of a surname (李 → li; 金 → jin, kim (`surname Kim (Korean)`);
    朴 → piao, park, pak, bak; 黄 → huang, hwang). Empty without the dictionary."""
    return cedict_index("surnames", (__name__,), _build_surnames, {})


def _build_surnames(path: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for _t, simp, pinyin, defs in cedict_entries(path):
        if len(simp) != 1 or not "A" <= pinyin[:1] <= "Z" or "surname" not in defs:
            continue
        spellings = out.setdefault(simp, set())
        spellings.add(re.sub(r"[0-9]", "", pinyin).lower())
        for d in defs.split("/"):
            if "surname" in d:
                spellings.update(w.lower() for w in _CAP_WORD.findall(d) if w not in _SURNAME_NOT_SPELLINGS)
    return {k: tuple(sorted(v)) for k, v in out.items()}
