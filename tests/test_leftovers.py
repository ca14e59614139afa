"""What newcomers, a hostile tester and reviewers left: two summaries asked for at once, the configuration an
audit used, a configuration file skipped in a folder anyone may write, what an -o onto an input would have
written, the report header's paths, an audit summary with nothing to show, what `fix` repairs and under which
code, a capture of a Chinese page given as the original, UTF-16 without a BOM or an ASCII character."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT, user_docs
from tests.helpers import decodes_counted, one_error, run_cli

SAMPLES = ROOT / "corpora" / "samples"


@pytest.fixture
def one(tmp_path: Path) -> Path:
    """A folder holding one sample translation."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "solar-startup.zh.md", folder)
    return folder


def test_two_summaries_asked_for_at_once_are_refused(one: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `--format summary -o x.json --summary y.json` wrote the text summary into x.json and the JSON one into y.json
    x, y = tmp_path / "x.json", tmp_path / "y.json"
    code, out, err = run_cli(capsys, "audit", str(one), "--format", "summary", "-o", str(x), "--summary", str(y),
                             "--store", str(tmp_path / "s.sqlite"), "--no-progress")
    assert code == 2 and out == ""
    one_error(err, "--format summary -o FILE", "--summary FILE", alone=True)
    assert not x.exists() and not y.exists()
    # each alone still does what it says: the summary in that file, as its extension names it
    code, out, err = run_cli(capsys, "audit", str(one), "--format", "summary", "-o", str(x), "--store", str(tmp_path / "s.sqlite"),
                             "--no-progress")
    assert code in (0, 1) and json.loads(x.read_text(encoding="utf-8"))["articles"] == 1
    assert f"wrote the summary to {x}" in err and "by rule" not in out


def test_the_audit_summary_names_the_configuration_it_used(one: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    # check's report said "Configuration: …"; the audit summary of the same folder said nothing of it
    (one / "transqa.toml").write_text('ignore = ["TQA503"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    store = ["--store", str(tmp_path / "s.sqlite"), "--no-progress"]
    _, out, _ = run_cli(capsys, "check", "in/solar-startup.zh.md")
    assert "Configuration: in/transqa.toml" in out
    _, out, _ = run_cli(capsys, "audit", "in", "--format", "summary", *store)
    assert "configuration: in/transqa.toml" in out.splitlines()[:3]
    run_cli(capsys, "audit", "in", "--format", "summary", "-o", "s.json", *store)
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["configuration"] == str(one / "transqa.toml")
    run_cli(capsys, "audit", "in", "--format", "summary", "-o", "s.html", *store)
    assert "Configuration: <code>in/transqa.toml</code>" in (tmp_path / "s.html").read_text(encoding="utf-8")
    # and neither names one when the defaults ran
    _, out, _ = run_cli(capsys, "audit", "in", "--format", "summary", "--isolated", *store)
    assert "configuration" not in out


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="folder permissions")
def test_a_configuration_skipped_in_a_folder_others_may_write_is_one_notice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a transqa.toml in a world-writable folder was passed over without a word: the user's settings silently not used
    shared = tmp_path / "shared"
    (shared / "arch").mkdir(parents=True)
    shared.chmod(0o1777)
    (shared / "transqa.toml").write_text('ignore = ["TQA4"]\n', encoding="utf-8")
    t = shared / "arch" / "a.zh.md"
    shutil.copy(SAMPLES / "solar-startup.zh.md", t)
    code, out, err = run_cli(capsys, "check", str(t), "-f", "concise")
    assert code == 1 and "TQA401" in out  # still not read
    notes = [line for line in err.splitlines() if "was not read" in line]
    assert len(notes) == 1 and notes[0].startswith(f"transqa: notice: {shared / 'transqa.toml'} was not read: ") and "--config" in notes[0]
    _, _, err = run_cli(capsys, "fix", str(t))
    assert sum("was not read" in line for line in err.splitlines()) == 1
    _, _, err = run_cli(capsys, "audit", str(shared / "arch"), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "-f", "concise")
    assert sum("was not read" in line for line in err.splitlines()) == 1
    # a pyproject.toml there without [tool.transqa] is no configuration: nothing to say
    (shared / "transqa.toml").unlink()
    (shared / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    _, _, err = run_cli(capsys, "check", str(t), "-f", "concise")
    assert "was not read" not in err
    (shared / "pyproject.toml").write_text('[tool.transqa]\nignore = ["TQA4"]\n', encoding="utf-8")
    _, _, err = run_cli(capsys, "check", str(t), "-f", "concise")
    assert f"{shared / 'pyproject.toml'} was not read" in err


def test_a_pyproject_is_parsed_once_to_find_and_to_read_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the search parsed it to see [tool.transqa], load_config parsed it again
    import tomllib

    from transqa import config

    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.transqa]\nignore = ["TQA4"]\n', encoding="utf-8")
    t = tmp_path / "a.zh.md"
    shutil.copy(SAMPLES / "solar-startup.zh.md", t)
    parsed: list[str] = []
    real = tomllib.loads

    def loads(text: str) -> dict[str, object]:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(config.tomllib, "loads", loads)
    got = config.settings_for(str(t))
    assert got.path == str(tmp_path / "pyproject.toml") and got.ignore == ("TQA4",) and len(parsed) == 1


@pytest.mark.parametrize(("args", "what"), [
    (["fix", "{t}", "-o", "{t}"], "repaired translation"),
    (["align", str(SAMPLES / "solar-startup.en.md"), "{t}", "-o", "{t}"], "alignment"),
    (["check", "{t}", "--write-baseline", "{t}"], "baseline"),
    (["check", "{t}", "-o", "{t}", "-f", "json"], "report"),
    (["audit", "{t}", "--summary", "{t}", "-f", "concise"], "summary"),
])
def test_an_output_onto_an_input_is_refused_naming_what_it_would_have_been(args: list[str], what: str, tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    # every output onto the translation was refused with "write the report elsewhere", a repaired copy or a page too
    t = tmp_path / "t.zh.md"
    shutil.copy(SAMPLES / "solar-startup.zh.md", t)
    before = t.read_bytes()
    extra = ["--store", str(tmp_path / "s.sqlite"), "--no-progress"] if args[0] == "audit" else []
    code, _, err = run_cli(capsys, *[a.replace("{t}", str(t)) for a in args], *extra)
    assert code == 2 and t.read_bytes() == before
    one_error(err, f"is an input of this run: refusing to overwrite it with the {what} (write the {what} elsewhere)")
    assert "recorded" not in err  # --write-baseline: no notice of a baseline never written


def test_an_audit_summary_with_every_finding_hidden_has_no_empty_headings(one: Path, tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    # "by rule:" and "articles by score (…):" headed nothing, and "by category: " ended the line empty
    base = tmp_path / "b.json"
    common = ["audit", str(one), "--no-progress", "--store", str(tmp_path / "s.sqlite"), "--format", "summary"]
    run_cli(capsys, *common, "--write-baseline", str(base))
    code, out, _ = run_cli(capsys, *common, "--baseline", str(base))
    assert code == 0 and "hidden by the baseline" in out.splitlines()[0]
    lines = out.splitlines()
    assert "by rule: none" in lines and "by category: none" in lines and "articles by score: none" in lines
    assert not any(line.rstrip().endswith(":") and line.startswith(("by rule", "articles by score", "by category")) for line in lines)


def test_fix_names_a_repair_by_the_code_check_reports_there(capsys: pytest.CaptureFixture[str]) -> None:
    # the seed article's `mail . ru` is TQA315 in check's report; fix said "would fix TQA302" (the finding that lists
    # the article's spellings carries the repair)
    seed = str(ROOT / "corpora" / "seed" / "alibaba-russia-mail-ru.zh.md")
    _, out, _ = run_cli(capsys, "check", seed, "-f", "json")
    findings = json.loads(out)["documents"][0]["findings"]
    assert {f["code"] for f in findings if f["target"] and f["target"]["text"] == "mail . ru"} == {"TQA315"}
    _, _, err = run_cli(capsys, "fix", seed)
    fixes = [line for line in err.splitlines() if "'mail . ru' → 'Mail.ru'" in line]
    assert len(fixes) == 2 and all(line.startswith("transqa: would fix TQA315: ") for line in fixes), err


def test_fix_repairs_a_split_before_a_capital_only_with_the_original(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # README promised `pay TM` → `Paytm` wherever the prose writes Paytm as often; it is certain with the original only
    zh = "# 融资\n\n印度支付公司 Paytm 周二宣布完成新一轮融资。\n\npay TM 表示，这笔资金将用于扩展商户网络。\n"
    en = "# Funding\n\nIndian payments company Paytm announced a new funding round on Tuesday.\n\nPaytm said the money will expand its merchant network.\n"
    (tmp_path / "a.zh.md").write_text(zh, encoding="utf-8")
    (tmp_path / "a.en.md").write_text(en, encoding="utf-8")
    _, out, err = run_cli(capsys, "fix", str(tmp_path / "a.zh.md"))
    assert out == "" and "nothing to repair" in err
    _, out, err = run_cli(capsys, "fix", str(tmp_path / "a.en.md"), str(tmp_path / "a.zh.md"))
    assert "+Paytm 表示" in out and "would fix TQA301: 'pay TM' → 'Paytm'" in err
    readme = user_docs()
    assert "(`pay TM` beside `Paytm`) is not repaired without the original" in readme


_ZH_PAGE = ("<html><head><title>伏特电池召回充电宝</title></head><body><article><h1>伏特电池召回一亿五千万个充电宝</h1>"
            + "".join(f"<p>第{i}段：公司正在召回 1.5 亿个充电宝，此前有报道称其中一些产品在充电时过热，公司表示将全额退款。</p>"
                      for i in range(5)) + "</article></body></html>")


def test_a_fetched_capture_of_a_chinese_page_is_no_english_original(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "looks like Chinese, not English: the original comes first" named the cache file and said to swap two files
    from tests.wayback_server import Wayback

    url = "https://example.com/news/voltcell"
    t = tmp_path / "t.md"
    t.write_text(f"# 标题\n\n> 原文：<{url}>\n\n公司正在召回 1.5 亿个充电宝，此前有报道称其中一些产品在充电时过热。\n", encoding="utf-8")
    with Wayback() as wb:
        wb.add(url, _ZH_PAGE.encode())
        code, out, err = run_cli(capsys, "check", str(t), "--fetch-source", "--wayback-endpoint", wb.endpoint,
                                 "--cache-dir", str(tmp_path / "c"))
    assert code == 2 and out == ""
    one_error(err, f"{wb.endpoint}/web/", "is a Wayback capture of a page in Chinese, not an English original", alone=True)
    assert "comes first" not in err and "wayback/objects" not in err


def test_a_saved_capture_of_a_chinese_page_given_as_the_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toolbar = ("<!-- BEGIN WAYBACK TOOLBAR INSERT --><script>var wbPrefix = 'https://web.archive.org/web/20050101000000/';"
               + " __wm.init('https://web.archive.org/web'); archive toolbar playback helpers" * 200
               + "</script><!-- END WAYBACK TOOLBAR INSERT -->")
    page = tmp_path / "capture.html"
    page.write_text(_ZH_PAGE.replace("<body>", "<body>" + toolbar), encoding="utf-8")
    t = tmp_path / "t.md"
    t.write_text("# 标题\n\n公司正在召回 1.5 亿个充电宝，此前有报道称其中一些产品在充电时过热。\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(page), str(t))
    assert code == 2
    one_error(err, f"{page}: is a Wayback capture of a page in Chinese, not an English original", alone=True)
    # a Chinese file that is no capture keeps its message: the two were given the wrong way round
    code, _, err = run_cli(capsys, "check", str(t), str(SAMPLES / "solar-startup.en.md"))
    assert code == 2 and "comes first" in err


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["公司正在召回充电宝，此前有报道称其中某些产品在充电时过热。",  # no zero byte at all
                                  "公司正在召回一亿五千万个充电宝，此前有报道称其中一些产品过热。"])  # 一 (U+4E00): a zero, in the low byte
def test_utf16_of_pure_han_text_without_a_bom_is_told_by_its_bytes(order: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # no ASCII, so no zero bytes in one parity: it went to charset detection, which could not tell (or "binary file")
    from transqa.load import decode

    def no_guess(*_args: object) -> tuple[str, str]:
        raise AssertionError("charset detection")

    monkeypatch.setattr(decode, "_legacy", no_guess)
    assert decode.decode_with_encoding("u.md", text.encode(order)) == (text, order)


def test_legacy_chinese_still_goes_to_charset_detection() -> None:
    from transqa.load.decode import decode_with_encoding

    text = "公司正在召回充电宝，此前有报道称其中某些产品在充电时过热。" * 3
    assert decode_with_encoding("g.md", text.encode("gb18030"))[0] == text
    big5 = "公司正在召回行動電源，此前有報導稱其中某些產品在充電時過熱。" * 3
    assert decode_with_encoding("b.md", big5.encode("big5"))[0] == big5


def test_an_audit_writes_its_baseline_without_reading_the_targets_again(one: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    # each target was read again after the run for the context of its findings' fingerprints
    from transqa import baseline

    t = str(one / "solar-startup.zh.md")
    run_cli(capsys, "check", t, "--write-baseline", str(tmp_path / "check.json"))

    def again(*_args: object) -> list[str]:
        raise AssertionError("a target read again")

    monkeypatch.setattr(baseline, "prints_of_file", again)
    code, _, err = run_cli(capsys, "audit", str(one), "--write-baseline", str(tmp_path / "audit.json"), "--store",
                           str(tmp_path / "s.sqlite"), "--no-progress", "-j", "1", "-f", "concise")
    assert code == 0 and "recorded 2 findings of 1 article" in err
    files = [json.loads((tmp_path / n).read_text(encoding="utf-8"))["files"] for n in ("check.json", "audit.json")]
    assert files[0] == files[1] and files[0]


def test_the_baseline_file_is_read_once(one: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # once to refuse a bad one before any work, once more by the policy
    from transqa import baseline

    t = str(one / "solar-startup.zh.md")
    base = tmp_path / "b.json"
    run_cli(capsys, "check", t, "--write-baseline", str(base))
    base.write_text(base.read_text(encoding="utf-8") + " ", encoding="utf-8")  # another size: no table kept from before
    reads: list[str] = []
    real = baseline.read_bytes

    def counted(path: str, *args: int) -> bytes:
        reads.append(path)
        return real(path, *args)

    monkeypatch.setattr(baseline, "read_bytes", counted)
    code, out, _ = run_cli(capsys, "check", t, "--baseline", str(base), "-f", "concise")
    assert code == 0 and out == "" and reads == [str(base)]


def test_the_fix_diff_of_a_gb18030_file_takes_its_encoding_from_the_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                         capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    # diff_output decoded the target a second time to learn its encoding
    from transqa.cli import main
    from transqa.load import decode

    text = "# 标题\n\n公司正在召回 1 . 5 亿个充电宝，此前有报道称其中一些产品在充电时过热。\n"
    t = tmp_path / "a.md"
    t.write_bytes(text.encode("gb18030"))
    decodes = decodes_counted(monkeypatch)
    assert main(["fix", str(t)]) == 0
    assert "+公司正在召回 1.5 亿".encode("gb18030") in capsysbinary.readouterr().out
    assert decodes == [str(t)]
    assert decode.ASCII_LEGACY == {"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "cp936", "shift_jis", "euc_jis_2004"}


def test_the_lexical_one_to_one_costs_take_the_sizes_built_once() -> None:
    # ones() built the source units' sizes again for every window of the aligner
    import numpy as np

    from transqa.align.lexical import LEX_CAP, LEX_WEIGHT, MISS_CAP, MISS_WEIGHT, _Matcher

    m = _Matcher([frozenset({"chip", "merger", "deal"}), frozenset({"chip"}), frozenset()], ["芯片合并", "芯片", "其他"])
    assert m.sizes() is m.sizes() and m.lex_bound().sizes is m.sizes()
    counts = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
    sizes = np.array([[1.0], [0.0]])  # units 1 and 2
    want = -LEX_WEIGHT * np.minimum(counts, LEX_CAP) + MISS_WEIGHT * np.minimum(sizes - counts, MISS_CAP)
    assert np.array_equal(m.ones(counts, range(1, 3)), want)
    assert m.ones(np.zeros((3, 3))).shape == (3, 3)


def test_the_dist_info_reader_answers_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # signature._dist_info_version, split into flat helpers: the first folder that has the distribution answers
    import sys

    from transqa import signature as sig

    first, second, egg = tmp_path / "a", tmp_path / "b", tmp_path / "e"
    for folder, name, meta in ((first, "Demo_Pkg-1.0.dist-info", "Name: demo\nVersion: 1.0\n\nVersion: 9\n"),
                               (second, "demo_pkg-2.0.dist-info", "Version: 2.0\n"), (egg, "demo.pkg-3.egg-info", "")):
        (folder / name).mkdir(parents=True)
        (folder / name / "METADATA").write_text(meta, encoding="utf-8")
    # only the path finder finds distributions here (an editable install or a plugin may add a finder of its own)
    monkeypatch.setattr(sys, "meta_path", [f for f in sys.meta_path if getattr(f, "__name__", "") == "PathFinder"])
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(first), str(second)])
    assert sig._dist_info_version("demo-pkg") == "1.0" and sig._dist_info_version("other") is None
    monkeypatch.setattr(sys, "path", [str(egg), str(first)])
    assert sig._dist_info_version("demo-pkg") is None  # an .egg-info first: importlib.metadata's to answer
    (tmp_path / "zip").write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "zip"), str(first)])
    assert sig._dist_info_version("demo-pkg") is None  # a file on sys.path (a zip)
    (first / "Demo_Pkg-1.0.dist-info" / "METADATA").write_text("Name: demo\n\nVersion: 1.0\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(first), str(second)])
    assert sig._dist_info_version("demo-pkg") is None  # no Version among the headers
