"""Plain text → blocks: paragraphs separated by blank lines, or one paragraph a line."""

from __future__ import annotations

from transqa.load.positions import BlockBuilder
from transqa.model import Block, Document, LineIndex


def parse_text(path: str, raw: str) -> Document:
    lines: list[tuple[int, str]] = []  # (offset, line without its ending)
    i = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lines.append((i, body))
        i += len(line)
    has_blank = any(not body.strip() for _, body in lines)
    groups: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for off, body in lines:
        if not body.strip():
            if cur:
                groups.append(cur)
                cur = []
            continue
        cur.append((off, body))
        if not has_blank:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    blocks: list[Block] = []
    for group in groups:
        b = BlockBuilder()
        for k, (off, body) in enumerate(group):
            if k:
                b.add(" ", off - 1)
            b.add(body, off)
        blk = b.build(len(blocks), "paragraph", group[0][0], group[-1][0] + len(group[-1][1]))
        if blk.text:
            blocks.append(blk)
    doc = Document(path, raw, "text", blocks, LineIndex(raw), {})
    for blk in blocks:
        blk.line = doc.lines.position(blk.file_start)[0]
    return doc
