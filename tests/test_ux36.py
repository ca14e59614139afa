"""Release 36, what newcomers tripped over at the end of release 35 (brief r36/ux): the original beside a translation
checked alone, the rule texts of TQA205 and TQA310, the text report's box headers and counts."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import run_cli

from transqa.service import with_original

EN = "# Solar start-up raises money\n\nThe company raised $5 million on Monday.\n"
ZH = "# 太阳能初创公司融资\n\n该公司周一筹集了 500 万美元。\n"


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "my drafts"
    folder.mkdir()
    zh, en = folder / "deal.zh.md", folder / "deal.en.md"
    zh.write_text(ZH, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    return zh, en


# ------------------------------------------------------------------ 2. the notice's command as the user typed it
def test_the_beside_notice_keeps_the_users_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh, en = _pair(tmp_path)
    out = tmp_path / "the report.txt"
    _code, _out, err = run_cli(capsys, "check", str(zh), "--format", "text", "-o", str(out))
    line = next(ln for ln in err.splitlines() if "beside it is not used" in ln)
    command = line.split("unless named: ", 1)[1]
    # the options kept but -o: the suggested run would overwrite this run's report
    assert shlex.split(command) == ["transqa", "check", str(en), str(zh), "--format", "text"], command


def test_the_beside_notice_of_several_translations_checks_that_pair_only_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh, en = _pair(tmp_path)
    other = tmp_path / "b.zh.md"
    other.write_text(ZH, encoding="utf-8")
    out, bl = tmp_path / "r.txt", tmp_path / "bl.json"
    _code, _out, err = run_cli(capsys, "check", str(zh), str(other), "--select", "TQA2", "-o", str(out),
                               "--write-baseline", str(bl))
    line = next(ln for ln in err.splitlines() if "beside it is not used" in ln)
    command = line.split("unless named: ", 1)[1]
    assert shlex.split(command) == ["transqa", "check", "--select", "TQA2", str(en), str(zh)], command
    report = out.read_text(encoding="utf-8")
    assert "--write-baseline" not in report and " -o " not in report, report


def test_with_original_drops_the_options_that_write_a_file() -> None:
    for typed in (("check", "x.zh.md", "-o", "r.txt"), ("check", "-or.txt", "x.zh.md"), ("check", "--output=r.txt", "x.zh.md"),
                  ("check", "--write-baseline", "bl.json", "x.zh.md"), ("check", "x.zh.md", "--write-baseline=bl.json")):
        assert with_original(typed, "x.zh.md", "x.en.md") == "transqa check x.en.md x.zh.md", typed
    assert with_original(("check", "-qo", "r.txt", "x.zh.md"), "x.zh.md", "x.en.md") == "transqa check -q x.en.md x.zh.md"
    assert with_original(("check", "-fjson", "x.zh.md"), "x.zh.md", "x.en.md") == "transqa check -fjson x.en.md x.zh.md"
    # several translations: this pair alone, the options that write nothing kept
    typed = ("check", "a.zh.md", "b.en.md", "b.zh.md", "-o", "r.txt", "--write-baseline", "bl.json", "--isolated")
    assert with_original(typed, "a.zh.md", "a.en.md", ("b.en.md", "b.zh.md")) == "transqa check --isolated a.en.md a.zh.md"
    assert with_original(("check", "--", "-a.zh.md", "b.zh.md"), "-a.zh.md", "-a.en.md", ("b.zh.md",)) == \
        "transqa check -- -a.en.md -a.zh.md"


def test_with_original_puts_the_original_before_the_translation_as_typed() -> None:
    typed = ("check", "--select", "TQA3", "./a b/x.zh.md", "y.zh.md", "-q")
    assert with_original(typed, "a b/x.zh.md", "a b/x.en.md") == \
        "transqa check --select TQA3 'a b/x.en.md' './a b/x.zh.md' y.zh.md -q"
    assert with_original((), "x.zh.md", "x.en.md") == "transqa check x.en.md x.zh.md"  # an API caller: no words typed
    # an option's value is no translation: `--glossary x.zh.md` is not where the original goes
    assert with_original(("check", "--glossary", "x.zh.md.tsv", "x.zh.md"), "x.zh.md", "x.en.md") == \
        "transqa check --glossary x.zh.md.tsv x.en.md x.zh.md"


# ------------------------------------------------------------------ 1. a saved report names the original beside it
def test_a_saved_report_names_the_original_beside_and_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sample = ROOT / "corpora" / "samples" / "solar-startup.zh.md"  # the bundled example: its 原文 header names a URL
    alone = tmp_path / "alone"
    alone.mkdir()
    zh = alone / "solar-startup.zh.md"
    zh.write_bytes(sample.read_bytes())
    report = tmp_path / "r.txt"
    run_cli(capsys, "check", str(zh), "--isolated", "--format", "text", "-o", str(report))
    text = report.read_text(encoding="utf-8")
    assert "--fetch-source" in text and "beside it" not in text  # nothing beside it: the 原文 header's way
    en = alone / "solar-startup.en.md"
    en.write_bytes(sample.with_name("solar-startup.en.md").read_bytes())
    run_cli(capsys, "check", str(zh), "--isolated", "--format", "text", "-o", str(report))
    lines = report.read_text(encoding="utf-8").splitlines()
    command = ["transqa", "check", str(en), str(zh), "--isolated", "--format", "text"]
    assert any(shlex.split(ln) == command for ln in lines if ln.startswith("transqa check ") and str(en) in ln), lines[:12]
    assert "--fetch-source" not in "\n".join(lines)  # the better advice only
    assert f"{en} beside it looks like its original" in " ".join(lines), lines[:12]
    run_cli(capsys, "check", str(zh), "--isolated", "-o", str(tmp_path / "r.html"))
    assert "beside it looks like its original" in (tmp_path / "r.html").read_text(encoding="utf-8")


# ------------------------------------------------------------------ 3. TQA205's Fix covers all it reports
def test_tqa205_fix_speaks_of_every_measure_it_reports(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = run_cli(capsys, "rule", "TQA205")
    fix = out.split("\nFix: ", 1)[1].split("\n\n", 1)[0]
    for word in ("currency", "unit", "percentage points", "岁", "counting word", "周"):
        assert word in fix, (word, fix)
    assert "Formerly named" not in out and "Former name 'currency-changed': still accepted" in out


# ------------------------------------------------------------------ 4. TQA310's short text says what it mostly reports
def test_tqa310_short_text_names_the_latin_and_chinese_forms(capsys: pytest.CaptureFixture[str]) -> None:
    from transqa.registry import resolve

    _code, out, _err = run_cli(capsys, "rule", "TQA310")
    short = out.split("(`transqa rule TQA310 --full`")[0]
    head, summary = out.splitlines()[0], out.splitlines()[3]
    assert "Latin script" in summary and "Chinese" in summary, summary
    assert "transliterat" not in head  # the name no longer says transliteration only
    assert "Latin script" in short.split("What it checks:", 1)[1].split("\n\n", 1)[0]
    old = resolve("transliteration-inconsistent")
    assert old is not None and old.code == "TQA310"  # configurations written with the old name still work


# ------------------------------------------------------------------ 5. the text report's places and counts
def test_tqa310_two_forms_on_one_line_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tmp_path / "a.zh.md"
    zh.write_text("# 公司扩张\n\n分析师海勒曼在周一表示，公司将扩大业务；海尔曼还说，新产品将于明年推出。\n\n这家公司成立于 2001 年。\n",
                  encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(zh), "--isolated", "--select", "TQA310", "--format", "concise")
    assert "“海尔曼” is written “海勒曼” on the same line (column 4)" in out, out
    assert "elsewhere" not in out
    # on another line: elsewhere, with the line
    zh.write_text("# 公司扩张\n\n分析师海勒曼在周一表示，公司将扩大业务。\n\n海尔曼还说，新产品将于明年推出。\n", encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(zh), "--isolated", "--select", "TQA310", "--format", "concise")
    assert "“海尔曼” is written “海勒曼” elsewhere in this article (line 3)" in out, out


def test_tqa316_suggests_the_name_the_slug_spells(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = "# 一个免费的图标库\n\n我认为[名词项目](http://www.thenounproject.com/)是一项值得关注的服务。\n"
    named = tmp_path / "the-noun-project-builds-a-free-icon-library.zh.md"
    named.write_text(body, encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(named), "--isolated", "--select", "TQA316", "--format", "concise")
    assert out.count("TQA316") == 1 and out.rstrip().endswith("→ The Noun Project"), out
    plain = tmp_path / "icons.zh.md"  # no slug: the address label, as before
    plain.write_text(body, encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(plain), "--isolated", "--select", "TQA316", "--format", "concise")
    assert "write the name as the site writes it (thenounproject)" in out, out


def test_tqa317_counts_the_titles_writing_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tmp_path / "the-t-mobile-amaze-4g-review.zh.md"  # the slug names it: one Latin writing more
    zh.write_text("# T-Mobile Amaze 4G 评测：大屏幕手机\n\n这款手机的屏幕很大，电池也不错。\n\n不幸的是，Amaze 需要大量的光线才能拍出好照片。\n\n"
                  "总的来说，惊奇是一款不错的手机。\n", encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(zh), "--isolated", "--select", "TQA317", "--format", "concise")
    assert "“惊奇” translates the name “Amaze” as the common word; the article writes “Amaze” (2 times, first on line 1)" in out, out


def test_a_box_title_names_the_findings_line_not_the_image_line_above_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tmp_path / "a.zh.md"
    zh.write_text("# 公司扩张\n\n![办公室.jpg](img/office.png)\n分析师海勒曼在周一表示，公司将扩大业务；海尔曼还说，新产品将于明年推出。\n\n"
                  "这家公司成立于 2001 年。\n", encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(zh), "--isolated", "--select", "TQA310", "--format", "text")
    assert "4:21 TQA310" in out, out
    titles = [ln for ln in out.splitlines() if ln.startswith("╭─ ZH line")]
    assert titles and titles[0].startswith("╭─ ZH line 4 "), titles


def test_the_summary_counts_findings_as_every_format_does_and_says_where_they_are_shown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tmp_path / "a.zh.md"
    # (release 42: `also at` groups one finding's places within one paragraph only, so the repeats share a paragraph)
    zh.write_text("# 黑客事件\n\n脸书说，10，000 个账户被盗的说法不实。\n\n黑客声称有 10，000 个账户，脸书否认这 10，000 个账户是它的。\n",
                  encoding="utf-8")
    _code, out, _err = run_cli(capsys, "check", str(zh), "--isolated", "--select", "TQA207", "--format", "text")
    assert "also at 5:" in out and out.count("TQA207 error") == 2, out
    # the count of findings, as HTML, JSON, concise and --fail-on count them; where they are, in brackets
    assert "\n3 errors (shown in 2 boxes; 1 on an “also at” line)\n" in out, out
    _code, out, _err = run_cli(capsys, "check", str(zh), "--isolated", "--select", "TQA207", "--format", "concise")
    assert out.count("TQA207") == 3  # the concise report lists each place
    _code, out, _err = run_cli(capsys, "check", str(zh), "--isolated", "--select", "TQA207", "--format", "json")
    assert out.count('"TQA207"') == 3, out


# ------------------------------------------------------------------ 6. fix says it builds the dictionary index, as check does
def test_fix_says_it_builds_the_dictionary_index(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit import worker

    zh = tmp_path / "a.zh.md"
    zh.write_text(ZH, encoding="utf-8")
    monkeypatch.setattr(worker, "index_missing", lambda: True)
    _code, out, err = run_cli(capsys, "fix", str(zh), "--isolated")
    assert err.count("transqa: notice: building the dictionary index (once per version of transqa") == 1, err
    assert "dictionary index" not in out
    _code, _out, err = run_cli(capsys, "fix", "-q", str(zh), "--isolated")
    assert "dictionary index" not in err
    monkeypatch.setattr(worker, "index_missing", lambda: False)
    _code, _out, err = run_cli(capsys, "fix", str(zh), "--isolated")
    assert "dictionary index" not in err


def test_excerpts_are_cut_by_terminal_columns_not_characters() -> None:
    from rich.cells import cell_len

    from transqa.escape import clipped

    zh = "深圳便携式充电器制造商正在召回一亿五千万个充电宝，此前有报道称其中一些产品在充电时过热。" * 3
    en = "Voltcell, the Shenzhen-based maker of portable chargers, is recalling power banks " * 3
    for text in (zh, en, "a" + zh):
        cut = clipped(text, 40)
        assert cut.endswith("…") and 39 <= cell_len(cut) <= 40, (cut, cell_len(cut))
    assert clipped("充电宝", 6) == "充电宝" and clipped("充电宝", 5) == "充电…" and clipped("充电宝", 1) == "…"
    assert clipped("e\u0301" * 4, 4) == "e\u0301" * 4  # a combining accent takes no column of its own


def test_excerpts_are_measured_as_the_text_report_lays_out_its_boxes() -> None:
    """escape.clipped and report/wrap.py measure with the same cells (rich.cells): zero-width spaces take none (an
    excerpt of them was cut 3 columns early), an emoji with a skin-tone modifier two (it was counted 4)."""
    from transqa.escape import clipped

    assert clipped("\u200b" * 3 + "ab", 2) == "\u200b" * 3 + "ab"
    assert clipped("👍🏽x", 3) == "👍🏽x" and clipped("👍🏽xy", 3) == "👍🏽…"
