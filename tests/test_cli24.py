"""Release twenty-four, command line: the hostile tester's 23rd report (audit's discovery of `slug.md` beside
`slug.zh.md` and of `.txt` translations, -q notices, --html-dir written whole and never over a user's file, manifest
rows given twice, URL ties of --originals, UTF-16 fix diffs, non-UTF-8 names in SARIF, a --store in a missing folder,
TQA602's message)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.helpers import run_cli

from transqa.cli import main

S = Path(__file__).resolve().parents[1] / "corpora" / "samples"


def _store(tmp_path: Path) -> list[str]:
    return ["--store", str(tmp_path / "s.sqlite"), "--no-progress", "--jobs", "1"]


def _targets(tmp_path: Path, *args: str) -> list[str]:
    out = tmp_path / "r.jsonl"
    assert main([*args, *_store(tmp_path), "-o", str(out)]) in (0, 1)
    return [json.loads(line)["target"] for line in out.read_text(encoding="utf-8").splitlines()]


def test_a_chinese_slug_md_beside_slug_zh_md_is_audited(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 23 bug 1: b.md (a second translation) was taken for a possible original and dropped, exit 0
    folder = tmp_path / "p"
    folder.mkdir()
    shutil.copy(S / "chip-merger.zh.md", folder / "b.md")
    shutil.copy(S / "ride-hailing.zh.md", folder / "b.zh.md")
    assert sorted(Path(t).name for t in _targets(tmp_path, "audit", str(folder))) == ["b.md", "b.zh.md"]
    code, out, err = run_cli(capsys, "audit", "--format", "concise", "--quiet", *_store(tmp_path),
                             "--allow-missing-translation", "--fail-on", "warning", "--", str(folder / "b.md"))
    assert code == 1 and "b.md:" in out and "found no translation" not in err
    # an English b.md beside b.zh.md is still no translation
    (folder / "b.md").write_text("# Chip merger\n\nThe two chip makers said they would merge this year.\n", encoding="utf-8")
    assert [Path(t).name for t in _targets(tmp_path, "audit", str(folder))] == ["b.zh.md"]


def test_an_english_slug_md_beside_slug_zh_md_is_its_original(tmp_path: Path) -> None:
    # hostile 24 bug 3: an English s.md (or s.txt) beside s.zh.md (or s.zh.txt) was neither used nor named: the
    # translation was checked alone and a pair error ($70 million → 700 万美元) went unreported
    for zh, en in (("s.zh.md", "s.md"), ("s.zh.txt", "s.md"), ("s.zh.md", "s.txt")):
        folder = tmp_path / f"p-{zh}-{en}"
        folder.mkdir()
        shutil.copy(S / "solar-startup.zh.md", folder / zh)
        shutil.copy(S / "solar-startup.en.md", folder / en)
        out = tmp_path / "r.jsonl"
        assert main(["audit", str(folder), *_store(tmp_path), "--no-cache", "-o", str(out)]) == 1
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert [(Path(r["target"]).name, Path(r["source"]).name) for r in rows] == [(zh, en)]
        assert "TQA202" in {f["code"] for f in rows[0]["findings"]}


def test_text_translations_are_audited_as_check_checks_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 23 bug 2: a.zh.txt was "no translation" (exit 2 for its folder, 0 named alone) while check failed it
    folder = tmp_path / "tx"
    folder.mkdir()
    shutil.copy(S / "solar-startup.zh.md", folder / "a.zh.txt")
    shutil.copy(S / "solar-startup.en.md", folder / "a.en.md")
    shutil.copy(S / "wind-farm.zh.md", folder / "w.txt")  # a Chinese .txt
    (folder / "notes.txt").write_text("English notes about the files here.\n", encoding="utf-8")
    assert sorted(Path(t).name for t in _targets(tmp_path, "audit", str(folder))) == ["a.zh.txt", "w.txt"]
    rows = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in rows if r["target"].endswith("a.zh.txt")] == ["a.en.md"]  # paired by name
    code, _out, err = run_cli(capsys, "audit", str(folder / "a.zh.txt"), "--format", "concise", "-q", *_store(tmp_path))
    assert code == 1 and "found no translation" not in err


def test_quiet_drops_the_notices_of_an_audit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 23 bug 13: the hook's `--quiet` ("no notices") still said "found no translation to check in README.md"
    (tmp_path / "README.md").write_text("# Readme\n\nEnglish text here.\n", encoding="utf-8")
    shutil.copy(S / "wind-farm.zh.md", tmp_path / "w.zh.md")
    for given in (["README.md"], ["README.md", "w.zh.md"]):
        code, _out, err = run_cli(capsys, "audit", "--format", "concise", "--quiet", "--allow-missing-translation", *_store(tmp_path),
                                  "--", *(str(tmp_path / g) for g in given))
        assert code == 0 and err == ""
    code, _out, err = run_cli(capsys, "audit", "--format", "concise", *_store(tmp_path), "--", str(tmp_path / "README.md"))
    assert code == 0 and "found no translation to check in" in err  # without -q it is said


def test_a_manifest_row_given_twice_is_checked_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 23 bug 8: the summary, the rule counts and JUnit doubled, with no word (paths given twice: once, a notice)
    for name in ("solar-startup.en.md", "solar-startup.zh.md", "wind-farm.zh.md"):
        shutil.copy(S / name, tmp_path / name)
    rows = ["solar-startup.en.md,solar-startup.zh.md", "solar-startup.en.md,solar-startup.zh.md", ",wind-farm.zh.md",
            "solar-startup.en.md,./solar-startup.zh.md", ",solar-startup.zh.md"]  # the last: the same check without its original (hostile 24 bug 8)
    (tmp_path / "m.csv").write_text("source,target\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    code, _out, err = run_cli(capsys, "audit", "--manifest", str(tmp_path / "m.csv"), *_store(tmp_path), "-o", str(out))
    got = [(Path(r["target"]).name, bool(r["source"])) for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())]
    assert code == 1 and got == [("solar-startup.zh.md", True), ("wind-farm.zh.md", False)]
    assert f"given more than once, checked once: {tmp_path / 'm.csv'} line 3, {tmp_path / 'm.csv'} line 5, {tmp_path / 'm.csv'} line 6" in err


def test_a_store_in_a_missing_folder_is_refused_before_any_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 23 bug 12: a mistyped --store made the folders and a new, empty store (the resume checked everything again)
    store = tmp_path / "no" / "such" / "s.sqlite"
    code, _out, err = run_cli(capsys, "audit", str(S / "wind-farm.zh.md"), "--store", str(store), "--no-progress", "-q")
    assert code == 2 and not (tmp_path / "no").exists()
    assert err.count("\n") == 1 and f"{tmp_path / 'no' / 'such'} does not exist" in err and err.startswith("transqa: error:")


def test_html_dir_never_overwrites_a_file_transqa_did_not_write(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 23 bug 7: a hand-written site/index.html (and a same-named page) were replaced without a word
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(S / "wind-farm.zh.md", tmp_path / "wind-farm.zh.md")
    args = ["audit", str(tmp_path / "wind-farm.zh.md"), *_store(tmp_path), "--html-dir", str(site), "-q", "--format", "concise"]
    for name in ("index.html", "00001-wind-farm.zh.html"):
        (site / name).write_text("<html><body><p>My hand-written page.</p></body></html>\n", encoding="utf-8")
        code, _out, err = run_cli(capsys, *args)
        assert code == 2 and err.count("\n") == 1 and f"{site / name}: is not a page transqa wrote" in err
        assert "hand-written" in (site / name).read_text(encoding="utf-8")
        (site / name).unlink()
    assert run_cli(capsys, *args)[0] == 0 and run_cli(capsys, *args)[0] == 0  # its own pages: replaced
    assert sorted(p.name for p in site.iterdir()) == ["00001-wind-farm.zh.html", "index.html"]


def test_a_stop_while_the_pages_are_written_leaves_the_folder_as_it_was_and_says_what_was_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile 23 bug 6: a stop at that moment left 31-105 of 157 pages and no index.html, -o written, the line naming neither
    import transqa.audit.store

    for name in ("battery-recall", "chip-merger", "wind-farm"):
        shutil.copy(S / f"{name}.zh.md", tmp_path / f"{name}.zh.md")
    paths = [str(tmp_path / f"{n}.zh.md") for n in ("battery-recall", "chip-merger", "wind-farm")]
    site, out, summ = tmp_path / "h", tmp_path / "r.jsonl", tmp_path / "s.json"
    site.mkdir()
    (site / "keep.txt").write_text("mine\n", encoding="utf-8")
    checked = transqa.audit.store.unpack_page  # each page, rendered by its worker, is read back as it is written (r41)
    calls: list[int] = []

    def stop_at_the_second(*a: object, **k: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return checked(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(transqa.audit.store, "unpack_page", stop_at_the_second)
    code, _o, err = run_cli(capsys, "audit", *paths, *_store(tmp_path), "-o", str(out), "--summary", str(summ), "--html-dir", str(site))
    assert code == 130 and out.exists() and not summ.exists()
    assert sorted(p.name for p in site.iterdir()) == ["keep.txt"]  # no page, no hidden folder left
    assert f"written: {out}; not written, as a stopped run leaves no half-written file: {site}, {summ}" in err
    monkeypatch.setattr(transqa.audit.store, "unpack_page", checked)
    code, _o, err = run_cli(capsys, "audit", *paths, *_store(tmp_path), "-o", str(out), "--summary", str(summ), "--html-dir", str(site))
    assert code == 1 and len(list(site.glob("*.html"))) == 4 and summ.exists()
    # newcomer 24 item 12: -o and --summary name what they wrote, and so does --html-dir
    assert f"transqa: notice: wrote 3 article pages and their index to {site / 'index.html'}" in err


def test_two_originals_of_one_url_are_named_the_one_used_and_the_one_passed_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 23 bug 9: two captures with the same canonical URL: one used silently (by name, a tie is said)
    (tmp_path / "tr").mkdir()
    (tmp_path / "orig").mkdir()
    shutil.copy(S / "chip-merger.zh.md", tmp_path / "tr" / "x.zh.md")
    page = (S / "chip-merger.en.html").read_text(encoding="utf-8")
    canonical = '<head><link rel="canonical" href="https://example.com/news/kestrel-orbis">'
    for name in ("a.html", "b.html"):
        (tmp_path / "orig" / name).write_text(page.replace("<head>", canonical, 1), encoding="utf-8")
    code, _out, err = run_cli(capsys, "audit", str(tmp_path / "tr"), "--originals", str(tmp_path / "orig"), *_store(tmp_path),
                              "--format", "concise")
    assert code in (0, 1)
    assert (f"checked against {tmp_path / 'orig' / 'a.html'}, not {tmp_path / 'orig' / 'b.html'}: all are pages of "
            "example.com/news/kestrel-orbis") in err
    (tmp_path / "orig" / "b.html").unlink()
    assert "checked against" not in run_cli(capsys, "audit", str(tmp_path / "tr"), "--originals", str(tmp_path / "orig"),
                                            *_store(tmp_path), "--format", "concise")[2]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_fix_of_a_utf16_file_does_not_advise_applying_a_diff_that_cannot_apply(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                               monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    # hostile 23 bug 10: a UTF-8 diff of a UTF-16 file, and the advice to `git apply` or `patch` it (both fail)
    monkeypatch.chdir(tmp_path)
    Path("t.zh.md").write_bytes((S / "battery-recall.zh.md").read_text(encoding="utf-8").encode(encoding))
    code, out, err = run_cli(capsys, "fix", "t.zh.md")
    assert "would fix" in err and "`git apply" not in err and "t.zh.md is UTF-16: patch and git apply cannot apply it" in err
    assert "transqa fix --write" in err and out.startswith("--- ")
    Path("u.zh.md").write_text((S / "battery-recall.zh.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert "`git apply FILE` or `patch -p1 < FILE`" in run_cli(capsys, "fix", "u.zh.md")[2]  # UTF-8: the advice stays


def test_sarif_names_a_file_whose_name_is_not_utf8_by_its_own_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # hostile 23 bug 11: `%5Cxff%5Cxfe` (the 8 characters `\xff\xfe`, a file that does not exist) instead of `%FF%FE`
    import os

    monkeypatch.chdir(tmp_path)
    os.mkdir("wn")
    try:
        shutil.copy(S / "solar-startup.zh.md", os.fsdecode(b"wn/\xff\xfe.zh.md"))
    except (OSError, UnicodeError):
        pytest.skip("this file system takes no such name")
    shutil.copy(S / "wind-farm.zh.md", "wn/\\xff.zh.md")  # a file literally named so keeps its own URI
    code, out, _err = run_cli(capsys, "audit", "wn", *_store(tmp_path), "--format", "sarif", "-q")
    uris = {a["location"]["uri"] for a in json.loads(out)["runs"][0]["artifacts"]}
    assert uris == {"wn/%FF%FE.zh.md", "wn/%5Cxff.zh.md"}
    code, out, _err = run_cli(capsys, "check", os.fsdecode(b"wn/\xff\xfe.zh.md"), "--format", "sarif")
    assert json.loads(out)["runs"][0]["artifacts"][0]["location"]["uri"] == "wn/%FF%FE.zh.md"


def test_tqa602_says_what_the_translation_wrote_not_the_term_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 23 bug 14: `“Lips” should be rendered “Lips”` quoted the English term on both sides
    (tmp_path / "keep.yaml").write_text("keep: [Lips]\naccept:\n  Lips: [Lips]\n", encoding="utf-8")
    (tmp_path / "other.yaml").write_text("accept:\n  Lips: [利普斯]\n", encoding="utf-8")
    (tmp_path / "a.en.md").write_text("# Lips launches a voice diary app\n\nLips said the app is free.\n", encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("# 嘴唇推出语音日记应用\n\n嘴唇表示该应用免费。\n", encoding="utf-8")
    (tmp_path / "b.zh.md").write_text("# 某公司推出语音日记应用\n\n该公司表示该应用免费。\n", encoding="utf-8")

    def lines(target: str, glossary: str) -> list[str]:
        out = run_cli(capsys, "check", str(tmp_path / "a.en.md"), str(tmp_path / target), "--glossary", str(tmp_path / glossary),
                      "--isolated", "--format", "concise")[1]
        return [x for x in out.splitlines() if "TQA602" in x]

    got = lines("a.zh.md", "keep.yaml")
    assert len(got) == 2 and all("“Lips” is rendered “嘴唇”: the glossary keeps it as “Lips”" in x for x in got)
    assert "“Lips” is rendered “嘴唇”: the glossary asks for “利普斯”" in lines("a.zh.md", "other.yaml")[0]
    assert "“Lips” is not in the translation: the glossary keeps it as “Lips”" in lines("b.zh.md", "keep.yaml")[0]


@pytest.mark.parametrize("text", [b"caf\xe9 au lait est tr\xe8s bon\n", b"a in the that the and \xfcber with is for\n"])
def test_latin1_text_is_refused_not_read_as_utf16_or_gbk(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: bytes) -> None:
    # newcomer 24 item 9: 4 of 30 short Latin-1 files were read as UTF-16 (捡曩甠…) or GBK (über → 暅er) and checked
    (tmp_path / "latin1.zh.md").write_bytes(text)
    code, out, err = run_cli(capsys, "check", str(tmp_path / "latin1.zh.md"), "--format", "concise")
    assert code == 2 and out == "" and "it reads as Windows-1252" in err


def test_chinese_in_utf16_or_gbk_without_a_bom_is_still_read() -> None:
    from transqa.load.decode import decode_with_encoding

    for text in ("中文的文章讲述一家公司融资", "# 标题\n\n中文的文章，讲述一家公司。\n"):
        for encoding in ("utf-16-le", "utf-16-be", "gb18030"):
            assert decode_with_encoding("x", text.encode(encoding))[0] == text


def test_a_latin1_markdown_file_that_is_no_translation_is_skipped_by_the_hook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 24 item 11: `git add notes.md` (French notes in Latin-1) failed every commit: "is not UTF-8 text", exit 2
    (tmp_path / "notes.md").write_bytes("Notes de réunion : le café est très bon, à revoir.\n".encode("latin-1"))
    shutil.copy(S / "wind-farm.zh.md", tmp_path / "w.zh.md")
    code, out, err = run_cli(capsys, "audit", "--format", "concise", "--quiet", "--allow-missing-translation", *_store(tmp_path),
                             "--", str(tmp_path / "notes.md"), str(tmp_path / "w.zh.md"))
    assert code == 0 and "notes.md" not in out + err
    (tmp_path / "notes.zh.md").write_bytes((tmp_path / "notes.md").read_bytes())  # named as a translation: still an error
    assert run_cli(capsys, "audit", "--format", "concise", "-q", *_store(tmp_path), "--", str(tmp_path / "notes.zh.md"))[0] == 2


def test_a_suppression_whose_bracket_is_not_closed_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 24 item 7: `ignore[TQA204 -->` got "names no rules … a blanket ignore is not allowed"; and a directive
    # refused for one bad code did not say that its good codes were not applied either
    (tmp_path / "s.en.md").write_text("# T\n\nThe fund raised $5 million.\n\nIt grew.\n", encoding="utf-8")
    (tmp_path / "s.zh.md").write_text("# 标题\n\n<!-- transqa: ignore[TQA201 -->\n该基金筹集了 500 万美元。\n\n"
                                      "<!-- transqa: ignore[TQA204, TQA999] -->\n它增长了。\n", encoding="utf-8")
    out = run_cli(capsys, "check", str(tmp_path / "s.en.md"), str(tmp_path / "s.zh.md"), "--format", "concise")[1]
    assert "TQA901 [error] “ignore[TQA201”: the bracket is not closed, so no rule is suppressed → close it: ignore[TQA201]" in out
    assert "(so none of TQA204 is suppressed either)" in out and "names no rules" not in out


def test_the_terminal_summary_fits_its_rows_to_the_width(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # newcomer 24 item 13: rule rows of 150-250 characters (the example column) wrapped between the rows at 80 columns
    import sys
    import unicodedata

    from transqa.audit.summary import fit

    assert fit("短" * 50, 80) == "短" * 39 + "…" and fit("ab", 80) == "ab" and fit("x" * 200, None) == "x" * 200
    for name in ("battery-recall", "chip-merger"):
        shutil.copy(S / f"{name}.zh.md", tmp_path / f"{name}.zh.md")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    err = run_cli(capsys, "audit", str(tmp_path), *_store(tmp_path), "--format", "concise")[2]
    rows = [x for x in err.splitlines() if x.startswith(("  TQA", "          e.g. "))]  # newcomer29 #11: the example below its row
    assert rows and any(x.endswith("…") for x in rows)
    assert all(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in x) <= 80 for x in rows)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)  # a CI log or a file: the rows whole
    err = run_cli(capsys, "audit", str(tmp_path), *_store(tmp_path), "--format", "concise")[2]
    assert any(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in x) > 80 for x in err.splitlines() if x.startswith("  TQA"))


def test_html_dir_that_is_a_file_or_holds_another_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile 24 bugs 9 and 4: a file as --html-dir gave the raw "File exists"; --summary naming one of the folder's
    # pages (an article's, index.html) silently replaced it with the summary
    folder = tmp_path / "arc"
    folder.mkdir()
    shutil.copy(S / "solar-startup.zh.md", folder / "x.zh.md")
    (tmp_path / "file.txt").write_text("hi\n", encoding="utf-8")
    code, _out, err = run_cli(capsys, "audit", str(folder), *_store(tmp_path), "--format", "concise",
                              "--html-dir", str(tmp_path / "file.txt"))
    assert code == 2 and "is a file, not a folder" in err and len(err.strip().splitlines()) == 1
    assert (tmp_path / "file.txt").read_text(encoding="utf-8") == "hi\n"
    site = tmp_path / "site"
    for page in ("index.html", "00001-x.zh.html"):
        code, _out, err = run_cli(capsys, "audit", str(folder), *_store(tmp_path), "--format", "concise",
                                  "--html-dir", str(site), "--summary", str(site / page))
        assert code == 2 and "is a page of --html-dir" in err and len(err.strip().splitlines()) == 1
    assert not site.exists() or not any(site.iterdir())
    assert main(["audit", str(folder), *_store(tmp_path), "--html-dir", str(site), "--summary", str(tmp_path / "s.json"),
                 "-o", str(tmp_path / "r.jsonl")]) in (0, 1)
    assert (site / "index.html").is_file() and (site / "00001-x.zh.html").is_file()
