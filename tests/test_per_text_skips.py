"""Per-text skips of per-figure look-ups (issue 21, many links in one paragraph): a long text that holds no string a
look-up's patterns need is answered once for all its figures, with the answer every figure would get."""

from __future__ import annotations

import itertools
import re
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any

from transqa.quantities import direction
from transqa.quantities.core import Quantity
from transqa.quantities.needs import long_without


def _strings(items: Any) -> list[str]:
    """Every string a finite pattern (literals, classes of literals, groups, alternations, optional parts) matches."""
    out = [""]
    for op, av in items:
        if op is sre.LITERAL:
            opts = [chr(av)]
        elif op is sre.IN:
            opts = [chr(v) for o, v in av if o is sre.LITERAL]
            assert len(opts) == len(av)
        elif op is sre.SUBPATTERN:
            opts = _strings(av[-1])
        elif op is sre.BRANCH:
            opts = [s for branch in av[1] for s in _strings(branch)]
        elif op is sre.MAX_REPEAT:
            lo, hi, sub = av
            assert (lo, hi) in ((0, 1), (1, 1))
            opts = _strings(sub) + ([""] if lo == 0 else [])
        else:
            raise AssertionError(op)
        out = [a + b for a, b in itertools.product(out, opts)]
    return out


def test_every_direction_word_holds_a_stem() -> None:
    words = _strings(sre.parse(direction.EN_UP + "|" + direction.EN_DOWN + "|" + direction.EN_AFTER_UP + "|" + direction.EN_AFTER_DOWN)) + ["up", "down"]
    assert len(words) > 150
    for w in words:
        assert any(s in w.lower() for s in direction._EN_STEMS), w


def _figures(text: str) -> list[Quantity]:
    return [Quantity("count", float(m.group()), m.start(), m.end(), m.group()) for m in re.finditer(r"\d+", text)]


def test_a_long_text_without_a_stem_gives_every_figure_no_direction_as_each_search_would() -> None:
    stemless = " ".join(f"site {i}" for i in range(800))
    assert long_without(stemless, direction._STEM_WORDS)
    for text in (stemless, stemless + " shares rose 5 percent", "Shares ſank 5 " + stemless, "up 5 " + stemless):
        got = [direction.english_direction(text, q) for q in _figures(text)]
        short = [direction.english_direction(text[max(0, q.start - 100): q.end + 100], q.__class__(
            q.kind, q.value, q.start - max(0, q.start - 100), q.end - max(0, q.start - 100), q.text)) for q in _figures(text)]
        assert got == short
    assert direction.english_direction("Shares rose 5 " + stemless, _figures("Shares rose 5")[0]) == 1


def test_every_bound_word_holds_a_stem() -> None:
    from transqa.quantities import bounds

    words = [w for table in (bounds.EN_BEFORE, bounds.EN_AFTER) for words, _ in table
             for w in _strings(sre.parse(re.sub(r"\(\?P<\w+>", "(?:", words)))]
    words += ["until", "till", "more", "longer"]  # _EN_UNTIL's and _EN_MORE's words (each match holds one)
    assert len(words) > 60
    for w in words:
        assert any(s in w.lower() for s in bounds._EN_STEMS), w


def test_a_long_text_without_a_bound_word_gives_no_figure_a_bound_as_each_search_would() -> None:
    from transqa.quantities import bounds

    stemless = " ".join(f"site {i}" for i in range(800))
    assert long_without(stemless, bounds._STEM_WORDS)
    for text in (stemless, stemless + " nearly 5 people", "up to 5 " + stemless, "5 or ſo " + stemless, "~5 " + stemless):
        got = [bounds.english_bound(text, q) for q in _figures(text)]
        cut = [(max(0, q.start - 150), q) for q in _figures(text)]
        short = [bounds.english_bound(text[a: q.end + 30], Quantity(q.kind, q.value, q.start - a, q.end - a, q.text)) for a, q in cut]
        assert got == short and any(got) == (text != stemless), text


def test_a_rendering_is_present_alike_before_and_after_the_pieces_are_set() -> None:
    """TQA312's look-ups without the original: the first SET_AFTER in the text, the rest in the set of Han pieces."""
    import random

    from transqa.checks import wordnames

    rng = random.Random(7)
    chars = "谷歌地图触摸板苹果A b·\\n，。"
    text = "".join(rng.choice(chars) for _ in range(3000))
    han = "谷歌地图触摸板苹果"
    forms = ["".join(rng.choice(rng.choice((chars, han))) for _ in range(rng.randint(1, 8))) for _ in range(4 * wordnames.SET_AFTER)]
    lazy = wordnames._Present(text)
    got = [f in lazy for f in forms]
    assert lazy.pieces is not None and 0 < sum(got) < len(got)
    pieces = {run[i: i + n] for run in wordnames._HAN_RUN.findall(text) for n in range(1, 7) for i in range(len(run) - n + 1)}
    want = [f in pieces if len(f) <= 6 and wordnames._HAN_RUN.fullmatch(f) else f in text for f in forms]
    assert got == want
