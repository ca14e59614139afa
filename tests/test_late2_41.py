"""Release forty-one, late2 (issue 21, archive maintainers): `audit --html-dir` checks each article once. Each page is
rendered by the worker that checked its article and stored with its result (the store's `pages` table), so a run, a
rerun and a resumed run write the pages without checking an article a second time in the command's own process."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import transqa.audit.worker as worker
import transqa.engine as engine
from transqa.audit.store import pack_page, unpack_page
from transqa.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
# a pair with its original, one translation alone, a pair with an HTML original
ARTICLES = ("wind-farm", "solar-startup", "chip-merger")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for stem in ARTICLES:
        shutil.copy(SAMPLES / f"{stem}.zh.md", folder / f"{stem}.zh.md")
    for original in ("wind-farm.en.md", "chip-merger.en.html"):
        shutil.copy(SAMPLES / original, folder / original)
    return folder


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every check of an article made in this process (the workers of --jobs 1 run here), by its target."""
    made: list[str] = []
    real: Callable[..., Any] = engine.check_or_error

    def counted(source: str | None, target: str, *args: Any, **kwargs: Any) -> Any:
        made.append(target)
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(engine, "check_or_error", counted)
    monkeypatch.setattr(worker, "check_or_error", counted)
    return made


def _audit(folder: Path, store: Path, site: Path | None, *extra: str) -> int:
    html = ["--html-dir", str(site)] if site is not None else []
    return main(["audit", str(folder), "--store", str(store), *html, "--no-progress", "-q", "--format", "concise",
                 "-o", str(store.parent / "r.txt"), "--jobs", "1", *extra])


def _pages(site: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(site.iterdir())}


def _today(folder: Path, site: Path) -> dict[str, bytes]:
    """The pages as the audit wrote them before release 41: each article checked again and rendered in the command's
    process (its page's name, its back link to index.html), here rendered from a fresh check."""
    from transqa.report import render_html

    out = {}
    for name in sorted(site.iterdir()):
        if name.name == "index.html":
            continue
        stem = name.name.split("-", 1)[1].removesuffix(".zh.html")
        target = folder / f"{stem}.zh.md"
        originals = sorted(folder.glob(f"{stem}.en.*"))
        result = engine.check_or_error(str(originals[0]) if originals else None, str(target))
        out[name.name] = render_html([result], back="index.html").encode("utf-8")
    return out


def test_an_html_dir_audit_checks_each_article_once(tmp_path: Path, checks: list[str]) -> None:
    folder = _folder(tmp_path)
    site = tmp_path / "site"
    assert _audit(folder, tmp_path / "s.sqlite", site, "--no-cache") == 1
    assert sorted(checks) == sorted(str(folder / f"{s}.zh.md") for s in ARTICLES)  # was 6: each article twice
    written = _pages(site)
    assert len(written) == len(ARTICLES) + 1
    checks.clear()
    today = _today(folder, site)
    assert {k: v for k, v in written.items() if k != "index.html"} == today  # the pages of before, byte for byte


def test_a_rerun_and_an_old_stores_rows_give_the_same_pages(tmp_path: Path, checks: list[str]) -> None:
    folder = _folder(tmp_path)
    store = tmp_path / "s.sqlite"
    assert _audit(folder, store, None) == 1  # a run without --html-dir: results stored, no page
    assert len(checks) == len(ARTICLES)
    checks.clear()
    first = tmp_path / "first"
    assert _audit(folder, store, first) == 1  # rows without their page: each article checked once more, not twice
    assert len(checks) == len(ARTICLES)
    checks.clear()
    again = tmp_path / "again"
    assert _audit(folder, store, again) == 1  # every page now stored: nothing checked
    assert checks == []
    assert _pages(again) == _pages(first)
    # a damaged or other-format page is not one: that article is checked again, and its page is the same
    db = sqlite3.connect(store)
    key = db.execute("SELECT key FROM pages LIMIT 1").fetchone()[0]
    db.execute("UPDATE pages SET page = ? WHERE key = ?", (b"tqa-page/9\nzz", key))
    db.commit()
    db.close()
    third = tmp_path / "third"
    assert _audit(folder, store, third) == 1
    assert len(checks) == 1
    assert _pages(third) == _pages(first)
    # a page of this format whose body is damaged (not zlib) is not one either: checked again, and its page replaced
    db = sqlite3.connect(store)
    db.execute("UPDATE pages SET page = ? WHERE key = ?", (b"tqa-page/1\nnot zlib", key))
    db.commit()
    db.close()
    checks.clear()
    fourth = tmp_path / "fourth"
    assert _audit(folder, store, fourth) == 1
    assert len(checks) == 1 and _pages(fourth) == _pages(first)
    checks.clear()
    assert _audit(folder, store, tmp_path / "fifth") == 1
    assert checks == []  # the damaged page was replaced: nothing checked


def test_a_store_of_before_release_41_without_a_pages_table_still_works(tmp_path: Path, checks: list[str]) -> None:
    folder = _folder(tmp_path)
    store = tmp_path / "old.sqlite"
    assert _audit(folder, store, None) == 1
    db = sqlite3.connect(store)
    db.execute("DROP TABLE pages")  # as an earlier release made it: the results table alone
    db.commit()
    db.close()
    checks.clear()
    site = tmp_path / "site"
    assert _audit(folder, store, site) == 1
    assert len(checks) == len(ARTICLES)
    checks.clear()
    assert _pages(site) == {**_today(folder, site), "index.html": (site / "index.html").read_bytes()}


def test_pages_are_packed_with_their_format(tmp_path: Path) -> None:
    page = "<!doctype html>\n<p>风电 \ud800 x</p>\n"  # a lone surrogate (a file name decoded with surrogateescape) survives
    blob = pack_page(page)
    assert blob.startswith(b"tqa-page/1\n") and unpack_page(blob) == page
    assert unpack_page(b"tqa-page/1\nnot zlib") is None
    assert unpack_page(page.encode("utf-8", "surrogatepass")) is None  # another format: not a page
    assert unpack_page(None) is None
