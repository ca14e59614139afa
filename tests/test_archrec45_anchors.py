"""Release 45, archive (issue 19), helper archrec: anchors that took the mark after their words (TQA106)."""

from __future__ import annotations

from tests.helpers import findings

_WB = "https://web.archive.org/web/20230404104556/"


def _codes(zh: str, code: str) -> list[str | None]:
    return [f.target.text if f.target else None for f in findings(None, zh) if f.code == code]


def test_an_anchor_that_ends_on_a_full_stop_a_comma_or_a_list_mark() -> None:
    # archive, adobe-buys-…-demdex `[DemDex。](…)`; china-outlaws-voip `据[报道，](…)工信部表示`;
    # healthbase-is-the-ultimate-… `包括 [WebMD、](…)维基百科`
    zh = (f"Adobe 今天收购了 [DemDex。]({_WB}http://demdex.com/)\n\n据[报道，]({_WB}http://a.com/x)工信部表示，它很好。\n\n"
          f"内容包括 [WebMD、]({_WB}http://webmd.com/)维基百科和其他网站。\n")
    got = findings(None, zh)
    assert [f.target.text for f in got if f.code == "TQA106" and f.target] == ["DemDex。", "报道，", "WebMD、"]
    f = next(f for f in got if f.code == "TQA106")
    assert "[DemDex](…)。" in (f.suggestion or "")


def test_an_anchor_that_ends_on_a_question_mark_or_is_its_whole_paragraph_is_left_alone() -> None:
    # a linked title's own mark; a linked line whose English linked its full stop too
    zh = (f"他写了一篇文章 [谁会赢？]({_WB}http://a.com/x)，很有意思。\n\n[阅读更多关于此事的内容。]({_WB}http://b.com/y)\n\n"
          f"Adobe 今天收购了 [DemDex]({_WB}http://demdex.com/)。\n")
    assert _codes(zh, "TQA106") == []


def test_an_anchor_that_swallows_its_sentence_stays_tqa107() -> None:
    zh = f"黑客[组织维基解密和朱利安·阿桑奇的支持活动。]({_WB}http://a.com/x)\n"
    assert _codes(zh, "TQA106") == [] and len(_codes(zh, "TQA107")) == 1


def test_an_anchor_mark_that_a_mark_already_follows_is_deleted_not_moved() -> None:
    # blind editor, release 45: `[林、](…)、` and `[S-1，](…)，` — moving the mark out would double it
    zh = f"投资者包括李嘉诚、[林、]({_WB}http://a.com/x)、王和其他人。\n"
    f = next(f for f in findings(None, zh) if f.code == "TQA106")
    assert (f.suggestion or "").startswith("delete “、” inside the link ([林](…)、)")
