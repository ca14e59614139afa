"""Release 42 (brief r42/newmend), item 1: the text report's boxes. Each paragraph's box marks and lists its own
findings; the same finding repeated in another paragraph is not folded into the first paragraph's `also at` line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.helpers import run_cli

# the newcomer's shape (archive boxee-box-demo-video.md with two paragraphs appended): an unclosed `（` in two paragraphs
ZH = "# 演示\n\n这款设备售价 1999 美元（含税。\n\n这款设备重 2500 克（不含电源。\n"


def _boxes(out: str) -> dict[str, str]:
    """Box title line number → the box's text."""
    return {m.group(1): m.group(0) for m in re.finditer(r"╭─ ZH line (\d+)[^\n]*\n(?:│[^\n]*\n)*╰", out)}


def test_each_paragraph_box_marks_and_lists_its_own_finding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tmp_path / "a.zh.md"
    zh.write_text(ZH, encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(zh), "--isolated", "--select", "TQA503", "--format", "text")
    boxes = _boxes(out)
    assert set(boxes) == {"3", "5"}, out
    assert "3:" in boxes["3"] and "⟦（⟧含税" in boxes["3"], out
    assert "5:13 TQA503" in boxes["5"] and "⟦（⟧不含电源" in boxes["5"], out
    assert "also at" not in out, out
    assert "\n2 errors\n" in out, out


def test_also_at_stays_within_one_paragraph_and_marks_every_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tmp_path / "a.zh.md"
    zh.write_text("# 黑客事件\n\n黑客声称有 10，000 个账户，脸书否认这 10，000 个账户是它的。\n", encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(zh), "--isolated", "--select", "TQA207", "--format", "text")
    assert out.count("TQA207 error") == 1 and "also at 3:" in out, out
    assert out.count("⟦10，000⟧") == 2, out  # the place on the `also at` line is marked in the text too
