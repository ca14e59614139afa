"""Hostile inputs against release 45's code (names of a paragraph of many links, case variants in one long
paragraph): each shape gives its findings in time linear in its size."""

from __future__ import annotations

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.lang.script import inside_quotation
from transqa.load.markdown import parse_markdown


def _findings(zh: str, *codes: str) -> list[tuple[str, str]]:
    result = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=codes))
    return [(f.code, f.target.text if f.target else "") for f in result.findings]


def _links(n: int) -> str:
    return "".join(f"[GAMEFLY 招数{i}](https://e.com/{i}) Gamefly 和 GameFly 说，" for i in range(n)) + "\n"


class _CountedLinks(list):  # type: ignore[type-arg]
    """A block's links that count the links handed out by iteration (a scan of every link)."""

    scanned = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for lk in list.__iter__(self):
            _CountedLinks.scanned += 1
            yield lk


def test_names_of_a_paragraph_of_many_links_ask_each_link_a_bounded_number_of_times() -> None:
    # TQA317's `_standalone_names` and `self_linked` asked every link of the paragraph for each capitalised word
    # (names × links: 8,000 links, 16 million link tests, 14.5 + 8.7 CPU s of a 21 s check); `Block.link_at` bisects
    from transqa.checks.wordnames import _standalone_names, self_linked

    n = 300
    b = parse_markdown("a.zh.md", _links(n)).blocks[0]
    b.links = _CountedLinks(b.links)
    _CountedLinks.scanned = 0
    names = _standalone_names([b])
    self_linked([(b, i) for places in names.values() for _b, i in places], lambda name: True)
    assert sum(map(len, names.values())) >= n
    assert _CountedLinks.scanned <= 10 * n, _CountedLinks.scanned  # was names × links


class _CountedText(str):
    """A paragraph that counts the characters its `count` and `find` calls read."""

    read = 0

    def count(self, x: str, start: int | None = 0, end: int | None = None) -> int:  # type: ignore[override]
        _CountedText.read += (len(self) if end is None else end) - (start or 0)
        return str.count(self, x, start, end)

    def find(self, x: str, start: int | None = 0, end: int | None = None) -> int:  # type: ignore[override]
        got = str.find(self, x, start, end)
        _CountedText.read += (len(self) if got < 0 else got + 1) - (start or 0)
        return got


def test_inside_quotation_reads_a_paragraph_a_bounded_number_of_times() -> None:
    # TQA304's `_quoted` counted the quotation marks of text[:i] for each mention (`inside_quotation`: 32,000 counts
    # over a 225,000-character paragraph, 3.3 CPU s of the check)
    text = _CountedText("“引语” " + _links(300))
    _CountedText.read = 0
    inside = [inside_quotation(text, i) for i in range(0, len(text), 10)]
    assert inside_quotation(text, 1) and not any(inside)
    assert _CountedText.read <= 10 * len(text), _CountedText.read  # was (calls × paragraph) / 2 × 4 marks


def test_inside_quotation_still_reads_open_and_closed_quotations() -> None:
    text = "他说“GameFly 很好”，又说「Gamefly」和“GAMEFLY"
    assert [inside_quotation(text, text.index(w)) for w in ("GameFly", "很好", "又说", "Gamefly", "和", "GAMEFLY")] == [
        True, True, False, True, False, True]
    assert not inside_quotation(text, 0)


def test_link_at_finds_the_link_holding_an_offset() -> None:
    b = parse_markdown("a.zh.md", "看 [甲](https://a.com/) 和 [乙乙](https://b.com/)。\n").blocks[0]
    assert [lk.href if (lk := b.link_at(i)) else None for i in range(len(b.text))] == [
        next((lk.href for lk in b.links if lk.start <= i < lk.end), None) for i in range(len(b.text))]
    assert b.link_at(b.text.index("甲")).href == "https://a.com/"
    assert b.link_at(0) is None


def test_upper_case_names_of_a_paragraph_of_many_links_ask_each_link_a_bounded_number_of_times() -> None:
    # TQA304's `_anchor_in_capitals` asked every link of the paragraph for each mention in capitals (names × links:
    # 16,000 links 8.81 CPU s against 1.93 with `Block.link_at`, review of release 45)
    n = 300
    zh = "".join(f"[GAMEFLY 招数{i}](https://e.com/{i}) GAMEFLY 说，" for i in range(n)) + "\n\nGamefly 和 Gamefly 说。\n"
    doc = parse_markdown("a.zh.md", zh)
    doc.blocks[0].links = _CountedLinks(doc.blocks[0].links)
    _CountedLinks.scanned = 0
    check_documents(None, doc, Settings(select=("TQA304",)))
    assert _CountedLinks.scanned <= 10 * n, _CountedLinks.scanned  # was mentions × links
