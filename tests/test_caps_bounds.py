"""Rules that could repeat without bound in one paragraph (the hostile tester of release 42) list the first
PER_PARAGRAPH findings of a paragraph and then one finding that counts the others."""

from __future__ import annotations

from itertools import product

from transqa.config import Settings
from transqa.context import PER_PARAGRAPH
from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text


def _findings(zh: str, code: str, en: str | None = None) -> list[Finding]:
    source = parse_text("a.en", en) if en is not None else None
    return list(check_documents(source, parse_markdown("a.zh.md", zh), Settings(select=(code,))).findings)


def _bounded(got: list[Finding], code: str, places: int) -> None:
    """`places` findings of `code` in one paragraph: the first PER_PARAGRAPH one by one, then one counting the rest."""
    assert [f.code for f in got] == [code] * (PER_PARAGRAPH + 1)
    assert len({f.target_block for f in got}) == 1
    more = [f for f in got if f"{places - PER_PARAGRAPH} more " in f.message and "in this paragraph" in f.message]
    assert len(more) == 1


def test_unit_contradicted_is_bounded_per_paragraph() -> None:
    # TQA218: one finding per equality of bytes eight times apart; 2,000 of them in one paragraph
    one = "速度为每秒 50 兆字节，或者说每秒 400 兆字节。"
    assert [f.code for f in _findings("# 标题\n\n" + one * 3 + "\n", "TQA218")] == ["TQA218"] * 3
    _bounded(_findings("# 标题\n\n" + one * 2_000 + "\n", "TQA218"), "TQA218", 2_000)
    # a paragraph of one more than the bound lists each: one more is itself, not a count of one
    got = _findings("# 标题\n\n" + one * (PER_PARAGRAPH + 1) + "\n", "TQA218")
    assert len(got) == PER_PARAGRAPH + 1 and not any("more" in f.message for f in got)


def test_name_misspelt_is_bounded_per_paragraph() -> None:
    # TQA306: one finding per misspelt word; the name misspelt 3,000 times in one paragraph
    en = "Tadhg Beirne was named player of the match after the win in Limerick. "
    zh = "Tadhg Beyne 在利默里克的胜利后被评为全场最佳球员。"
    assert [f.code for f in _findings(zh * 3 + "\n", "TQA306", en * 3 + "\n")] == ["TQA306"] * 3
    got = _findings(zh * 3_000 + "\n", "TQA306", en * 3_000 + "\n")
    _bounded(got, "TQA306", 3_000)
    assert all(f.suggestion == "Beirne" for f in got if "more" not in f.message)


def test_acronym_misread_is_bounded_per_paragraph() -> None:
    # TQA330: one finding per target sentence; 1,500 acronyms spelt out in one paragraph, none rendered
    acronyms = ["".join(p) for p in product("BCDFGHJKLMNPRSTVWZ", repeat=3)]

    def pair(n: int) -> tuple[str, str]:
        en = "".join(f"{a[0]}qxzz {a[1]}qxzz {a[2]}qxzz ({a}) {i + 1000} said the men. " for i, a in enumerate(acronyms[:n]))
        zh = "".join(f"他们说 {i + 1000} 个。" for i in range(n))
        return "Title\n\n" + en + "\n", "# 标题\n\n" + zh + "\n"

    en, zh = pair(3)
    assert [f.code for f in _findings(zh, "TQA330", en)] == ["TQA330"] * 3
    en, zh = pair(1_500)
    _bounded(_findings(zh, "TQA330", en), "TQA330", 1_500)
