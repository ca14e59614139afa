"""Edited references (benchmarks/real.py ``apply_edits``): a held-out set made by writing MT-like defects into a
professional reference is rebuilt from the corpus and its edit list, so the text itself never enters the repository."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import real  # noqa: E402

LINES = {10: "周日风暴抵达海岸时，官员下令3000名居民撤离。", 11: "彭博社报道了此事。", 12: "他说。"}


def _edit(line: int, op: str, find: str = "", replace: str = "") -> dict[str, str]:
    return {"doc": "d", "line": str(line), "op": op, "find": find, "replace": replace, "note": ""}


def test_no_edits_give_the_reference_in_order() -> None:
    assert real.apply_edits(LINES, []) == sorted(LINES.items())


def test_replace_drop_and_insert_keep_corpus_line_numbers() -> None:
    out = real.apply_edits(LINES, [
        _edit(10, "replace", "官员下令3000名居民撤离。", ""),
        _edit(11, "replace", "彭博社", "博社"),
        _edit(11, "insert", replace="彭博社报道了此事。"),
        _edit(12, "drop"),
    ])
    assert out == [(10, "周日风暴抵达海岸时，"), (11, "博社报道了此事。"), (11, "彭博社报道了此事。")]


def test_later_edits_of_a_line_see_the_earlier_ones() -> None:
    out = real.apply_edits(LINES, [_edit(11, "replace", "彭博社", "彭博"), _edit(11, "replace", "彭博报道", "彭博新闻报道")])
    assert out[1] == (11, "彭博新闻报道了此事。")


@pytest.mark.parametrize("edit", [
    _edit(11, "replace", "路透社", "路社"),      # find absent
    _edit(10, "replace", "，", ","),            # find twice in the line as it stands
    _edit(9, "drop"),                           # outside the document
    _edit(10, "swap"),                          # unknown op
])
def test_bad_edits_are_refused(edit: dict[str, str]) -> None:
    lines = dict(LINES)
    lines[10] = "风暴，抵达，海岸。"
    with pytest.raises(ValueError):
        real.apply_edits(lines, [edit])
