"""A Latin-script name of the article with its last letters cut off (TQA311 without the original): `FeedBurne` beside
`FeedBurner` written 13 times, `Groupo` beside `Groupon` 10 times. Machine translation drops the end of a name it
does not know; the other target-only name rules want an inner letter lost (`_latin_letter_lost`), one letter off in
lower case (TQA327) or the name in pieces (TQA315). Issue 17 (release 43)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from transqa.checks.transliteration.rules import NAME_CUT
from transqa.context import Context, first_time, quote, times
from transqa.findings import Finding

# A capitalised Latin word standing alone (FeedBurne, Groupon, iPhone not: a capital first): not inside an address,
# a handle, a hashtag or a file name, nor run into a digit, an apostrophe or a hyphen (`Airb'nb`, `Hangout_invite`)
_WORD = re.compile(r"(?<![A-Za-z0-9_./@#&'’\-])[A-Z][A-Za-z]{3,}(?![A-Za-z0-9_/@&'’\-]|\.[A-Za-z])")
# A Latin letter after the word, a space between allowed: the rest of the name written apart (`Groupo n`, TQA315's)
_LETTER_AFTER = re.compile(r" ?[A-Za-z]")

# The longest end a cut loses: two letters. Measured (release 43) over the whole archive, heldout3 and heldout5
# articles left out: capitalised words of four letters or more, no English word, that start a longer capitalised
# word of the same article written more often, the rest lower case and no plural `s`/`es` nor a dictionary word
# (`Chrome` of Chromebook): 6 places; the 2 that lose one letter (FeedBurne, Groupo) are cuts, the 4 that lose three
# or more (`Twit` for the slang word beside Twitter, `Kinect` beside the game Kinectimals, the product names `MapR`
# and `PicoP`) are not.
LOST_AT_MOST = 2
_PLURAL = frozenset({"s", "es"})


def latin_end_cut(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA311 at each capitalised Latin word (four letters or more, its last letter lower case, no English word, not
    followed by more Latin letters) that is a longer capitalised word of the article with its last one or two letters
    (LOST_AT_MOST) cut, not a plural `s`/`es`, where the longer word is written more often and the shorter is no word
    of the file-name slug. Places in `reported` are skipped and the new ones added. Nothing without the `lexicon`
    extra: every English word would be a cut name."""
    from transqa.checks.transliteration.target_only import slug_names
    from transqa.lang.lexicon import lexicon, renderings

    if lexicon() is None:
        return
    blocks = [b for b in ctx.target.blocks if b.kind not in ("code", "image")]
    places = [(b, m) for b in blocks for m in _WORD.finditer(b.text)]
    written = Counter(m.group(0) for _b, m in places)
    slug = slug_names(ctx.target.path)
    cuts = _cuts(written)
    for b, m in places:
        w = m.group(0)
        whole = max(cuts.get(w, ()), key=lambda x: (written[x], x), default=None)
        if whole is None or written[whole] <= written[w] or not w[-1].islower():
            continue
        if _LETTER_AFTER.match(b.text, m.end()) or w.lower() in slug or renderings(w.lower()):
            continue  # the rest written apart (TQA315), a word of the slug (attested), an English word
        if any((b.index, k) in reported for k in range(m.start(), m.end())) or not first_time(reported, (b.index, m.start())):
            continue
        yield ctx.finding(
            NAME_CUT, f"{quote(w)} is the name {quote(whole)} cut short: the article writes {quote(whole)} "
            f"{times(written[whole])}", target=(b, m.start(), m.end()), suggestion=whole,
        )


def _cuts(written: Counter[str]) -> dict[str, list[str]]:
    """Each word of the article with its last one to LOST_AT_MOST letters cut (lower case, not a plural `s`/`es`,
    four letters or more left) → the words it is cut from."""
    out: dict[str, list[str]] = {}
    for w in written:
        for k in range(1, LOST_AT_MOST + 1):
            rest = w[-k:]
            if len(w) - k >= 4 and rest.islower() and rest not in _PLURAL:
                out.setdefault(w[:-k], []).append(w)
    return out
