"""What transqa knows about Chinese: sentences, the length measure and the Latin-script names kept."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from transqa.lang.script import HAN_CLASS, HAN_RANGE, LATIN_TOKEN, han_count, is_han, name_key
from transqa.memo import per_pair

# A Han character weighs 2.95 non-space English characters: calibrated on the WMT news test sets of
# ../shared, where log(zh/en) then has mean 0.0 and s.d. 0.15.
HAN_WEIGHT = 2.95

# A name transliterated and then glossed in Latin script, 朱利安·费罗斯 (Julian Fellowes): the gloss
# repeats what the Han characters render, so it is not length of the translation (it hid dropped
# sentences and paragraphs behind a long-looking Chinese paragraph)
_GLOSS = regex.compile(rf"(?<=[{HAN_CLASS}·])\s*[（(][A-Za-z][A-Za-z .'&\-]*[)）]")


def chinese_size(text: str) -> float:
    """Non-space characters, a Han character counting HAN_WEIGHT, Latin glosses of names not counted:
    comparable with english_size."""
    text = _GLOSS.sub("", text)
    han = han_count(text)
    return han * HAN_WEIGHT + sum(map(len, text.split())) - han  # split(): the non-space characters


@per_pair
def chinese_names(text: str) -> frozenset[str]:
    """Keys of every Latin-script token of the Chinese: what it keeps in the original script."""
    return frozenset(map(name_key, LATIN_TOKEN.findall(text)))


# `<!--` left as text ends no sentence; written as runs between `<` (not one alternation per character): the same
# spans on 44,600 archive paragraphs and 200,000 random strings of `<!。！？?` and text, in 0.56x the time
_ZH_SENTENCE = re.compile(r"[^。！？!?<]*(?:<!?[^。！？!?<]*)*(?:[。！？!?]+[”’」』）)]*|$)")


def chinese_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans (0-based, end exclusive) of the sentences of a Chinese paragraph:
    a sentence ends at 。！？!? and the closing quotes or brackets after them (not at the `!` of a `<!--`)."""
    out = []
    for m in _ZH_SENTENCE.finditer(text):
        if m.group(0).strip():
            s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append((s, m.end()))
    return out


# What opens a gloss: up to three Han characters (a word for what it is), spaces, an opening bracket
_GLOSS_HEAD = re.compile(rf"[{HAN_RANGE}]{{0,3}}\s*[(（]")


def glossed_at(text: str, i: int, word: str) -> bool:
    """A bracket that glosses `word` opens at offset i, perhaps after a word for what it is:
    `世界经济论坛(World Economic Forum)`, `海洋援助组织(Ocean Aid)` tie the two forms together. The pattern
    `[一-鿿]{0,3}\\s*[(（][^)）]*word` read as its fixed head and a search for the word before the bracket closes,
    not compiled per word (each pattern with its Han class cost about a millisecond to compile: an article of 1,000
    people, 4 CPU s, HOSTILE23 #4)."""
    m = _GLOSS_HEAD.match(text, i)
    if m is None:
        return False
    q = m.end()
    k = text.find(word, q)
    if k < 0:
        return False
    return text.find(")", q, k) < 0 and text.find("）", q, k) < 0  # no bracket closes before the word


# a form the sentence introduces as another name of the thing (在中国被称为安卓, 又称 Google Talk, 简称 MS): a gloss.
# Not 名为/称为 alone, which introduce a name (一个名为推特大学的新项目: the usual inconsistency)
_NAMED_AS = re.compile(r"(?:被称为|被称作|被叫做|又称|也称|亦称|俗称|简称|或称|译为|译作|又叫|也叫)[为是]?\s*[“「《\"']?\s*$")


def named_in_passing(text: str, s: int) -> bool:
    """The form at s follows a verb giving another name (被称为, 又称, 简称, 译作…): the sentence tells the reader both
    forms name the same thing (a false TQA310 found by a tester on `在中国被称为安卓`)."""
    return bool(_NAMED_AS.search(text, max(0, s - 8), s))


# A verb of naming right before a run (`名为 WebEX connect 的新平台`, `叫做 Hive companion 的应用`): what follows is the
# name the text gives, however common its words; the verbs `_NAMED_AS` leaves out (release 44, archrec)
_NAMING = re.compile(r"(?:名为|叫做|称为|名叫|命名为|称作)[ \t]*$")


def named_at(text: str, s: int) -> bool:
    """The run at s follows a verb of naming (名为, 叫做, 称为…): the text introduces it as a name (TQA401 leaves it).
    `named_in_passing` reads the verbs that give a thing *another* name."""
    return bool(_NAMING.search(text, max(0, s - 8), s))


def tied_at(text: str, s: int, e: int, word: str) -> bool:
    """The form at [s, e) is tied to `word` where it stands, so the two are one name written the accepted way: glossed
    with it in brackets right after (`glossed_at`: 哥伦比亚广播公司(CBS)) or introduced as another name of the thing
    (`named_in_passing`: 简称 Orange 荷兰). The one gloss test of the checks without the original; the
    with-original TQA310 asks `named_in_passing` (its brackets are read against the source)."""
    return named_in_passing(text, s) or glossed_at(text, e, word)


_CAMEL_DEFINITION = re.compile(r"/([a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]+[A-Z][A-Za-z]*)(?: \(|/)")


@lru_cache(maxsize=1)
def camel_names() -> frozenset[str]:
    """Lower-cased names CC-CEDICT defines with a capital inside (易趣 /eBay/, 贝宝 /PayPal/): written in lower
    case in a translation (`ebay`) they are still the name, not an English word left untranslated. Empty
    without the dictionary."""
    from transqa.lang.lexicon import cedict_index

    return cedict_index("camel-names", (__name__,), _build_camel_names, frozenset())


def _build_camel_names(path: str) -> frozenset[str]:
    from transqa.lang.lexicon import cedict_entries

    return frozenset(w.lower() for w in _CAMEL_DEFINITION.findall("\n".join(f"/{d}/" for *_, d in cedict_entries(path))))


# A count before its measure word is one word with it (`五分钟`, `三家`): CC-CEDICT lists the measure word alone
_NUMERALS = frozenset("零〇一二三四五六七八九十百千万亿两几")
_MEASURES = frozenset("分秒时天周月年岁次个家名位所款部台条项倍")


def word_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """A stretch text[s:e] (offsets, end exclusive; a rendered anchor's, a quoted passage's) widened to the Chinese words its ends cut: a CC-CEDICT headword (two to
    six Han characters, lang.glosses.english_words) that holds the characters on both sides of an end, the shortest;
    and a count's Chinese numerals before a measure word that starts it (`分钟采访` → `五分钟采访`: the renderings of
    `minute` and `interview` begin inside the word 五分钟). Not jieba: it is not a dependency of transqa (its 0.8 CPU s
    to load, its cache file in the temporary folder and its log lines on stderr, for the place of one finding).
    Returns the widened (s, e); without the dictionary, (s, e) widened only over numerals."""
    from transqa.lang.glosses import english_words

    words = english_words()

    def crossing(k: int) -> tuple[int, int] | None:
        spans = [(a, b) for a in range(max(0, k - 5), k) for b in range(k + 1, min(len(text), a + 6) + 1)
                 if text[a:b] in words]
        return min(spans, key=lambda ab: (ab[1] - ab[0], ab[0]), default=None)

    if 0 < s < len(text) and is_han(text[s - 1]) and is_han(text[s]) and (got := crossing(s)):
        s = got[0]
    if s < len(text) and text[s] in _MEASURES:
        while s > 0 and text[s - 1] in _NUMERALS:
            s -= 1
    if 0 < e < len(text) and is_han(text[e - 1]) and is_han(text[e]) and (got := crossing(e)):
        e = got[1]
    return s, e
