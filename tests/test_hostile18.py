"""Hostile inputs, the 18th round (configuration, command line, reports): each is read right or refused with one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import fails, one_error, run_cli

UNCLOSED = "# 标题\n\n第一段。<!-- 注\n"


def _check_with(tmp_path: Path, capsys: pytest.CaptureFixture[str], config: bytes) -> tuple[int, str, str]:
    (tmp_path / "u.zh.md").write_text(UNCLOSED, encoding="utf-8")
    (tmp_path / "c.toml").write_bytes(config)
    return run_cli(capsys, "check", str(tmp_path / "u.zh.md"), "--config", str(tmp_path / "c.toml"), "--format", "concise")


@pytest.mark.parametrize("toml", [
    'ignore = ["TQA511"]\n\n[transqa]\nfail-on = "error"\n',
    'select = ["TQA101"]\n\n[transqa]\nselect = ["TQA5"]\n',
])
def test_top_level_keys_beside_a_transqa_table_are_refused(toml: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """With a [transqa] table the file's top-level keys were dropped without a word (an ignore not applied)."""
    code, out, err = _check_with(tmp_path, capsys, toml.encode())
    assert (code, out) == (2, "")
    one_error(err, "c.toml", "[transqa]", alone=True)


def test_a_transqa_table_alone_and_top_level_keys_alone_are_read(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for toml in ('ignore = ["TQA511"]\n', '[transqa]\nignore = ["TQA511"]\n'):
        assert _check_with(tmp_path, capsys, toml.encode())[:2] == (0, "")


@pytest.mark.parametrize("toml", [
    'severity = { tqa511 = "warning", TQA511 = "info" }\n',
    'severity = { TQA511 = "info", tqa511 = "warning" }\n',
    'severity = { TQA511 = "info", unclosed-comment = "warning" }\n',
    'severity = { tqa5 = "info", TQA5 = "warning" }\n',
])
def test_one_rule_twice_in_severity_is_refused(toml: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two spellings of one rule (code in either case, or its name) in `severity`: one won silently."""
    code, out, err = _check_with(tmp_path, capsys, toml.encode())
    assert (code, out) == (2, "")
    one_error(err, "c.toml", "severity", "twice", alone=True)


def test_a_rule_and_its_prefix_in_severity_are_still_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _check_with(tmp_path, capsys, b'severity = { TQA5 = "error", TQA511 = "info" }\n')
    assert code == 0 and "[info]" in out


def test_a_configuration_with_a_bom_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A UTF-8 BOM (as some Windows editors write) failed as "invalid TOML … line 1, column 1"; a glossary with one is read."""
    code, out, err = _check_with(tmp_path, capsys, '\ufeffignore = ["TQA511"]\n'.encode())
    assert (code, out, err) == (0, "", "")
    (tmp_path / "pyproject.toml").write_bytes('\ufeff[tool.transqa]\nignore = ["TQA511"]\n'.encode())
    assert run_cli(capsys, "check", str(tmp_path / "u.zh.md"), "--config", str(tmp_path / "pyproject.toml"), "--format", "concise")[:2] == (0, "")


def test_fix_to_dev_null_prints_no_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`fix -o /dev/null` said "wrote the repaired translation to /dev/null" (check and audit say nothing there)."""
    import os

    target = tmp_path / "f.zh.md"
    target.write_text("# 标题\n\n正文 mail . ru 和 Mail.ru 与 Mail.ru\n", encoding="utf-8")
    _, out, err = run_cli(capsys, "fix", str(target), "-o", os.devnull)
    assert "wrote" not in err and out == ""
    _, _, err = run_cli(capsys, "fix", str(target), "-o", str(tmp_path / "g.zh.md"))
    assert "wrote the repaired translation to" in err


def test_the_html_summary_shows_no_bidi_control_raw(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A right-to-left override in a rule's example text reached the audit's HTML summary raw (it reverses the cell);
    the per-article page and the text summary show it escaped."""
    (tmp_path / "rtl").mkdir()
    (tmp_path / "rtl" / "a.zh.md").write_text(
        "# 标题\n\n第一段是中文的内容，讲述了一个故事。\n\nThe sign said \u202e\u05e9\u05dc\u05d5\u05dd welcome to the city "
        "and the old market where many people gather.\n", encoding="utf-8")
    summary = tmp_path / "s.html"
    run_cli(capsys, "audit", str(tmp_path / "rtl"), "--no-cache", "--isolated", "--summary", str(summary), "--quiet",
            "-o", str(tmp_path / "out.txt"))
    page = summary.read_text(encoding="utf-8")
    assert "TQA508" in page
    assert not any(c in page for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@pytest.mark.parametrize("entity", ["&amp;", "&#38;", "&#x26;", "\\&"])
def test_an_entity_keeps_the_offsets_of_the_text_around_it(entity: str) -> None:
    """markdown-it joins a decoded entity with the text around it into one token no longer found in the file: every
    character of the paragraph was placed at its start, and TQA401's span shrank to columns 1–2."""
    from transqa.load.markdown import parse_markdown

    line = f"He said {entity} and then he left the room in a hurry today."
    raw = f"# 标题\n\n第一段是中文的内容，讲述了一个故事。\n\n{line}\n"
    b = parse_markdown("e.zh.md", raw).blocks[-1]
    assert b.text == "He said & and then he left the room in a hurry today."
    start = raw.index(line)
    assert [raw[o] for o in b.offsets[:-1]] == [raw[start + line.index(entity)] if c == "&" else c for c in b.text]
    f = fails("TQA401", None, raw)
    assert (f.target.column, f.target.end_column) == (1, len(line) + 1)
