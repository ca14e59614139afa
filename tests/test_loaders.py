"""Loading: positions, metadata, format recognition, article extraction."""

from __future__ import annotations

from transqa.load import parse, sniff_format
from transqa.load.html import parse_html
from transqa.load.markdown import parse_markdown


def test_markdown_blocks_links_and_header() -> None:
    raw = "# 标题\n\n> 原文：<https://web.archive.org/web/https://example.com/a/>\n\n据[路透社](https://example.com/r)报道，*公司*亏损。\n\n> 引用的一段话。\n\n- 列表项一\n- 列表项二\n\n![](img/x.png)\n"
    doc = parse_markdown("zh.md", raw)
    assert doc.metadata["source_url"].endswith("example.com/a/>") is False
    assert doc.metadata["source_url"] == "https://web.archive.org/web/https://example.com/a/"
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "quote", "list_item", "list_item", "image"]
    p = doc.blocks[1]
    assert p.text == "据路透社报道，公司亏损。"
    lk = p.links[0]
    assert p.text[lk.start : lk.end] == "路透社" and lk.url == "example.com/r"
    loc = doc.location(p, lk.start, lk.end)
    assert (loc.line, loc.column, loc.text) == (5, 3, "路透社")
    assert raw[lk.file_start : lk.file_end] == "[路透社](https://example.com/r)"


def test_crlf_positions_count_code_points_in_the_file_as_given() -> None:
    raw = "# 标题\r\n\r\n第一段，Paytm 在这里。\r\n"
    doc = parse_markdown("zh.md", raw)
    b = doc.blocks[1]
    i = b.text.index("Paytm")
    loc = doc.location(b, i, i + 5)
    assert (loc.line, loc.column, loc.text) == (3, 5, "Paytm")
    assert raw[loc.offset : loc.end_offset] == "Paytm"


def test_html_positions_and_entities() -> None:
    raw = "<html><body><article>\n<p>Facebook&#8217;s <a href=\"http://x.com/y\">Palo Alto</a> office is large enough for everyone who works there.</p>\n<p>Second paragraph of the story, with enough text to be the body of the article.</p></article></body></html>"
    doc = parse_html("en.html", raw)
    b = doc.blocks[0]
    assert b.text.startswith("Facebook’s Palo Alto office")
    lk = b.links[0]
    loc = doc.location(b, lk.start, lk.end)
    assert loc.line == 2 and raw[loc.offset : loc.end_offset] == "Palo Alto"


def test_format_is_recognised_by_content() -> None:
    assert sniff_format("<!DOCTYPE html><html><p>x</p></html>") == "html"
    assert sniff_format("# Title\n\nSome [link](http://x.com).") == "markdown"
    assert sniff_format("Line one.\nLine two.\n") == "text"
    # a link whose address is longer than the bounded scan (a tracking or archive address of 600 characters)
    long = "http://example.com/" + "a1b2c3d4e5/" * 60
    assert sniff_format(f"Read [the review]({long}) today.\n") == "markdown"
    assert sniff_format("Line [one](\nLine two.\n") == "text"
    doc = parse("article.txt", "<html><body><div><p>" + "Words of the article body. " * 5 + "</p></div></body></html>")
    assert doc.format == "html"


def test_plain_text_one_paragraph_per_line_or_per_blank_line() -> None:
    assert len(parse("a.txt", "First line.\nSecond line.\n").blocks) == 2
    assert len(parse("a.txt", "First line\ncontinues.\n\nSecond paragraph.\n").blocks) == 2
