"""Release 32, the lead's mends from a newcomer's report (newcomer33): a finding made with the original gives the
English place of what it names."""

from __future__ import annotations

from tests.helpers import findings


def test_att_cut_gives_the_names_english_place() -> None:
    en = "# AT&T deal\n\nThe deal closes next year, AT&T said.\n\nAT&T just said it will buy the company for $5 billion.\n"
    zh = "# AT&T 交易\n\nAT&T 表示，交易将于明年完成。\n\n在& T 刚刚表示将以 50 亿美元收购该公司。\n"
    cut = [f for f in findings(en, zh) if f.code == "TQA311"]
    assert [(f.target.text if f.target else None, f.source.line if f.source else None) for f in cut] == [("在& T", 5)]
    assert cut[0].source is not None and cut[0].source.text == "AT&T"
    # without the original there is no English place to give
    assert [f.source for f in findings(None, zh) if f.code == "TQA311"] == [None]
