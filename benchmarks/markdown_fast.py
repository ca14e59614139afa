"""The linear inline scanner of the Markdown loader against markdown-it's own inline parser, on every
Markdown file of the archive (and the repository's corpora): the inline tokens of each block must be
the same. Prints how many blocks the scanner took and how many differ (exit 1 if any).

    .venv/bin/python benchmarks/markdown_fast.py [--shared PATH]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from transqa.load import markdown

ROOT = Path(__file__).resolve().parents[1]


def _key(toks: list[Token]) -> list[tuple[object, ...]]:
    return [(t.type, t.tag, t.nesting, t.level, dict(t.attrs), t.content, t.markup, t.info, _key(t.children or []))
            for t in toks]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    plain = MarkdownIt("commonmark", {"html": True}).enable(["strikethrough", "table"])
    files = sorted([*(args.shared / "corpora").rglob("*.md"), *(ROOT / "corpora").rglob("*.md")])
    blocks = fast = different = 0
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
        for a in plain.parse(text):
            if a.type != "inline":
                continue
            blocks += 1
            children = markdown.fast_children(a.content)
            if children is None:
                continue
            fast += 1
            if _key(children) != _key(a.children or []):
                different += 1
                print(f"different: {f}: {a.content[:120]!r}")
    print(f"{len(files)} Markdown files, {blocks} inline blocks, {fast} by the linear scanner, {different} different")
    return 1 if different else 0


if __name__ == "__main__":
    raise SystemExit(main())
