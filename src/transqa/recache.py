"""Compiled regular expressions kept on disk between runs of the command.

A cold `transqa check` compiles about 450 patterns (its own, spaCy's tokenizer rules, the Markdown
parser's): 0.13 CPU s of a 0.5 s run, most of it in the `re` module's Python code expanding the Han
ranges into character maps. What that compilation gives is a list of integers that the `_sre` engine
takes as it is; this module keeps those lists, keyed by the pattern and its flags, in one file beside
the dictionary indexes (`transqa.lang.dictcache`, kind `patterns`, named by the Python version and
`_sre.MAGIC`), and hands `_sre` the kept list the next time: 2 ms for all of them.

`install()` (called by the `transqa` command before its imports, never on import of the package) puts
`cached_compile` in place of `re._compiler.compile`, under `re.compile`'s own per-process cache, so
every pattern compiled through `re` is looked up: a miss compiles as `re` does and is kept. The file
is written at exit when the misses cost at least MIN_WRITE CPU seconds: the first run, or one after
an upgrade. The patterns a run builds from its article (a name's `(?<![A-Za-z])Madisons?(?![a-z])`,
about 0.1 ms each, 2-11 ms a run) never make a write worth it on their own, so a warm run writes
nothing. A pattern from the file is equal (`==`: same pattern, flags and code) to the one `re`
compiles; anything unexpected (another Python's internals, a file that does not read back) falls
back to `re`'s own compilation.

The same table keeps the code objects of the functions `dataclasses` writes for each class (`__init__`,
`__repr__`, `__eq__`, ...): it compiles their source text with `exec` every time a class is made, about 0.3 ms
a function and 0.05 CPU s for the 170 of a cold `check`. `install()` gives `dataclasses` an `exec` that
compiles a source text once (`compile(text, "<string>", "exec")`, as `exec` does for a string) and runs the
kept code; the functions made are those `exec` of the text makes (a test compares their code).
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import hashlib
import importlib
import re
import sys
import time
import types
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, cast

T = TypeVar("T")

FORMAT = "1"  # bump when the entry layout changes
MAX_ENTRIES = 2000  # past this, a save keeps only the patterns the run used (patterns edited away drop out)
MIN_WRITE = 0.02  # CPU seconds of misses that make writing the file (about 5 ms) worth it

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_compiler: Any = importlib.import_module("re._compiler")  # the re module's internals (untyped)
_parser: Any = importlib.import_module("re._parser")
_ORIGINAL: Callable[..., Any] = _compiler.compile
_SRE: Any = _compiler._sre
# the compiled code by (pattern, flags); analyses kept by `kept` by (kind and version, pattern, flags)
_table: dict[tuple[Any, ...], Any] = {}
_used: set[tuple[Any, ...]] = set()
_added = 0.0  # CPU seconds the misses of this run cost
_misses = 0
_target: Path | None = None


def _entry(pattern: str, flags: int) -> Entry:
    """What re._compiler.compile hands _sre.compile for this pattern (re.error for a bad one)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def cached_compile(p: Any, flags: int = 0) -> Any:
    """re._compiler.compile, from the kept code when the table holds the pattern."""
    global _added, _misses
    if type(p) is not str or type(flags) is not int or flags & re.DEBUG:
        return _ORIGINAL(p, flags)
    key = (p, flags)
    entry = _table.get(key)
    if entry is None:
        began = time.process_time()
        try:
            entry = _entry(p, flags)
        except Exception:  # a bad pattern: re says why, as it would have
            return _ORIGINAL(p, flags)
        _table[key] = entry
        _added += time.process_time() - began
        _misses += 1
    try:
        compiled = _SRE.compile(p, *entry)
    except Exception:  # not the code this Python's _sre takes: compile it the ordinary way
        _table.pop(key, None)
        return _ORIGINAL(p, flags)
    _used.add(key)
    return compiled


def _exec(source: Any, namespace: Any = None, local: Any = None, /) -> None:
    """`exec` for `dataclasses`: a source text run in dicts is compiled once and kept in the table (key: the
    text and "exec", where the patterns' keys hold their flags); anything else is exec's own."""
    global _added, _misses
    if type(source) is not str or type(namespace) is not dict or type(local) is not dict:
        if namespace is None:  # exec without namespaces runs in its caller's
            frame = sys._getframe(1)
            namespace, local = frame.f_globals, frame.f_locals if local is None else local
        builtins.exec(source, namespace, local)
        return
    key = (source, "exec")
    code = _table.get(key)
    if type(code) is not types.CodeType:
        began = time.process_time()
        # as exec compiles a string: file name "<string>", none of the caller's (or this module's) __future__ flags
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _table[key] = code
        _added += time.process_time() - began
        _misses += 1
    _used.add(key)
    builtins.exec(code, namespace, local)


@cache
def code_version(modules: tuple[str, ...]) -> str:
    """A digest of these modules' source: an analysis kept by `kept` belongs to the code that computed it."""
    h = hashlib.sha256()
    for name in modules:
        src = getattr(sys.modules.get(name), "__file__", None)
        h.update(Path(src).read_bytes() if src else name.encode())
    return h.hexdigest()[:16]


def kept(kind: str, modules: tuple[str, ...], pattern: re.Pattern[str], compute: Callable[[re.Pattern[str]], T]) -> T:
    """compute(pattern): an analysis of a pattern's syntax (quantities.needs parses it again, 0.05 CPU s for
    the quantity tables of a cold `check`), kept in the table beside the compiled code while the command has
    installed it, keyed by `kind`, the source of `modules` (the code that computes it), the pattern and its
    flags. It must return what marshal stores and gives back equal (tuples, frozensets, str, bool, None)."""
    global _added, _misses
    if _target is None:  # not installed by the command (a library use, a test): computed every time
        return compute(pattern)
    key = (f"{kind}:{code_version(modules)}", pattern.pattern, pattern.flags)
    _used.add(key)
    if key in _table:
        return cast(T, _table[key])
    began = time.process_time()
    value = compute(pattern)
    _table[key] = value
    _added += time.process_time() - began
    _misses += 1
    return value


def cache_file() -> Path:
    """The file of this Python's kept patterns."""
    from transqa.lang.dictcache import index_dir

    tag = hashlib.sha256(f"{FORMAT}\0{sys.version}\0{_SRE.MAGIC}".encode()).hexdigest()[:32]
    return index_dir() / f"patterns-{tag}.marshal"


def _valid(table: Any) -> dict[tuple[Any, ...], Any]:
    if not isinstance(table, dict):
        raise ValueError("not a pattern table")
    return table


def install() -> None:
    """Read the kept patterns and compile through them from now on; write the table back at exit when
    the run added to it. Does nothing the second time."""
    global _target
    if _compiler.compile is cached_compile:
        return
    from transqa.lang.dictcache import read_index

    try:
        _target = cache_file()
        _table.update(_valid(read_index(_target, "patterns")))
    except (OSError, EOFError, ValueError, TypeError):
        pass
    _compiler.compile = cached_compile
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # a module global shadows the builtin
    atexit.register(save)


def uninstall() -> None:
    """Compile the ordinary way again and forget the table (without writing it)."""
    global _added, _misses, _target
    if _compiler.compile is cached_compile:
        _compiler.compile = _ORIGINAL
    vars(dataclasses).pop("exec", None)
    atexit.unregister(save)
    _table.clear()
    _used.clear()
    _added, _misses, _target = 0.0, 0, None


def save(least: float = MIN_WRITE) -> None:
    """Write the table when this run's misses cost at least `least` CPU seconds (never raises)."""
    global _added, _misses
    if _target is None or not _misses or _added < least:
        return
    from transqa.lang.dictcache import write_index

    table = _table if len(_table) <= MAX_ENTRIES else {k: v for k, v in _table.items() if k in _used}
    try:
        write_index(_target, "patterns", table)
    except (OSError, ValueError):
        return
    _added, _misses = 0.0, 0
