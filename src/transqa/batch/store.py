"""The result store: SQLite, one row per checked pair, keyed by a hash of everything the result depends on.

Each result is committed as soon as it is known (WAL journal), so an audit killed at any moment
resumes from what was stored, and a rerun skips unchanged pairs.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3

from transqa.batch.discover import Job
from transqa.load.decode import hash_file


def job_key(job: Job, signature: str) -> str:
    h = hashlib.sha256()
    h.update(signature.encode())
    for path in (job.target, job.source, job.reference):
        h.update(b"\x00" + (path or "").encode("utf-8", "surrogateescape") + b"\x00")
        if path:
            hash_file(h, path)  # in chunks, regular files only
    return h.hexdigest()


class Store:
    def __init__(self, path: str) -> None:
        directory = os.path.dirname(os.path.abspath(path))
        os.makedirs(directory, exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, line TEXT NOT NULL)")

    def get_many(self, keys: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            q = "SELECT key, line FROM results WHERE key IN ({})".format(",".join("?" * len(chunk)))
            out.update(self.db.execute(q, chunk).fetchall())
        return out

    def put(self, key: str, line: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO results (key, line) VALUES (?, ?)", (key, line))

    def close(self) -> None:
        self.db.close()
