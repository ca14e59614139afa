"""Script classification: Han, Latin, digits; full-width forms."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import regex

from transqa.memo import per_pair

HAN_CLASS = r"\p{Han}"
"""The one definition of a Han character (Unicode script property, for the `regex` module): every
test for Chinese characters in transqa goes through HAN, HAN_CLASS or is_han, or through the narrow block below
(HAN_FIRST, HAN_LAST, HAN_RANGE, HAN_RANGE_A) where a pattern or a comparison was written with it."""
HAN = regex.compile(HAN_CLASS)
HAN_FIRST, HAN_LAST = "\u4e00", "\u9fff"
"""The CJK Unified Ideographs block (U+4E00-U+9FFF), the narrow test for a Han character that patterns for the `re`
module (no script property) and character comparisons (`HAN_FIRST <= c <= HAN_LAST`) use. It leaves out what
\\p{Han} also holds (Extension A-F, compatibility ideographs, 〇 々 and the radicals); the archive holds none of these
(its 4,006 translations less heldout3/heldout5, release 44), so on it the two tests agree."""
HAN_RANGE = r"\u4e00-\u9fff"
"""HAN_FIRST-HAN_LAST as a range for a character class of a `re` or `regex` pattern (`rf"[{HAN_RANGE}]+"`): the one
spelling of the patterns that wrote `\\u4e00-\\u9fff` by hand (about 90 places before release 44)."""
HAN_RANGE_A = r"\u3400-\u9fff"
"""HAN_RANGE with CJK Extension A (U+3400-U+4DBF) before it, and the Yijing hexagram symbols between the two blocks:
the range of the patterns that read a rare character as Han too (fragments, markup, anchors, embeds, untranslated,
transliteration's target_only); kept as they wrote it, since narrowing or widening it to \\p{Han} is a change to measure."""
# The marks that join the parts of a transliterated name (鲍里斯·约翰逊): the middle dot and its look-alikes
NAME_DOT = "·•・"
# A mark that ends a sentence, Chinese (full-width) or ASCII (markup's announced lists, links' anchor stretches)
SENTENCE_END = re.compile(r"[。！？!?]")

_FULLWIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


@lru_cache(maxsize=16384)  # the characters of a language are few: 527,000 asks for 198 bench pairs, a regex match each
def is_han(ch: str) -> bool:
    """True when the one character `ch` is a Han character (Unicode script Han)."""
    return HAN.match(ch) is not None


HAN_RUN = regex.compile(HAN_CLASS + "+")


def han_count(text: str) -> int:
    """Number of Han characters in `text` (by runs: a match per run, not one per character, 5 times quicker)."""
    return sum(map(len, HAN_RUN.findall(text)))


# Kana (hiragana, katakana, half-width katakana) without the two marks Chinese writes too: the name dot ・ and ー.
KANA = regex.compile(r"[\u3041-\u3096\u30a1-\u30fa\uff66-\uff9d]")
HANGUL = regex.compile(r"\p{Hangul}")
# The least kana (of kana + Han) a Japanese text holds and the least hangul (of hangul + Han) a Korean one does, and
# the fewest such characters that decide. Measured (release 22): of the 4,006 archive translations one holds any kana
# (2 of 717 letters, 0.3 %) and none any hangul; the 13 WMT22 and 4 WMT23 system outputs (per document, WMT23 without
# its held-out news) hold none at all. Japanese prose writes 30-70 % of its letters in kana, Korean over 80 % in hangul.
OTHER_CJK_SHARE = 0.2
OTHER_CJK_LEAST = 10


def other_cjk(text: str, han: int | None = None) -> str | None:
    """'Japanese' or 'Korean' when `text` is written in that language rather than in Chinese (its share of kana or
    hangul: Chinese writes neither but in a quoted name or title), else None. `han`: its Han characters, when the
    caller has counted them already."""
    if han is None:
        han = han_count(text)
    for language, pattern in (("Japanese", KANA), ("Korean", HANGUL)):
        n = len(pattern.findall(text))
        if n >= OTHER_CJK_LEAST and n >= OTHER_CJK_SHARE * (n + han):
            return language
    return None


def punctuation_only(text: str) -> bool:
    """True for a text of punctuation and spaces alone, not empty: no letter, digit or Han character (`。` 5,000 times,
    a damaged line; TQA001 and TQA510 read it)."""
    return bool(text.strip()) and wordless(text)


def wordless(text: str) -> bool:
    """True when the text has no letter, digit or Han character (`str.isalnum`: any script): marks, symbols, emoji and
    spaces alone, or nothing. `punctuation_only` is a wordless text that is not blank; the aligner's `mark` blocks
    (align/features) are the wordless ones."""
    return not any(c.isalnum() for c in text)


def latin_letter_count(text: str) -> int:
    """Number of ASCII letters in `text`."""
    return sum(1 for c in text if ("a" <= c <= "z") or ("A" <= c <= "Z"))


def to_halfwidth(text: str) -> str:
    """Full-width ASCII forms to ASCII, one character for one (offsets are kept)."""
    return text.translate(_FULLWIDTH)


@lru_cache(maxsize=1)
def _opencc() -> Any:
    try:
        import opencc
    except ImportError:  # pragma: no cover - a dependency, but keep working without it
        return None
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=65536)
def _t2s(ch: str) -> str:
    conv = _opencc()
    if conv is None:
        return ch
    out = conv.convert(ch)
    return out if len(out) == 1 else ch


def _opencc_library() -> str | None:
    """The path of OpenCC's compiled library, found without importing OpenCC (about 0.025 CPU s with its
    converter); None without OpenCC."""
    import importlib.util
    import os

    try:
        spec = importlib.util.find_spec("opencc")
        folder = os.path.join(next(iter(spec.submodule_search_locations or ())), "clib") if spec else None
        names = sorted(n for n in os.listdir(folder) if n.startswith("opencc_clib")) if folder else []
    except (ImportError, ValueError, OSError, StopIteration):
        return None
    return os.path.join(folder, names[0]) if folder and names else None


def _build_t2s() -> dict[str, str]:
    """_t2s over every Han character: those it changes, with what it gives."""
    every = "".join(map(chr, (*range(0xD800), *range(0xE000, 0x110000))))
    return {c: t for c in HAN.findall(every) if (t := _t2s(c)) != c}


@lru_cache(maxsize=1)
def _t2s_changes() -> dict[str, str] | None:
    """_t2s's answer for every Han character it changes (about 3,600), built once and kept in the user cache
    beside the dictionary indexes (`transqa.lang.dictcache`), keyed by OpenCC's library (its dictionaries ship
    with it) and by the Han class's code (this module and `regex`'s); None without OpenCC (then _t2s, which
    changes nothing, is asked)."""
    library = _opencc_library()
    if library is None:
        return None
    from transqa.lang.dictcache import load_or_build

    # the library file keys the cache; the table is OpenCC's answer, which reads no path
    return load_or_build("t2s", library, (__name__, "regex._main"), lambda _library: _build_t2s())


def to_simplified(text: str) -> str:
    """Traditional characters to simplified ones, one for one (offsets are kept): 萬→万, 億→亿, 歐→欧.

    Used for matching only: reports keep the text as written."""
    if HAN.search(text) is None:
        return text
    new = set(text) - _MET
    if new:
        changes = _t2s_changes()
        if changes is None:
            _T2S.update({ord(c): _t2s(c) for c in new if is_han(c) and _t2s(c) != c})
        else:
            _T2S.update({ord(c): changes[c] for c in new if c in changes})
        _MET.update(new)
    return text.translate(_T2S)


# to_simplified's table, kept for the process and grown with the characters met: a character of no
# Han or already simplified is left as it is whether or not the table holds it, so the table need
# hold only the characters that change (at most the Han characters OpenCC converts one for one)
_T2S: dict[int, str] = {}
_MET: set[str] = set()


# LATIN_TOKEN and IDENTIFIER use nothing but what the standard re module has (possessive quantifiers
# since Python 3.11), where a search costs half what it costs in the regex module; they find the same spans
# LATIN_TOKEN's first letter comes before its lookbehind (not preceded by a letter or digit, read over the
# letter: `(?<![A-Za-z0-9])[A-Za-z]` as `[A-Za-z](?<![A-Za-z0-9][A-Za-z])`), so that the pattern starts with a
# set and the search skips to the next letter instead of trying every position: the same spans, a third of
# the time on a Chinese paragraph
LATIN_TOKEN = re.compile(r"[A-Za-z](?<![A-Za-z0-9][A-Za-z])[A-Za-z0-9]*(?:[.\-'’&][A-Za-z0-9]+)*")


@per_pair
def latin_tokens(text: str) -> list[tuple[int, int, str]]:
    """Latin-script word tokens (dotted and hyphenated names kept whole): (start, end, token). Once per text
    and pair (transqa.memo): the names, omission and transliteration checks read the same paragraphs."""
    return [(m.start(), m.end(), m.group(0)) for m in LATIN_TOKEN.finditer(text)]


@lru_cache(maxsize=4096)
def latin_word_pattern(word: str) -> re.Pattern[str]:
    """`word` (any text, escaped) as a word of its own: no ASCII letter or digit right before or after it
    (`Google` in `Google Wave`, `Milo.com`, `谷歌Google的`; not in `Googler`). Compiled once per word (the
    name checks ask it per place found, of a few hundred names an article)."""
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(word) + r"(?![A-Za-z0-9])")


_NOT_KEY = re.compile(r"[^a-z0-9]+")  # after lower(), the ASCII letters and digits are [a-z0-9]


def name_key(s: str) -> str:
    """Case, spacing and punctuation folded away: `pay TM`, `Paytm` → `paytm` (the ASCII letters and
    digits of the lower-cased text; most tokens are nothing else, and come back as they are)."""
    low = s.lower()
    return low if low.isascii() and low.isalnum() else _NOT_KEY.sub("", low)


IDENTIFIER = re.compile(
    r"(?<![A-Za-z0-9_@#$.])(?:"
    r"[@#$][A-Za-z_][A-Za-z0-9_]*"  # @handle, #hashtag, $ticker
    # each branch starts where its run of characters starts (the lookbehinds): a run that fails from its
    # start fails from every later start too, and retrying each one made a long run quadratic
    r"|(?<![A-Za-z0-9_.+\-])[A-Za-z0-9_.+\-]++@[A-Za-z0-9\-]++(?:\.[A-Za-z0-9\-]++)+"  # e-mail address
    r"|(?:https?://)?(?<![A-Za-z0-9\-])(?:[A-Za-z0-9\-]++\.)+[a-z]{2,6}(?:/[A-Za-z0-9_./?=&%\-]*[A-Za-z0-9_/])?"  # domain, URL
    r")(?![A-Za-z0-9_])"
)


def identifiers(text: str) -> set[str]:
    """Handles, hashtags, tickers, e-mail addresses, domains and URLs in running text, lower-cased:
    translations copy them as they are, so they anchor a paragraph to its translation."""
    if not may_hold_identifier(text):
        return set()
    return {m.group(0).lower().rstrip(".") for m in IDENTIFIER.finditer(text)}


def may_hold_identifier(text: str) -> bool:
    """False when IDENTIFIER cannot match the text: each of its branches holds `@`, `#` or `$` (handles,
    e-mail addresses) or a `.` (domains). Four substring tests instead of the pattern tried at every position
    (a Chinese paragraph, which seldom holds any of them: 0.1 µs against some 40 µs a paragraph)."""
    return "." in text or "@" in text or "#" in text or "$" in text


def find_all(text: str, sub: str) -> Iterator[int]:
    """Start offsets of the non-overlapping occurrences of `sub` in `text` (str.find, no pattern per form)."""
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + len(sub))


def substring_places(text: str, forms: Container[str], sizes: Sequence[int], overlapping: bool = False,
                     starts: Iterable[int] | None = None) -> dict[str, list[int]]:
    """Where each of `forms` stands in `text`: form -> its start offsets, ascending, for the forms that stand there
    (the dict in the order of their first places). `sizes`: the distinct lengths of the forms, ascending (characters);
    `starts`: the offsets to try, ascending (default: every offset; a caller that knows where forms may begin passes
    those). `overlapping`: keep every start (`阿阿` twice in `阿阿阿`); else a start overlapping the form's last kept
    place is skipped (str.find's reading, as find_all). One pass over the text whatever the number of forms: its
    characters times the number of sizes, against the forms each searched for (names x paragraph length)."""
    found: dict[str, list[int]] = {}
    for p in range(len(text)) if starts is None else starts:
        for n in sizes:
            if p + n > len(text):
                break
            if (form := text[p : p + n]) in forms:
                at = found.setdefault(form, [])
                if overlapping or not at or at[-1] + n <= p:
                    at.append(p)
    return found


# The only non-ASCII characters re.IGNORECASE matches to ASCII letters (İ ı ſ K), each as the one ASCII letter it
# matches, one character for one (str.translate): a text so read keeps its offsets, and a pattern of ASCII letters
# under re.IGNORECASE matches it where it matched the text
IGNORECASE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# The characters themselves; İ is the only one whose str.lower() changes length: text without them is searched by
# str.find on text.lower()
_IGNORECASE_ODD = frozenset(map(chr, IGNORECASE_FOLD))


def ignorecase_lowered(text: str) -> str | None:
    """text.lower(), or None for a text holding one of the odd characters: an ASCII string that re.IGNORECASE finds in
    text is then in text.lower() as string.lower() (a test first, before compiling a pattern for a string)."""
    return text.lower() if _IGNORECASE_ODD.isdisjoint(text) else None


def inside_quotation(text: str, i: int) -> bool:
    """Whether position i of `text` (a paragraph) stands inside a “…” or 「…」 quotation opened before it and not yet
    closed (a screen's words quoted, a company's own house spelling). The marks' offsets are found once per text
    (`_quote_marks`) and counted before i by bisection: counting them in text[:i] for each of a paragraph's names was
    names × paragraph quadratic (hostile 45: 8,000 names in one paragraph, 32,000 counts, 3.3 CPU s)."""
    marks = _quote_marks(text)
    return (bisect_left(marks[0], i) > bisect_left(marks[1], i)
            or bisect_left(marks[2], i) > bisect_left(marks[3], i))


@lru_cache(maxsize=8)
def _quote_marks(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """The offsets in `text` of “, ”, 「 and 」, each list in text order (read only)."""
    found: tuple[list[int], list[int], list[int], list[int]] = ([], [], [], [])
    for k, mark in enumerate("“”「」"):
        j = text.find(mark)
        while j >= 0:
            found[k].append(j)
            j = text.find(mark, j + 1)
    return found


def char_before(text: str, i: int) -> str:
    """text[:i].rstrip()[-1:]: the character before offset i (0 <= i <= len(text)) with white space skipped, read from
    i backwards in place ('' when only white space stands before i). Slicing or searching the text from its start for
    each of many places of one paragraph was quadratic (untranslated `_beside_run`, fragments
    `_names_opening_clauses`)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i else ""
