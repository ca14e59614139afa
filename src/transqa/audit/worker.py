"""One audit job → one JSON line. Runs in worker processes (local pool or Dask workers)."""

from __future__ import annotations

from transqa.audit.discover import Job
from transqa.codec import encode_record
from transqa.config import Settings
from transqa.engine import check_or_error


def check_job(job: Job, settings: Settings | None = None) -> tuple[int, str]:
    """Check one job: (its index, its audit record's JSON line)."""
    result = check_or_error(job.source, job.target, settings, job.source_name or None)
    reference = None
    if job.reference and result.target is not None:
        from transqa.audit.scores import reference_scores

        reference = reference_scores(job.reference, result.target)
    return job.index, encode_record(result, job.group, job.year, reference)


def check_chunk(jobs: list[Job], settings: Settings | None = None) -> list[tuple[int, str]]:
    """check_job over a chunk of jobs (one task of the pool or of Dask)."""
    return [check_job(j, settings) for j in jobs]
