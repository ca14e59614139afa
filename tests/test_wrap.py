"""Terminal line breaking for mixed Chinese and Latin text (report/wrap.py)."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console

from transqa.report.wrap import CJKText, break_offsets


def _lines(text: str, width: int) -> list[str]:
    cuts = [0, *break_offsets(text, width), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]


def test_chinese_after_a_latin_word_fills_the_line() -> None:
    text = "阿里巴巴的战略似乎是将 Mail.ru 的消费者服务与阿里巴巴的国际电子商务市场全球速卖通结合起来。"
    lines = _lines(text, 40)
    assert lines[0] == "阿里巴巴的战略似乎是将 Mail.ru 的消费者"  # rich alone broke before 的消费者…, leaving half the line empty
    assert all(cell_len(line.rstrip()) <= 40 for line in lines) and "".join(lines) == text


def test_latin_words_stay_whole_and_punctuation_stays_with_its_word() -> None:
    text = "首席执行官 Dana Ortiz 说。“我们希望每个屋顶都能储存自己的电力，”她说。"
    for width in range(6, 30):
        lines = _lines(text, width)
        assert "".join(lines) == text
        assert all(not line.startswith(("，", "。", "”")) and not line.rstrip().endswith("“") for line in lines), lines
        assert all("Dan" not in line or "Dana" in line for line in lines) and all(cell_len(x.rstrip()) <= width for x in lines)


def test_a_unit_wider_than_the_line_is_folded() -> None:
    lines = _lines("ab " + "x" * 100 + " 中文", 40)
    assert lines[0] == "ab " and all(cell_len(line.rstrip()) <= 40 for line in lines) and lines[-1].endswith("中文")


def test_rich_renders_it_in_a_narrow_console() -> None:
    out = io.StringIO()
    Console(file=out, width=30, color_system=None).print(CJKText("据 Reuters 报道，阿里巴巴总裁 Michael Evans 周一宣布了这笔交易。"))
    assert out.getvalue().splitlines()[0].startswith("据 Reuters 报道，阿里巴巴总裁")


def test_a_latin_word_is_not_broken_at_its_own_punctuation() -> None:
    # URLs, abbreviations, decimals and names with a dot or colon inside are one word: 'https://example.' ⏎
    # 'com/orbis-statement' broke an address that fits on the next line
    text = "链接指向 https://example.com/orbis-statement 而 Mail.ru 的股价下跌 3.5%，e.g. 1,000 Kestrel’s 网站"
    for width in range(36, 60):
        lines = _lines(text, width)
        assert "".join(lines) == text and all(cell_len(x.rstrip()) <= width for x in lines)
        for word in ("https://example.com/orbis-statement", "Mail.ru", "3.5%，", "e.g.", "1,000", "Kestrel’s"):
            assert any(word in line for line in lines), (word, lines)


def test_the_span_markers_stay_with_the_text_they_mark() -> None:
    # without colours a finding's span is marked ⟦…⟧: a line must not start with ⟧ nor end with ⟦
    text = "根据⟦Kestrel 网站上的一份声明⟧，Orbis 股东将持有⟦84%⟧的股份，分析师称这些芯片⟦非常高效⟧。"
    for width in range(6, 40):
        lines = _lines(text, width)
        assert "".join(lines) == text
        assert all(not line.startswith("⟧") and not line.rstrip().endswith("⟦") for line in lines), (width, lines)


def test_a_line_does_not_start_with_the_middle_dot_of_a_name() -> None:
    text = "Mail.Ru 集团首席执行官鲍里斯·多布罗迪耶夫在一份声明中说，日本的ナオミ・ワッツ也来了。"
    for width in range(6, 40):
        lines = _lines(text, width)
        assert "".join(lines) == text and not any(line.startswith(("·", "・")) for line in lines), (width, lines)


def test_a_closing_mark_after_a_space_does_not_start_a_line() -> None:
    # a message quotes a cut paragraph as “… of next …”: the …” after the space went to the next line on its own
    text = "13:1 TQA001 error source paragraph “The deal is expected to close in the first quarter of next …” has no translation"
    for width in range(10, 80):
        lines = _lines(text, width)
        assert "".join(lines) == text and not any(line.startswith(("…", "”")) for line in lines), (width, lines)
