"""Release 42 (brief r42/newmend), item 6: the README's determinism claim says what differs between two runs of the same
input: the closing line of audit's summary (from the result store / checked) and SARIF's originalUriBaseIds."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import run_cli

ZH = "# 融资\n\n该公司拥有 1，250 万用户，比去年多 22，130 人。\n"


def test_two_summaries_of_one_input_differ_only_in_the_line_the_readme_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.zh.md").write_text(ZH, encoding="utf-8")
    store = tmp_path / "store.sqlite"
    outs = []
    for k in (1, 2):
        out = tmp_path / f"s{k}.txt"
        run_cli(capsys, "audit", str(folder), "--isolated", "--store", str(store), "--format", "summary", "-o", str(out))
        outs.append(out.read_text(encoding="utf-8").splitlines())
    differ = [(a, b) for a, b in zip(*outs, strict=True) if a != b]
    assert len(differ) == 1 and "from the result store" in differ[0][0] + differ[0][1], differ
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    claim = readme[readme.index("Output is deterministic") :][:900]
    assert "from the result store" in claim and "originalUriBaseIds" in claim, claim
