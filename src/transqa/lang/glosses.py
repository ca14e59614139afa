"""Every rendering CC-CEDICT gives an English word, for one question: does a translation render it at all?

The word list of `transqa.lang.lexicon` keeps two- to six-character renderings of one-word glosses: enough
to place paragraphs, too little to say that a clause has no translation. A professional translation renders
44% of the English content words it knows (WMT24 references); adding the single-character renderings
(`time` → 次, `want` → 想), the words of multi-word glosses (`wish for` → 希望, `sleeping bag` → 睡袋) and
more inflections (`applied` → apply, `omitted` → omit) lifts that to 64%, while the share of the words of
labelled omissions (real MT, `benchmarks/real/wmt-mt`) that the rest of their line seems to render goes
from 8% to 14%. The omission checks use it where a word that looks unrendered is evidence of a drop.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from transqa.lang.english import GENERIC_WORDS
from transqa.lang.lexicon import (
    _LINE,
    _PARENS,
    _cedict_path,
    _forms,
    chinese_words,
    han_words_in,
    lexicon,
    renderings_found,
)
from transqa.lang.script import HAN_CLASS
from transqa.memo import per_pair

_ONE_HAN = regex.compile(rf"^{HAN_CLASS}$")
_SOME_HAN = regex.compile(rf"^{HAN_CLASS}{{2,6}}$")
_WORD = re.compile(r"[a-z]{3,}")
_PHRASE = re.compile(r"[a-z]{3,}(?: [a-z]{3,}){1,2}")
MAX_SINGLE = 8  # single-character renderings kept per word
MAX_PHRASE = 16  # renderings kept per word from glosses of two or three words
# More endings than the word list's base forms: `carried` `happier` `stopped` `bigger` `wolves`
_ENDINGS = (("ied", "y"), ("ier", "y"), ("iest", "y"), ("er", ""), ("er", "e"), ("est", ""), ("ves", "f"))
_DOUBLED = ("ed", "ing", "er", "est")


@lru_cache(maxsize=1)
def _extra() -> dict[str, tuple[str, ...]]:
    """English word → single-character renderings and renderings of the glosses it is a word of."""
    path = _cedict_path()
    if path is None or lexicon() is None:
        return {}
    from transqa.lang.dictcache import load_or_build

    return load_or_build("glosses", path, (__name__, "transqa.lang.lexicon", "transqa.lang.english"), _build)


def _build(path: str) -> dict[str, tuple[str, ...]]:
    single: dict[str, list[str]] = {}
    phrase: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = _LINE.match(line) if not line.startswith("#") else None
            if m is None:
                continue
            simp = m.group(2)
            one, some = bool(_ONE_HAN.match(simp)), bool(_SOME_HAN.match(simp))
            if not one and not some:
                continue
            for d in m.group(3).split("/"):
                d = _PARENS.sub("", d).strip().lower()
                d = d[3:] if d.startswith("to ") else d
                if d.startswith(("a ", "an ", "the ")):
                    d = d.split(" ", 1)[1]
                if one and _WORD.fullmatch(d) and d not in GENERIC_WORDS:
                    _add(single, d, simp, MAX_SINGLE)
                elif some and _PHRASE.fullmatch(d):
                    for w in d.split():
                        if w not in GENERIC_WORDS:
                            _add(phrase, w, simp, MAX_PHRASE)
    return {w: tuple(single.get(w, []) + phrase.get(w, [])) for w in single.keys() | phrase.keys()}


def _add(table: dict[str, list[str]], word: str, han: str, cap: int) -> None:
    lst = table.setdefault(word, [])
    if han not in lst and len(lst) < cap:
        lst.append(han)


def forms(word: str) -> tuple[str, ...]:
    """The word and the base forms it may have (the word list's, plus `-ied`, `-er`, `-est`, doubled consonants)."""
    out = list(_forms(word))
    for suffix, repl in _ENDINGS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: -len(suffix)] + repl)
    for suffix in _DOUBLED:
        n = len(suffix)
        if word.endswith(suffix) and len(word) - n >= 4 and word[-n - 1] == word[-n - 2]:
            out.append(word[: -n - 1])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def all_renderings(word: str) -> tuple[str, ...]:
    """Every Chinese rendering (one to six Han characters) the dictionary gives a lower-case English word."""
    lex = lexicon()
    if lex is None or word in GENERIC_WORDS:
        return ()
    extra = _extra()
    out: dict[str, None] = {}
    for f in forms(word):
        out.update(dict.fromkeys(lex.get(f, ())))
        out.update(dict.fromkeys(extra.get(f, ())))
    return tuple(out)


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Every string any English word may be rendered by."""
    return chinese_words() | frozenset(t for ts in _extra().values() for t in ts)


@per_pair
def _present(chinese: str) -> frozenset[str]:
    """The renderings that occur in a Chinese text, found in time linear in its length (they are one to six
    Han characters, so they sit inside runs of Han); after it, a lookup is a set membership test."""
    return han_words_in(chinese, _known(), 1)


def found_any(words: frozenset[str], chinese: str) -> dict[str, frozenset[str]]:
    """For each word the text renders by any of `all_renderings`, the strings that do ("" for a word kept
    in English)."""
    return renderings_found(words, chinese, all_renderings, _present(chinese)) if words else {}
