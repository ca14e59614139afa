"""Omitted and added paragraphs, and translations much shorter than their source."""

from __future__ import annotations

import math
from collections.abc import Iterator

from transqa.align import HAN_WEIGHT
from transqa.context import Context, quote, whole
from transqa.findings import Finding, Severity
from transqa.registry import rule
from transqa.script import HAN, latin_tokens
from transqa.sentences import english_sentences

PARAGRAPH_OMITTED = rule(
    "TQA001", "paragraph-omitted", "omission", Severity.ERROR,
    "A paragraph of the source has no translation",
    """
    What it checks: source blocks (paragraphs, headings, quotes, list items) that the alignment
    leaves without a Chinese counterpart. The page title and text-less embeds (videos) are not
    reported; a dropped image is TQA104.

    Why it matters: a dropped paragraph is invisible to readers of the translation.

    Example: five English paragraphs, four Chinese ones, the third English one untranslated.

    Fix: translate the paragraph and insert it at the place the report gives.
    """,
    needs_source=True,
)
PARAGRAPH_ADDED = rule(
    "TQA002", "paragraph-added", "addition", Severity.WARNING,
    "A paragraph of the translation has no source",
    """
    What it checks: Chinese blocks that the alignment matches to no English block.

    Why it matters: added text is either a translator's note, content from another article, or a
    sign that the source given is not the one translated.

    Example: a Chinese paragraph about a product launch in an article whose original has none.

    Fix: remove it, or mark it as a translator's note.
    """,
    needs_source=True,
)
PARTIAL_OMISSION = rule(
    "TQA003", "partial-omission", "omission", Severity.WARNING,
    "The translation is much shorter than its source paragraph suggests",
    """
    What it checks: an aligned pair whose Chinese length is well below what the English length
    predicts (English to Chinese, calibrated on professional news translations: Han characters
    weigh 2.95 English characters). The report names source sentences whose figures and names are
    missing from the translation.

    Why it matters: weaker MT cuts sentences off at a comma and drops the main clause, a "he said"
    attribution or the second half of a quote, and the paragraph still looks fluent.

    Example: EN `The firm raised $5 million, it said on Monday, and plans to hire 40 engineers.`,
    ZH `该公司筹集了 500 万美元。`

    Fix: translate the missing sentence or clause.
    """,
    needs_source=True,
)
RULES = (PARAGRAPH_OMITTED, PARAGRAPH_ADDED, PARTIAL_OMISSION)

PARTIAL_LOG_RATIO = -0.75  # target at most 47% of its expected length
MIN_SOURCE_CHARS = 80


def _size_en(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def _size_zh(text: str) -> float:
    han = len(HAN.findall(text))
    return han * HAN_WEIGHT + sum(1 for c in text if not c.isspace()) - han


def _vanished_sentences(ctx: Context, sblock, tblocks) -> list[tuple[int, int]]:  # noqa: ANN001
    """English sentences (spaCy) whose figures and names all fail to appear in the translation."""
    target_text = " ".join(b.text for b in tblocks).lower()
    target_values = [q for b in tblocks for q in ctx.target_quantities[b.index]]
    out = []
    for s, e in english_sentences(sblock.text):
        qs = [q for q in ctx.source_quantities[sblock.index] if s <= q.start < e and not q.soft]
        names = [t for _, _, t in latin_tokens(sblock.text[s:e]) if t[:1].isupper()][1:]  # not the sentence's first word
        if not qs and not names:
            continue
        if any(any(q.same(t) for t in target_values) for q in qs) or any(n.lower() in target_text for n in names):
            continue
        out.append((s, e))
    return out


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.source is None:
        return
    for k, bead in enumerate(ctx.beads):
        if bead.source and not bead.target:
            near = ctx.neighbour_target(k)
            for i in bead.source:
                b = ctx.source.blocks[i]
                if b.kind in ("title", "image") or not b.text.strip():
                    continue
                yield ctx.finding(
                    PARAGRAPH_OMITTED,
                    f"source {b.kind.replace('_', ' ')} {quote(b.text)} has no translation",
                    source=whole(b), target=(near, 0, 0) if near else None,
                    suggestion="translate it and insert it here",
                )
        elif bead.target and not bead.source:
            for j in bead.target:
                b = ctx.target.blocks[j]
                if b.kind == "image" or len(b.text.strip()) < 2:
                    continue
                if b.links and sum(lk.end - lk.start for lk in b.links) >= len(b.text) - 2:
                    continue  # a link-only line: a split of a neighbouring paragraph (markup rules)
                yield ctx.finding(
                    PARAGRAPH_ADDED, f"target {b.kind.replace('_', ' ')} {quote(b.text)} has no source",
                    target=whole(b), suggestion="remove it, or mark it as a translator's note",
                )
    for _k, sblocks, tblocks in ctx.pairs():
        en = sum(_size_en(b.text) for b in sblocks)
        if en < MIN_SOURCE_CHARS:
            continue
        zh = sum(_size_zh(b.text) for b in tblocks)
        ratio = math.log((zh + 12) / (en + 12))
        if ratio < PARTIAL_LOG_RATIO:
            pct = round(100 * math.exp(ratio))
            missing = _vanished_sentences(ctx, sblocks[0], tblocks)
            if missing:
                s, e = missing[0]
                what = f"the sentence {quote(sblocks[0].text[s:e], 70)} seems missing"
                span = (sblocks[0], s, e)
            else:
                what = f"part of {quote(sblocks[0].text, 50)} may be missing"
                span = whole(sblocks[0])
            yield ctx.finding(
                PARTIAL_OMISSION,
                f"the translation is about {pct}% of the length its source suggests: {what}",
                source=span, target=whole(tblocks[0]),
                suggestion="translate the missing sentence" if missing else "compare sentence by sentence and translate what is missing",
            )
