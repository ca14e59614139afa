"""Release 30, users' reports (task fixa30; newcomer 30 items 2, 3, 5, 6): line-per-sentence input, a missing
dependency, audit's standard output in a pipe, the result store named, the original's file in concise lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from tests.helpers import run_cli

EN = ("Sergio Aguero hurt his knee on Tuesday.\nIt is not thought to be serious.\n"
      "Manchester City said Aguero would miss the match.\nAguero has scored 20 goals this season.\n")
ZH = "塞尔吉奥·阿奎罗周二膝盖受伤。\n曼城表示，阿奎罗将缺席比赛。\n阿奎罗本赛季已打进20球。\n"  # the second line dropped


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))


def _codes(out: str) -> list[str]:
    return [line.split(": ")[1].split()[0] for line in out.splitlines() if ": TQA" in line]


def test_line_per_sentence_translation_on_standard_input_is_read_one_paragraph_a_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # item 1: `cat t.zh.txt | transqa check t.en.txt -` read the translation as one paragraph: TQA014, "not the same article"
    (tmp_path / "t.en.txt").write_text(EN, encoding="utf-8")
    _stdin(monkeypatch, ZH)
    code, out, _err = run_cli(capsys, "check", str(tmp_path / "t.en.txt"), "-", "--format", "concise")
    assert _codes(out) == ["TQA001"] and "<stdin>:2:1:" in out and code == 1


def test_line_per_sentence_md_translation_of_a_plain_text_original_is_read_as_the_original_is(tmp_path: Path) -> None:
    # item 1: `a.en.md a.zh.md` with the same lines: the English (no Markdown in it) one paragraph a line, the Chinese one
    from transqa.engine import check_paths

    (tmp_path / "a.en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "a.zh.md").write_text(ZH, encoding="utf-8")
    result = check_paths(str(tmp_path / "a.en.md"), str(tmp_path / "a.zh.md"))
    assert result.target is not None and len(result.target.blocks) == 3
    assert [f.code for f in result.findings] == ["TQA001"]
    # alone, or beside a Markdown original, a .md translation is Markdown as before: its lines are one paragraph
    assert len(check_paths(None, str(tmp_path / "a.zh.md")).target.blocks) == 1  # type: ignore[union-attr]


def test_wrong_pair_says_when_the_translation_was_read_as_one_paragraph(tmp_path: Path) -> None:
    # item 1: a Markdown translation (a heading, then its lines with no blank line between them) is 1 paragraph
    from transqa.engine import check_paths

    (tmp_path / "a.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("# 阿奎罗受伤\n" + ZH, encoding="utf-8")
    found = [f for f in check_paths(str(tmp_path / "a.en.txt"), str(tmp_path / "a.zh.md")).findings if f.code == "TQA014"]
    assert len(found) == 1
    assert "the translation was read as 1 paragraph of 3 lines: separate its paragraphs by blank lines" in found[0].message
    assert found[0].suggestion is not None and found[0].suggestion.startswith("separate the paragraphs by blank lines")
    # a wrong pair keeps its question (tests/test_fix26.py's: two Markdown articles of several paragraphs each)
    data = Path(__file__).parent
    other = [f for f in check_paths(str(data / "data" / "fix26" / "skyhaul.en.md"),
                                    str(data.parent / "corpora" / "samples" / "scholz-visit.zh.md")).findings if f.code == "TQA014"]
    assert len(other) == 1 and other[0].message.endswith("(is it the right original?)")


def _run_without(module: str, *args: str, cwd: Path) -> tuple[int, str, str]:
    """`transqa ARGS` in a fresh interpreter in which `module` cannot be imported (a stale environment)."""
    import subprocess
    import sys

    code = f"import sys; sys.modules[{module!r}] = None; sys.argv = ['transqa', *{list(args)!r}]\n" \
           "from transqa.__main__ import run; run()"
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize(("module", "args"), [("rapidfuzz", ("check", "t.en.txt", "t.zh.txt")), ("typer", ("rules",))])
def test_a_library_not_installed_is_one_line_that_names_it_and_the_fix(tmp_path: Path, module: str, args: tuple[str, ...]) -> None:
    # item 2: a .venv made before rapidfuzz was a dependency: `transqa: internal error: ModuleNotFoundError: No module named
    # 'rapidfuzz'`, exit 3 (README: "a check raised"), no hint; typer (imported before the command line runs): a traceback
    (tmp_path / "t.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "t.zh.txt").write_text(ZH, encoding="utf-8")
    code, out, err = _run_without(module, *args, cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err.startswith(f"transqa: error: the Python package {module} is not installed in this environment (")
    assert "`make install` in the checkout, or `pip install -e .`" in err and len(err.splitlines()) == 1


def test_an_import_error_of_transqa_itself_stays_an_internal_error() -> None:
    from transqa.errors import missing_dependency

    assert missing_dependency(ModuleNotFoundError("No module named 'transqa.x'", name="transqa.x")) is None
    assert missing_dependency(ValueError("x")) is None
    assert "pyyaml is not installed" in (missing_dependency(ModuleNotFoundError("No module named 'yaml'", name="yaml")) or "")


SAMPLES = Path(__file__).parent.parent / "corpora" / "samples"


@pytest.mark.parametrize(("flags", "records", "summary_on"), [
    ((), True, "stderr"),
    (("--store", "{tmp}/st3.db"), True, "stderr"),
    (("--summary", "{tmp}/s3.json"), False, "file"),
    (("--write-baseline", "{tmp}/b3.json"), False, "stderr"),
    (("--summary", "{tmp}/s4.json", "--store", "{tmp}/st4.db", "--write-baseline", "{tmp}/b4.json"), False, "file"),
    (("--write-baseline", "{tmp}/b5.json", "--format", "jsonl"), True, "stderr"),
    (("-o", "{tmp}/r.jsonl"), False, "stdout"),
    (("--format", "summary"), False, "stdout"),
])
def test_audit_into_a_pipe_writes_records_or_nothing_on_standard_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: tuple[str, ...], records: bool, summary_on: str) -> None:
    # item 3 (newcomer 30 item 5): into a pipe, `--write-baseline b.json` put the text summary on standard output, where
    # a plain run put JSONL and `--summary s.json` nothing: now standard output holds JSONL records or nothing, unless -o
    # or --format summary asks for the summary there; the summary is on standard error, or in the --summary file alone
    import shutil

    folder = tmp_path / "arch"
    folder.mkdir()
    for name in ("battery-recall", "chip-merger"):
        shutil.copy(SAMPLES / f"{name}.zh.md", folder / f"{name}.zh.md")
    args = [a.format(tmp=tmp_path) for a in flags]
    code, out, err = run_cli(capsys, "audit", str(folder), "--no-cache", "--no-progress", "--isolated", "-j", "1", *args)
    assert code in (0, 1)
    lines = out.splitlines()
    if records:
        assert len(lines) == 2 and all(line.startswith("{") for line in lines)
    elif summary_on == "stdout":
        assert out.startswith("audited 2 articles")
    else:
        assert out == ""
        assert "notice: no per-article records on standard output" in err
    assert err.startswith("audited 2 articles") == (summary_on == "stderr"), err[:200]
    if summary_on == "file":
        assert "wrote the summary to" in err and "audited 2 articles" not in err


def test_the_closing_line_names_the_result_store_and_help_says_how_to_avoid_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # item 4 (newcomer 30 item 6): `(100 from the result store, 0 checked …)` on a run given no --store: where is it?
    import shutil

    folder = tmp_path / "arch"
    folder.mkdir()
    shutil.copy(SAMPLES / "chip-merger.zh.md", folder / "chip-merger.zh.md")
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    args = ("audit", str(folder), "--no-progress", "--isolated", "-j", "1", "-o", str(tmp_path / "r.jsonl"))
    run_cli(capsys, *args)
    _code, out, _err = run_cli(capsys, *args)
    assert "(1 from the result store, none checked: no worker ran)" in out  # no executor, workers, memory: none ran (r36)
    assert f")\nresult store: {tmp_path / 'cache' / 'audit.sqlite'}\n" in out
    _code, out, _err = run_cli(capsys, *args, "--store", str(tmp_path / "mine.db"))
    assert out.endswith(f"\nresult store: {tmp_path / 'mine.db'}\n")
    _code, out, _err = run_cli(capsys, "audit", "--help")
    assert "~/.cache/transqa/audit.sqlite" in out and "no --no-store" in out.replace("\n", " ").replace("  ", "")


def test_audit_concise_lines_name_the_original_file_of_the_english_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # item 5: `audit --format concise` (the pre-commit hook) said `(EN 2:1)`: of which of the archive's originals?
    folder = tmp_path / "arch"
    folder.mkdir()
    (folder / "a.en.txt").write_text(EN, encoding="utf-8")
    (folder / "a.zh.txt").write_text(ZH, encoding="utf-8")
    _code, out, _err = run_cli(capsys, "audit", str(folder), "--format", "concise", "--no-progress", "--isolated", "-j", "1",
                               "--store", str(tmp_path / "s.db"), "-q")
    assert out.startswith(f"{folder / 'a.zh.txt'}:2:1: TQA001 [error] ") and f" (EN {folder / 'a.en.txt'}:2:1) → " in out
