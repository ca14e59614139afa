"""The pipeline: load → align → check → policy (severity, suppressions, baseline) → sorted findings.
No printing here."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field, replace
from functools import lru_cache

from transqa.align import Bead, align
from transqa.checks import FAMILIES
from transqa.checks.meta import INTERNAL_ERROR
from transqa.config import Settings
from transqa.context import Context
from transqa.errors import InputError
from transqa.escape import shown_path
from transqa.findings import Finding
from transqa.glossary import load_glossaries
from transqa.load import load_source, load_target
from transqa.model import Document
from transqa.registry import rules

DEFAULT = Settings()


@dataclass
class Result:
    source_path: str | None
    target_path: str
    source: Document | None
    target: Document | None
    beads: list[Bead] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    error: InputError | None = None
    suppressed: int = 0
    baselined: int = 0
    config: str = ""  # the configuration file in use ("" for the defaults)

    @property
    def internal_error(self) -> bool:
        return any(f.code == INTERNAL_ERROR.code for f in self.findings)


@lru_cache(maxsize=8)
def _baseline(path: str, mtime: float):  # noqa: ANN202
    from transqa.baseline import load_baseline

    return load_baseline(path)


def check_documents(source: Document | None, target: Document, settings: Settings | None = None) -> Result:
    settings = settings or DEFAULT
    beads = align(source, target) if source is not None else []
    table = rules()
    enabled = {c for c in settings.enabled(target.path) if source is not None or not table[c].needs_source}
    glossary = load_glossaries(settings.glossary) if settings.glossary else None
    ctx = Context(source, target, beads, glossary=glossary)
    findings: list[Finding] = []
    for family in FAMILIES:
        codes = {r.code for r in family.RULES}
        if not codes & enabled:
            continue
        try:
            findings.extend(f for f in family.check(ctx) if f.code in enabled)
        except Exception as exc:  # a rule must never take the run down: report it instead
            where = traceback.extract_tb(exc.__traceback__)[-1]
            findings.append(
                ctx.finding(
                    INTERNAL_ERROR,
                    f"internal error in {family.__name__.rsplit('.', 1)[-1]}: {type(exc).__name__}: {exc} ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})",
                )
            )
    suppressed = baselined = 0
    if settings.suppress:
        from transqa.suppress import apply_suppressions

        findings, problems, suppressed = apply_suppressions(target, findings)
        findings.extend(p for p in problems if p.code in enabled)
    if settings.severity:
        findings = [replace(f, severity=settings.severity_of(table[f.code])) for f in findings]
    findings = _dedupe(findings)
    if settings.baseline:
        import os

        from transqa.baseline import filter_baseline

        findings, baselined = filter_baseline(settings.baseline, _baseline(settings.baseline, os.path.getmtime(settings.baseline)), target.path, findings)
    return Result(shown_path(source.path) if source else None, shown_path(target.path), source, target, beads, findings, None,
                  suppressed, baselined, settings.path)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[object, ...]] = set()
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: f.sort_key):
        key = (f.code, f.source.offset if f.source else None, f.source.end_offset if f.source else None,
               f.target.offset if f.target else None, f.target.end_offset if f.target else None, f.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def check_paths(source_path: str | None, target_path: str, settings: Settings | None = None) -> Result:
    """Raises InputError for files that cannot be used."""
    source = load_source(source_path) if source_path else None
    target = load_target(target_path)
    return check_documents(source, target, settings)


def check_or_error(source_path: str | None, target_path: str, settings: Settings | None = None) -> Result:
    """For batches: a pair that cannot be read (or crashes a loader) becomes a result with its error set."""
    try:
        return check_paths(source_path, target_path, settings)
    except InputError as exc:
        err = InputError(shown_path(exc.path), exc.message, exc.kind)
        return Result(shown_path(source_path) if source_path else None, shown_path(target_path), None, None, error=err)
    except Exception as exc:  # one bad pair must not end the batch
        err = InputError(shown_path(target_path), f"internal error: {type(exc).__name__}: {exc}", "internal")
        return Result(shown_path(source_path) if source_path else None, shown_path(target_path), None, None, error=err)
