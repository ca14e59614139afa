"""Audit benchmark on the real TechCrunch translations of ../shared (target-only).

    make bench-audit

Prints, for 1,000, 2,000 and all (~4,000) articles audited with --jobs 2: articles per second and
peak memory per worker; then kills an audit with SIGKILL at about half-way, resumes it and compares
the JSONL with an uninterrupted run's, byte for byte; then runs the audit on a Dask LocalCluster
(127.0.0.1) and compares its JSONL with the local run's.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manifest(files: list[Path], folder: Path) -> Path:
    m = folder / f"manifest-{len(files)}.csv"
    m.write_text("source,target\n" + "".join(f",{p}\n" for p in files), encoding="utf-8")
    return m


def audit(m: Path, store: Path, out: Path, *extra: str) -> tuple[float, str]:
    cmd = [sys.executable, "-m", "transqa", "audit", "--manifest", str(m), "--store", str(store), "-o", str(out), "--no-progress", "--jobs", "2", *extra]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    dt = time.perf_counter() - t0
    if proc.returncode not in (0, 1, 2):
        raise SystemExit(f"audit failed ({proc.returncode}): {proc.stderr.strip()}")
    return dt, proc.stdout


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    corpus = args.shared / "corpora/techcrunch-zh"
    if not corpus.exists():
        print(f"needs {corpus}", file=sys.stderr)
        return 2
    files = sorted(p.resolve() for p in corpus.rglob("*.md"))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print("| articles | seconds | articles/s | peak memory per worker (MB) |")
        print("|---|---|---|---|")
        for n in (1000, 2000, len(files)):
            m = manifest(files[:n], work)
            dt, out = audit(m, work / f"s{n}.sqlite", work / f"o{n}.jsonl", "--no-cache")
            mem = re.search(r"peak worker memory (\d+) MB", out)
            print(f"| {n} | {dt:.2f} | {n / dt:.0f} | {mem.group(1) if mem else '?'} |")
        # kill -9 at about half-way, then resume
        m = manifest(files, work)
        full = work / f"o{len(files)}.jsonl"
        store = work / "kill.sqlite"
        out = work / "resumed.jsonl"
        cmd = [sys.executable, "-m", "transqa", "audit", "--manifest", str(m), "--store", str(store), "-o", str(out), "--no-progress", "--jobs", "2"]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        stored = 0
        while proc.poll() is None:
            time.sleep(0.02)
            try:
                with sqlite3.connect(store) as db:
                    stored = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= len(files) // 2:
                os.killpg(proc.pid, signal.SIGKILL)
                break
        proc.wait()
        with sqlite3.connect(store) as db:
            kept = db.execute("SELECT COUNT(*) FROM results").fetchone()[0]
        audit(m, store, out)
        same = out.read_bytes() == full.read_bytes()
        print(f"\nkill -9 after {kept} of {len(files)} results (exit {proc.returncode}), then resumed: JSONL identical to an uninterrupted run: {same}")
        # Dask LocalCluster on loopback
        try:
            import dask.distributed  # noqa: F401
        except ImportError:
            print("Dask: not installed (pip install 'transqa[dask]')")
            return 0 if same else 1
        m = manifest(files[:1000], work)
        dt, _ = audit(m, work / "dask.sqlite", work / "dask.jsonl", "--executor", "dask", "--no-cache")
        equal = (work / "dask.jsonl").read_bytes() == (work / "o1000.jsonl").read_bytes()
        print(f"Dask LocalCluster (127.0.0.1, 2 workers), 1000 articles: {1000 / dt:.0f} articles/s; JSONL identical to the local run: {equal}")
        return 0 if same and equal else 1


if __name__ == "__main__":
    raise SystemExit(main())
