"""The pre-commit hook: its shipped definition (`.pre-commit-hooks.yaml`) read here, and that definition run by the
pre-commit tool itself on a temporary repository, where it blocks a commit.

The run gives pre-commit an environment it already has: a local hook (`language: unsupported`, pre-commit's name for
`system` since 4.4) holding every field of the shipped hook but its language and dependencies, its `transqa` this
interpreter's `-m transqa` on this tree's sources. pre-commit building the shipped hook's own environment (a
virtualenv pip-resolved from the index: about 35 of the test's 40 CPU s) is pip's and pre-commit's work, not
transqa's; what that build reads of this project (the console script, the package data, the lexicon extra) is
checked from pyproject.toml below."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.conftest import ROOT

from transqa.cli import main

UNSHIPPED = ("language", "additional_dependencies")  # the fields a local hook of an existing environment cannot keep
_AUTHOR = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}


def _hook() -> dict[str, Any]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1 and hooks[0]["id"] == "transqa"
    return dict(hooks[0])


def test_the_shipped_hook_installs_the_command_with_its_lexicon() -> None:
    """What pre-commit builds the shipped hook from: a python hook whose environment is this package (pip install of
    the repository) with the lexicon extra's requirement; its entry the package's console script, its files the
    Markdown and HTML a commit changes, one run for them all; every file of the package that is not Python is
    package data (a wheel without data/*.json installs a transqa that fails on its first check)."""
    hook = _hook()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert hook["language"] == "python"
    assert hook["additional_dependencies"] == project["project"]["optional-dependencies"]["lexicon"]
    command, *args = shlex.split(hook["entry"])
    assert project["project"]["scripts"][command] == "transqa.__main__:run"
    assert args[:1] == ["audit"] and args[-1] == "--" and "--jobs" in args  # file names after --: a file named -o.md
    assert hook["types_or"] == ["markdown", "html"] and hook["require_serial"] is True
    globs = project["tool"]["setuptools"]["package-data"]["transqa"]
    package = ROOT / "src" / "transqa"
    data = [p.relative_to(package) for p in package.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")]
    assert data and all(any(p.match(g) for g in globs) for p in data), (data, globs)


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, check=False, capture_output=True, text=True, env={**os.environ, **_AUTHOR})


def test_pre_commit_hook_on_a_temporary_repository(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pre_commit = Path(sys.executable).parent / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    # the shipped hook as a local one: its entry, file types, serial run and name as shipped, `transqa` this tree's
    command, *args = shlex.split(_hook()["entry"])
    assert command == "transqa"
    hook = {k: v for k, v in _hook().items() if k not in UNSHIPPED}
    hook |= {"language": "unsupported", "entry": shlex.join([sys.executable, "-m", "transqa", *args])}
    repo = tmp_path / "translations"
    repo.mkdir()
    assert _git(repo, "init", "-q").returncode == 0
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [hook]}]}), encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PYTHONPATH": str(ROOT / "src")}
    installed = subprocess.run([str(pre_commit), "install"], cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    # the dictionary indexes the hook's runs read from the cache, built here if they are not yet (as the suite's other
    # tests build them): the hook's first run built them again
    main(["check", str(ROOT / "corpora/samples/wind-farm.en.md"), str(ROOT / "corpora/samples/wind-farm.zh.md"), "-o", os.devnull])
    shutil.copy(ROOT / "corpora/samples/wind-farm.en.md", repo / "wind-farm.en.md")
    shutil.copy(ROOT / "corpora/samples/wind-farm.zh.md", repo / "wind-farm.zh.md")
    # English Markdown beside the translations: skipped, no error (issue 20)
    shutil.copy(ROOT / "README.md", repo / "README.md")
    (repo / "CONTRIBUTING.md").write_text("# Contributing\n\nPlease open an issue first and describe the change you propose.\n", encoding="utf-8")
    # a commit of a clean translation, its original and English Markdown: the hook runs on them and passes
    _git(repo, "add", "-A")
    clean = subprocess.run(["git", "commit", "-q", "-m", "clean"], cwd=repo, env={**env, **_AUTHOR}, capture_output=True, text=True, timeout=600)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "transqa" in clean.stdout + clean.stderr and "Passed" in clean.stdout + clean.stderr
    # a defect staged in one file: the hook fails, names it, and the commit is not made
    zh = repo / "wind-farm.zh.md"
    zh.write_text(zh.read_text(encoding="utf-8").replace("7000 万户", "700 万户"), encoding="utf-8")
    _git(repo, "add", "wind-farm.zh.md")
    dirty = subprocess.run(["git", "commit", "-q", "-m", "dirty"], cwd=repo, env={**env, **_AUTHOR}, capture_output=True, text=True, timeout=600)
    said = dirty.stdout + dirty.stderr
    assert dirty.returncode == 1, said
    assert "Failed" in said and "wind-farm.zh.md:5:" in said and "TQA202" in said
    assert "by rule:" not in said and "audited 1 article" not in said  # the findings, not an archive summary
    assert _git(repo, "rev-list", "--count", "HEAD").stdout.strip() == "1"  # blocked: the clean commit alone
    # a commit that changes only an HTML original reaches the hook (types_or), which checks the translation beside
    # it; an English page alone passes (issue: a publication pipeline's gate)
    shutil.copy(ROOT / "corpora/samples/chip-merger.en.html", repo / "chip-merger.en.html")
    shutil.copy(ROOT / "corpora/samples/chip-merger.zh.md", repo / "chip-merger.zh.md")
    (repo / "index.html").write_text("<html><body><p>Welcome to the archive of our English articles.</p></body></html>\n", encoding="utf-8")
    _git(repo, "add", "-A")
    html = subprocess.run([str(pre_commit), "run", "--files", "chip-merger.en.html"], cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert html.returncode == 1 and "chip-merger.zh.md:9:77: TQA201" in html.stdout, html.stdout
    page = subprocess.run([str(pre_commit), "run", "--files", "index.html"], cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert page.returncode == 0 and "Passed" in page.stdout, page.stdout

