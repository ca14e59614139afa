"""Release 42, issue 16 (numbers helper): TQA216 leaves a charge the sentence says is by time, and speaks once per
paragraph. Short examples written for these tests."""

from __future__ import annotations

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _found(zh: str) -> list[tuple[str, str]]:
    result = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=("TQA216",)))
    return [(f.target.text, f.message) for f in result.findings if f.target is not None]


def test_a_video_ad_billed_by_its_playing_time_is_a_true_rate_per_minute() -> None:
    assert _found("# 标题\n\n这家公司的视频广告按播放时长收费，每分钟 2 美元。\n") == []
    assert _found("# 标题\n\n广告主按分钟计费，每分钟 3 美元。\n") == []
    # the same price with no word of time billing is still a CPM read as per minute
    got = _found("# 标题\n\n这家公司的视频广告每分钟 2 美元。\n")
    assert [t for t, _m in got] == ["每分钟 2 美元"]


def test_a_rate_card_of_many_prices_is_one_finding_per_paragraph() -> None:
    zh = "# 标题\n\n展示广告每分钟 5 美元，文字广告每分钟 3 美元，视频广告每分钟 8 美元。\n\n另一段：广告每分钟 1 美元。\n"
    got = _found(zh)
    assert [t for t, _m in got] == ["每分钟 5 美元", "每分钟 1 美元"]
    assert "2 more" in got[0][1] and "more" not in got[1][1]
