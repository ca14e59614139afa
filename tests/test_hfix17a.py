"""What a hostile tester found in this release's new paths: a kept word capitalised in a credit reported as a name
written "1 ways", fix's diff headers for a name with a space or a symbolic link, a TSV sample quoted in a code
block refused as tabular data, a file hidden whole by an unclosed comment said to hold no text."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.helpers import one_error, run_cli

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.tabular import refuse_table_early, table_shape

REPAIRABLE = "# 网飞收入\n\n网飞今天宣布，公司收入达到 1 . 5 亿美元，增长 25%。\n\n该公司表示，新用户达到 300 万。\n"
NEEDS = pytest.mark.skipif(shutil.which("patch") is None or shutil.which("git") is None, reason="needs patch(1) and git")


def _codes(zh: str, keep: str, tmp_path: Path) -> list[tuple[str, str]]:
    g = tmp_path / "g.yaml"
    g.write_text(f"keep: [{keep}]\n", encoding="utf-8")
    return [(f.code, f.message) for f in check_documents(None, parse_markdown("zh.md", zh), Settings(glossary=(str(g),))).findings]


def test_a_kept_word_capitalised_in_a_credit_is_no_other_spelling(tmp_path: Path) -> None:
    zh = "# 网飞收入增长\n\n网飞今天宣布，公司第一季度收入增长 25%。\n\n【Via:休斯顿纪事报】\n"
    assert _codes(zh, "via", tmp_path) == []  # TQA401 silenced by keep, and no TQA302 in its place
    assert _codes(zh.replace("Via:", "VIA:"), "via", tmp_path) == []
    both = zh + "\n【via:纽约时报】\n"
    assert _codes(both, "via", tmp_path) == []


def test_a_name_written_one_way_is_never_said_to_be_written_1_ways(tmp_path: Path) -> None:
    got = _codes("# 标题\n\npay TM 是一家支付公司。\n", "Paytm", tmp_path)
    assert [c for c, _ in got] == ["TQA302"] and "is not the glossary's spelling" in got[0][1] and "1 ways" not in got[0][1]
    inside = _codes("# 标题\n\nPayTM 是一家支付公司。\n", "Paytm", tmp_path)  # a capital inside the word: another spelling
    assert [c for c, _ in inside] == ["TQA302"] and "1 ways" not in inside[0][1]
    two = _codes("# 标题\n\npay TM 是一家支付公司。\n\nPayTM 很好。\n", "Paytm", tmp_path)
    assert [c for c, _ in two] == ["TQA302"] and "is written 2 ways" in two[0][1]
