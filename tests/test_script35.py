"""lang.script.wordless: the one test of a text without a letter, digit or Han character (TQA001/TQA510's
punctuation_only, the aligner's `mark` blocks, a snippet's cut in context)."""

from __future__ import annotations

from transqa.align.features import target_features
from transqa.lang.script import punctuation_only, wordless
from transqa.load.markdown import parse_markdown


def test_wordless_and_punctuation_only() -> None:
    for text in ("", "  ", "。。。", "”", "🙂 —"):
        assert wordless(text), text
    for text in ("。a", "好。", "３", "é"):
        assert not wordless(text) and not punctuation_only(text), text
    assert punctuation_only("。。。") and not punctuation_only("  ") and not punctuation_only("")


def test_a_block_of_marks_alone_is_a_mark_for_the_aligner() -> None:
    doc = parse_markdown("zh.md", "他说：\n\n”\n\n好的。\n")
    kinds = [target_features(b).kind for b in doc.blocks]
    assert kinds == ["text", "mark", "text"], kinds
