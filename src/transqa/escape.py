"""Quoting and escaping per output format, for file names and article text that may hold anything:
bytes that are not UTF-8 (surrogate-escaped by the OS layer), newlines, control characters, ANSI/OSC
terminal sequences, spreadsheet formulas."""

from __future__ import annotations

import os
import re
import urllib.parse

# C0 controls but tab and newline, DEL, C1 controls (ESC starts ANSI/OSC sequences; CSI is also U+009B)
# ...and the bidirectional controls, which reorder what a terminal shows
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_ALL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# characters XML 1.0 cannot hold at all, even as references
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _esc(m: re.Match[str]) -> str:
    c = m.group(0)
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c, f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")


def shown_path(path: str) -> str:
    """A file name as text: bytes that are not UTF-8 (held as surrogates) written as \\xNN, so the
    name can be encoded anywhere (JSON, SQLite, a UTF-8 report) instead of ending the run."""
    if not _SURROGATE.search(path):
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")


_SHOWN_BYTE = re.compile(rb"\\x([89a-f][0-9a-f])")  # what shown_path writes for a byte that is not UTF-8 (0x80-0xff)


def raw_path(shown: str) -> str:
    """The file name shown_path showed as `\\xNN`, as the OS holds it (surrogate-escaped), when that file exists and
    no file is literally named as shown; else `shown` itself. SARIF's URI then percent-encodes the name's own bytes
    (`%FF`): `%5Cxff` named a file that does not exist, and a code-scanning upload annotated nothing."""
    if "\\x" not in shown or os.path.lexists(shown):
        return shown
    raw = os.fsdecode(_SHOWN_BYTE.sub(lambda m: bytes([int(m.group(1), 16)]), os.fsencode(shown)))
    return raw if raw != shown and os.path.lexists(raw) else shown


def below_here(path: str) -> str:
    """A path relative to the working folder when it lies below it (reports stay the same wherever the
    folder is), else as given: how the reports name the configuration file they used."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive
        return path
    return path if rel.startswith("..") else rel


def counted(n: int, noun: str) -> str:
    """``n`` and an English count noun in the number it takes: ``counted(1, "article")`` is "1 article",
    ``counted(2, "article")`` "2 articles" (regular plurals only)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def columns(text: str) -> int:
    """How many terminal columns `text` takes: 2 for each wide or full-width character (CJK, `unicodedata.
    east_asian_width` W or F), 0 for a combining mark, 1 for any other."""
    import unicodedata

    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clipped(text: str, limit: int) -> str:
    """`text` on one line (runs of spaces and line breaks collapsed to one space), cut to at most `limit` terminal
    columns (`columns`: a Chinese character takes two) with "…" as the last one (newcomer 35: a Chinese excerpt cut
    at 90 characters ran 180 columns, twice its English side's)."""
    one = " ".join(text.split())
    if columns(one) <= limit:
        return one
    room, end = limit - 1, 0
    while end < len(one) and (w := columns(one[end])) <= room:
        room -= w
        end += 1
    return one[:end] + "…"


def line_safe(text: str) -> str:
    """For line-oriented formats (concise, a patch header): no character may start a new line or
    steer the terminal; each becomes a visible escape."""
    return _CONTROL_ALL.sub(_esc, shown_path(text))


def terminal(text: str) -> str:
    """Article text for a terminal: newlines and tabs kept, every other control character (ESC of
    ANSI/OSC sequences, BEL, backspace, carriage return, C1) made visible, never sent raw."""
    return _CONTROL.sub(_esc, shown_path(text))


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold: the characters it forbids (most C0 controls) made visible."""
    return _NOT_XML.sub(_esc, text)


def csv_cell(value: object) -> object:
    """A spreadsheet cell that cannot start a formula (=, +, -, @, or a tab or carriage return before
    one): such a text gets a leading apostrophe, as OWASP recommends. Numbers stay numbers."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def file_uri(path: str) -> str:
    """A relative or absolute path as a URI reference (SARIF artifactLocation.uri): every character
    outside the unreserved set and '/' percent-encoded (UTF-8, the original bytes for names that are
    not UTF-8)."""
    posix = path.replace(os.sep, "/") if os.sep != "/" else path
    return urllib.parse.quote(os.fsencode(posix), safe="/")


def patch_path(path: str) -> str:
    """A path for a unified-diff header, quoted as git quotes it when it holds a character that
    patch would misread (a newline in a name used to inject lines into the patch)."""
    raw = os.fsencode(path)
    if not _SURROGATE.search(path) and not _CONTROL_ALL.search(path) and '"' not in path and "\\" not in path:
        return path  # the usual case, Chinese names included: as it is
    out = []
    for b in raw:
        if b in (0x22, 0x5c):
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7f:
            out.append(chr(b))
        else:
            out.append({0x0a: "\\n", 0x09: "\\t", 0x0d: "\\r"}.get(b, f"\\{b:03o}"))
    return '"' + "".join(out) + '"'


_PICTURES = {c: (0x2400 + c if c < 0x20 else 0x2421 if c == 0x7f else 0xFFFD) for c in range(0xA0)
             if (c < 0x20 and c not in (0x09, 0x0A)) or 0x7F <= c < 0xA0}
_PICTURES.update(dict.fromkeys((*range(0x202A, 0x202F), *range(0x2066, 0x206A)), 0xFFFD))


def visible(text: str) -> str:
    """The same text, one character for one, with each control character but tab and newline shown
    as its Control Pictures symbol (ESC → ␛) or U+FFFD: for excerpts whose offsets must not move."""
    return text.translate(_PICTURES)
