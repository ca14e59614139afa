"""Reading input files: bytes to text, with clear errors for what is not text."""

from __future__ import annotations

import os

from transqa.errors import InputError

MAX_BYTES = 20 * 1024 * 1024


def read_text(path: str) -> str:
    """The file's text (UTF-8, a BOM dropped); InputError with a one-line reason otherwise."""
    if not os.path.exists(path):
        raise InputError(path, "no such file", "missing")
    if os.path.isdir(path):
        raise InputError(path, "is a folder, not a file", "not-a-file")
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(path, f"file too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)", "too-large")
        with open(path, "rb") as fh:
            data = fh.read()
    except PermissionError:
        raise InputError(path, "permission denied", "unreadable") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})", "unreadable") from None
    return decode_bytes(path, data)


def decode_bytes(path: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192]:
        raise InputError(path, "is a binary file, not text", "binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not UTF-8 text (invalid byte at offset {exc.start})", "encoding") from None
    if text.strip() == "":
        raise InputError(path, "is empty", "empty")
    if "\x00" in text:
        raise InputError(path, "is a binary file, not text", "binary")
    return text
