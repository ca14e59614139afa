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
    share is tied to none of them by sound: 100 people of one onset made 100 x 100 tries, now none."""
    import transqa.checks.transliteration.target_only as to

    calls: list[int] = []
    real = to._as_full_name
    monkeypatch.setattr(to, "_as_full_name", lambda *a: calls.append(1) or real(*a))
    check_documents(None, parse_markdown("a.zh.md", _one_onset(100)))
    assert len(calls) <= 100 * 100 // 10, len(calls)  # (before: 10,000)


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


_SOUNDS = ["科柯", "维威", "斯思", "拉腊", "莫默", "塔踏"]  # characters of one toneless syllable each


def _homophones(n: int, seed: int = 7) -> str:
    """The Chinese of an article about n people, each named twice, then once with a character of the same sound."""
    r = random.Random(seed)
    paras = ["# 名单"]
    for _ in range(n):
        sounds = r.sample(_SOUNDS, 3)
        usual = "".join(x[0] for x in sounds)
        slip = usual[:2] + sounds[2][1]
        paras.append(f"艾伦·{usual}表示，{usual}也同意。后来艾伦·{slip}说，公司在增长。")
    return "\n\n".join(paras) + "\n"


class _CountingText(str):
    """A block's text that counts the whole-text searches made on it (`count`, `find`)."""

    calls = [0]

    def count(self, *args: object) -> int:  # type: ignore[override]
        _CountingText.calls[0] += 1
        return str.count(self, *args)  # type: ignore[arg-type]

    def find(self, *args: object) -> int:  # type: ignore[override]
        _CountingText.calls[0] += 1
        return str.find(self, *args)  # type: ignore[arg-type]


def test_homophone_forms_are_counted_in_one_pass_over_the_text() -> None:
    """HOSTILE24 #1: each form of a group of homophones was counted in every block, then sought again in every block
    for its first place (forms x blocks); one pass over the text now counts every form, and finds the same slips."""
    from transqa.checks.transliteration.homophones import homophone_slips
    from transqa.context import Context

    target = _homophones(60)
    plain = parse_markdown("a.zh.md", target)
    want = [(f.message, f.target) for f in homophone_slips(Context(None, plain, []), set())]
    doc = parse_markdown("a.zh.md", target)
    for b in doc.blocks:
        b.text = _CountingText(b.text)
    _CountingText.calls[0] = 0
    got = [(f.message, f.target) for f in homophone_slips(Context(None, doc, []), set())]
    assert got == want and want
    assert _CountingText.calls[0] < len(doc.blocks), _CountingText.calls[0]


@pytest.mark.parametrize("seed", range(5))
def test_counts_of_one_pass_are_str_count_and_the_first_place(seed: int) -> None:
    """`_counts` counts as str.count does (leftmost occurrences that do not overlap: 阿阿 twice in 阿阿阿阿阿) and gives
    the first place of each form."""
    from transqa.checks.transliteration.homophones import _counts

    r = random.Random(seed)
    doc = parse_markdown("a.zh.md", "# 题\n\n" + "\n\n".join("".join(r.choice("阿巴卡") for _ in range(r.randint(1, 30)))
                                                          for _ in range(20)) + "\n")
    forms = {"".join(r.choice("阿巴卡") for _ in range(n)) for n in (1, 2, 2, 3, 3, 4) for _ in range(3)}
    got = _counts(doc.blocks, forms)
    for f in forms:
        n = sum(b.text.count(f) for b in doc.blocks)
        places = [(b.index, i) for b in doc.blocks for i in range(len(b.text)) if b.text.startswith(f, i)]
        assert (got[f][0], got[f][1]) == (n, min(places)) if n else f not in got


def test_a_latin_word_of_many_places_is_read_once_not_for_each_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOSTILE24 #1: whether a Latin name stands in prose at each of its places was read again for each Chinese form
    weighed against it (`Labs`, in every paragraph, against each form: places x forms); once per name now."""
    import transqa.checks.transliteration.target_only as to

    calls = [0]
    real = to._latin_name_in_prose

    def counting(*args: object) -> bool:
        calls[0] += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(to, "_latin_name_in_prose", counting)
    r = random.Random(7)
    forms = [a + b + c for a in "拉罗" for b in "布贝比博巴" for c in "斯丝"]  # each heard as Labs (L B S)
    paras = ["# 名单"]
    for k in range(200):
        given = "".join(r.choice("dfgkmnptvz") + r.choice("aeiou") for _ in range(2)).capitalize()
        paras.append(f"{given} Labs 发言人说，收入增长。" + (f"{forms[k]}也同意。" if k < len(forms) else ""))
    check_documents(None, parse_markdown("a.zh.md", "\n\n".join(paras) + "\n"))
    assert calls[0] < 4 * 200, calls[0]


def test_blocks_with_a_latin_name_are_those_the_full_name_pattern_can_match() -> None:
    """`_blocks_with_word`: the blocks `_whole_suggestion` seeks a Latin full name in are every block where its pattern
    matches (a subset of the blocks, read off one index of letter runs, not every block for every reported place)."""
    import re

    from transqa.checks.transliteration.target_only import _blocks_with_word

    doc = parse_markdown("a.zh.md", "# 题\n\nTim Kendall 说。\n\n肯德尔说，Kendalls 也是。\n\nO'Brien 和 Pat O'Brien。\n\n"
                                    "Udi Manber 与 Eric Udi Manber。\n\n3M 和 Big 3M。\n")
    for name in ("Kendall", "Manber", "Udi Manber", "O'Brien", "3M", "Nobody"):
        pat = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+) " + re.escape(name) + r"(?![A-Za-z])")
        having = [b for b in doc.blocks if pat.search(b.text)]
        got = _blocks_with_word(doc.blocks, name)
        assert all(b in got for b in having), name
        assert len(got) < len(doc.blocks) or name == "3M"
