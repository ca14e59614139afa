"""Renderers: results → text. They never print; cli.py writes what they return."""

from transqa.report.jsonreport import alignment_json, document_json, report_json, signature
from transqa.report.text import render_concise, render_text

FORMATS = ("text", "concise", "json")

__all__ = ["FORMATS", "alignment_json", "document_json", "render_concise", "render_text", "report_json", "signature"]
