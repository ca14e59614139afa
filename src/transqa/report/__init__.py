"""Renderers: results → text. They never print; cli.py writes what they return."""

from transqa.report.csvreport import render_csv
from transqa.report.html import render_html, render_index
from transqa.report.jsonreport import alignment_json, document_json, report_json, signature
from transqa.report.junit import render_junit
from transqa.report.sarif import render_sarif
from transqa.report.text import render_concise, render_text

FORMATS = ("text", "concise", "json", "html", "sarif", "junit", "csv")

__all__ = [
    "FORMATS", "alignment_json", "document_json", "render_concise", "render_csv", "render_html", "render_index",
    "render_junit", "render_sarif", "render_text", "report_json", "signature",
]
