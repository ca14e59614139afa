"""Release forty, a newcomer's findings as a publication pipeline and archive maintainer (helper newmend)."""

from __future__ import annotations

from pathlib import Path

import pytest

from transqa.config import Settings
from transqa.engine import check_paths

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "techcrunch-zh"
NATIVE_CLIENT = SHARED / "techcrunch-blog-zh-2007-2014" / "docs" / "chrome-native-client.md"


def _seen(path: Path, settings: Settings) -> list[tuple[str, int, int]]:
    result = check_paths(None, str(path), settings)
    return sorted((f.code, f.target.offset if f.target else -1, f.target.end_offset if f.target else -1) for f in result.findings)


@pytest.mark.skipif(not NATIVE_CLIENT.exists(), reason="needs the techcrunch-zh archive in ../shared")
def test_ignoring_a_rule_makes_no_other_fire() -> None:
    """Item 2: `--ignore TQA316` (or per-file-ignores) made two TQA323 appear on the titles TQA316 points at.
    Ignoring any one rule leaves every other rule's findings as the full run reports them."""
    full = _seen(NATIVE_CLIENT, Settings())
    codes = sorted({c for c, _s, _e in full})
    assert "TQA316" in codes
    for code in codes:
        assert _seen(NATIVE_CLIENT, Settings(ignore=(code,))) == [x for x in full if x[0] != code], code
    pfi = Settings(per_file_ignores=(("chrome-*.md", ("TQA316",)),))
    assert _seen(NATIVE_CLIENT, pfi) == [x for x in full if x[0] != "TQA316"]


def test_translated_name_quotes_the_whole_word(tmp_path: Path) -> None:
    """Item 3: TQA316 quoted “原生客户” inside 原生客户端, and its suggestion would leave `Native Client端`: each place
    takes the longest rendering of the name standing there (client: 客户, 客户端)."""
    path = tmp_path / "native-client.md"
    path.write_text("# 谷歌发布原生客户端插件\n\n谷歌今天发布了 Native Client 插件，让网页运行本地代码。\n\n"
                    "开发者可以下载 Native Client 的源代码。\n", encoding="utf-8")
    found = [f for f in check_paths(None, str(path)).findings if f.code == "TQA316"]
    assert [(f.target.text, f.suggestion) for f in found if f.target] == [("原生客户端", "Native Client")]
    assert "“原生客户端”" in found[0].message


def _regions(sarif: str) -> list[tuple[str, dict[str, object], list[int]]]:
    import json

    out = []
    for r in json.loads(sarif)["runs"][0]["results"]:
        fixes = r.get("fixes") or [{"artifactChanges": [{"replacements": []}]}]
        out.append((r["ruleId"], r["locations"][0]["physicalLocation"]["region"],
                    [x["deletedRegion"]["charOffset"] for x in fixes[0]["artifactChanges"][0]["replacements"]]))
    return out


def _audit_sarif(folder: Path) -> str:
    """An audit's SARIF of `folder`, run in this process (its SARIF is what it renders, not how it was started: a
    subprocess cost 9-17 CPU s of start-up, dictionaries and pool here), from `folder` as a command run there."""
    from transqa.cli import main

    out = folder / "a.sarif"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRANSQA_CACHE_DIR", str(folder / ".cache"))
        mp.chdir(folder)
        main(["audit", str(folder), "--no-cache", "--no-progress", "--jobs", "1", "-o", str(out)])
    return out.read_text(encoding="utf-8")


def test_sarif_snippet_is_the_files_text_at_the_region(tmp_path: Path) -> None:
    """Item 4: the snippet was the text the checks read (markup dropped, line breaks as spaces) and a region could
    end inside the markup (`a *lot`): it is the file's text, the region widened over the markup it opens, in check's
    SARIF and in an audit's (whose stored places have no offsets)."""
    from transqa.report.sarif import render_sarif

    path = tmp_path / "lot.md"
    raw = "# 测试文章\n\n这真的帮了我们 a *lot* 的忙，大家都很高兴。\n"
    path.write_text(raw, encoding="utf-8")
    for sarif in (render_sarif([check_paths(None, str(path))]), _audit_sarif(tmp_path)):
        [(code, region, _fixes)] = _regions(sarif)
        assert code == "TQA401" and region["snippet"] == {"text": "a *lot*"}, region
        assert (region["startColumn"], region["endColumn"]) == (9, 16)


@pytest.mark.skipif(not (SHARED / "techcrunch-blog-zh-2005to2007").exists(), reason="needs the techcrunch-zh archive in ../shared")
def test_sarif_each_result_carries_its_own_fix(tmp_path: Path) -> None:
    """Item 4: TQA302 put every place's repair on its first result; each result's fix is its own place's, and the
    link markup and line breaks of the file are in the snippets."""
    import shutil

    from transqa.report.sarif import render_sarif

    docs = SHARED / "techcrunch-blog-zh-2005to2007" / "docs"
    shutil.copy(docs / "get-in-line-to-test-feedlounge.md", tmp_path)
    shutil.copy(SHARED / "techcrunch-blog-zh-2007-2014" / "docs" / "facebook-trends.md", tmp_path)
    results = [check_paths(None, str(p)) for p in sorted(tmp_path.glob("*.md"))]
    for sarif in (render_sarif(results), _audit_sarif(tmp_path)):
        found = _regions(sarif)
        raws = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.md")}
        named = [(region, fixes) for code, region, fixes in found if code == "TQA302"]
        assert len(named) >= 2 and all(fixes for _r, fixes in named)
        lines = raws["get-in-line-to-test-feedlounge.md"].splitlines(keepends=True)
        spans = []
        for region, _fixes in named:
            start = sum(len(x) for x in lines[: int(region["startLine"]) - 1]) + int(region["startColumn"]) - 1
            spans.append((start, start + len(region["snippet"]["text"])))
        for k, (_region, fixes) in enumerate(named):  # a place's repair on its own result, none on another's
            assert any(spans[k][0] <= x < spans[k][1] for x in fixes)
            assert not [x for x in fixes for j, (s, e) in enumerate(spans) if j != k and s <= x < e], (k, fixes, spans)
        assert any("\n" in region["snippet"]["text"] for code, region, _f in found if code == "TQA501")


def test_audit_reads_the_wmt_pair_layout(tmp_path: Path) -> None:
    """Item 5: an audit of a folder of WMT documents (`X.en` beside `X.zh`, which check and --manifest read) found
    nothing to check and said so after the run, its baseline written: each `X.zh` is a translation, `X.en` its
    original; a bare `.zh` with no `.en` beside it is not taken."""
    from transqa.audit.discover import from_folder

    (tmp_path / "abc.1.en").write_text("The resort is about 85 miles southeast of Seattle.\nIt opened in 2001.\n", encoding="utf-8")
    (tmp_path / "abc.1.zh").write_text("度假村位于西雅图东南约85英里。\n它于2001年开业。\n", encoding="utf-8")
    (tmp_path / "lonely.zh").write_text("这是一篇没有原文的文章。\n", encoding="utf-8")
    jobs = from_folder(str(tmp_path))
    assert [(Path(j.target).name, j.source and Path(j.source).name) for j in jobs] == [("abc.1.zh", "abc.1.en")]


def _audit(folder: Path, store: Path, *args: str) -> None:
    """`transqa audit FOLDER -q ARGS` in this process, its default store in `store` ($TRANSQA_CACHE_DIR)."""
    from transqa.cli import main

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRANSQA_CACHE_DIR", str(store))
        mp.chdir(folder)
        main(["audit", str(folder), "--no-progress", "-q", "--jobs", "1", *args])


def test_summary_file_says_the_run_resumed(tmp_path: Path) -> None:
    """Item 7: the summary file never said how many articles came from the result store: its text and HTML forms end
    with `(N from the result store, M checked)`, the same for the same store and inputs (no executor statistics)."""
    art = tmp_path / "art"
    art.mkdir()
    (art / "a.zh.md").write_text("# 标题\n\n谷歌今天发布了一款新的应用程序，用户可以免费下载。\n", encoding="utf-8")
    store = tmp_path / "store"
    _audit(art, store, "--summary", str(tmp_path / "s1.txt"))
    _audit(art, store, "--summary", str(tmp_path / "s2.txt"))
    _audit(art, store, "--summary", str(tmp_path / "s3.html"))
    assert (tmp_path / "s1.txt").read_text(encoding="utf-8").endswith("\n(0 from the result store, 1 checked)\n")
    assert (tmp_path / "s2.txt").read_text(encoding="utf-8").endswith("\n(1 from the result store, 0 checked)\n")
    assert "<p class=run>1 from the result store, 0 checked</p>" in (tmp_path / "s3.html").read_text(encoding="utf-8")


def test_junit_groups_by_article_with_totals_and_no_clock(tmp_path: Path) -> None:
    """Item 9: every case had classname `transqa`, no `time`, and `<testsuites>` no totals: a case's classname is its
    article's path, `time` is 0 (no clock read: the same findings give the same document) and the totals are on
    `<testsuites>` too."""
    import xml.etree.ElementTree as ET

    from transqa.report.junit import render_junit

    paths = []
    for k, text in enumerate(("# 标题\n\n这真的帮了我们 a *lot* 的忙，大家都很高兴。\n", "# 标题\n\n谷歌今天发布了新的应用程序。\n")):
        paths.append(tmp_path / f"a{k}.zh.md")
        paths[-1].write_text(text, encoding="utf-8")
    results = [check_paths(None, str(p)) for p in paths]
    out = render_junit(results)
    assert out == render_junit(results) and "timestamp" not in out
    root = ET.fromstring(out)
    suite = root.find("testsuite")
    assert suite is not None
    assert {k: root.get(k) for k in ("tests", "failures", "errors", "time")} == {k: suite.get(k) for k in ("tests", "failures", "errors", "time")}
    assert root.get("tests") == "2" and suite.get("time") == "0"
    assert [(c.get("classname"), c.get("time")) for c in suite.iter("testcase")] == [(str(p), "0") for p in paths]
