"""Release twenty-five, newcomer 25 items 1, 2, 4, 6, 11 and 12 (brief CLI25B)."""

from __future__ import annotations

import pytest

from transqa.errors import InputError
from transqa.load.decode import decode_with_encoding


def test_one_stray_byte_in_utf8_text_is_placed_by_line_and_column() -> None:
    data = "# 标题\n\n第一段。\n第二段 caf".encode() + b"\xe9" + " 好。\n".encode()
    with pytest.raises(InputError) as got:
        decode_with_encoding("x.zh.md", data)
    assert got.value.message == ("is not UTF-8 text: an invalid byte at line 4, column 8 (offset 36); the rest is "
                                 "UTF-8 (fix or delete that byte)"), got.value.message


def test_a_legacy_or_western_file_is_not_called_utf8_with_stray_bytes() -> None:
    with pytest.raises(InputError) as got:
        decode_with_encoding("w.zh.md", "café au lait est très bon, je pense que oui mon ami\n".encode("cp1252"))
    assert "the rest is UTF-8" not in got.value.message and "Windows-1252" in got.value.message
    text, enc = decode_with_encoding("g.zh.md", "他说，公司今年的收入增长了百分之二十，明年还会继续增长。\n".encode("gbk") * 3)
    assert enc.lower() in {"gb18030", "gbk", "gb2312"} and text.startswith("他说")


def test_readme_pre_commit_section_gives_the_install_step() -> None:
    from pathlib import Path

    readme = Path(__file__).resolve().parents[1] / "README.md"
    section = readme.read_text(encoding="utf-8").split("#### The pre-commit hook", 1)[1].split("\n#### ", 1)[0]
    assert "pre-commit install" in section


def test_a_target_only_check_of_a_file_with_a_source_header_names_fetch_source(
        tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    from tests.helpers import run_cli

    folder = Path(str(tmp_path))
    body = "\n\n公司周二表示，它将在明年推出新产品。\n"
    (folder / "a.md").write_text("# 新产品\n\n> 原文：<https://web.archive.org/web/2010/http://example.com/a>\n" + body,
                                 encoding="utf-8")
    (folder / "b.md").write_text("# 新产品\n" + body, encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(folder / "a.md"), "--no-color")
    assert "--fetch-source" in out, out
    _code, out, _err = run_cli(capsys, "check", str(folder / "b.md"), "--no-color")
    assert "--fetch-source" not in out, out


@pytest.mark.parametrize("credit", [
    "*上图 via: [希腊股票](http://www.greekshares.com/)*",  # newcomer 25 item 4 (archive, Goldman Sachs list)
    "图片 via：[Getty Images](http://www.gettyimages.com/)",
    "（截图 Via: [The Verge](http://www.theverge.com/)）",
])
def test_via_before_a_colon_and_a_link_is_a_credit_left_in_english(credit: str) -> None:
    from tests.helpers import findings

    zh = f"# 新产品\n\n公司周二表示，它将在明年推出新产品。\n\n{credit}\n"
    got = [f.message for f in findings(None, zh) if f.code == "TQA401"]
    assert len(got) == 1 and "is left in English" in got[0] and "via" in got[0].lower(), got


@pytest.mark.parametrize("prose", [
    "他说：“we got there via: [the back door](http://example.com/)”，大家都笑了。",  # an English sentence
    "这家公司名为 Via: [官网](http://www.via.com/) 上写着它的使命。",  # after a Latin word: the company Via
])
def test_via_colon_link_inside_english_or_after_a_name_is_not_a_credit(prose: str) -> None:
    from tests.helpers import findings

    zh = f"# 新产品\n\n公司周二表示，它将在明年推出新产品。\n\n{prose}\n"
    assert [f.message for f in findings(None, zh) if f.code == "TQA401" and "credit" in f.message] == []


def test_a_report_written_after_the_bar_is_never_followed_by_the_bar() -> None:
    # newcomer 25 item 2: after an interrupted run's summary the progress line was drawn again (twice)
    import io

    from rich.console import Console

    from transqa.report.progress import AuditBar

    screen = io.StringIO()
    out = io.StringIO()
    with AuditBar(True, console=Console(file=screen, force_terminal=True, width=80)) as bar:
        bar.found(200)
        bar.after(out, "audited 123 articles\n")
        drawn = screen.getvalue()
    assert out.getvalue() == "audited 123 articles\n" and screen.getvalue() == drawn


def test_a_terminal_of_no_known_width_is_taken_as_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from transqa.report.progress import terminal_columns

    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(os, "get_terminal_size", lambda *_: os.terminal_size((0, 0)))  # a pty with no size
    assert terminal_columns(True) == 80
    monkeypatch.setattr(os, "get_terminal_size", lambda *_: os.terminal_size((100, 40)))
    assert terminal_columns(True) == 100 and terminal_columns(False) == 80
    monkeypatch.setenv("COLUMNS", "120")
    assert terminal_columns(True) == 120


def test_the_summary_after_a_stop_is_cut_to_the_terminal() -> None:
    import inspect

    from transqa.audit.service import Audit

    assert "columns" in inspect.signature(Audit.stopped_summary).parameters


def test_the_terminal_summary_says_the_example_before_its_place(tmp_path: pytest.TempPathFactory,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # newcomer 25 item 1: at 100 columns the example column read only `arch/techcrunch-blog-z…`; the header said
    # "places under X" over rows of another folder
    import shutil
    import sys
    import unicodedata
    from pathlib import Path

    from tests.helpers import run_cli

    base = Path(str(tmp_path))
    samples = Path(__file__).resolve().parents[1] / "corpora" / "samples"
    for folder, name in (("a-rather-long-folder-name-2005to2007/docs", "battery-recall"),
                         ("a-rather-long-folder-name-2007-2014/docs", "chip-merger")):
        (base / "arch" / folder).mkdir(parents=True)
        shutil.copy(samples / f"{name}.zh.md", base / "arch" / folder / f"{name}.zh.md")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    err = run_cli(capsys, "audit", str(base / "arch"), "--store", str(base / "s.sqlite"), "--format", "concise")[2]
    lines = err[err.rindex("audited "):].splitlines()  # the summary, after the concise finding lines
    rows = [x for x in lines if x.startswith("          e.g. ")]  # newcomer29 #11: the example on a line below its rule's row
    too_wide = [x for x in lines if sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in x) > 100]
    assert rows and not too_wide, too_wide
    assert not any("a-rather-long" in x for x in rows), rows  # the place is the file's base name (first since newcomer29 #11)
    assert sum(("“" in x or " is " in x or "→" in x) for x in rows) >= len(rows) // 2, rows
    heading = next(x for x in lines if x.startswith("by rule"))
    assert "places under" not in heading or all(x.split()[-1] for x in rows)
