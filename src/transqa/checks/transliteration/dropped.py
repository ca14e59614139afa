"""TQA321 with the original: a person named after a role or an honorific, missing from a translation that keeps the role.

`Labour MP Jon Trickett said` → `英国工党国会议员表示`: the name of two capitalised words that are no dictionary words
stands right after a role word or a possessive, and the aligned Chinese has neither of its words in Latin script,
nor a run of transliteration characters that sounds like either, nor a CC-CEDICT rendering of either, in a
paragraph of fair length beside its original.

Measured on the development sets (heldout14, heldout15, dev, dev2, dev3; every name of two non-dictionary capitalised
words, paragraph at least MIN_RATIO of its original): without the role before it, 30 findings of which 11 on labelled
lines (Louisa Jacobson → 路易莎·雅各布森 missed by the sound test, Shiba Inu → 柴犬, Wang Wenbin → 汪文斌, Old Trafford
left out by a professional), and 7 on the clean WMT22 reference A (0.34 per 100 paragraphs); with the role before it,
3 findings, 3 on labelled lines (Jo Jorgensen, Jon Trickett, Shripad Naik), none on the clean reference (2,037
paragraphs). Release 21: a word CC-CEDICT renders only as a name (`Peter` 伯多禄/彼得, `David` 大卫) counts as no
dictionary word: 1 more finding on all the development sets, right (Peter Duthie, heldout14), none more on the clean
reference. A surname after an honorific (`Mr Bhattacharya said` → `他表示`), no role needed: 3 more findings, 2 on
labelled name defects (Mr Bhattacharya, heldout16; Ms Hyslop → 洛普女士, heldout14), 1 on a line labelled
partial-omission for that very name (`Ms Hyslop said:` left out, heldout14; counted false by the scorer), none on the
clean reference."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from transqa.checks.transliteration.common import (
    _GENERIC,
    NOT_NAMES,
    _known_rendering_in,
    _sounds_in,
)
from transqa.checks.transliteration.rules import PERSON_DROPPED
from transqa.context import Context
from transqa.findings import Finding
from transqa.lang.script import HAN_CLASS, NAME_DOT
from transqa.memo import per_pair

# Two capitalised words, each optionally hyphenated, not part of a longer run (Jon Trickett, Jo Jorgensen)
_PERSON = re.compile(r"(?<![A-Za-z0-9'’&.@#-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                     r"(?![A-Za-z0-9'’-]| [A-Z])")
# A role or a possessive right before the name (Labour MP, the party's, junior minister, Chief Executive)
_ROLE = re.compile(r"(?i)(?:\bMP|chairman|minister|president|senator|candidate|leader|spokesman|spokeswoman|"
                   r"spokesperson|director|chief|secretary|['’]s|presenter|coach|manager|officer|founder|executive|"
                   r"player)\s$")
# An honorific and a surname (Mr Bhattacharya, Ms. Hyslop): a person named by one word, no role needed
_HONORIFIC = re.compile(r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr)\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z0-9'’-]| [A-Z])")
_ROLE_REACH = 40  # characters before the name _ROLE reads: a role word of 13 letters and the space, with room

# A paragraph shorter than MIN_SOURCE non-space characters says too little; a Chinese paragraph below MIN_RATIO of its
# original's size (`chinese_size` / `english_size`) is short: an omission rule's business. The figure 0.85 is TQA313's
# (`_dropped`); MIN_SOURCE 40 was chosen by hand (60 gives the same 3 findings on the development sets).
MIN_SOURCE = 40
MIN_RATIO = 0.85


def person_dropped(ctx: Context) -> Iterator[Finding]:
    from transqa.lang.chinese import chinese_size
    from transqa.lang.english import english_size

    for _k, srcs, tgts in ctx.pairs():
        if not tgts:
            continue
        zh = "".join(t.text for t in tgts)
        for sb in srcs:
            es = english_size(sb.text)
            if sb.kind in ("heading", "code") or es < MIN_SOURCE or chinese_size(zh) < MIN_RATIO * es:
                continue
            for m, words in _people(sb.text):
                if _a_person(words) and _absent(words, zh):
                    yield ctx.finding(
                        PERSON_DROPPED, f"{m.group(0)} is not named in the translation of this paragraph",
                        source=(sb, m.start(), m.end()), target=ctx.target_sentences_of((sb, m.start(), m.end()), tgts[0]),
                        suggestion=f"name {m.group(0)} (transliterated, or in Latin script)")


def _people(text: str) -> Iterator[tuple[re.Match[str], tuple[str, ...]]]:
    """Each person's name of the paragraph with its words: two words after a role, a surname after an honorific."""
    for m in _PERSON.finditer(text):
        if _role_before(text, m.start()):
            yield m, (m.group(1), m.group(2))
    for m in _HONORIFIC.finditer(text):
        yield m, (m.group(1),)


def _role_before(text: str, s: int) -> bool:
    return bool(_ROLE.search(text[max(0, s - _ROLE_REACH) : s]))


def _a_person(words: tuple[str, ...]) -> bool:
    """Neither word a function word, a title, an institution's word, nor a word CC-CEDICT translates (a word
    CC-CEDICT renders only as a name, `Peter` 彼得, `Johnson` 强生, is a name)."""
    from transqa.lang.lexicon import renderings
    from transqa.lang.transliterate import is_proper_noun

    return not any(w in NOT_NAMES or w.lower() in _GENERIC or not all(map(is_proper_noun, renderings(w.lower())))
                   for w in words)


def _absent(words: tuple[str, ...], zh: str) -> bool:
    low = zh.lower()
    return not any(w.lower() in low or _sounds_in(w, zh) or _known_rendering_in(w, zh) or _heard_in(w, _dotted_parts(zh))
                   for w in words)


# A person's name joined by a name dot or a hyphen (亚历山大·卢卡申科, 米哈伊尔·米舒斯京): the Han characters on each side
_DOTTED = regex.compile(rf"({HAN_CLASS}{{2,6}})[{NAME_DOT}-]({HAN_CLASS}{{2,6}})")


@per_pair
def _dotted_parts(zh: str) -> tuple[str, ...]:
    """The Han strings that end right before, or start right after, a name dot (the parts of a person's `·`-joined
    name), two characters at least each: the part before read from its end (总统亚历山大 gives 亚历山大), the part
    after from its start. A name is a name whatever its characters: 申 of 卢卡申科 and 京 of 米舒斯京 are no
    transliteration characters, so the runs `_sounds_in` reads stop short of them. Read once per paragraph and pair,
    when a person's name is not found otherwise: it was read for every person of the original's paragraph, quadratic
    in a long paragraph (64 persons in one paragraph of 1,664 sentences: 3.7 of 18.6 CPU s under cProfile)."""
    out: list[str] = []
    for m in _DOTTED.finditer(zh, overlapped=True):
        before, after = m.group(1), m.group(2)
        out += [before[-k:] for k in range(2, len(before) + 1)] + [after[:k] for k in range(2, len(after) + 1)]
    return tuple(out)


def _heard_in(word: str, parts: tuple[str, ...]) -> bool:
    """One of the `·`-joined name's parts sounds like the word (ACCEPT). Measured (release 27): on the wmt-mt
    development sets 7 false findings fewer (Aleksander Lukashenko as 亚历山大·卢卡申科 in six systems' WMT22
    independent.80454: heldout11 1, heldout19 2, heldout20 3; Mikhail Mishustin as 米哈伊尔·米舒斯京, heldout19 1), and
    one counted right lost by chance (heldout11 AISP-SJTU `米哈伊尔·米舒斯京(Vladimir Putin)`: the label is the
    gloss naming another man, the finding said Mishustin was not named, which is untrue); WMT22 reference A
    unchanged (the rule had no finding there)."""
    from transqa.checks.transliteration.common import ACCEPT
    from transqa.lang.transliterate import rendering_score

    return any(rendering_score(word, p) >= ACCEPT for p in parts)
