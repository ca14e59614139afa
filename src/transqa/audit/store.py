"""The result store: SQLite, one row per checked pair, keyed by a hash of everything the result depends on.

Each result is committed as soon as it is known (WAL journal), so an audit killed at any moment
resumes from what was stored, and a rerun skips unchanged pairs.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from pathlib import Path
from typing import Any

from transqa.audit.discover import Job
from transqa.codec import decode_record
from transqa.load.decode import hash_file
from transqa.registry import rules
from transqa.result import AuditRecord

# `PRAGMA application_id` of a transqa result store ("tqas"), set since release 29: a database that --store names is used
# only when it is new or empty, carries this mark, or is a store of an earlier release (hostile29 #5)
APPLICATION_ID = 0x74716173
_SQLITE_HEADER = b"SQLite format 3\x00"


def foreign_database(path: str) -> str | None:
    """What an existing SQLite database at `path` holds when it is not a transqa result store (`the tables other, t2`),
    read without writing to it (SQLite's immutable mode); None for a missing or empty file, an SQLite database with no
    table, a store transqa marked (APPLICATION_ID) or one of an earlier release (a table `results` (key, line) alone),
    and for a file that is not an SQLite database at all (Store then gives its notice and writes nothing: it cannot
    open it). Hostile29 #5: a mistyped `--store app.db` got transqa's table and was switched to WAL for good."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError:
        return None
    if len(head) < 100 or not head.startswith(_SQLITE_HEADER):
        return None
    if int.from_bytes(head[68:72], "big") == APPLICATION_ID:
        return None
    try:
        db = sqlite3.connect(Path(path).absolute().as_uri() + "?immutable=1", uri=True)
        try:
            tables = [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            columns = [c[1] for c in db.execute("PRAGMA table_info(results)")]
        finally:
            db.close()
    except sqlite3.Error:
        return None
    if not tables or (tables == ["results"] and columns == ["key", "line"]):
        return None
    if "results" in tables:
        return "its table `results` is not a transqa store's"
    return f"it is an SQLite database of another program (its tables: {', '.join(tables[:5])}{' …' if len(tables) > 5 else ''})"


PAGE_FORMAT = b"tqa-page/1\n"
"""The first bytes of a stored --html-dir page (the `pages` table: the page's UTF-8 text, zlib-compressed, after this
mark). A stored page in another format, or damaged, is not one (unpack_page): its article is checked again. About
3.7 kB a page: the 300-article archive sample's pages, 2.77 MB of HTML, are 1.11 MB so (zlib level 6, release 41)."""


def pack_page(page: str) -> bytes:
    """An article's --html-dir page (its HTML text) as the `pages` table stores it: PAGE_FORMAT, then zlib."""
    return PAGE_FORMAT + zlib.compress(page.encode("utf-8", "surrogatepass"), 6)


def unpack_page(blob: object) -> str | None:
    """The page text of a stored blob (pack_page), or None when it is not one (another format, damaged)."""
    if not isinstance(blob, bytes) or not blob.startswith(PAGE_FORMAT):
        return None
    try:
        return zlib.decompress(blob[len(PAGE_FORMAT):]).decode("utf-8", "surrogatepass")
    except (zlib.error, UnicodeDecodeError):
        return None


def job_key(job: Job, signature: str) -> str:
    """sha256 of the signature, the three paths and the bytes of the files: a pair whose files or build change
    is checked again."""
    h = hashlib.sha256()
    h.update(signature.encode())
    for path in (job.target, job.source, job.reference):
        h.update(b"\x00" + (path or "").encode("utf-8", "surrogateescape") + b"\x00")
        if path:
            hash_file(h, path)  # in chunks, regular files only
    return h.hexdigest()


def _readable(line: object) -> AuditRecord | None:
    """A stored line read as an audit record (a JSON object naming its target, whose findings, error and stats
    decode); None when it is not one: malformed, nested too deeply for json (RecursionError), or of another shape
    (a finding without its code was exit 3), or whose findings are not a list of findings of known rules (HOSTILE25
    #6: an unknown code was exit 3 in SARIF, `"findings": null` read as a clean article and passed the gate)."""
    if not isinstance(line, str):
        return None
    try:
        doc = json.loads(line)
        if not isinstance(doc, dict) or not isinstance(doc.get("target"), str) or not isinstance(doc.get("findings"), list):
            return None
        record = decode_record(line, doc)
        known = rules()
        return record if all(f.code in known for f in record.findings) else None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


class Store:
    """The SQLite result store: key → JSON line, committed per result (WAL), so a killed audit resumes; and, for the
    articles an --html-dir audit checked, key → its page (the `pages` table, pack_page), so that a rerun or a resumed
    run writes the pages without checking an article again. A row of `results` without its page (stored by a run
    without --html-dir, or by a release before 41, whose stores have no `pages` table) is a miss for an --html-dir run.
    The store is a cache: when it cannot be opened or written (a full disk, a read-only folder, a
    corrupt file) the audit goes on without it and .problem says why, once."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problem = ""
        self.unreadable = 0  # stored rows that get_many found damaged (not a JSON result) and left out
        # the records of the lines get_many served, as it decoded them to see they were whole: taken by read() instead of
        # decoding each line a second time
        self.docs: dict[str, AuditRecord] = {}
        self.db: sqlite3.Connection | None = None
        try:
            directory = os.path.dirname(os.path.abspath(path))
            os.makedirs(directory, exist_ok=True)
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, line TEXT NOT NULL)")
            self.db.execute("CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, page BLOB NOT NULL)")
            self.db.execute(f"PRAGMA application_id={APPLICATION_ID}")  # the mark foreign_database knows a store by
        except (sqlite3.Error, OSError) as exc:
            self._fail(exc)

    def _fail(self, exc: Exception) -> None:
        if isinstance(exc, FileExistsError):  # makedirs met a file where the folder should be
            reason = f"{exc.filename} is a file, not a folder"
        else:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        self.problem = self.problem or f"the result store {self.path} cannot be used ({reason}): results are not stored"
        self.close()

    def get_many(self, keys: list[str]) -> dict[str, str]:
        """The stored lines of the keys that have one (queried 500 at a time)."""
        out: dict[str, str] = {}
        for key, line in self._rows("SELECT key, line FROM results", keys):
            record = _readable(line)
            if record is not None:
                out[key] = line
                self.docs[line] = record
            else:  # a damaged row is a miss: its article is checked again and the row replaced
                self.unreadable += 1
        return out

    def _rows(self, select: str, keys: list[str]) -> list[tuple[Any, Any]]:
        """The (key, value) rows of `select` (a `SELECT key, col FROM table`) for the keys, queried 500 at a time; none
        when the store is off or fails (the failure recorded: results are then not stored)."""
        rows: list[tuple[Any, Any]] = []
        if self.db is None:
            return rows
        try:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                rows += self.db.execute(f"{select} WHERE key IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        except sqlite3.Error as exc:
            self._fail(exc)
        return rows

    def get_pages(self, keys: list[str]) -> dict[str, bytes]:
        """The stored pages (pack_page blobs) of the keys that have a readable one (queried 500 at a time); a page in
        another format or damaged (a body that does not decompress: unpack_page's test, the one test of a page) is left
        out: its article is checked again, on the workers, and the page replaced."""
        return {key: blob for key, blob in self._rows("SELECT key, page FROM pages", keys) if unpack_page(blob) is not None}

    def read(self, line: str) -> AuditRecord | None:
        """The audit record of a line get_many served (once: it is then forgotten), None for any other line."""
        return self.docs.pop(line, None)

    def put(self, key: str, line: str, page: bytes | None = None) -> bool:
        """Store (or replace) a result line, and its --html-dir page when given (pack_page; stored first: a run killed
        between the two leaves a page without its result, which no run reads, never a result without its page);
        False when it could not be (the store has failed)."""
        if self.db is None:
            return False
        try:
            if page is not None:
                self.db.execute("INSERT OR REPLACE INTO pages (key, page) VALUES (?, ?)", (key, page))
            self.db.execute("INSERT OR REPLACE INTO results (key, line) VALUES (?, ?)", (key, line))
        except sqlite3.Error as exc:
            self._fail(exc)
            return False
        return True

    def close(self) -> None:
        """Close the database."""
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None
