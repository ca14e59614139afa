"""The rule registry: stable codes, complete documentation, docs/rules.md not stale."""

from __future__ import annotations

import re

import pytest
from tests.conftest import ROOT

from transqa.cli import main
from transqa.registry import CATEGORIES, resolve, rules
from transqa.report.rulesdoc import _sections, rules_markdown


def test_codes_and_names() -> None:
    table = rules()
    assert len(table) >= 28
    names = [r.name for r in table.values()]
    assert len(set(names)) == len(names)
    for code, r in table.items():
        assert re.fullmatch(r"TQA\d{3}", code) and r.code == code
        assert re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", r.name)
        assert r.category in CATEGORIES
        assert resolve(r.name) is r and resolve(code.lower()) is r
    with pytest.raises(TypeError):
        table["TQA000"] = table["TQA101"]  # frozen


@pytest.mark.parametrize("code", sorted(rules()))
def test_every_rule_is_documented(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    r = rules()[code]
    assert [t for t, _ in _sections(r)] == ["What it checks", "Why it matters", "Example", "Fix"]
    assert main(["rule", code]) == 0
    assert capsys.readouterr().out.startswith(f"{code} {r.name}")


def test_docs_rules_md_is_up_to_date() -> None:
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == rules_markdown(), "docs/rules.md is stale: run `make rules-doc`"


def test_rules_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["rules", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["code"] for d in data} == set(rules()) and all(d["doc"]["Fix"] for d in data)


def test_a_repair_only_comes_with_a_rule_declared_fixable() -> None:
    """audit --fix picks the articles to repair by the rules' fixable flag, so a finding that carries a
    repair must belong to a fixable rule."""
    from transqa.checks.links import LINK_MISSING
    from transqa.checks.markup import UNBALANCED_QUOTE
    from transqa.context import Context
    from transqa.findings import RepairKind
    from transqa.load.markdown import parse_markdown

    ctx = Context(None, parse_markdown("zh.md", "正文。\n"), [])
    block = ctx.target.blocks[0]
    rep = ctx.repair((block, 0, 2), "x", certain=True)
    assert (rep.kind, rep.start, rep.end, rep.old, rep.text) == (RepairKind.REPLACE, 0, 2, "正文", "x")  # code-point offsets into the raw file
    assert ctx.finding(LINK_MISSING, "m", repairs=(rep,)).repairs == (rep,)
    with pytest.raises(ValueError, match="TQA504 is not declared fixable"):
        ctx.finding(UNBALANCED_QUOTE, "m", repairs=(rep,))
    assert {r.code for r in rules().values() if r.fixable} == {"TQA101", "TQA105", "TQA207", "TQA301", "TQA302", "TQA303", "TQA305", "TQA314", "TQA315", "TQA324", "TQA326", "TQA328", "TQA329", "TQA513", "TQA601"}  # not TQA304: never repaired


def test_the_readme_rules_table_lists_every_rule() -> None:
    import re
    from pathlib import Path

    from transqa.registry import rules

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| (TQA\d{3}) \| ([a-z-]+)", readme, flags=re.M)
    assert sorted(listed) == sorted((r.code, r.name) for r in rules().values())
