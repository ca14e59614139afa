"""TQA312 with the original: a piece of an address or of a community's handle translated (`r/Military` → `r/军事`).

An address written in running text (`norton.com/pricing`) or a forum community's name (`r/Military`, `u/…`) is typed
by the reader as it stands: its words are no words of the sentence. The translation keeps the part it knows for an
address (`norton.com/`, `r/`) and translates the word after it (`norton.com/定价`, `r/军事`), which leaves an address
nobody can type and hides the community's name. Found where the aligned Chinese writes the same prefix (any case, a
space around its slash allowed: `R /军事`) right before Han characters."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from itertools import islice

from transqa.checks.transliteration.rules import NAME_LITERAL
from transqa.context import Context, first_time, quote
from transqa.findings import Finding
from transqa.lang.script import HAN_RANGE

# A Reddit community or user (`r/Military`, `u/spez`; names of 2 to 21 letters, digits or underscores), or a host name
# with a path word after its slash (`norton.com/pricing`, `www.example.co.uk/about-us`); not inside a longer address
_SOURCE = re.compile(
    r"(?<![A-Za-z0-9_./@:-])(?:(?P<sub>[ru])/(?P<community>[A-Za-z0-9_]{2,21})"
    r"|(?P<host>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6})/(?P<path>[A-Za-z][A-Za-z0-9_-]*))(?![A-Za-z0-9_])"
)


def _target_pattern(prefix: str) -> re.Pattern[str]:
    """The prefix (`r`, `norton.com`) in any case, then its slash with a space allowed either side, then Han characters."""
    return re.compile(r"(?<![A-Za-z0-9_.-])" + re.escape(prefix) + rf" ?/ ?([{HAN_RANGE}]+)", re.IGNORECASE)


# How many of a block's unreported hits of one prefix a source address looks at for the one that renders its word
# (`r/Military and r/news` → `r/Military 和 r/新闻`: `新闻` is news's, not Military's); bounded so that thousands of
# addresses in one paragraph cost linear time (hostile31: 32,000 `r/…` took 57 s when each searched the whole text)
LOOK_AHEAD = 8


def address_translated(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA312 findings: one per address or community of the original whose word the aligned Chinese translates."""
    for _k, srcs, tgts in ctx.pairs():
        # per (prefix, target block): its hits not yet reported, found once
        hits: dict[tuple[str, int], deque[re.Match[str]]] = {}
        # every address holds its slash: a text without one is not scanned (the pattern's look-behind at each place
        # of every paragraph of both sides was 1.1% of the family's py-spy samples on speed.py --draws 1, release 49)
        kept = {k.group(0).lower() for tb in tgts if tb.kind != "code" and "/" in tb.text for k in _SOURCE.finditer(tb.text)}
        for sb in srcs:
            if sb.kind == "code" or "/" not in sb.text:
                continue
            for m in _SOURCE.finditer(sb.text):
                prefix = m.group("sub") or m.group("host")
                word = m.group("community") or m.group("path")
                if m.group(0).lower() in kept:
                    continue  # kept as written: the translated one beside it is another address's (`r/news` → `r/新闻`)
                for tb in tgts:
                    key = (prefix.lower(), tb.index)
                    if key not in hits:
                        hits[key] = deque(_target_pattern(prefix).finditer(tb.text))
                    found = _pick(word, hits[key], reported, tb.index)
                    if found is None:
                        continue
                    hit, end = found
                    e = hit.start(1) + end
                    what = "community's name" if m.group("sub") else "address's word"
                    yield ctx.finding(
                        NAME_LITERAL,
                        f"the {what} {quote(word)} of {quote(m.group(0))} is translated as {quote(tb.text[hit.start(1):e])}: "
                        "write it as the original does",
                        source=(sb, m.start(), m.end()), target=(tb, hit.start(), e), suggestion=m.group(0),
                    )
                    break


def _pick(word: str, hits: deque[re.Match[str]], reported: set[tuple[int, int]], index: int) -> tuple[re.Match[str], int] | None:
    """The hit (and where the word's translation ends in it) for `word`: among the first LOOK_AHEAD unreported hits, the
    first whose Han characters start with a CC-CEDICT rendering of the word, else the first with any end; it is taken
    out of `hits` and marked in `reported`. None when none fits."""
    from transqa.lang.lexicon import renderings

    while hits and (index, hits[0].start()) in reported:
        hits.popleft()
    window = list(islice(hits, LOOK_AHEAD))
    own = set(renderings(word.lower()))
    ranked = [h for h in window if any(h.group(1).startswith(r) for r in own)] + window
    for hit in ranked:
        end = _rendering_end(word, hit.group(1))
        if end is not None and first_time(reported, (index, hit.start())):
            hits.remove(hit)
            return hit, end
    return None


# Han characters after the slash taken whole when no dictionary word starts them; also the longest word sought. Set by
# hand (CC-CEDICT's words are mostly two to four characters), not measured: on the development splits (release 31,
# score_all.sh) every one of the 9 findings ends on a dictionary word (军事, 军人, 定价), none on this fallback
SHORT_RUN = 4


def _rendering_end(word: str, han: str) -> int | None:
    """Where the translation of the word ends in the Han characters after the slash: the longest CC-CEDICT rendering of
    the word that starts them, else the longest dictionary word that does (`定价` of `定价上的…` for pricing, a rendering
    CC-CEDICT gives `to price`), else all of them when they are few (`SHORT_RUN`); None when they run on into the
    sentence with no word to end on."""
    from transqa.lang.lexicon import renderings
    from transqa.lang.transliterate import is_headword

    got = [r for r in renderings(word.lower()) if han.startswith(r)]
    if got:
        return max(map(len, got))
    for n in range(min(SHORT_RUN, len(han)), 1, -1):
        if is_headword(han[:n]):
            return n
    return len(han) if len(han) <= SHORT_RUN else None
