"""Omitted and added paragraphs, and translations much shorter than their source."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from transqa.align import (
    HAN_WEIGHT,
    align_features,
    chinese_text_features,
    english_text_features,
    lexical_matcher,
)
from transqa.context import Context, quote, whole
from transqa.findings import Finding, Severity
from transqa.model import Block
from transqa.registry import rule
from transqa.script import HAN
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

PARTIAL_LOG_RATIO = -0.65  # target well below its expected length
MIN_SENTENCE_CHARS = 30  # non-space characters of an English sentence worth reporting
MIN_CLAUSE_CHARS = 60


def _size_en(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def _size_zh(text: str) -> float:
    han = len(HAN.findall(text))
    return han * HAN_WEIGHT + sum(1 for c in text if not c.isspace()) - han


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
        yield from _compare_sentences(ctx, sblocks, tblocks)


def _compare_sentences(ctx: Context, sblocks: list[Block], tblocks: list[Block]) -> Iterator[Finding]:
    """Align the sentences of a bead (spaCy for English) and report what has no counterpart."""
    ss = [(b, s, e) for b in sblocks if b.kind not in ("image", "code") for s, e in english_sentences(b.text)]
    ts = [(b, s, e) for b in tblocks if b.kind not in ("image", "code") for s, e in chinese_sentences(b.text)]
    if not ss or not ts:
        return
    en_texts = [b.text[s:e] for b, s, e in ss]
    zh_texts = [b.text[s:e] for b, s, e in ts]
    beads = align_features(
        [english_text_features(t) for t in en_texts],
        [chinese_text_features(t) for t in zh_texts],
        lexical_matcher(en_texts, zh_texts),
    )
    lost_s = [ss[i] for bead in beads if not bead.target for i in bead.source]
    extra_t = [ts[j] for bead in beads if not bead.source for j in bead.target]
    reported: set[int] = set()
    # whole paragraphs inside a merged bead
    if len(sblocks) > 1:
        for b in sblocks:
            mine = [x for x in ss if x[0] is b]
            if mine and all(x in lost_s for x in mine) and _size_en(b.text) >= 20:
                reported.update(id(x) for x in mine)
                yield ctx.finding(
                    PARAGRAPH_OMITTED, f"source {b.kind.replace('_', ' ')} {quote(b.text)} has no translation",
                    source=whole(b), target=(tblocks[0], 0, 0), suggestion="translate it and insert it here",
                )
    if len(tblocks) > 1:
        for b in tblocks:
            mine = [x for x in ts if x[0] is b]
            if mine and all(x in extra_t for x in mine) and len(b.text) >= 10:
                yield ctx.finding(
                    PARAGRAPH_ADDED, f"target {b.kind.replace('_', ' ')} {quote(b.text)} has no source",
                    target=whole(b), suggestion="remove it, or mark it as a translator's note",
                )
    found = False
    for x in lost_s:
        b, s, e = x
        if id(x) in reported or _size_en(b.text[s:e]) < MIN_SENTENCE_CHARS:
            continue
        found = True
        near = _target_near(beads, ss.index(x), ts)
        yield ctx.finding(
            PARTIAL_OMISSION, f"the sentence {quote(b.text[s:e], 80)} has no translation",
            source=(b, s, e), target=(near[0], near[1], near[2]) if near else whole(tblocks[0]),
            suggestion="translate the missing sentence",
        )
    if found:
        return
    for bead in beads:
        if len(bead.source) != 1 or not bead.target:
            continue
        b, s, e = ss[bead.source[0]]
        en = _size_en(b.text[s:e])
        if en < MIN_CLAUSE_CHARS:
            continue
        zh = sum(_size_zh(ts[j][0].text[ts[j][1] : ts[j][2]]) for j in bead.target)
        ratio = math.log((zh + 12) / (en + 12))
        if ratio < PARTIAL_LOG_RATIO:
            tb, ts0, _ = ts[bead.target[0]]
            te = ts[bead.target[-1]][2]
            pct = round(100 * math.exp(ratio))
            yield ctx.finding(
                PARTIAL_OMISSION,
                f"the translation of {quote(b.text[s:e], 80)} is about {pct}% of its expected length: a clause seems missing",
                source=(b, s, e), target=(tb, ts0, te), suggestion="translate the missing clause",
            )


def _target_near(beads, i: int, ts):  # noqa: ANN001, ANN202
    """The target sentence just before the place where source sentence i would go."""
    last = None
    for bead in beads:
        if i in bead.source:
            break
        if bead.target:
            last = ts[bead.target[-1]]
    if last is None:
        return None
    b, _, e = last
    return (b, e, e)


_ZH_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")


def chinese_sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _ZH_SENTENCE.finditer(text):
        if m.group(0).strip():
            s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            out.append((s, m.end()))
    return out
