"""Release 36's hostile inputs: TQA316 (a Latin name translated word by word elsewhere) searched every joined rendering
of every name in every paragraph."""

from __future__ import annotations

import itertools
import time
import tracemalloc
from collections.abc import Iterator

import pytest

WORDS = ("Red Blue Green Black White Apple Tree River Stone House Market Water Fire Light Star Moon Sun Cloud Rock "
         "Field Garden Bridge Tower Castle Ocean Forest Mountain Island Street Road Gold Silver Iron Glass Paper Book "
         "Music Dance Voice Heart Mind Dream Power Energy Future World Space Time City Door").split()


def _article(count: int, spread: int = 0) -> str:
    """`count` names of three dictionary words kept in Latin script, 20 to a paragraph, each paragraph also holding
    word-by-word renderings of other names (some twice in a row, some glossed), drawn from the first `spread` names
    (all when 0): count // 20 paragraphs."""
    from transqa.checks.untranslated import _joined, _word_renderings

    names = [" ".join(w) for w in itertools.permutations(WORDS, 3)][:count]
    forms = [next(iter(_joined(f)), "") if (f := _word_renderings(x)) else "" for x in names]
    paras = []
    for k in range(0, count, 20):
        parts = []
        for i, x in enumerate(names[k : k + 20]):
            j = forms[(k + 7 * i) % (min(spread, count) or count)]
            shown = j * 2 if i % 5 == 0 else f"{j}({x.split()[0]})" if i % 7 == 0 else j
            parts.append(f"他们用 {x} 做事，{shown}很好，")
        paras.append("".join(parts) + "红色的蓝色很好。")
    return "# 标题\n\n" + "\n\n".join(paras) + "\n"


def _found(text: str, check: object = None, keep: bool = True) -> list[tuple[str, int, int, str | None]]:
    """The check's findings on the text (message, span, suggestion); none kept unless `keep` (memory is measured
    without them: their number grows faster than the article's here, names sharing renderings)."""
    from transqa.checks import untranslated as u
    from transqa.context import Context
    from transqa.load import parse_markdown
    from transqa.memo import pair_scope

    with pair_scope():
        ctx = Context(None, parse_markdown("h.zh.md", text), [])
        got = [(f.message, f.target.offset, f.target.end_offset, f.suggestion)
               for f in (check or u._translated_names)(ctx) if f.target and keep]  # type: ignore[operator]
    return got


def _searched_everywhere(ctx: object) -> Iterator[object]:
    """TQA316 as release 35 read it (each joined rendering searched for in every paragraph): the reference the
    index must agree with, finding for finding."""
    from transqa.checks import untranslated as u
    from transqa.context import first_time
    from transqa.lang.chinese import glossed_at
    from transqa.lang.established import established
    from transqa.lang.script import find_all
    from transqa.lang.transliterate import is_headword

    prose = [b for b in ctx.target.blocks if b.kind in u.PROSE]  # type: ignore[attr-defined]
    reported: set[tuple[int, int]] = set()
    for name, places in u._latin_runs(prose).items():
        forms = u._word_renderings(name)
        if forms is None:
            continue
        nb, ns = places[0]
        line = ctx.target.location(nb, ns, ns + len(name)).line  # type: ignore[attr-defined]
        for joined in u._joined(forms):
            if is_headword(joined) or established(joined) or not any(joined in b.text for b in prose):
                continue
            hits = [(b, i) for b in prose for i in find_all(b.text, joined) if not glossed_at(b.text, i + len(joined), name.split()[0])]
            if len(hits) > len(places):
                continue
            for b, i in hits:
                if first_time(reported, (b.index, i)):
                    yield ctx.finding(  # type: ignore[attr-defined]
                        u.NAME_TRANSLATED,
                        f"{u.quote(joined)} translates the name {u.quote(name)} word by word; the article writes it "
                        f"{u.quote(name)} (line {line})", target=(b, i, i + len(joined)), suggestion=name,
                    )


def test_the_index_finds_what_searching_every_paragraph_found() -> None:
    pytest.importorskip("transqa.lang.lexicon")
    text = _article(300) + "\n疯狂鸡蛋疯狂鸡蛋疯狂鸡蛋和 Crazy Egg 及 Crazy Egg。\n\n疯狂鸡蛋(Crazy Egg)。\n"
    got = _found(text)
    assert len(got) > 100 and any("Crazy Egg" in g[0] for g in got)
    assert got == _found(text, _searched_everywhere)


# The growth tests' articles render the same 200 names' words everywhere. With renderings of all names, more names put
# more four-character heads in the prose, and the forms `_form_places` keeps (a head in the prose) grew as names times
# that share until every pair of words' heads is in (at most names × MAX_JOINED): peak memory 10 times 400 names' at 3,200
FIXED = 200


def _cpu(count: int) -> float:
    text = _article(count, FIXED)
    t = time.process_time()
    _found(text)
    return time.process_time() - t


def _peak(count: int) -> int:
    text = _article(count, FIXED)
    tracemalloc.start()
    try:
        _found(text, keep=False)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_thousands_of_names_over_hundreds_of_paragraphs_take_linear_time_and_memory() -> None:
    # hostile36: every name's joined renderings (up to 400) were each searched for in every paragraph (names × 400 ×
    # paragraphs: 8,000 names over 400 paragraphs, 95 CPU s; 400 → 3,200 names here took 0.35 → about 10 CPU s, 30
    # times). One index of the prose: 4 times the names and paragraphs may take at most 8 times the CPU
    # (grows_linearly; 200 → 800 names: today about 0.09 → 0.16 CPU s, _searched_everywhere 0.08 → 1.4, 17x) and 5
    # times the peak memory (today 3.1x; renderings of all names, not FIXED, 5.0x, as 10.0x at 400 → 3,200 was).
    # Sizes 200 → 800, not 400 → 3,200 over four sizes: the same proof in a third of the suite's CPU.
    from tests.helpers import grows_linearly

    pytest.importorskip("transqa.lang.lexicon")
    grows_linearly(_cpu, 200)
    peaks = [_peak(k) for k in (200, 800)]
    assert peaks[1] <= 5 * peaks[0], peaks
