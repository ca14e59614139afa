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


def test_finding_the_original_by_name_stops_at_the_fourth_match(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nine pages could be the original of a.zh.md: the note names the one used and two passed over, with `…` for
    the rest, and no page's head is read past the fourth match (every candidate was probed and every page read)."""
    from transqa.audit import discover

    target = tmp_path / "zh" / "a.zh.md"
    target.parent.mkdir()
    target.write_text("# 标题\n", encoding="utf-8")
    originals = tmp_path / "en"
    originals.mkdir()
    for ext in (".html", ".htm", ".md", ".markdown", ".txt"):
        (originals / f"a.en{ext}").write_text("<p>x</p>", encoding="utf-8")
        (originals / f"a{ext}").write_text("<p>x</p>", encoding="utf-8")
    read: list[str] = []
    real = discover.written_by_transqa
    monkeypatch.setattr(discover, "written_by_transqa", lambda p: read.append(p) or real(p))
    source, note = discover._find_by_name("a", ".", [str(originals)], str(target))
    en = originals
    assert source == str(en / "a.en.html")
    assert note == f"{target}: checked against {en / 'a.en.html'}, not {en / 'a.en.htm'}, {en / 'a.en.md'} … (an original named slug.en.* comes first)"
    assert read == [str(en / "a.en.html"), str(en / "a.en.htm")]
