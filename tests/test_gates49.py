"""Release 49 (issue 21, 200,000 links in one paragraph): the casualty and game-unit tests of the numbers check read a
source paragraph's figures only where the paragraph holds one of the words they read (may_count_casualties,
may_count_scores); elsewhere they read none, and what they report is unchanged."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.checks import numbers
from transqa.quantities.casualty import may_count_casualties
from transqa.quantities.sports import may_count_scores


def _counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    calls = {"casualty": 0, "sport": 0}
    casualty, sport = numbers.english_casualty, numbers.english_sport_unit

    def counted_casualty(text, q):  # type: ignore[no-untyped-def]
        calls["casualty"] += 1
        return casualty(text, q)

    def counted_sport(text, q):  # type: ignore[no-untyped-def]
        calls["sport"] += 1
        return sport(text, q)

    monkeypatch.setattr(numbers, "english_casualty", counted_casualty)
    monkeypatch.setattr(numbers, "english_sport_unit", counted_sport)
    return calls


def test_a_paragraph_of_links_has_its_figures_read_by_neither(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    en = " ".join(f"[site {i}](https://example.com/{i})" for i in range(40)) + "\n"
    zh = "".join(f"[网站{i}](https://example.com/{i})" for i in range(40)) + "\n"
    findings(en, zh)
    assert calls == {"casualty": 0, "sport": 0}  # one read a figure each before: 40 and 40


def test_the_words_still_read_where_they_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    got = findings("Sales fell 5% last year, and 12 people were injured.\n", "去年销售额下降了5%，12人死亡。\n")
    assert any(f.code == "TQA205" and "injured" in f.message for f in got)
    got = findings("The side scored 20 runs in the match.\n", "这支球队在比赛中打进了20个进球。\n")
    assert any(f.code == "TQA205" and "run" in f.message for f in got)
    assert calls["casualty"] >= 1 and calls["sport"] >= 1


@pytest.mark.parametrize(("text", "casualty", "score"), [
    ("site 5 site 6", False, False),
    ("KILLED 3", True, False),  # the tests' flag: case does not matter
    ("the side was down to 10 men", False, True),
    ("3 Wickets", False, True),
])
def test_gates(text: str, casualty: bool, score: bool) -> None:
    assert may_count_casualties(text) is casualty
    assert may_count_scores(text) is score
