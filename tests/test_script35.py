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


def test_substring_places_reads_overlapping_starts_or_find_alls() -> None:
    from transqa.lang.script import find_all, substring_places

    text = "阿阿阿说，阿阿是阿阿阿阿"
    forms = {"阿阿", "阿阿阿", "说"}
    sizes = sorted({len(f) for f in forms})
    kept = substring_places(text, forms, sizes)
    assert kept == {f: list(find_all(text, f)) for f in forms}  # non-overlapping: str.find's reading
    assert kept["阿阿"] == [0, 5, 8, 10]
    assert substring_places(text, forms, sizes, overlapping=True)["阿阿"] == [0, 1, 5, 8, 9, 10]
    # only the given starts are tried; a form longer than the text's rest is not read past its end
    assert substring_places(text, forms, sizes, starts=[3, 10, 11]) == {"说": [3], "阿阿": [10]}
    assert substring_places("", forms, sizes) == {}
