"""FIXC29: what a newcomer met (newcomer29): quiet file-writing audits, .txt translations one paragraph a line,
`check -q`, the terminal summary's examples, number suggestions in the article's own style, places, TQA312's summary
and a dropped closing quotation."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.helpers import run_cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpora" / "samples"


def _two(tmp_path: Path) -> Path:
    folder = tmp_path / "arch"
    folder.mkdir()
    for name in ("battery-recall", "chip-merger"):
        shutil.copy(SAMPLES / f"{name}.zh.md", folder / f"{name}.zh.md")
    return folder


@pytest.mark.parametrize("option", ["--write-baseline", "--fix"])
def test_a_file_writing_audit_keeps_a_pipe_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str) -> None:
    # newcomer29 #10: `audit DIR --write-baseline b.json -q | wc -c` gave 440,830 bytes of JSONL (a CI log), while
    # `--summary s.json -q` wrote nothing: any option that asks for a file now counts as asking for files
    folder = _two(tmp_path)
    written = tmp_path / ("b.json" if option == "--write-baseline" else "f.patch")
    code, out, _ = run_cli(capsys, "audit", str(folder), "--no-cache", "--no-progress", "--isolated", "-j", "1", option, str(written), "-q")
    assert out == "" and written.exists() and code in (0, 1)
    _, out, _ = run_cli(capsys, "audit", str(folder), "--no-cache", "--no-progress", "--isolated", "-j", "1", option, str(written))
    assert not out.startswith("{") and out.startswith("audited 2 articles"), out[:200]
    _, out, _ = run_cli(capsys, "audit", str(folder), "--no-cache", "--no-progress", "--isolated", "-j", "1", option, str(written),
                        "--format", "jsonl", "-q")
    assert out.startswith("{")  # asked for: the records all the same
