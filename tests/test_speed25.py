"""Release twenty-five's linear paths (HOSTILE24 #1, issue 21): each is counted, never timed."""

from __future__ import annotations

import random

import pytest

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown

_SYL = "阿巴达埃法加哈伊贾拉马纳奥帕萨塔乌瓦扎贝蒂安森莫"


def _one_onset(n: int, seed: int = 7) -> str:
    """The Chinese of an article about n people whose surnames all start with the same sounds, in both scripts
    (Kris…, 克里斯…): every Latin full name shares the onsets `_DottedByOnset` indexes with every `·` name."""
    r = random.Random(seed)
    paras = ["# 名单"]
    for _ in range(n):
        given = "".join(r.choice("bdfglmnptvz") + r.choice("aeiou") for _ in range(2)).capitalize()
        surname = "Kris" + "".join(r.choice("bdfglmnptvz") + r.choice("aeiou") for _ in range(2))
        zh = "".join(r.choice(_SYL) for _ in range(2)) + "·克里斯" + "".join(r.choice(_SYL) for _ in range(2))
        paras.append(f"{given} {surname} 表示，{zh}也同意。")
    return "\n\n".join(paras) + "\n"


def test_dot_names_sharing_one_onset_are_not_each_weighed_against_every_latin_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOSTILE24 #1: each Latin full name of a list of people was tried against every `·` name whose onsets it shares
    (names x names: 1,000 to 8,000 paragraphs cost x17 CPU). A name whose onsets more than MAX_SOUNDALIKES `·` names
    share is tied to none of them by sound: 150 people of one onset made 150 x 150 tries, now none."""
    import transqa.checks.transliteration.target_only as to

    calls: list[int] = []
    real = to._as_full_name
    monkeypatch.setattr(to, "_as_full_name", lambda *a: calls.append(1) or real(*a))
    check_documents(None, parse_markdown("a.zh.md", _one_onset(150)))
    assert len(calls) <= 150 * 150 // 10, len(calls)  # (before: 22,500)


@pytest.mark.parametrize("given", ["Ida", "Tomas"])
@pytest.mark.parametrize("surname", ["Kristen", "Anders"])
def test_candidates_are_the_index_s_below_the_cap_and_none_above(given: str, surname: str) -> None:
    """`_DottedByOnset.candidates` gives the `·` names of the index while they are MAX_SOUNDALIKES at most (the
    same as the whole index lists, read from as many + 1 of each list), none beyond."""
    from transqa.checks.transliteration.target_only import MAX_SOUNDALIKES, _DottedByOnset

    for n in (MAX_SOUNDALIKES - 20, MAX_SOUNDALIKES, MAX_SOUNDALIKES + 1, 3 * MAX_SOUNDALIKES):
        names = sorted({f"{a}{b}·克里{c}{d}" for a in "托塔汤" for b in _SYL for c in "斯森" for d in _SYL})[:n]
        index = _DottedByOnset([(raw, []) for raw in names])
        got = index.candidates(given, surname)
        assert len(got) <= MAX_SOUNDALIKES
        if n <= MAX_SOUNDALIKES:
            assert got == [x for x in index.ordered if x in got] and len(got) >= min(n, 1)
        else:
            assert got == []
