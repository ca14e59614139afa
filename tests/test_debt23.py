"""Release twenty-three's debt: the mends of review 22 that could drift in behaviour, each pinned."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_from_paths_keeps_every_field_of_a_job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """from_paths renumbers the jobs it gathers; every other field stays (it rebuilt them field by field and lost
    source_name, how reports name a fetched original)."""
    from transqa.audit import discover

    job = discover.Job(7, "a.zh.md", "cache/x.html", None, "g", "2020", source_name="https://example.com/a", note="n")
    monkeypatch.setattr(discover, "from_folder", lambda *args: [job])
    (got,) = discover.from_paths([str(tmp_path)])
    assert got == discover.Job(0, "a.zh.md", "cache/x.html", None, "g", "2020", source_name="https://example.com/a", note="n")
