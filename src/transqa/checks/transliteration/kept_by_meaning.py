"""TQA310 without the original: a name of several capitalised words kept whole in Latin script, translated word by word
elsewhere in the same article (`Google Answers` twice, `谷歌答案` once; `Third Voice`, `第三声音`).

The article itself shows that the words are a name (it keeps them in Latin script, inside sentences), so a place that
writes the dictionary rendering of each of its words, side by side and in order, is the same name written a second
way, and the reader cannot tell that the two are one thing."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from transqa.checks.transliteration.common import NOT_NAMES
from transqa.checks.transliteration.rules import TRANSLIT_INCONSISTENT
from transqa.context import Context, first_time, quote, times
from transqa.findings import Finding
from transqa.lang.chinese import tied_at
from transqa.lang.established import established
from transqa.lang.script import HAN as _HAN
from transqa.model import Block

# Two to four capitalised words of letters, one space apart, not inside a longer Latin run, an address or a handle
_RUN = re.compile(r"(?<![A-Za-z0-9'’@#./&_-])[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?![A-Za-z0-9'’&_-]| [A-Za-z0-9])")
_BETWEEN = "(?:的|之)?"  # what may stand between two words' renderings (谷歌的答案)

KEPT_LEAST = 2  # places in Latin script, in prose, from which a run of capitalised words is taken for the article's name
# Measured (release 35) on the archive dev splits (dev, dev2, dev3, heldout, heldout2, heldout4; 3,244 articles): 30 new
# findings, 23 on name labels (name-literal and name-inconsistent); the others mostly `应用商店` for `App Store` (4, no
# label: an established Chinese name of the feature that readers left alone, one reader labelled it) and lines labelled
# `other`. Once (a name kept a single time) was not tried: a title-case phrase of one line is no name the article shows.

NAME_BUDGET = 60_000  # (name, paragraph) pairs searched in one article, as PAIR_BUDGET: a page of thousands of Latin
# names left in English ends in time linear in its size (the rest of the names are left unsearched)
BUDGET_CHARS = 200  # characters of text searched that cost one more pair: thousands of names in one long paragraph (one
# pair each) made the search quadratic (hostile35 #3: 8,000 names, 10.9 CPU s, 27 times 1,000's)


def kept_by_meaning(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA310 findings at each place that renders, word by word, a name of two to four capitalised words the article
    keeps in Latin script more often (KEPT_LEAST places at least, each with Han text near: prose, not a line of
    English). A place tied to the name (a gloss in brackets, `谷歌答案(Google Answers)`) is not reported. The
    suggestion is the Latin name. Shapes: ctx a target-only pair; findings carry the Latin name as suggestion."""
    blocks = [b for b in ctx.target.blocks if b.kind != "code"]
    kept: dict[str, list[tuple[Block, int]]] = defaultdict(list)
    for b in blocks:
        for m in _RUN.finditer(b.text):
            if _HAN.search(b.text, max(0, m.start() - 3), m.end() + 3) and not _sentence_start(b.text, m.start()):
                kept[m.group(0)].append((b, m.start()))
    han_blocks = [b for b in blocks if _HAN.search(b.text)]
    budget, han_chars = NAME_BUDGET, sum(len(b.text) for b in han_blocks)
    for name, places in sorted(kept.items()):
        if len(places) < KEPT_LEAST:
            continue
        pat = _rendering_pattern(name)
        if pat is None:
            continue
        budget -= len(han_blocks) + han_chars // BUDGET_CHARS  # a long paragraph costs as the pairs its length makes
        if budget < 0:
            break
        found = [(b, m.start(), m.end()) for b in han_blocks for m in pat.finditer(b.text)]
        if not found or len(found) >= len(places):
            continue
        first = places[0]
        line = ctx.target.location(first[0], first[1], first[1] + len(name)).line
        for b, s, e in found:
            if tied_at(b.text, s, e, name) or established(b.text[s:e]) or not first_time(reported, (b.index, s)):
                continue  # (an established name by meaning, 应用商店 for App Store, as TQA316 accepts it)
            yield ctx.finding(TRANSLIT_INCONSISTENT, f"{quote(b.text[s:e])} translates the name {quote(name)} word by word, which "
                              f"this article keeps in Latin script (line {line}, {times(len(places))})", target=(b, s, e), suggestion=name)


def _sentence_start(text: str, s: int) -> bool:
    """The run opens its paragraph or follows a full stop: capitals there may be the sentence's."""
    before = text[max(0, s - 16) : s].rstrip(" *#>[“\"")  # a window: the run's places are many in a long paragraph
    return (not before and s <= 16) or (bool(before) and before[-1] in "。！？.!?:：\n")


@lru_cache(maxsize=4096)
def _rendering_pattern(name: str) -> re.Pattern[str] | None:
    """The dictionary renderings of each word of the name (two characters or more, the name's CC-CEDICT rendering for a
    brand: Google 谷歌), joined in order; None when a word has none, is no name word (`NOT_NAMES`), or the whole name
    has a rendering of its own (White House, 白宫: the established name, not a word-by-word one)."""
    from transqa.checks.untranslated import FIRM_WORDS
    from transqa.lang.lexicon import name_renderings
    from transqa.lang.transliterate import known_renderings

    words = name.split()
    if known_renderings(name) or any(w in NOT_NAMES for w in words) or words[-1] in FIRM_WORDS:
        return None  # (an investor's name Chinese writes by meaning, 星火资本 for Spark Capital, as TQA316 leaves it)
    alts: list[str] = []
    for w in words:
        forms = sorted({f for f in (*known_renderings(w), *name_renderings(w.lower())) if len(f) >= 2 and _HAN.match(f)},
                       key=lambda f: (-len(f), f))
        if not forms:
            return None
        alts.append("(?:" + "|".join(map(re.escape, forms)) + ")")
    return re.compile(_BETWEEN.join(alts))
