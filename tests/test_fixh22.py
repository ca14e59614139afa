"""HOSTILE22's growth bugs and small misreadings: each test bounds the work (counts the calls), not the time."""

from __future__ import annotations

import pytest
from tests.helpers import findings

import transqa.checks.transliteration.target_only as target_only

_PEOPLE = [("Udi", "Manber", "乌迪·曼伯"), ("Peter", "Kovacs", "彼得·科瓦奇"), ("John", "Lopez", "约翰·洛佩兹"),
           ("Anna", "Sanders", "安娜·桑德斯"), ("Mark", "Turner", "马克·特纳"), ("Tom", "Fisher", "汤姆·菲舍尔")]


def test_a_latin_full_name_is_tried_only_against_dot_names_its_surname_can_start(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, str]] = []
    real = target_only._as_full_name

    def spy(given: str, surname: str, raw: str) -> str | None:
        calls.append((surname, raw))
        return real(given, surname, raw)

    monkeypatch.setattr(target_only, "_as_full_name", spy)
    zh = "# 名字\n\n" + "\n\n".join(f"{g} {s}表示，公司正在增长。后来{g} {s}说，{z}同意。" for g, s, z in _PEOPLE) + "\n"
    found = findings(None, zh)
    assert len(calls) == len(_PEOPLE)  # six surnames of six onsets: one `·` name each, not all six (36 before)
    assert any("乌迪·曼伯" in f.message and "Udi Manber" in f.message for f in found)
