"""Release 46 (namelit, issue 17): a rendering of a name as common words that one of the name-as-words rules reports
(TQA316, TQA317, TQA319, TQA399) is reported wherever the article writes it again (`linknames.written_again`)."""

from __future__ import annotations

from tests.helpers import needs_lexicon


def _places(zh: str, code: str = "TQA319") -> list[tuple[int, str]]:
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    return [(f.target.line, f.target.text) for f in check_documents(None, parse_markdown("zh/x.md", zh)).findings
            if f.code == code and f.target is not None]


@needs_lexicon
def test_a_reported_rendering_is_reported_where_the_article_writes_it_again() -> None:
    # archive after-kickstarter-success-ministry-of-supply-…: [供应部] for ministryofsupply.com, then the title and a
    # sentence write 供应部 again, away from the link
    zh = "# 供应部获得 110 万美元\n\n[供应部](http://www.ministryofsupply.com/) 制作男装。\n\n供应部的联合创始人说。\n"
    assert _places(zh) == [(1, "供应部"), (3, "供应部"), (5, "供应部")]


@needs_lexicon
def test_a_rendering_used_as_a_kind_of_thing_is_not_reported_again() -> None:
    # the article writes the words once as a kind of thing (其他供应部): it uses them as words, no place is added
    zh = "# 男装\n\n[供应部](http://www.ministryofsupply.com/) 制作男装。\n\n其他供应部也说。\n\n供应部的创始人说。\n"
    assert _places(zh) == [(3, "供应部")]
