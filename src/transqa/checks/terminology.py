"""Terminology from the user's glossaries: known-bad renderings, accepted renderings not used."""

from __future__ import annotations

import re
from collections.abc import Iterator

from transqa.context import Context, quote
from transqa.findings import Finding, Severity
from transqa.registry import rule

GLOSSARY_REJECTED = rule(
    "TQA601", "glossary-rejected", "terminology", Severity.ERROR,
    "The translation uses a rendering the glossary marks as wrong",
    """
    What it checks: Chinese text that a glossary (`--glossary`, or `glossary` in the configuration)
    lists as a known-bad rendering, such as a brand translated as a common word.

    Why it matters: MT renders a start-up called "Lips" as 嘴唇 and "Cuba Labs" as 古巴实验室; only a
    glossary knows better.

    Example: glossary `reject: {嘴唇: Lips}`, ZH `嘴唇发布了新应用`.

    Fix: write what the glossary gives (`Lips`); `transqa fix` applies it.
    """,
    needs_source=False,
    fixable=True,
)
GLOSSARY_NOT_USED = rule(
    "TQA602", "glossary-not-used", "terminology", Severity.WARNING,
    "A glossary term of the source is not rendered as the glossary says",
    """
    What it checks: an English term of the glossary (`accept`) in a source paragraph whose aligned
    Chinese paragraph holds none of its accepted renderings (nor the term itself).

    Why it matters: one name rendered several ways across an archive confuses readers and search.

    Example: glossary `accept: {Huffington Post: [赫芬顿邮报]}`, EN `The Huffington Post has…`,
    ZH `哈芬登邮报看到了…`.

    Fix: use an accepted rendering.
    """,
    needs_source=True,
)
RULES = (GLOSSARY_REJECTED, GLOSSARY_NOT_USED)


def check(ctx: Context) -> Iterator[Finding]:
    """Renderings the glossary rejects (TQA601), and glossary terms of the source rendered otherwise (TQA602)."""
    g = ctx.glossary
    if g is None:
        return
    for b in ctx.target.blocks:
        if b.kind == "code":
            continue
        for bad, good in g.reject:
            for m in re.finditer(re.escape(bad), b.text):
                yield ctx.finding(GLOSSARY_REJECTED, f"{quote(bad)} is a rendering the glossary rejects: write {quote(good)}",
                                  target=(b, m.start(), m.end()), suggestion=good,
                                  repairs=(ctx.repair((b, m.start(), m.end()), good, certain=True),))
    if ctx.source is None or not g.accept:
        return
    for _k, sblocks, tblocks in ctx.pairs():
        en = " ".join(b.text for b in sblocks)
        zh = " ".join(b.text for b in tblocks)
        for term, renderings in g.accept:
            used = re.search(r"(?<![A-Za-z])" + re.escape(term) + r"(?![A-Za-z])", en, re.IGNORECASE)
            if not used or any(r in zh for r in renderings) or term.lower() in zh.lower():
                continue
            if any(bad in zh for bad, good in g.reject if good == term or good in renderings):
                continue  # a rejected rendering of this term: TQA601 reports it
            sb = next(b for b in sblocks if re.search(re.escape(term), b.text, re.IGNORECASE))
            hit = re.search(re.escape(term), sb.text, re.IGNORECASE)
            assert hit is not None  # sb was chosen for containing the term
            i = hit.start()
            yield ctx.finding(GLOSSARY_NOT_USED, f"{quote(term)} should be rendered {' or '.join(map(quote, renderings))}",
                              source=(sb, i, i + len(term)), target=(tblocks[0], 0, len(tblocks[0].text)),
                              suggestion=renderings[0])
