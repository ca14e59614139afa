"""Release 46's review: `linknames.written_again` (a rendering of a name reported again where the article writes it
again) read a rendering inside a longer word and in inline code, took a suggestion's prose for the name, and compared
each place with every span taken; TQA514 reported bold across paragraphs twice."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import pytest
from tests.helpers import needs_lexicon

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown

LINK = "[供应部](http://www.ministryofsupply.com/) 制作男装。\n\n"


def _places(zh: str, code: str = "TQA319") -> list[tuple[int, str]]:
    return [(f.target.line, f.target.text) for f in check_documents(None, parse_markdown("zh/x.md", zh)).findings
            if f.code == code and f.target is not None]


@needs_lexicon
def test_a_rendering_inside_a_longer_word_or_in_code_is_not_written_again() -> None:
    # 供应部门 (a supply department) holds 供应部 with 部门 across its end; `供应部` in code is no prose
    zh = "# 供应部获得 110 万美元\n\n" + LINK + "这家公司的供应部门负责采购。\n\n“供应部”这个词在这里。\n"
    assert _places(zh) == [(1, "供应部"), (3, "供应部"), (7, "供应部")]
    zh = "# 男装\n\n" + LINK + "命令是 `供应部` 这样写。\n\n![供应部的照片](http://x.com/a.png)\n"
    assert _places(zh) == [(3, "供应部")]


@needs_lexicon
def test_the_rules_hand_over_the_name_their_suggestion_writes() -> None:
    # release 47: written_again parsed the name out of the suggestion's text (a bare name, `Credit` of `Credit 评分`, the
    # spelling quoted in `…(the address spells “ministryofsupply”)`); the rules now hand it over (Finding.latin_name)
    got = check_documents(None, parse_markdown("zh/x.md", "# 男装\n\n" + LINK)).findings
    assert [(f.code, f.target.text, f.latin_name) for f in got if f.target is not None] == [
        ("TQA319", "供应部", "ministryofsupply")]
    zh = "# Credit 芝麻为 iPhone 带来您的信用评分\n\nCredit 芝麻今天发布应用。\n\n检查您的信用评分。\n\n它不会影响你的信用。\n"
    got = check_documents(None, parse_markdown("zh/credit-brings-your-credit-score-to-the-iphone-for-free.md", zh)).findings
    assert [(f.suggestion, f.latin_name) for f in got if f.code == "TQA317"] == [("Credit 评分", "Credit"), ("Credit", "Credit")]


@needs_lexicon
def test_written_again_reads_the_name_the_finding_carries_not_its_suggestion() -> None:
    # the clause of the second 供应部 writes `Ministry` in Latin (wordnames.named_in_clause): the words there are words
    # when the finding names Ministry, whatever its suggestion's wording; the suggestion's text alone names nothing
    from transqa.checks.linknames import LINK_NAME_AS_WORDS, written_again
    from transqa.context import Context

    doc = parse_markdown("zh/x.md", "# 男装\n\n供应部制作男装。\n\nMinistry 说供应部很好。\n")
    ctx = Context(None, doc, [])
    b = doc.blocks[1]

    def again(suggestion: str, latin: str | None) -> list[int]:
        first = ctx.finding(LINK_NAME_AS_WORDS, "m", target=(b, 0, 3), suggestion=suggestion, latin_name=latin)
        return [f.target.line for f in written_again(ctx, [first]) if f.target is not None]

    assert again("write the name as its owner writes it", "Ministry") == [3]
    assert again("Ministry", None) == [3, 5]


@needs_lexicon
def test_a_rendering_written_many_times_is_compared_with_the_spans_taken_by_bisection(monkeypatch: pytest.MonkeyPatch) -> None:
    # review 46: each new place was compared with every span taken (4,000 places: 8 million comparisons); counted as
    # the Python calls (generator resumptions included) written_again makes, which grew with places × places
    from transqa.checks import linknames

    calls = 0
    real = linknames.written_again

    def tracer(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal calls
        calls += event == "call"

    def counted(*args: Any) -> Any:
        sys.setprofile(None)
        old = sys.gettrace()
        sys.settrace(tracer)  # type: ignore[arg-type]
        try:
            return real(*args)
        finally:
            sys.settrace(old)

    monkeypatch.setattr(linknames, "written_again", counted)
    counts = []
    for n in (100, 400):
        zh = "# 男装\n\n" + LINK + "".join(f"供应部说了第 {i} 句。\n\n" for i in range(n))
        calls = 0
        found = check_documents(None, parse_markdown("zh/x.md", zh), Settings(select=("TQA319",))).findings
        assert len(found) == n + 1
        counts.append(calls)
    assert counts[1] < 4.5 * counts[0], counts  # four times the places, four times the work (was 88,000 / 11,000)


def test_the_url_scheme_pattern_and_the_left_blank_scan_are_written_once() -> None:
    # review 46 item 6: service.py and report/sarif.py each compiled the URL-scheme pattern; names._spaced repeated
    # _blank_start's loop
    import inspect
    from pathlib import Path

    import transqa
    from transqa.checks import names
    from transqa.urls import is_url

    src = Path(transqa.__file__).parent
    assert [p.relative_to(src).as_posix() for p in sorted(src.rglob("*.py"))
            if "[A-Za-z][A-Za-z0-9+.-]*://" in p.read_text(encoding="utf-8")] == ["urls.py"]
    assert is_url("http://127.0.0.1:8000/a") and is_url("svn+ssh://x") and not is_url("a/http://x") and not is_url("c:/x")
    assert "_blank_start(" in inspect.getsource(names._spaced)
    assert names._spaced("a  bc  d", 3, 5) == (1, 7) and names._spaced("bc", 0, 2) == (0, 2)


def _markup(en: str | None, zh: str) -> list[tuple[str, int, str]]:
    source = parse_markdown("en.md", en) if en is not None else None
    return [(f.code, f.target.line, f.message) for f in check_documents(source, parse_markdown("zh.md", zh),
            Settings(select=("TQA512", "TQA514"))).findings if f.target is not None]


def test_bold_over_two_paragraphs_is_one_finding_of_tqa512() -> None:
    # /tmp/review/e.zh.md: `**第一段…` / `…第二段。**` was told twice by TQA514 (nothing closes it, nothing opened it)
    found = _markup(None, "# 标题\n\n**这是第一段，强调开始。\n\n这是第二段，强调结束。**\n")
    assert [(c, line) for c, line, _m in found] == [("TQA512", 3)]
    # a table's cell is no paragraph of a passage: its `**` is TQA514's, as is the paragraph's after the table
    zh = "# 标题\n\n| a | b |\n|---|---|\n| **单元格 | x |\n\n脚注**\n"
    assert [(c, line) for c, line, _m in _markup(None, zh)] == [("TQA514", 5), ("TQA514", 7)]


def test_a_paragraph_of_the_bold_mark_alone_says_so() -> None:
    [(code, _line, message)] = _markup(None, "# 标题\n\n正文。\n\n**\n")
    assert code == "TQA514" and "stands alone in this paragraph" in message and "“”" not in message


def test_an_unpaired_bold_mark_the_original_has_too_is_not_the_translation_s() -> None:
    zh = "# 标题\n\n**更新：苹果回应了。\n"
    assert [c for c, _l, _m in _markup("# Title\n\n**Update: Apple responded.\n", zh)] == []
    assert [c for c, _l, _m in _markup("# Title\n\n**Update:** Apple responded.\n", zh)] == ["TQA514"]
