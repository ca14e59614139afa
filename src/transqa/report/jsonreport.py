"""The machine-readable report (schema transqa.report/1, see docs/report-schema.md)."""

from __future__ import annotations

import json

from transqa import __version__
from transqa.codec import beads_json, document_json
from transqa.result import Result
from transqa.signature import signature

SCHEMA = "transqa.report/1"
ALIGN_SCHEMA = "transqa.alignment/1"


def report_json(results: list[Result], cfg: str = "default") -> str:
    """The JSON report (schema transqa.report/1) with the build signature for the configuration digest `cfg`."""
    doc = {
        "schema": SCHEMA,
        "tool": {"name": "transqa", "version": __version__, "signature": signature(cfg)},
        "documents": [document_json(r) for r in results],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def alignment_json(result: Result) -> str:
    """The alignment of a pair as JSON (schema transqa.alignment/1)."""
    doc = {
        "schema": ALIGN_SCHEMA,
        "source": result.source_path,
        "target": result.target_path,
        "alignment": beads_json(result.source, result.target, result.beads),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
