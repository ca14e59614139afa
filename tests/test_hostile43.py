"""Hostile inputs against release 43's changes (TQA401 uniques, list-closing names, `& More`; TQA312's titles;
TQA323's products): each shape gives one finding per place, in time linear in its size."""

from __future__ import annotations

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _findings(zh: str, code: str) -> list[tuple[str, int, int, str]]:
    result = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [(f.code, f.target.offset, f.target.end_offset, f.target.text) for f in result.findings if f.target is not None]


def test_uniques_before_an_english_word_is_reported_once_with_its_run() -> None:
    # TQA401's `uniques` (untranslated._uniques, release 43) reported `uniques` again inside the run `uniques alert`
    # that `_runs` reports whole: two overlapping findings on one place
    got = _findings("# 标题\n\n网站有 uniques alert 功能。\n", "TQA401")
    assert [text for *_, text in got] == ["uniques alert"]

