"""Release forty, issue 21 (cost linear in the article's length): a paragraph of thousands of sentences with the
original, every name of it sought in the whole aligned translation (checks/transliteration/common.py `_hits`)."""

from __future__ import annotations

import random

from tests.helpers import findings, grows_linearly

from transqa.checks.transliteration.common import RunFilter, _hits
from transqa.lang.transliterate import TRANSLIT
from transqa.memo import pair_scope
from transqa.model import Block


def _block(text: str) -> Block:
    return Block(index=0, kind="paragraph", text=text, offsets=list(range(len(text) + 1)), file_start=0, file_end=len(text))


def _latin(r: random.Random, syllables: int) -> str:
    return "".join(r.choice("bcdfgklmnprstvw") + r.choice("aeiou") for _ in range(syllables)).title()


def _gibberish(r: random.Random, n: int) -> str:
    """n short sentences of three random transliteration characters each (`…说。`): about 3n distinct sound keys."""
    chars = sorted(TRANSLIT)
    return "".join("".join(r.choice(chars) for _ in range(3)) + "说。" for _ in range(n))


def test_a_name_is_sought_only_in_the_runs_it_may_be_heard_in() -> None:
    # the filter is exact: the same hits, in the same order, as the walk over every run of the text, for names of every
    # length (those too long to index too) and with their particles
    r = random.Random(40)
    text = _gibberish(r, 300)
    names = [_latin(r, k) for k in (1, 2, 2, 3, 3, 4, 5, 7, 14) for _ in range(6)]
    cases = [(n, "") for n in names] + [(n, "de") for n in names[:10]] + [(n, "von der") for n in names[-5:]]
    from transqa.lang.transliterate import particle_spelling

    spellings = {n for n, _ in cases} | {particle_spelling(p, n) for n, p in cases if p}
    with pair_scope():
        runs = RunFilter(spellings)
        for name, particle in cases * 2:  # the second round through the index (WALKED_FIRST names walk the text first)
            assert _hits(name, [_block(text)], particle, runs) == _hits(name, [_block(text)], particle)
        assert runs.texts  # the text was indexed


def test_many_names_are_sought_in_a_long_paragraph_in_linear_time() -> None:
    # n names of fourteen syllables against n sentences of random transliteration characters: no run of three
    # characters renders such a name, yet every name was weighed against every sound key of the paragraph
    # (_hits without the filter: n = 150 and 600 took 0.17 and 1.84 CPU s, 11x; with it 0.02 and 0.08)
    made = {}
    for n in (150 // 4, 150, 600):
        r = random.Random(n)
        made[n] = ([_latin(r, 14) for _ in range(n)], _block(_gibberish(r, n)))

    def work(n: int) -> int:
        names, block = made[n]
        with pair_scope():
            runs = RunFilter(names)
            return sum(len(_hits(name, [block], "", runs)) for name in names)

    assert grows_linearly(work, 150) == 0


def test_a_long_paragraph_of_names_with_the_original_is_checked_whole() -> None:
    # the whole check over a paragraph of names and gibberish renderings: no internal error
    r = random.Random(7)
    en = " ".join(f"{_latin(r, 2)} {_latin(r, 2)} spoke." for _ in range(120))
    zh = _gibberish(r, 120)
    assert "TQA999" not in [f.code for f in findings("# T\n\n" + en + "\n", "# 标题\n\n" + zh + "\n")]


def test_a_figure_is_weighed_only_against_those_its_magnitude_slips_may_give() -> None:
    # numbers._ByRatio: the translation's figures a source figure's value times a power of ten (or 万/亿 said twice)
    # may be, of its money-ness, are every one the weighing over all pairs finds (exact), in order
    from transqa.checks.numbers import _ByRatio, _magnitude, _scale_twice
    from transqa.quantities.core import Quantity

    r = random.Random(40)
    values = [0.0, float("inf"), -3.0, 2.5, 7.0, 1e-4, 3e8, 123456.0]
    kinds = ["count", "money", "percent"]

    def q(k: int) -> Quantity:
        base = r.choice(values) if r.random() < 0.3 else r.choice([1, 2, 5, 12, 25]) * 10.0 ** r.randint(-4, 9)
        text = r.choice([f"{base:g}", f"{base * 1e-4:g} 万", f"{base * 1e-8:g}亿"])
        return Quantity(kind=r.choice(kinds), value=base, start=k, end=k + 1, text=text)

    source, target = [q(k) for k in range(300)], [q(k) for k in range(300)]
    index = _ByRatio(target)
    found = 0
    for s in source:
        want = [k for k, t in enumerate(target) if (s.kind == "money") == (t.kind == "money")
                and (_scale_twice(s, t) or _magnitude(s.value, t.value))]
        assert [k for k in index.near(s) if _scale_twice(s, target[k]) or _magnitude(s.value, target[k].value)] == want
        found += len(want)
    assert found > 100  # slips of every size were weighed


def test_the_values_close_to_a_figure_are_found_by_their_bucket() -> None:
    # numbers._ByValue: every value `close` to a figure (relative 1e-6, or 1e-9 apart: tiny ones, those around a
    # thousandth, either sign, infinities) is among those it gives, in order
    from transqa.checks.numbers import _ByValue
    from transqa.quantities.core import close

    r = random.Random(21)
    base = [0.0, 1e-3, -1e-3, 0.9999999e-3, 1e-12, -1e-12, 5e-10, float("inf"), float("-inf"), float("nan"), 1.0, 2.5e9]
    values = [b * (1 + r.choice([0, 1e-7, -1e-7, 3e-7, 1e-5])) + r.choice([0, 0, 1e-10, -4e-10]) for b in base for _ in range(8)]
    values += [r.uniform(-1e4, 1e4) for _ in range(200)]
    index = _ByValue(values)
    pairs = 0
    for v in values:
        want = [k for k, w in enumerate(values) if close(w, v)]
        got = index.near(v)
        assert [k for k in got if close(values[k], v)] == want
        pairs += len(want)
    assert pairs > len(values)  # values close to others were sought
