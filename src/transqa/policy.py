"""Policy: what happens to findings after the checks, and what a run's exit code is. Written once here.

- suppressions (<!-- transqa: … --> directives), severity overrides from the configuration,
  de-duplication and the baseline: apply();
- the gate (the lowest severity that fails a run: --fail-on, else the configuration's, else error):
  gate(), fails() (findings.at_or_above);
- the exit code of every command: exit_code().
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from transqa.config import Settings
from transqa.exitcodes import ExitCode
from transqa.findings import Finding, Severity, at_or_above
from transqa.model import Document
from transqa.registry import Rule


def gate(fail_on: str | None, settings: Settings | None) -> Severity:
    """The lowest severity that fails the gate: the command line's, else the configuration's, else error."""
    return Severity(fail_on if fail_on is not None else ((settings.fail_on if settings else None) or "error"))


def fails(findings: Iterable[Finding], threshold: Severity) -> bool:
    """True when at least one finding is at or above `threshold`."""
    return bool(at_or_above(findings, threshold))


def exit_code(*, failed: bool, internal: bool = False, errors: bool = False, exit_zero: bool = False) -> ExitCode:
    """The exit code of a run: 3 when a check crashed, 2 when an input could not be read, 1 when the
    gate failed (unless --exit-zero), else 0 (README, "Exit codes")."""
    if internal:
        return ExitCode.INTERNAL
    if errors:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if failed and not exit_zero else ExitCode.OK


def apply(target: Document, findings: list[Finding], settings: Settings, enabled: set[str],
          table: Mapping[str, Rule]) -> tuple[list[Finding], int, int]:
    """Suppressions, severity overrides, de-duplication and the baseline, in that order, over one
    document's findings: (sorted findings kept, number suppressed, number hidden by the baseline).
    Raises InputError for an unreadable baseline."""
    suppressed = baselined = 0
    if settings.suppress:
        from transqa.suppress import apply_suppressions

        findings, problems, suppressed = apply_suppressions(target, findings, enabled)
        findings.extend(p for p in problems if p.code in enabled)
    if settings.severity:
        findings = [replace(f, severity=settings.severity_of(table[f.code])) for f in findings]
    findings = dedupe(findings)
    if settings.baseline:
        from transqa.baseline import filter_baseline

        findings, baselined = filter_baseline(settings.baseline, target.path, findings, target.raw)
    return findings, suppressed, baselined


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Findings sorted by Finding.sort_key, the second of two with the same code, spans and message dropped."""
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
