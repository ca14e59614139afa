"""TQA399 without the original: a name the article's own links spell, translated word by word away from its link
(`爆破媒体[可爱的女士们](…blastmedia.com/)`, Blast Media).

TQA319 reads a link's anchor (and the credit in brackets right after it) against the name its address spells. The
archive's translations also render that name by its words elsewhere: in the sentence around the link, where the
anchor is a person or a figure (`爆破媒体[可爱的女士们](…blastmedia.com/)`), or in another paragraph than the link's. The address is the article's own evidence that the
name is a name; a stretch of Han text whose CC-CEDICT words, read back into English, spell that name whole in order
(`transqa.lang.backgloss.translated_spans`) is the name translated as common words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from transqa.checks.linknames import PERIODICAL
from transqa.checks.transliteration.rules import NAME_LINKED_AS_WORDS
from transqa.context import Context, first_time, quote
from transqa.findings import Finding
from transqa.lang.chinese import tied_at
from transqa.lang.established import established
from transqa.lang.script import HAN_RUN
from transqa.model import Block

# Measured (release 40) on the archive's development splits (dev, dev2, dev3, heldout, heldout2, heldout4; 3,244
# articles). First draft: 61 findings no other name rule makes, 29 on lines labelled a name defect; read, 54 right (the
# readers labelled a name's first places only), 7 wrong (5 established names by meaning, since put in `lang.established`;
# `博客帖子`, blog posts, for blognation; a list of VC blogs for ventureblog). Whole-archive audit of the name rules
# against main's: 63 findings added in those splits' articles, all read: 58 right, 5 wrong (GCHQ's 政府通信总部, since
# established; 博客帖子; 风险投资博客; 数据可移植性, the concept DataPortability's link names; 快速运动, fast-moving
# sports, for fastexercise.com); 3 TQA317 findings inside them (风头 of 风头网络) give way to the whole name. real.py,
# 22 splits: archive name-literal 789 -> 807, name-wrong 86 -> 88. A stretch of one CC-CEDICT word was left out: it
# added 66 findings more on the same articles, nearly all the word in its own sense (`能量` beside energy.com, `同学`
# beside classmates.com; TQA317 reads one-word names kept in Latin).
MIN_LETTERS = 6  # letters of the shortest name read: shorter names are single words or initials
MIN_WORDS = 2  # CC-CEDICT words the stretch must hold
WORK_BUDGET = 4_000_000  # Han characters read by translated_spans, summed over the names it reads: only a hostile
# guard now (an article of thousands of linked sites whose names all pass `_openings` ends in time linear in its size,
# the rest of the names left unread). Before the `_openings` prefilter every name read every character: a long real
# article (200 links, 20,000 characters) cost 4 million reads (26 CPU s, reviewer of release 40); with it only the names
# a word of the text can open are read


def _link_names(blocks: list[Block]) -> dict[str, str]:
    """Letters of each name the article's links spell (lower case, no hyphen) → the name as the address spells it
    (`digital-lifestyles`, `blastmedia`), first link first."""
    from transqa.checks.wordnames import names_of

    out: dict[str, str] = {}
    for b in blocks:
        for lk in b.links:
            for n in names_of(lk.href):
                key = n.replace("-", "")
                if key.isalpha() and len(key) >= MIN_LETTERS:
                    out.setdefault(key, n)
    return out


def _written(name: str, stretch: str = "") -> str:
    """The name as a suggestion: the words an address parts with hyphens capitalised (`digital-lifestyles` →
    Digital Lifestyles); a label of one piece (`blastmedia`) cut where the stretch's dictionary words start spelling
    it (爆破媒体 → Blast Media; lang.backgloss.spelling_starts), each word capitalised — the address tells neither its
    capitals nor its word breaks, and a blind reader of release 40 found `sparkcapital` for 星火资本 no help (18 of 60
    suggestions); as the address spells it when the stretch gives no break."""
    from transqa.lang.backgloss import spelling_starts

    if "-" in name:
        return " ".join(w.capitalize() for w in name.split("-"))
    cuts = [k for k in spelling_starts(name, stretch) if 0 < k < len(name)] if stretch else []
    if not cuts:
        return name
    bounds = [0, *cuts, len(name)]
    return " ".join(name[a:z].capitalize() for a, z in zip(bounds, bounds[1:], strict=False) if a < z)


def _headwords(span: str) -> int:
    """How many CC-CEDICT headwords (two to six characters) the stretch reads as, longest first from its start."""
    from transqa.lang.backgloss import definitions

    table, n, j = definitions(), 0, 0
    while j < len(span):
        k = next((k for k in range(min(6, len(span) - j), 1, -1) if span[j : j + k] in table), 1)
        n, j = n + 1, j + k
    return n


class _Openings:
    """Where in the Han runs a stretch of `translated_spans` may open, by name: each CC-CEDICT headword (two to six
    characters) the runs hold, at its places, under the opening keys of its definition words (`backgloss.opening_keys`:
    the three-letter words whole, the MIN_PIECE-letter pieces of longer ones). Built in one pass over the runs (five
    look-ups a character). `places(key)` gives, for a name's letters, the run index → ascending offsets where a
    headword that may spell its first letters stands ({} when none: translated_spans finds no stretch). Before
    (release 49), a set of the keys alone said whether a name might open a stretch, and each name that might read every
    character of every run: an article of 40 real archive articles run together (102,000 characters, 1,100 linked
    names) cost 30 CPU s (x3.6 per doubling); only the candidate places are now walked, the stretches unchanged."""

    def __init__(self, runs: list[str]) -> None:
        from transqa.lang.backgloss import definitions, opening_keys

        table = definitions()
        at: dict[str, list[tuple[int, int]]] = {}  # headword → its places (run index, offset), in text order
        for r, run in enumerate(runs):
            for j in range(len(run)):
                for n in range(2, min(6, len(run) - j) + 1):
                    if (w := run[j : j + n]) in table:
                        at.setdefault(w, []).append((r, j))
        self._at = at
        self._by_key: dict[str, list[str]] = {}  # opening key → the headwords it opens
        for head in at:
            for key in opening_keys(table[head]):
                self._by_key.setdefault(key, []).append(head)

    def places(self, key: str) -> dict[int, list[int]]:
        from transqa.lang.backgloss import name_keys

        heads = {h for k in name_keys(key) for h in self._by_key.get(k, ())}
        out: dict[int, list[int]] = {}
        for r, j in sorted({p for h in heads for p in self._at[h]}):
            out.setdefault(r, []).append(j)
        return out


def linked_as_words(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA399 findings: each stretch of the prose whose dictionary words, read back, spell a name one of the
    article's links spells (MIN_LETTERS letters at least), in MIN_WORDS words or more; not an established Chinese
    name by meaning, not a CC-CEDICT proper noun, not a run of transliteration characters, not glossed with the name
    in brackets. The suggestion is the article's own Latin spelling of the name where it writes one with a capital
    (FlightCar, a newcomer of release 40: `Flight Car` was suggested), else the address's words (`_written`). Shapes: ctx a target-only pair; reported the
    places (block index, offset) already reported, updated."""
    from transqa.checks.transliteration.target_only import any_case_spellings, usual_spelling
    from transqa.lang.backgloss import translated_spans

    blocks = [b for b in ctx.target.blocks if b.kind != "code"]
    names = _link_names(blocks)
    if not names:
        return
    runs = [(b, run.start(), run.group(0)) for b in blocks for run in HAN_RUN.finditer(b.text)]
    cost = sum(len(r) for _b, _s, r in runs)
    budget = WORK_BUDGET
    openings = _Openings([r for _b, _s, r in runs])
    for key, name in sorted(names.items()):
        places = openings.places(key)
        if not places:
            continue  # no word of the text can open a stretch that spells this name: translated_spans finds none
        budget -= cost  # counted as the whole text, as before the places were read: the same names read
        if budget < 0:
            break
        kept = ""  # the article's own Latin spelling of the name (FlightCar ×7), sought once a stretch is found
        for r, starts in places.items():
            b, at, run = runs[r]
            for a, z in translated_spans(key, run, starts):
                s, e = at + a, at + z
                if _left(b.text, s, e, name) or not first_time(reported, (b.index, s)):
                    continue
                if not kept:
                    spellings = any_case_spellings(blocks, key)
                    kept = usual_spelling(key, key, spellings) if spellings else "-"
                said = kept if kept != "-" and not kept.islower() else _written(name, b.text[s:e])
                yield ctx.finding(
                    NAME_LINKED_AS_WORDS,
                    f"{quote(b.text[s:e])} translates word by word the name {quote(name)} that a link of this article "
                    "spells in its address; write the name",
                    target=(b, s, e), suggestion=said, latin_name=said,
                )


def _left(text: str, s: int, e: int, name: str) -> bool:
    """The stretch text[s:e] is not reported: fewer than MIN_WORDS dictionary words, an established Chinese name by
    meaning (`消费者报告`), a periodical's Chinese name (`游戏日报`, as TQA319 leaves it), a CC-CEDICT proper noun, a run of
    transliteration characters, or glossed with the name in brackets."""
    from transqa.lang.transliterate import is_proper_noun, is_translit

    found = text[s:e]
    return (_headwords(found) < MIN_WORDS or established(found) or found.endswith(PERIODICAL) or is_proper_noun(found)
            or is_translit(found) or tied_at(text, s, e, _written(name)) or _glossed(text, e, name))


# A bracket right after a stretch (half or full width), what it holds
_BRACKET = re.compile(r"\s?[（(]([^（()）]{1,60})[）)]")


def _glossed(text: str, e: int, name: str) -> bool:
    """A bracket right after the stretch holds the name, in any case and spacing (`数字生活方式(Digital Lifestyles)`)."""
    m = _BRACKET.match(text, e)
    return m is not None and name.replace("-", "") in re.sub(r"[^a-z]", "", m.group(1).lower())
