"""Release 43 (brief r43/newmend): what a newcomer found using transqa from the README alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, run_cli

from transqa.quantities import garbled_numbers


# item 1: a clock time or a date before a clause's full-width comma is not the left half of a broken number
@pytest.mark.parametrize("zh", [
    "会议于 10:15，200 人到场。",
    "截至美国东部时间下午 3:30，900 个视频片段被上传。",
    "截至 10：05，300 人报名。",
    "在 2010/3/15，200 人报名。",
    "在 2010-03-15，200 人报名。",
])
def test_clock_time_or_date_before_a_comma_is_no_broken_number(zh: str) -> None:
    got = [g[2] for g in garbled_numbers(zh)]
    assert not any(x.startswith(("15，", "30，", "05，")) for x in got), got
    assert not [f for f in findings(None, zh) if f.code == "TQA207" and f.target and ":" not in f.target.text
                and f.target.text.split("，")[0] in ("15", "30", "05")]


def test_broken_figures_beside_a_colon_or_a_date_still_found() -> None:
    assert [g[2] for g in garbled_numbers("开始在日本销售这款设备(价格:10，400 美元)。")] == ["10，400"]
    assert [g[2] for g in garbled_numbers("24 瓦，75-20，000 赫兹")] == ["20，000"]  # a range, not a date
    # a ratio, not a clock (review of release 43): the group after the comma starts with 0, or no minutes (`1:75，200`)
    assert [g[2] for g in garbled_numbers("发病率约为 1:10，000。")] == ["10，000"]
    assert [f.target.text for f in findings(None, "发病率约为 1:10，000。\n") if f.code == "TQA207" and f.target] == ["10，000"]
    assert [g[2] for g in garbled_numbers("比例为 1:75，200。")] == ["75，200"]


def test_fix_leaves_a_clock_time_before_a_comma(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tmp_path / "a.zh.md"
    zh.write_text("# 会议\n\n会议于 10:15，200 人到场。\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "fix", str(zh), "--isolated")
    assert code == 0 and out == "", (out, err)


def test_a_run_of_groups_before_a_list_join_is_a_suggestion() -> None:
    # the archive's brightcove-3-leaked-screenshots.md: 360, 512, 900 and 1,500 (bit rates); one figure or a list
    got = {f.target.text: bool(f.certain_repairs) for f in findings(None, "不同的比特率(360，512，900 和 1，500)。")
           if f.code == "TQA207" and f.target}
    assert got == {"360，512，900": False, "1，500": True}, got


# item 3: TQA510's suggestion on `等)。).` shows the end result, the stray `)` (TQA503's) gone too
def test_doubled_full_stop_after_a_stray_bracket_suggests_the_end_result() -> None:
    zh = "您可以在哪里预订该航班(如 Delta，American Airlines 等)。).然后谷歌会显示结果。"
    got = [f for f in findings(None, zh) if f.code == "TQA510"]
    assert len(got) == 1 and got[0].suggestion is not None, got
    assert "stray “)”" in got[0].suggestion and "等)。然后" in got[0].suggestion, got[0].suggestion
    assert any(f.code == "TQA503" for f in findings(None, zh))
    # an aside whose `。` is inside its bracket keeps the old suggestion: only the full stop after it goes
    [plain] = [f for f in findings(None, "他说(这是第一次。).然后离开。") if f.code == "TQA510"]
    assert plain.suggestion is not None and plain.suggestion.startswith("delete the full stop after the closing bracket")


# item 7: a run served from the result store says so, not "starting the workers… 0/200"
def test_the_bar_says_results_come_from_the_store() -> None:
    import io

    from rich.console import Console

    from transqa.report.progress import AuditBar

    buf = io.StringIO()
    with AuditBar(True, console=Console(file=buf, force_terminal=True, width=120)) as bar:
        bar.found(200, from_store=True)
        bar._bar.refresh()  # type: ignore[union-attr]
        assert "reading the result store" in buf.getvalue() and "starting the workers" not in buf.getvalue()
        assert bar.callback is not None
        bar.callback(200, False)
        bar._bar.refresh()  # type: ignore[union-attr]
        assert "200 from the result store" in buf.getvalue() and "starting the workers" not in buf.getvalue()
    buf = io.StringIO()
    with AuditBar(True, console=Console(file=buf, force_terminal=True, width=120)) as bar:
        bar.found(200, from_store=True)
        assert bar.callback is not None
        bar.callback(150, False)
        bar._bar.refresh()  # type: ignore[union-attr]
        assert "150 from the result store; starting the workers…" in buf.getvalue()
