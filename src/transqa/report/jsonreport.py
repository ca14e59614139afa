"""The machine-readable report (schema transqa.report/1, see docs/report-schema.md)."""

from __future__ import annotations

import hashlib
import json

from transqa import __version__
from transqa.align import Bead
from transqa.engine import Result
from transqa.escape import shown_path
from transqa.model import Document
from transqa.registry import rules

SCHEMA = "transqa.report/1"
ALIGN_SCHEMA = "transqa.alignment/1"


def signature(cfg: str = "default") -> str:
    table = rules()
    h = hashlib.sha1("|".join(f"{r.code}:{r.name}:{r.severity}" for r in table.values()).encode()).hexdigest()[:8]
    return f"transqa:{__version__}|rules:{h}|cfg:{cfg}"


def beads_json(source: Document | None, target: Document | None, beads: list[Bead]) -> list[dict[str, object]]:
    if source is None or target is None:
        return []
    return [
        {
            "source": [{"index": i, "line": source.blocks[i].line} for i in b.source],
            "target": [{"index": j, "line": target.blocks[j].line} for j in b.target],
            "score": b.score,
        }
        for b in beads
    ]


def document_json(result: Result) -> dict[str, object]:
    err = None
    if result.error is not None:
        err = {"kind": result.error.kind, "message": shown_path(str(result.error))}
    return {
        "source": shown_path(result.source_path) if result.source_path else None,
        "target": shown_path(result.target_path),
        "mode": "pair" if result.source_path else "target-only",
        "alignment": beads_json(result.source, result.target, result.beads),
        "findings": [f.as_dict() for f in result.findings],
        "error": err,
        "suppressed": result.suppressed,
        "baselined": result.baselined,
        "config": result.config or None,
    }


def report_json(results: list[Result], cfg: str = "default") -> str:
    doc = {
        "schema": SCHEMA,
        "tool": {"name": "transqa", "version": __version__, "signature": signature(cfg)},
        "documents": [document_json(r) for r in results],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def alignment_json(result: Result) -> str:
    doc = {
        "schema": ALIGN_SCHEMA,
        "source": result.source_path,
        "target": result.target_path,
        "alignment": beads_json(result.source, result.target, result.beads),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
