"""Release twenty-five, command line: the hostile tester's 24th report (two audits on one --html-dir, short GBK
texts, an --originals-index URL given twice, wrong byte-order marks, near-duplicate manifest rows, exponent numbers)
and the newcomer's 24b report (a schema validated offline, SARIF URIs, --scheduler with every result stored, TQA303's
suggestion text, stdin's name, the --html-dir index's order)."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from pathlib import Path

import pytest
from tests.helpers import run_cli

from transqa.cli import main

S = Path(__file__).resolve().parents[1] / "corpora" / "samples"


def _store(tmp_path: Path) -> list[str]:
    return ["--store", str(tmp_path / "s.sqlite"), "--no-progress", "--jobs", "1"]


def test_an_audit_keeps_the_hidden_page_folder_of_another_live_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 24 bug 2: a second audit on one --html-dir removed the first's .transqa-pages.*.tmp at its start, and
    # the first failed with "No such file or directory"; only what a killed run left (nobody holds it) is removed
    site = tmp_path / "site"
    live, stale = site / ".transqa-pages.live.tmp", site / ".transqa-pages.dead.tmp"
    for d in (live, stale):
        d.mkdir(parents=True)
        (d / "00001-x.html").write_text("<html></html>\n", encoding="utf-8")
    shutil.copy(S / "wind-farm.zh.md", tmp_path / "wind-farm.zh.md")
    fd = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as the other run holds its own while it writes
        code, _out, err = run_cli(capsys, "audit", str(tmp_path / "wind-farm.zh.md"), *_store(tmp_path), "--html-dir",
                                  str(site), "-q", "--format", "concise")
    finally:
        os.close(fd)
    assert code == 0 and err == ""
    assert live.is_dir() and not stale.exists()
    assert sorted(p.name for p in site.iterdir() if not p.name.startswith(".")) == ["00001-wind-farm.zh.html", "index.html"]
