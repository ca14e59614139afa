"""Reading input files: bytes to text, with clear errors for what is not text.

UTF-8 (with or without a BOM) first; UTF-16 and UTF-32 by their BOM (or, for UTF-16 without one, by
the pattern of its zero bytes); then the legacy Chinese encodings found in old archives (GBK/GB18030,
Big5), recognised by charset-normalizer. Anything else is a one-line error.
"""

from __future__ import annotations

import codecs
import os

from transqa.errors import InputError

MAX_BYTES = 20 * 1024 * 1024
LEGACY = {"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "cp936", "hz", "euc_jis_2004", "shift_jis", "utf_16", "utf_32"}
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"%PDF", b"\x7fELF", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")


def read_text(path: str) -> str:
    """The file's text (`-`: standard input); InputError with a one-line reason otherwise."""
    if path == "-":
        import sys

        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(path, f"input too large (over {MAX_BYTES // (1024 * 1024)} MB)", "too-large")
        return decode_bytes(path, data)
    if not os.path.lexists(path):
        raise InputError(path, "no such file", "missing")
    if os.path.isdir(path):
        raise InputError(path, "is a folder, not a file", "not-a-file")
    if not os.path.exists(path):
        raise InputError(path, "is a broken symbolic link", "missing")
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(path, f"file too large ({size / (1024 * 1024):.0f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)", "too-large")
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(path, "permission denied", "unreadable") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file", "not-a-file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})", "unreadable") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, f"file too large (over {MAX_BYTES // (1024 * 1024)} MB)", "too-large")
    return decode_bytes(path, data)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros > 0.3 * half:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(path: str, data: bytes) -> str:
    if data.startswith(_BINARY_MAGIC):
        raise InputError(path, "is a binary file, not text", "binary")
    text: str | None = None
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"is not valid {enc.upper()} (invalid bytes at offset {exc.start})", "encoding") from None
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            if b"\x00" in data[:8192]:
                text = _utf16_without_bom(data)
                if text is None:
                    raise InputError(path, "is a binary file, not text", "binary") from None
            else:
                text = _legacy(path, data, exc.start)
    if text.strip() == "":
        raise InputError(path, "is empty" if not text else "is empty (whitespace only)", "empty")
    if "\x00" in text:
        raise InputError(path, "is a binary file, not text (NUL bytes)", "binary")
    return text


def _legacy(path: str, data: bytes, bad_at: int) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144]).best()
    enc = (best.encoding if best else "") or ""
    if enc.lower() in LEGACY:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            pass
    raise InputError(path, f"is not UTF-8 text (invalid byte at offset {bad_at}) and its encoding could not be recognised", "encoding")
