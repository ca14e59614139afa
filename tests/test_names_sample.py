"""The archive sample of name findings (benchmarks/names_sample.py): fixed order, seeded draw, context."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import benchmark_module


def _sample_module():  # noqa: ANN202
    return benchmark_module("names_sample")


def _results(tmp_path: Path, with_labelled: bool = True) -> Path:
    art = tmp_path / "a.md"
    art.write_text("# 标题\n\n舒尔茨周日说。\n\n朔尔茨周五将访问巴黎。\n", encoding="utf-8")
    f310 = {"code": "TQA310", "category": "name", "message": "“朔尔茨” is written “舒尔茨” elsewhere",
            "target": {"line": 5, "column": 1, "end_line": 5, "end_column": 4, "text": "朔尔茨"}}
    f501 = {"code": "TQA501", "category": "markup", "message": "x",
            "target": {"line": 3, "column": 1, "end_line": 3, "end_column": 2, "text": "舒"}}
    rec = {"target": str(art), "findings": [f310, f501]}
    skipped = {"target": str(tmp_path / "labelled.md"), "findings": [f310]}
    out = tmp_path / "audit.jsonl"
    recs = [rec, skipped] if with_labelled else [rec]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return out


def test_sample_keeps_name_findings_with_context(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    ns = _sample_module()
    rows = ns.findings(_results(tmp_path), {"labelled.md"})
    assert [r["code"] for r in rows] == ["TQA310"]  # the markup finding and the labelled article are left out
    assert ns.context(rows[0], {}) == "⟦朔尔茨⟧周五将访问巴黎。"
    out = tmp_path / "s.tsv"
    assert ns.main(["--audit", str(_results(tmp_path, with_labelled=False)), "--n", "5", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 name findings" in printed and "a.md:5:1  TQA310" in printed
    header, row = out.read_text(encoding="utf-8").splitlines()
    assert header.split("\t")[-2:] == ["verdict", "reason"] and "⟦朔尔茨⟧" in row


def test_sample_rejects_codes_of_other_categories(capsys) -> None:  # noqa: ANN001
    assert _sample_module().main(["--codes", "TQA501"]) == 2
    assert "name rules only" in capsys.readouterr().err
