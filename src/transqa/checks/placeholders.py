"""Anonymised placeholders of the original (`(PERSON4)`, `[ORGANISATION242]`) that the translation changed."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from transqa.context import Context, quote
from transqa.findings import Finding, Severity
from transqa.lang.script import HAN_RANGE
from transqa.model import Block
from transqa.quantities.fractions import zh_numeral
from transqa.registry import rule

PLACEHOLDER_CHANGED = rule(
    "TQA305", "placeholder-changed", "name", Severity.ERROR,
    "An anonymised placeholder of the original is translated or renumbered (`(PERSON4)` → `（人4）`)",
    """
    What it checks: placeholders that anonymise a name in the original — an upper-case word and a
    number in brackets, such as the speaker tags of transcripts `(PERSON4)` and `[PERSON9]`, or
    `[ORGANISATION242]`, `[PROJECT3]` — and that the aligned Chinese does not carry unchanged, but
    translated (`（人4）`, `(人物2)`, `(第七人)`, `[人11]`) or with another number, or keeps it
    without any bracket (`后来当PERSON12拥有…`; other brackets will do); and a placeholder the Chinese
    replaced by another of its kind that the original's paragraph does not write (`So, [PERSON8], please
    confirm…` rendered `因此，[PERSON4]，请确认…`): the suggestion is the original's tag.

    Why it matters: a placeholder stands for a name; it must come through as it is, like a name kept
    in Latin script. Translated, it reads as "person 4", and a reader or a later de-anonymisation step
    can no longer tell which speaker or organisation is meant. That holds with the same number too:
    `（人8）` for `[PERSON8]` is an error, not a variant, because the step that puts the names back looks for the
    exact token `[PERSON8]` and leaves `（人8）` in the published text, and a tag is data the translation must
    carry, not words it may render. Real MT output (WMT23 speech, ONLINE-A,
    NLLB) translates the speaker tags of whole transcripts.

    Example: EN `(PERSON6) Yeah, that's great.`, ZH `（人6）是的，那太好了。`.

    The same holds for the hash tags that anonymise customer-service chats (`#PRS_ORG#`, `#NAME#`,
    `#URL#`): reported when the Chinese breaks one with a space (`#PRS_ORG #`, `# URL#`), loses its
    closing `#` or its case (`#prs_org`), or translates it (`#姓名#`, `#号码#`), or writes another such tag
    that the paragraph's original does not (`#PRS_ORG#` for `#NAME#`; with two or more such, which stands for which
    is not known, so no fix is suggested). A hashtag of the original (`#DCU #MLS`) is not
    such a tag.

    Fix: write the placeholder as the original does (`(PERSON6) 是的，那太好了。`); `transqa fix` does it for a tag
    written as another of its kind when the pair is one paragraph on each side with one tag of that kind in each
    (`[PERSON8]` → `[PERSON4]`, `#NAME#` → `#PRS_ORG#`): then which tag stands for which is not in doubt. A placeholder the
    translation leaves out entirely is an omission, not reported here; a tag reported here is not also reported
    as dropped (TQA007): one defect, one finding.
    """,
    needs_source=True,
    fixable=True,
)
RULES = (PLACEHOLDER_CHANGED,)

# An anonymised placeholder: an upper-case word of three letters or more and a number, in brackets.
_TAG = re.compile(r"[\[(<]\s?(?P<tok>(?P<kind>[A-Z]{3,})(?P<num>\d{1,4}))\s?[\])>]")
# Chinese words MT renders the kinds of placeholder with.
_ZH_KIND = r"(?:人物|人员|个人|人士|发言人|说话人|参与者|组织|机构|项目|人|者)"


def _changed_forms(num: str) -> re.Pattern[str]:
    """Where the Chinese renders placeholder number `num` with words: 人4, 人物 2, 第七人, 第7个人."""
    n = int(num)
    nums = [re.escape(num), zh_numeral(n)] + (["〇"] if n == 0 else [])  # 0..9999: 第零人, 人一百 (HOSTILE22 #10)
    alt = "(?:" + "|".join(nums) + ")"
    return re.compile(
        rf"{_ZH_KIND}\s?(?:第\s?)?{alt}(?![\d十百千零])(?:号|个)?"
        rf"|第\s?{alt}(?![\d十百千零])\s?(?:号|个|位)?\s?{_ZH_KIND}"
        rf"|(?<![\d一二三四五六七八九十])(?<!第){alt}\s?号\s?{_ZH_KIND}"
    )


# A hash tag of anonymised chats: `#PRS_ORG#`, `#NAME#` (upper case between two `#`, not a hashtag).
_HASH_TAG = re.compile(r"(?<![#\w])#(?P<tok>[A-Z][A-Z_]{1,15})#(?![\w#])")
# How a hash tag reaches the Chinese: whole, with spaces inside, without its closing `#`, in lower case.
_HASH_FORM = re.compile(r"#[ \t]*(?P<tok>[A-Za-z][A-Za-z_]{1,15})(?![A-Za-z_])(?:[ \t]*#)?")
# A hash tag translated into Chinese: `#姓名#`, `#号码#` (a hit starting on the closing `#` of a Latin tag,
# the Chinese between two tags `#URL#或在#NAME#`, is left out where it is used).
_HASH_HAN = re.compile(rf"(?<![A-Za-z_])#[ \t]?[{HAN_RANGE}]{{1,4}}[ \t]?#(?![A-Za-z_])")


def without_dropped_twice(findings: list[Finding]) -> list[Finding]:
    """The findings less a TQA007 (tag-dropped) of a source tag that a TQA305 reports written as another tag
    (`[PERSON8]` → `[PERSON4]`, `（人8）`): one defect, reported once, as the placeholder changed (the tag is not
    missing, it is wrong). Matched by the place of the source tag both name."""
    changed = {(f.source.line, f.source.column) for f in findings if f.code == PLACEHOLDER_CHANGED.code and f.source}
    if not changed:
        return findings
    return [f for f in findings if not (f.code == "TQA007" and f.source and (f.source.line, f.source.column) in changed)]


def check(ctx: Context) -> Iterator[Finding]:
    for _k, sources, targets in ctx.pairs():
        if any(_TAG.search(b.text) for b in sources):  # (most pairs write no bracketed tag: nothing to index)
            runs = _runs("\n".join(t.text for t in targets).lower())  # the pair's Chinese: a tag sought whatever its case
            swapped = _swapped(sources, targets, runs)
            used: set[tuple[int, int]] = set()  # (target block, start) of the Chinese spans already pointed at
            tags = _TargetTags(targets)
            for i, src in enumerate(sources):
                yield from _changed_in(ctx, (i, src), targets, runs, swapped, used, tags)
        yield from _hash_tags(ctx, sources, targets)


def _present(tok: str, runs: frozenset[str]) -> bool:
    """The tag `tok` stands whole in the pair's Chinese (bounded by a bracket or any character not a letter or digit):
    `person1` is not inside `person12`. A tag is letters then digits (`_TAG`), so it stands whole exactly when it is one
    of the text's runs of letters and digits (`runs`: read once per pair by `check`), not searched for per tag (8,000
    tags in one pair: HOSTILE22 #4)."""
    return tok.lower() in runs


def _runs(lower: str) -> frozenset[str]:
    """The runs of letters and digits of a lower-cased text."""
    return frozenset(re.findall(r"[a-z0-9]+", lower))


def _swapped(sources: list[Block], targets: list[Block], runs: frozenset[str]) -> dict[tuple[int, str], tuple[Block, re.Match[str], bool]]:
    """Placeholders of the original that the translation replaced by another of their kind (`[PERSON8]` written
    `[PERSON4]`): each tag of the original missing from the Chinese, matched in order with the Chinese's tags of the same
    kind (`PERSON`) that the pair's original does not write (`runs`: the targets' runs of letters and digits, `_present`). Real MT never
    did this (no such line in the four WMT23 systems' 173 tagged lines); an editor copying a tag from another line does
    (three in heldout17's transcripts). Keyed by (source block, tag): when two paragraphs of the original meet one
    Chinese paragraph, each block's tag takes the next such tag of the Chinese, never one already taken. The flag
    says the fix is certain: one paragraph on each side, and one tag of that kind in each (`transqa fix` applies it)."""
    own = {m.group("tok") for b in sources for m in _TAG.finditer(b.text)}
    extra: dict[str, list[tuple[Block, re.Match[str]]]] = {}
    for b in targets:
        for m in _TAG.finditer(b.text):
            if m.group("tok") not in own:
                extra.setdefault(m.group("kind"), []).append((b, m))
    # one paragraph on each side: how many tags of each kind each writes, counted once (not again per tag)
    single = len(sources) == len(targets) == 1
    counts = [_kind_counts(sources[0]), _kind_counts(targets[0])] if single else []
    out: dict[tuple[int, str], tuple[Block, re.Match[str], bool]] = {}
    for i, b in enumerate(sources):
        for m in _TAG.finditer(b.text):
            tok, kind = m.group("tok"), m.group("kind")
            if (i, tok) not in out and not _present(tok, runs) and extra.get(kind):
                out[i, tok] = (*extra[kind].pop(0), single and counts[0][kind] == counts[1][kind] == 1)
    return out


def _kind_counts(b: Block) -> Counter[str]:
    """How many bracketed tags of each kind (`PERSON`) block `b` writes."""
    return Counter(m.group("kind") for m in _TAG.finditer(b.text))


def _hash_tags(ctx: Context, sources: list[Block], targets: list[Block]) -> Iterator[Finding]:
    """Hash tags of the original (`#PRS_ORG#`) broken by a space, cut, lower-cased or translated; once
    for all the pair's source blocks, each tag shown where it first occurs."""
    first: dict[str, tuple[Block, re.Match[str]]] = {}
    for src in sources:
        for m in _HASH_TAG.finditer(src.text):
            first.setdefault(m.group("tok"), (src, m))
    if not first:
        return
    kept: set[str] = set()
    latin: dict[int, list[tuple[int, int]]] = {}  # per target block, where a Latin tag stands
    changed: set[str] = set()
    others: list[tuple[Block, re.Match[str]]] = []  # whole tags the pair's original does not write (`#PRS_ORG#` for `#NAME#`)
    for i, b in enumerate(targets):
        for hit in _HASH_FORM.finditer(b.text):
            latin.setdefault(i, []).append(hit.span())
            tok = hit.group("tok").upper()
            if tok not in first:
                if _HASH_TAG.fullmatch(hit.group(0)):
                    others.append((b, hit))
                continue
            src, m = first[tok]
            if hit.group(0) == m.group(0):
                kept.add(tok)
                continue
            changed.add(tok)  # reported here, as written otherwise
            yield _written(ctx, src, m, b, hit.start(), hit.end())
    if kept >= first.keys():
        return
    missing = [t for t in first if t not in kept and t not in changed]
    pairs = _by_position(missing, [_place(sources, *first[t]) for t in missing], [_place(targets, b, h) for b, h in others])
    kept.update(t for t, _k in pairs)
    yield from _other_tags(ctx, first, pairs, others, _one_each(sources, targets, latin))
    if kept >= first.keys():
        return
    src, m = next(iter(first.values()))
    only = m.group(0) if len(first) == 1 else None
    named = only or " / ".join(f"#{t}#" for t in sorted(first))
    for i, b in enumerate(targets):
        for hit in _HASH_HAN.finditer(b.text):
            if _inside(latin.get(i, []), hit.start()):
                continue  # the closing `#` of a Latin tag (`# URL #或在#NAME#`)
            yield ctx.finding(
                PLACEHOLDER_CHANGED,
                f"the placeholder {quote(named)} of the original is translated: {quote(hit.group(0))}",
                source=(src, m.start(), m.end()), target=(b, hit.start(), hit.end()),
                suggestion=only,
            )


def _one_each(sources: list[Block], targets: list[Block], latin: dict[int, list[tuple[int, int]]]) -> bool:
    """Whether a hash tag written as another is a certain fix: one paragraph on each side, the original's one tag
    written once, and one tag of any form in the Chinese (`latin`: where each stands)."""
    return (len(sources) == len(targets) == 1 and len(_HASH_TAG.findall(sources[0].text)) == 1
            and sum(len(v) for v in latin.values()) == 1)


def _other_tags(ctx: Context, first: dict[str, tuple[Block, re.Match[str]]], pairs: list[tuple[str, int]],
                others: list[tuple[Block, re.Match[str]]], certain: bool = False) -> Iterator[Finding]:
    """The other tags written for the original's (`pairs`: the original's tag, index in `others`). With two or more
    paired, which stands for which neither the tags nor their order say (Chinese may reverse two): no fix is
    suggested, the message names them all. `certain`: the one pair's fix is (`_hash_tags`)."""
    named = " / ".join(f"#{t}#" for t in sorted(t for t, _k in pairs))
    for tok, k in pairs:
        src, m = first[tok]
        b, hit = others[k]
        if len(pairs) == 1:
            yield _written(ctx, src, m, b, hit.start(), hit.end(), ", another tag", certain)
            continue
        yield ctx.finding(
            PLACEHOLDER_CHANGED,
            f"a placeholder of the original ({named}) is written {quote(hit.group(0))}, another tag",
            source=(src, m.start(), m.end()), target=(b, hit.start(), hit.end()),
        )


def _place(blocks: list[Block], b: Block, m: re.Match[str]) -> float:
    """Where `m` of block `b` stands in the pair's text (`blocks` end to end), from 0 (start) to 1 (end)."""
    total = sum(len(x.text) for x in blocks) or 1
    before = sum(len(x.text) for x in blocks[: next(i for i, x in enumerate(blocks) if x is b)])
    return (before + m.start()) / total


def _by_position(missing: list[str], at: list[float], other_at: list[float]) -> list[tuple[str, int]]:
    """Each missing tag paired with the unpaired other tag nearest its place in the paragraph (closest pairs first),
    as (tag, index of the other); the rest unpaired. With one missing tag this points at the other tag that stands
    where the original's does (`感谢您联系#PRS_ORG#，您现在接通的是#PRS_ORG#` for `…through to #NAME#`: the second)."""
    order = sorted((abs(a - o), i, k) for i, a in enumerate(at) for k, o in enumerate(other_at))
    taken_i: set[int] = set()
    taken_k: set[int] = set()
    out = []
    for _d, i, k in order:
        if i not in taken_i and k not in taken_k:
            taken_i.add(i)
            taken_k.add(k)
            out.append((missing[i], k))
    return sorted(out, key=lambda p: p[1])


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    """i lies in one of the spans (in text order, not overlapping: `finditer`'s), found by bisection, not by a scan of
    every span for every hit (a paragraph of 8,000 repeated tags grew quadratically, HOSTILE22 #3)."""
    k = bisect_right(spans, (i, _END)) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


_END = 1 << 62  # greater than any offset: (i, _END) sorts after every span that starts at i


class _TargetTags:
    """The pair's Chinese read once for the tags `_bare` looks for (HOSTILE22 #4: a pattern compiled per tag and a
    search of every block per tag grew quadratically with 8,000 bare tags): the tags standing in some bracket, and the
    places of each tag standing bare as a word (target block index, block, match); keys case-folded, as the patterns
    ignored case."""

    def __init__(self, targets: list[Block]) -> None:
        self.bracketed = {m.group(1).casefold() for b in targets for m in _IN_BRACKETS.finditer(b.text)}
        self.bare: dict[str, list[tuple[int, Block, re.Match[str]]]] = {}
        for j, b in enumerate(targets):
            for m in _BARE.finditer(b.text):
                self.bare.setdefault(m.group(0).casefold(), []).append((j, b, m))


# A tag in any bracket (`【PERSON7】`, `(person7)`), and a tag standing bare as a word (`当PERSON12拥有`), case ignored.
_IN_BRACKETS = re.compile(r"[\[(（【<]\s?([A-Za-z]+\d+)\s?[\])）】>]", re.IGNORECASE)
_BARE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{3,}\d{1,4}(?![0-9])", re.IGNORECASE)


def _changed_in(ctx: Context, at: tuple[int, Block], targets: list[Block], runs: frozenset[str],
                swapped: dict[tuple[int, str], tuple[Block, re.Match[str], bool]], used: set[tuple[int, int]],
                tags: _TargetTags) -> Iterator[Finding]:
    """The tags of source block `at` (its place among the pair's source blocks, the block) changed in the Chinese;
    `used` holds the Chinese spans already pointed at for an earlier block of the pair, each reported once."""
    i, src = at
    seen: set[str] = set()
    for m in _TAG.finditer(src.text):
        tok = m.group("tok")
        if tok in seen:
            continue
        seen.add(tok)
        if _present(tok, runs):
            yield from _bare(ctx, src, m, tags, used)
            continue
        if (i, tok) in swapped:
            b, other, certain = swapped[i, tok]
            yield _written(ctx, src, m, b, other.start(), other.end(), ", another of its kind", certain)
            continue
        hit = _first_unused(_changed_forms(m.group("num")), targets, used)
        if hit is not None:
            b, s, e = hit
            yield _written(ctx, src, m, b, *_widen(b.text, s, e))


def _first_unused(pat: re.Pattern[str], targets: list[Block], used: set[tuple[int, int]]) -> tuple[Block, int, int] | None:
    """The first match of `pat` in the targets not yet pointed at (then marked as used)."""
    for j, b in enumerate(targets):
        for hit in pat.finditer(b.text):
            if (j, hit.start()) not in used:
                used.add((j, hit.start()))
                return b, hit.start(), hit.end()
    return None


def _written(ctx: Context, src: Block, m: re.Match[str], b: Block, s: int, e: int, note: str = "",
             certain: bool = False) -> Finding:
    """The placeholder `m` of `src` written otherwise at `b.text[s:e]` (renumbered, translated, another tag: `note`
    says which where the form alone does not); the suggestion is the original's tag, a certain repair when `certain`
    (a swapped tag with one of its kind on each side of a one-paragraph pair)."""
    return ctx.finding(
        PLACEHOLDER_CHANGED,
        f"the placeholder {quote(m.group(0))} of the original is written {quote(b.text[s:e])}{note}",
        source=(src, m.start(), m.end()), target=(b, s, e), suggestion=m.group(0),
        repairs=(ctx.repair((b, s, e), m.group(0), certain=True),) if certain else (),
    )


def _bare(ctx: Context, src: Block, m: re.Match[str], tags: _TargetTags, used: set[tuple[int, int]]) -> Iterator[Finding]:
    """The placeholder kept, but none of its occurrences in brackets (`后来当PERSON12拥有…`): the tag
    reads as a word of the sentence. Any bracket will do (`【PERSON7】`, `(PERSON7)` for `[PERSON7]`). The first bare
    place not yet pointed at for an earlier block of the pair (`used`)."""
    tok = m.group("tok").casefold()
    if tok in tags.bracketed:
        return
    for j, b, hit in tags.bare.get(tok, ()):
        if (j, hit.start()) not in used:
            used.add((j, hit.start()))
            yield ctx.finding(
                PLACEHOLDER_CHANGED,
                f"the placeholder {quote(m.group(0))} of the original lost its brackets: {quote(hit.group(0))}",
                source=(src, m.start(), m.end()), target=(b, hit.start(), hit.end()), suggestion=m.group(0),
            )
            return


def _widen(text: str, s: int, e: int) -> tuple[int, int]:
    """Take in the brackets around a rendered placeholder: （人4）, [人11]."""
    if s > 0 and text[s - 1] in "([（【<" and e < len(text) and text[e] in ")]）】>":
        return s - 1, e + 1
    return s, e
