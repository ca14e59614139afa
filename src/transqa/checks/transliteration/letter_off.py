"""A name the article writes, garbled in lower case one letter off elsewhere (TQA327): `wiki ts` beside `Wikets`,
`jorni` beside `Journi`, `drop post` beside `Dropost`. Machine translation lower-cases a name it does not know, and
misspells or splits it; the other name rules want the letters exact (TQA302, TQA315 joined in eight letters or more
and near an address), the edit a lost inner letter (TQA311) or the original (TQA306). Issue 19 (release 40): of the
archive development splits' 160 missed garbled-name rows, 7 are of this shape (`wiki ts` 4 times, `jorni` 3); over
the whole archive (heldout3 and heldout5 articles left unread) 13 places in 7 articles, all read, all a garbled name."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from transqa.checks.transliteration.rules import NAME_LETTER_OFF
from transqa.checks.transliteration.target_only import LOST_FROM, LOST_UP_TO
from transqa.context import Context, first_time, quote, times
from transqa.findings import Finding

# A lower-case Latin word standing alone: not inside an address, a handle, a hashtag, a file name (`quintera.gif`),
# a name with `&` or an apostrophe, nor an embed's `name = value`
_LOWER = re.compile(r"(?<![A-Za-z0-9_./@#&'’\-])[a-z]{2,}(?![A-Za-z0-9_/@&'’\-]|\.[A-Za-z]| ?=)")
# A Latin word with a capital (Wikets, iPhoto, LovelyCharts), the names the garbled forms are weighed against; the
# capital is found by a look-ahead over the lower-case letters before it (`[A-Za-z]*[A-Z][A-Za-z]*` backtracked in
# time quadratic in a run of capitals: 32,000 of them before a hyphen took 10 CPU s)
_CAPITALISED = re.compile(r"(?<![A-Za-z0-9_./@#&'’\-])(?=[a-z]*[A-Z])[A-Za-z]+(?![A-Za-z0-9_/@&'’\-]|\.[A-Za-z])")
# A handle's `@` before the word, across lower-case letters and spaces (`@ m uster` for @msuster: a handle broken by
# spaces, not the surname Suster misspelt — a blind reader's one wrong TQA327 of release 40)
_IN_HANDLE = re.compile(r"@[a-z ]{0,20}$")
# The names read are TQA311's, LOST_FROM to LOST_UP_TO letters (target_only: shorter ones are a letter off common
# words and each other by chance; a longer word's one-letter cuts would cost n² memory, a DNS label's limit)
JOINED_FROM = 5  # letters of the shortest garbled form (`jorni` for Journi)


def letter_off(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA327 at each lower-case word, or two lower-case words joined, one letter off a capitalised name of the
    article (LOST_FROM to LOST_UP_TO letters, no English word) that the article writes at least as often or its file-name slug
    holds (nothing without the `lexicon` extra); places in `reported` (claimed by an earlier name rule) are skipped and the new ones added."""
    from transqa.checks.transliteration.target_only import slug_names, usual_spelling
    from transqa.lang.lexicon import lexicon

    if lexicon() is None:
        return  # without the word list every lower-case English word would be a name's garble
    blocks = [b for b in ctx.target.blocks if b.kind not in ("code", "image")]
    spellings: dict[str, Counter[str]] = defaultdict(Counter)  # each name in lower case → its capitalised spellings
    for b in blocks:
        for m in _CAPITALISED.finditer(b.text):
            if LOST_FROM <= len(m.group(0)) <= LOST_UP_TO and not _listed(m.group(0).lower()):
                spellings[m.group(0).lower()][m.group(0)] += 1
    if not spellings:
        return
    index = _one_edit_index(spellings)
    places = [(b, s, e, j, name) for b in blocks for s, e, j, name in _garbled(b.text, index, spellings)]
    garbled = Counter(j for _b, _s, _e, j, _n in places)
    slug = slug_names(ctx.target.path)
    for b, s, e, j, name in places:
        written = spellings[name].total()
        if written < garbled[j] and name not in slug:
            continue  # the garbled form is the commoner one (`appropos` twice beside `Appropros`): the slip may be the name's
        if any((b.index, k) in reported for k in range(s, e)) or not first_time(reported, (b.index, s)):
            continue
        usual = usual_spelling(name, name, spellings[name])  # each spelling has a capital: the commonest
        yield ctx.finding(
            NAME_LETTER_OFF, f"{quote(b.text[s:e])} is the name {quote(usual)} garbled (one letter off, in lower case): "
            f"the article writes {quote(usual)} {times(written)}", target=(b, s, e), suggestion=usual,
        )


def _garbled(text: str, index: dict[str, set[str]], spellings: dict[str, Counter[str]]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, joined letters, name in lower case) of each lower-case word, or pair of words one space apart
    (tried first), one letter off a name of `index`; a pair's second word is not tried again."""
    words = [(m.start(), m.end()) for m in _LOWER.finditer(text)]
    skip = -1
    near: dict[str, str | None] = {}  # each joined word's answer, asked once (a paragraph of links repeats its words)
    for k, (s, e) in enumerate(words):
        if k == skip or _IN_HANDLE.search(text, max(0, s - 21), s):
            continue
        tries = []
        if k + 1 < len(words) and words[k + 1][0] == e + 1 and text[e] == " ":
            tries.append((s, words[k + 1][1]))
        tries.append((s, e))
        for ts, te in tries:
            j = text[ts:te].replace(" ", "")
            name = near[j] if j in near else near.setdefault(j, _near_name(j, index, spellings))
            if name is not None:
                skip = k + 1 if te != e else skip
                yield ts, te, j, name
                break


def _near_name(j: str, index: dict[str, set[str]], spellings: dict[str, Counter[str]]) -> str | None:
    """The one name (lower case) one letter off `j`, or None: `j` is five letters or more (LOST_UP_TO + 1 at most) of
    three different letters or more, no English word, not a name of the article itself, nor the name with a plural
    or possessive `s`."""
    from transqa.lang.english import levenshtein

    if not JOINED_FROM <= len(j) <= LOST_UP_TO + 1 or len(set(j)) < 3 or j in spellings or _english(j):
        return None
    keys = {j} | {j[:i] + j[i + 1 :] for i in range(len(j))}
    near = {n for key in keys for n in index.get(key, ()) if n.rstrip("s") != j.rstrip("s") and levenshtein(j, n) == 1}
    return next(iter(near)) if len(near) == 1 else None


def _one_edit_index(names: dict[str, Counter[str]]) -> dict[str, set[str]]:
    """Each name and each of its forms with one letter deleted → the names (a word is looked up by its own deletions:
    linear in the letters, never every name against every word)."""
    index: dict[str, set[str]] = defaultdict(set)
    for n in names:
        index[n].add(n)
        for i in range(len(n)):
            index[n[:i] + n[i + 1 :]].add(n)
    return index


def _english(w: str) -> bool:
    """A lower-case word of English prose (target_only.english_word: the word list under its inflections' base forms,
    stop words, generic words, common slug words): `gamers` beside `Gamerz` is the English word, not the name garbled."""
    from transqa.checks.transliteration.target_only import english_word
    from transqa.lang.lexicon import lexicon

    return english_word(w, lexicon() or {})


def _listed(w: str) -> bool:
    """A capitalised word that is no name (in lower case): in the English word list, a stop word, or a plural of one.
    Not english_word's inflections: a name is often a word with an ending (Remitly is `remit` + ly; its garble
    `remittly`, on the archive, is labelled a name defect: release 40, the one archive finding english_word lost)."""
    from transqa.lang.english import STOPWORDS
    from transqa.lang.lexicon import lexicon

    known = lexicon() or {}
    return w in known or w in STOPWORDS or (w.endswith("s") and w[:-1] in known) or (w.endswith("es") and w[:-2] in known)


def without_letter_off_twice(findings: list[Finding]) -> list[Finding]:
    """One finding per garbled name: a TQA327 place that another name rule's finding covers is that rule's (`sports
    stream` beside SportStream and sportstream.com is TQA315's, with the address), and English-text findings (TQA401,
    TQA402) inside a TQA327 place go: the words are a name to respell, not English to translate. Order kept."""
    from transqa.findings import without_inside

    mine = NAME_LETTER_OFF.code
    kept = without_inside(findings, lambda f: f.category == "name" and f.code != mine, lambda f: f.code == mine)
    return without_inside(kept, lambda f: f.code == mine, lambda f: f.code in ("TQA401", "TQA402"))
