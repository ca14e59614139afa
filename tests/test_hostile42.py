"""Hostile inputs against release 42's code: each shape read in time linear in its size
(tests.helpers.grows_linearly), with the same findings as before the fix."""

from __future__ import annotations

from tests.helpers import grows_linearly, needs_lexicon

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text


def _findings(zh: str, code: str, en: str | None = None) -> list[tuple[str, str]]:
    source = parse_text("a.en", en) if en is not None else None
    result = check_documents(source, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [(f.code, f.target.text) for f in result.findings if f.target is not None]


@needs_lexicon
def test_many_run_together_names_in_one_list_do_not_each_read_the_paragraph() -> None:
    # TQA324 (undotted._listed, _one_name, check) searched the whole paragraph before each run-together name of a
    # list for a `·` name (a regular expression over a slice of it) and the whole article for the name beside a `·`:
    # 3,000 names in one 30 KB paragraph took 36 CPU s; old 4n took 12 times n
    def work(n: int) -> list[tuple[str, str]]:
        return _findings("# 标题\n\n" + "罗恩里维拉和迈克麦卡锡和约翰史密斯，" * n + "\n", "TQA324")

    got = grows_linearly(work, 1_000)
    assert got[:2] == [("TQA324", "罗恩里维拉"), ("TQA324", "迈克麦卡锡")]
