"""Exit codes shared by every command (see docs/REPORT-SCHEMA.md)."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # nothing at or above --fail-on
    FINDINGS = 1  # the gate failed
    USAGE = 2  # usage, configuration or input error
    INTERNAL = 3  # a rule raised; the other documents are still reported
    INTERRUPTED = 130
