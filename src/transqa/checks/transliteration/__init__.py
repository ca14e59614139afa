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

__all__ = ['ACCEPT', 'Hit', 'LOOSE', 'MAX_WINDOW', 'NAME_CUT', 'NAME_DROPPED', 'NAME_LITERAL', 'NOT_NAMES', 'Occurrence', 'RULES', 'SITE_NAME_TITLE', 'TERM_BY_SOUND', 'TRANSLIT_INCONSISTENT', '_hits', '_with_next_han', 'check', 'slug_names']


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.source is not None:
        yield from _with_source(ctx)
    else:
        yield from _target_only(ctx)
    yield from _site_name(ctx)
    yield from ampersand_cut(ctx)
