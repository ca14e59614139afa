"""Hostile inputs against release 43's changes (TQA401 uniques, list-closing names, `& More`; TQA312's titles;
TQA323's products): each shape gives one finding per place, in time linear in its size."""

from __future__ import annotations

from collections.abc import Iterator

from tests.helpers import count_grows_linearly

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.model import Link


def _findings(zh: str, code: str) -> list[tuple[str, int, int, str]]:
    result = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [(f.code, f.target.offset, f.target.end_offset, f.target.text) for f in result.findings if f.target is not None]


def test_uniques_before_an_english_word_is_reported_once_with_its_run() -> None:
    # TQA401's `uniques` (untranslated._uniques, release 43) reported `uniques` again inside the run `uniques alert`
    # that `_runs` reports whole: two overlapping findings on one place
    got = _findings("# 标题\n\n网站有 uniques alert 功能。\n", "TQA401")
    assert [text for *_, text in got] == ["uniques alert"]


def test_many_links_each_with_a_word_asked_about_do_not_each_scan_every_link() -> None:
    """untranslated._in_code_or_link scanned every link of the block for each word asked about (TQA401's `uniques`,
    release 43, asks it of each match): 8,000 links with `uniques` as their text in one paragraph took 17 CPU s;
    old 4n took about 10 times n. A block of many links is now asked by bisection (_link_index). The work counted at
    100 and 400 links: the links read from the paragraph's list of links (iterated): fixed 1,400 -> 5,600 (4.0x);
    every block's links scanned for each word (_INDEXED_LINKS past any count, the old shape, by monkeypatch) 21,200 ->
    324,800 (15x). (grows_linearly's CPU time at 2,000 and 8,000
    links, which this replaces, took ~1.9 CPU s.)"""
    read = [0]

    class Links(list[Link]):  # a block's links, counting those read one by one
        def __iter__(self) -> Iterator[Link]:
            for lk in super().__iter__():
                read[0] += 1
                yield lk

    def work(n: int) -> tuple[int, list[tuple[str, int, int, str]]]:
        doc = parse_markdown("a.zh.md", "# 标题\n\n" + "[uniques](http://a.com/uniques-x) 和 shuffle 等" * n + "\n")
        for b in doc.blocks:
            b.links = Links(b.links)
        read[0] = 0
        result = check_documents(None, doc, Settings(select=("TQA401",)))
        return read[0], [(f.code, f.target.offset, f.target.end_offset, f.target.text) for f in result.findings if f.target]

    (small, _), (large, got) = work(100), work(400)
    count_grows_linearly(small, large, floor=100, what="read at 100 and 400 links")
    # the same one finding as before: the first link text, left in English (the rest are counted once per paragraph)
    assert got == [("TQA401", 7, 14, "uniques")]
