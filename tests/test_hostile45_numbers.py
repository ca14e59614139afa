"""Hostile inputs against release 45's numbers mends (TQA212's yen by a place in Japan, TQA207's spaced chains of
figures): each shape gives its findings in time linear in its size."""

from __future__ import annotations

from tests.helpers import grows_linearly

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _findings(zh: str, code: str) -> list[tuple[str, str, str]]:
    result = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [(f.code, f.target.text if f.target else "", f.suggestion) for f in result.findings]


def test_the_yen_of_an_article_of_many_glosses_is_told_in_linear_time() -> None:
    # `_stray_suggestion` searched _GLOSS_OPEN in the paragraph from its start to each US amount (old: 1,000 glosses
    # 0.68 CPU s, 4,000 glosses 9.9, about 15 times)
    def work(n: int) -> list[tuple[str, str, str]]:
        return _findings("东京消息，售价 1500 英镑。" + "".join(f"这款游戏售价{i}日币(约合 {i}.50 美元)，" for i in range(n)) + "\n", "TQA212")

    got = work(500)
    assert [(code, text) for code, text, _ in got] == [("TQA212", "1500 英镑")] and got[0][2].startswith("日元")
    grows_linearly(work, 500)


def test_a_long_chain_of_spaced_points_is_read_once() -> None:
    # `_SPACED_CHAIN` matched the whole chain from each of its figures before `_point_before` dropped all but the
    # first (old: 1,000 figures 0.10 CPU s, 4,000 figures 1.17, 12 times)
    def work(n: int) -> list[tuple[str, str, str]]:
        return _findings("版本 " + " . ".join(str(i % 10) for i in range(n)) + " 发布了。\n", "TQA207")

    grows_linearly(work, 1000)
    assert _findings("他说 1 . 22 . 11 的节目。\n", "TQA207") == [("TQA207", "1 . 22 . 11", "1.22.11")]


def test_a_chain_of_four_figures_is_one_finding_and_a_chain_has_a_space_on_both_sides_of_each_point() -> None:
    # review of release 45 (/tmp/review/n2.zh.md): `1 . 1` inside the chain was told again as a broken decimal
    assert _findings("IP 地址为 192 . 168 . 1 . 1，很好。\n", "TQA207") == [("TQA207", "192 . 168 . 1 . 1", "192.168.1.1")]
    assert _findings("日期为 1 . 22 . 11 . 5，很好。\n", "TQA207") == [("TQA207", "1 . 22 . 11 . 5", "1.22.11.5")]
    # `5. 2011` has no space before its point: a broken decimal before a year, not a chain to repair to 1.5.2011
    assert _findings("股价涨了 1 . 5. 2011 年，很好。\n", "TQA207") == [("TQA207", "1 . 5", "1.5")]
