"""A table given where a translation was expected: a TSV or CSV export (sentence pairs, a glossary, an index)
checked as prose gave a report of nonsense findings. It is refused in one line (InputError, exit 2)."""

from __future__ import annotations

import os
from collections import Counter

from transqa.errors import InputError

SAMPLE_LINES = 200  # the lines looked at: a table says what it is in its first rows
MIN_ROWS = 3
SHARE = 0.9
"""A table: at least MIN_ROWS non-empty lines among the first SAMPLE_LINES, and at least SHARE of them with one
same number (≥ 1) of tabs between its first and last character (paragraphs indented by a tab are
no table), or of commas in a file named .csv. Measured on every Markdown file of the
TechCrunch archive, the WMT MT outputs and the samples: no translation is taken for a table."""


def table_shape(path: str, raw: str) -> str | None:
    """What the text is when it is tabular data ("TSV: 3 tab-separated columns"), else None."""
    lines = [line for line in raw.split("\n", SAMPLE_LINES)[:SAMPLE_LINES] if line.strip()]
    if len(lines) < MIN_ROWS:
        return None
    seps = [("\t", "TSV", "tab")] + ([(",", "CSV", "comma")] if os.path.splitext(path)[1].lower() == ".csv" else [])
    for sep, kind, name in seps:
        n, rows = Counter(line.strip().count(sep) for line in lines).most_common(1)[0]
        if n >= 1 and rows >= SHARE * len(lines):
            return f"{kind}: {rows} of its first {len(lines)} lines have {n + 1} {name}-separated columns"
    return None


def refuse_table(path: str, raw: str) -> None:
    """InputError when the translation given is tabular data (table_shape)."""
    shape = table_shape(path, raw)
    if shape is not None:
        raise InputError(path, f"is tabular data ({shape}), not a translation: give the translation's Markdown or text file", "tabular")
