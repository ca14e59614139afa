"""Chinese (or English) Markdown → blocks with exact positions, using markdown-it-py."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block.state_block import StateBlock
from markdown_it.rules_core.state_core import StateCore
from markdown_it.token import Token

from transqa.lang.transliterate import star_separates
from transqa.load.positions import BlockBuilder, Normalised
from transqa.model import Block, Document, LineIndex

_HEADER = re.compile(r"^\s*原文\s*[:：]\s*<?\s*(?P<url>[^\s>]+)\s*>?\s*$")
# Without text_join: it merges a decoded entity or escape (`&amp;` → `&`) into the text around it, and the merged
# token is no longer found in the file (every character of the paragraph was placed at its start); kept apart,
# each text_special token is found by its markup (_inline_text).
_MD = MarkdownIt("commonmark", {"html": True}).enable(["strikethrough", "table"]).disable("text_join")

# A linear scanner for the common inline content: plain text and `[text](url)` links. It gives the
# tokens markdown-it's inline parser gives (tests/test_markdown_fast.py compares them on generated
# text; benchmarks/markdown_fast.py on every Markdown file of the archive) and is used only when no
# character that starts another inline construct occurs (newline, escape, code, emphasis,
# strikethrough, entity, HTML, autolink, image) and every bracket belongs to such a link. markdown-it's
# inline parser spends about 40 µs on a link (label and destination parsing, URL normalisation); the
# URLs taken here are those its normalisation leaves unchanged (no `@`, port, `&` or stray `%`).
_SPECIAL = re.compile(r"[\[\]\n\\`*_&<>!~]")
_PLAIN = r"[^\[\]\n\\`*_&<>!~]"
_LINK = re.compile(r"\[(" + _PLAIN + r"+)\]\(((?:https?://)?(?:[A-Za-z0-9\-._~/?#=+,;!*'$]|%[0-9A-Fa-f]{2})+)\)")


FastParts = list[tuple[str, str, str]]
"""(text before a link, its text, its URL) for each link, then (the text after the last link, "", "")."""


def fast_parts(content: str) -> FastParts | None:
    """The parts of `content` when it is plain text and simple links, else None."""
    out: FastParts = []
    pos = 0
    for m in _LINK.finditer(content):
        if _SPECIAL.search(content, pos, m.start()):
            return None
        out.append((content[pos : m.start()], m.group(1), m.group(2)))
        pos = m.end()
    if _SPECIAL.search(content, pos):
        return None
    out.append((content[pos:], "", ""))
    return out


def fast_children(content: str) -> list[Token] | None:
    """The inline tokens markdown-it gives for `content` when it is plain text and simple links, else None."""
    parts = fast_parts(content)
    if parts is None:
        return None
    out: list[Token] = []
    for gap, label, url in parts:
        if gap:
            out.append(Token("text", "", 0, level=0, content=gap))
        if label:
            out += [Token("link_open", "a", 1, attrs={"href": url}, level=0), Token("text", "", 0, level=1, content=label),
                    Token("link_close", "a", -1, level=0)]
    return out


def _inline_rule(state: StateCore) -> None:
    """markdown-it's core `inline` rule, but content that fast_parts() reads keeps its parts in
    meta["fast"] instead of tokens (parse_markdown builds its block from them directly)."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            parts = fast_parts(token.content)
            if parts is None:
                state.md.inline.parse(token.content, state.md, state.env, token.children)
            else:
                token.meta["fast"] = parts


_MD.core.ruler.at("inline", _inline_rule)

# markdown-it stops tokenising when the nesting level reaches options.maxNesting (20: lists 10 deep,
# quotes 20 deep) and drops the rest of the container and, for a list, of the document. Two levels
# below it (a list item opens two), the rule below reads every remaining line of the container as
# flat paragraphs instead: the quote and list markers in front of a line are left out, a list marker
# starts a new paragraph, and each paragraph keeps its own lines. Nothing deeper is parsed.
_FLAT_LEVEL = _MD.options.maxNesting - 2
_MARKERS = re.compile(r"(?:[>\s]|(?:[-*+]|\d{1,9}[.)])(?=\s|$))*")


def _flat_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """At _FLAT_LEVEL, the lines of the container from `start` as paragraphs, without their markers."""
    if silent or state.level < _FLAT_LEVEL:
        return False
    line = start
    para: list[str] = []
    first = start

    def flush(last: int) -> None:
        if para:
            state.push("paragraph_open", "p", 1).map = [first, last]
            tok = state.push("inline", "", 0)
            tok.content, tok.map, tok.children = "\n".join(para), [first, last], []
            state.push("paragraph_close", "p", -1)
            para.clear()

    # A line markdown-it's blockquote rule marks as a paragraph's lazy continuation (sCount -1: fewer `>` than the
    # quote's depth, `>>>>> text` after `>>>>>>>>>>>>>>>>>>>> text`) is read on, as CommonMark reads it: stopping there
    # ended every quote around it, and the next deep line opened them all again, each scanning to the end of the
    # text (a quoted thread whose depth goes up and down: 20,000 lines, 43 CPU s, HOSTILE23 #5).
    while line < end and (state.isEmpty(line) or state.sCount[line] >= state.blkIndent or state.sCount[line] < 0):
        raw = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
        m = _MARKERS.match(raw)
        assert m is not None  # (…)* matches every line, if only emptily
        content = raw[m.end() :]
        if not content or m.group().strip(" \t>"):
            flush(line)
        if content:
            if not para:
                first = line
            para.append(content)
        line += 1
    flush(line)
    state.line = line
    return True


_MD.block.ruler.before("table", "flat", _flat_rule)


def parse_markdown(path: str, raw: str) -> Document:
    """Parse a Markdown file into a Document of blocks whose offsets point into `raw`."""
    norm = Normalised(raw)
    text = norm.text
    line_starts = _line_starts(text)
    tokens = _MD.parse(text)
    blocks: list[Block] = []
    metadata: dict[str, str] = {}
    quote_depth = 0
    list_depth = 0
    heading = False
    cells: dict[tuple[int, int], int] = {}  # a table row's span → where its next cell starts (_cell)
    for k, tok in enumerate(tokens):
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
            start, end = _span(line_starts, text, tok.map)
            blk = _code_block(norm, text, start, end, tok.content, len(blocks))
            if blk is not None:
                blocks.append(blk)
        elif t == "html_block" and tok.map and (tail := _after_comment(text, *_span(line_starts, text, tok.map))):
            start, end, inline = tail  # the text after a leading comment, read as the inline branch reads a paragraph's
            blk = _inline_block(norm, text, start, end, inline.children or [], len(blocks), _kind(heading, quote_depth, list_depth),
                                inline.meta.get("fast"))
            if blk is not None:
                blocks.append(blk)
        elif t == "inline" and tok.map:
            kind = _kind(heading, quote_depth, list_depth)
            start, end = _span(line_starts, text, tok.map)
            if quote_depth and len(blocks) <= 3 and "source_url" not in metadata and _source_header(tok, metadata):
                continue
            blk = _inline_block(norm, text, start, end, tok.children or [], len(blocks), kind, tok.meta.get("fast"),
                                _in_cell(tokens, k, cells))
            if blk is not None:
                blocks.append(blk)
    _unclosed_comment(norm, text, line_starts, tokens, metadata)
    doc = Document(path, raw, "markdown", blocks, LineIndex(raw), metadata)
    for blk in blocks:
        blk.line = doc.lines.position(blk.file_start)[0]
    return doc


_COMMENT_FIRST = re.compile(r"[ \t]{0,3}<!--")


def _in_cell(tokens: list[Token], k: int, cells: dict[tuple[int, int], int]) -> dict[tuple[int, int], int] | None:
    """`cells` when tokens[k] is the content of a table cell, else None."""
    return cells if k > 0 and tokens[k - 1].type in ("th_open", "td_open") else None


def _after_comment(text: str, start: int, end: int) -> tuple[int, int, Token] | None:
    """The text after the last `-->` of an HTML block that opens with a comment or a run of them (`<!-- transqa: ignore[…] -->
    该公司…`, CommonMark's HTML block of type 2, which runs to the end of the line holding `-->`): its (start,
    end) in `text` and its inline token, parsed as a paragraph's; None when only markup or spaces follow."""
    if not _COMMENT_FIRST.match(text, start, end):
        return None
    first = text.index("<!--", start)
    while text.startswith("<!--", first):  # a run of comments (`<!-- a --><!-- b -->text`): the text after the last
        close = text.find("-->", first + 4, end)
        if close < 0:
            return None
        first = close + 3
        while first < end and text[first] in " \t":
            first += 1
    stop = end - 1 if end > first and text[end - 1] == "\n" else end
    if first >= stop or text[first] == "<":  # nothing, or more markup (a tag)
        return None
    return first, stop, _MD.parseInline(text[first:stop])[0]


def _unclosed_comment(norm: Normalised, text: str, line_starts: list[int], tokens: list[Token], metadata: dict[str, str]) -> None:
    """Record the first `<!--` never closed (an HTML block of type 2 that runs to the end of the document or of
    its quote or list item, its text read by no check): metadata["unclosed_comment"] is its offset in the raw
    file, metadata["unclosed_comment_hidden"] the number of paragraphs after its line. A `<!--` inside another
    HTML block (`<div>` then `<!--`) with no `-->` after it anywhere is metadata["unclosed_in_html"]: the Markdown
    after the block is read, but the page hides it."""
    for tok in tokens:
        if tok.type != "html_block" or not tok.map:
            continue
        if "-->" not in tok.content and _COMMENT_FIRST.match(tok.content):
            rest = tok.content.partition("\n")[2]
            metadata["unclosed_comment"] = str(norm.raw_offset(text.index("<!--", _line_offset(line_starts, text, tok.map[0]))))
            metadata["unclosed_comment_hidden"] = str(sum(1 for part in re.split(r"\n[ \t>]*\n", rest) if part.strip(" \t\n>")))
            return
        opened = _comment_left_open(tok.content)
        if opened > 0 and "unclosed_in_html" not in metadata:
            # `<div>` then `<!--`: the block ends at a blank line and the Markdown after it is read (and checked),
            # but the page's HTML has a comment never closed that the browser runs to the end of the page (one the
            # block closes itself is not looked for in the text, and the rest of the text is searched, not copied)
            at = text.find(tok.content[opened:], _line_offset(line_starts, text, tok.map[0]))
            if at >= 0 and text.find("-->", at) < 0:
                metadata["unclosed_in_html"] = str(norm.raw_offset(at))


# what opens a comment, or a raw-text element whose text runs to its own end tag with no comment in it (HTML's raw
# text and escapable raw text elements; `<plaintext>` never ends and takes no comment either)
_COMMENT_OR_RAW = re.compile(r"<!--|<(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)(?=[\s/>])", re.IGNORECASE)


def _comment_left_open(html: str) -> int:
    """Offset in `html` of the `<!--` that opens a comment `html` never closes, or -1: the first marker opens the
    comment and its first `-->` ends it (a `<!--` inside is text of the comment), and the text of a raw-text element
    (`<style>`, `<script>`, `<textarea>`, …) up to its own end tag holds no comment. One pass over `html`."""
    i = 0
    while (m := _COMMENT_OR_RAW.search(html, i)) is not None:
        if m.group(1) is None:
            close = html.find("-->", m.end())
            if close < 0:
                return m.start()
            i = close + 3
            continue
        end = re.compile(rf"</{m.group(1)}(?=[\s/>])", re.IGNORECASE).search(html, m.end())
        if end is None or m.group(1).lower() == "plaintext":
            return -1  # the element runs to the end: what follows is its text
        i = end.end()
    return -1


def _line_starts(text: str) -> list[int]:
    """Offset of the start of every line of `text`, then a sentinel one past its end."""
    line_starts = [0]
    i = text.find("\n")
    while i >= 0:
        line_starts.append(i + 1)
        i = text.find("\n", i + 1)
    line_starts.append(len(text) + 1)
    return line_starts


def _line_offset(line_starts: list[int], text: str, line: int) -> int:
    """Offset in `text` of the start of (0-based) `line`, clamped to the end of the text."""
    return line_starts[min(line, len(line_starts) - 1)] if line < len(line_starts) else len(text)


def _span(line_starts: list[int], text: str, lines: list[int]) -> tuple[int, int]:
    """(start, end) offsets in `text` of a token's line map [first line, line after the last]."""
    start = _line_offset(line_starts, text, lines[0])
    end = min(_line_offset(line_starts, text, lines[1]), len(text))
    return start, end


def _kind(heading: bool, quote_depth: int, list_depth: int) -> str:
    """The kind of an inline block from the containers it sits in."""
    return "heading" if heading else ("quote" if quote_depth else ("list_item" if list_depth else "paragraph"))


def _code_block(norm: Normalised, text: str, start: int, end: int, content: str, index: int) -> Block | None:
    """A fenced or indented code block, or None when it has no text."""
    b = BlockBuilder()
    idx = text.find(content, start, end) if content else -1
    b.add(content, idx if idx >= 0 else start, exact=idx >= 0)
    blk = b.build(index, "code", norm.raw_offset(start), norm.raw_offset(end))
    norm.remap(blk)
    return blk if blk.text else None


def _source_header(tok: Token, metadata: dict[str, str]) -> bool:
    """Record a `原文: URL` quote line in `metadata`; True when the token was that header."""
    m = _HEADER.match(tok.content)
    if not m or not tok.map:
        return False
    metadata["source_url"] = m.group("url")
    metadata["source_url_line"] = str(tok.map[0] + 1)
    return True


def _inline_block(norm: Normalised, text: str, start: int, end: int, children: list[Token], index: int,
                  kind: str, fast: FastParts | None = None, cells: dict[tuple[int, int], int] | None = None) -> Block | None:
    """A block of inline content, or None when it has neither text, images nor links. A table cell (`cells`: its
    row's span → where the row's next cell starts, read and written) is sought from the end of the cell before it
    and ends where its content does: markdown-it maps a cell to its whole row, and each cell of a row was sought
    from the row's start (a row of thousands of cells, each holding an invisible character: quadratic)."""
    row = (start, end)
    if cells is not None:
        start = cells.get(row, start)
    b = _inline(text, start, end, children) if fast is None else _inline_fast(text, start, end, fast)
    if cells is not None:
        cells[row] = b.cursor
        end = max(start, b.cursor)
    blk = b.build(index, kind, norm.raw_offset(start), norm.raw_offset(end))
    if not blk.text.strip() and blk.images:
        blk.kind = "image"
    elif not blk.text.strip() and not blk.links:
        return None
    norm.remap(blk)
    return blk


_DESTINATION_SPECIAL = re.compile(r"[\\<>(]")


def _skip_destination(text: str, j: int, end: int) -> int:
    """j points at the ']' closing a link text; return the offset after the link's tail."""
    if j + 1 < end and text[j + 1] == "(":
        k = text.find(")", j + 2, end)
        if k >= 0 and not _DESTINATION_SPECIAL.search(text, j + 2, k):
            return k + 1  # what the loop below finds for a destination without escapes, <…> or parentheses
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


_LinkOpen = tuple[str, int, int, bool]  # href, file_start, text_start, autolink


def _inline(text: str, start: int, end: int, children: list[Token]) -> BlockBuilder:
    """The text of an inline token's children, each character with its offset in `text`."""
    b = BlockBuilder()
    cur = start
    stack: list[_LinkOpen] = []
    for ch in children:
        cur = _inline_child(text, end, b, cur, ch, stack)
    b.cursor = cur
    return b


def _inline_fast(text: str, start: int, end: int, parts: FastParts) -> BlockBuilder:
    """_inline() of the tokens fast_children() gives for `parts`, without making them."""
    b = BlockBuilder()
    cur = start
    for gap, label, url in parts:
        if gap:
            cur = _place(text, end, b, cur, gap)
        if not label:
            continue
        idx = text.find("[", cur, end)  # _link_open
        fs = idx if idx >= 0 else cur
        if idx >= 0:
            cur = idx + 1
        ts = b.length
        cur = _place(text, end, b, cur, label)
        j = text.find("]", cur, end)  # _link_close
        fe = _skip_destination(text, j, end) if j >= 0 else cur
        b.links.append((url, ts, b.length, fs, fe, "".join(b.chars[ts:])))
        cur = max(cur, fe)
    b.cursor = cur
    return b


def _place(text: str, end: int, b: BlockBuilder, cur: int, s: str) -> int:
    """_inline_text() of a text token `s` (not empty)."""
    idx = text.find(s, cur, end)
    if idx < 0:
        b.add(s, cur, exact=False)
        return cur
    b.add(s, idx)
    return idx + len(s)


def _find(text: str, s: str, pos: int, end: int) -> int:
    """text.find(s, pos, end), but -1 for an empty needle."""
    return text.find(s, pos, end) if s else -1


def _inline_child(text: str, end: int, b: BlockBuilder, cur: int, ch: Token, stack: list[_LinkOpen]) -> int:
    """Add one inline child token to `b`; return the new cursor in `text`."""
    t = ch.type
    if t in ("text", "text_special"):
        return _inline_text(text, end, b, cur, ch)
    if t in ("softbreak", "hardbreak"):
        idx = _find(text, "\n", cur, end)
        b.add(" ", idx if idx >= 0 else cur)
        return idx + 1 if idx >= 0 else cur
    if t == "code_inline":
        return _inline_code(text, end, b, cur, ch)
    if t == "link_open":
        return _link_open(text, end, b, cur, ch, stack)
    if t == "link_close":
        return _link_close(text, end, b, cur, stack)
    if t == "image":
        return _image(text, end, b, cur, ch)
    if t == "html_inline":
        idx = _find(text, ch.content, cur, end)
        return idx + len(ch.content) if idx >= 0 else cur
    return cur


def _inline_text(text: str, end: int, b: BlockBuilder, cur: int, ch: Token) -> int:
    """A text (or escaped text_special) token."""
    t = ch.type
    needle = ch.markup if t == "text_special" and ch.markup else ch.content
    idx = _find(text, needle, cur, end)
    if idx < 0:
        b.add(ch.content, cur, exact=False)
        return cur
    if t == "text_special" and needle != ch.content:
        b.add(ch.content, idx, exact=False)
    else:
        _emphasis_star(text, b, idx, ch.content)
        b.add(ch.content, idx)
    return idx + len(needle)


def _emphasis_star(text: str, b: BlockBuilder, idx: int, s: str) -> None:
    """Before text `s` found at `idx`: an emphasis delimiter `*` alone between the character added last and `s`
    (`阿卜杜勒*哈米德*德贝巴赫`, the parser's emphasis of `哈米德`) that stands for a transliterated name's middle dot
    (star_separates) is read as that dot, `·`, at the asterisk's offset (the literal asterisks of a text are
    BlockBuilder.dot_names's)."""
    if idx >= 2 and text[idx - 1] == "*" and b.offsets and b.offsets[-1] == idx - 2:
        if star_separates(text[max(0, idx - 13) : idx - 1], text[idx : idx + 12]):  # the raw text on both sides: no `·`
            # read for a star yet, and the emphasis's closing star in sight (`玛丽亚*何塞*加西亚`, `因为*布吉*正在`)
            b.star_dots.add(b.length)
            b.add("·", idx - 1)


def _inline_code(text: str, end: int, b: BlockBuilder, cur: int, ch: Token) -> int:
    """A code span: its text, recorded as code."""
    idx = _find(text, ch.content, cur, end)
    s = b.length
    if idx >= 0:
        b.add(ch.content, idx)
        cur = idx + len(ch.content)
    else:
        b.add(ch.content, cur, exact=False)
    b.code.append((s, b.length))
    return cur


def _link_open(text: str, end: int, b: BlockBuilder, cur: int, ch: Token, stack: list[_LinkOpen]) -> int:
    """Open a link (bracketed, autolink or linkified) on `stack`."""
    auto = ch.markup in ("autolink", "linkify")
    idx = _find(text, "<" if ch.markup == "autolink" else "[", cur, end)
    if ch.markup == "linkify":
        idx = cur
    fs = idx if idx >= 0 else cur
    if idx >= 0 and ch.markup != "linkify":
        cur = idx + 1
    stack.append((str(ch.attrs.get("href", "")), fs, b.length, auto))
    return cur


def _link_close(text: str, end: int, b: BlockBuilder, cur: int, stack: list[_LinkOpen]) -> int:
    """Close the innermost open link and record it in `b.links`."""
    if not stack:
        return cur
    href, fs, ts, auto = stack.pop()
    if auto:
        j = _find(text, ">", cur, end)
        fe = j + 1 if j >= 0 else cur
    else:
        j = _find(text, "]", cur, end)
        fe = _skip_destination(text, j, end) if j >= 0 else cur
    ltext = "".join(b.chars[ts:])
    b.links.append((href, ts, b.length, fs, fe, ltext))
    return max(cur, fe)


def _image(text: str, end: int, b: BlockBuilder, cur: int, ch: Token) -> int:
    """Record an image in `b.images`, with its span in `text`."""
    idx = _find(text, "![", cur, end)
    fs = idx if idx >= 0 else cur
    if idx >= 0:
        j = _closing_bracket(text, idx + 2, end)
        fe = _skip_destination(text, j, end) if j >= 0 else idx + 2
    else:
        fe = cur
    b.images.append((str(ch.attrs.get("src", "")), ch.content, b.length, fs, fe))
    return max(cur, fe)
