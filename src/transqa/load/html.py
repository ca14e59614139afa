"""Article HTML (saved pages, Wayback captures) → the article's blocks with exact positions.

A light DOM is built with the standard library's HTMLParser, which reports where each tag and
text run starts; the article body is the element whose direct paragraphs hold the most text
(navigation, sidebars, comments and the Wayback toolbar are skipped), and the page title (without
its site suffix) and the headline come first. trafilatura was measured on the TechCrunch pages of
../shared and kept sidebar text ("Sponsored Ads", a CrunchBase profile) in the body, and it
cannot report positions; this extractor keeps both right.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.entities import html5, name2codepoint
from html.parser import HTMLParser

from transqa.load.positions import BlockBuilder, Normalised
from transqa.model import Block, Document, LineIndex

VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
SKIP = frozenset(
    "script style noscript template nav aside footer form iframe select button svg object video audio canvas head".split()
)
CLOSES_P = frozenset(
    "p div h1 h2 h3 h4 h5 h6 ul ol li blockquote pre table section article figure header footer nav aside form hr".split()
)
BOILERPLATE = re.compile(
    r"(^|[\s_-])(comments?|commentlist|respond|share|sharing|social|related|sidebar|widget|advert|ads|"
    r"ad-unit|promo|newsletter|subscribe|footer|navigation|nav|menu|breadcrumbs?|popular|recommended|"
    r"wm-ipp|wm-ipp-base|donato|cookie|signup|login|module-sponsored-ads|tip-form|crunchbase)([\s_-]|$)",
    re.IGNORECASE,
)
# the title ends on a non-blank, so a run of blanks is tried once, not once per blank in it
_SUFFIX = re.compile(r"^(?P<title>.+?)(?<!\s)\s++[|–—-]\s+(?P<site>[^|–—-]{2,40})$")


MAX_DEPTH = 200
"""An element opened this deep takes the place of the deepest open one (their texts stay apart), so the
tree never gets deeper: far deeper than any page's markup, far below Python's recursion limit for the
recursive readers below."""


class Node:
    __slots__ = ("tag", "attrs", "start", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], start: int, parent: Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.start = start
        self.children: list[Node | Text] = []
        self.parent = parent


class Text:
    __slots__ = ("text", "offsets")

    def __init__(self, text: str, offsets: list[int]) -> None:
        self.text = text
        self.offsets = offsets


class _DomBuilder(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        for i, c in enumerate(text):
            if c == "\n":
                self.line_starts.append(i + 1)
        self.root = Node("#root", {}, 0, None)
        self.stack = [self.root]

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[min(line - 1, len(self.line_starts) - 1)] + col

    def _close(self, tag: str) -> None:
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        if tag in CLOSES_P and any(n.tag == "p" for n in self.stack[-3:]):
            self._close("p")
        if tag == "li" and self.stack[-1].tag == "li":
            self.stack.pop()
        if tag not in VOID and len(self.stack) >= MAX_DEPTH:  # deeper: it takes the deepest element's place
            self.stack.pop()
        node = Node(tag, {k: (v or "") for k, v in attrs}, start, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._offset()
        node = Node(tag, {k: (v or "") for k, v in attrs}, start, self.stack[-1])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag: str) -> None:
        self._close(tag)

    def handle_data(self, data: str) -> None:
        start = self._offset()
        self.stack[-1].children.append(Text(data, list(range(start, start + len(data)))))

    def handle_entityref(self, name: str) -> None:
        start = self._offset()
        ch = html5.get(name + ";") or (chr(name2codepoint[name]) if name in name2codepoint else "&" + name)
        self.stack[-1].children.append(Text(ch, [start] * len(ch)))

    def handle_charref(self, name: str) -> None:
        start = self._offset()
        try:
            ch = chr(int(name[1:], 16) if name[:1] in "xX" else int(name))
        except (ValueError, OverflowError):
            ch = "\ufffd"
        if ch in ("\x00",) or not ch.isprintable() and ch not in "\n\t":
            ch = " "
        self.stack[-1].children.append(Text(ch, [start]))


def _skipped(node: Node) -> bool:
    if node.tag in SKIP:
        return True
    if node.tag in ("header",) and not any(isinstance(c, Node) and c.tag == "h1" for c in _walk(node)):
        return True
    if node.attrs.get("hidden") is not None and "hidden" in node.attrs:
        return True
    style = node.attrs.get("style", "").replace(" ", "").lower()
    if "display:none" in style:
        return True
    ident = node.attrs.get("class", "") + " " + node.attrs.get("id", "")
    return bool(ident.strip()) and bool(BOILERPLATE.search(ident))


def _skipped_by_mark(node: Node) -> bool:
    """The element is hidden or marked as page furniture by its class or id (not merely by its tag)."""
    return _skipped(Node("#mark", node.attrs, node.start, None))


def _walk(node: Node) -> Iterator[Node]:
    for c in node.children:
        if isinstance(c, Node):
            yield c
            yield from _walk(c)


def _text_len(node: Node) -> int:
    n = 0
    for c in node.children:
        if isinstance(c, Text):
            n += len(c.text.strip())
        elif not _skipped(c):
            n += _text_len(c)
    return n


def _collect(node: Node, b: BlockBuilder, links: bool = True) -> None:
    for c in node.children:
        if isinstance(c, Text):
            for ch, off in zip(c.text, c.offsets, strict=False):
                if ch in " \t\n\r\f\xa0\u200b":
                    if ch == "\u200b":
                        continue
                    if b.chars and b.chars[-1] == " ":
                        continue
                    b.add(" ", off)
                else:
                    b.add(ch, off)
            continue
        if c.tag in SKIP:
            src = embed_src(c)
            if src:  # a video or player embedded in the paragraph: part of the article, kept as its media
                b.players.add(len(b.images))
                b.images.append((src, "", b.length, c.start, c.start))
            continue
        if c.tag == "br":
            if b.chars and b.chars[-1] != " ":
                b.add(" ", c.start)
        elif c.tag == "img":
            src = c.attrs.get("src") or c.attrs.get("data-src") or ""
            if src and not _is_pixel(c):
                b.images.append((src, c.attrs.get("alt", ""), b.length, c.start, c.start))
        elif c.tag == "a" and links:
            ts = b.length
            _collect(c, b, links=False)
            href = c.attrs.get("href", "")
            if href and not href.lower().startswith(("javascript:", "#")):
                text = "".join(b.chars[ts:])
                b.links.append((href, ts, b.length, c.start, c.start, text))
        else:
            _collect(c, b, links)


# Classes of page furniture. WordPress's `wp-post-image` / `attachment-` mark a post's lead image, not furniture: inside
# the article's container it is the article's first image (the Zuckerberg 2011 page's `post-first-image`), and 95 of
# 327 archive translations sampled (every tenth file, held-out files left out) open with an image
_FURNITURE_IMG = re.compile(r"avatar|thumb|logo|icon|emoji|sprite", re.IGNORECASE)
EMBEDS = frozenset(("iframe", "embed", "object", "video"))
_PLAYER_URL = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


def embed_src(node: Node) -> str | None:
    """The address an embedded player (`<iframe>`, `<embed>`, `<object>`, `<video>`) shows: its src (or data), an
    `<object>`'s movie parameter or inner `<embed>`, a `<video>`'s first `<source>`; None for another element or an
    embed with no web address (a script's placeholder)."""
    if node.tag not in EMBEDS:
        return None
    urls = [node.attrs.get("src", ""), node.attrs.get("data-src", ""), node.attrs.get("data", "")]
    for k in _walk(node):
        if k.tag == "param" and k.attrs.get("name", "").lower() in ("movie", "src"):
            urls.append(k.attrs.get("value", ""))
        elif k.tag in ("embed", "source"):
            urls.append(k.attrs.get("src", ""))
    return next((u for u in urls if _PLAYER_URL.match(u)), None)


def _is_pixel(img: Node) -> bool:
    """Tracking pixels, avatars, thumbnails and logos: page furniture, not article images."""
    w, h = img.attrs.get("width", ""), img.attrs.get("height", "")
    return w in ("0", "1") or h in ("0", "1") or bool(_FURNITURE_IMG.search(img.attrs.get("class", "")))


def _score(node: Node) -> int:
    """Text held by the node's direct paragraphs (and quoted paragraphs)."""
    s = 0
    for c in node.children:
        if isinstance(c, Node) and not _skipped(c):
            if c.tag == "p":
                s += _text_len(c)
            elif c.tag == "blockquote":
                s += _text_len(c) // 2
    return s


def _article_container(root: Node) -> Node | None:
    best, best_score = None, 0
    stack = [root]
    while stack:
        n = stack.pop()
        if n is not root and _skipped(n):
            continue
        sc = _score(n)
        if sc > best_score:
            best, best_score = n, sc
        stack.extend(c for c in n.children if isinstance(c, Node))
    return best if best is not None and (best_score >= MIN_BODY_CHARS or _marked_article(best)) else None


# below this much paragraph text the best element is taken for page furniture (a footer's notice) — the value of
# earlier releases, unchanged — unless the page marks it as its article (`<article>`, `<main>`): a newcomer's news
# brief (`<article>` with two paragraphs, 57 characters) lost its body to the threshold alone
MIN_BODY_CHARS = 80


def _marked_article(node: Node) -> bool:
    """The node is, or is inside, an `<article>` or `<main>` element: the page says where its text is."""
    n: Node | None = node
    while n is not None:
        if n.tag in ("article", "main"):
            return True
        n = n.parent
    return False


def _blocks_of(container: Node, out: list[tuple[str, BlockBuilder, int]]) -> None:
    for c in container.children:
        if isinstance(c, Text):
            if len(c.text.strip()) > 30:  # loose text directly in the container
                holder = Node("#t", {}, c.offsets[0] if c.offsets else 0, None)
                holder.children.append(c)
                b = BlockBuilder()
                _collect(holder, b)
                out.append(("paragraph", b, holder.start))
            continue
        if _stands_as_media(c):
            out.append(("image", _media_block(c), c.start))
            continue
        if _skipped(c):
            continue
        tag = c.tag
        if tag in ("p", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dd", "dt", "figcaption"):
            if tag == "li" and any(isinstance(k, Node) and k.tag in ("p", "ul", "ol") for k in c.children):
                _blocks_of(c, out)
                continue
            b = BlockBuilder()
            _collect(c, b)
            kind = {"li": "list_item", "pre": "code"}.get(tag, "heading" if tag[0] == "h" else "paragraph")
            out.append((kind, b, c.start))
        elif tag == "blockquote":
            sub: list[tuple[str, BlockBuilder, int]] = []
            if any(isinstance(k, Node) and k.tag in ("p", "div", "ul", "ol") for k in c.children):
                _blocks_of(c, sub)
            else:
                b = BlockBuilder()
                _collect(c, b)
                sub.append(("quote", b, c.start))
            out.extend(("quote" if k == "paragraph" else k, bb, s) for k, bb, s in sub)
        elif tag in ("h1",):
            continue
        else:
            _blocks_of(c, out)


def _stands_as_media(node: Node) -> bool:
    """An image (not furniture), a link around an image or a player, standing alone in the body, not hidden or marked
    as furniture."""
    if _skipped_by_mark(node):
        return False
    if node.tag == "img":
        return not _is_pixel(node)
    if node.tag == "a":
        return any(isinstance(k, Node) and k.tag == "img" for k in node.children)
    return embed_src(node) is not None


def _media_block(node: Node) -> BlockBuilder:
    """The block of an image, a linked image or a player standing alone in the body."""
    b = BlockBuilder()
    holder = Node("#media", {}, node.start, None)
    holder.children.append(node)
    _collect(holder, b)
    return b


def _find(root: Node, tag: str) -> list[Node]:
    found = []
    stack = [root]
    while stack:
        n = stack.pop()
        for c in reversed(n.children):
            if isinstance(c, Node):
                if c.tag == tag:
                    found.append(c)
                if c.tag not in ("script", "style"):
                    stack.append(c)
    found.sort(key=lambda n: n.start)
    return found


def parse_html(path: str, raw: str) -> Document:
    norm = Normalised(raw)
    parser = _DomBuilder(norm.text)
    try:
        parser.feed(norm.text)
        parser.close()
    except (AssertionError, ValueError):
        pass
    root = parser.root
    items: list[tuple[str, BlockBuilder, int]] = []
    titles = _find(root, "title")
    if titles:
        b = BlockBuilder()
        _collect(titles[0], b, links=False)
        text = "".join(b.chars).strip()
        m = _SUFFIX.match(text)
        if m and len(m.group("site").split()) <= 4:
            keep = len("".join(b.chars)) - len("".join(b.chars).lstrip()) + len(m.group("title"))
            b.chars, b.offsets = b.chars[:keep], b.offsets[:keep]
        items.append(("title", b, titles[0].start))
    container = _article_container(root)
    headlines = [h for h in _find(root, "h1") if _text_len(h) >= 3 and not _in_skipped(h)]
    if headlines:
        before = [h for h in headlines if container is None or h.start <= container.start]
        h1 = before[-1] if before else headlines[0]
        b = BlockBuilder()
        _collect(h1, b, links=False)
        items.append(("heading", b, h1.start))
    if container is not None:
        _blocks_of(container, items)
    blocks: list[Block] = []
    for kind, b, start in items:
        if not "".join(b.chars).strip() and not b.images:
            continue
        blk = b.build(len(blocks), kind, norm.raw_offset(start), norm.raw_offset(start))
        if not blk.text and blk.images:
            blk.kind = "image"
        norm.remap(blk)
        blk.file_start = blk.offsets[0] if blk.text else norm.raw_offset(start)
        blk.file_end = blk.offsets[-1] if blk.offsets else blk.file_start
        blocks.append(blk)
    doc = Document(path, raw, "html", blocks, LineIndex(raw), {})
    for blk in blocks:
        blk.line = doc.lines.position(blk.file_start)[0]
    return doc


def _in_skipped(node: Node) -> bool:
    p: Node | None = node
    while p is not None:
        if p.tag != "#root" and p.tag != "header" and _skipped(p):
            return True
        p = p.parent
    return False
