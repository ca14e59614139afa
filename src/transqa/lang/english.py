"""What transqa knows about English: sentences, the length measure, name candidates, word lists.

Sentences are those of spaCy's blank English pipeline with its rule-based sentencizer, found by
`transqa.lang.sentencizer` from spaCy's rules without importing spaCy (0.65 CPU s per process
saved); no model is downloaded (a trained pipeline is not needed for this).
"""

from __future__ import annotations

import re

from rapidfuzz.distance.Levenshtein import distance as _rapidfuzz_distance

from transqa.lang.script import latin_tokens, name_key
from transqa.lang.sentencizer import sentences
from transqa.memo import per_pair

# Function words: a run of them is English prose, not a name (untranslated check); a function word
# alone is never a name (name check).
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor
    not now of off on once only or other our out over own same she should so some such than that the their
    theirs them then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours recently said says according however
    which although because whether having ahead again already always never often still even ever yet
    there's it's don't can't won't isn't wasn't""".split()
)

# Words too general to anchor a paragraph to its translation through the lexicon: function words and
# the commonest verbs and adjectives, whose dictionary renderings occur in almost any Chinese text.
GENERIC_WORDS = frozenset(
    """the and for with that this from have has had are was were been being will would could should may might
    not but all any can one two its his her their our your you they them there here what which who whom when
    where why how than then also just very more most some such only other into onto over under about after
    before between during without within upon out off used make made take took give gave get got see say said
    new old good great big small large high low long short first last next same own many much few""".split()
)

# Linking adverbs that may open a sentence alone, before a comma (`Therefore, …`, `However, …`, `So, …`): a translation
# may leave the link to the sentence before to the order of its sentences, and the claim is whole.
LINKING_WORDS = frozenset(
    "therefore thus hence however moreover furthermore besides additionally also meanwhile anyway nevertheless "
    "nonetheless consequently accordingly so then still well".split()
)
_LINKING_OPENING = re.compile(r"^[\s\"“'(]*([A-Za-z]+),\s+")


def without_linking_opening(text: str) -> str:
    """The text after its opening linking adverb and comma (`Therefore, we can…` → `we can…`); the text when it has none."""
    m = _LINKING_OPENING.match(text)
    return text[m.end():] if m and m.group(1).lower() in LINKING_WORDS else text


WINDOW = 100_000  # characters read at once: bounds the tokenizer's memory on a very long paragraph


def _window_end(text: str, start: int) -> int:
    """The end of the window from start: the text's end, else the last blank before start + WINDOW
    (no token is cut in two), else start + WINDOW."""
    end = start + WINDOW
    if end >= len(text):
        return len(text)
    blank = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
    return blank + 1 if blank > start else end


@per_pair
def english_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans (0-based, end exclusive) of the sentences of an English paragraph.

    The sentencizer reads at most WINDOW characters at once. Each window but the last keeps its sentences
    except the last one, which may run on past the window; the next window starts where that sentence
    starts (after a blank). The sentencizer decides each boundary from the tokens next to it, so the spans
    are the ones spaCy gives for the whole text; only a single sentence longer than a window is cut at a
    blank."""
    out: list[tuple[int, int]] = []
    start = 0
    while True:
        end = _window_end(text, start)
        spans = [(start + a, start + b) for a, b in sentences(text[start:end])]
        cut = end
        if end < len(text):
            cut = next((s for s, _e in reversed(spans[1:]) if s > start and text[s - 1].isspace()), end)
            spans = [(x[0], min(x[1], cut)) for x in spans if x[0] < cut]
        out.extend(x for x in spans if text[x[0] : x[1]].strip())
        if end >= len(text):
            return out
        start = cut


def english_size(text: str) -> int:
    """Non-space characters: the length measure the aligner compares with chinese_size."""
    return sum(map(len, text.split()))  # split() cuts at exactly the characters isspace() is true of


@per_pair
def english_names(text: str) -> frozenset[str]:
    """Keys of the Latin-script tokens with a capital letter: the English text's name candidates. A token (ASCII,
    opening with a letter: script.LATIN_TOKEN) holds a capital exactly when it is not all lower case (str.islower: every
    cased character lower case, one at least), one test in C instead of a generator over its letters."""
    return frozenset(name_key(t) for _, _, t in latin_tokens(text) if not t.islower())


# One capitalised piece of a CamelCase word (`Norton`, `Life`, `Lock` of NortonLifeLock): the words the checks read it as
CAMEL_PIECE = re.compile(r"[A-Z][a-z]+")
_LETTERS = re.compile(r"[A-Za-z]+")
_LATIN_LETTERS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f]+")


@per_pair
def lower_words(text: str) -> frozenset[str]:
    """The runs of ASCII letters of a text, lower-cased (once per pair: asked for the whole original by
    every name a check looks at)."""
    return frozenset(w.lower() for w in _LETTERS.findall(text))


@per_pair
def lower_latin_words(text: str) -> frozenset[str]:
    """The runs of Latin letters of a text, accented ones too (Kubiš is one word, not `kubi`), lower-cased (once per
    pair)."""
    return frozenset(w.lower() for w in _LATIN_LETTERS.findall(text))


# A lower-case English word of three letters or more, not part of a longer run of letters
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")


@per_pair
def lowercase_words(text: str) -> tuple[str, ...]:
    """The lower-case words of three ASCII letters or more of `text` (an English paragraph), in order, repeats kept
    (`the`, `quickly`; not `iPhone`'s `hone`): once per paragraph and pair (kept_run and known_literal ask both)."""
    return tuple(_LOWER_WORD.findall(text))


def edit_distance(a: str, b: str, cap: int = 3) -> int:
    """Levenshtein distance between two Latin-script words, cut off at `cap` (a misspelling is a distance of one
    or two: the spelling rule and the target-only name rule's glosses): min(distance, cap)."""
    if abs(len(a) - len(b)) >= cap:
        return cap
    return min(levenshtein(a, b), cap)


def levenshtein(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions and substitutions of one character, each 1) of two strings, by
    rapidfuzz's C implementation (the project's library for fuzzy matching). The same distances as the plain
    table it replaces (a property test, tests/test_speed29.py); on 50,000 pairs of 3-8 letters, the sound skeletons
    it is asked for most, 0.008 CPU s against the table's 0.37 (release 29, measured). Its import costs a cold
    `check` about 0.02 CPU s, which the project accepts for a well-kept library over its own bit-parallel code."""
    return _rapidfuzz_distance(a, b)


# The last words of a name that Chinese renders by its meaning, lower case: an investor's or a fund's (红杉资本 for
# Sequoia Capital, 创始人基金 for Founders Fund: TQA316 leaves such a name alone since it was written, commit 0f9b3bb0)
# and an institution's (消费电子协会, 斯坦福大学: a host label ending so, added with TQA316's link reading, 49c7a8b9;
# TQA319 reads them too). The one list of these words:
# TQA316's capitalised FIRM_WORDS and the link readers' NAMED_BY_MEANING (checks.untranslated, checks.linknames) were
# two copies of the firm words (release 44, exact). checks.linknames keeps its own Chinese endings (_BY_MEANING: 资本,
# 基金会 …) and TQA364's wider set of words a firm's name holds (_FIRM_WORDS: group, inc, labs …), and
# transliteration.target_only the words after a surname that make a firm's name (_ORG_AFTER): other readings, whose
# merging into this list would change their findings.
FIRM_BY_MEANING = ("capital", "partners", "fund", "funds", "ventures", "investment", "investments", "foundation")
NAMED_BY_MEANING = (*FIRM_BY_MEANING, "association", "institute", "university")


# The small words an acronym's initials skip in the name it stands for (SEC: Securities and Exchange Commission; BLM:
# Bureau of Land Management): CC-CEDICT's acronym names (transliterate.spells_acronym) and TQA330's runs of capitalised
# words in the English (acronym_spelt._RUN) read the same words. Release 44 made them one list: _RUN had no `at` and
# `to`; with them, no acronym of the WMT21, WMT22 and WMT24 English sources (132 documents, heldout5's left out) is
# spelt out otherwise, and the archive is checked without its originals (TQA330 needs one).
ACRONYM_SKIP = frozenset("of and the for de on in at to".split())
