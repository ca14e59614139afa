"""Names in Chinese script: one rendering per name, nothing lost, nothing turned into common words.

With the original, every capitalised name of the English (spaCy's sentencizer tells a name from a
capitalised sentence start) is looked for in the aligned Chinese paragraphs: kept in Latin script, as
a rendering CC-CEDICT knows, or as a run of transliteration characters that sounds like it (pinyin
consonant skeletons, `transqa.lang.transliterate`). The rendering most paragraphs share is the article's;
a paragraph that renders the name otherwise is reported. Without the original, the article's own
`·`-joined names and transliteration runs are compared with each other.

The package: `rules` (the registry entries), `common` (hits, occurrences, sound thresholds and gloss tests
shared by both halves), `with_original` (with `dropped`, `listed`, `named_kind`, `quoted_titles` and `word_by_word`, its rule families apart),
`target_only` (with `kept_by_meaning`: a Latin name translated word by word) and `title`; `check` dispatches."""

from __future__ import annotations

from collections.abc import Iterator

from transqa.checks.transliteration.ampersand import ampersand_cut
from transqa.checks.transliteration.common import (
    ACCEPT,
    LOOSE,
    MAX_WINDOW,
    NOT_NAMES,
    Hit,
    Occurrence,
    _hits,
    _with_next_han,
)
from transqa.checks.transliteration.rules import (
    NAME_CUT,
    NAME_DROPPED,
    NAME_LITERAL,
    RULES,
    SITE_NAME_TITLE,
    TERM_BY_SOUND,
    TRANSLIT_INCONSISTENT,
)
from transqa.checks.transliteration.target_only import _target_only, slug_names
from transqa.checks.transliteration.title import _site_name
from transqa.checks.transliteration.with_original import _with_source
from transqa.context import Context
from transqa.findings import Finding

__all__ = ['ACCEPT', 'Hit', 'LOOSE', 'MAX_WINDOW', 'NAME_CUT', 'NAME_DROPPED', 'NAME_LITERAL', 'NOT_NAMES', 'Occurrence', 'RULES', 'SITE_NAME_TITLE', 'TERM_BY_SOUND', 'TRANSLIT_INCONSISTENT', '_hits', '_with_next_han', 'check', 'one_rendering_advised', 'slug_names']


def check(ctx: Context) -> Iterator[Finding]:
    found = list(_with_source(ctx) if ctx.source is not None else _target_only(ctx))
    yield from one_rendering_advised(found)
    yield from _site_name(ctx)
    yield from ampersand_cut(ctx)


def one_rendering_advised(findings: list[Finding]) -> list[Finding]:
    """One name, one advice among TQA310's findings on one translation: a finding that advises writing a form
    another finding reports as a minority form (could-bart: `Torrelles → 托莱拉斯` at 35:72 beside `托莱拉斯 → 托雷拉斯` at
    23:80, newcomer 35 item 5) advises that finding's form instead, the one TQA310 chose as the article's usual (its
    suggestion and repairs rewritten, no longer certain, its message told why in plain words: `“切利亚” is written “塞格利亚”
    elsewhere …, yet that “塞格利亚” (line 23) is itself to be replaced by “Ceglia”, the article's usual form of the name:
    write “Ceglia” here too`, newcomer 43 #4, reworded for newcomer 44 #8: "but … is reported too" was hard to parse). No finding goes: dropping the one whose
    advice the raw counts contradict removed two right findings of the development splits (denon-and-boston: `波士顿`
    twice is the city written for the speaker maker Boston, which the file name's `boston` decides; `Saul Klein`), and
    the places stay defects whatever the form advised. Two findings that advise each other's form (`波士顿 → Boston`,
    `Boston → 波士顿`) stay as they are: no chain to follow. Order kept. The archive audit of release 35 against main's:
    9 suggestions rewritten (`Graham → 格雷厄姆`, written seven times, not `格拉厄姆`, twice; `Kagain → Kagan`, not `卡根`)."""
    from dataclasses import replace

    mine = [f for f in findings if f.code == TRANSLIT_INCONSISTENT.code and f.target is not None and f.suggestion]
    minority = {f.target.text: f for f in mine if f.target is not None}
    changed: dict[int, Finding] = {}
    for f in mine:
        advised, other = f.suggestion or "", minority.get(f.suggestion or "")
        if other is None or other is f or not other.suggestion or f.target is None or other.suggestion == f.target.text:
            continue
        usual = other.suggestion
        line = other.target.line if other.target else 0
        changed[id(f)] = replace(f, message=f"{f.message}, yet that “{advised}” (line {line}) is itself to be replaced by “{usual}”, the article's usual form of the name: write “{usual}” here too",
                                 suggestion=usual, repairs=tuple(replace(r, text=usual, certain=False) for r in f.repairs if r.text == advised))
    return [changed.get(id(f), f) for f in findings]
