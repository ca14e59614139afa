"""What a newcomer of release forty-one met as a publication pipeline engineer: the README's hook section did not say
that a plain-text translation (a WMT document's `X.zh`, `slug.zh.txt`) never reaches the hook, which then passes, and
its audit section did not list the WMT `X.zh` beside `X.en` among what an audit checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT

from transqa.cli import main


def _readme() -> str:
    return " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())


def test_the_readme_says_the_hook_never_gets_a_plain_text_translation() -> None:
    identify = pytest.importorskip("identify.identify")
    assert "types_or: [markdown, html]" in (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "a plain-text translation (`slug.zh.txt`, a WMT document's `X.zh`) never reaches it" in _readme()
    for name in ("slug.zh.txt", "rt.com.18637.zh"):  # what pre-commit tags them: neither markdown nor html
        assert not identify.tags_from_filename(name) & {"markdown", "html"}, name
    assert "markdown" in identify.tags_from_filename("slug.zh.md")


def test_the_readme_lists_a_wmt_document_beside_its_original_among_what_audit_checks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "a WMT document's `X.zh` beside its `X.en`" in _readme()
    (tmp_path / "doc.en").write_text("The company raised $20 billion.\nIt plans to grow.\n", encoding="utf-8")
    (tmp_path / "doc.zh").write_text("该公司筹集了20亿美元。\n它计划增长。\n", encoding="utf-8")
    code = main(["audit", "--format", "concise", "--quiet", "--jobs", "1", "--no-cache", "--isolated",
                 "--store", str(tmp_path / "s.sqlite"), str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 1 and "doc.zh:1:" in out and "TQA202" in out  # checked against its original: the number rules ran
