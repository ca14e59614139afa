"""The pipeline: load → align → check → sorted, de-duplicated findings. No printing here."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field

from transqa.align import Bead, align
from transqa.checks import FAMILIES
from transqa.checks.meta import INTERNAL_ERROR
from transqa.context import Context
from transqa.errors import InputError
from transqa.findings import Finding
from transqa.load import load_source, load_target
from transqa.model import Document
from transqa.registry import rules


@dataclass
class Result:
    source_path: str | None
    target_path: str
    source: Document | None
    target: Document | None
    beads: list[Bead] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    error: InputError | None = None

    @property
    def internal_error(self) -> bool:
        return any(f.code == INTERNAL_ERROR.code for f in self.findings)


def check_documents(source: Document | None, target: Document, select: set[str] | None = None) -> Result:
    beads = align(source, target) if source is not None else []
    table = rules()
    enabled = {c for c, r in table.items() if (source is not None or not r.needs_source) and (r.default_enabled or (select and c in select))}
    if select is not None:
        enabled &= select | {c for c, r in table.items() if r.default_enabled}
    ctx = Context(source, target, beads)
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
    return Result(source.path if source else None, target.path, source, target, beads, _dedupe(findings))


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


def check_paths(source_path: str | None, target_path: str, select: set[str] | None = None) -> Result:
    """Raises InputError for files that cannot be used."""
    source = load_source(source_path) if source_path else None
    target = load_target(target_path)
    return check_documents(source, target, select)
