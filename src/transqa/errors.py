"""Errors that end a command with a one-line message and exit code 2."""


STDIN_NAME = "<stdin>"
"""How standard input (`transqa check -`) is named, in reports as in error lines, as Python and most linters do: `-`
reached a problem matcher or a SARIF consumer as a file's path (newcomer 24b item 8), and an error line saying
`-: is empty` beside findings at `<stdin>:11:140` named one input two ways (newcomer 26 item 14)."""


def input_name(path: str) -> str:
    """A path as reports and error lines name it: `-` is standard input, `<stdin>`."""
    return STDIN_NAME if path == "-" else path


class InputError(Exception):
    """A file that cannot be used as input: missing, unreadable, binary, wrong language… (standard input, `-`, is
    named `<stdin>` in its message, as in the reports)."""

    def __init__(self, path: str, message: str, kind: str = "input") -> None:
        path = input_name(path)
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
        self.kind = kind


class UsageError(Exception):
    """Options that do not go together (raised by the services; cli.py reports it as a usage error, exit 2)."""
