"""Release twenty-three's newcomer items (newcomer23-report.md): the HTML header, the schemas, SARIF regions,
the hook's lines, audit's standard output, TQA304 on a tie, a summary named for the results."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import one_error, run_cli

SAMPLES = ROOT / "corpora" / "samples"


def _pair(folder: Path, slug: str = "battery-recall") -> tuple[Path, Path]:
    for ext in (".en.md", ".zh.md"):
        shutil.copy(SAMPLES / f"{slug}{ext}", folder / f"{slug}{ext}")
    return folder / f"{slug}.en.md", folder / f"{slug}.zh.md"


@pytest.mark.parametrize(("flags", "name"), [
    (["--format", "summary", "-o"], "t.jsonl"), (["--format", "summary", "-o"], "t.sarif"), (["--summary"], "s.jsonl"),
])
def test_item18_a_summary_named_for_the_results_is_refused(
        flags: list[str], name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `--format summary -o t.jsonl` wrote a text summary into a .jsonl file, as JSONL named .html once was
    (tmp_path / "in").mkdir()
    _pair(tmp_path / "in")
    code, _, err = run_cli(capsys, "audit", str(tmp_path / "in"), "--no-cache", "--no-progress", *flags, str(tmp_path / name))
    assert code == 2
    one_error(err, name, "the summary is written as JSON (.json), HTML (.html) or text")
    assert not (tmp_path / name).exists()


def test_item13_the_readmes_hook_error_lines_are_what_the_hook_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # the README quoted `missing.md: error: missing.md: no such file`; the hook prints the name once
    import re

    quoted = set(re.findall(r"`((?:missing|broken)\.md: error: [^`]+)`", (ROOT / "README.md").read_text(encoding="utf-8")))
    assert len(quoted) == 2, quoted
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.md").symlink_to(tmp_path / "nowhere.md")
    shutil.copy(SAMPLES / "battery-recall.zh.md", tmp_path / "good.zh.md")
    code, out, _ = run_cli(capsys, "audit", "--format", "concise", "--quiet", "--jobs", "1", "--no-cache",
                           "--allow-missing-translation", "--", "missing.md", "broken.md", "good.zh.md")
    assert code == 2
    assert quoted <= set(out.splitlines()), out
