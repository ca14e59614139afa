"""Hostile inputs, the 16th round: each is read right or refused with one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import run_cli

ARTICLE = "# 标题\n\n该公司收入达到 1 . 5 亿美元。\n"


@pytest.mark.parametrize("argv", [
    ["audit", "--format", "concise", "-q", "", "a.zh.md"], ["audit", "--isolated", ""], ["audit", "--no-cache", "", "a.zh.md"],
    ["check", "-q", "", "a.zh.md"], ["audit", "--format", "concise", "--quiet", "--jobs", "1", "--", "-o.zh.md", ""],
    ["audit", "--isolated", "--write-baseline", "", "a.zh.md"], ["check", "a.zh.md", "--output=", "--isolated"],
])
def test_an_empty_path_after_a_flag_is_refused(argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """After an on/off flag (or after `--`, as the hook passes files) "" is a path, the current folder: it audited
    every file there. An empty value of an option that names a file is no file either."""
    monkeypatch.chdir(tmp_path)
    for name in ("a.zh.md", "other.zh.md", "-o.zh.md"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "an empty argument where a path was expected" in err


def test_an_empty_text_value_is_still_the_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.zh.md").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run_cli(capsys, "check", "--isolated", "--select", "", "-q", "a.zh.md")
    assert "empty argument" not in err
    from transqa.options import empty_path

    assert not empty_path(["audit", "-qj", "", "x"]) and empty_path(["audit", "-qj2", "", "x"])


@pytest.mark.parametrize(("value", "expect"), [
    ('"a\\u0000b"', "baseline: a file name cannot hold a NUL character"),  # was exit 3: ValueError: embedded null byte
    ('"qa"', "baseline: "), ('"fifo"', "baseline: "), ("true", "baseline: expected a file name, got true"),
])
@pytest.mark.parametrize("command", ["check", "audit"])
def test_a_bad_configured_baseline_names_the_key(value: str, expect: str, command: str, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "qa").mkdir()
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "transqa.toml").write_text(f"baseline = {value}\n", encoding="utf-8")
    (tmp_path / "a.zh.md").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run_cli(capsys, command, "-q", "a.zh.md")
    assert code == 2 and err.count("\n") == 1 and "internal error" not in err
    assert f"transqa.toml: {expect}" in err


@pytest.mark.parametrize(("run", "column"), [("<!-- a --><!-- b -->", 35), ("<!-- a --> <!-- b -->", 36), ("<!-- a -->", 25)])
def test_the_text_after_a_run_of_comments_is_checked(run: str, column: int, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Only the text after the first `-->` was kept: after two comments there was none, nothing was checked."""
    f = tmp_path / "c.zh.md"
    f.write_text(f"# 标题\n\n{run}该公司周二表示，其收入达到 1 . 5 亿美元。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--isolated", "--format", "concise", str(f))
    assert code == 1 and f"c.zh.md:3:{column}: TQA207" in out


def test_directives_in_a_run_of_comments_apply_to_the_text_after_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "c.zh.md"
    f.write_text("# 标题\n\n<!-- transqa: ignore[TQA501] x --><!-- transqa: ignore[TQA207] y -->该公司收入达到 1 . 5 亿美元。\n", encoding="utf-8")
    _, out, _ = run_cli(capsys, "check", "--isolated", "--format", "concise", str(f))
    assert "TQA207" not in out and out.count("TQA900") == 1 and "ignore[TQA501]" in out


def test_a_csv_export_with_quoted_commas_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Quoted cells holding commas gave each row its own number of raw commas: the export passed as an article."""
    import csv

    f = tmp_path / "pairs.csv"
    with f.open("w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(("source", "target"))
        for i in range(10):
            w.writerow((f"en {i}", "苹果公司周二发布了新款手机, 售价为 999 美元" + ", 比上一代贵了 100 美元" * (i % 3) + "。"))
    code, out_, err = run_cli(capsys, "check", "--isolated", str(f))
    assert (code, out_) == (2, "") and "is tabular data (CSV: 11 of its first 11 rows have 2 comma-separated columns)" in err


def test_a_csv_whose_quote_never_closes_is_counted_by_raw_commas() -> None:
    from transqa.tabular import table_shape

    assert table_shape("a.csv", 'a,"b\nc,d\ne,f\ng,h\n') is not None  # csv.Error: counted as before
    assert table_shape("a.csv", '他说，这很好。\n"第二段, 引号内"\n第三段。\n') is None


def test_a_file_given_twice_is_audited_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`audit a.md a.md ./a.md` checked and counted the file three times (and recorded its findings ×3)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "a.zh.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.zh.md").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run_cli(capsys, "audit", "--isolated", "--format", "concise", "--store", "x.sqlite", "-j", "1",
                             "s/a.zh.md", "b.zh.md", "./s/a.zh.md", "s", "./b.zh.md")
    assert code == 1 and out.splitlines() == ["s/a.zh.md:3:9: TQA207 [error] number “1 . 5” is broken: spaces around its point → 1.5",
                                             "b.zh.md:3:9: TQA207 [error] number “1 . 5” is broken: spaces around its point → 1.5"]
    assert "notice: given more than once, checked once: s/a.zh.md, b.zh.md\n" in err


def test_an_interrupted_dask_run_closes_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ctrl-C mid-run: the workers' heartbeat errors (and tracebacks) as the cluster closed reached stderr
    before `transqa: interrupted`. distributed's loggers are silenced while it closes, and restored after."""
    import logging

    from transqa.audit import run

    ran: list[object] = []

    class Client:
        def run(self, fn: object) -> None:
            ran.append(fn)

    before = logging.getLogger("distributed").level
    with run._shutdown_quiet(Client()):
        assert logging.getLogger("distributed").level > logging.CRITICAL
        assert logging.getLogger("tornado").level > logging.CRITICAL
    assert ran == [run._silence_shutdown_logs] and logging.getLogger("distributed").level == before


def test_writing_over_a_corpus_baseline_says_what_it_drops(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check ONE --write-baseline <the corpus's baseline>` replaced 3 articles' records with one's, unsaid."""
    import json

    for i in range(3):
        (tmp_path / f"x{i}.zh.md").write_text(ARTICLE, encoding="utf-8")
    base = tmp_path / "b.json"
    run_cli(capsys, "check", "--isolated", "-q", *(str(tmp_path / f"x{i}.zh.md") for i in range(3)), "--write-baseline", str(base))
    assert len(json.loads(base.read_text(encoding="utf-8"))["files"]) == 3
    code, _, err = run_cli(capsys, "check", "--isolated", "--format", "concise", str(tmp_path / "x0.zh.md"), "--write-baseline", str(base))
    assert code == 0 and "it held the records of 2 other articles, not checked in this run: they are dropped" in err
    assert list(json.loads(base.read_text(encoding="utf-8"))["files"]) == ["x0.zh.md"]
    _, _, err = run_cli(capsys, "check", "--isolated", "--format", "concise", str(tmp_path / "x0.zh.md"), "--write-baseline", str(base))
    assert "dropped" not in err


def test_a_baseline_over_the_manifest_is_named_a_baseline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.zh.md").write_text(ARTICLE, encoding="utf-8")
    manifest = tmp_path / "m.csv"
    manifest.write_text("source,target\n,a.zh.md\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "audit", "--isolated", "--manifest", str(manifest), "--write-baseline", str(manifest), "-q")
    assert code == 2 and "refusing to overwrite it with the baseline (write the baseline elsewhere)" in err
    assert manifest.read_text(encoding="utf-8") == "source,target\n,a.zh.md\n"
