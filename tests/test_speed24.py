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


def test_glossed_at_reads_as_the_pattern_did() -> None:
    """glossed_at without a pattern compiled per word answers as `[一-鿿]{0,3}\\s*[(（][^)）]*word` matched at i."""
    import re

    from transqa.lang.chinese import glossed_at

    r = random.Random(9)
    pieces = ["组织", "(", "（", ")", "）", " ", "Ocean", "Aid", "O", "中", "a"]
    for _ in range(3000):
        text = "".join(r.choice(pieces) for _ in range(r.randint(0, 10)))
        word = r.choice(["Ocean", "Aid", "Ocean Aid", "a", ")", "中"])
        pat = re.compile(r"[\u4e00-\u9fff]{0,3}\s*[(（][^)）]*" + re.escape(word))
        for i in range(len(text) + 1):
            assert glossed_at(text, i, word) == bool(pat.match(text, i)), (text, i, word)


def test_gloss_index_holds_every_block_a_gloss_stands_in() -> None:
    """The blocks indexed by the heads of the Latin words inside brackets hold every block where `_glossed_in` finds
    the Latin name glossing a Chinese form."""
    from transqa.checks.transliteration.target_only import _glossed_in, _heads_index

    r = random.Random(4)
    pieces = ["曼伯", "乌迪·曼伯", "(", "（", ")", "）", " ", "Udi", "Manber", "Labs", "x", "说"]
    for _ in range(1500):
        text = "".join(r.choice(pieces) for _ in range(r.randint(0, 12)))
        block = parse_markdown("a.zh.md", "# 标题\n\n" + text.replace("\n", " ") + "\n").blocks[-1]
        index = _heads_index([block])
        for t in ("Udi", "Manber", "Udi Manber", "Labs"):
            for f in ("曼伯", "乌迪"):
                if _glossed_in(block.text, f, t):
                    assert block in index.get(t[:2], []), (block.text, f, t)


def test_a_surname_many_people_share_is_not_walked_for_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOSTILE23 #4: without the original, a hundred `Xxx Labs` each walked every place of `Labs` (4,400 tests of the
    word before) and every block for its gloss (2,440 searches, with no bracket in the article); once per pair now."""
    import transqa.checks.transliteration.target_only as to

    calls = {"_glossed_in": 0, "_name_word_before": 0}
    for name in calls:
        def counting(*args: object, _name: str = name, _orig: object = getattr(to, name)) -> object:
            calls[_name] += 1
            return _orig(*args)  # type: ignore[operator]

        monkeypatch.setattr(to, name, counting)
    _source, target = _people(100)
    result = check_documents(None, parse_markdown("a.zh.md", target))
    assert any(f.code == "TQA310" for f in result.findings)
    assert calls["_glossed_in"] < 100 and calls["_name_word_before"] < 10 * 100, calls


def test_a_thread_quoted_up_and_down_is_read_in_one_descent() -> None:
    """HOSTILE23 #5: quote depth changing from line to line past the flat level (`>` ×0…99, no blank line). Each
    shallower line, a lazy continuation, ended the flat paragraph and every quote around it, and the next deep line
    opened them all again, each quote scanning to the end of the text (quadratic: 20,000 lines, 43 CPU s): one
    paragraph per descent. Read on as CommonMark reads a lazy line, the thread is one descent, every line kept."""
    n = 2000
    text = "# 标题\n\n" + "\n".join(">" * (i % 100) + f" 引用{i}" for i in range(n)) + "\n"
    doc = parse_markdown("a.zh.md", text)
    assert len(doc.blocks) < 30  # the heading, the quotes of the first descent; old: 381 blocks, one per descent
    kept = "".join(b.text for b in doc.blocks)
    assert all(f"引用{i}" in kept for i in range(n))
    for b in doc.blocks:  # the text read flat still points into the file, character by character
        assert all(c.isspace() or text[b.file_offset(i)] == c for i, c in enumerate(b.text))


def test_name_windows_read_pinyin_only_for_windows_that_may_be_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 21: `given_name_slips` read the pinyin of every window of three Han characters; a window that starts
    with no common surname, in a pair whose English names no one in pinyin, is no name whatever it reads. The
    windows kept are those of the walk over every window."""
    from collections import defaultdict

    from transqa.checks.transliteration import homophones

    text = "# 标题\n\n" + "他说，这家公司的收入增长了很多。汪文斌说，汪文彬和孟晚舟都来了。\n"
    block = parse_markdown("a.zh.md", text).blocks[-1]
    calls = [0]
    syllable = tl.syllable

    def counting(ch: str) -> str:
        calls[0] += 1
        return syllable(ch)

    monkeypatch.setattr(tl, "syllable", counting)
    groups: dict[tuple[str, ...], dict[str, list[tuple[object, int]]]] = defaultdict(lambda: defaultdict(list))
    homophones._name_windows(block, frozenset(), groups)  # type: ignore[arg-type]
    assert calls[0] <= 3 * sum(1 for c in block.text if c in homophones.SURNAMES)  # old: three for every Han window
    forms = {w for g in groups.values() for w in g}
    assert {"汪文斌", "汪文彬"} <= forms
    calls[0] = 0
    homophones._name_windows(block, frozenset({"mengwanzhou"}), groups)  # type: ignore[arg-type]
    # with a pinyin name of the English every window is read: since release 29 the block's characters once each, not
    # three per window (3 * 20 and more before)
    assert calls[0] == len(block.text)
    assert "孟晚舟" in {w for g in groups.values() for w in g}
