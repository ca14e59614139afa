"""The one JSON codec of results: a Result as a report document, an audit record as a JSON line and
back. Key order is part of the format (reports are compared byte for byte).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

from transqa.align.dp import Bead
from transqa.escape import shown_path
from transqa.findings import Finding, Location, Repair, RepairKind, Severity
from transqa.model import Document
from transqa.result import AuditRecord, ErrorInfo, Result, Stats


def beads_json(source: Document | None, target: Document | None, beads: list[Bead]) -> list[dict[str, object]]:
    """The alignment as [{source: [{index, line}], target: [{index, line}], score}]; [] without both documents."""
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
    """A Result as one document of the transqa.report/1 schema."""
    err = None
    if result.error is not None:
        err = {"kind": result.error.kind, "message": shown_path(str(result.error))}
    return {
        "source": shown_path(result.source_path) if result.source_path else None,
        "target": shown_path(result.target_path),
        "mode": "pair" if result.source_path else "target-only",
        "alignment": beads_json(result.source, result.target, result.beads),
        "findings": [{**f.as_dict(), "fingerprint": fp} for f, fp in result.fingerprinted()],
        "error": err,
        "suppressed": result.suppressed,
        "baselined": result.baselined,
        "config": result.config or None,
    }


def encode_record(result: Result, group: str, year: str, reference: dict[str, object] | None) -> str:
    """An audit record's JSON line (compact, UTF-8 text, no newline): the document, then group, year,
    stats, when the job has a reference translation its scores, and the findings' baseline fingerprints."""
    doc = document_json(result)
    doc["group"] = shown_path(group)
    doc["year"] = year
    doc["stats"] = {
        "target_chars": sum(len(b.text) for b in result.target.blocks) if result.target else 0,
        "target_blocks": len(result.target.blocks) if result.target else 0,
        "source_blocks": len(result.source.blocks) if result.source else 0,
    }
    if reference is not None:
        doc["reference"] = reference
    # For every record, not only when a baseline is written: the JSONL documents them (README: a pipeline joins them
    # to `findings` by position), and the result store keeps one record for runs with and without --write-baseline,
    # so a later --write-baseline over stored results reads no file again. The cost is one SHA-1 per finding.
    if result.findings:
        from transqa.baseline import result_prints

        doc["baseline_fingerprints"] = result_prints(result)
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def regrouped(record: AuditRecord, group: str, year: str) -> AuditRecord:
    """record in the folder group and year of this run: a stored line keeps those of the run that stored it (the key
    is the files, not how they were named), so `audit A/` after `audit A/sub/`, or the same files given one by one, put
    its article in the other run's folder (and, the year being read from the path below the folder given, year:
    HOSTILE28 #7); its line is written again as encode_record writes it."""
    shown = shown_path(group)
    if record.group == shown and record.year == year:
        return record
    doc = json.loads(record.line)
    doc["group"] = shown
    doc["year"] = year
    return dataclasses.replace(record, line=json.dumps(doc, ensure_ascii=False, separators=(",", ":")), group=shown, year=year)


def decode_location(d: Mapping[str, Any] | None) -> Location | None:
    """A location from its JSON form (offsets are not stored: 0)."""
    if d is None:
        return None
    return Location(int(d["line"]), int(d["column"]), int(d["end_line"]), int(d["end_column"]), str(d["text"]))


def decode_finding(d: Mapping[str, Any]) -> Finding:
    """A finding from its JSON form (Finding.as_dict); its fingerprint comes out the same."""
    return Finding(
        code=str(d["code"]), rule=str(d["rule"]), category=str(d["category"]), severity=Severity(d["severity"]),
        message=str(d["message"]), source=decode_location(d["source"]), target=decode_location(d["target"]),
        suggestion=d.get("suggestion"),
        repairs=tuple(decode_repair(r) for r in d.get("repairs", ())), whole=bool(d.get("whole", False)),
    )


def decode_repair(d: Mapping[str, Any]) -> Repair:
    """A repair from its JSON form (Repair.as_dict)."""
    return Repair(RepairKind(d["kind"]), int(d["start"]), int(d["end"]), str(d["text"]), bool(d["certain"]), str(d.get("old", "")))


def decode_record(line: str, doc: Mapping[str, Any] | None = None) -> AuditRecord:
    """An audit record from its JSON line (`doc`: the line already parsed). Raises ValueError
    (json.JSONDecodeError) on a malformed line."""
    if doc is None:
        doc = json.loads(line)
    err = doc.get("error")
    stats = doc.get("stats") or {}
    return AuditRecord(
        line=line,
        source=doc.get("source"),
        target=doc["target"],
        findings=tuple(decode_finding(f) for f in doc.get("findings") or ()),
        error=ErrorInfo(err["kind"], err["message"]) if err else None,
        group=doc.get("group") or "",
        year=doc.get("year") or "",
        stats=Stats(int(stats.get("target_chars", 0)), int(stats.get("target_blocks", 0)), int(stats.get("source_blocks", 0))),
        reference=doc.get("reference"),
        suppressed=int(doc.get("suppressed") or 0),
        baselined=int(doc.get("baselined") or 0),
        baseline_fingerprints=tuple(str(x) for x in prints) if isinstance(prints := doc.get("baseline_fingerprints"), list) else None,
    )
