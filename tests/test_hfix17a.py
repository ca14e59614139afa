"""What a hostile tester found in this release's new paths: a kept word capitalised in a credit reported as a name
written "1 ways", fix's diff headers for a name with a space or a symbolic link, a TSV sample quoted in a code
block refused as tabular data, a file hidden whole by an unclosed comment said to hold no text."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.helpers import one_error, run_cli

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.tabular import refuse_table_early, table_shape

REPAIRABLE = "# 网飞收入\n\n网飞今天宣布，公司收入达到 1 . 5 亿美元，增长 25%。\n\n该公司表示，新用户达到 300 万。\n"
NEEDS = pytest.mark.skipif(shutil.which("patch") is None or shutil.which("git") is None, reason="needs patch(1) and git")


def _codes(zh: str, keep: str, tmp_path: Path) -> list[tuple[str, str]]:
    g = tmp_path / "g.yaml"
    g.write_text(f"keep: [{keep}]\n", encoding="utf-8")
    return [(f.code, f.message) for f in check_documents(None, parse_markdown("zh.md", zh), Settings(glossary=(str(g),))).findings]


def test_a_kept_word_capitalised_in_a_credit_is_no_other_spelling(tmp_path: Path) -> None:
    zh = "# 网飞收入增长\n\n网飞今天宣布，公司第一季度收入增长 25%。\n\n【Via:休斯顿纪事报】\n"
    assert _codes(zh, "via", tmp_path) == []  # TQA401 silenced by keep, and no TQA302 in its place
    assert _codes(zh.replace("Via:", "VIA:"), "via", tmp_path) == []
    both = zh + "\n【via:纽约时报】\n"
    assert _codes(both, "via", tmp_path) == []


def test_a_name_written_one_way_is_never_said_to_be_written_1_ways(tmp_path: Path) -> None:
    got = _codes("# 标题\n\npay TM 是一家支付公司。\n", "Paytm", tmp_path)
    assert [c for c, _ in got] == ["TQA302"] and "is not the glossary's spelling" in got[0][1] and "1 ways" not in got[0][1]
    inside = _codes("# 标题\n\nPayTM 是一家支付公司。\n", "Paytm", tmp_path)  # a capital inside the word: another spelling
    assert [c for c, _ in inside] == ["TQA302"] and "1 ways" not in inside[0][1]
    two = _codes("# 标题\n\npay TM 是一家支付公司。\n\nPayTM 很好。\n", "Paytm", tmp_path)
    assert [c for c, _ in two] == ["TQA302"] and "is written 2 ways" in two[0][1]


def _fix_and_apply(capsys: pytest.CaptureFixture[str], target: Path, given: str, cwd: Path, patch_dir: str) -> str:
    """transqa fix GIVEN run in CWD; its diff applied by `git apply --check` and GNU `patch -p1` in PATCH_DIR gives what
    `fix -o` gives. Returns the diff."""
    os.chdir(cwd)
    code, diff, _ = run_cli(capsys, "fix", given)
    assert code in (0, 1) and diff.startswith("--- a/"), diff
    expect = cwd / "repaired.out"
    run_cli(capsys, "fix", given, "-o", str(expect))
    patch = cwd / "fix.patch"
    patch.write_text(diff, encoding="utf-8")
    subprocess.run(["git", "apply", "--check", str(patch)], cwd=patch_dir, check=True, capture_output=True)
    with open(patch, "rb") as fh:
        subprocess.run(["patch", "-p1", "-d", patch_dir], stdin=fh, check=True, capture_output=True)
    assert target.read_bytes() == expect.read_bytes() and not target.is_symlink()
    return diff


@NEEDS
def test_fix_diff_of_a_name_with_a_space_ends_its_headers_in_a_tab_as_git_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s p").mkdir()
    (tmp_path / "wd").mkdir()
    inside = tmp_path / "s p" / "a b.zh.md"
    inside.write_text(REPAIRABLE, encoding="utf-8")
    diff = _fix_and_apply(capsys, inside, "s p/a b.zh.md", tmp_path, str(tmp_path))
    assert diff.startswith("--- a/s p/a b.zh.md\t\n+++ b/s p/a b.zh.md\t\n")
    inside.write_text(REPAIRABLE, encoding="utf-8")
    diff = _fix_and_apply(capsys, inside, "../s p/a b.zh.md", tmp_path / "wd", "/")  # outside: named from the root
    name = os.path.realpath(tmp_path / "s p").lstrip("/") + "/a b.zh.md"
    assert diff.startswith(f"--- a/{name}\t\n+++ b/{name}\t\n")
    plain = tmp_path / "ab.zh.md"
    plain.write_text(REPAIRABLE, encoding="utf-8")
    assert run_cli(capsys, "fix", "../ab.zh.md")[1].split("\n")[0].endswith("/ab.zh.md")  # no space: no tab


@NEEDS
def test_fix_diff_of_a_symbolic_link_names_the_file_it_resolves_to(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    real = tmp_path / "fx.zh.md"
    real.write_text(REPAIRABLE, encoding="utf-8")
    (tmp_path / "wd").mkdir()
    (tmp_path / "links").mkdir()
    (tmp_path / "links" / "l.zh.md").symlink_to("../fx.zh.md")
    diff = _fix_and_apply(capsys, real, "links/l.zh.md", tmp_path, str(tmp_path))
    assert diff.startswith("--- a/fx.zh.md\n+++ b/fx.zh.md\n")
    real.write_text(REPAIRABLE, encoding="utf-8")
    diff = _fix_and_apply(capsys, real, "../links/l.zh.md", tmp_path / "wd", "/")
    name = os.path.realpath(real).lstrip("/")
    assert diff.startswith(f"--- a/{name}\n+++ b/{name}\n")
    assert (tmp_path / "links" / "l.zh.md").is_symlink()


TSV = "".join(f"网飞 {i}\tNetflix {i}\n" for i in range(50))


def test_a_tsv_sample_quoted_in_code_is_not_the_files_own_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = "# 数据\n\n网飞今天发布了数据。\n\n"
    quoted = {"fence": head + "```\n" + TSV + "```\n", "tilde fence": head + "~~~~ tsv\n" + TSV + "~~~~\n",
              "unclosed fence": head + "```\n" + TSV,
              "indented": head + "".join("    " + line + "\n" for line in TSV.splitlines())}
    for kind, text in quoted.items():
        assert table_shape("a.zh.md", text) is None, kind
        f = tmp_path / "a.zh.md"
        f.write_text(text, encoding="utf-8")
        refuse_table_early(str(f))  # the early refusal agrees with the full one
        code, _, err = run_cli(capsys, "check", "--isolated", "--format", "concise", str(f))
        assert code in (0, 1) and "tabular" not in err, (kind, err)
    # the file's own rows are still a table: after the fence, or starting with a tab (an empty first cell)
    assert table_shape("a.zh.md", "```\nx\n```\n" + TSV) is not None
    assert table_shape("a.tsv", "".join("\t" + line + "\n" for line in TSV.splitlines())) is not None
    f = tmp_path / "rows.tsv"
    f.write_text(TSV, encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(f))
    assert code == 2
    one_error(err, "tabular data")


def test_a_file_hidden_whole_by_an_unclosed_comment_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.zh.md"
    f.write_text("<!-- 标题注\n# 网飞收入增长\n\n网飞今天宣布，公司收入增长 25%。\n\n该公司表示，新用户达到 300 万。\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(f))
    assert code == 2 and "holds no text" not in err
    one_error(err, "c.zh.md", "line 1", "<!--", "never closed", alone=True)
    s = tmp_path / "s.en.md"
    s.write_text("\n\n<!-- a note\n# Netflix\n\nNetflix said revenue rose.\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(s), str(f))
    assert code == 2
    one_error(err, "s.en.md", "line 3", "never closed", alone=True)
    empty = tmp_path / "e.zh.md"
    empty.write_text("<!-- 注 -->\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(empty))
    assert code == 2
    one_error(err, "holds no text")
