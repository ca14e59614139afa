"""One audit job → one JSON line. Runs in worker processes (local pool or Dask workers)."""

from __future__ import annotations

import json

from transqa.batch.discover import Job
from transqa.config import Settings
from transqa.engine import check_or_error
from transqa.escape import shown_path
from transqa.report.jsonreport import document_json


def check_job(job: Job, settings: Settings | None = None) -> tuple[int, str]:
    result = check_or_error(job.source, job.target, settings)
    doc = document_json(result)
    doc["group"] = shown_path(job.group)
    doc["year"] = job.year
    doc["stats"] = {
        "target_chars": sum(len(b.text) for b in result.target.blocks) if result.target else 0,
        "target_blocks": len(result.target.blocks) if result.target else 0,
        "source_blocks": len(result.source.blocks) if result.source else 0,
    }
    if job.reference and result.target is not None:
        from transqa.batch.scores import reference_scores

        doc["reference"] = reference_scores(job.reference, result.target)
    return job.index, json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def check_chunk(jobs: list[Job], settings: Settings | None = None) -> list[tuple[int, str]]:
    return [check_job(j, settings) for j in jobs]
