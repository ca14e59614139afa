"""CLI: golden outputs (arguments, exit code, stdout) and one-line errors with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT, user_docs

from transqa.cli import main

GOLDEN = ROOT / "tests" / "golden"
S = "corpora/samples/"
CASES = {
    "seed-concise": ["check", "corpora/seed/alibaba-russia-mail-ru.zh.md", "--format", "concise"],
    "seed-text": ["check", "corpora/seed/alibaba-russia-mail-ru.zh.md"],
    "solar-text": ["check", S + "solar-startup.en.md", S + "solar-startup.zh.md"],
    "chip-concise": ["check", S + "chip-merger.en.html", S + "chip-merger.zh.md", "-f", "concise"],
    "chip-html": ["check", S + "chip-merger.en.html", S + "chip-merger.zh.md", "-f", "html"],  # links and marks: the sweep
    "solar-html": ["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "-f", "html"],
    "wind-clean": ["check", S + "wind-farm.en.md", S + "wind-farm.zh.md"],
    "ride-warnings-pass": ["check", S + "ride-hailing.en.txt", S + "ride-hailing.zh.md", "-f", "concise"],
    "ride-fail-on-warning": ["check", S + "ride-hailing.en.txt", S + "ride-hailing.zh.md", "-f", "concise", "--fail-on", "warning"],
    "align-text": ["align", S + "battery-recall.en.md", S + "battery-recall.zh.md"],
    "align-tsv": ["align", S + "chip-merger.en.html", S + "chip-merger.zh.md", "--format", "tsv"],
    "align-json": ["align", S + "ride-hailing.en.txt", S + "ride-hailing.zh.md", "--format", "json"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(name: str, capsys: pytest.CaptureFixture[str], update_golden: bool) -> None:
    args = CASES[name]
    code = main(args)
    out = capsys.readouterr().out
    got = f"$ transqa {' '.join(args)}\nexit {code}\n{out}"
    path = GOLDEN / f"{name}.txt"
    if update_golden or not path.exists():
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


def test_output_is_deterministic(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    args = ["check", S + "streaming-sports.en.md", S + "streaming-sports.zh.md", "--format", "json"]
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    assert main([*args, "-o", str(a)]) == 1
    assert main([*args, "-o", str(b)]) == 1
    assert a.read_bytes() == b.read_bytes()
    assert capsys.readouterr().out == ""


def test_exit_codes() -> None:
    assert main(["check", S + "wind-farm.en.md", S + "wind-farm.zh.md"]) == 0
    assert main(["check", S + "ride-hailing.en.txt", S + "ride-hailing.zh.md"]) == 0  # warnings only
    assert main(["check", S + "ride-hailing.en.txt", S + "ride-hailing.zh.md", "--fail-on", "warning"]) == 1
    assert main(["check", S + "solar-startup.en.md", S + "solar-startup.zh.md", "--exit-zero"]) == 0


def _bad(tmp_path: Path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


@pytest.mark.parametrize(
    ("kind", "expect"),
    [
        ("empty", "is empty"),
        ("binary", "binary"),
        ("latin1", "not UTF-8"),
        ("missing", "no such file"),
        ("folder", "is a folder"),
        ("swapped", "looks like Chinese"),
        ("english-target", "looks like English"),
        ("no-article-html", "no article text"),
    ],
)
def test_bad_input_one_line_exit_2(kind: str, expect: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en = S + "solar-startup.en.md"
    zh = S + "solar-startup.zh.md"
    args = {
        "empty": ["check", _bad(tmp_path, "e.md", b"")],
        "binary": ["check", en, _bad(tmp_path, "b.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")],
        "latin1": ["check", en, _bad(tmp_path, "l.md", "caf\xe9 \xe0 la cr\xe8me".encode("latin-1"))],
        "missing": ["check", en, str(tmp_path / "nope.md")],
        "folder": ["check", en, str(tmp_path)],
        "swapped": ["check", zh, en],
        "english-target": ["check", en, _bad(tmp_path, "copy.md", (ROOT / en).read_bytes())],
        "no-article-html": ["check", _bad(tmp_path, "n.html", b"<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>"), zh],
    }[kind]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert expect in err and err.startswith("transqa: error:")


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "a", "b", "c"]) == 2
    assert main(["check", S + "wind-farm.zh.md", "--format", "xml"]) == 2
    assert main(["rule", "TQA000"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("transqa: error:") == 5  # each missing file of the three is named


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    en = ROOT / S / "chip-merger.en.html"
    zh = ROOT / S / "chip-merger.zh.md"
    before = (en.read_bytes(), zh.read_bytes())
    main(["check", str(en), str(zh), "-o", str(tmp_path / "r.txt")])
    assert (en.read_bytes(), zh.read_bytes()) == before


def test_rules_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "TQA101  link-missing" in out and "TQA502" in out
    # every column starts at the same place on every line, whatever the longest rule name
    # (transliteration-inconsistent pushed its line out of line)
    from transqa.registry import rules

    lines = out.splitlines()
    assert len(lines) == len(rules())
    cat = {ln.index(" " + r.category + " ", 8 + len(r.name)) for ln, r in zip(lines, rules().values(), strict=True)}
    sev = {ln.index(" " + str(r.severity) + " ", 8 + len(r.name)) for ln, r in zip(lines, rules().values(), strict=True)}
    assert len(cat) == 1 and len(sev) == 1, (cat, sev)
    assert main(["rule", "split-parenthesis"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("TQA502 split-parenthesis") and "Fix:" in out


def test_an_unknown_report_extension_is_refused_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.foo"
    assert main(["check", S + "wind-farm.zh.md", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'.foo'" in err and "--format" in err
    assert not out.exists()
    # a name without an extension stays a text report; --format overrides any extension
    assert main(["check", S + "wind-farm.zh.md", "-o", str(tmp_path / "report"), "--exit-zero"]) == 0
    assert main(["check", S + "wind-farm.zh.md", "-o", str(out), "--format", "json", "--exit-zero"]) == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith("{")


def test_a_file_given_twice_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = ROOT / S / "wind-farm.zh.md"
    link = tmp_path / "same.zh.md"
    link.symlink_to(zh)
    assert main(["check", str(zh), str(zh)]) == 2
    assert main(["check", str(zh), str(link)]) == 2
    err = capsys.readouterr().err
    assert err.count("given twice") == 2 and f"(as {zh})" in err


def test_an_english_file_alone_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en = tmp_path / "story.md"
    en.write_text("Apple sold 3 million phones.\n\nThe company said so on Monday.\n", encoding="utf-8")
    assert main(["check", str(en)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "holds no Chinese text" in err and "SOURCE TARGET" in err
    # with its original, a translation in English is checked (MT that answers instead of translating)
    src = tmp_path / "src.md"
    src.write_text("Apple sold three million phones on Monday, the company said in a statement.\n", encoding="utf-8")
    answer = tmp_path / "answer.md"
    answer.write_text("I'm sorry, but I cannot translate this text for you today.\n", encoding="utf-8")
    assert main(["check", str(src), str(answer)]) == 1


def test_ctrl_c_during_a_check_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # typer turns KeyboardInterrupt into a silent Exit(130): the user saw nothing at all
    from transqa import service

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(service, "check", interrupted)
    assert main(["check", str(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md")]) == 130
    captured = capsys.readouterr()
    assert captured.err == "transqa: interrupted\n" and captured.out == ""


def test_the_readme_gives_the_audit_jobs_default_the_code_sets() -> None:
    """`--jobs` defaults to the CPU count the system reports (what `--help` shows), and the README says so."""
    import inspect
    import os

    from transqa.cli import audit

    assert inspect.signature(audit).parameters["jobs"].default == (os.cpu_count() or 1)
    readme = " ".join(user_docs().split())
    assert "All cores by default" not in readme and "(`--jobs`: `os.cpu_count()`, read when the CLI starts" in readme
