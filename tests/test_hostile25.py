"""HOSTILE25's bugs in `fix`, `fix --write` and the result store: each reproducer reduced to a test; the growth
bugs are bounded by counting re-checks (`transqa.fix.RECHECKS`), never by timing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from transqa.cli import main

_ZH = "# 标题\n\nMail.ru 周二表示，收入增长 1 . 5 亿美元。\n\nMail.ru 的用户上升，mail . ru 称。\n\n彭博 T2 报道称，Mail.ru 将扩张。\n"


def test_5_an_orig_that_links_to_the_target_is_not_taken_for_a_backup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a.zh.md"
    target.write_text(_ZH, encoding="utf-8")
    os.symlink("a.zh.md", tmp_path / "a.zh.md.orig")
    main(["fix", "--write", str(target)])
    assert "mail . ru" not in target.read_text(encoding="utf-8")
    kept = tmp_path / "a.zh.md.orig.1"
    assert kept.read_text(encoding="utf-8") == _ZH  # the text before the repair is somewhere
    assert f"kept in {kept}" in capsys.readouterr().err
    assert os.readlink(tmp_path / "a.zh.md.orig") == "a.zh.md"  # the link is left as it was


@pytest.mark.parametrize("damage", ["unknown-code", "null-findings"])
def test_6_a_damaged_stored_row_is_checked_again_with_a_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str) -> None:
    import json
    import shutil
    import sqlite3

    from tests.conftest import ROOT

    arc = tmp_path / "arc"
    arc.mkdir()
    for name in ("battery-recall.zh.md", "battery-recall.en.md"):
        shutil.copy(ROOT / "corpora/samples" / name, arc / name)
    store = tmp_path / "s.sqlite"
    args = ["audit", str(arc), "--store", str(store), "--no-progress", "--format", "sarif", "-o", str(tmp_path / "r.sarif")]
    assert main(args) == 1  # the sample has findings
    db = sqlite3.connect(store)
    for key, line in list(db.execute("select key, line from results")):
        doc = json.loads(line)
        if damage == "unknown-code":
            doc["findings"][0]["code"] = "TQA000"
        else:
            doc["findings"] = None
        db.execute("update results set line=? where key=?", (json.dumps(doc, ensure_ascii=False), key))
    db.commit()
    db.close()
    capsys.readouterr()
    assert main(args) == 1  # checked again: the same findings, not exit 3 nor a clean pass
    said = capsys.readouterr()
    assert "1 stored result could not be read: checked again" in said.out + said.err


def test_7_a_baseline_saved_with_a_bom_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a.zh.md"
    target.write_text(_ZH, encoding="utf-8")
    plain, bom = tmp_path / "b.json", tmp_path / "bom.json"
    main(["check", str(target), "--write-baseline", str(plain), "-q"])
    bom.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    capsys.readouterr()
    assert main(["check", str(target), "--baseline", str(bom), "-q"]) == 0  # every finding is in the baseline
    assert "not a baseline" not in capsys.readouterr().err
