"""Release twenty-four's linear paths (HOSTILE23 #3-#5, issue 21): each is counted, never timed."""

from __future__ import annotations

import random

import pytest

import transqa.lang.transliterate as tl
from transqa.engine import check_documents
from transqa.lang.transliterate import RenderingIndex, rendering_score
from transqa.load.markdown import parse_markdown

_SYL = "阿巴卡达埃法加哈伊贾卡拉马纳奥帕拉萨塔乌瓦扎贝克里斯蒂安森莫尔"


def _people(n: int, seed: int = 7) -> tuple[str, str]:
    """An article pair of n paragraphs, each about two other people (HOSTILE23 #3's shape)."""
    r = random.Random(seed)

    def lat() -> str:
        return "".join(r.choice("bcdfgklmnprstvz") + r.choice("aeiou") for _ in range(3)).capitalize()

    def zh() -> str:
        return "".join(r.choice(_SYL[:-1]) for _ in range(3))

    en, cn = ["# Long report"], ["# 长篇报道"]
    for _ in range(n):
        a, b, c, d, o = lat(), lat(), zh(), zh(), lat() + " Labs"
        en.append(f"{a} {b}, a spokesperson for {o}, said revenue rose, and {b} added that {o} hired people.")
        cn.append(f"{o} 发言人{c}·{d}表示，收入增长，{d}还说 {o} 雇用了人。")
    return "\n\n".join(en) + "\n", "\n\n".join(cn) + "\n"


def test_rendering_index_finds_what_the_walk_over_every_name_finds() -> None:
    """The name a run renders best (ACCEPT), read off the index, is the one the walk over every name finds, and the
    index weighs a few names per run, not all of them."""
    r = random.Random(5)

    def lat() -> str:
        return "".join(r.choice("bcdfgklmnprstvzhwjxq") + r.choice("aeiouy") for _ in range(r.randint(1, 6))).capitalize()

    names = sorted({lat() for _ in range(150)} | {"Herbert", "Aris", "Arigos", "Schwarzenegger", "Christiansenberg"})
    index = RenderingIndex(names, 0.7)
    found = weighed = 0
    for _ in range(300):
        run = "".join(r.choice(_SYL) for _ in range(r.randint(2, 7)))
        top = max(names, key=lambda w: rendering_score(w, run))
        assert index.best(run) == (top if rendering_score(top, run) >= 0.7 else None), run
        found += index.best(run) is not None
        weighed += len(index.candidates(run))
    assert found >= 20  # the test sees runs that render a name, not only runs that render none
    assert weighed < 300 * 10
    assert index.best("赫伯特") == "Herbert" and index.best("阿里斯") == "Aris"


def test_doubts_of_a_long_article_are_not_weighed_against_every_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOSTILE23 #3: each second writing the with-original half doubts was weighed against every English name of the
    article (100 paragraphs of two people each: 4,422 scores); read off an index, a few per doubt."""
    calls = [0]

    def counting(name: str, chinese: str) -> float:
        calls[0] += 1
        return rendering_score(name, chinese)

    monkeypatch.setattr(tl, "rendering_score", counting)
    source, target = _people(100)
    result = check_documents(parse_markdown("a.en.md", source), parse_markdown("a.zh.md", target))
    assert any(f.code == "TQA310" for f in result.findings)
    assert calls[0] < 2 * 100
