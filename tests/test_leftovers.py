"""What newcomers, a hostile tester and reviewers left: two summaries asked for at once, the configuration an
audit used, a configuration file skipped in a folder anyone may write, what an -o onto an input would have
written, the report header's paths, an audit summary with nothing to show, what `fix` repairs and under which
code, a capture of a Chinese page given as the original, UTF-16 without a BOM or an ASCII character."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import one_error, run_cli

SAMPLES = ROOT / "corpora" / "samples"


@pytest.fixture
def one(tmp_path: Path) -> Path:
    """A folder holding one sample translation."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "solar-startup.zh.md", folder)
    return folder


def test_two_summaries_asked_for_at_once_are_refused(one: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `--format summary -o x.json --summary y.json` wrote the text summary into x.json and the JSON one into y.json
    x, y = tmp_path / "x.json", tmp_path / "y.json"
    code, out, err = run_cli(capsys, "audit", str(one), "--format", "summary", "-o", str(x), "--summary", str(y),
                             "--store", str(tmp_path / "s.sqlite"), "--no-progress")
    assert code == 2 and out == ""
    one_error(err, "--format summary -o FILE", "--summary FILE", alone=True)
    assert not x.exists() and not y.exists()
    # each alone still does what it says: the summary in that file, as its extension names it
    code, out, err = run_cli(capsys, "audit", str(one), "--format", "summary", "-o", str(x), "--store", str(tmp_path / "s.sqlite"),
                             "--no-progress")
    assert code in (0, 1) and json.loads(x.read_text(encoding="utf-8"))["articles"] == 1
    assert f"wrote the summary to {x}" in err and "by rule" not in out


def test_the_audit_summary_names_the_configuration_it_used(one: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    # check's report said "Configuration: …"; the audit summary of the same folder said nothing of it
    (one / "transqa.toml").write_text('ignore = ["TQA503"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    store = ["--store", str(tmp_path / "s.sqlite"), "--no-progress"]
    _, out, _ = run_cli(capsys, "check", "in/solar-startup.zh.md")
    assert "Configuration: in/transqa.toml" in out
    _, out, _ = run_cli(capsys, "audit", "in", "--format", "summary", *store)
    assert "configuration: in/transqa.toml" in out.splitlines()[:3]
    run_cli(capsys, "audit", "in", "--format", "summary", "-o", "s.json", *store)
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["configuration"] == str(one / "transqa.toml")
    run_cli(capsys, "audit", "in", "--format", "summary", "-o", "s.html", *store)
    assert "Configuration: <code>in/transqa.toml</code>" in (tmp_path / "s.html").read_text(encoding="utf-8")
    # and neither names one when the defaults ran
    _, out, _ = run_cli(capsys, "audit", "in", "--format", "summary", "--isolated", *store)
    assert "configuration" not in out
