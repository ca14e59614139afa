"""A `--select`/`--ignore` entry (or a configuration's) that matches no registered rule: one line, exit 2, naming
the nearest codes (release 41, mend item 1); a prefix that matches rules keeps working."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT, SEED

from transqa.cli import main
from transqa.registry import nearest, rules

SAMPLES = ROOT / "corpora" / "samples"


@pytest.mark.parametrize(
    ("option", "entry", "names"),
    [
        ("--select", "TQA3011", ("TQA301",)),  # one digit too many
        ("--ignore", "TQA35", ("TQA330", "TQA364")),  # a prefix no code starts with: the codes either side
        ("--select", "TQA7", ("TQA602", "TQA900")),
        ("--ignore", "TQA08", ("TQA016", "TQA101")),
        ("--select", "paragraph-omited", ("paragraph-omitted (TQA001)",)),
    ],
)
def test_an_unknown_entry_is_one_line_naming_the_nearest_codes(option: str, entry: str, names: tuple[str, ...],
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), option, f"TQA1,{entry}"]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert captured.out == "" and "\n" not in err, err
    assert f"'{entry}'" in err and "nearest: " in err
    for name in names:
        assert name in err.split("nearest: ", 1)[1], err


def test_the_same_in_a_configuration_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / ".git").mkdir()
    shutil.copy(SAMPLES / "solar-startup.zh.md", folder / "solar-startup.zh.md")
    (folder / "transqa.toml").write_text('ignore = ["TQA35"]\n', encoding="utf-8")
    assert main(["check", str(folder / "solar-startup.zh.md")]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "transqa.toml" in err and "'TQA35'" in err and "nearest: TQA330, TQA364" in err


def test_prefixes_that_match_rules_keep_working(capsys: pytest.CaptureFixture[str]) -> None:
    for entry in ("TQA3", "TQA32", "TQA9", "TQA99", "tqa30"):
        assert main(["check", str(SEED), "--ignore", entry, "--format", "concise"]) in (0, 1), entry
        capsys.readouterr()


def test_nearest_is_registered_codes_only() -> None:
    table = rules()
    for entry in ("TQA0", "TQA000", "TQA555", "TQA99999", "TQA88", "tqa7"):
        found = nearest(entry)
        assert found and all(c in table for c in found), (entry, found)
    assert nearest("zzzz") == ()
