"""A table given where a translation was expected: a TSV or CSV export (sentence pairs, a glossary, an index)
checked as prose gave a report of nonsense findings. It is refused in one line (InputError, exit 2)."""

from __future__ import annotations

import csv
import os
import re
from collections import Counter

from transqa.errors import InputError

SAMPLE_LINES = 200  # the lines looked at: a table says what it is in its first rows
MIN_ROWS = 3
SHARE = 0.9
"""A table: at least MIN_ROWS non-empty lines among the first SAMPLE_LINES, and at least SHARE of them with one
same number (≥ 1) of tabs between its first and last character, as the csv module reads the rows (a quoted cell
holding the separator is one cell; paragraphs indented by a tab are
no table), or of commas in a file named .csv. Measured on every Markdown file of the
TechCrunch archive, the WMT MT outputs and the samples: no translation is taken for a table."""


def table_shape(path: str, raw: str) -> str | None:
    """What the text is when it is tabular data ("TSV: 3 tab-separated columns"), else None."""
    lines = [line.strip() for line in _outside_code(raw.split("\n", SAMPLE_LINES)[:SAMPLE_LINES]) if line.strip()]
    if len(lines) < MIN_ROWS:
        return None
    seps = [("\t", "TSV", "tab")] + ([(",", "CSV", "comma")] if os.path.splitext(path)[1].lower() == ".csv" else [])
    for sep, kind, name in seps:
        widths = _widths(lines, sep)
        if not widths:
            continue
        n, rows = Counter(widths).most_common(1)[0]
        if n >= 1 and rows >= SHARE * len(widths) and len(widths) >= MIN_ROWS:
            return f"{kind}: {rows} of its first {len(widths)} rows have {n + 1} {name}-separated columns"
    return None


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


def _outside_code(lines: list[str]) -> list[str]:
    """The lines outside Markdown code: an article quoting a TSV sample in a fence (or an indented code block after
    its text) was refused as tabular data. A fence runs to its closing fence (same character, at least as long) or
    to the end of what is looked at; an indented line (4 spaces or a tab) is code after a blank line that follows
    the article's text, as in CommonMark: an export whose rows start with a tab (an empty first cell) is no code.
    Not the loader's reader: the loader has no fence reader of its own, it takes code blocks from markdown-it's
    tokens of the whole decoded document (load/markdown.py), while this runs on the first SAMPLE_LINES lines of
    the undecoded head (latin-1, refuse_table_early), before any decoding or parse, to spare both for an export."""
    out: list[str] = []
    fence = ""
    code = False
    blank = False
    for line in lines:
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]) and len(line) - len(line.lstrip(" ")) < 4:
                fence = ""
            continue
        m = _FENCE.match(line)
        if m and not (m.group(1)[0] == "`" and "`" in line[m.end():]):
            fence, code = m.group(1), False
            continue
        indented = line.startswith(("    ", "\t")) and bool(line.strip())
        code = indented and (code or (blank and bool(out)))
        blank = not line.strip()
        if not code:
            out.append(line)
    return out


def _widths(lines: list[str], sep: str) -> list[int]:
    """The number of separators of each row, read as the csv module reads an export: a quoted cell holding the
    separator (`"a, b",c`) or a line break is one cell. Text that is no CSV (a quote never closed) has none."""
    try:
        return [len(row) - 1 for row in csv.reader(lines, delimiter=sep, strict=True) if row]
    except csv.Error:
        return [line.count(sep) for line in lines]


def refuse_table(path: str, raw: str) -> None:
    """InputError when the translation given is tabular data (table_shape)."""
    shape = table_shape(path, raw)
    if shape is not None:
        raise InputError(path, f"is tabular data ({shape}), not a translation: give the translation's Markdown or text file", "tabular")


HEAD_BYTES = 1 << 16
"""The bytes of a file refuse_table_early reads: SAMPLE_LINES lines of an export (sentence pairs, a glossary) are
some KB; an article's first 64 KB is most or all of it. Measured on the TechCrunch archive (4,006 Markdown files,
median 2.3 KB, largest 42 KB: every one read whole) and on the WMT21-24 en-zh test sets pasted as source-reference
TSV (their first 200 rows 34-109 KB: each of the four refused from its head)."""


def refuse_table_early(path: str) -> bool:
    """refuse_table from the file's first HEAD_BYTES, before it is read whole and parsed as Markdown: a large export
    was parsed whole (seconds, or refused as too long) to be refused from its first lines. The head is read byte for
    byte (latin-1), not decoded: tabs, commas, quotes and line breaks are the same ASCII bytes in UTF-8 and in the
    legacy encodings the loader reads (no byte of a multibyte character is one of them), and the file is decoded
    once, by the loader. Its last line, which may be cut, is left out. UTF-16 and UTF-32 (NUL bytes), standard
    input and what cannot be read are left to refuse_table after the load, which names what cannot be read.
    Returns whether it could tell (the whole file, or SAMPLE_LINES lines of it, read): then the file is not looked
    at again after the load (it was, and a latin-1 line that strips differently from its decoded text could give
    a second answer)."""
    from transqa.load.decode import read_head

    head = read_head(path, HEAD_BYTES) if path != "-" else None
    if not head or b"\x00" in head[:4096] or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    whole = len(head) < HEAD_BYTES
    if not whole:
        head = head[: head.rfind(b"\n") + 1]
    refuse_table(path, head.decode("latin-1"))
    return whole or head.count(b"\n") >= SAMPLE_LINES
