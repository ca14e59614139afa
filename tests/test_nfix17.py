"""What newcomers and reviewers met in the last release: an HTML comment never closed that hid the rest of an
article without a word, fix's diff headers for a file outside the working folder, fix with a baseline."""

from __future__ import annotations

from tests.helpers import fails, passes

NOTE = "# 标题\n\n第一段，正常。\n\n<!-- 编辑注：待核实\n\n第二段 also has English words left untranslated here for testing.\n\n第三段。\n"


def test_an_unclosed_comment_is_a_finding_at_its_place() -> None:
    # CommonMark's HTML block of type 2 runs to the end of the document: the report said "no findings"
    f = fails("TQA511", None, NOTE)
    assert (f.target.line, f.target.column, f.target.text) == (5, 1, "<!--") if f.target else False
    assert "the 2 paragraphs after it are hidden and not checked" in f.message
    passes("TQA401", None, NOTE)  # what it hides is not checked: the finding says so
    closed = NOTE.replace("待核实\n", "待核实 -->\n")
    passes("TQA511", None, closed)
    fails("TQA401", None, closed)
    assert "the paragraph after it" in fails("TQA511", "Title.\n\nFirst.\n\nSecond.\n", "# 标题\n\n<!-- 注\n第二段。\n").message


def test_an_unclosed_comment_in_a_quote_hides_the_quote_only() -> None:
    zh = "# 标题\n\n> 引文开始。\n> <!-- 注释\n>\n> 引文第二段。\n\n正文继续。\n"
    f = fails("TQA511", None, zh)
    assert f.target is not None and (f.target.line, f.target.column) == (4, 3) and "the paragraph after it" in f.message


def test_a_comment_closed_later_inline_or_in_code_is_no_finding() -> None:
    passes("TQA511", None, "# 标题\n\n<!-- 注释\n第二行 -->\n\n正文。\n")
    passes("TQA511", None, "# 标题\n\n正文 <!-- 行内没有闭合\n\n第三段。\n")  # inline: shown as text, read by the checks
    passes("TQA511", None, "# 标题\n\n```\n<!-- code\n```\n\n第三段。\n")
    passes("TQA511", None, "# 标题\n\n    <!-- 缩进代码\n\n第三段。\n")
