"""Terminology from the user's glossaries: known-bad renderings, accepted renderings not used."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from transqa.context import Context, quote
from transqa.findings import Finding, Location, Severity
from transqa.glossary import Glossary
from transqa.model import Block
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


@lru_cache(maxsize=8)
def _reject_index(reject: tuple[tuple[str, str], ...]) -> tuple[tuple[int, dict[str, int]], ...]:
    """Rejected renderings by length: {rendering: its first entry}. A text is then scanned once per
    distinct length (set look-ups), not once per entry (a 100,000-entry glossary made that 12.7 s an
    article)."""
    by_len: dict[int, dict[str, int]] = {}
    for k, (bad, _good) in enumerate(reject):
        if bad:
            by_len.setdefault(len(bad), {}).setdefault(bad, k)
    return tuple(sorted(by_len.items()))


def _rejected(text: str, reject: tuple[tuple[str, str], ...]) -> list[tuple[int, int, int]]:
    """(entry, start, end) of every rejected rendering, as `re.finditer` per entry would give them
    (non-overlapping occurrences of each one), in entry order."""
    hits: list[tuple[int, int, int]] = []
    for n, table in _reject_index(reject):
        last_end: dict[str, int] = {}
        for i in range(len(text) - n + 1):
            sub = text[i:i + n]
            k = table.get(sub)
            if k is not None and i >= last_end.get(sub, 0):
                last_end[sub] = i + n
                hits.append((k, i, i + n))
    hits.sort()
    return hits


_FIRST_WORD = re.compile(r"[a-z]+")  # letter runs: a term found in the text begins with one of its runs


@lru_cache(maxsize=8)
def _accept_index(accept: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[dict[str, list[int]], list[int]]:
    """Accepted terms by their first word (lower case); terms without one are always tried."""
    by_word: dict[str, list[int]] = {}
    always: list[int] = []
    for k, (term, _r) in enumerate(accept):
        m = _FIRST_WORD.search(term.lower())
        if m:
            by_word.setdefault(m.group(0), []).append(k)
        else:
            always.append(k)
    return by_word, always


def _candidates(en: str, accept: tuple[tuple[str, tuple[str, ...]], ...]) -> list[int]:
    by_word, always = _accept_index(accept)
    found = set(always)
    for w in set(_FIRST_WORD.findall(en.lower())):
        found.update(by_word.get(w, ()))
    return sorted(found)


def _written(term: str, zh: str) -> str:
    """What the translation wrote for the term when the dictionary tells: the longest of its renderings of a one-word
    term found in the paragraph (`Lips` → `嘴唇`); "" when it does not."""
    from transqa.lang.glosses import found_any

    return max(found_any(frozenset({term.lower()}), zh).get(term.lower(), frozenset()) - {""}, key=len, default="") if " " not in term else ""


def _written_place(tblocks: list[Block], wrote: str) -> tuple[Block, int, int]:
    """TQA602's place in the translation: what it `wrote` for the term when the dictionary tells (_written), else
    the first paragraph whole (newcomer29 #8: `分析师` at 13:7 was reported at the paragraph's start, 13:1)."""
    for t in tblocks:
        if wrote and (j := t.text.find(wrote)) >= 0:
            return t, j, j + len(wrote)
    return tblocks[0], 0, len(tblocks[0].text)


def _not_used(term: str, renderings: tuple[str, ...], wrote: str, kept: bool) -> str:
    """TQA602's message: what the translation `wrote` for the term when the dictionary tells (_written: `“Lips” is
    rendered “嘴唇”`), and what the glossary asks. A term the glossary keeps as it is (`keep:`, or accepted as itself)
    is said to be kept: "“Lips” should be rendered “Lips”" quoted the English on both sides (hostile 23 bug 14)."""
    asked = " or ".join(map(quote, renderings))
    kept = kept or all(r.lower() == term.lower() for r in renderings)
    if wrote:
        return f"{quote(term)} is rendered {quote(wrote)}: the glossary {'keeps it as' if kept else 'asks for'} {asked}"
    return f"{quote(term)} is not in the translation: the glossary keeps it as {asked}" if kept else f"{quote(term)} should be rendered {asked}"


def check(ctx: Context) -> Iterator[Finding]:
    """Renderings the glossary rejects (TQA601), and glossary terms of the source rendered otherwise (TQA602)."""
    g = ctx.glossary
    if g is None:
        return
    for b in ctx.target.blocks:
        if b.kind == "code":
            continue
        for k, start, end in _rejected(b.text, g.reject):
            bad, good = g.reject[k]
            yield ctx.finding(GLOSSARY_REJECTED, f"{quote(bad)} is a rendering the glossary rejects: write {quote(good)}",
                              target=(b, start, end), suggestion=good,
                              repairs=(ctx.repair((b, start, end), good, certain=True),))
    if ctx.source is None or not g.accept:
        return
    for _k, sblocks, tblocks in ctx.pairs():
        en = " ".join(b.text for b in sblocks)
        zh = " ".join(b.text for b in tblocks)
        for k in _candidates(en, g.accept):
            term, renderings = g.accept[k]
            used = re.search(r"(?<![A-Za-z])" + re.escape(term) + r"(?![A-Za-z])", en, re.IGNORECASE)
            if not used or any(r in zh for r in renderings) or term.lower() in zh.lower():
                continue
            if any(bad in zh for bad, good in g.reject if good == term or good in renderings):
                continue  # a rejected rendering of this term: TQA601 reports it
            sb = next(b for b in sblocks if re.search(re.escape(term), b.text, re.IGNORECASE))
            hit = re.search(re.escape(term), sb.text, re.IGNORECASE)
            assert hit is not None  # sb was chosen for containing the term
            i = hit.start()
            wrote = _written(term, zh)
            yield ctx.finding(GLOSSARY_NOT_USED, _not_used(term, renderings, wrote, term in g.keep),
                              source=(sb, i, i + len(term)), target=_written_place(tblocks, wrote), suggestion=renderings[0])


_NAME_FORMS = ("TQA310", "TQA314")  # the name rules a glossary settles: two forms of one name, a site's name as words


@lru_cache(maxsize=8)
def _accepted_groups(accept: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[frozenset[str], ...]:
    """Per accepted term, the forms the glossary takes for it (lower case): its renderings and the term itself, which
    TQA602 takes as used too (`accept: {G7: [七国集团, G7]}` → {g7, 七国集团}). Built once per glossary, as
    `_accept_index` is, not once per document."""
    return tuple(frozenset({term.lower(), *(r.lower() for r in renderings)}) for term, renderings in accept)


def _settled(f: Finding, groups: tuple[frozenset[str], ...]) -> bool:
    """A TQA310 whose form here and the form it suggests are both accepted for one glossary term (one rendering, as
    the glossary has it), or a TQA314 on a rendering the glossary accepts."""
    here = f.target.text.strip().lower() if f.target else ""
    if not here:
        return False
    if f.code == "TQA314":
        return any(here in g for g in groups)
    other = (f.suggestion or "").strip().lower()
    return bool(other) and any(here in g and other in g for g in groups)


def _meets(place: Location | None, spans: list[tuple[int, int]]) -> bool:
    """Whether a place (a finding's source or target, offsets in its file) overlaps one of the spans (start, end)."""
    return place is not None and any(s < place.end_offset and place.offset < e for s, e in spans)


def _overlaps(f: Finding, spans: list[tuple[int, int]]) -> bool:
    """A finding whose target overlaps one of the spans (target offsets)."""
    return _meets(f.target, spans)


def _same_term(a: Finding, b: Finding) -> bool:
    """Two findings about one place of the original (their source spans overlap)."""
    return b.source is not None and _meets(a.source, [(b.source.offset, b.source.end_offset)])


def settled_by_glossary(ctx: Context, findings: list[Finding]) -> list[Finding]:
    """One defect, one finding, the glossary's, when a glossary speaks to it (newcomer 41 items 4 and 5): a TQA310 or
    TQA314 at a TQA601's place (the rejected rendering `热衷于`: TQA314 said it as the site's show name too) goes, and so
    do those on renderings the glossary accepts as one (_settled: `七国集团` and `G7` for `accept: {G7: [七国集团, G7]}`);
    a TQA312 (a name translated word by word: `诺曼底格式`) on the term of a TQA602 gives the TQA602 its place, which
    was the paragraph's start when the dictionary could not tell what the translation wrote (16:1 → 16:18), and goes.
    Order kept; the list itself without a glossary."""
    g = ctx.glossary
    if g is None:
        return findings
    rejected = [(t.offset, t.end_offset) for f in findings if f.code == "TQA601" and (t := f.target) is not None]
    groups = _accepted_groups(g.accept)
    literal = [f for f in findings if f.code == "TQA312" and f.target is not None]
    out: list[Finding] = []
    told: set[int] = set()  # the TQA312 findings a TQA602 took the place of (by position in `literal`)
    for f in findings:
        if f.code in _NAME_FORMS and (_overlaps(f, rejected) or _settled(f, groups)):
            continue
        if f.code == "TQA602":
            k = next((k for k, lit in enumerate(literal) if _same_term(f, lit)), None)
            if k is not None:
                told.add(k)
                f = _placed(f, literal[k], g)
        out.append(f)
    gone = {id(literal[k]) for k in told}
    return [f for f in out if id(f) not in gone]


def _placed(f: Finding, lit: Finding, g: Glossary) -> Finding:
    """TQA602 `f` at the place of the TQA312 `lit` on its term, its message saying what the translation wrote there."""
    assert lit.target is not None and f.source is not None
    term = f.source.text
    entry = next(((t, r) for t, r in g.accept if t.lower() == term.lower()), None)
    message = _not_used(entry[0], entry[1], lit.target.text, entry[0] in g.keep) if entry else f.message
    return replace(f, target=lit.target, target_block=lit.target_block, message=message)
