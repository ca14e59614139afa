"""A catalogue of bad inputs: each gets a clear one-line error (exit 2) or is read correctly."""

from __future__ import annotations

import codecs
import os
import time
from pathlib import Path

import pytest
from tests.conftest import ROOT

from transqa.cli import main

SAMPLES = ROOT / "corpora" / "samples"
EN = str(SAMPLES / "solar-startup.en.md")
ZH_TEXT = (SAMPLES / "solar-startup.zh.md").read_text(encoding="utf-8")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _one_line_error(err: str, *expect: str) -> None:
    assert err.count("\n") == 1 and err.startswith("transqa: error:") and "Traceback" not in err, err
    for e in expect:
        assert e in err, err


@pytest.mark.parametrize(
    ("name", "data", "expect"),
    [
        ("empty", b"", "is empty"),
        ("whitespace", b"  \n\t\n  \r\n", "whitespace only"),
        ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("nul", "正文\x00正文".encode() * 40, "NUL"),
        ("latin1", "café crème brûlée".encode("latin-1"), "encoding could not be recognised"),
    ],
)
def test_unreadable_target(name: str, data: bytes, expect: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / f"{name}.md"
    p.write_bytes(data)
    code, out, err = _run(capsys, "check", EN, str(p))
    assert code == 2 and out == ""
    _one_line_error(err, str(p), expect)


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b""),
     ("gb18030", b""), ("gbk", b"")],
)
def test_encodings_are_decoded(encoding: str, bom: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "zh.md"
    p.write_bytes(bom + ZH_TEXT.encode(encoding))
    code, out, _ = _run(capsys, "check", EN, str(p), "--format", "concise")
    assert code == 1
    assert "TQA202" in out and "“700 万美元”" in out and ":5:" in out  # same findings, same places


def test_big5_traditional_translation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import opencc

    trad = opencc.OpenCC("s2t").convert(ZH_TEXT)
    p = tmp_path / "zh-hant.md"
    p.write_bytes(trad.encode("big5", errors="replace"))
    code, out, _ = _run(capsys, "check", EN, str(p), "--format", "concise")
    assert "TQA202" in out and "700 萬美元" in out  # the report keeps the text as written


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_crlf_and_cr_line_endings(ending: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "zh.md"
    p.write_bytes(ZH_TEXT.replace("\n", ending).encode())
    code, out, _ = _run(capsys, "check", EN, str(p), "--format", "concise")
    assert code == 1 and f"{p}:5:101: TQA202" in out and f"{p}:9:40: TQA301" in out


def test_fifty_megabyte_file_is_refused_quickly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "huge.md"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    t0 = time.monotonic()
    code, _, err = _run(capsys, "check", str(p))
    assert code == 2 and time.monotonic() - t0 < 5
    _one_line_error(err, "too large", "50 MB")


def test_swapped_languages_and_html_without_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "check", str(SAMPLES / "solar-startup.zh.md"), EN)
    assert code == 2
    _one_line_error(err, "looks like Chinese")
    page = tmp_path / "nav.html"
    page.write_text("<!doctype html><html><body><nav><ul><li><a href='/'>Home</a></li></ul></nav><footer>© 2024</footer></body></html>", encoding="utf-8")
    code, _, err = _run(capsys, "check", str(page), str(SAMPLES / "solar-startup.zh.md"))
    assert code == 2
    _one_line_error(err, "no article text")


@pytest.mark.parametrize("kind", ["quotes", "lists", "html"])
def test_pathological_nesting(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / f"deep-{kind}.md"
    if kind == "quotes":
        body = "> " * 10000 + "深层引用的中文内容。\n"
    elif kind == "lists":
        body = "- " * 10000 + "深层列表的中文内容。\n"
    else:
        body = "<div>" * 10000 + "深层标签里的中文内容。" + "</div>" * 10000 + "\n"
    p.write_text("# 标题\n\n" + body + "\n正常的段落。\n", encoding="utf-8")
    t0 = time.monotonic()
    code, out, err = _run(capsys, "check", str(p), "--format", "concise")
    assert code in (0, 1) and "Traceback" not in err and time.monotonic() - t0 < 30
    if kind == "html":
        page = tmp_path / "deep.html"
        page.write_text("<html><body>" + "<div>" * 10000 + "<p>" + "Deep English text of the article. " * 5 + "</p>" + "</div>" * 10000 + "</body></html>", encoding="utf-8")
        code, _, err = _run(capsys, "check", str(page), str(p), "--format", "concise")
        assert code in (0, 1) and "Traceback" not in err


def test_folder_missing_and_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = _run(capsys, "check", EN, str(tmp_path))
    assert code == 2
    _one_line_error(err, "is a folder")
    code, _, err = _run(capsys, "check", EN, str(tmp_path / "missing.md"))
    assert code == 2
    _one_line_error(err, "no such file")
    p = tmp_path / "locked.md"
    p.write_text(ZH_TEXT, encoding="utf-8")
    os.chmod(p, 0)
    if os.geteuid() == 0:  # root reads anything: make the read itself fail as it would for a user
        real_open = os.open  # files are opened with os.open (O_NONBLOCK, then fstat: regular files only)

        def deny(file, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
            if str(file) == str(p):
                raise PermissionError(13, "Permission denied", str(p))
            return real_open(file, *a, **k)

        monkeypatch.setattr(os, "open", deny)
    code, _, err = _run(capsys, "check", EN, str(p))
    assert code == 2
    _one_line_error(err, "permission denied")


def test_symlink_loop_in_an_audit_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    (corpus / "a" / "x.zh.md").write_text(ZH_TEXT, encoding="utf-8")
    os.symlink(corpus, corpus / "a" / "loop")
    os.symlink(corpus / "nowhere", corpus / "a" / "dangling.md")
    code = main(["audit", str(corpus), "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl"), "--no-progress"])
    lines = (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2  # x.zh.md once (not once per trip round the loop), and the dangling link as unreadable
    assert '"kind":"missing"' in lines[0] or '"kind":"missing"' in lines[1]
    assert code == 2


def test_reports_are_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import transqa.atomic as atomic
    import transqa.cli as cli

    out = tmp_path / "report.json"
    out.write_text("previous report\n", encoding="utf-8")
    real = os.fdopen

    class Boom(Exception):
        pass

    def failing_fdopen(fd, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202
        fh = real(fd, *a, **k)
        orig = fh.write

        def write(s):  # noqa: ANN001, ANN202
            orig(s[: len(s) // 2])
            raise Boom("interrupted")

        fh.write = write
        return fh

    monkeypatch.setattr(atomic.os, "fdopen", failing_fdopen)
    with pytest.raises(Boom):
        cli._write("a new report\n" * 100, out)
    assert out.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]  # no half-written temporary left


@pytest.mark.parametrize(("name", "body"), [
    ("pairs.tsv", "en\tzh\nThe company raised money.\t该公司筹集了资金。\nIt plans to hire engineers.\t它计划招聘工程师。\n股价上涨。\t股价上涨。\n"),
    ("pairs.csv", "en,zh\nThe company raised money,该公司筹集了资金。\nIt plans to hire engineers,它计划招聘工程师。\nShares rose,股价上涨。\n"),
    ("glossary.md", "Mail.ru\t邮件\treject\nPaytm\t支付宝\treject\nAlibaba\t阿里巴巴\tkeep\n"),
])
def test_tabular_data_given_as_the_translation(name: str, body: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a TSV or CSV export (sentence pairs, a glossary) was checked as prose: a report of nonsense findings
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    for args in ((str(p),), (EN, str(p))):
        code, out, err = _run(capsys, "check", *args, "--format", "concise")
        assert code == 2 and out == ""
        _one_line_error(err, "is tabular data (")


def test_paragraphs_indented_by_a_tab_are_no_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "indented.txt"
    p.write_text("\t该公司周二表示筹集了资金，并计划扩大团队。\n\n\t它计划明年招聘工程师，并在欧洲开设办公室。\n\n\t股价在早盘上涨。\n", encoding="utf-8")
    code, _, err = _run(capsys, "check", str(p), "--format", "concise")
    assert code in (0, 1) and "tabular" not in err
