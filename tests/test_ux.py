"""Issue 20: the everyday rough edges of check, audit, fix and the reports, as a new user meets them."""

from __future__ import annotations

import io
import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT, SEED

from transqa.cli import main

S = "corpora/samples/"


# ------------------------------------------------------------------------------ conventions (ruff, flake8)
def test_short_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-V"]) == 0
    assert capsys.readouterr().out.startswith("transqa ")


def test_help_shows_no_python_types(capsys: pytest.CaptureFixture[str]) -> None:
    for cmd in ("check", "audit", "fix", "align", "fetch"):
        assert main([cmd, "--help"]) == 0
        out = capsys.readouterr().out
        assert "<list[" not in out and "<str>" not in out and "<path>" not in out and "<float" not in out, (cmd, out)


def test_unknown_select_names_the_option_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--select", "TQA999x"]) == 2
    err = capsys.readouterr().err
    assert err.count("--select") == 1 and "unknown rule 'TQA999x'" in err


def test_standard_input_as_the_target(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8"))
    assert main(["check", "-", "-f", "concise"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("<stdin>:") and "TQA302" in out  # not `-` (newcomer 24b item 8)


def test_check_many_targets_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    zh = sorted(str(p.relative_to(ROOT)) for p in (ROOT / S).glob("*.zh.md"))
    assert len(zh) >= 3
    assert main(["check", *zh, "-f", "concise"]) == 1
    out = capsys.readouterr().out
    assert {line.split(":")[0] for line in out.splitlines()} >= {S + "solar-startup.zh.md", S + "lips-app.zh.md"}


def test_check_pairs_each_original_with_the_next_translation(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", S + "wind-farm.en.md", S + "wind-farm.zh.md", "-f", "json"]
    assert main(args) == 1
    docs = json.loads(capsys.readouterr().out)["documents"]
    assert [(d["source"], d["target"]) for d in docs] == [(S + "solar-startup.en.md", S + "solar-startup.zh.md"),
                                                          (S + "wind-farm.en.md", S + "wind-farm.zh.md")]


def test_statistics_counts_per_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--statistics"]) == 1
    out = capsys.readouterr().out
    main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "-f", "json"])
    findings = json.loads(capsys.readouterr().out)["documents"][0]["findings"]
    rows = [line.split("\t") for line in out.splitlines()]
    assert sum(int(r[0]) for r in rows) == len(findings) > 0
    assert {r[1] for r in rows} == {f["code"] for f in findings}


def test_quiet_keeps_the_report_and_drops_the_notices(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.json"
    args = ["check", S + "solar-startup.en.md", S + "wind-farm.zh.md", "--ignore", "TQA014", "-o", str(out)]
    assert main(args) == 1
    assert "warning:" in capsys.readouterr().err
    assert main([*args, "-q"]) == 1
    assert capsys.readouterr().err == ""
    assert main(["fix", str(SEED), "-q"]) in (0, 1)
    assert capsys.readouterr().err == ""


def test_exit_zero_on_fix_and_audit(tmp_path: Path) -> None:
    assert main(["fix", str(SEED)]) == 1
    assert main(["fix", str(SEED), "--exit-zero"]) == 0
    store = str(tmp_path / "s.sqlite")
    base = ["audit", str(SEED), "--store", store, "--jobs", "1", "-o", str(tmp_path / "r.jsonl")]
    assert main(base) == 1
    assert main([*base, "--exit-zero"]) == 0
    assert main([*base, "--no-color", "--quiet"]) == 1


def test_a_selection_that_leaves_nothing_to_run_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEED), "--select", "TQA101"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing to check" in err and "needs the original" in err
    assert main(["fix", str(SEED), "--select", "TQA101"]) == 2
    assert main(["check", str(SEED), "--select", "TQA1", "--ignore", "TQA1"]) == 2
    assert main(["audit", str(SEED), "--select", "TQA1", "--ignore", "TQA1", "--no-progress"]) == 2
    assert capsys.readouterr().err.count("leaves no rule to run") == 2


@pytest.mark.parametrize(("ext", "start"), [(".html", "<!doctype html>"), (".json", "{"), (".sarif", "{"),
                                            (".xml", "<?xml"), (".csv", "target,source,code"), (".txt", "transqa check")])
def test_output_format_from_the_extension(ext: str, start: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"r{ext}"
    main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith(start.lower()), text[:80]
    err = capsys.readouterr().err
    assert f"report to {out}" in err
    if ext == ".sarif":
        assert json.loads(text)["version"] == "2.1.0"


def test_format_option_wins_over_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "-o", str(out), "-f", "concise"])
    assert out.read_text(encoding="utf-8").startswith(S + "solar-startup.zh.md:")


def test_a_wrong_pair_is_warned_about(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", S + "solar-startup.en.md", S + "wind-farm.zh.md", "-f", "concise"]) == 1
    out, err = capsys.readouterr()  # a finding (TQA014, wrong-pair) the report and the exit code count, no warning too
    assert "TQA014" in out and "1 of " not in err and "do not look like" not in err
    main(["check", S + "solar-startup.en.md", S + "wind-farm.zh.md", "-f", "concise", "--ignore", "TQA014"])
    err = capsys.readouterr().err  # without the rule, the warning still says it
    assert "warning:" in err and "do not look like an original and its translation" in err
    main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "-f", "concise"])
    assert "do not look like" not in capsys.readouterr().err


# ------------------------------------------------------------------------------------------------ audit
def _archive(tmp_path: Path) -> Path:
    """The archive's own naming: slug.md (Chinese) beside slug.en.html / slug.en.md."""
    d = tmp_path / "archive"
    d.mkdir()
    shutil.copy(ROOT / S / "chip-merger.en.html", d / "chip-merger.en.html")
    shutil.copy(ROOT / S / "chip-merger.zh.md", d / "chip-merger.md")
    shutil.copy(ROOT / S / "solar-startup.en.md", d / "solar-startup.en.md")
    shutil.copy(ROOT / S / "solar-startup.zh.md", d / "solar-startup.md")
    return d


def test_audit_pairs_slug_md_with_slug_en_beside_it(tmp_path: Path) -> None:
    from transqa.audit.discover import from_paths

    d = _archive(tmp_path)
    jobs = from_paths([str(d)])
    assert [(Path(j.target).name, Path(j.source).name if j.source else None) for j in jobs] == [
        ("chip-merger.md", "chip-merger.en.html"), ("solar-startup.md", "solar-startup.en.md")]
    # --originals equal to the archive folder: never a file paired with itself
    jobs = from_paths([str(d)], originals=str(d))
    assert all(j.source != j.target for j in jobs)
    assert [Path(j.source).name if j.source else None for j in jobs] == ["chip-merger.en.html", "solar-startup.en.md"]


def test_audit_in_a_folder_of_translations_alone_never_pairs_a_file_with_itself(tmp_path: Path) -> None:
    from transqa.audit.discover import from_paths

    d = tmp_path / "zh"
    d.mkdir()
    for name in ("a.md", "b.md"):
        shutil.copy(SEED, d / name)
    assert [j.source for j in from_paths([str(d)], originals=str(d))] == [None, None]


def test_audit_on_a_terminal_prints_the_summary_not_jsonl() -> None:
    from transqa.report import audit_format

    assert audit_format(None, None, terminal=True) == "summary"
    assert audit_format(None, None, terminal=False) == "jsonl"
    assert audit_format(None, "r.jsonl", terminal=True) == "jsonl"
    assert audit_format("jsonl", None, terminal=True) == "jsonl"


def test_audit_summary_format_writes_no_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = _archive(tmp_path)
    code = main(["audit", str(d), "--store", str(tmp_path / "s.sqlite"), "--jobs", "1", "--format", "summary"])
    assert code == 1
    out = capsys.readouterr().out
    assert not out.lstrip().startswith("{")
    assert "audited 2 articles" in out and "articles by score" in out


def test_markdown_original_with_html_blocks_is_markdown(tmp_path: Path) -> None:
    from transqa.load import load_source

    src = tmp_path / "a.en.md"
    src.write_text("# Solar start-up raises money\n\n<div class=\"byline\">\nBy A. Writer\n</div>\n\n"
                   "SunVolt raised $40 million, the company said on [Monday](https://example.com/a).\n\n"
                   "<div><img src=\"x.png\"></div>\n\nThe round values it at $400 million.\n\n<p>Read more</p>\n", encoding="utf-8")
    doc = load_source(str(src))
    assert doc.format == "markdown"
    assert any("$40 million" in b.text for b in doc.blocks)


# -------------------------------------------------------------------------------------------- pre-commit
def test_hook_files_english_markdown_is_skipped_without_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "CONTRIBUTING.md").write_text("# Contributing\n\nPlease open an issue first and describe the change.\n", encoding="utf-8")
    (tmp_path / "NOTES.md").write_text("# Notes\n\nOpen an issue first.\n", encoding="utf-8")
    shutil.copy(ROOT / "README.md", tmp_path / "README.md")
    shutil.copy(ROOT / S / "wind-farm.zh.md", tmp_path / "wind-farm.zh.md")
    shutil.copy(ROOT / S / "wind-farm.en.md", tmp_path / "wind-farm.en.md")
    files = [str(tmp_path / n) for n in ("CONTRIBUTING.md", "NOTES.md", "README.md", "wind-farm.en.md", "wind-farm.zh.md")]
    code = main(["audit", "--format", "concise", "--no-progress", "--jobs", "1", "--store", str(tmp_path / "s.sqlite"), *files])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "README.md" not in out and "CONTRIBUTING.md" not in out and "NOTES.md" not in out


def test_untranslated_article_with_its_header_is_still_audited(tmp_path: Path) -> None:
    from transqa.audit.discover import from_paths

    p = tmp_path / "x.md"
    p.write_text("# Red RAZR\n\n> 原文：<https://techcrunch.com/2006/10/13/red-razr/>\n\n" + "The phone itself will cost money. " * 20 + "\n", encoding="utf-8")
    assert [j.target for j in from_paths([str(p)])] == [str(p)]


# ------------------------------------------------------------------------------------------ text report
def _text(args: list[str], columns: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    main(["check", *args])
    return capsys.readouterr().out


def _titles(out: str) -> list[str]:
    return [line.strip("╭─ ").split(" ─")[0].strip() for line in out.splitlines() if line.startswith("╭")]


def test_boxes_are_80_columns_when_not_a_terminal_and_columns_is_unset(monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    # the README's promise: COLUMNS when set, else the terminal, else 80 (they were 100 wide). In this process: its
    # captured standard output is no terminal, as a pipe is not (two new interpreters were 2.2 CPU s, r48)
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.chdir(ROOT)
    args = ["check", S + "solar-startup.en.md", S + "solar-startup.zh.md"]
    assert not sys.stdout.isatty()
    main(args)
    out = capsys.readouterr().out
    from rich.cells import cell_len  # columns on a terminal: a Chinese character takes two

    boxes = [line for line in out.splitlines() if line[:1] in "╭│╰"]
    assert boxes and {cell_len(line) for line in boxes} == {80}, {cell_len(line) for line in boxes}
    wide = _text(args[1:], 120, monkeypatch, capsys)
    assert {cell_len(line) for line in wide.splitlines() if line[:1] in "╭│╰"} == {120}


@pytest.mark.parametrize("columns", [80, 160])
def test_box_titles_are_never_cut_and_name_both_lines(columns: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / ("a-rather-long-folder-name-for-translations-" * 3) / "2024" / "06"
    deep.mkdir(parents=True)
    shutil.copy(ROOT / S / "solar-startup.en.md", deep / "solar-startup.en.md")
    shutil.copy(ROOT / S / "solar-startup.zh.md", deep / "solar-startup.zh.md")
    out = _text([str(deep / "solar-startup.en.md"), str(deep / "solar-startup.zh.md")], columns, monkeypatch, capsys)
    titles = _titles(out)
    assert titles and all("ZH line" in t and "EN line" in t for t in titles), titles
    assert "ZH line 5  ↔  EN line 3" in titles
    # every line fits but the header's command, never wrapped since release 31: one line to copy, its paths whole
    paths = [str(deep / "solar-startup.en.md"), str(deep / "solar-startup.zh.md")]
    command = f"transqa check {paths[0]} {paths[1]}"
    assert all(len(line) <= columns or line == command for line in out.splitlines())
    assert command in out.splitlines()


def test_an_omitted_paragraph_box_names_the_line_its_finding_gives(monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # the box said "ZH line –" while its TQA001 line said 13:1 (chip-merger sample)
    out = _text([S + "chip-merger.en.html", S + "chip-merger.zh.md"], 100, monkeypatch, capsys)
    boxes = [b for b in out.split("╭")[1:] if "(no translation)" in b]
    assert boxes
    for box in boxes:
        title = _titles("╭" + box)[0]
        lines = {m.group(1) for m in re.finditer(r"│ (\d+):\d+ TQA001", box)}
        assert lines and all(f"before line {n}" in title for n in lines), (title, lines)  # its place (FIX28 item 7)
        assert title.startswith("ZH missing (before line ") and "–," not in title, title


def test_a_dropped_link_does_not_mark_the_whole_chinese_paragraph(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = _text([S + "solar-startup.en.md", S + "solar-startup.zh.md"], 100, monkeypatch, capsys)
    box = out.split("ZH line 11")[1].split("╰")[0]
    assert "TQA101" in box and "⟦a filing" in box
    assert "⟦据路透社" not in box


def test_an_omitted_paragraph_shows_no_translation_on_the_right(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    zh = (ROOT / S / "solar-startup.zh.md").read_text(encoding="utf-8")
    dropped = "该公司表示，其电池目前已安装在科罗拉多州和亚利桑那州的 12,000 户家庭中，高于一年前的 3000 户。\n\n"
    assert dropped in zh
    target = tmp_path / "t.zh.md"
    target.write_text(zh.replace(dropped, ""), encoding="utf-8")
    out = _text([S + "solar-startup.en.md", str(target)], 100, monkeypatch, capsys)
    box = out.split("EN line 5")[1].split("╰")[0]
    assert "TQA001" in box and "(no translation)" in box
    assert "总部位于丹佛" not in box  # not the previous Chinese paragraph


def test_each_paragraph_once(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import ZUCK_EN, ZUCK_ZH, need_shared

    need_shared(ZUCK_EN, ZUCK_ZH)
    out = _text([str(ZUCK_EN), str(ZUCK_ZH)], 80, monkeypatch, capsys)
    titles = _titles(out)
    assert len(titles) == len(set(titles)) >= 2
    zh_lines = [t.split("ZH line ")[1].split()[0] for t in titles]
    seen = [x for z in zh_lines if z != "–" for x in z.split(",")]
    assert len(seen) == len(set(seen))


def test_one_name_garbled_in_many_paragraphs_is_one_box(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "p.zh.md"
    paras = ["# Paytm 融资", "阿里巴巴向 Paytm 提供资金和整合支持。"] + [f"第 {k} 段：pay TM 是一家提供支付服务的公司，用户很多。" for k in range(1, 7)]
    target.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    main(["check", str(target), "-f", "json"])
    n302 = sum(1 for f in json.loads(capsys.readouterr().out)["documents"][0]["findings"] if f["code"] == "TQA302")
    out = _text([str(target)], 80, monkeypatch, capsys)
    if n302 > 1:
        assert out.count("TQA302") == 1 and "also at" in out
    assert len(_titles(out)) <= 1 + (1 if n302 == 0 else 0)


# ------------------------------------------------------------------------------------------------ README
def test_readme_use_section_matches_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    use = readme[readme.index("\n## Quick start"):readme.index("\n## Rules")]  # the quick starts, every user's part
    use += (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")  # and the full reference
    assert ". .venv/bin/activate" in readme and "pipx install '.[lexicon]'" in readme
    lines = [ln.split("#")[0] for ln in re.findall(r"^(?:cat [^|]+\| )?(transqa .+)$", use, re.MULTILINE)]
    assert len(lines) > 20
    helps: dict[str, str] = {}
    for ln in lines:
        words = ln.split()
        cmd = words[1]
        if cmd.startswith("-"):
            assert cmd in ("-V", "--version"), ln
            continue
        if cmd not in helps:
            main([cmd, "--help"])
            helps[cmd] = capsys.readouterr().out
        for flag in re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", ln):
            assert re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", helps[cmd]), (flag, ln)
    for cmd in ("check", "fix", "audit"):
        if cmd not in helps:
            main([cmd, "--help"])
            helps[cmd] = capsys.readouterr().out
        assert "--exit-zero" in helps[cmd] and "--quiet" in helps[cmd], cmd


def test_fix_write_refuses_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes()), encoding="utf-8"))
    assert main(["fix", "-", "--write"]) == 2
    assert "--write needs a file" in capsys.readouterr().err
    assert not Path("-").exists() and not Path("-.orig").exists()


@pytest.mark.parametrize("columns", [80, 100])
def test_long_chinese_lines_wrap_and_lose_nothing(columns: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    out = _text([str(SEED)], columns, monkeypatch, capsys)
    box = out.split("ZH line 31")[1].split("╰")[0]
    flat = "".join(line.strip("│ ").replace(" ", "") for line in box.splitlines())
    assert "…" not in box.split("31:102")[0]  # no line cut short with an ellipsis
    assert "的分销，”⟦Mail说。Ru⟧集团首席执行官" in flat


def test_the_wrote_notice_follows_the_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "wrote the report" only once the file is written; an unwritable -o gives the error alone
    from transqa.cli import main as cli_main

    pair = [str(ROOT / "corpora" / "samples" / f"solar-startup.{x}.md") for x in ("en", "zh")]
    assert cli_main(["check", *pair, "-o", str(tmp_path / "missing" / "r.json")]) == 2
    err = capsys.readouterr().err
    assert "notice: wrote" not in err and "cannot be written" in err
    cli_main(["check", *pair, "-o", str(tmp_path / "r.json")])
    assert capsys.readouterr().err.strip().endswith(f"wrote the json report to {tmp_path / 'r.json'}")
    assert (tmp_path / "r.json").exists()


def test_a_quoted_text_that_holds_quotes_stays_readable() -> None:
    from transqa.context import quote

    assert quote("据彭博社报道") == "“据彭博社报道”"
    assert quote("““后果”") == "‘““后果”’"  # a doubled opening quote is visible, not lost among the outer marks
    assert quote("他说“‘好’”") == "「他说“‘好’”」"
    assert quote("“" + "长" * 80) == "‘“" + "长" * 58 + "…’"  # cut to the limit first


def test_a_quoted_excerpt_is_cut_at_a_word_boundary_not_inside_a_word() -> None:
    from transqa.context import piece, quote

    long = "阿里巴巴集团今天宣布，其总裁" * 4 + " Michael Evans 将出任"
    cut = quote(long)
    assert "Michael" not in cut and not cut.rstrip("…”").endswith(" M") and cut.endswith("…”")
    assert quote("据报道 " + "x" * 80) == "“据报道…”"  # back to the word's start
    assert quote("x" * 80) == "“" + "x" * 59 + "…”"  # one word longer than the limit: cut at the limit
    assert quote("长" * 80) == "“" + "长" * 59 + "…”"  # Han text: any character is a boundary
    assert piece("…阿里巴巴总裁 Michael", 0, 9) == "…阿里巴巴总裁 "


def test_a_wrong_pairs_header_agrees_with_its_warning(capsys: pytest.CaptureFixture[str]) -> None:
    # a newcomer read "1 of 10 paragraphs matched" in the warning and "4 groups translate each other" in the header
    main(["check", S + "solar-startup.en.md", S + "wind-farm.zh.md", "-f", "text"])
    got = capsys.readouterr()
    assert "TQA014" in got.out and "paragraphs matched" not in got.err  # the report's finding says it, once
    main(["check", S + "solar-startup.en.md", S + "wind-farm.zh.md", "-f", "concise"])
    assert "0 of 6 paragraphs matched" in capsys.readouterr().out
    header = " ".join(got.out.split())
    assert "0 groups translate each other, 3 groups were paired with little confidence" in header, header


def test_an_audit_reports_a_wrong_original_beside_the_translation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 22b item 7: a wrong x.en.md beside x.zh.md passed the audit's gate (exit 0, TQA002 warnings only)
    (tmp_path / "a").mkdir()
    shutil.copy(S + "wrong-original.en.md", tmp_path / "a" / "x.en.md")
    shutil.copy(S + "wrong-original.zh.md", tmp_path / "a" / "x.zh.md")
    base = ["audit", str(tmp_path / "a"), "--no-cache", "--no-progress", "--jobs", "1", "--isolated"]
    assert main([*base, "-o", str(tmp_path / "r.jsonl")]) == 1
    doc = json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))
    assert [f["severity"] for f in doc["findings"] if f["code"] == "TQA014"] == ["error"]
    assert "TQA014" in capsys.readouterr().out  # the closing summary counts it among the errors
    for fmt in ("sarif", "junit"):
        assert main([*base, "--format", fmt, "-o", str(tmp_path / f"r.{fmt}")]) == 1
        assert "TQA014" in (tmp_path / f"r.{fmt}").read_text(encoding="utf-8")
