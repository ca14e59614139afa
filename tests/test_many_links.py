"""Many links in one paragraph (issue 21): the pair is checked in time linear in the count of links."""

from __future__ import annotations

from tests.helpers import grows_linearly

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def test_a_paragraph_of_many_links_with_its_original_is_checked_in_linear_time() -> None:
    """`benchmarks/scaling.py --big`'s shape (`[site 0](…) [site 1](…)` against `[网站0](…)[网站1](…)`, a figure in
    every link text and address), 400 and 1,600 links: every stage that grew with the square of the figures
    (the number checks' list removals, a score look-up that copied the rest of the paragraph per figure, the
    sentence alignment's set difference per cell) shows at these sizes; 200,000 links are timed by the benchmark."""

    def work(n: int) -> list[str]:
        en = " ".join(f"[site {i}](https://example.com/{i})" for i in range(n)) + "\n"
        zh = "".join(f"[网站{i}](https://example.com/{i})" for i in range(n)) + "\n"
        result = check_documents(parse_markdown("a.en.md", en), parse_markdown("a.zh.md", zh))
        return [f.code for f in result.findings]

    assert "TQA999" not in grows_linearly(work, 400)


def test_a_paragraph_of_many_links_without_its_original_is_checked_in_linear_time() -> None:
    """The same Chinese paragraph alone (target-only checks: the link-name, site-name and anchor checks read every
    link), 400 and 1,600 links: a check that re-read the paragraph or its links for each link grows sixteenfold."""

    def work(n: int) -> list[str]:
        zh = "".join(f"[网站{i}](https://example.com/{i})" for i in range(n)) + "\n"
        return [f.code for f in check_documents(None, parse_markdown("a.zh.md", zh)).findings]

    assert "TQA999" not in grows_linearly(work, 400)


def test_one_anchor_to_many_pages_of_one_site_is_read_back_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`[网站](…example.com/N)` 50 times (the same phrase and the same site's label): TQA319's character-by-character
    reading (`backgloss.spelt_whole`) runs once for the pair, not once per link (110 µs a link at 10,000 links)."""
    from transqa.lang import backgloss

    calls: list[tuple[str, str]] = []
    real = backgloss.spelt_whole

    def counted(name: str, phrase: str):  # type: ignore[no-untyped-def]
        calls.append((name, phrase))
        return real(name, phrase)

    monkeypatch.setattr(backgloss, "spelt_whole", counted)
    zh = "".join(f"[网站](https://example.com/{i})" for i in range(50)) + "\n"
    check_documents(None, parse_markdown("a.zh.md", zh))
    assert calls == [("example", "网站")]
