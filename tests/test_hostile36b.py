"""Release 36's hostile tester (second file; names316 wrote test_hostile36.py): the new name rules read each name
against every other name or every paragraph (TQA310's article convention, TQA312's kept runs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.helpers import checked_alone, timed_pair

_CONS, _VOW = "bdfgklmnprstvz", "aeiou"
_HEADS = {"Aid": "援助", "Market": "市场", "Garden": "花园", "Bridge": "桥梁", "Tower": "塔楼", "Forest": "森林",
          "Street": "街道", "Music": "音乐", "Voice": "声音", "Energy": "能源"}


def _pseudo(i: int) -> str:
    """An invented surname per i (Bada, Dada…), distinct for distinct i."""
    s, x = "", i
    while True:
        s += _CONS[x % 14] + _VOW[(x // 14) % 5]
        x //= 70
        if x == 0 and len(s) >= 4:
            return s.capitalize()


_SOUNDS = dict(zip([c + v for v in _VOW for c in _CONS], "巴达法加卡拉马纳帕拉萨塔瓦扎贝德费格克勒梅内佩雷塞特维泽比迪菲吉基利米尼皮里西蒂维齐"
                                                   "博多福戈科洛莫诺波罗索托沃佐布杜富古库卢穆努普鲁苏图武祖", strict=True))


def _by_sound(name: str) -> str:
    """The invented surname transliterated syllable by syllable (Bada 巴达)."""
    low = name.lower()
    return "".join(_SOUNDS[low[k : k + 2]] for k in range(0, len(low), 2))


def _counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Count the calls of module.name (replaced for the test)."""
    calls = [0]
    real = getattr(module, name)

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def _calls_at(n: int, make: Callable[[int], Callable[[], Any]], run: Callable[[Any], Any], calls: list[int]) -> int:
    ctx = make(n)
    calls[0] = 0
    checked_alone(run, ctx)
    return calls[0]


def _names_article(n: int) -> Callable[[], Any]:
    """n invented surnames, five to a paragraph, each said once; the translation renders four of five by sound and
    keeps the fifth in Latin script (an article of Chinese names, so TQA310 reads each name's convention)."""
    en, zh = ["# Title"], ["# 标题"]
    for p in range(n // 5):
        names = [_pseudo(p * 5 + k) for k in range(5)]
        en.append(" ".join(f"Mr {x} said the plan was good." for x in names))
        zh.append("".join(f"{_by_sound(x) if k else x}先生说这个计划很好。" for k, x in enumerate(names)))
    return timed_pair("\n\n".join(en) + "\n", "\n\n".join(zh) + "\n")


def test_each_name_is_read_against_the_article_convention_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile36 #1 (r36-inconsist's `_writes_names_in_chinese`): each name of the source read every other name's
    # occurrences again to tell the article's convention (names in Chinese or in Latin script): n² reads (1,600 names in
    # 320 paragraphs: 4 CPU s of 5 in the transliteration check, 6.3x from 400 names). The other names' script is
    # read once per article; four times the names may read Latin spans at most eight times as often.
    from transqa.checks import transliteration
    from transqa.checks.transliteration import with_original

    calls = _counted(monkeypatch, with_original, "_latin_span")
    small = _calls_at(50, _names_article, transliteration.check, calls)
    large = _calls_at(200, _names_article, transliteration.check, calls)
    assert small and large <= 8 * small, (small, large)


def _kept_runs(n: int) -> Callable[[], Any]:
    """Two paragraphs naming the same n runs of an invented word and a common noun (`Bada Aid`) inside a sentence;
    the translation keeps them in Latin script in the first paragraph and renders them word by word in the second."""
    runs = [(_pseudo(i), head) for i, head in zip(range(n), list(_HEADS) * n, strict=False)]
    sentence = "We saw " + ", then ".join(f"the {a} {h} here" for a, h in runs) + "."
    kept = "我们看到" + "，然后".join(f"{a} {h}在这里" for a, h in runs) + "。"
    literal = "我们看到" + "，然后".join(f"联合{_HEADS[h]}在这里" for _a, h in runs) + "。"
    return timed_pair(f"# Title\n\n{sentence}\n\n{sentence}\n", f"# 标题\n\n{kept}\n\n{literal}\n")


def test_thousands_of_kept_runs_in_two_paragraphs_are_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile36 #2 (r36-literal's kept_run, TQA312): each run read the CC-CEDICT names of every capitalised word of its
    # paragraph (`_named_before`) and searched the whole target paragraph with its pattern (`_first_hits`), so two
    # paragraphs of n runs cost n² (1,600 runs: 17 CPU s in kept_then_literal; 6,400 runs did not end in 600 s of wall
    # time). The brands' names are read once per paragraph, each pattern's matches once per paragraph.
    from transqa.checks.transliteration.kept_run import kept_then_literal
    from transqa.lang import transliterate

    calls = _counted(monkeypatch, transliterate, "known_renderings")

    def run(ctx: Any) -> Any:
        return kept_then_literal(ctx, set())

    small = _calls_at(40, _kept_runs, run, calls)
    large = _calls_at(160, _kept_runs, run, calls)
    assert small and large <= 8 * small, (small, large)
    got = checked_alone(run, _kept_runs(20))
    assert [f.code for f in got] == ["TQA312"]  # one a paragraph: the first word-by-word rendering, after the kept ones
    assert got[0].target is not None and got[0].target.text == "联合援助"


def test_a_paragraph_of_many_runs_is_read_for_its_list_marks_once() -> None:
    # hostile36 #3 (r36-literal's kept_run._runs): whether each run opens a list item was read by copying and stripping
    # the paragraph before it, so a paragraph of n runs cost n times its length (40,000 runs in 1 MB: 2.3 CPU s, 39 times
    # 10,000's). The marks that open the paragraph are read once.
    from types import SimpleNamespace

    from tests.helpers import grows_linearly

    from transqa.checks.transliteration.kept_run import _runs

    def work(n: int) -> int:
        text = "We saw " + ", then ".join(f"the {_pseudo(i)} Aid here" for i in range(n)) + "."
        sb = SimpleNamespace(kind="paragraph", text=text, index=0)
        ctx = SimpleNamespace(pairs=lambda: [(0, [sb], [sb])])
        places, inside = _runs(ctx)  # type: ignore[arg-type]
        return len(inside)

    assert grows_linearly(work, 10_000) == 40_000
    lead = SimpleNamespace(kind="paragraph", text="- Bada Aid, and - Dada Aid here.", index=0)
    _places, inside = _runs(SimpleNamespace(pairs=lambda: [(0, [lead], [lead])]))  # type: ignore[arg-type]
    assert inside == {"Dada Aid"}  # the run after the marks that open the paragraph is no name inside a sentence
