"""HOSTILE26's bugs #2, #3, #5, #6 and #10, each reproducer reduced to a test: a stray placeholder's digit read as
part of a broken number, a gzip capture of several members, an unknown charset label on a local original, a capture
with no article text, odd server replies (Retry-After, CDX timestamps not in ASCII digits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings

from transqa.cli import main
from transqa.quantities import chinese_quantities

_PLACEHOLDER_IN_FIGURE = "# 报道\n\n公司收入增长 1 T2 . 5 亿美元。\n"


def test_2_a_placeholder_digit_is_no_part_of_a_broken_number() -> None:
    found = findings(None, _PLACEHOLDER_IN_FIGURE)
    assert [(f.code, f.target.text if f.target else "") for f in found if f.code in ("TQA207", "TQA303")] == [("TQA303", "T2")]
    # the number reader does not take `2 . 5 亿` (250 million) out of `T2 . 5 亿`
    assert all(abs(q.value - 2.5e8) > 1 for q in chinese_quantities("公司收入增长 1 T2 . 5 亿美元。"))
    assert "TQA207" in {f.code for f in findings(None, "# 报道\n\n公司收入增长 1 . 5 亿美元。\n")}  # the kind itself still read


def test_2_fix_does_not_hide_the_placeholder_in_a_figure(tmp_path: Path) -> None:
    target = tmp_path / "m.zh.md"
    target.write_text(_PLACEHOLDER_IN_FIGURE, encoding="utf-8")
    main(["fix", str(target), "--write", "-q"])
    assert "T2.5" not in target.read_text(encoding="utf-8")
    assert main(["check", str(target), "-q"]) == 1  # the defect is still reported, not checked clean

