"""TQA310 without the original: a name of several capitalised words kept in Latin script, written elsewhere part by sound
and part by meaning (`Bloom Energy` twice, `布鲁姆能源` once)."""

from __future__ import annotations

from helpers import findings
from transqa.checks.transliteration.kept_by_meaning import _mixed_words, mixed_places

KEPT = (
    "# 燃料电池公司融资\n\n"
    "燃料电池初创公司 Bloom Energy 今天宣布完成新一轮融资。\n\n"
    "目前 Bloom Energy 的服务器已经安装在多家大公司的园区里。\n\n"
    "分析人士认为，布鲁姆能源的成本仍然过高。\n"
)


def test_a_name_kept_in_latin_and_written_part_by_sound_part_by_meaning_is_reported() -> None:
    got = [f for f in findings(None, KEPT) if f.code == "TQA310"]
    assert [(f.target.text, f.suggestion) for f in got if f.target is not None] == [("布鲁姆能源", "Bloom Energy")]


def test_the_same_rendering_is_left_alone_where_the_latin_name_is_not_kept_more_often() -> None:
    zh = "# 燃料电池公司融资\n\n燃料电池初创公司 Bloom Energy 今天宣布完成新一轮融资。\n\n分析人士认为，布鲁姆能源的成本仍然过高。\n\n布鲁姆能源的服务器已经安装在多家大公司的园区里。\n"
    assert not [f for f in findings(None, zh) if f.code == "TQA310" and f.target is not None and f.target.text == "布鲁姆能源"]


def test_a_word_by_meaning_alone_or_by_sound_alone_is_no_mixed_place() -> None:
    words = _mixed_words("Bloom Energy")
    assert words is not None
    assert mixed_places("布鲁姆能源公司", words) == [(0, 5)]
    assert mixed_places("开花能源公司", words) == []  # all by meaning: `_rendering_pattern`'s reading, not this one
    assert mixed_places("布鲁姆公司", words) == []  # a word missing
    assert mixed_places("不如能源", words) == []  # characters that are no rendering of Bloom
