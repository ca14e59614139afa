"""Fetching originals from a Wayback Machine stand-in on 127.0.0.1 (a real HTTP server)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from tests.conftest import CHIP_URL, ROOT, ZUCK_EN, ZUCK_ZH, need_shared
from tests.wayback_server import Wayback

from transqa.cli import main
from transqa.load.wayback import FetchConfig, Fetcher, FetchError, original_and_timestamp

SAMPLES = ROOT / "corpora" / "samples"


LAST_ERR: list[str] = [""]


def _findings(capsys, args: list[str]) -> tuple[int, dict]:  # noqa: ANN001
    code = main([*args, "--format", "json"])
    captured = capsys.readouterr()
    LAST_ERR[0] = captured.err
    return code, json.loads(captured.out)["documents"][0]


def _key(f: dict) -> tuple:
    return (f["code"], f["message"], json.dumps(f["target"], sort_keys=True), (f["source"] or {}).get("text"))


def test_wayback_url_parts() -> None:
    assert original_and_timestamp("https://web.archive.org/web/20221204105833/https://www.alizila.com/x/") == (
        "https://www.alizila.com/x/", "20221204105833")
    assert original_and_timestamp("https://web.archive.org/web/https://techcrunch.com/2018/09/11/a/") == (
        "https://techcrunch.com/2018/09/11/a/", None)


def test_zuckerberg_fetched_equals_local_then_served_from_cache(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    need_shared(ZUCK_EN, ZUCK_ZH)
    local_code, local = _findings(capsys, ["check", str(ZUCK_EN), str(ZUCK_ZH)])
    cache = tmp_path / "cache"
    with Wayback() as wb:
        wb.add("http://techcrunch.com/2011/08/13/2005-zuckerberg-didnt-want-to-take-over-the-world/", ZUCK_EN.read_bytes())
        args = ["check", str(ZUCK_ZH), "--fetch-source", "--wayback-endpoint", wb.endpoint, "--cache-dir", str(cache)]
        code, fetched = _findings(capsys, args)
        assert code == local_code
        assert any(h.startswith("/cdx/search/cdx") for h in wb.hits)
        assert any("id_/" in h for h in wb.hits)
        hits = len(wb.hits)
        code2, again = _findings(capsys, args)
        assert len(wb.hits) == hits  # the second run is served from the cache alone
    assert sorted(map(_key, fetched["findings"])) == sorted(map(_key, local["findings"]))
    assert fetched["alignment"] == local["alignment"] and again == fetched
    # the report names the original by the capture's URL, not by its cache file (issue 20)
    assert fetched["source"].startswith(wb.endpoint) and "techcrunch.com/2011/08/13/2005-zuckerberg" in fetched["source"]
    # and offline, with the server gone
    code3, offline = _findings(capsys, ["check", str(ZUCK_ZH), "--fetch-source", "--offline", "--cache-dir", str(cache)])
    assert offline == fetched


@pytest.mark.parametrize("mode", ["not-archived", "throttled", "slow", "too-large", "redirect", "offline"])
def test_failure_modes_fall_back_to_target_only(mode: str, chip_translation: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    page = (SAMPLES / "chip-merger.en.html").read_bytes()
    with Wayback() as wb:
        if mode != "not-archived":
            wb.add(CHIP_URL, page if mode != "too-large" else page * 20000)
        if mode == "throttled":
            wb.throttle_once.add("example.com/news/kestrel-orbis")
        if mode == "slow":
            wb.slow.add("example.com/news/kestrel-orbis")
        if mode == "redirect":
            wb.redirect["example.com/news/kestrel-orbis"] = "http://elsewhere.invalid/page"
        args = ["check", str(chip_translation), "--fetch-source", "--wayback-endpoint", wb.endpoint,
                "--cache-dir", str(tmp_path / "c"), "--fetch-timeout", "4" if mode == "throttled" else "1"]  # one total deadline
        if mode == "offline":
            args.append("--offline")
        code, doc = _findings(capsys, args)
    err = LAST_ERR[0]
    if mode == "throttled":  # 429 with Retry-After: waited, retried, fetched
        assert doc["source"] is not None and "TQA102" in {f["code"] for f in doc["findings"]}
        assert err == ""
        return
    expected = {"not-archived": "not-archived", "slow": "timeout", "too-large": "too-large", "redirect": "blocked", "offline": "offline"}[mode]
    assert doc["source"] is None and doc["mode"] == "target-only"
    assert err.count("\n") == 1 and err.startswith("transqa: notice:") and f"({expected}:" in err and "Traceback" not in err
    assert code == 0  # the Chinese alone has no error-level defect here: exit codes as for any target-only check


def test_fetch_command_and_safety(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    with Wayback() as wb:
        wb.add(CHIP_URL, (SAMPLES / "chip-merger.en.html").read_bytes(), "20240315000000")
        out = tmp_path / "page.html"
        assert main(["fetch", f"https://web.archive.org/web/2024/{CHIP_URL}", "--wayback-endpoint", wb.endpoint,
                     "--cache-dir", str(tmp_path / "c"), "-o", str(out)]) == 0
        captured = capsys.readouterr()
        line = captured.out
        assert "captured 20240315000000" in line and line.rstrip().endswith("fetched")
        assert f"wrote the fetched page to {out}" in captured.err  # as the other -o options say (a newcomer)
        assert out.read_bytes() == (SAMPLES / "chip-merger.en.html").read_bytes()
        assert main(["fetch", f"https://web.archive.org/web/2024/{CHIP_URL}", "--wayback-endpoint", wb.endpoint,
                     "--cache-dir", str(tmp_path / "c"), "-o", os.devnull]) == 0
        assert capsys.readouterr().err == ""  # `-o /dev/null`: nothing written worth a notice (as check and audit)
        assert main(["fetch", "ftp://example.com/x", "--wayback-endpoint", wb.endpoint, "--cache-dir", str(tmp_path / "c")]) == 2
        assert "only http and https" in capsys.readouterr().err
    with pytest.raises(FetchError) as exc:
        Fetcher(FetchConfig(endpoint="http://127.0.0.1:9", cache_dir=str(tmp_path / "c"), timeout=0.5, retries=0, rate=0)).fetch("https://example.com/never")
    assert exc.value.kind == "unreachable"  # newcomer 49 item 1: said in words, not as the request's URL
    assert exc.value.message == "the Wayback endpoint (127.0.0.1:9) could not be reached: the connection was refused"


def test_audit_fetch_source(tmp_path: Path, chip_translation: Path, capsys) -> None:  # noqa: ANN001
    folder = tmp_path / "zh"
    folder.mkdir()
    shutil.copy(chip_translation, folder / "kestrel.md")
    shutil.copy(ROOT / "corpora/seed/alibaba-russia-mail-ru.zh.md", folder)
    with Wayback() as wb:
        wb.add(CHIP_URL, (SAMPLES / "chip-merger.en.html").read_bytes())
        out = tmp_path / "o.jsonl"
        main(["audit", str(folder), "--fetch-source", "--wayback-endpoint", wb.endpoint, "--cache-dir", str(tmp_path / "c"),
              "--store", str(tmp_path / "s.sqlite"), "-o", str(out), "--no-progress", "--fetch-rate", "20", "--fetch-timeout", "1"])
    report = capsys.readouterr().out
    assert "originals: 1 fetched, 0 from the cache, 1 not available" in report
    docs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert docs[0]["source"] is None and docs[1]["source"] is not None
    assert docs[1]["source"].startswith(wb.endpoint) and CHIP_URL in docs[1]["source"]  # its URL, not the cache file


def test_fetched_originals_and_audit_results_share_one_user_cache(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    from transqa.cache import user_cache_dir
    from transqa.load.wayback import FetchConfig

    monkeypatch.delenv("TRANSQA_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir() == tmp_path / "xdg" / "transqa"
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "mine"))
    assert FetchConfig().cache_path() == tmp_path / "mine" / "wayback"
    assert FetchConfig(cache_dir=str(tmp_path / "given")).cache_path() == tmp_path / "given" / "wayback"


def test_the_header_of_a_fetched_pair_is_a_command_that_works_and_a_url_as_a_file_is_named_whole(
        chip_translation: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Newcomer 46 item 1: the header named the fetched original by its URL, which `check` took as a path and
    refused as `http:/127.0.0.1:…: no such file` (one slash): the header names the cached copy, and a URL given as a
    file is one line that names it whole and says how to fetch."""
    with Wayback() as wb:
        wb.add(CHIP_URL, (SAMPLES / "chip-merger.en.html").read_bytes())
        main(["check", str(chip_translation), "--fetch-source", "--wayback-endpoint", wb.endpoint,
              "--cache-dir", str(tmp_path / "c"), "--no-color"])
    head = capsys.readouterr().out.splitlines()[0].split()
    assert head[:2] == ["transqa", "check"] and head[-1] == str(chip_translation)
    assert Path(head[2]).is_file() and Path(head[2]).is_relative_to(tmp_path / "c")  # the cached original, a file
    url = f"{wb.endpoint}/web/20050101000000id_/{CHIP_URL}"
    assert main(["check", url, str(chip_translation)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{url}: a URL, not a file" in err and "--fetch-source" in err
