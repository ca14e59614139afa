"""Errors that end a command with a one-line message and exit code 2."""


class InputError(Exception):
    """A file that cannot be used as input: missing, unreadable, binary, wrong language…"""

    def __init__(self, path: str, message: str, kind: str = "input") -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
        self.kind = kind


class UsageError(Exception):
    """Options that do not go together (raised by the services; cli.py reports it as a usage error, exit 2)."""
