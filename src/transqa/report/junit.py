"""JUnit XML: one test case per article, failed when it has findings at or above the gate."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from transqa.escape import xml_text
from transqa.findings import Severity, at_or_above
from transqa.report.concise import concise_lines
from transqa.result import Result


def render_junit(results: list[Result], fail_on: Severity = Severity.ERROR) -> str:
    """JUnit XML: a test case per article, failed when it has findings at or above `fail_on`, in error when it
    could not be read. Each case's `classname` is its article's path (a CI groups the cases by article, newcomer 40
    item 9: they were all `transqa`); `time` is 0 on the cases, the suite and `<testsuites>` (CI readers want it),
    and there is no `timestamp`: the document stays the same for the same findings (no clock is read).
    `<testsuites>` carries the totals of its one suite.

    What a JUnit reader shows (newcomer 47 item 4): a failed case's `type` is the codes of the findings at or above the
    gate, its `message` counts them and the findings below the gate its text lists too (all of the article's findings,
    in report order); a passing case keeps its findings below the gate in `<system-out>`, its first line counting them,
    since the common schema (junit-10.xsd: skipped, error, failure, system-out, system-err) has no place for a warning
    in a test case and a `<skipped>` would count the article as not checked. Readers that show only failures (GitLab,
    most CI annotations) do not show them: `--fail-on warning` fails the article on them."""
    cases = []
    failures = errors = 0
    for r in results:
        name = quoteattr(xml_text(r.target_path))
        case = f'    <testcase classname={name} name={name} time="0">'
        if r.error is not None:
            errors += 1
            cases.append(f'{case}\n      <error type="{r.error.kind}" message={quoteattr(xml_text(str(r.error)))}/>\n    </testcase>')
            continue
        gate = at_or_above(r.findings, fail_on)
        # the concise lines: the English place and the suggested fix included
        lines = concise_lines(r.source_path, r.target_path, r.findings)
        body = escape(xml_text("\n".join(lines)))
        if gate:
            failures += 1
            codes = ", ".join(sorted({f.code for f in gate}))
            below = len(r.findings) - len(gate)
            said = f"{len(gate)} finding(s) at or above {fail_on} ({codes})" + (f"; {below} below it listed too" if below else "")
            cases.append(f'{case}\n      <failure type="{codes}" message={quoteattr(said)}>{body}</failure>\n    </testcase>')
        else:
            head = escape(f"{len(r.findings)} finding(s) below the gate ({fail_on}): the article passes\n")
            out = f"\n      <system-out>{head}{body}</system-out>\n    " if lines else ""
            cases.append(f'{case}{out}</testcase>')
    totals = f'tests="{len(results)}" failures="{failures}" errors="{errors}" skipped="0" time="0"'
    head = f'<testsuite name="transqa" {totals}>'
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="transqa" {totals}>\n  ' + head + "\n"
            + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n")
