"""Helpers for rule tests: check an (English, Chinese) pair given as strings."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load import parse
from transqa.load.markdown import parse_markdown


def findings(en: str | None, zh: str) -> list[Finding]:
    source = parse("en.md", en) if en is not None else None
    target = parse_markdown("zh.md", zh)
    return check_documents(source, target).findings


def codes(en: str | None, zh: str) -> list[str]:
    return [f.code for f in findings(en, zh)]


def fails(code: str, en: str | None, zh: str) -> Finding:
    fs = [f for f in findings(en, zh) if f.code == code]
    assert fs, f"expected {code}, got {[(f.code, f.message) for f in findings(en, zh)]}"
    return fs[0]


def passes(code: str, en: str | None, zh: str) -> None:
    fs = [f for f in findings(en, zh) if f.code == code]
    assert not fs, f"unexpected {code}: {[f.message for f in fs]}"
