"""Hostile inputs, fourth round: a hand-edited baseline, a baseline that cannot be written, directives in code
blocks, a glossary past the csv module's field limit, a large YAML glossary.
Bad input is one line and exit 2; nothing written destroys what it replaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers import one_error, run_cli

ZH = "# 标题\n\n公司正在召回 1 . 5 亿个充电宝，此前有报道称其中一些产品在充电时过热。\n"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    t = tmp_path / "t.md"
    t.write_text(ZH, encoding="utf-8")
    return t


def _recorded(target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    code, _, _ = run_cli(capsys, "check", str(target), "--isolated", "--write-baseline", str(tmp_path / "b.json"), "-q")
    assert code == 0
    data: dict[str, object] = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("command", ["check", "fix", "audit"])
@pytest.mark.parametrize("shape", ["string-count", "files-list", "file-int", "negative", "float", "bool", "deep"])
def test_a_baseline_of_the_wrong_shape_is_one_error(command: str, shape: str, target: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data = _recorded(target, tmp_path, capsys)
    files = data["files"]
    assert isinstance(files, dict)
    (name, prints), = files.items()
    (fp, _), = prints.items()
    bad = tmp_path / "bad.json"
    shapes: dict[str, object] = {"string-count": {name: {fp: "1"}}, "files-list": [], "file-int": {name: 5},
                                 "negative": {name: {fp: -1}}, "float": {name: {fp: 1e300}}, "bool": {name: {fp: True}}}
    if shape == "deep":
        bad.write_text('{"schema":"transqa.baseline/2","files":' + "[" * 100000 + "]" * 100000 + "}", encoding="utf-8")
    else:
        bad.write_text(json.dumps({**data, "files": shapes[shape]}), encoding="utf-8")
    extra = ("--store", str(tmp_path / "s.sqlite"), "--no-progress") if command == "audit" else ()
    code, out, err = run_cli(capsys, command, str(target), "--isolated", "--baseline", str(bad), *extra)
    assert code == 2
    one_error(err, "bad.json: not a baseline", alone=True)
    assert out == ""
    assert target.read_text(encoding="utf-8") == ZH


def test_a_baseline_with_whole_counts_still_hides(target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _recorded(target, tmp_path, capsys)
    code, out, _ = run_cli(capsys, "check", str(target), "--isolated", "--baseline", str(tmp_path / "b.json"), "-f", "concise")
    assert (code, out) == (0, "")


def test_check_refuses_the_report_over_its_baseline_before_any_work(target: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    code, stdout, err = run_cli(capsys, "check", str(target), "--isolated", "--write-baseline", str(out), "-o", str(out))
    assert code == 2
    one_error(err, "is also the baseline of this run", alone=True)
    assert not out.exists() and stdout == ""


@pytest.mark.parametrize("where", ["input", "no-folder", "folder"])
def test_a_baseline_that_cannot_be_written_is_refused_first_and_not_announced(where: str, target: Path, tmp_path: Path,
                                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = {"input": target, "no-folder": tmp_path / "nodir" / "b.json", "folder": tmp_path}[where]
    code, stdout, err = run_cli(capsys, "check", str(target), "--isolated", "--write-baseline", str(path))
    assert code == 2
    one_error(err, str(path), alone=True)
    assert "recorded" not in err and stdout == ""  # before any work: no report either
    assert target.read_text(encoding="utf-8") == ZH


def test_the_recorded_notice_follows_the_write(target: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "check", str(target), "--isolated", "--write-baseline", str(tmp_path / "b.json"), "-f", "concise")
    assert code == 0 and (tmp_path / "b.json").exists()
    assert err.startswith("transqa: notice: recorded 1 finding of 1 article"), err


@pytest.mark.parametrize("command", ["check", "audit"])
def test_a_run_with_an_unreadable_file_keeps_the_old_baseline(command: str, target: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    _recorded(target, tmp_path, capsys)
    before = (tmp_path / "b.json").read_bytes()
    (tmp_path / "other.md").write_text(ZH.replace("1 . 5", "2 . 5"), encoding="utf-8")
    missing = str(tmp_path / "missing.md")
    if command == "check":
        code, _, err = run_cli(capsys, "check", str(target), str(tmp_path / "other.md"), missing, "--isolated",
                               "--write-baseline", str(tmp_path / "b.json"), "-f", "concise")
        one_error(err, "no such file", "the baseline", "was not written")
    else:
        manifest = tmp_path / "m.csv"
        manifest.write_text(f"source,target\n,{tmp_path / 'other.md'}\n,{missing}\n", encoding="utf-8")
        code, _, err = run_cli(capsys, "audit", "--manifest", str(manifest), "--isolated", "--store", str(tmp_path / "s.sqlite"),
                               "--no-progress", "--write-baseline", str(tmp_path / "b.json"), "-f", "concise")
        assert "was not written: 1 article could not be checked" in err
    assert code == 2 and "recorded" not in err
    assert (tmp_path / "b.json").read_bytes() == before


def test_a_tsv_glossary_field_over_the_csv_limit_is_one_error_naming_its_line(target: Path, tmp_path: Path,
                                                                              capsys: pytest.CaptureFixture[str]) -> None:
    g = tmp_path / "long.tsv"
    g.write_text("Mail.ru\t邮件\treject\n" + "A" * 140_000 + "\t名\treject\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(target), "--isolated", "--glossary", str(g))
    assert code == 2
    one_error(err, "long.tsv: line 2:", "field", alone=True)
    g.write_text('Mail.ru\t邮件\treject\n"Paytm\t名\treject\n' + "Name\t名字\treject\n" * 20_000, encoding="utf-8")  # a quote never closed
    code, _, err = run_cli(capsys, "check", str(target), "--isolated", "--glossary", str(g))
    assert code == 2
    one_error(err, "long.tsv: line 2:", "never closed", alone=True)


def test_a_yaml_glossary_is_parsed_once_with_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    from transqa import glossary

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a second, pure-Python pass over the text")

    monkeypatch.setattr(yaml, "parse", refuse)
    monkeypatch.setattr(yaml, "safe_load", refuse)
    text = "keep: [Paytm, 2024]\naccept: {Huffington Post: [赫芬顿邮报]}\nreject: {嘴唇: Lips}\n"
    g = glossary._from_yaml("g.yaml", text)
    assert g.keep == {"Paytm", "2024"} and g.accept == (("Huffington Post", ("赫芬顿邮报",)),) and g.reject == (("嘴唇", "Lips"),)
    if yaml.__with_libyaml__:
        from yaml.cyaml import CParser  # type: ignore[attr-defined]

        assert issubclass(glossary._loader(), CParser)


@pytest.mark.parametrize(("text", "expect"), [
    ("a: &x [Paytm]\nkeep: *x\n", "aliases"),
    ('a: &a ["lol","lol"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nkeep: [*c,*c]\n', "aliases"),  # nested aliases: refused before any expansion
    ("keep: " + "[" * 20 + "]" * 20 + "\n", "keep: nested over 8 levels deep"),
    ("keep: " + "[" * 5000 + "]" * 5000 + "\n", "keep: nested over 8 levels deep"),  # past libyaml's own limit
    ("keep: [Paytm\n", "invalid YAML"),
])
def test_yaml_glossary_refusals_hold_with_the_c_parser(text: str, expect: str, target: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    g = tmp_path / "g.yaml"
    g.write_text(text, encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(target), "--isolated", "--glossary", str(g))
    assert code == 2
    one_error(err, expect, alone=True)


@pytest.mark.parametrize("block", [
    "```\n<!-- transqa: file-ignore[TQA207] example -->\n```\n",
    "```html\n<!-- transqa: disable[TQA207] -->\n```\n",
    "    <!-- transqa: file-ignore[TQA207] -->\n",
    "~~~\n<!-- transqa: ignore[TQA207] -->\n~~~\n",
])
def test_a_directive_in_a_code_block_is_text(block: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = tmp_path / "c.md"
    t.write_text("# 标题\n\n" + block + "\n公司正在召回 1 . 5 亿个充电宝。\n\n公司正在召回 2 . 5 亿个充电宝。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(t), "--isolated", "-f", "concise")
    assert code == 1
    assert [x.split(" ")[1] for x in out.splitlines()] == ["TQA207", "TQA207"], out  # no TQA900/902 for a comment that is text


def test_a_directive_beside_a_code_block_still_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = tmp_path / "c.md"
    t.write_text("# 标题\n\n<!-- transqa: file-ignore[TQA207] 已核实 -->\n\n```\ncode\n```\n\n公司正在召回 1 . 5 亿个充电宝。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(t), "--isolated", "-f", "concise")
    assert (code, out) == (0, "")

