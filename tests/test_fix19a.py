"""A publication pipeline's gate: the hook's file types (HTML originals reach it), how to see or fail on its
warnings, SARIF and JUnit from `audit`, and `check DIR` pointing to `audit DIR`."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.conftest import ROOT
from tests.helpers import run_cli

SAMPLES = ROOT / "corpora" / "samples"
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def _hook() -> dict[str, Any]:
    hook: dict[str, Any] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))[0]
    return hook


def _entry(extra: tuple[str, ...] = ()) -> list[str]:
    """The hook's command after `transqa`, with a private store, as pre-commit runs it (files appended)."""
    words = shlex.split(_hook()["entry"], comments=True)
    return [*words[1:-1], *extra, words[-1]]


def _chip(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("chip-merger.en.html", "chip-merger.zh.md"):
        shutil.copy(SAMPLES / name, folder / name)
    return folder


# ------------------------------------------------------------------------------------------- 1. the hook's types
def test_the_hook_is_given_an_html_original_and_checks_the_translation_beside_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    clientlib = pytest.importorskip("pre_commit.clientlib")
    run = pytest.importorskip("pre_commit.commands.run")
    hook = clientlib.load_manifest(str(HOOKS))[0]  # pre-commit's own schema and defaults (types_or needs 2.9)
    _chip(tmp_path)
    (tmp_path / "index.html").write_text("<html><body><p>Welcome to the archive of our English articles.</p></body></html>\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Archive\n\nThe English readme of the translations.\n", encoding="utf-8")
    (tmp_path / "style.css").write_text("p { margin: 0 }\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    classify = run.Classifier(["chip-merger.en.html", "index.html", "README.md", "style.css"])
    # a commit that changes only the HTML original reaches the hook (with `types: [markdown]` it never ran)
    given = list(classify.by_types(classify.filenames, hook["types"], hook["types_or"], hook["exclude_types"]))
    assert given == ["chip-merger.en.html", "index.html", "README.md"]
    store = ("--store", str(tmp_path / "s.sqlite"))
    code, out, _ = run_cli(capsys, *_entry(store), "chip-merger.en.html")
    assert code == 1 and "chip-merger.zh.md:9:77: TQA201" in out
    # other HTML is skipped as English Markdown is: no finding, no error, nothing on standard output
    for alone in (["index.html"], ["README.md"], ["index.html", "README.md"]):
        code, out, err = run_cli(capsys, *_entry(store), *alone)
        assert (code, out) == (0, ""), (alone, out, err)
        assert "error" not in err
    # beside a translation, no line at all
    code, out, err = run_cli(capsys, *_entry(store), "index.html", "README.md", "chip-merger.zh.md")
    assert code == 1 and "index.html" not in out + err and "README.md" not in out + err


# ---------------------------------------------------------------------------------- 2. warnings of a passing hook
def test_the_readme_says_how_to_see_or_fail_on_the_hooks_warnings_and_both_work(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    section = readme[readme.index("The hook fails on errors only"):]
    assert "`verbose: true`" in section[:400]
    key = re.search(r'```toml (fail-on = "warning") ```', section)
    entry = re.search(r"`entry: (transqa audit [^`]*)`", section)
    assert key is not None and entry is not None
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)  # the configuration is looked for up to the repository's root
    (repo / "a.zh.md").write_text("# 标题\n\n平台使用得更频繁。。\n", encoding="utf-8")  # one warning (TQA510)
    monkeypatch.chdir(repo)
    store = ("--store", str(tmp_path / "s.sqlite"), "--no-cache")
    code, out, _ = run_cli(capsys, *_entry(store), "a.zh.md")
    assert code == 0 and "TQA510 [warning]" in out  # passes: pre-commit would not show the line
    # the flag, in the entry the README gives
    words = shlex.split(entry.group(1))
    assert words[0] == "transqa" and words[-1] == "--" and "--fail-on" in words
    code, out, _ = run_cli(capsys, *words[1:-1], *store, "--", "a.zh.md")
    assert code == 1 and "TQA510 [warning]" in out
    # the configuration key, with the hook's own entry
    (repo / "transqa.toml").write_text(key.group(1) + "\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, *_entry(store), "a.zh.md")
    assert code == 1 and "TQA510 [warning]" in out


# ------------------------------------------------------------------------------------ 3. SARIF and JUnit of audit
def _sarif_results(doc: dict[str, Any]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = doc["runs"][0]["results"]
    return results


def test_audit_writes_sarif_the_same_as_check_for_one_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _chip(tmp_path / "in")
    en, zh = str(folder / "chip-merger.en.html"), str(folder / "chip-merger.zh.md")
    store = ("--store", str(tmp_path / "s.sqlite"), "--no-progress")
    code, jsonl, _ = run_cli(capsys, "audit", str(folder), *store, "--format", "jsonl")
    assert code == 1
    out = tmp_path / "out.sarif"
    code, _, err = run_cli(capsys, "audit", str(folder), *store, "--format", "sarif", "-o", str(out))
    assert code == 1, err  # the gate as ever
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["version"] == "2.1.0" and len(doc["runs"]) == 1
    results = _sarif_results(doc)
    assert len(results) == len(json.loads(jsonl.splitlines()[0])["findings"]) > 5
    assert all(r["ruleId"].startswith("TQA") and r["locations"] for r in results)
    uris = json.dumps(doc)
    assert "chip-merger.zh.md" in uris and "chip-merger.en.html" in uris  # both files' paths
    assert {a["location"]["uri"].rsplit("/", 1)[-1] for a in doc["runs"][0]["artifacts"]} == {"chip-merger.zh.md", "chip-merger.en.html"}
    code, checked, _ = run_cli(capsys, "check", en, zh, "--format", "sarif")
    assert code == 1
    assert _sarif_results(json.loads(checked)) == results
    assert json.loads(checked)["runs"][0]["tool"] == doc["runs"][0]["tool"]
    # -o FILE.sarif alone picks SARIF, as check's -o does; a second run, from the store, renders the same bytes
    again = tmp_path / "again.sarif"
    code, said, _ = run_cli(capsys, "audit", str(folder), *store, "-o", str(again))
    assert code == 1 and "(1 from the result store, none checked: no worker ran)" in said
    assert again.read_bytes() == out.read_bytes()
    code, piped, _ = run_cli(capsys, "audit", str(folder), *store, "--no-cache", "--format", "sarif", "--quiet")
    assert piped == out.read_text(encoding="utf-8")  # checked afresh: the same document


def test_audit_writes_junit_one_test_case_per_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _chip(tmp_path / "in")
    (folder / "clean.zh.md").write_text("# 标题\n\n这是一篇没有问题的中文文章。\n", encoding="utf-8")
    (folder / "warned.zh.md").write_text("# 标题\n\n平台使用得更频繁。。\n", encoding="utf-8")
    (folder / "broken.zh.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")  # unreadable: a test case in error
    store = ("--store", str(tmp_path / "s.sqlite"), "--no-progress")
    out = tmp_path / "out.xml"
    code, _, _ = run_cli(capsys, "audit", str(folder), *store, "-o", str(out))
    assert code == 2  # an unreadable article, as the JSONL audit says
    suite = ET.fromstring(out.read_text(encoding="utf-8")).find("testsuite")
    assert suite is not None
    cases = {Path(c.get("name") or "").name: c for c in suite.findall("testcase")}
    assert sorted(cases) == ["broken.zh.md", "chip-merger.zh.md", "clean.zh.md", "warned.zh.md"]
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("4", "1", "1")
    assert cases["chip-merger.zh.md"].find("failure") is not None and cases["broken.zh.md"].find("error") is not None
    assert cases["warned.zh.md"].find("failure") is None  # below the gate: its line is in system-out
    # the gate of the audit is JUnit's
    code, text, _ = run_cli(capsys, "audit", str(folder), *store, "--format", "junit", "--fail-on", "warning")
    assert code == 2 and 'failures="2"' in text and text == run_cli(capsys, "audit", str(folder), *store, "--format", "junit", "--fail-on", "warning")[1]


# ---------------------------------------------------------------------------------------------- 4. check DIR
def test_check_of_a_folder_points_to_audit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _chip(tmp_path / "my articles")
    code, out, err = run_cli(capsys, "check", str(folder))
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert err.rstrip().endswith(f"transqa audit {shlex.quote(str(folder))})")
