"""Hostile inputs against release 45's TQA106 anchors that end on a mark: a paragraph of many links is read once."""

from __future__ import annotations

from typing import Any

from transqa.checks.anchors import _whole_block
from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


class _SlicedText(str):
    """A paragraph that counts the characters its slices copy."""

    copied = 0

    def __getitem__(self, key: Any) -> str:  # type: ignore[override]
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            _SlicedText.copied += len(got)
        return got


def test_links_ending_on_a_mark_are_weighed_without_copying_the_paragraph_each_time() -> None:
    # `_whole_block` joined the text before and after each link: 32,000 such links in one paragraph (1.48 million
    # characters) took 5.4 CPU s more than without the rule, 4 times for twice the links
    n = 300
    b = parse_markdown("a.zh.md", "据报道，" + "".join(f"公司收购了 [DemDex{i}。](https://e.com/{i})" for i in range(n)) + "\n").blocks[0]
    b.text = _SlicedText(b.text)
    _SlicedText.copied = 0
    assert not any(_whole_block(b, lk) for lk in b.links)
    assert _SlicedText.copied <= 2 * len(b.text), _SlicedText.copied  # was links × paragraph


def test_a_link_that_is_its_whole_paragraph_is_still_left_alone() -> None:
    def told(zh: str) -> list[str]:
        return [f.target.text for f in check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=("TQA106",))).findings
                if f.target]

    assert told("* [谷歌收购了 DemDex。](https://e.com/)\n") == []
    assert told("他说，公司收购了 [DemDex。](https://e.com/)然后离开\n") == ["DemDex。"]
