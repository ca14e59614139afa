"""Hostile inputs against release 44's changes (TQA310's guards, TQA318's loose reading, the numbers rules): each shape
gives its findings in time linear in its size."""

from __future__ import annotations

from tests.helpers import grows_linearly

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _findings(zh: str, code: str) -> list[tuple[str, str]]:
    result = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [(f.code, f.target.text if f.target else "") for f in result.findings]


def test_one_long_run_of_transliteration_characters_is_weighed_in_linear_time() -> None:
    # TQA310 `_NearForms` looked for the names one character shorter than a form by building each of its deletions:
    # one run of 56,000 transliteration characters built 56,000 strings of 56,000 characters (quadratic: 2,000
    # repeats 0.35 CPU s of the whole check, 8,000 repeats 3.2 before; old 4n took about 9 times n)
    def work(n: int) -> list[tuple[str, str]]:
        return _findings("# 标题\n\n乔维奇" + "道奇维斯基拉尔" * n + "说。\n\n乔维奇说。\n", "TQA310")

    grows_linearly(work, 3000)


def test_a_long_form_still_finds_the_name_one_character_shorter() -> None:
    from transqa.checks.transliteration.target_only import SHORT_DELETIONS, _NearForms

    long = "维斯基拉尔道奇" * (SHORT_DELETIONS // 7 + 2)
    shorter = long[:10] + long[11:]
    near = _NearForms([long, shorter, long[1:-1]])
    assert shorter in near(long)
    assert long[1:-1] not in near(long)
