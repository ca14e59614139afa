"""CSV: one row per finding, for spreadsheets."""

from __future__ import annotations

import csv
import io

from transqa.escape import csv_cell
from transqa.result import Result

COLUMNS = ["target", "source", "code", "rule", "category", "severity", "target_line", "target_column",
           "source_line", "source_column", "target_text", "source_text", "message", "suggestion", "fingerprint"]


def render_csv(results: list[Result]) -> str:
    """One CSV row per finding (COLUMNS), for spreadsheets."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in results:
        for f, fp in r.fingerprinted():
            t, s = f.target, f.source
            w.writerow([csv_cell(x) for x in (
                r.target_path, r.source_path or "", f.code, f.rule, f.category, str(f.severity),
                t.line if t else "", t.column if t else "", s.line if s else "", s.column if s else "",
                t.text if t else "", s.text if s else "", f.message, f.suggestion or "", fp)])
    return buf.getvalue()
