"""A name's rendering with one inner character lost, glued to a word of transliteration characters (`让冈多拉出现`,
make Gundotra appear, beside 冈多特拉 twice): the run read as a form (`让冈多拉`) matches no writing of the name, so the
lost character (TQA311, `_two_forms`) went unseen there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from transqa.lang.script import NAME_DOT, is_han

if TYPE_CHECKING:
    from transqa.model import Block

# The shortest usual writing weighed, and how often the article must write it: four characters (a cut of three keeps
# three: a run of two is too often two different names) written twice, the brief of issue 17 (冈多特拉 twice beside
# 让冈多拉 once in the archive).
LEAST_USUAL = 4
LEAST_TIMES = 2


def glued_cuts(blocks: list[Block], forms: dict[str, list[tuple[Block, int]]]) -> None:
    """Add to `forms` (form → [(block, start)], changed in place) each place of a usual form (`LEAST_USUAL`
    transliteration characters or more, written `LEAST_TIMES` or more) with one inner character left out that stands
    glued on one side only to another transliteration character (the run it sits in was read as another form), not a
    CC-CEDICT entry itself, nor the surname of a `·` name whose given name the usual form is never written with (two
    people). Code blocks are left out. Returns nothing."""
    from transqa.checks.transliteration.target_only import occurrences
    from transqa.lang.transliterate import TRANSLIT, is_headword, is_translit

    usual = [u for u, places in forms.items() if len(u) >= LEAST_USUAL and len(places) >= LEAST_TIMES and is_translit(u)]
    cuts = {cut for u in usual for k in range(1, len(u) - 1) if (cut := u[:k] + u[k + 1:]) not in u
            and not is_headword(cut) and not two_people(forms.get(cut, ()), forms[u])}
    if not cuts:
        return
    known = {(cut, b.index, s) for cut in cuts for b, s in forms.get(cut, ())}
    for cut, b, s in occurrences(blocks, cuts):  # every cut sought in one pass over the text (target_only.occurrences)
        if (cut, b.index, s) not in known and _glued_once(b.text, s, s + len(cut), TRANSLIT):
            forms.setdefault(cut, []).append((b, s))
            known.add((cut, b.index, s))


def _glued_once(text: str, s: int, e: int, chars: frozenset[str]) -> bool:
    """text[s:e] touches a character of `chars` on exactly one side and no `·` (a part of a dotted name is read as
    its own form): a word glued to the name (让 of 让冈多拉), not the inside of a longer name."""
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    if (before and before in NAME_DOT) or (after and after in NAME_DOT):
        return False
    return (before in chars if before else False) != (after in chars if after else False)


def given_before(places: list[tuple[Block, int]] | tuple[()]) -> set[str]:
    """The Han words right before a `·` ahead of each place (维克 of 维克·冈多特拉): the given names written with it."""
    out: set[str] = set()
    for b, s in places:
        if s > 1 and b.text[s - 1] in NAME_DOT:
            j = s - 1
            while j > 0 and is_han(b.text[j - 1]) and s - 1 - j < 4:
                j -= 1
            out.add(b.text[j:s - 1])
    return out


def two_people(cut_places: list[tuple[Block, int]] | tuple[()], usual_places: list[tuple[Block, int]]) -> bool:
    """Both forms follow given names before a `·` and none is shared, by their ends (`谷歌副总裁维克` ends in 维克):
    two people (约翰·冈多拉 beside 维克·冈多特拉), not one name written two ways."""
    a, b = given_before(cut_places), given_before(usual_places)
    if not a or not b:
        return False
    return not any(x.endswith(y) or y.endswith(x) for x in a for y in b)
