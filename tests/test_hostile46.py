"""Hostile inputs against release 46's code: a pattern anchored at the end of the text before a place (`…$`) searched
from the paragraph's start for each place (placeholders, mentions, run-ons, amounts of one long paragraph), and a
block quote walked from each of its paragraphs. Each shape reads its text a bounded number of times: work counts,
not timings."""

from __future__ import annotations

import re
from typing import Any

import pytest

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


class _Counted:
    """A compiled pattern that counts the characters its searches may read (endpos - pos)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.read += max(0, end - pos)
        return self.pattern.search(text, pos, end)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _read(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, path: str, zh: str, *codes: str) -> tuple[int, int]:
    """(characters `module.name` searched, length of the text) over a target-only check of `zh` (file name `path`)."""
    counted = _Counted(getattr(module, name))
    monkeypatch.setattr(module, name, counted)
    result = check_documents(None, parse_markdown(path, zh), Settings(select=codes))
    assert result.findings
    return counted.read, len(zh)


def test_placeholders_of_one_paragraph_read_a_bounded_text_before_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # TQA303: `_markup_glued` searched `_LATIN_BEFORE` and `_debris_finding` `_AFTER_PLACEHOLDER` from the paragraph's
    # start for each token (4,000 placeholders in one paragraph: 14.4 CPU s, 1.1 after)
    from transqa.checks import names

    zh = "".join(f"从 Zynga(T{i % 9}) 到 Groupon 的 " for i in range(200)) + "\n"
    for name in ("_LATIN_BEFORE", "_AFTER_PLACEHOLDER"):
        read, size = _read(monkeypatch, names, name, "a.zh.md", zh, "TQA303")
        assert 0 < read <= 10 * size, (name, read, size)  # was tokens × paragraph / 2 (480,000 here)


def test_a_placeholder_reads_its_attribution_and_the_word_before_across_spaces() -> None:
    zh = "他说 Foo T2 报道，从 Zynga(T3)到 Groupon 的，苹果 T4 都在做，Sony  T5 和 T6  T6。\n"
    found = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=("TQA303",))).findings
    assert [(f.target.text, f.suggestion) for f in found if f.target] == [
        ("T2", "unless a name was lost there, delete it: “他说 Foo 报道，”"),
        ("(T3)", "unless a name was lost there, delete it: “从 Zynga 到 Groupon 的，”"),
        ("T4", "put back what the original has there (a name, a title), or delete the token if it has nothing"),
        ("T5", "unless a name was lost there, delete it"),
        ("T6  T6", "put back what the original has there (a name, a title), or delete the token if it has nothing")]


def test_mentions_of_one_paragraph_read_a_bounded_text_before_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # TQA302's `_in_dot_chain` searched `_DOT_CHAIN_BEFORE` from the paragraph's start for each mention it joins
    # (4,000 `casemod` in one paragraph: 11.7 CPU s, 0.5 after)
    from transqa.checks import names

    zh = "".join(f"case mod 和 casemod {i}，" for i in range(300)) + "\n"
    read, size = _read(monkeypatch, names, "_DOT_CHAIN_BEFORE", "a.zh.md", zh, "TQA302")
    assert 0 < read <= 2 * size, (read, size)


def test_a_mention_after_a_spaced_dot_is_still_part_of_a_dotted_chain() -> None:
    from transqa.checks.names import _in_dot_chain, _mentions

    doc = parse_markdown("a.zh.md", "见 x . \u3000 mail . ru 和 mail  ru，a .\n b 与 c\n")
    singles, _compounds = _mentions(doc.blocks)
    assert [(m.surface, _in_dot_chain(m)) for m in singles] == [
        ("x", True), ("mail", True), ("ru", True), ("mail", False), ("ru", False), ("b", True), ("c", False)]


def test_run_ons_of_one_paragraph_read_a_bounded_text_before_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # `run_ons` searched SUBJECT_BEFORE from the paragraph's start for each opener (4,000 run-ons: 4.6 CPU s, 0.6 after)
    from transqa.checks import fragments

    counted = _Counted(fragments.SUBJECT_BEFORE)
    monkeypatch.setattr(fragments, "SUBJECT_BEFORE", counted)
    text = "我们看到了事情然而，" * 300
    assert len(fragments.run_ons(text)) == 300
    assert 0 < counted.read <= 2 * len(text), counted.read  # was openers × paragraph / 2
    monkeypatch.undo()
    assert fragments.run_ons("他们当然，不会。") == [] and fragments.run_ons("它们当然，不会。事情当然，好") == [(10, "当然，")]


def test_body_amounts_of_one_paragraph_read_a_bounded_text_before_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # TQA215's `_range_end_or_title_amount` searched _RANGE_NEAR from the paragraph's start for each amount (4,000
    # amounts in one paragraph: 26.4 CPU s, 1.1 after)
    from transqa.checks import selfcontra

    zh = "# 初创公司筹集 1500 万美元\n\n" + "公司此前获得 150 万美元，" * 200 + "\n"
    read, size = _read(monkeypatch, selfcontra, "_RANGE_NEAR", "startup-raises-15-million.zh.md", zh, "TQA215")
    assert 0 < read <= 2 * size, (read, size)


class _CountedBlocks(list):  # type: ignore[type-arg]
    """An article's blocks that count the blocks read by index."""

    read = 0

    def __getitem__(self, k):  # type: ignore[no-untyped-def]
        _CountedBlocks.read += 1
        return list.__getitem__(self, k)


def test_a_long_block_quote_is_walked_once_not_from_each_paragraph() -> None:
    # TQA504: `_quote_run` walked the block quote from each of its paragraphs (4,000 paragraphs each closed by an ASCII
    # `"`: 1.54 CPU s, 0.13 after)
    n = 300
    doc = parse_markdown("a.zh.md", "\n>\n".join("> 这是一个句子。\"" for _ in range(n)) + "\n")
    assert len(doc.blocks) == n
    doc.blocks = _CountedBlocks(doc.blocks)
    _CountedBlocks.read = 0
    assert check_documents(None, doc, Settings(select=("TQA504",))).findings
    assert _CountedBlocks.read <= 20 * n, _CountedBlocks.read  # was n² / 2


def test_a_quotation_over_a_block_quote_still_runs_as_far_as_the_block_quote() -> None:
    from transqa.checks.markup import _quote_runs

    doc = parse_markdown("a.zh.md", "前言。\n\n> 甲\n>\n> 乙\n>\n> 丙\n\n后记。\n")
    assert _quote_runs(doc.blocks) == ([0, 0, 1, 2, 0], [0, 2, 1, 0, 0])
