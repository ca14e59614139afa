"""Reading input files: bytes to text, with clear errors for what is not text.

UTF-8 (with or without a BOM) first; UTF-16 and UTF-32 by their BOM (or, for UTF-16 without one, by
the pattern of its bytes: English or Chinese text, whose ASCII puts zeros in one byte of a pair only, and pure
Han text, which reads as Han in one byte order only); then the legacy Chinese encodings found in old archives
(GBK/GB18030, Big5), recognised by charset-normalizer; an HTML page in another encoding by the charset it declares
(`<meta charset="windows-1252">`, as a Wayback capture by its Content-Type). Anything else is a one-line error, which
names Windows-1252 when the bytes read cleanly in it (an English file saved by an old Windows editor).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from transqa.errors import InputError
from transqa.lang.script import HAN_FIRST, HAN_LAST, HAN_RANGE

MAX_BYTES = 20 * 1024 * 1024
LEGACY = {"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "cp936", "hz", "euc_jis_2004", "shift_jis", "utf_16", "utf_32"}
# Of those, the encodings whose ASCII bytes are ASCII: not HZ (its `~{` `~}` shift into GB2312 in ASCII bytes), not
# UTF-16/32. A patch written in one of them applies to a file in it (`patch` matches bytes).
ASCII_LEGACY = frozenset(LEGACY - {"hz", "utf_16", "utf_32"})
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"%PDF", b"\x7fELF", b"\x1f\x8b", b"BZh", b"\xfd7zXZ")


_CHUNK = 1 << 16
# (device, inode) of every file this process read as input: the writers refuse to overwrite one
INPUTS: set[tuple[int, int]] = set()


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is (`a folder`, `a named pipe (FIFO)`, …), as error messages name it."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: str) -> int:
    """A read-only descriptor for a regular file (symbolic links followed), else InputError.

    Opened with O_NONBLOCK, so a FIFO does not block the open, and checked with fstat on the open
    descriptor (no window between the check and the use). Only regular files are read: a FIFO would
    hang, a device (/dev/zero) never ends."""
    if not os.path.lexists(path):
        raise InputError(path, "no such file", "missing")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(path, "is a broken symbolic link", "missing") from None
    except PermissionError:
        raise InputError(path, "permission denied", "unreadable") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a file", "not-a-file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})", "unreadable") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = file_kind(mode)
        raise InputError(path, f"is {kind}, not a file" if kind == "a folder" else f"is {kind}, not a regular file: only regular files are read", "not-a-file")
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd


def note_input(path: str) -> None:
    """Record a file another process will read as an input of this run (the audit's workers)."""
    try:
        st = os.stat(path)
    except OSError:
        return
    INPUTS.add((st.st_dev, st.st_ino))


def _too_large(path: str, limit: int) -> InputError:
    return InputError(path, f"file too large (over {limit / (1024 * 1024):.0f} MB; the limit is {limit // (1024 * 1024)} MB)", "too-large")


def read_bytes(path: str, limit: int = MAX_BYTES, is_input: bool = True) -> bytes:
    """A regular file's bytes, read in chunks with the cap checked as they come (the size reported
    by stat is not trusted: a file can grow, and /proc files report 0). `is_input=False` reads a file
    without making it an input of the run (which refuses to write over one): an output's old contents."""
    fd = open_regular(path)
    try:
        st = os.fstat(fd)
        if is_input:
            INPUTS.add((st.st_dev, st.st_ino))
        size = st.st_size
        if size > limit:
            raise InputError(path, f"file too large ({size / (1024 * 1024):.0f} MB; the limit is {limit // (1024 * 1024)} MB)", "too-large")
        parts: list[bytes] = []
        got = 0
        for chunk in _chunks(fd):
            got += len(chunk)
            if got > limit:
                raise _too_large(path, limit)
            parts.append(chunk)
        return b"".join(parts)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})", "unreadable") from None
    finally:
        os.close(fd)


def _chunks(fd: int, most: int | None = None) -> Iterator[bytes]:
    """The bytes of an open file in chunks of at most _CHUNK, until its end or `most` bytes in all."""
    got = 0
    while most is None or got < most:
        chunk = os.read(fd, _CHUNK if most is None else min(_CHUNK, most - got))
        if not chunk:
            return
        got += len(chunk)
        yield chunk


def read_head(path: str, n: int) -> bytes | None:
    """The first n bytes of a regular file; None for anything else (a FIFO, a device, a folder, an
    unreadable file): for sniffing, where a file that cannot be read is simply not a match."""
    try:
        fd = open_regular(path)
    except InputError:
        return None
    try:
        parts: list[bytes] = []
        got = 0
        for chunk in _chunks(fd, n):
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)
    except OSError:
        return None
    finally:
        os.close(fd)


def hash_file(h: hashlib._Hash, path: str, limit: int = MAX_BYTES) -> None:
    """Feed a regular file to a hash in chunks (never the whole file in memory); what cannot be read,
    or is not a regular file, or is over the cap, feeds a marker instead (the check will report it)."""
    try:
        fd = open_regular(path)
    except InputError as exc:
        h.update(f"unreadable:{exc.kind}".encode())
        return
    try:
        got = 0
        for chunk in _chunks(fd):
            got += len(chunk)
            if got > limit:
                h.update(b"\x00too-large")
                return
            h.update(chunk)
    except OSError as exc:
        h.update(f"unreadable:{exc.errno}".encode())
    finally:
        os.close(fd)


def read_text(path: str, limit: int = MAX_BYTES) -> str:
    """The file's text (`-`: standard input, with the same cap); InputError with a one-line reason
    otherwise."""
    return read_decoded(path, limit)[0]


def read_decoded(path: str, limit: int = MAX_BYTES) -> tuple[str, str]:
    """read_text, and the encoding it was read in (decode_with_encoding's name of it)."""
    if path == "-":
        import sys

        if sys.stdin is None:  # started with standard input closed (`transqa check - <&-`)
            raise InputError(path, "is closed: nothing to read", "unreadable")
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise InputError(path, f"input too large (over {limit // (1024 * 1024)} MB)", "too-large")
        return decode_with_encoding(path, data)
    return decode_with_encoding(path, read_bytes(path, limit))


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM, told by the pattern of its bytes. Mostly-ASCII text has a zero in most high bytes (over
    30 % of one parity): that parity names the byte order. Chinese text has few zeros (its ASCII: spaces, digits,
    newlines) or none at all (pure Han text; the low byte of a character such as 一, U+4E00, puts one in the
    other parity): each byte order is decoded strictly and the one that reads as text (_looks_like_text) is taken
    (read the other way, Han text is Han a third of the time at most); when both do, the order whose parity has
    over three times the zeros of the other. Binary data rarely passes."""
    if len(data) < 4:
        return None
    sample = data[:4096]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    orders = (("utf-16-le", odd, even), ("utf-16-be", even, odd))
    for enc, zeros, _other in orders:
        if zeros > 0.3 * half:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None
    readable = []
    for enc, zeros, other in orders:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text[:8192]):
            readable.append((text, enc, zeros > 3 * other))
    if len(readable) == 2:  # ASCII in both parities' reading: the parity of the zeros decides, if it does
        readable = [r for r in readable if r[2]]
    return (readable[0][0], readable[0][1]) if len(readable) == 1 else None


def _wrong_bom(data: bytes, order: str) -> str | None:
    """Why a file that starts with a UTF-16 byte-order mark is not UTF-16 in that order, or None. The rest is UTF-8
    (an editor put the mark before UTF-8 text): it decodes strictly as UTF-8 to printable lines, with a line break
    and no NUL, which UTF-16 text with a line break always has. Or the mark names the wrong byte order: the text does
    not read as text in it (_looks_like_text) and does in the other. Read in the mark's order, the first was taken for
    Korean and the second checked as nonsense, exit 0 (hostile 24 bug 7)."""
    rest = data[2:]
    try:
        utf8 = rest.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = ""
    if "\n" in utf8 and "\x00" not in utf8 and all(c.isprintable() or c in "\n\r\t" for c in utf8):
        return "starts with a UTF-16 byte-order mark but the text is UTF-8 (remove the first two bytes)"
    other = "utf-16-be" if order == "utf-16-le" else "utf-16-le"
    readings = []
    for enc in (order, other):
        try:
            readings.append(_looks_like_text(rest[:8192].decode(enc, "strict" if len(rest) <= 8192 else "ignore")))
        except UnicodeDecodeError:
            readings.append(False)
    if not readings[0] and readings[1]:
        said, meant = ("big", "little") if order == "utf-16-be" else ("little", "big")
        return (f"starts with a UTF-16 {said}-endian byte-order mark but the text is {meant}-endian UTF-16 (save it "
                "again as UTF-8, or as UTF-16 with its own mark)")
    return None


def _two_boms(data: bytes) -> str | None:
    """Why a file that starts with a UTF-8 byte-order mark and then a UTF-16 one is refused, or None: the text after
    them is UTF-8 (two editors each put their mark), as _wrong_bom says of a UTF-16 mark alone (HOSTILE28 #9)."""
    rest = data[len(codecs.BOM_UTF8):]
    if not rest.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    why = _wrong_bom(rest, "utf-16-le" if rest.startswith(codecs.BOM_UTF16_LE) else "utf-16-be")
    if why is None or "the text is UTF-8" not in why:
        return None
    return "starts with a UTF-8 byte-order mark and then a UTF-16 one, but the text is UTF-8 (remove the first five bytes)"


def _looks_like_text(text: str) -> bool:
    """Whether nine in ten characters are ASCII, CJK (ideographs, punctuation, full-width forms) or
    general punctuation: random code units are CJK ideographs a third of the time at most. A code point no
    character is assigned to (U+FFD8 of the half-width forms) is none of these: `\xff\xd8binary`, 8 bytes, read as
    UTF-16 `\uffd8扩湡特` passed as 4 characters of text (newcomer 27 item 12)."""
    common = sum(1 for c in text if (c < "\x80" or HAN_FIRST <= c <= HAN_LAST or "\u3000" <= c <= "\u303f"
                 or "\uff00" <= c <= "\uffef" or "\u2000" <= c <= "\u206f") and unicodedata.category(c) != "Cn")
    return common >= 0.9 * len(text)


def decode_bytes(path: str, data: bytes) -> str:
    return decode_with_encoding(path, data)[0]


def _decode_with_encoding(path: str, data: bytes) -> tuple[str, str]:
    """(text, codec name that writes it back byte for byte: BOM included, e.g. utf-8-sig, utf-16)."""
    if data.startswith(BINARY_MAGIC):
        raise InputError(path, "is a binary file, not text", "binary")
    text: str | None = None
    used = "utf-8"
    for bom, enc, back in ((codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
                           (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
                           (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be")):
        if data.startswith(bom):
            used = back if back == "utf-8-sig" else f"bom+{back}"
            wrong = _wrong_bom(data, back) if enc == "utf-16" else _two_boms(data) if enc == "utf-8-sig" else None
            if wrong is not None:
                raise InputError(path, wrong, "encoding")
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                # utf-8-sig counts from after its mark (HOSTILE28 #9: `offset 0` for bad bytes at 3); UTF-16 and UTF-32 from 0
                at = exc.start + (len(bom) if enc == "utf-8-sig" else 0)
                raise InputError(path, f"is not valid {enc.upper()} (invalid bytes at offset {at})", "encoding") from None
            break
    if text is None:
        try:
            text = data.decode("utf-8")
            if "\x00" in text[:4096]:  # ASCII in UTF-16 is valid UTF-8 too, a NUL in every other byte
                text, used = _utf16_without_bom(data) or (text, used)
        except UnicodeDecodeError as exc:
            # UTF-16 by the pattern of its bytes (pure Han text in it has no zero byte), before any guess; else, with
            # a zero byte, binary data, and without one a legacy encoding
            # Western text (no zero byte, a space in twelve bytes or more as between words, every byte over 0x7f a Latin
            # letter or Western punctuation in Windows-1252, none three in a row: Chinese in GBK makes runs, and pure Han
            # in UTF-16, the only UTF-16 without a zero byte, has a space byte in 256 at most) is refused as such, never guessed as UTF-16 or
            # GBK: `caf\xe9 au lait est tr\xe8s bon` read as UTF-16 Han, `\xfcber` as GBK 暅 (newcomer 24 item 9)
            latin = _western(data) if _spaced_as_words(data) else None  # computed once: _legacy's hint reuses it
            western = bool(latin)
            got = _declared_page(data) or (None if western else _utf16_without_bom(data))
            if got is None and b"\x00" in data[:8192]:
                raise InputError(path, "is a binary file, not text", "binary") from None
            text, used = got or _legacy(path, data, exc.start, western, latin)
    if text.strip() == "":
        raise InputError(path, "is empty" if not text else "is empty (whitespace only)", "empty")
    if "\x00" in text:
        raise InputError(path, "is a binary file, not text (NUL bytes)", "binary")
    if _mostly_not_characters(text[:8192]):
        raise InputError(path, "is a binary file, not text (most of it decodes to no character)", "binary")
    return text, used


NOT_CHARACTERS_SHARE = 0.3
"""The share of a text's non-blank characters that are control characters, unassigned or private-use code points or
U+FFFD from which it is no text (`_mostly_not_characters`): a text of any language has next to none (measured: the
4,006 archive articles and the bundled Markdown samples have not one in their first 8,192 characters); bytes of a
corrupt or truncated file read in a guessed encoding have many."""


def _mostly_not_characters(text: str) -> bool:
    """Whether NOT_CHARACTERS_SHARE or more of the text's non-blank characters are no characters of text (newcomer 27
    item 12: a short garbage file passed as 4 characters of text, exit 0)."""
    shown = "".join(text.split())  # the non-blank characters (str.split's blanks are str.isspace's)
    if shown.isprintable() and "\ufffd" not in shown:  # none of them (Cc, Cn, Co, Cs are never printable): the text of
        return False  # every article measured, at C speed; the count below took 2.7 ms a file here, on every file read
    bad = sum(1 for c in shown if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs"))
    return bool(shown) and bad >= NOT_CHARACTERS_SHARE * len(shown)


def starts_as_html(text: str) -> bool:
    """A doctype, <html> or <?xml first, after blank space and HTML comments. A plain scan, not a
    regular expression: `(<!--.*?-->\\s*)*` backtracks exponentially over a run of comments."""
    i, n = 0, len(text)
    while True:
        while i < n and text[i].isspace():
            i += 1
        if not text.startswith("<!--", i):
            break
        end = text.find("-->", i + 4)
        if end < 0:
            return False
        i = end + 3
    head = text[i:i + 9].lower()
    if head.startswith(("<html", "<?xml")):
        return True
    return head == "<!doctype" and text[i + 9:i + 10].isspace() and text[i + 9:i + 64].lstrip().lower().startswith("html")


_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.I)
# the WHATWG Encoding Standard's decoders for labels that name a subset of them (what browsers use: a page that says
# iso-8859-1 holds Windows-1252's curly quotes in 0x80-0x9F; one that says gb2312 holds GBK's characters)
_BROWSER_DECODER = {**dict.fromkeys(("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "ascii", "us-ascii", "cp819"), "cp1252"),
                    **dict.fromkeys(("gb2312", "gb_2312", "gb_2312-80", "csgb2312", "chinese", "x-gbk"), "gbk")}


# The codecs a browser decodes a page with (the WHATWG Encoding Standard's encodings that Python has): a label that
# resolves to another codec Python knows (`undefined`, which raises, `unicode_escape`, which turns `\u202e` in the
# text into the character, `palmos`) is no declaration a browser would follow, so it is none here (HOSTILE26 #5).
_WEB_CODEC_LABELS = (
    "utf-8", "utf-16-le", "utf-16-be", "utf-16", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874",
    *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)), *(f"cp125{n}" for n in range(9)),
    "gbk", "gb18030", "big5", "big5hkscs", "euc-jp", "iso2022-jp", "shift_jis", "cp932", "euc-kr", "cp949")


@lru_cache(maxsize=1)
def _web_codecs() -> frozenset[str]:
    """The codecs' names (_WEB_CODEC_LABELS looked up), once, when a page declares a charset: looking them up imports
    about 40 codec modules, 0.01 CPU s that every run paid at import (issue 21, release 27), for a rare page."""
    return frozenset(codecs.lookup(name).name for name in _WEB_CODEC_LABELS)


def _web_codec(label: str) -> str | None:
    """The name of the codec a charset label resolves to, when a browser decodes with it; None otherwise."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return name if name in _web_codecs() else None


def decode_declared(data: bytes, header: bytes = b"") -> tuple[str, str] | None:
    """A page's text and codec by the charset it declares: `header` first (a Content-Type's parameters), else a
    `charset=` in its first 4 KB (`<meta charset>`, `<meta http-equiv content>`), read as browsers read the label;
    None when none is declared, the name is not one a browser knows (`_web_codecs`), or the bytes do not decode in it."""
    declared = _CHARSET.search(header) or _CHARSET.search(data[:4096])
    if declared is None:
        return None
    label = declared.group(1).decode("ascii").lower()
    for enc in dict.fromkeys((_BROWSER_DECODER.get(label, label), label)):
        name = _web_codec(enc)
        if name is None:  # a label no browser knows: as if none were declared
            continue
        try:
            return data.decode(name), name
        except (UnicodeError, ValueError):  # UnicodeError: a decoder may raise it bare
            continue
    return None


def _declared_page(data: bytes) -> tuple[str, str] | None:
    """decode_declared for bytes that open as an HTML page (a saved page: doctype or <html> first); None otherwise,
    so that a `charset=` in the text of a Markdown file decides nothing."""
    return decode_declared(data) if starts_as_html(data[:8192].decode("latin-1")) else None


def encode_as(text: str, encoding: str) -> bytes:
    """Text back to bytes in the encoding decode_with_encoding named (its BOM included)."""
    if encoding.startswith("bom+"):
        enc = encoding[4:]
        bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
               "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}[enc]
        return bom + text.encode(enc)
    return text.encode(encoding)


def reads_as_western(data: bytes) -> bool:
    """Whether bytes that are not UTF-8 are Western text in Windows-1252 (Latin-1): no zero byte, a space in twelve
    bytes or more as between words, and every byte over 0x7f a Latin letter or Western punctuation, none three in a
    row (_western). Chinese in GBK or Big5 makes runs of them, and pure Han in UTF-16, the only UTF-16 without a zero
    byte, has a space byte in 256 at most: 600 short Chinese texts in each read as before, 300 Latin-1 sentences all
    refused (22 were read as UTF-16 or GBK, newcomer 24 item 9)."""
    return _spaced_as_words(data) and _western(data)


def _spaced_as_words(data: bytes) -> bool:
    """No zero byte and a space in twelve bytes or more in the first 8 KB: reads_as_western's first test."""
    head = data[:8192]
    return b"\x00" not in head and 12 * head.count(b" ") >= len(head)


def _legacy(path: str, data: bytes, bad_at: int, western: bool = False, latin: bool | None = None) -> tuple[str, str]:
    """The text in a legacy Chinese encoding, else InputError, with the Windows-1252 hint when the bytes read as
    Western text in it (`latin`: _western's answer when the caller has it, so that the bytes are scanned once)."""
    from charset_normalizer import from_bytes

    best = None if western else from_bytes(data[:262144]).best()
    enc = (best.encoding if best else "") or ""
    if enc.lower() in LEGACY:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass
    if not western:  # a short GBK text is often guessed as Thai cp874 or UTF-16BE (hostile 24 bug 5)
        plain = _plain_chinese(data)
        if plain is not None:
            return plain
    hint = " (it reads as Windows-1252: convert it to UTF-8, e.g. iconv -f cp1252 -t utf-8)" if western or (_western(data) if latin is None else latin) else ""
    raise InputError(path, f"is not UTF-8 text (invalid byte at offset {bad_at}) and its encoding could not be recognised{hint}", "encoding")


# The frequent characters of each encoding (GB2312 level 1, rows 0xB0-0xD7: 3,755; Big5's frequent block, 0xA440-
# 0xC67E: 5,401) and how many of a text's Han characters must be among them: 400 archive articles (GBK) have 94.5 %
# at the least, 99 % in 95 of 100; bytes of another language read in the encoding (Latin-1 `ÀÉÎÕÜ`, KOI8) fall in the
# rarer rows about half the time.
_FREQUENT = {"gb18030": (b"\xb0\xa1", b"\xd7\xfe", "gb2312"), "big5": (b"\xa4\x40", b"\xc6\x7e", "big5")}
_FREQUENT_SHARE = 0.8
# Han, space, Han: Korean (EUC-KR, which reads as GB2312 hanzi) puts a space between words every three or four
# syllables; the 400 archive articles have 0.0017 per Han character at the most.
_SPACED_HAN = re.compile(rf"[{HAN_RANGE}] +(?=[{HAN_RANGE}])")
_SPACED_SHARE = 0.05


def _plain_chinese(data: bytes) -> tuple[str, str] | None:
    """The text and encoding when the bytes decode strictly in GB18030 (else Big5) to plain Chinese: at least two Han
    characters, four in five of them among the encoding's frequent characters (_FREQUENT), every other character
    outside ASCII CJK or general punctuation (not kana, hangul, Cyrillic, private use), and Han characters not spaced
    as Korean words are (_SPACED_HAN). charset-normalizer guesses short GBK texts with Chinese punctuation as Thai
    cp874, UTF-16BE or Korean cp949 (`他说：“你好。”`: hostile 24 bug 5); Japanese, Korean and Western bytes that
    happen to decode are refused as before."""
    for enc, (low, high, narrow) in _FREQUENT.items():
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        han = [c for c in text if HAN_FIRST <= c <= HAN_LAST]
        if len(han) < 2 or any(not _cjk_or_punctuation(c) for c in text if c >= "\x80"):
            continue
        frequent = sum(1 for c in han if low <= c.encode(narrow, "replace") <= high)
        if frequent >= _FREQUENT_SHARE * len(han) and len(_SPACED_HAN.findall(text)) <= _SPACED_SHARE * len(han):
            return text, enc
    return None


def _cjk_or_punctuation(c: str) -> bool:
    return (HAN_FIRST <= c <= HAN_LAST or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef"
            or "\u2010" <= c <= "\u2027" or c in "\u00b7\u00a0")


_WESTERN_PUNCTUATION = frozenset("‘’‚“”„–—…•·€£¥¢©®™°§¶«»¡¿×÷±½¼¾¹²³µ\xa0")


def _western(data: bytes) -> bool:
    """Whether the bytes read cleanly as Windows-1252, as Western text does: every character outside ASCII a Latin
    letter (é, ß, Œ) or Western punctuation (’ “ — … € ©), never more than two in a row (`Größe`). Chinese, Japanese
    or Russian bytes read in it make runs of accented letters and symbols (KOI8 `Привет`: `ðÒÉ×ÅÔ`)."""
    import unicodedata

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    run = 0
    for c in text:
        if c < "\x80":
            run = 0
            continue
        run += 1
        if run > 2 or not (c in _WESTERN_PUNCTUATION or "LATIN" in unicodedata.name(c, "")):
            return False
    return True


# At most this many invalid byte sequences in bytes that are UTF-8 otherwise: a hand-edited file has one or two stray
# bytes; a file saved in GBK or Big5 has one in nearly every Chinese character, and Latin-1 text (told by _western and
# given its own hint) one per accented letter (newcomer 25 item 12).
_STRAY_MAX = 3


def decode_with_encoding(path: str, data: bytes) -> tuple[str, str]:
    """(text, codec name that writes it back byte for byte: BOM included, e.g. utf-8-sig, utf-16). A file whose
    encoding is not recognised but which is UTF-8 except for a few stray bytes (_stray_bytes) is refused with the line
    and column of the first, as a hand-edited file is fixed there."""
    try:
        return _decode_with_encoding(path, data)
    except InputError as exc:
        where = _stray_bytes(data) if exc.kind == "encoding" and exc.message.startswith("is not UTF-8") else None
        if where is None:
            raise
        raise InputError(path, where, "encoding") from None


def _stray_bytes(data: bytes) -> str | None:
    """Where the invalid bytes of otherwise UTF-8 text are (`is not UTF-8 text: an invalid byte at line 3, column 7
    …; the rest is UTF-8`), or None when there are more than _STRAY_MAX, none, or the bytes read as Western text."""
    bad: list[int] = []
    start = 0
    while len(bad) <= _STRAY_MAX:
        try:
            data[start:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad.append(start + exc.start)
            start += exc.end
    if not bad or len(bad) > _STRAY_MAX or _western(data):
        return None
    first = bad[0]
    line_start = data.rfind(b"\n", 0, first) + 1
    line = data.count(b"\n", 0, first) + 1
    column = len(data[line_start:first].decode("utf-8", "replace")) + 1
    what = "an invalid byte" if len(bad) == 1 else f"{len(bad)} invalid bytes, the first"
    return (f"is not UTF-8 text: {what} at line {line}, column {column} (offset {first}); the rest is UTF-8 "
            "(fix or delete " + ("that byte)" if len(bad) == 1 else "those bytes)"))
