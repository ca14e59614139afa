"""Exit codes shared by every command (README, "Exit codes")."""

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes of every command: 0 ok, 1 gate failed, 2 usage, input or environment error (a library transqa needs not installed), 3 internal error, 130
    interrupted (Ctrl-C), 141 a check or audit whose standard output was closed before the end of its report (128 + SIGPIPE's 13,
    as a shell reports a process a closed pipe ended), 143 terminated (SIGTERM: 128 + 15, as a shell reports a
    process it ended)."""
    OK = 0  # nothing at or above --fail-on
    FINDINGS = 1  # the gate failed
    USAGE = 2  # usage, configuration, input or environment error (errors.missing_dependency)
    INTERNAL = 3  # a rule raised; the other documents are still reported
    INTERRUPTED = 130
    BROKEN_PIPE = 141
    TERMINATED = 143
