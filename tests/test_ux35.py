"""What a translator and an archive maintainer new to transqa tripped over (release 35's newcomer report): the silent
first build of the dictionary index, the audit's missing hint at originals, `transqa rule`'s length, the HTML report's
rows, and contradictory advice on one place."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT

from transqa.cli import main

SAMPLES = ROOT / "corpora" / "samples"
PAIR = [str(SAMPLES / "battery-recall.en.md"), str(SAMPLES / "battery-recall.zh.md")]
OTHER = [str(SAMPLES / "chip-merger.en.html"), str(SAMPLES / "chip-merger.zh.md")]


# 1. the first check on a machine built the dictionary index in silence (17 s wall of nothing)

@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_a_first_check_says_once_on_standard_error_that_it_builds_the_index(
        fmt: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit import worker

    monkeypatch.setattr(worker, "index_missing", lambda: True)
    main(["check", "--format", fmt, *PAIR, *OTHER])  # two pairs: said once, before the first
    out, err = capsys.readouterr()
    assert err.count("transqa: notice: building the dictionary index (once per version of transqa") == 1
    assert "dictionary index" not in out
    main(["check", "-q", "--format", fmt, *PAIR])
    assert "dictionary index" not in capsys.readouterr().err


def test_a_check_with_the_index_cached_says_nothing_of_it(capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit import worker

    monkeypatch.setattr(worker, "index_missing", lambda: False)
    main(["check", *PAIR])
    assert "dictionary index" not in capsys.readouterr().err


def test_the_notice_names_an_unwritable_cache_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from transqa.audit import worker

    (tmp_path / "file").write_text("x", encoding="utf-8")
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "file"))
    assert "on every run" in worker.index_detail()


# 2. an audit whose articles all ran target-only never said so, nor how to give them their originals

def _zh_only(tmp_path: Path, names: tuple[str, ...] = ("battery-recall", "chip-merger")) -> Path:
    import shutil

    folder = tmp_path / "zh"
    folder.mkdir()
    for name in names:
        shutil.copy(SAMPLES / f"{name}.zh.md", folder / f"{name}.zh.md")
    return folder


def test_an_audit_of_translations_alone_says_once_how_to_give_them_originals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _zh_only(tmp_path)
    main(["audit", str(folder), "--no-cache", "-j", "1", "--no-progress", "--format", "summary"])
    out = capsys.readouterr().out
    assert out.count("no original: 2 of 2 articles") == 1
    assert out.count("--fetch-source") == 1 and "--originals DIR" in out
    main(["audit", str(folder), "--no-cache", "-j", "1", "--no-progress", "--summary", str(tmp_path / "s.html"), "-o", str(tmp_path / "o.jsonl")])
    page = (tmp_path / "s.html").read_text(encoding="utf-8")
    assert page.count("No original: 2 of 2 articles") == 1 and "--fetch-source" in page


def test_an_audit_with_its_originals_or_fetching_them_gives_no_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from transqa.audit.summary import Summary, originals_hint

    main(["audit", str(SAMPLES / "battery-recall.zh.md"), "--no-cache", "-j", "1", "--no-progress", "--format", "summary"])
    assert "no original" not in capsys.readouterr().out  # its original is beside it
    assert originals_hint(Summary(articles=3, target_only=1))[0].startswith("no original: 1 of 3 articles")
    assert originals_hint(Summary(articles=3, target_only=3, fetched=True)) == []  # its line counts those not available
    assert originals_hint(Summary(articles=3, target_only=0)) == []


# 3. `transqa rule TQA310` printed 1,870 words of heuristics; the README promises what, why, an example and the fix

def test_rule_prints_what_why_example_and_fix_briefly_and_names_full(capsys: pytest.CaptureFixture[str]) -> None:
    from transqa.registry import rules

    for code in ("TQA310", "TQA401", "TQA312"):
        assert main(["rule", code]) == 0
        out = capsys.readouterr().out
        assert len(out.split()) < 300, code
        for part in ("What it checks:", "Why it matters:", "Example:", "Fix:"):
            assert out.count(part) == 1, (code, part)
        assert f"transqa rule {code} --full" in out
        assert main(["rule", code, "--full"]) == 0
        full = capsys.readouterr().out
        doc = rules()[code].doc.split()  # refilled to the width (newcomer2 39): the documentation's words, in order
        assert full.split()[-len(doc):] == doc and "--full" not in full
    assert main(["rule", "TQA102"]) == 0  # a short description is printed whole, with nothing more to ask for
    assert "--full" not in capsys.readouterr().out


def test_the_short_description_ends_on_whole_sentences_or_a_marked_cut() -> None:
    from transqa.registry import rule
    from transqa.report.rulesdoc import rule_text

    long = " ".join(f"case {i} (`a. b`, c. d) is reported." for i in range(40))
    r = rule("TQA998", "made-up", "meta", "info", "A rule", f"What it checks: {long}\n\nWhy it matters: x.\n\nExample: y.\n\nFix: z.",
             needs_source=False)
    text = rule_text(r)
    assert "case 0 (`a. b`, c. d) is reported. case 1" in text and "case 39" not in text  # stops inside brackets kept
    listed = rule("TQA998", "made-up", "meta", "info", "A rule", "What it checks: things: " + ", ".join(f"thing {i}" for i in range(160))
                  + ".\n\nWhy it matters: x.\n\nExample: y.\n\nFix: z.", needs_source=False)
    what = rule_text(listed).split("\n\n")[2]
    assert what.endswith(" …") and "thing 80" not in what and "thing 5" in what


def test_the_rules_document_stays_complete() -> None:
    from transqa.registry import rules
    from transqa.report.rulesdoc import rules_markdown

    doc = " ".join(rules_markdown().split())
    assert "Interspeech is reported wherever it stands" in doc  # TQA312's last paragraph, left out of the short output
    paragraphs = [p.split() for r in rules().values() for p in r.doc.split("\n\n")]
    assert all(" ".join(p[-4:]) in doc for p in paragraphs if len(p) > 6)  # every paragraph's end, the long ones' too


# 4. the HTML report: a missing image's TQA104 sat under the next paragraph; the English column had no line numbers

def _rows(page: str) -> list[str]:
    import re

    return re.findall(r'<tr class="para[^"]*">.*?</tr>', page, re.S)


def test_a_missing_image_is_reported_on_its_own_row_with_both_sides_line_numbers(tmp_path: Path) -> None:
    en = tmp_path / "a.en.html"
    en.write_text("<html><body><article>\n<h1>Kestrel ships a chip</h1>\n<p>Kestrel said on Monday it would ship the chip.</p>\n"
                  '<p><img src="https://example.com/chart.png"></p>\n<p>The chip costs $30 and ships in May.</p>\n'
                  "</article></body></html>\n", encoding="utf-8")
    zh = tmp_path / "a.zh.md"
    zh.write_text("# Kestrel 推出芯片\n\nKestrel 周一表示将推出这款芯片。\n\n这款芯片售价 30 美元，五月发货。\n", encoding="utf-8")
    main(["check", str(en), str(zh), "-o", str(tmp_path / "r.html")])
    rows = _rows((tmp_path / "r.html").read_text(encoding="utf-8"))
    image = [r for r in rows if "chart.png" in r and "TQA104" in r]
    assert len(image) == 1 and 'class="para missing"' in image[0]  # on the image's row, with no Chinese
    assert '<td class="idx">4</td>' in image[0]  # the English line of the image
    after = next(r for r in rows if "ships in May" in r)
    assert "TQA104" not in after and '<td class="idx">5</td>' in after and '<td class="idx">5</td><td class="zh">' in after


def test_the_zuckerberg_pair_puts_each_missing_image_on_its_row() -> None:
    from tests.conftest import ZUCK_EN, ZUCK_ZH, need_shared

    from transqa.engine import check_paths
    from transqa.report.html import render_html
    from transqa.service import SettingsRequest, settings

    need_shared(ZUCK_EN, ZUCK_ZH)

    r = check_paths(str(ZUCK_EN), str(ZUCK_ZH), settings(str(ZUCK_ZH), SettingsRequest(None, False, None, None, (), False, None)), None)
    rows = _rows(render_html([r]))
    with_image = [row for row in rows if "TQA104" in row]
    assert len(with_image) == sum(f.code == "TQA104" for f in r.findings) >= 2
    assert all('class="para missing"' in row for row in with_image)


# 5. one place, one advice: a span one finding deletes, and opposite renderings of one name

def _f(code: str, start: int, end: int, text: str, suggestion: str | None, line: int = 1, message: str = "m",
       deletes: bool = False) -> object:
    from transqa.findings import Finding, Location, Severity

    return Finding(code=code, rule="r", category="name", severity=Severity.WARNING, message=message,
                   source=None, target=Location(line, start + 1, line, end + 1, text, start, end), suggestion=suggestion,
                   deletes=deletes)


def test_no_edit_is_advised_inside_a_span_another_finding_deletes() -> None:
    from transqa.findings import without_inside_deleted

    title = "DeNA 和 ngmoco 推出移动社交游戏平台 Mobage world wide tech crunch"
    s = title.index(" tech crunch")
    delete = _f("TQA314", s, len(title), " tech crunch", "delete it: “…”", deletes=True)
    capitals = _f("TQA315", s + 1, len(title), "tech crunch", "restore the name's capitals: Tech Crunch")
    before = _f("TQA302", title.index("world"), title.index("world") + 10, "world wide", "Worldwide")
    assert without_inside_deleted([before, delete, capitals]) == [before, delete]
    assert without_inside_deleted([before, capitals]) == [before, capitals]  # nothing deleted: both stay


def test_what_a_finding_deletes_is_its_rules_mark_not_its_wording() -> None:
    """Review 35: deletes_its_place read `startswith("delete it")` from the suggestion; a reworded suggestion must not
    change which findings are dropped, either way."""
    from transqa.findings import deletes_its_place, without_inside_deleted

    title = "谷歌推出新服务 tech crunch"
    s = title.index(" tech crunch")
    capitals = _f("TQA315", s + 1, len(title), "tech crunch", "restore the name's capitals: Tech Crunch")
    reworded = _f("TQA314", s, len(title), " tech crunch", "remove the site's name from the title", deletes=True)
    worded = _f("TQA505", s, len(title), " tech crunch", "delete it, or replace it with a link to what the page embedded")
    assert deletes_its_place(reworded) and not deletes_its_place(worded)
    assert without_inside_deleted([reworded, capitals]) == [reworded]
    assert without_inside_deleted([worded, capitals]) == [worded, capitals]


def test_a_rendering_another_finding_calls_the_minority_is_not_advised() -> None:
    from transqa.checks.transliteration import one_rendering_advised

    raw = "彼得·托雷拉斯说。\n\n托莱拉斯被禁止。\n\n托雷拉斯说。\n\nTorrelles 说。"
    minority = _f("TQA310", raw.index("托莱"), raw.index("托莱") + 4, "托莱拉斯", "托雷拉斯", 3)
    latin = _f("TQA310", raw.index("Torr"), raw.index("Torr") + 9, "Torrelles", "托莱拉斯", 7, "“Torrelles” is written “托莱拉斯” earlier")
    out = one_rendering_advised([minority, latin])
    assert out[0] is minority and out[1].suggestion == "托雷拉斯" and "yet that “托莱拉斯” (line 3) is itself to be replaced by “托雷拉斯”, the article's usual form of the name: write “托雷拉斯” here too" in out[1].message
    # each advises the other's form: no chain to follow, both stay (the raw count is no guide: the file name may decide)
    boston = "波士顿的公司。\n\n波士顿。\n\nBoston 市。"
    latin_to_zh = _f("TQA310", boston.index("Boston"), boston.index("Boston") + 6, "Boston", "波士顿", 5)
    zh_to_latin = _f("TQA310", 0, 3, "波士顿", "Boston", 1)
    assert one_rendering_advised([zh_to_latin, latin_to_zh]) == [zh_to_latin, latin_to_zh]


def test_a_long_run_of_the_site_name_is_quoted_short(tmp_path: Path) -> None:
    from transqa.checks.transliteration.title import QUOTED
    from transqa.engine import check_paths

    path = tmp_path / "crunchies.zh.md"
    path.write_text("# 嘎吱嘎吱颁奖\n\n" + "嘎吱" * 40 + "颁奖典礼在 [TechCrunch](https://techcrunch.com/crunchies) 举行。\n", encoding="utf-8")
    r = check_paths(None, str(path))
    long = [f for f in r.findings if f.code == "TQA314" and f.target is not None and len(f.target.text) > 40]
    assert long and all(len(f.message.split("”")[0]) <= QUOTED + 1 for f in long)


def test_a_short_text_that_stops_at_a_semicolon_says_more_follows() -> None:
    # newcomer 37: TQA208's short text ended on `fractions too (…);` as if complete, hiding the superlatives
    from transqa.report.rulesdoc import _first_words

    assert _first_words("What it checks: rise against fall; a superlative too.", 6) == "What it checks: rise against fall …"
    assert _first_words("What it checks: rise against fall.", 6) == "What it checks: rise against fall."
