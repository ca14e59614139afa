"""Release forty-one, a newcomer's item 3 (task newmend): a baseline keeps a finding whose place is a whole paragraph
recorded after an edit elsewhere in that paragraph (`200亿` → `20亿`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers import ZEYOUDI_EN, ZEYOUDI_ZH

from transqa.baseline import baseline_json, baseline_prints
from transqa.cli import main
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text

EN, ZH = ZEYOUDI_EN, ZEYOUDI_ZH


def _codes(tmp: Path, zh: str, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, int, int]]:
    (tmp / "a.zh").write_text(zh, encoding="utf-8")
    capsys.readouterr()
    main(["check", str(tmp / "a.en"), str(tmp / "a.zh"), "--baseline", str(tmp / "base.json"), "-f", "json"])
    data = json.loads(capsys.readouterr().out)
    files = data["documents"]
    return sorted((f["code"], f["target"]["line"], f["target"]["column"]) for d in files for f in d["findings"])


def _write_baseline(tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp / "a.en").write_text(EN, encoding="utf-8")
    (tmp / "a.zh").write_text(ZH, encoding="utf-8")
    main(["check", str(tmp / "a.en"), str(tmp / "a.zh"), "--write-baseline", str(tmp / "base.json"), "-f", "json"])
    recorded = json.loads((tmp / "base.json").read_text(encoding="utf-8"))["files"]
    assert sum(sum(c.values()) for c in recorded.values()) >= 1


def test_an_edit_elsewhere_in_the_paragraph_leaves_a_whole_paragraph_finding_recorded(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_baseline(tmp_path, capsys)
    assert ("TQA008", 1, 1) not in _codes(tmp_path, ZH, capsys)
    edited = _codes(tmp_path, ZH.replace("200亿", "20亿"), capsys)
    assert ("TQA008", 1, 1) not in edited  # the paragraph's TQA008 stays recorded
    assert any(code == "TQA202" for code, _, _ in edited)  # the new defect is reported


def test_an_edit_of_the_start_of_the_passage_makes_it_new(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_baseline(tmp_path, capsys)
    assert ("TQA008", 1, 1) in _codes(tmp_path, ZH.replace("我们正在与俄罗斯", "我们在与俄国"), capsys)


def test_a_baseline_written_before_release_41_still_hides_what_it_recorded(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = check_documents(parse_text("a.en", EN), parse_markdown("a.zh", ZH)).findings
    assert any(len(f.target.text) > 40 for f in found if f.target)  # a long place: its old print differs
    (tmp_path / "a.en").write_text(EN, encoding="utf-8")
    old = baseline_json(str(tmp_path / "base.json"), [(str(tmp_path / "a.zh"), baseline_prints(found, ZH, legacy=True))])
    (tmp_path / "base.json").write_text(old, encoding="utf-8")
    assert _codes(tmp_path, ZH, capsys) == []
