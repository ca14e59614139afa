"""Hostile inputs, third round: bad input is one line and exit 2, an input is never overwritten, nothing
written destroys what it replaces. In process, on 127.0.0.1 only."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import one_error, run_cli
from tests.wayback_server import Wayback

from transqa.cli import main
from transqa.load.decode import decode_with_encoding

URL = "https://example.com/news/voltcell"
PAGE = (b"<html><body><article><h1>Voltcell recalls</h1><p>Voltcell is recalling 150 million power banks "
        b"after reports some overheated.</p></article></body></html>")
ZH = "# 标题\n\n> 原文：<" + URL + ">\n\n公司正在召回 1.5 亿个充电宝，此前有报道称其中一些产品在充电时过热。\n"




@pytest.fixture
def target(tmp_path: Path) -> Path:
    t = tmp_path / "t.md"
    t.write_text(ZH, encoding="utf-8")
    return t


@pytest.mark.parametrize("link", [False, True])
def test_fetch_output_naming_the_translation_is_refused(link: bool, target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = target
    if link:
        out = tmp_path / "l.md"
        out.symlink_to(target)
    with Wayback() as wb:
        wb.add(URL, PAGE)
        code, _, err = run_cli(capsys, "fetch", str(target), "-o", str(out), "--wayback-endpoint", wb.endpoint,
                            "--cache-dir", str(tmp_path / "c"))
        assert not any("id_/" in h for h in wb.hits)  # refused before any fetch
    assert code == 2
    one_error(err, "is an input of this run", "with the fetched page (write the fetched page elsewhere)", alone=True)  # no report
    assert target.read_text(encoding="utf-8") == ZH


@pytest.mark.parametrize(("option", "value"), [("--fetch-timeout", "inf"), ("--fetch-timeout", "1e308"), ("--fetch-timeout", "nan"),
                                               ("--fetch-timeout", "-1"), ("--fetch-rate", "1e-300"), ("--fetch-rate", "nan"),
                                               ("--fetch-rate", "inf")])
def test_non_finite_or_extreme_fetch_numbers_are_refused_at_the_option(option: str, value: str, target: Path, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "audit", str(target), "--fetch-source", option, value, "--offline", "--cache-dir", str(tmp_path / "c"),
                        "--store", str(tmp_path / "s.sqlite"), "--no-progress", "-o", str(tmp_path / "r.jsonl"))
    assert code == 2
    one_error(err, option, alone=True)
    assert not (tmp_path / "r.jsonl").exists()


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_of_chinese_text_is_decoded(order: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "# 标题\n\n公司正在召回 1 . 5 亿个充电宝，此前有报道称其中一些产品在充电时过热。\n"
    assert decode_with_encoding("u.md", text.encode(order)) == (text, order)
    english = "Voltcell is recalling 150 million power banks.\n"  # ASCII in UTF-16 is valid UTF-8 with NULs
    assert decode_with_encoding("e.md", english.encode(order)) == (english, order)
    f = tmp_path / "u.md"
    f.write_bytes(text.encode(order))
    code, out, _ = run_cli(capsys, "check", str(f), "--format", "concise")
    assert code == 1 and "TQA207" in out


def test_binary_with_zeros_in_one_parity_is_still_binary() -> None:
    import random

    from transqa.errors import InputError

    rnd = random.Random(7)
    data = bytes(rnd.randrange(1, 256) if i % 2 == 0 or rnd.random() > 0.1 else 0 for i in range(4000))
    with pytest.raises(InputError, match="binary"):
        decode_with_encoding("x.bin", data)


def test_the_hook_entry_ends_options_so_a_file_named_like_one_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import shlex

    import yaml
    from tests.conftest import ROOT

    entry = shlex.split(yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]["entry"], comments=True)
    assert entry[0] == "transqa" and entry[-1] == "--"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    text = "# 标题\n\n公司正在召回 1 . 5 亿个充电宝。\n"
    for name in ("ok.zh.md", "-o.md", "--exit-zero.md"):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / ".md").write_text("precious\n", encoding="utf-8")
    code, out, err = run_cli(capsys, *entry[1:], "ok.zh.md", "-o.md", "--exit-zero.md")  # as pre-commit appends the files
    assert code == 1, err
    assert (tmp_path / ".md").read_text(encoding="utf-8") == "precious\n"
    assert {line.split(":")[0] for line in out.splitlines()} == {"ok.zh.md", "-o.md", "--exit-zero.md"}


def test_fix_write_beside_an_unrelated_orig_keeps_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.md"
    before = "# 标题\n\n公司正在召回 1 . 5 亿个充电宝。\n"
    a.write_text(before, encoding="utf-8")
    (tmp_path / "a.md.orig").write_text("precious\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "fix", "--write", str(a))
    assert code == 0, err
    assert (tmp_path / "a.md.orig").read_text(encoding="utf-8") == "precious\n"
    assert (tmp_path / "a.md.orig.1").read_text(encoding="utf-8") == before and "a.md.orig.1" in err
    assert "1.5 亿" in a.read_text(encoding="utf-8")
    # the same bytes kept already: no third copy
    a.write_text(before, encoding="utf-8")
    assert run_cli(capsys, "fix", "--write", str(a))[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "a.md.orig", "a.md.orig.1"]


BROKEN = "# 标题\n\n公司正在召回 1 . 5 亿个充电宝。\n"


@pytest.mark.parametrize(("toml", "key"), [("glossary = [1]", "glossary"), ("default-currency = [1]", "default-currency"),
                                           ('per-file-ignores = {"*.md" = 1}', "per-file-ignores"),
                                           ("x = " + "[" * 5000 + "]" * 5000, "x"),
                                           ("[tool.transqa]\nselect = " + "{a=" * 3000 + "1" + "}" * 3000, "select")])
def test_config_values_of_the_wrong_type_or_nested_deep_are_one_line(toml: str, key: str, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    t = tmp_path / "t.md"
    t.write_text(BROKEN, encoding="utf-8")
    cfg = tmp_path / ("pyproject.toml" if toml.startswith("[tool") else "a.toml")
    cfg.write_text(toml + "\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(t), "--config", str(cfg))
    assert code == 2
    one_error(err, f"{cfg}: {key}", alone=True)


def test_a_pyproject_whose_tool_is_not_a_table_is_no_configuration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text("tool = 1\n", encoding="utf-8")
    t = tmp_path / "t.md"
    t.write_text(BROKEN, encoding="utf-8")
    assert run_cli(capsys, "check", str(t))[0] == 1
    assert run_cli(capsys, "check", str(t), "--config", str(tmp_path / "pyproject.toml"))[0] == 1


@pytest.mark.parametrize("yaml_text", ["keep: " + "[" * 3000 + "]" * 3000, "accept:\n  x: " + "[" * 50 + "]" * 50,
                                       "reject: " + "{a: " * 500 + "b" + "}" * 500])
def test_glossary_yaml_nested_deep_is_one_line(yaml_text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = tmp_path / "t.md"
    t.write_text(BROKEN, encoding="utf-8")
    g = tmp_path / "g.yaml"
    g.write_text(yaml_text + "\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(t), "--isolated", "--glossary", str(g))
    assert code == 2
    one_error(err, f"{g}: {yaml_text.split(':')[0]}: nested", alone=True)


def _samples(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import ROOT

    for suffix in ("en.md", "zh.md"):
        shutil.copy(ROOT / "corpora" / "samples" / f"battery-recall.{suffix}", tmp_path / f"battery-recall.{suffix}")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_a_manifest_in_utf16_or_gb18030_is_read(encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _samples(tmp_path)
    (tmp_path / "m.csv").write_bytes("source,target\nbattery-recall.en.md,battery-recall.zh.md\n".encode(encoding))
    code, _, err = run_cli(capsys, "audit", "--manifest", str(tmp_path / "m.csv"), "--store", str(tmp_path / "s.sqlite"),
                        "--no-progress", "-o", str(tmp_path / "r.jsonl"))
    assert code in (0, 1), err
    import json

    record = json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))
    assert record["source"].endswith("battery-recall.en.md") and record["target"].endswith("battery-recall.zh.md")
    assert record.get("error") is None, record


@pytest.mark.parametrize(("option", "data"), [("--manifest", b"source,target\nbattery-recall.en.md,caf\xe9.zh.md\n"),
                                              ("--originals-index", b"url\tpath\nhttps://example.com/x\t\xff\xfe\n"),
                                              ("--originals-index", b"")])
def test_a_manifest_or_index_that_cannot_be_decoded_is_one_line(option: str, data: bytes, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    _samples(tmp_path)
    f = tmp_path / "list.tsv"
    f.write_bytes(data)
    args = ["--manifest", str(f)] if option == "--manifest" else [str(tmp_path / "battery-recall.zh.md"), option, str(f)]
    code, _, err = run_cli(capsys, "audit", *args, "--store", str(tmp_path / "s.sqlite"), "--no-progress", "-o", str(tmp_path / "r.jsonl"))
    assert code == 2
    one_error(err, str(f), alone=True)


@pytest.mark.parametrize(("ctype", "body"), [("image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
                                             ("application/pdf", b"%PDF-1.4\n" + bytes(range(256)) * 8),
                                             ("text/html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)])
def test_a_capture_that_is_not_a_page_is_a_notice_and_never_cached(ctype: str, body: bytes, target: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    cache = tmp_path / "c"
    with Wayback() as wb:
        wb.add(URL, body)
        wb.ctype["example.com/news/voltcell"] = ctype
        code, _, err = run_cli(capsys, "fetch", str(target), "--wayback-endpoint", wb.endpoint, "--cache-dir", str(cache))
        assert code == 2
        one_error(err, "not-html", "not an HTML page", alone=True)
        code, out, err = run_cli(capsys, "check", str(target), "--fetch-source", "--wayback-endpoint", wb.endpoint,
                              "--cache-dir", str(cache), "--format", "concise")
    assert code == 0 and "not an HTML page" in err and "checking the translation alone" in err, err
    assert not list(cache.rglob("*.html"))


def test_a_latin1_capture_is_decoded_by_its_declared_charset(target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = PAGE.replace(b"Voltcell is", b"Voltcell, the caf\xe9 of chargers, is")
    with Wayback() as wb:
        wb.add(URL, page)
        wb.ctype["example.com/news/voltcell"] = "text/html; charset=iso-8859-1"
        code, out, err = run_cli(capsys, "fetch", str(target), "--wayback-endpoint", wb.endpoint, "--cache-dir", str(tmp_path / "c"))
    assert code == 0, err
    cached = Path(out.split("\t")[3])
    assert "the café of chargers" in cached.read_text(encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(target), "--fetch-source", "--offline", "--cache-dir", str(tmp_path / "c"), "--format", "concise")
    assert code in (0, 1) and "error" not in err, err


@pytest.mark.parametrize("length", [241, 250, 255])
def test_an_output_name_of_up_to_255_bytes_is_written(length: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = tmp_path / "t.md"
    t.write_text(BROKEN, encoding="utf-8")
    out = tmp_path / ("o" * (length - 5) + ".json")
    code, _, err = run_cli(capsys, "check", str(t), "-o", str(out))
    assert code == 1, err
    assert out.read_text(encoding="utf-8").startswith("{")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, "t.md"])  # no temporary file left


ESCAPES = "# 标题\n\n公司\x1b]0;pwned\x07正在\x1b[31m召回 1 . 5 亿个充电宝。\u202e反向\n"


def test_fix_escapes_the_diff_on_a_terminal_and_keeps_it_byte_exact_in_a_pipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                             capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    import sys

    t = tmp_path / "esc.md"
    t.write_text(ESCAPES, encoding="utf-8")
    assert main(["fix", str(t)]) in (0, 1)
    piped = capsysbinary.readouterr().out
    assert b"\x1b]0;pwned\x07" in piped and "\u202e".encode() in piped  # for patch: the file's bytes
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["fix", str(t)]) in (0, 1)
    shown = capsysbinary.readouterr().out
    assert b"\x1b" not in shown and b"\x07" not in shown and "\u202e".encode() not in shown
    assert b"\\x1b]0;pwned\\x07" in shown and b"\\u202e" in shown and b"+\xe5" in shown


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_the_fix_diff_of_a_legacy_encoded_file_is_in_its_encoding(encoding: str, tmp_path: Path,
                                                                  capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    import shutil
    import subprocess

    text = "# 標題\n\n公司正在召回 1 . 5 億個充電寶，此前有報道稱其中一些產品在充電時過熱。\n"
    t = tmp_path / "a.md"
    t.write_bytes(text.encode(encoding))
    assert main(["fix", str(t)]) == 0
    diff = capsysbinary.readouterr().out
    assert "+公司正在召回 1.5 億".encode(encoding) in diff
    if shutil.which("patch"):
        (tmp_path / "p.diff").write_bytes(diff)
        subprocess.run(["patch", "-s", str(t), str(tmp_path / "p.diff")], check=True, capture_output=True)
        assert t.read_bytes() == text.replace("1 . 5", "1.5").encode(encoding)


def test_output_onto_dev_stdout_into_a_pipe_is_written() -> None:
    """A newcomer's `check … -o /dev/stdout | head` said `/dev/stdout: cannot be written (No such file or directory)`:
    the link resolves to `pipe:[N]`, a name that does not exist, though the kernel opens the path itself."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "transqa", "rules", "-o", "/dev/stdout"], capture_output=True, text=True,
                         timeout=120, check=False)
    assert run.returncode == 0 and run.stdout.startswith("TQA001"), run.stderr
