"""What an archive maintainer met in a first hour with transqa: the index notice, progress of a resumed run,
the Wayback endpoint, the audit summary's rule table, worst articles and sections."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.wayback_server import Wayback

from transqa.cli import main

SAMPLES = ROOT / "corpora" / "samples"


def _three(tmp_path: Path) -> Path:
    folder = tmp_path / "zh"
    folder.mkdir()
    for name in ("solar-startup", "chip-merger", "battery-recall"):
        shutil.copy(SAMPLES / f"{name}.zh.md", folder / f"{name}.zh.md")
    return folder


# 2. the first run sat at "starting the workers… 0/500" for ~30 s, saying nothing, while the index was built

def test_the_first_run_says_it_builds_the_dictionary_index(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit import run

    built: list[bool] = []
    monkeypatch.setattr(run, "index_missing", lambda: True)
    monkeypatch.setattr(run, "build_index", lambda: built.append(True))
    args = ["audit", str(_three(tmp_path)), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl"), "--no-progress", "-j", "1"]
    main(args)
    err = capsys.readouterr().err
    assert built == [True] and err.count("building the dictionary index") == 1
    assert "transqa: notice: building the dictionary index (once per version of transqa and of its dictionary, about" in err
    main(args)  # everything from the result store: nothing to build, nothing said
    assert built == [True] and "dictionary index" not in capsys.readouterr().err
    monkeypatch.setattr(run, "index_missing", lambda: False)
    main([*args, "--no-cache"])
    assert built == [True] and "dictionary index" not in capsys.readouterr().err


def test_an_empty_cache_folder_lacks_the_index_and_building_it_fills_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit.worker import build_index, index_missing

    if index_missing():  # another checkout of another version sharing the cache folder pruned this version's index
        build_index()
    assert not index_missing()
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "empty"))
    assert index_missing()


# 3. a resumed run showed "324/500 1,797/s", then "164/s ETA 0:05:16" for a job of 20 s

def test_the_rate_and_eta_count_only_the_articles_checked_in_this_run() -> None:
    from transqa.report.progress import rate_and_eta

    assert rate_and_eta(0, 5.0, 176) == ("", "")  # nothing checked yet: no rate, no guess
    assert rate_and_eta(10, 2.0, 166) == ("5.0/s", "ETA 0:00:33")
    assert rate_and_eta(300, 20.0, 0) == ("15/s", "ETA 0:00:00")


def test_results_from_the_store_are_not_counted_in_the_rate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The bar reads a fake clock: on the real one the test's own run time entered the rate under load (release 47).
    from tests.helpers import audit_bar_on_a_fake_clock

    audit_bar, buf, clock = audit_bar_on_a_fake_clock(monkeypatch)
    with audit_bar as bar:
        bar.found(500)
        assert bar.callback is not None
        bar.callback(324, False)
        bar._bar.refresh()  # type: ignore[union-attr]
        assert "324/500" in buf.getvalue() and "/s" not in buf.getvalue()
        bar._checked = 0
        clock[0] += 10.0  # ten seconds of this run
        bar.callback(5, True)
        bar._bar.refresh()  # type: ignore[union-attr]
        assert "0.5/s" in buf.getvalue() and "ETA 0:05:42" in buf.getvalue()


def test_the_audit_tells_the_bar_which_results_came_from_the_store(tmp_path: Path) -> None:
    from transqa.audit.discover import from_paths
    from transqa.audit.run import run_audit
    from transqa.audit.store import Store

    jobs = from_paths([str(_three(tmp_path))], None, None, None)
    store = Store(str(tmp_path / "s.sqlite"))
    calls: list[tuple[int, bool]] = []
    list(run_audit(jobs[:2], store, progress=lambda n, checked: calls.append((n, checked))))
    assert calls == [(1, True), (1, True)]
    calls.clear()
    list(run_audit(jobs, store, progress=lambda n, checked: calls.append((n, checked))))
    assert calls == [(2, False), (1, True)]
    store.close()


# 4. README said `pip install 'transqa[dask]'`; from the checkout a newcomer needs `.venv/bin/pip install '.[dask]'`

def test_without_dask_the_error_says_both_installs(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import fails as without the extra
    assert main(["audit", str(_three(tmp_path)), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl"),
                 "--no-progress", "--executor", "dask"]) == 2
    err = capsys.readouterr().err
    # one error line; a notice that the dictionary index is being built may come first (a stale on-disk index)
    lines = [line for line in err.splitlines() if "notice: building the dictionary index" not in line]
    assert "pip install 'transqa[dask]'" in err and ".venv/bin/pip install -e '.[dask]'" in err and len(lines) == 1


# 5. a static server as the endpoint said "not-archived: …404"; `http://127.0.0.1:` failed later as "network"

def test_an_endpoint_that_is_not_a_wayback_server_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        code = main(["fetch", "https://example.com/news/kestrel-orbis", "--wayback-endpoint", f"http://127.0.0.1:{httpd.server_address[1]}",
                     "--cache-dir", str(tmp_path / "c"), "--fetch-timeout", "3"])
    finally:
        httpd.shutdown()
        httpd.server_close()
    err = capsys.readouterr().err
    assert code == 2 and "is not a Wayback server" in err and "not-archived" not in err


@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:", "127.0.0.1:8000", "ftp://example.com", "http://:80", "http://127.0.0.1:99999"])
def test_a_malformed_endpoint_is_a_usage_error_at_once(endpoint: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a.zh.md"
    shutil.copy(SAMPLES / "chip-merger.zh.md", target)
    for args in (["fetch", str(target)], ["check", str(target), "--fetch-source"],
                 ["audit", str(tmp_path), "--fetch-source", "--store", str(tmp_path / "s.sqlite"), "--no-progress"]):
        assert main([*args, "--wayback-endpoint", endpoint, "--cache-dir", str(tmp_path / "c")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(f"transqa: error: --wayback-endpoint '{endpoint}' is not an http(s) URL")
    assert not (tmp_path / "s.sqlite").exists() and not (tmp_path / "c").exists()


def test_the_stand_in_wayback_server_serves_a_page_for_a_try(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # README: `python -m tests.wayback_server URL PAGE.html` from the checkout; the same server as here
    from tests import wayback_server

    assert wayback_server.main(["only-one"]) == 2
    with Wayback() as wb:
        wb.add("https://example.com/news/kestrel-orbis", (SAMPLES / "chip-merger.en.html").read_bytes())
        assert main(["fetch", "https://example.com/news/kestrel-orbis", "--wayback-endpoint", wb.endpoint,
                     "--cache-dir", str(tmp_path / "c")]) == 0


# 6-8. the summary's rule table, the worst articles, the same sections in text and HTML

def _summaries(tmp_path: Path) -> tuple[dict[str, object], str, str]:
    base = ["audit", str(SAMPLES), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl"), "--no-progress", "-q"]
    for ext in ("json", "txt", "html"):
        main([*base, "--summary", str(tmp_path / f"sum.{ext}")])
    return (json.loads((tmp_path / "sum.json").read_text(encoding="utf-8")), (tmp_path / "sum.txt").read_text(encoding="utf-8"),
            (tmp_path / "sum.html").read_text(encoding="utf-8"))


def test_the_rule_table_gives_severity_articles_and_a_place(tmp_path: Path) -> None:
    d, text, page = _summaries(tmp_path)
    rows = d["by_rule"]
    assert isinstance(rows, list)
    for r in rows:
        assert r["severity"] in ("error", "warning", "info") and 1 <= r["articles"] <= r["count"]
        path, _, line = r["example"].rpartition(":")
        assert Path(path).is_file() and line.isdigit()
    assert any(r["articles"] < r["count"] for r in rows)  # a rule repeating in an article: the columns differ
    assert "severity findings articles /1k chars  for example" in text
    first = rows[0]
    assert any(ln.split()[:5] == [first["code"], first["rule"], first["severity"], str(first["count"]), str(first["articles"])]
               for ln in text.splitlines())
    assert "<th>severity</th><th class=n>findings</th><th class=n>articles</th>" in page and "<th>for example</th>" in page


def test_a_cosmetic_error_repeated_does_not_outrank_several_rules_errors() -> None:
    from transqa.audit.summary import article_score

    repeated = article_score(Counter({("TQA207", "error"): 12}), 3000)  # one full-width separator per number
    several = article_score(Counter({("TQA101", "error"): 1, ("TQA201", "error"): 1, ("TQA302", "error"): 1,
                                     ("TQA310", "warning"): 1}), 3000)
    assert repeated < several
    assert article_score(Counter({("TQA304", "info"): 1}), 150) < article_score(Counter({("TQA201", "error"): 2, ("TQA504", "warning"): 5}), 4000)


def test_the_text_summary_has_the_sections_of_the_html_page(tmp_path: Path) -> None:
    # one folder audited: the HTML had a "By folder" table, the text no such section
    _, text, page = _summaries(tmp_path)
    for title in ("by rule", "by category", "articles by score", "by folder", "by year"):
        assert any(ln.lower().startswith(title) for ln in text.splitlines()), title
        assert f"<h2>{title.capitalize()}</h2>" in page, title


# 9. `[Imagine K12 】(…)`: "open it with 【 or delete it", where the link's closing bracket was written full width

@pytest.mark.parametrize("line", ["我们看到了一些想法，比如 [Imagine K12 】,我相信他会很感激的。](https://example.com/imagine-k12)",
                                  "他们加入了 [Imagine K12 】(https://example.com/imagine-k12) 孵化器。"])
def test_a_link_s_closing_bracket_written_full_width_is_suggested_as_ascii(line: str, tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a.zh.md"
    target.write_text(f"# 标题\n\n{line}\n", encoding="utf-8")
    main(["check", str(target), "--format", "json", "--select", "TQA503"])
    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    assert [f["suggestion"] for f in findings] == ["write ] instead: it closes the link's text, written full width"]


def test_a_full_width_bracket_outside_a_link_keeps_its_suggestion(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a.zh.md"
    target.write_text("# 标题\n\n他们说 Imagine K12 】是一家孵化器。\n", encoding="utf-8")
    main(["check", str(target), "--format", "json", "--select", "TQA503"])
    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    assert [f["suggestion"] for f in findings] == ["open it with “【” or delete it"]
