"""Baselines for legacy corpora: findings recorded once, then not reported again.

Keyed by file and finding fingerprint (the rule and the text on both sides, not line numbers), so a
baseline survives unrelated edits of the file; a fingerprint recorded n times hides n findings.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from transqa.errors import InputError
from transqa.findings import Finding
from transqa.load.decode import read_bytes

SCHEMA = "transqa.baseline/1"


def _key(base_dir: str, target: str) -> str:
    try:
        return os.path.relpath(os.path.abspath(target), base_dir).replace(os.sep, "/")
    except ValueError:
        return Path(target).as_posix()


def load_baseline(path: str) -> dict[str, Counter[str]]:
    """A baseline file as {target path relative to the baseline: Counter of fingerprints}. Raises InputError
    when it is missing, not JSON or not transqa.baseline/1."""
    try:
        data = json.loads(read_bytes(path).decode("utf-8"))
    except InputError as exc:
        raise InputError(path, "no such baseline file" if exc.kind == "missing" else exc.message, exc.kind) from None
    except ValueError as exc:
        raise InputError(path, f"not a baseline (invalid JSON: {exc})", "baseline") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(path, f"not a baseline (expected schema {SCHEMA})", "baseline")
    return {k: Counter(v) for k, v in data.get("files", {}).items()}


def filter_baseline(baseline_path: str, table: dict[str, Counter[str]], target: str, findings: list[Finding]) -> tuple[list[Finding], int]:
    """The findings the baseline does not record (a fingerprint recorded n times hides n findings), and how
    many were hidden."""
    left = Counter(table.get(_key(os.path.dirname(os.path.abspath(baseline_path)), target), {}))
    kept: list[Finding] = []
    hidden = 0
    for f in findings:
        if left[f.fingerprint] > 0:
            left[f.fingerprint] -= 1
            hidden += 1
        else:
            kept.append(f)
    return kept, hidden


def baseline_json(baseline_path: str, items: list[tuple[str, list[str]]], signature: str | None = None) -> str:
    """The baseline file: items are (target path, fingerprints of its findings); `signature` (the
    build's, transqa.signature) is recorded when given and ignored when read."""
    base = os.path.dirname(os.path.abspath(baseline_path))
    files: dict[str, dict[str, int]] = {}
    for target, fingerprints in items:
        c = Counter(fingerprints)
        if c:
            files[_key(base, target)] = dict(sorted(c.items()))
    head: dict[str, object] = {"schema": SCHEMA}
    if signature is not None:
        head["signature"] = signature
    return json.dumps({**head, "files": dict(sorted(files.items()))}, indent=2) + "\n"
