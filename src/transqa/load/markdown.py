"""Chinese (or English) Markdown → blocks with exact positions, using markdown-it-py."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from transqa.load.positions import BlockBuilder, Normalised
from transqa.model import Block, Document, LineIndex

_HEADER = re.compile(r"^\s*原文\s*[:：]\s*<?\s*(?P<url>[^\s>]+)\s*>?\s*$")
_MD = MarkdownIt("commonmark", {"html": True}).enable(["strikethrough", "table"])


def parse_markdown(path: str, raw: str) -> Document:
    norm = Normalised(raw)
    text = norm.text
    line_starts = [0]
    for i, c in enumerate(text):
        if c == "\n":
            line_starts.append(i + 1)
    line_starts.append(len(text) + 1)

    def line_offset(line: int) -> int:
        return line_starts[min(line, len(line_starts) - 1)] if line < len(line_starts) else len(text)

    tokens = _MD.parse(text)
    blocks: list[Block] = []
    metadata: dict[str, str] = {}
    quote_depth = 0
    list_depth = 0
    heading = False
    pending_kind = "paragraph"
    for tok in tokens:
        t = tok.type
        if t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t == "list_item_open":
            list_depth += 1
        elif t == "list_item_close":
            list_depth -= 1
        elif t == "heading_open":
            heading = True
        elif t == "heading_close":
            heading = False
        elif t in ("fence", "code_block") and tok.map:
            start = line_offset(tok.map[0])
            end = min(line_offset(tok.map[1]), len(text))
            b = BlockBuilder()
            idx = text.find(tok.content, start, end) if tok.content else -1
            b.add(tok.content, idx if idx >= 0 else start, exact=idx >= 0)
            blk = b.build(len(blocks), "code", norm.raw_offset(start), norm.raw_offset(end))
            norm.remap(blk)
            if blk.text:
                blocks.append(blk)
        elif t == "inline" and tok.map:
            kind = "heading" if heading else ("quote" if quote_depth else ("list_item" if list_depth else "paragraph"))
            pending_kind = kind
            start = line_offset(tok.map[0])
            end = min(line_offset(tok.map[1]), len(text))
            if quote_depth and len(blocks) <= 3 and "source_url" not in metadata:
                m = _HEADER.match(tok.content)
                if m:
                    metadata["source_url"] = m.group("url")
                    metadata["source_url_line"] = str(tok.map[0] + 1)
                    continue
            b = _inline(text, start, end, tok.children or [])
            blk = b.build(len(blocks), pending_kind, norm.raw_offset(start), norm.raw_offset(end))
            if not blk.text.strip() and blk.images:
                blk.kind = "image"
            elif not blk.text.strip() and not blk.links:
                continue
            norm.remap(blk)
            blocks.append(blk)
    doc = Document(path, raw, "markdown", blocks, LineIndex(raw), metadata)
    for blk in blocks:
        blk.line = doc.lines.position(blk.file_start)[0]
    return doc


def _skip_destination(text: str, j: int, end: int) -> int:
    """j points at the ']' closing a link text; return the offset after the link's tail."""
    if j + 1 < end and text[j + 1] == "(":
        depth = 0
        k = j + 1
        in_angle = False
        while k < end:
            c = text[k]
            if c == "\\":
                k += 2
                continue
            if c == "<":
                in_angle = True
            elif c == ">":
                in_angle = False
            elif not in_angle and c == "(":
                depth += 1
            elif not in_angle and c == ")":
                depth -= 1
                if depth == 0:
                    return k + 1
            k += 1
        return end
    if j + 1 < end and text[j + 1] == "[":
        k = text.find("]", j + 2, end)
        return k + 1 if k >= 0 else j + 1
    return j + 1


def _closing_bracket(text: str, k: int, end: int) -> int:
    """The ']' that closes the '[' just before k, honouring nesting and escapes."""
    depth = 1
    while k < end:
        c = text[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return -1


def _inline(text: str, start: int, end: int, children: list[Token]) -> BlockBuilder:
    b = BlockBuilder()
    cur = start
    stack: list[tuple[str, int, int, bool]] = []  # href, file_start, text_start, autolink

    def find(s: str, pos: int) -> int:
        return text.find(s, pos, end) if s else -1

    for ch in children:
        t = ch.type
        if t in ("text", "text_special"):
            needle = ch.markup if t == "text_special" and ch.markup else ch.content
            idx = find(needle, cur)
            if idx >= 0:
                if t == "text_special" and needle != ch.content:
                    b.add(ch.content, idx, exact=False)
                else:
                    b.add(ch.content, idx)
                cur = idx + len(needle)
            else:
                b.add(ch.content, cur, exact=False)
        elif t in ("softbreak", "hardbreak"):
            idx = find("\n", cur)
            b.add(" ", idx if idx >= 0 else cur)
            if idx >= 0:
                cur = idx + 1
        elif t == "code_inline":
            idx = find(ch.content, cur)
            s = b.length
            if idx >= 0:
                b.add(ch.content, idx)
                cur = idx + len(ch.content)
            else:
                b.add(ch.content, cur, exact=False)
            b.code.append((s, b.length))
        elif t == "link_open":
            auto = ch.markup in ("autolink", "linkify")
            idx = find("<" if ch.markup == "autolink" else "[", cur)
            if ch.markup == "linkify":
                idx = cur
            fs = idx if idx >= 0 else cur
            if idx >= 0 and ch.markup != "linkify":
                cur = idx + 1
            stack.append((str(ch.attrs.get("href", "")), fs, b.length, auto))
        elif t == "link_close":
            if not stack:
                continue
            href, fs, ts, auto = stack.pop()
            if auto:
                j = find(">", cur)
                fe = j + 1 if j >= 0 else cur
            else:
                j = find("]", cur)
                fe = _skip_destination(text, j, end) if j >= 0 else cur
            ltext = "".join(b.chars[ts:])
            b.links.append((href, ts, b.length, fs, fe, ltext))
            cur = max(cur, fe)
        elif t == "image":
            idx = find("![", cur)
            fs = idx if idx >= 0 else cur
            if idx >= 0:
                j = _closing_bracket(text, idx + 2, end)
                fe = _skip_destination(text, j, end) if j >= 0 else idx + 2
            else:
                fe = cur
            b.images.append((str(ch.attrs.get("src", "")), ch.content, b.length, fs, fe))
            cur = max(cur, fe)
        elif t == "html_inline":
            idx = find(ch.content, cur)
            if idx >= 0:
                cur = idx + len(ch.content)
    return b
