"""A pattern's possible first characters, handed to the regular-expression engine as a prefilter.

The `re` engine searches a pattern that opens with a literal or a character set by scanning the text for
that set first (its compiled "charset prefix") and tries the whole pattern only where a character of it
stands. A pattern that opens with a lookbehind, `(?<![\\w.,])(?P<num>\\d…)`, or a word boundary has no such
prefix: the engine tries the whole pattern, lookbehind first, at every position of the text. Most rows of
the quantity tables open so; over one paragraph of 20,000 links they cost 5 of its 9 CPU s.

`prefiltered(pattern)` compiles the same pattern with the characters every match starts with as its
prefix set, read from its syntax: a match consumes at least one character (the pattern's least width is
above zero), and that first character is one the first consuming element can take, lookarounds and
anchors consuming nothing. The result matches exactly what the pattern matches, at the same places, with
the same groups: only the positions at which no match can start are skipped. A pattern the analysis cannot
read (a `.` or a negated set first, a back-reference, a letter under IGNORECASE outside ASCII), or one
that already has a prefix, is returned as it is.

IGNORECASE matches a letter by its simple lower case and a few equivalences: an ASCII letter's set is its
two cases and the characters of `needs.CASE_TO_ASCII` that so match it (tested over every code point).
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any

from transqa import recache
from transqa.quantities.needs import CASE_TO_ASCII, MAX_RANGE, is_caseless, nested

_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_c: Any = importlib.import_module("re._constants")

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", object()))
_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT, _c.AT)

Items = list[tuple[Any, Any]]
"""Members of a character set as the parser gives them: (LITERAL, code), (RANGE, (lo, hi)), (CATEGORY, c)."""


def _letter(code: int, ignore: bool) -> Items | None:
    """The characters that match the literal `code`; None when they cannot be listed here."""
    ch = chr(code)
    if not ignore or is_caseless(ch):
        return [(_c.LITERAL, code)]
    if not ch.isascii():
        return None
    same = {ch.lower(), ch.upper()} | {x for x in CASE_TO_ASCII if re.fullmatch(re.escape(ch), x, re.IGNORECASE)}
    return [(_c.LITERAL, ord(x)) for x in sorted(same)]


def _set(items: Items, ignore: bool) -> Items | None:
    """The members of a set `[…]` as prefix members; None for a negated set or one not listed here."""
    out: Items = []
    for op, av in items:
        if op is _c.LITERAL:
            got = _letter(av, ignore)
        elif op is _c.RANGE and not ignore:
            got = [(op, av)]
        elif op is _c.RANGE and av[1] - av[0] <= MAX_RANGE:
            got = []
            for code in range(av[0], av[1] + 1):
                one = _letter(code, ignore)
                if one is None:
                    return None
                got += one
        elif op is _c.CATEGORY and (not ignore or av in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT)):
            got = [(op, av)]  # a decimal digit has no case
        else:  # NEGATE, a wide range or a category under IGNORECASE
            return None
        if got is None:
            return None
        out += got
    return out


First = tuple[Items, bool]
"""(what a match of the element can start with, whether it can match empty)."""


def _seq(items: Any, ignore: bool) -> First | None:
    out: Items = []
    for op, av in items:
        got = _node(op, av, ignore)
        if got is None:
            return None
        out += got[0]
        if not got[1]:
            return out, False
    return out, True


def _node(op: Any, av: Any, ignore: bool) -> First | None:
    if op is _c.LITERAL:
        one = _letter(av, ignore)
        return None if one is None else (one, False)
    if op is _c.IN:
        members = _set(av, ignore)
        return None if members is None else (members, False)
    if op in _ZERO_WIDTH:
        return [], True
    if op in _REPEATS:
        least, _most, sub = av
        got = _seq(sub, ignore)
        return None if got is None else (got[0], got[1] or least == 0)
    # a group, an atomic group, a branch, as the required characters are read (`needs.nested`); None for ANY,
    # NOT_LITERAL, a back-reference, a conditional: not read
    return nested(op, av, ignore, _seq, _union)


def _union(branches: list[First | None]) -> First | None:
    """A branch starts with what any of its alternatives starts with, and can match empty if one can."""
    if any(b is None for b in branches):
        return None
    return [m for b in branches if b is not None for m in b[0]], any(b[1] for b in branches if b is not None)


def _code(pattern: re.Pattern[str]) -> tuple[int, ...] | None:
    """The engine's code for `pattern` with its first characters as the prefix set, or None (keep it as it is)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        flags = tree.state.flags | pattern.flags
        lo, hi = tree.getwidth()
        if lo == 0 or flags & (re.LOCALE | re.ASCII) or not isinstance(pattern.pattern, str):
            return None
        prefix, _skip, _all = _compiler._get_literal_prefix(tree, flags)
        if prefix or _compiler._get_charset_prefix(tree, flags):
            return None  # the engine already scans for its first characters
        first = _seq(tree.data, bool(flags & re.IGNORECASE))
        if first is None or first[1] or not first[0]:
            return None
        charset, _cased = _compiler._optimize_charset(first[0])
        code = [_c.INFO, 0, _c.SRE_INFO_CHARSET, min(lo, _compiler.MAXCODE), min(hi, _compiler.MAXCODE)]
        _compiler._compile_charset(charset, flags, code)
        code[1] = len(code) - 1
        _compiler._compile(code, tree.data, flags)
        code.append(_c.SUCCESS)
        return tuple(int(c) for c in code)
    except Exception:  # another Python's internals: no prefilter
        return None


_CODE_OF = ("transqa.quantities.starts", "transqa.quantities.needs")


@functools.cache
def prefiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern`, compiled to scan for the characters its matches start with (the same matches and groups);
    `pattern` itself when it already scans so or its first characters cannot be read. The code is kept on
    disk with the compiled patterns (`recache.kept`) when the command runs."""
    code = recache.kept("starts", _CODE_OF, pattern, _code)
    if code is None:
        return pattern
    indexgroup: list[str | None] = [None] * (pattern.groups + 1)
    for name, i in pattern.groupindex.items():
        indexgroup[i] = name
    try:
        compiled: re.Pattern[str] = _compiler._sre.compile(
            pattern.pattern, pattern.flags, list(code), pattern.groups, dict(pattern.groupindex), tuple(indexgroup))
    except Exception:  # not the code this Python's engine takes
        return pattern
    return compiled
