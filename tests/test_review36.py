"""The third reviewer of release 36: an emphasis read as a name's dot, inline code rewritten, TQA512 on plain text,
TQA207 on 于-words before 年, TQA109 beside a written-out address. Each case failed before its mend."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import fails, findings, passes

from transqa.engine import check_documents
from transqa.load import load_target


def _codes(name: str, text: str, tmp_path: Path, plain: bool = False) -> list[tuple[str, int]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = load_target(str(path), one_per_line=plain)
    return [(f.code, f.target.line) for f in check_documents(None, doc).findings if f.target is not None]


def test_an_emphasis_that_ends_between_name_characters_is_no_name_dot() -> None:
    zh = "# 标题\n\n*亚马逊*提供了新的服务，*很多*内容。\n\n这是*特斯拉*因为价格。\n"
    passes("TQA326", None, zh)
    assert not any("·" in (f.suggestion or "") or "亚马逊·" in f.message for f in findings(None, zh))
    f = fails("TQA326", None, "# 标题\n\n交通部长萨米尔*纳迪姆*哈达尔周一会见了运营商。\n")
    assert f.target is not None and f.target.line == 3


def test_a_star_inside_inline_code_is_left_as_the_code_writes_it() -> None:
    passes("TQA326", None, "# 标题\n\n运行命令 `弗兰克*德贝里` 即可。\n")


def test_emphasis_across_paragraphs_is_a_markdown_matter(tmp_path: Path) -> None:
    text = "# 标题\n\n*注意这是第一段，\n\n第二段继续。*\n"
    assert ("TQA512", 3) in _codes("a.zh.md", text, tmp_path)
    assert not [c for c in _codes("a.zh.txt", text, tmp_path, plain=True) if c[0] == "TQA512"]  # read as plain text


def test_yu_ending_a_word_before_nian_is_no_lost_year() -> None:
    passes("TQA207", None, "# 标题\n\n对于年长的用户，由于年久失修，关于年夜饭的安排也很难。\n")
    fails("TQA207", None, "# 标题\n\n但是由于自年以来，印度的电话线一直很差。\n")


def test_a_written_out_address_is_something_to_click() -> None:
    passes("TQA109", None, "# 标题\n\n详情请点击这里：https://example.com/page\n")
    fails("TQA109", None, "# 标题\n\n想了解更多，请点击。\n")


def test_an_emphasis_beyond_a_clause_mark_leaves_a_starred_name_whole() -> None:
    """Newcomer 36b: `*很重要*` earlier in the sentence silenced one of the name's two asterisks, so the name was half
    repaired; a common word's emphasis right before a name character (`*很多*内容`) is still no dot."""
    zh = "# 标题\n\n这点*很重要*，发言人玛丽亚*安娜*加西亚表示同意。\n\n*亚马逊*提供了新的服务，*很多*内容。\n"
    found = [f for f in findings(None, zh) if f.code == "TQA326"]
    assert [(f.target.line, [r.old for r in f.repairs]) for f in found if f.target is not None] == [(3, ["*安娜*"])]  # one repair (r37)


def test_nian_opening_a_dictionary_word_is_no_lost_year() -> None:
    """Reviewer 36d: 年长, 年幼, 年迈, 年少, 年夜, 年久 after 在/从 read as a year whose figure was lost."""
    passes("TQA207", None, "# 标题\n\n在年长的用户中，从年幼时起，在年迈的父母身边，在年夜饭上，在年久失修的老楼里。\n")
    fails("TQA207", None, "# 标题\n\n微软在年年年曾利用这一点。\n")


def test_a_click_inside_corner_quotes_is_a_screens_words() -> None:
    """Reviewer 36d: TQA109 read “…” quotations only; 「…」 (names._quoted's other pair) is one too (lang.script.inside_quotation)."""
    passes("TQA109", None, "# 标题\n\n屏幕上写着「点击这里观看。」\n")
