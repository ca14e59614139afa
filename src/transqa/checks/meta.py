"""Meta rules: what transqa reports about its own run."""

from __future__ import annotations

from collections.abc import Iterator

from transqa.context import Context
from transqa.findings import Finding, Severity
from transqa.registry import rule

INTERNAL_ERROR = rule(
    "TQA999", "internal-error", "meta", Severity.ERROR,
    "A check raised an exception on this document",
    """
    What it checks: nothing; it reports that a check family failed on this document, so that a
    crash is never mistaken for a clean result. The other families still run, and the command
    exits with code 3.

    Why it matters: a checker that silently skips what it cannot handle reports false clean results.

    Example: `TQA999 internal error in numbers: ValueError: …`.

    Fix: report it as a bug in transqa, with the input.
    """,
    needs_source=False,
)
RULES = (INTERNAL_ERROR,)


def check(ctx: Context) -> Iterator[Finding]:
    return iter(())
