"""A built dictionary index, cached on disk: parsing CC-CEDICT costs 0.3-0.5 s per process, reading
the index it gave 0.02-0.04 s.

The cache file is named by a hash of the dictionary file and of the source of the modules that build
the index (a changed word list or limit builds it again), and lives under the user cache folder
(`transqa.cache.user_cache_dir()`, folder `index`). It is written atomically (a temporary file,
then a rename), so processes that build it at once never read half a file. Nothing is downloaded: the
index is built from the local dictionary on first use. When the folder cannot be written, or a file
cannot be read back, the index is built in memory, as without a cache.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from transqa.cache import user_cache_dir

T = TypeVar("T")
FORMAT = "1"  # bump when the file layout changes


@lru_cache(maxsize=16)
def _file_hash(path: str, size: int, mtime_ns: int) -> bytes:
    """The file's sha256, once per process and version of the file (three indexes share CC-CEDICT)."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").digest()


def _digest(path: str, modules: tuple[str, ...]) -> str:
    h = hashlib.sha256(f"{FORMAT}\0{sys.version_info[:2]}\0{marshal.version}\0".encode())
    st = os.stat(path)
    h.update(_file_hash(path, st.st_size, st.st_mtime_ns))
    for name in modules:
        src = getattr(sys.modules.get(name), "__file__", None)
        if src:
            h.update(Path(src).read_bytes())
    return h.hexdigest()[:32]


def cache_file(kind: str, path: str, modules: tuple[str, ...]) -> Path:
    """Where the index of `kind` built from the dictionary at `path` by `modules` is kept."""
    return user_cache_dir() / "index" / f"{kind}-{_digest(path, modules)}.marshal"


def _write(target: Path, value: Any) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(value, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def load_or_build(kind: str, path: str, modules: tuple[str, ...], build: Callable[[str], T]) -> T:
    """The index `build(path)` gives, read from the cache when it holds one for this dictionary file and
    these modules' source; else built and stored. `build` must return what marshal can store."""
    try:
        target = cache_file(kind, path, modules)
    except OSError:
        return build(path)
    enabled = gc.isenabled()
    gc.disable()  # the index holds no cycles: collecting while it is built costs time and finds nothing
    try:
        with open(target, "rb") as fh:
            value: T = marshal.loads(fh.read())
        return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    finally:
        if enabled:
            gc.enable()
    value = build(path)
    try:
        _write(target, value)
    except (OSError, ValueError):
        pass
    return value
