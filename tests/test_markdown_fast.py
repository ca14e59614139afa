"""The linear scanner for plain text and simple links (load.markdown.fast_children) gives the inline
tokens markdown-it's own inline parser gives, and stands aside for everything else.
(benchmarks/markdown_fast.py makes the same comparison on every Markdown file of the archive.)"""

from __future__ import annotations

import random

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from transqa.load.markdown import fast_children, parse_markdown

_PLAIN = MarkdownIt("commonmark", {"html": True}).enable(["strikethrough", "table"])


def _key(toks: list[Token]) -> list[tuple[object, ...]]:
    return [(t.type, t.tag, t.nesting, t.level, dict(t.attrs), t.content, t.markup, t.info, _key(t.children or []))
            for t in toks]


def _markdown_it(content: str) -> list[tuple[object, ...]]:
    tokens = _PLAIN.parse(content)
    inline = [t for t in tokens if t.type == "inline"]
    assert len(inline) == 1
    return _key(inline[0].children or [])


@pytest.mark.parametrize("content", [
    "总部位于丹佛的初创公司为屋顶太阳能板制造电池。",
    "据[路透社](https://www.reuters.com/technology/x-2024-05-01/)报道，该公司（Sila）筹集了 3.75 亿美元。",
    "[网站1](https://example.com/1)[网站2](http://example.com/2) and [a b](/relative/path#part)",
    "see [the filing](https://sec.gov/Archives/edgar/data/1/0001.htm?x=1;y=2) (PDF), 50% more",
    "price: $5 + 3 = 8 #tag @name {x} ^y",
])
def test_the_scanner_gives_markdown_its_tokens(content: str) -> None:
    fast = fast_children(content)
    assert fast is not None
    assert _key(fast) == _markdown_it(content)


@pytest.mark.parametrize("content", [
    "**bold** text", "a *b* c", "snake_case", "a `code` span", "an ![image](x.png)", "a <b>tag</b>",
    "an <https://example.com> autolink", "AT&amp;T", r"an \[escaped\] bracket", "~~struck~~",
    "[reference] link", "[x](javascript:alert(1))", "[x](https://user@example.com/)", "[x](https://example.com:8080/)",
    "[x](https://example.com/a%zz)", '[x](https://example.com/ "title")', "[x]( https://example.com/)",
    "[[nested](a)](b)", "[a](b(c))", "line one\nline two",
])
def test_the_scanner_stands_aside_for_other_constructs(content: str) -> None:
    assert fast_children(content) is None


def test_generated_paragraphs_parse_as_markdown_it_parses_them() -> None:
    """Random mixtures of text, punctuation, links and near-links: where the scanner answers, its tokens
    are markdown-it's, and the document built from them is the one markdown-it's tokens build."""
    rng = random.Random(21)
    pieces = ["文字", "word ", " ", "(", ")", "[", "]", "![", "*", "_", "`", "&amp;", "<b>", "~", "%", "#", "$5", ":", "@",
              "[链接](https://example.com/a)", "[l](http://WWW.Example.COM/p/q.html#f)", "[l](/x?a=1&b=2)", "[l](x y)",
              "[l](https://example.com/%E4%B8%AD)", "[l](<u>)", "[l]", "[l](", "](u)"]
    answered = 0
    for _ in range(6000):
        content = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))).strip()
        if not content or content[0] in "#>-+*|~`" or content[0].isdigit():
            continue  # block syntax: not inline content
        fast = fast_children(content)
        if fast is None:
            continue
        answered += 1
        assert _key(fast) == _markdown_it(content), content
    assert answered > 300


def test_many_links_parse_in_linear_time_with_their_positions() -> None:
    n = 3000
    text = "".join(f"[网站{i}](https://example.com/{i})" for i in range(n)) + "\n"
    (blk,) = parse_markdown("a.zh.md", text).blocks
    assert len(blk.links) == n
    last = blk.links[-1]
    assert (last.href, last.url, last.text) == (f"https://example.com/{n - 1}", f"example.com/{n - 1}", f"网站{n - 1}")
    assert text[last.file_start:last.file_end] == f"[网站{n - 1}](https://example.com/{n - 1})"


def test_documents_built_from_the_parts_are_those_built_from_markdown_its_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.load import markdown

    text = ("# 标题[链接](https://example.com/h)\n\n> 原文: https://example.com/a\n\n"
            "据[路透社](https://www.reuters.com/x/)报道，  [网站](http://WWW.Example.com//a//b/)。\n\n"
            "- [一](https://a.com) 二\n- 三 [四](/p?q=1#f)\n\n| a | [b](https://b.com) |\n|---|---|\n| [c](https://c.com) | d |\n\n"
            "**粗体** 与 [链接](https://example.com/z)\r\n第二行 [x](https://x.com)\n")

    def blocks(doc: object) -> list[tuple[object, ...]]:
        return [(b.index, b.kind, b.text, b.offsets, b.file_start, b.file_end, b.line, b.links, b.images, b.code_spans)
                for b in doc.blocks]  # type: ignore[attr-defined]

    fast = parse_markdown("a.zh.md", text)
    assert any(b.links for b in fast.blocks)
    monkeypatch.setattr(markdown, "fast_parts", lambda content: None)
    assert blocks(parse_markdown("a.zh.md", text)) == blocks(fast)
