"""A name MT does not know, read as the English word it is spelt like (TQA312): `Barbeary` → `烧烤` (barbecue),
`Tortuga` → `乌龟` (tortoise), `Traansformers` → `《变压器》` (transformer).

The signal rests on the dictionary, not on a list of names: a capitalised name of the source that is no word
CC-CEDICT writes anywhere (not a common word in lower case, not a name it knows: `lexicon.in_dictionary`, under
its base forms and British or American spelling), nor two dictionary words run together, nor a prefix before one
(`Deauthorize`), nor a clipped word (`Intro`), has, in an aligned paragraph of fair length, neither its Latin form,
nor a rendering CC-CEDICT gives it, nor a run of Han characters that sounds like it (a run that renders another
name of the same sentence better aside: `卡贝里` is Carbery's, not Barbeary's), but has the dictionary rendering of
an English word spelt like it (`lexicon.spelt_like`) that no other word of the sentence renders.

Measured before building (release 26). The part without the spelt-like word (a name that is no word and is heard
nowhere) costs too much on professional text: 48 false findings on the development splits (names a loose
reference leaves out, `Lampard`, `Welbeck`; brands it names otherwise, `罗技` for Logitech) against 12 right ones.
With the spelt-like word: none on WMT22 reference A (2,037 paragraphs) nor on any split's unlabelled lines; right
on heldout19 (Barbeary ×2, AISP-SJTU; Softie → 柔软, LanguageX), heldout20 (Tortuga, Online-G) and heldout18
(Traansformers, an injection into a WMT24 reference), no false finding. A no-word name is looked at inside a
title's run of capitalised words too (`Softie Original Series`), which the other name rules leave to translation
by meaning."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

import regex

from transqa.checks.transliteration.common import (
    ACCEPT,
    LOOSE,
    MAX_WINDOW,
    Occurrence,
    _gloss_bracket,
    _latin_name_pattern,
    _whole_name,
)
from transqa.checks.transliteration.rules import NAME_LITERAL
from transqa.context import Context, first_time, quote
from transqa.findings import Finding
from transqa.lang.script import HAN_CLASS
from transqa.memo import per_pair

# Prefixes English puts before a word to make another (`Deauthorize`, `Teleloading`, `eReader`): a word so made
# is translated by meaning (取消授权, 远程下载, 电子阅读器 in WMT22 reference A), not a name MT mistook for a word.
_PREFIXES = ("e", "i", "anti", "auto", "co", "de", "dis", "ex", "hyper", "inter", "micro", "mini", "multi", "non",
             "over", "post", "pre", "re", "sub", "super", "tele", "trans", "un", "under")
_HAN_RUN = regex.compile(HAN_CLASS + "{2,}")
_DOT_JOINED = regex.compile(HAN_CLASS + "[·•‧・]" + HAN_CLASS)


def read_as_word(ctx: Context, name: str, occs: list[Occurrence], reported: set[tuple[int, int]],
                 cut_before: Callable[[Occurrence], bool]) -> Iterator[Finding]:
    """Each paragraph that renders the name, which is no word, by the dictionary rendering of a word spelt like it
    and neither keeps it nor renders it by sound; `cut_before` tells a paragraph cut short before the name's place
    (the omission rules' to report)."""
    from transqa.lang.transliterate import english_skeleton, known_renderings

    if not _no_word(name) or len(english_skeleton(name)) < 2:
        return
    known = known_renderings(name)
    for o in occs:
        b = o.targets[0]
        if o.latin or any(i == b.index for i, _ in reported) or cut_before(o) or _dotted_full_name(o):
            continue
        read = _spelt_word_rendered(name, o)  # first: a word spelt like the name is rare, and _unheard scores every span
        if read is None or not _unheard(name, o, known):
            continue
        word, form = read
        tb, j = next((t, t.text.find(form)) for t in o.targets if form in t.text)
        if not first_time(reported, (tb.index, j)):
            continue
        yield ctx.finding(
            NAME_LITERAL,
            f"{name} is neither kept nor transliterated here but read as the English word `{word}`: {quote(form)}",
            source=(o.src, o.src_start, o.src_start + len(name)), target=(tb, j, j + len(form)), suggestion=name,
        )


@lru_cache(maxsize=4096)
def _no_word(name: str) -> bool:
    """A capitalised name of five letters or more that is no word CC-CEDICT writes, no prefix before a word of it and
    no clipped word of it (`Intro`, the start of `introduction`)."""
    from transqa.lang.lexicon import in_dictionary, starts_a_word

    if len(name) < 5 or not name.isalpha() or not name[0].isupper() or in_dictionary(name):
        return False
    low = name.lower()
    if any(low.startswith(p) and len(low) - len(p) >= 4 and in_dictionary(low[len(p):]) for p in _PREFIXES):
        return False
    return not starts_a_word(low)


def _unheard(name: str, o: Occurrence, known: frozenset[str]) -> bool:
    """The paragraph, of fair length, neither keeps the name in Latin script (a gloss in brackets aside) nor holds a
    rendering CC-CEDICT gives it, nor a string of Han characters that sounds like it, unless a longer or as long a
    string overlapping it renders another capitalised word of the sentence as well or better."""
    from transqa.lang.chinese import chinese_size
    from transqa.lang.english import english_size
    from transqa.lang.transliterate import is_common_word, rendering_score

    if any(k in o.text for k in known) or _kept(name, o) or name.lower() in re.sub(r"[\s\-‐–]", "", o.text.lower()):
        return False
    if chinese_size(o.text) < 0.6 * english_size(o.src.text):
        return False
    others = {w for w in re.findall(r"[A-Z][a-z]{2,}", o.src.text) if w != name}
    for b in o.targets:
        spans = _han_spans(b.text)
        for i, w, floor in spans:
            s = rendering_score(name, w)
            if s < floor or is_common_word(w):
                continue
            # the span tests first, once per span (not once per span and other word): the same scores asked, in order
            if not any(rendering_score(x, v) >= max(s, ACCEPT)
                       for j, v, _f in spans if j < i + len(w) and i < j + len(v) and len(v) >= len(w) for x in others):
                return False
    return True


def _kept(name: str, o: Occurrence) -> bool:
    pat = _latin_name_pattern(name)
    return any(not _gloss_bracket(b.text, m.start()) for b in o.targets for m in pat.finditer(b.text))


@per_pair
def _han_spans(text: str) -> tuple[tuple[int, str, float], ...]:
    """(start, string, the sound score from which it renders a name) of every run of transliteration characters
    (LOOSE: 阿德恩 for Ardern) and of every other string of two to four Han characters (ACCEPT: 浪琴 for Longines,
    a brand's established name; a lower score is chance, `童玩具` heard as Traansformers at 0.57). Once per text and
    pair: every name of the article read as a word asks for the spans of the same paragraphs."""
    from transqa.lang.transliterate import translit_windows

    out = [(i, w, LOOSE) for i, w in translit_windows(text, MAX_WINDOW, wide=True) if len(w) >= 2]
    seen = {(i, w) for i, w, _f in out}
    for m in _HAN_RUN.finditer(text):
        g = m.group(0)
        out += [(m.start() + i, g[i:i + n], ACCEPT) for n in (2, 3, 4) for i in range(len(g) - n + 1)
                if (m.start() + i, g[i:i + n]) not in seen]
    return tuple(out)


def _dotted_full_name(o: Occurrence) -> bool:
    """The name stands in a run of capitalised words (Ezekiel Elliott) and the paragraph writes a `·`-joined name:
    the person is transliterated whole (艾泽基尔·艾略特, where 略 is no transliteration character the sound
    score reads)."""
    return " " in _whole_name(o).strip() and bool(_DOT_JOINED.search(o.text))


def _spelt_word_rendered(name: str, o: Occurrence) -> tuple[str, str] | None:
    """(the word, its rendering): an English word spelt like the name, not its start, whose dictionary rendering (two
    characters or more) stands in the paragraph and renders no other word of the sentence."""
    from transqa.lang.english import lower_words
    from transqa.lang.lexicon import base_forms, in_dictionary, renderings, spelt_like

    low = name.lower()
    own: set[str] | None = None  # the sentence's other words' renderings: read at the first rendering found (most have none)
    for w in spelt_like(name):
        if any(low.startswith(f) and in_dictionary(low[len(f):]) for f in base_forms(w)):
            continue  # a name built of the word and another (Battletech, 战斗机甲): a coinage translated by meaning
        for r in renderings(w):
            if len(r) < 2 or not any(r in t.text for t in o.targets):
                continue
            if own is None:
                own = {x for v in lower_words(o.src.text) if v != low for x in renderings(v)}
            if r not in own:
                return w, r
    return None
