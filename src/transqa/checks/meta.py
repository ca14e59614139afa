"""Meta rules: what transqa reports about its own run."""

from __future__ import annotations

from collections.abc import Iterator

from transqa.context import Context
from transqa.findings import INTERNAL_ERROR_CODE, Finding, Severity
from transqa.registry import rule

INTERNAL_ERROR = rule(
    INTERNAL_ERROR_CODE, "internal-error", "meta", Severity.ERROR,
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
UNUSED_SUPPRESSION = rule(
    "TQA900", "unused-suppression", "meta", Severity.WARNING,
    "A suppression directive suppresses nothing",
    """
    What it checks: `<!-- transqa: ignore[…] -->`, `disable[…]` and `file-ignore[…]` directives of the
    Chinese Markdown that no finding matched, of those whose rules all ran: a directive naming a rule that did
    not run (a pair rule such as TQA101 in a translation checked alone, a rule not selected) is not reported, since
    it may hide a finding where that rule runs.

    Why it matters: a stale directive would silently hide a future defect of the same kind.

    Example: `<!-- transqa: ignore[TQA201] 已核实 -->` before a paragraph whose numbers all match.

    Fix: remove the directive.
    """,
    needs_source=False,
)
MALFORMED_SUPPRESSION = rule(
    "TQA901", "malformed-suppression", "meta", Severity.ERROR,
    "A suppression directive cannot be read (unknown form or rule, or a blanket suppression)",
    """
    What it checks: directives that are not one of `ignore[CODES]`, `disable[CODES]`,
    `enable[CODES]`, `file-ignore[CODES]`, name an unknown rule, or name none (blanket forms are not
    allowed); an `enable` without its `disable`.

    Why it matters: a directive that does not do what its author meant hides nothing or everything.

    Example: `<!-- transqa: ignore -->`, `<!-- transqa: ignore[TQA777] -->`.

    Fix: name the rules by code (TQA201) or name (number-changed); prefixes only in file-ignore.
    """,
    needs_source=False,
)
UNTERMINATED_DISABLE = rule(
    "TQA902", "unterminated-disable", "meta", Severity.WARNING,
    "A disable directive is never enabled again",
    """
    What it checks: `<!-- transqa: disable[CODES] -->` with no later `enable[CODES]` of the same codes.

    Why it matters: the range silently runs to the end of the file.

    Example: `<!-- transqa: disable[TQA501] -->` with no matching enable.

    Fix: add `<!-- transqa: enable[TQA501] -->` where the range should end.
    """,
    needs_source=False,
)
RULES = (INTERNAL_ERROR, UNUSED_SUPPRESSION, MALFORMED_SUPPRESSION, UNTERMINATED_DISABLE)


def check(ctx: Context) -> Iterator[Finding]:
    """No findings of its own: the meta rules are reported by the engine (TQA999) and the suppressions
    (TQA900-902)."""
    return iter(())
