"""The text report's header counts the rules selected (`--select`, `--ignore`), not those on by default; --statistics
says `0 findings` when there are none (release 41, mend item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT

from transqa.cli import main
from transqa.registry import rules

ZH = ROOT / "corpora" / "samples" / "solar-startup.zh.md"


def _header(capsys: pytest.CaptureFixture[str], *options: str) -> str:
    main(["check", str(ZH), "--no-color", *options])
    return " ".join(capsys.readouterr().out.split())


def test_the_header_counts_the_rules_selected(capsys: pytest.CaptureFixture[str]) -> None:
    table = rules()
    on = [r for r in table.values() if r.default_enabled]
    alone = sum(1 for r in on if not r.needs_source)
    assert f"only the {alone} rules that need no original ran (give SOURCE TARGET for all {len(on)} rules on by default)" in _header(capsys)
    names = [r for r in on if r.code.startswith("TQA3")]
    kept = [r for r in on if not r.code.startswith("TQA3")]
    ran = sum(1 for r in kept if not r.needs_source)
    got = _header(capsys, "--ignore", "TQA3")
    assert f"only the {ran} rules selected that need no original ran (give SOURCE TARGET for all {len(kept)} rules selected)" in got
    assert "name (" not in got.split("Not checked:")[1].split("(`transqa rules`")[0]  # the name rules were ignored
    got = _header(capsys, "--select", "TQA3")
    ran = sum(1 for r in names if not r.needs_source)
    assert f"only the {ran} rules selected that need no original ran (give SOURCE TARGET for all {len(names)} rules selected)" in got
    assert "Not checked: name (" in got and "omission" not in got


def test_statistics_of_no_findings_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en, zh = tmp_path / "a.en.md", tmp_path / "a.zh.md"
    en.write_text("# Solar start-up raises money\n\nThe company said on Tuesday that it had raised money.\n", encoding="utf-8")
    zh.write_text("# 太阳能初创企业融资\n\n该公司周二表示，已经完成融资。\n", encoding="utf-8")
    assert main(["check", str(en), str(zh), "--statistics"]) == 0
    assert capsys.readouterr().out == "0 findings\n"
    assert main(["check", str(en), str(zh), "--statistics", "--format", "json"]) == 0
    assert capsys.readouterr().out == "[]\n"
