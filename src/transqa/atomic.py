"""Atomic file writes: a temporary file in the same folder, then a rename. An interrupted write
leaves the previous file (or none), never a half-written one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_text(path: str | Path, text: str) -> None:
    """Write `text` to `path` atomically, UTF-8, newlines as given."""
    write_bytes(path, text.encode("utf-8"))


@contextmanager
def open_atomic(path: str | Path) -> Iterator[TextIO]:
    """A UTF-8 text file (newlines as \\n) that replaces `path` when the block ends without an
    exception, and is removed when it raises: for output written in pieces (audit -o)."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    fh = None
    try:
        fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        yield fh
        fh.close()
        os.replace(tmp, path)
    except BaseException:
        if fh is not None and not fh.closed:
            fh.close()
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
