"""Writing output files safely.

- A regular file (or a new one) is written atomically: a temporary file in the same folder, then a
  rename, so an interrupted write leaves the previous file (or none), never a half-written one. The
  temporary file is removed on every error (a full disk included), and the error names the path.
- A symbolic link is followed: the file it points to is replaced, the link stays.
- An existing file keeps its permission bits; a new one gets the usual 0666 less the umask (mkstemp
  alone would leave every output 0600).
- A device, a FIFO or a socket is written directly, never replaced (as root, `-o /dev/null` used to
  replace the system's /dev/null with a regular file). A FIFO that nobody reads is refused (OutputError), not
  waited for.
- A file this run read as input is never overwritten (`-o` equal to the translation): OutputError.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from transqa.errors import InputError


class OutputError(InputError):
    """An output that cannot or must not be written: one line, exit 2."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message, "output")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _an_input(what: str) -> str:
    """Why an output that is an input of the run is refused, naming what would have been written there (a fetched
    page is no report: `fetch -o` onto the translation said "write the report elsewhere")."""
    return f"is an input of this run: refusing to overwrite it with the {what} (write the {what} elsewhere)"


def full_device(exc: OSError) -> str | None:
    """The words for a full device or quota (ENOSPC, EDQUOT), else None: said of standard output as of a file
    (`audit -q > /dev/full` said `No space left on device`, HOSTILE27 #10), without the "nothing was written" only
    a file's atomic write can promise."""
    return {errno.ENOSPC: "no space left on the device", errno.EDQUOT: "disk quota exceeded"}.get(exc.errno or 0)


def _reason(exc: OSError) -> str:
    full = full_device(exc)
    return f"{full}; nothing was written" if full else f"cannot be written ({exc.strerror or exc}); nothing was written"


def write_error(path: str | Path, exc: OSError) -> OutputError:
    """The one-line error of an output that cannot be written for `exc` (also before trying: refuse_baseline_output).
    Into a folder that does not exist, it names the folder to create: an output file (`-o`, `--summary`,
    `--write-baseline`) is written into a folder that is there, none creates it (only `--html-dir` makes its own
    folder of pages); newcomer 27 item 18 met the README's example baseline path `qa/transqa-baseline.json` refused
    with "No such file or directory" and no word of what to do."""
    folder = os.path.dirname(str(path))
    if exc.errno == errno.ENOENT and folder and not os.path.lexists(folder):  # no entry at all (so no folder either)
        import shlex  # here: the only use; at the top it was the one new module of `transqa --help`'s imports

        return OutputError(str(path), f"cannot be written: the folder {folder} does not exist (create it first: "
                                      f"mkdir -p {shlex.quote(folder)}); nothing was written")
    return OutputError(str(path), _reason(exc))


def resolve_output(path: str | Path, allow_inputs: bool = False, what: str = "output") -> tuple[Path, os.stat_result | None]:
    """The file a write to path lands on (symbolic links followed) and its stat, or None when new. A device or
    pipe is the path itself: `/dev/stdout` into a pipe resolves to `/proc/self/fd/1` → `pipe:[N]`, a name that
    does not exist, though the kernel opens the path."""
    try:
        direct = os.stat(path)
    except OSError:
        direct = None
    if direct is not None and not (stat.S_ISREG(direct.st_mode) or stat.S_ISDIR(direct.st_mode)):
        return Path(path), direct
    real = Path(os.path.realpath(path))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return real, None
    except OSError as exc:
        raise OutputError(str(path), _reason(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(str(path), "is a folder, not a file")
    # imported here, not at the top: the loaders' package (markdown-it, regex) is no cost of `transqa --help`
    from transqa.load.decode import INPUTS

    if not allow_inputs and stat.S_ISREG(st.st_mode) and (st.st_dev, st.st_ino) in INPUTS:
        raise OutputError(str(path), _an_input(what))
    return real, st


def refuse_inputs(path: str | Path, inputs: list[str], what: str = "output") -> None:
    """OutputError when path is (or links to) one of the input files named, checked before any is read:
    an output that would overwrite an input is refused before the run does any work; `what` names the output."""
    try:
        st = os.stat(path)
    except OSError:
        return  # a new file, or one resolve_output will explain
    if not stat.S_ISREG(st.st_mode):
        return
    for p in inputs:
        try:
            other = os.stat(p) if p != "-" else None
        except OSError:
            continue  # an input that cannot be read is the loader's to report
        if other is not None and (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
            raise OutputError(str(path), _an_input(what))


def _same_file(a: str, b: str) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist yet: the real paths said it
        return False


def refuse_clashes(files: dict[str, str | None]) -> None:
    """OutputError when two of a run's files (what each is → its path or None) are the same file: one
    would be written over the other (the report over the result store, the summary over the report)."""
    named = [(what, path) for what, path in files.items() if path is not None and path != "-"]
    for i, (what, path) in enumerate(named):
        for _, opath in named[i + 1 :]:
            if _same_file(path, opath):
                raise OutputError(opath, f"is also the {what} of this run: refusing to overwrite it (write it elsewhere)")


_TEMP_EXTRA = len("..") + 8 + len(".tmp")  # mkstemp's random part and the dots and suffix around the name


def _temp_prefix(name: str) -> str:
    """`.NAME.` for the temporary file beside NAME, or, when that would be longer than a file name may be
    (a legal 250-byte NAME), `.transqa-HASH.`: the write must not fail where NAME itself is allowed."""
    if len(os.fsencode(name)) + _TEMP_EXTRA <= 255:
        return f".{name}."
    import hashlib

    return f".transqa-{hashlib.sha256(os.fsencode(name)).hexdigest()[:16]}."


def remove_stale_temps(output: str) -> int:
    """Remove the temporary files that a killed run (kill -9) left beside `output`: those open_output names for
    this very file (_temp_prefix, mkstemp's 8 characters, .tmp), regular files owned by you; never anything else. A run writing the same file at this moment would lose it anyway (the last to finish
    wins). The number removed."""
    import re

    folder, name = os.path.split(os.path.abspath(output))
    pattern = re.compile(re.escape(_temp_prefix(name)) + r"[a-z0-9_]{8}\.tmp")
    try:
        names = [n for n in os.listdir(folder) if pattern.fullmatch(n)]
    except OSError:
        return 0
    getuid = getattr(os, "getuid", None)
    removed = 0
    for n in names:
        path = os.path.join(folder, n)
        try:
            st = os.lstat(path)
            if stat.S_ISREG(st.st_mode) and (getuid is None or st.st_uid == getuid()):
                os.unlink(path)
                removed += 1
        except OSError:
            continue
    return removed


def _keep_owner(fd: int, st: os.stat_result) -> None:
    """The replacement of a file keeps its owner and group, as it keeps its mode, where this process may give them
    (root: HOSTILE28 #9, `fix --write` under sudo made someone's article root's); elsewhere it is the writer's, as
    before."""
    fchown = getattr(os, "fchown", None)
    if fchown is None:
        return
    now = os.fstat(fd)
    if (now.st_uid, now.st_gid) != (st.st_uid, st.st_gid):
        try:
            fchown(fd, st.st_uid, st.st_gid)
        except OSError:
            pass


@contextmanager
def open_output(path: str | Path, mode: str = "wb", allow_inputs: bool = False, encoding: str | None = None,
                newline: str | None = None, what: str = "output") -> Iterator[IO[Any]]:
    """A file object to write path through: atomically for a regular file, directly for a device or a
    pipe. Nothing is left behind when the body raises. `what` names the output in its errors."""
    shown = str(path)
    real, st = resolve_output(path, allow_inputs, what)
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            fh = _open_fifo(real, shown, mode, encoding, newline) if stat.S_ISFIFO(st.st_mode) else \
                open(real, mode, encoding=encoding, newline=newline)  # noqa: SIM115
        except OSError as exc:
            raise OutputError(shown, _reason(exc)) from None
        try:
            with fh:
                yield fh
        except OSError as exc:
            if exc.filename is None and not isinstance(exc, BrokenPipeError):
                raise OutputError(shown, _reason(exc)) from None
            raise
        return
    directory = real.parent
    try:
        import tempfile  # here: its import (shutil, random) costs a run that writes nothing 0.008 CPU s

        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(real.name), suffix=".tmp", dir=directory)
    except OSError as exc:
        raise write_error(shown, exc) from None  # a folder that does not exist is named
    try:
        os.fchmod(fd, stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask())
        if st is not None:
            _keep_owner(fd, st)
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
        os.replace(tmp, real)
    except OSError as exc:
        _unlink(tmp)
        if exc.filename is None or exc.filename == tmp:
            raise OutputError(shown, _reason(exc)) from None
        raise
    except BaseException:
        _unlink(tmp)
        raise


def _open_fifo(real: Path, shown: str, mode: str, encoding: str | None, newline: str | None) -> IO[Any]:
    """A FIFO (a named pipe, or `/dev/stdout` into a pipe) opened for writing when it has a reader; a plain open
    waits for one for ever, silently (`-o FIFO` with nobody reading it hung until killed). OutputError when none."""
    try:
        fd = os.open(real, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OutputError(shown, "is a FIFO (named pipe) that nobody reads: nothing was written (start its "
                                     "reader first, or write to a file)") from None
        raise
    os.set_blocking(fd, True)  # a reader is there: the writes wait for it as a pipe's do
    return os.fdopen(fd, mode, encoding=encoding, newline=newline)


class AtomicOutput:
    """open_output for code that opens a file in one place and finishes it in another (the audit's
    JSONL stream): .fh to write, .commit() when done, .discard() on any failure (idempotent)."""

    def __init__(self, path: str | Path, mode: str = "w", encoding: str | None = None, newline: str | None = None) -> None:
        self._cm = open_output(path, mode, encoding=encoding, newline=newline)
        self.fh = self._cm.__enter__()
        self._open = True

    def commit(self) -> None:
        if self._open:
            self._open = False
            self._cm.__exit__(None, None, None)

    def discard(self) -> None:
        if self._open:
            self._open = False
            err = RuntimeError("discarded")
            try:
                self._cm.__exit__(RuntimeError, err, None)
            except RuntimeError:
                pass


def _unlink(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def write_bytes(path: str | Path, data: bytes, allow_inputs: bool = False, what: str = "output") -> None:
    with open_output(path, "wb", allow_inputs, what=what) as fh:
        fh.write(data)


def write_text(path: str | Path, text: str, what: str = "output") -> None:
    write_bytes(path, text.encode("utf-8"), what=what)


def write_repaired(target: str | Path, original: str, repaired: str) -> str | None:
    """`fix --write`: the repaired text into target, in the target's own encoding (GB18030, UTF-16,
    a BOM: byte for byte as it was apart from the repairs), through a symbolic link rather than over
    it. The text it held is kept as TARGET.orig, its bytes untouched; an existing .orig is never
    overwritten: when it holds other bytes (an earlier original, or an unrelated file), the first free
    TARGET.orig.1, .orig.2… keeps them instead. Returns the backup path written, or None (an existing
    .orig already held these very bytes)."""
    from transqa.load.decode import decode_with_encoding, encode_as, read_bytes

    target = str(target)
    data = read_bytes(target)
    text, encoding = decode_with_encoding(target, data)
    if text != original:
        raise OutputError(target, "changed while it was being repaired; nothing was written")
    try:
        out = encode_as(repaired, encoding)
    except UnicodeEncodeError:
        raise OutputError(target, f"the repairs cannot be written in the file's encoding ({encoding}); nothing was written") from None
    orig = _backup_name(target, data)
    written = None
    if orig is not None:
        real, _st = resolve_output(target, allow_inputs=True)
        with open_output(orig, "wb", allow_inputs=True) as fh:
            fh.write(data)
        # the .orig keeps the original's permission bits too
        try:
            os.chmod(orig, stat.S_IMODE(os.stat(real).st_mode))
        except OSError:
            pass
        written = orig
    try:
        write_bytes(target, out, allow_inputs=True)
    except BaseException:  # nothing was written: the .orig made for this write goes too
        if written is not None:
            try:
                os.unlink(written)
            except OSError:
                pass
        raise
    return written


def _backup_name(target: str, data: bytes) -> str | None:
    """Where `fix --write` keeps the bytes target holds before its repair: TARGET.orig, else (taken by other
    bytes) the first free TARGET.orig.N; None when one of them already holds exactly these bytes. Only a regular
    file that is not the target itself can hold them: a .orig linking to the target (HOSTILE25 #5) reads as the
    target's bytes, and the repair would then replace the only copy of the text before it."""
    from transqa.load.decode import read_head

    for n in range(1000):
        name = target + (".orig" if n == 0 else f".orig.{n}")
        if not os.path.lexists(name):
            return name
        if _separate_file(name, target) and read_head(name, len(data) + 1) == data:
            return None
    raise OutputError(target, "has a thousand .orig backups already; nothing was written")


def _separate_file(name: str, target: str) -> bool:
    """A regular file, not a symbolic link, and not the target's own file (a hard link of it)."""
    try:
        if not stat.S_ISREG(os.lstat(name).st_mode):
            return False
        return not os.path.samefile(name, target)
    except OSError:
        return False


@contextmanager
def open_atomic(path: str | Path, what: str = "output") -> Iterator[IO[str]]:
    """A UTF-8 text file (newlines as \\n) written through open_output: it replaces `path` when the
    block ends without an exception and is removed when it raises (output written in pieces)."""
    with open_output(path, "w", encoding="utf-8", newline="\n", what=what) as fh:
        yield fh
