"""One name written in one place with another character of the same sound (TQA310, with or without the original).

A homophone slip (`科维` for the article's `柯维`, `伊玛姆` for `伊玛目`): the two forms read the same toneless
pinyin syllable by syllable, yet differ in characters, so the sound tests that pair transliterations by the letters
and sound of a Latin name (`chinese_sound_alike`, which leaves two-character forms alone) do not tell them apart
from one name written twice."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from transqa.checks.transliteration.common import seen_at
from transqa.checks.transliteration.rules import TRANSLIT_INCONSISTENT
from transqa.checks.transliteration.target_only import SLIDE, name_forms
from transqa.context import Context, quote
from transqa.findings import Finding
from transqa.lang.chinese import tied_at
from transqa.lang.script import is_han
from transqa.model import Block

KNOWN_PLACES = 2  # places of the usual form from which it is the article's without the dictionary (柯维 twice, dev2)


def _count(blocks: list[Block], form: str) -> int:
    return sum(b.text.count(form) for b in blocks if b.kind != "code")


def _usual_of(slip: str, same: list[str], counts: dict[str, int]) -> str | None:
    """The form of `same` (one sound) that `slip` misspells: at most half of its characters differ, written more
    often than `slip` and known as a name: written KNOWN_PLACES times or a CC-CEDICT headword. The most written;
    None without one."""
    from transqa.lang.transliterate import is_headword

    best: str | None = None
    for k in same:
        diff = sum(x != y for x, y in zip(k, slip, strict=True))
        if not 1 <= diff * 2 <= len(k) or counts[k] <= counts[slip]:
            continue
        if (counts[k] >= KNOWN_PLACES or is_headword(k)) and (best is None or counts[k] > counts[best]):
            best = k
    return best


def _same_sound(blocks: list[Block], sounds: dict[tuple[str, ...], set[str]]) -> None:
    """Adds to `sounds` (toneless pinyin of a slip candidate → forms of that sound) every window of Han characters
    of the text that reads one of them: one pass over the text per length sought."""
    from transqa.lang.transliterate import syllable

    lengths = {len(k) for k in sounds}
    for b in blocks:
        if b.kind == "code":
            continue
        t = b.text
        reads = tuple(map(syllable, t))
        for n in lengths:
            for i in range(len(t) - n + 1):
                key = reads[i : i + n]
                if key in sounds and all(map(is_han, t[i : i + n])):
                    sounds[key].add(t[i : i + n])


def homophone_slips(ctx: Context, reported: set[tuple[int, int]]) -> Iterator[Finding]:
    """TQA310 on each place of a name form (a `·` name's part, a run of three transliteration characters or more,
    `name_forms`) that is no CC-CEDICT headword and reads, syllable by syllable in toneless pinyin (`syllables`,
    the first reading of each character), as another string of the article written more often and known as a
    name: written KNOWN_PLACES times, or a CC-CEDICT headword. `reported`: (block index, start) of the places
    other name findings took; the places this one reports are added."""
    from transqa.lang.transliterate import is_headword, syllables

    blocks = ctx.target.blocks
    forms = name_forms(blocks)
    names = {f for f in forms if 2 <= len(f) <= SLIDE and all(map(is_han, f)) and not is_headword(f)}
    sounds: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for f in names:
        sounds[syllables(f)].add(f)
    _same_sound(blocks, sounds)
    for found in sounds.values():
        if len(found) < 2:
            continue
        same = sorted(found)
        counts = {f: _count(blocks, f) for f in same}
        for slip in same:
            if slip not in names or (usual := _usual_of(slip, same, counts)) is None:
                continue
            b0, s0 = min(((b, s) for b in blocks if b.kind != "code" for s in _starts(b.text, usual)), key=lambda p: (p[0].index, p[1]))
            line = ctx.target.location(b0, s0, s0 + len(usual)).line
            for b, s in forms[slip]:
                if (b.index, s) in reported or tied_at(b.text, s, s + len(slip), usual):
                    continue  # taken, or glossed with the usual form (`科维（柯维）`) as the other TQA310 paths allow
                reported.add((b.index, s))
                yield ctx.finding(
                    TRANSLIT_INCONSISTENT,
                    f"{quote(slip)} is written {quote(usual)} elsewhere in this article ({seen_at(line, counts[usual])}): "
                    "the same sound in another character",
                    target=(b, s, s + len(slip)), suggestion=usual)


def _starts(text: str, form: str) -> Iterator[int]:
    i = text.find(form)
    while i >= 0:
        yield i
        i = text.find(form, i + 1)
