"""Release 48 (issue 16, the numbers misses reread): a decade or century said with its article is read as its years."""

from __future__ import annotations

from tests.helpers import findings

# WMT22 Online-W lines 1345-1346 (labelled `number`): the 10 of the rating is lost; the paragraph before writes
# `过去十年` for `the last decade`, which is its own source's figure, not the rating's 10 moved there.
_EN = ('Amit Yoran called it "the single biggest, most critical vulnerability of the last decade".\n\n'
       'The vulnerability, dubbed "Log4Shell," was rated 10 on a scale of one to 10 by the Apache Software Foundation.\n')
_ZH = ("阿米特·约兰称这是“过去十年中最大、最关键的一个漏洞”。\n\n"
       "这个被称为“Log4Shell”的漏洞被阿帕奇软件基金会评为一至十级。\n")


def test_a_figure_lost_beside_a_decade_of_the_neighbour_is_reported() -> None:
    found = [(f.code, f.source.text if f.source else None) for f in findings(_EN, _ZH) if f.category == "number"]
    assert ("TQA203", "10") in found


def test_the_decade_rendered_keeps_the_rating_when_kept() -> None:
    zh = _ZH.replace("评为一至十级", "评为 10 级（满分 10 级）")
    assert [f.code for f in findings(_EN, zh) if f.category == "number"] == []


def test_numerals_run_together_falling_are_garbled_without_the_source() -> None:
    # WMT23 elitr_minuting-16 line 1250 (ONLINE-A, labelled `number`; reference A writes `四两秒钟` too)
    found = [(f.code, f.target.text if f.target else None) for f in findings(None, "它将发出时间戳，例如四两个秒的窗口和类。")]
    assert ("TQA207", "四两") in found
    assert not [f for f in findings(None, "来了三两个人，待了三四天。") if f.code == "TQA207"]
