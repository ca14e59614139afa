"""A built dictionary index, cached on disk: parsing CC-CEDICT costs 0.3-0.5 s per process, reading
the index it gave 0.02-0.04 s.

The cache file is named by a hash of the dictionary file and of the source of the modules that build
the index (a changed word list or limit builds it again), and lives under the user cache folder
(`transqa.cache.user_cache_dir()`, folder `index`). It is written atomically (a temporary file,
then a rename), so processes that build it at once never read half a file. Nothing is downloaded: the
index is built from the local dictionary on first use. When the folder cannot be written, or a file
cannot be read back, the index is built in memory, as without a cache. A file read back must carry
its kind and the sha256 of its payload: a truncated, corrupted or foreign file is built again and
replaced, never used.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import stat
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from transqa.cache import user_cache_dir

T = TypeVar("T")
FORMAT = "2"  # bump when the file layout changes
MAGIC = b"transqa-index\0"  # a file is MAGIC, kind, NUL, sha256 of the payload, then the marshal payload


MAX_INDEX_BYTES = 256 * 1024 * 1024  # the largest index is about 4 MB; anything far larger is not ours
# Versions of one kind of index kept side by side, the most recently used first (a read marks a file used):
# two installations sharing the user cache folder (pre-commit's environment and a project's venv, another
# checkout, another langdetect install) each pruned the other's index at every build, so that alternating
# runs rebuilt it every time (0.3-0.8 CPU s a run: CC-CEDICT parsed again, langdetect's profiles loaded again).
# Three versions of every kind are about 80 MB at most (one version of all the indexes is about 26 MB).
VERSIONS = 3


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; OSError for anything else. Opened without
    blocking and checked with fstat on the open descriptor: a FIFO or a device put in the cache folder
    (by accident or by someone else) would hang the read or never end."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            raise OSError(f"{path}: not a regular cache file")
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise OSError(f"{path}: cache file too large")
        return data
    finally:
        os.close(fd)


def index_dir() -> Path:
    """The folder of the cached indexes (and of the kept regular expressions): `index` in the user cache."""
    return user_cache_dir() / "index"


def index_dir_writable() -> bool:
    """Whether the index folder can be made and written (a temporary file is made and removed there): with a cache
    folder that is a file, `/dev/null` or read-only, every run builds the indexes again (HOSTILE28 #9)."""
    import tempfile

    try:
        index_dir().mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".probe.", suffix=".tmp", dir=index_dir())
        os.close(fd)
        os.unlink(tmp)
    except OSError:
        return False
    return True


@lru_cache(maxsize=16)
def _file_hash(path: str, stat_key: str) -> bytes:
    """The file's sha256, once per process and version of the file (three indexes share CC-CEDICT).
    Hashing CC-CEDICT (9 MB) costs 0.05 s, a tenth of a cold check: the digest is kept beside the
    indexes under a name made of the file's path, size, inode and modification and change times, and
    read back while none of them changes (any write changes the change time). A new stamp replaces the
    stamps of the same path's earlier versions."""
    of_path = hashlib.sha256(path.encode()).hexdigest()[:16]
    stamp = index_dir() / f"stamp-{of_path}-{hashlib.sha256(stat_key.encode()).hexdigest()[:16]}.sha256"
    try:
        kept = _read_regular(stamp, 32)
        if len(kept) == 32:
            return kept
    except OSError:
        pass
    with open(path, "rb") as fh:
        digest = hashlib.file_digest(fh, "sha256").digest()
    keep(stamp.name, f"stamp-{of_path}-*.sha256", digest)  # and the same file's earlier versions go
    return digest


def file_hash(path: str) -> bytes:
    """The sha256 of the file at `path` (see _file_hash)."""
    st = os.stat(path)
    return _file_hash(path, f"{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}")


def _digest(path: str, modules: tuple[str, ...]) -> str:
    h = hashlib.sha256(f"{FORMAT}\0{sys.version_info[:2]}\0{marshal.version}\0".encode())
    h.update(file_hash(path))
    for name in modules:
        src = getattr(sys.modules.get(name), "__file__", None)
        if src:
            h.update(Path(src).read_bytes())
    return h.hexdigest()[:32]


def cache_file(kind: str, path: str, modules: tuple[str, ...]) -> Path:
    """Where the index of `kind` built from the dictionary at `path` by `modules` is kept."""
    return index_dir() / f"{kind}-{_digest(path, modules)}.marshal"


def _header(kind: str, payload: bytes) -> bytes:
    return MAGIC + kind.encode() + b"\0" + hashlib.sha256(payload).digest()


def _read(target: Path, kind: str) -> Any:
    """The value a cache file holds; ValueError when it is not a whole, intact index of `kind`."""
    data = _read_regular(target, MAX_INDEX_BYTES)
    head = MAGIC + kind.encode() + b"\0"
    digest, payload = data[len(head) : len(head) + 32], data[len(head) + 32 :]
    if not data.startswith(head) or hashlib.sha256(payload).digest() != digest:
        raise ValueError(f"{target}: not an intact {kind} index")
    return marshal.loads(payload)


def _used(target: Path) -> None:
    """Mark a file read as used now (its modification time), so that _prune keeps the versions in use
    (best effort: a folder that cannot be written keeps its times)."""
    try:
        os.utime(target)
    except OSError:
        pass


def _write(target: Path, kind: str, value: Any) -> None:
    payload = marshal.dumps(value)
    _store(target, _header(kind, payload) + payload)


def _store(target: Path, data: bytes) -> None:
    """Write data to target atomically: a temporary file beside it, synced, then renamed over it."""
    import tempfile  # here: a run that reads its indexes writes nothing

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def read_index(target: Path, kind: str) -> Any:
    """The value a cache file of `kind` holds (OSError, ValueError or EOFError when it holds none)."""
    return _read(target, kind)


def read_used(target: Path, kind: str) -> Any:
    """read_index, and the file marked used now: an index kept in several versions (keep(..., versions=VERSIONS))
    is pruned least recently used first."""
    value = _read(target, kind)
    _used(target)
    return value


def write_index(target: Path, kind: str, value: Any) -> None:
    """Store a value marshal can store as the cache file of `kind`, atomically."""
    _write(target, kind, value)


# Set by the `transqa` command (transqa.__main__), never on import of the package: after an index is read, every
# object then alive moves to the collector's permanent generation (gc.freeze, as audit.worker.preload does before
# forking). An index is tens of thousands of tuples, sets and dicts that live as long as the process; each collection
# after the read traversed them again, and the first collection of the older generation did so for all of them at
# once: the collector took 35-60 ms of a cold check (11-14 collections, timed with gc.callbacks on the demo pair and
# the median WMT24 news document, issue 21, release 27). Objects frozen are freed by their reference counts as
# before; only a cycle among those alive at the read would outlive its use, in a process that ends with the command.
FREEZE_AFTER_READ = False


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
        value: T = read_used(target, kind)
        if FREEZE_AFTER_READ:
            gc.freeze()
        return value
    except (OSError, EOFError, ValueError, TypeError):
        pass
    finally:
        if enabled:
            gc.enable()
    value = build(path)
    # the kind's versions only: `proper-names-*` matched the `proper-names-lower` indexes too, and pruned them
    keep(target.name, f"{kind}-{'[0-9a-f]' * 32}.marshal", value, kind, versions=VERSIONS)
    return value


def keep(name: str, earlier: str, value: Any, kind: str | None = None, versions: int = 1) -> bool:
    """Keep `value` as the file `name` of the index folder, atomically, then remove its earlier versions (the
    files there matching the glob `earlier`, it aside) but the `versions` - 1 most recently used of them: the one
    keep-and-prune step of every file kept there (an index, a parsed YAML glossary, the code hash). With a
    `kind`, `value` is stored as an index of that kind (read_index reads it back); without, it is the file's
    bytes. False, and nothing removed, when it could not be written (a folder that cannot be written, a value
    marshal cannot store)."""
    target = index_dir() / name
    try:
        if kind is None:
            _store(target, value)
        else:
            _write(target, kind, value)
    except (OSError, ValueError):
        return False
    _prune(target, earlier, versions)
    return True


def read_kept(name: str, limit: int) -> bytes:
    """The bytes of the file `name` of the index folder that keep() stored without a kind (at most `limit`);
    OSError when there is none, or it is not a regular file of at most `limit` bytes."""
    return _read_regular(index_dir() / name, limit)


def _prune(target: Path, pattern: str, versions: int = 1) -> None:
    """Remove the files beside target that match the glob pattern, target and the `versions` - 1 most recently
    used others aside (newest modification time first, then name): the indexes of a kind that an older
    dictionary or older code built (each about 3.5 MB), a dictionary's older hash stamps. A process still
    reading one keeps its open file; one that looks for it later builds its own again."""
    try:
        others = []
        for old in target.parent.glob(pattern):
            if old.name != target.name:
                try:
                    others.append((-old.stat().st_mtime_ns, old.name, old))
                except OSError:  # removed meanwhile
                    continue
        for _t, _n, old in sorted(others)[max(versions - 1, 0) :]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
