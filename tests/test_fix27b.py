"""Newcomer 27 items fixed on branch r27-fixb: an English sentence with a figure left in the translation (item 3), an
untranslated `slug.zh.md` in an audit (item 13), and the smaller items that follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers import findings, run_cli

ENGLISH = ("Harbor Robotics raises money to automate container ports. The company said its software plans the moves of "
           "cranes and trucks in real time. Several dock workers' unions have criticised the technology, which they say "
           "will cost jobs at the ports of the north.")


def test_an_english_sentence_with_a_bounded_figure_is_one_untranslated_passage_and_no_number_finding() -> None:
    # newcomer 27 item 3: two TQA401 halves split at `30,000`, and a false TQA209 whose fix `最多 30,000` is Chinese in English
    en = ("Some dockworkers' unions criticised the technology. The International Transport Workers' Federation said in "
          "March that automation could eliminate up to 30,000 jobs in European ports by 2030.")
    zh = ("一些码头工人工会批评了这项技术。The International Transport Workers' Federation said in March that automation "
          "could eliminate up to 30,000 jobs in European ports by 2030.")
    got = findings(en, zh)
    left = [f for f in got if f.code == "TQA401"]
    assert len(left) == 1, [(f.code, f.message) for f in got]
    assert left[0].target is not None and "up to 30,000 jobs" in left[0].target.text, left[0].target
    assert not [f for f in got if f.category == "number"], [(f.code, f.message) for f in got]


def test_a_figure_changed_outside_english_left_is_still_reported() -> None:
    # the number rules keep a figure of the Chinese beside an English passage
    en = "Sales rose 18% last year. The company said demand was strong in every market it serves."
    zh = "去年销售额增长了 81%。The company said demand was strong in every market it serves."
    got = findings(en, zh)
    assert [f.code for f in got].count("TQA401") == 1 and "TQA201" in [f.code for f in got], [(f.code, f.message) for f in got]


def test_audit_reports_a_zh_md_with_no_chinese_as_left_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 27 item 13: it was "unreadable" (exit 2) with advice on the order of arguments
    (tmp_path / "english.zh.md").write_text(f"# Harbor Robotics raises money\n\n{ENGLISH}\n\n{ENGLISH}\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "audit", str(tmp_path), "--format", "concise", "--quiet", "--no-cache")
    assert code == 1, (out, err)
    lines = [x for x in out.splitlines() if x.strip()]
    assert len(lines) == 1 and "TQA401" in lines[0] and "left in English" in lines[0], out
    assert "SOURCE TARGET" not in out + err


def test_check_of_a_zh_md_with_no_chinese_alone_keeps_its_advice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `check` given one file with no Chinese: most likely the original given alone, the advice fits there
    (tmp_path / "english.zh.md").write_text(f"{ENGLISH}\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "check", str(tmp_path / "english.zh.md"))
    assert code == 2 and "give it before its translation" in err, err


def test_audit_of_a_zh_md_with_no_chinese_and_no_prose_is_still_an_input_error(tmp_path: Path,
                                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "names.zh.md").write_text("Harbor Robotics\n\nNorthwind Capital\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "audit", str(tmp_path), "--format", "concise", "--quiet", "--no-cache")
    assert code == 2 and "holds no Chinese text" in out + err, (out, err)


def test_a_path_that_does_not_exist_is_not_counted_as_an_audited_article(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 27 item 13: `audited 2 articles (… 2 unreadable)` for one file and a mistyped name
    (tmp_path / "a.zh.md").write_text("# 标题\n\n这是一篇关于港口自动化的文章。\n", encoding="utf-8")
    summary = tmp_path / "s.json"
    code, out, err = run_cli(capsys, "audit", str(tmp_path / "a.zh.md"), str(tmp_path / "nosuch.zh.md"), "--no-cache",
                             "--summary", str(summary), "-o", str(tmp_path / "r.jsonl"))
    assert code == 2, (out, err)
    got = json.loads(summary.read_text(encoding="utf-8"))
    assert (got["articles"], got["errors"], got["missing"]) == (1, 0, 1), got
    code, out, err = run_cli(capsys, "audit", str(tmp_path / "a.zh.md"), str(tmp_path / "nosuch.zh.md"), "--no-cache")
    assert code == 2 and "audited 1 article (1 target-only, 0 unreadable; 1 path not found)" in out + err, out + err


def test_a_chinese_name_glossed_in_latin_is_settled_by_its_gloss() -> None:
    # newcomer 27 item 10: target-only TQA310 took 卡洛斯 (glossed 卡洛斯·莫埃达斯（Carlos Moedas）) for `Carris`, twice in Latin
    zh = ("# 里斯本将把公交车队全部换成电动车\n\n这一计划由市长卡洛斯·莫埃达斯（Carlos Moedas）宣布，是该市碳中和承诺的一部分。\n\n"
          "市营公交运营商 Carris 目前已运营 120 辆电动公交车。\n\nCarris 表示，已与电网运营商签署协议。\n")
    assert not [f for f in findings(None, zh) if f.code == "TQA310"], [f.message for f in findings(None, zh)]


def test_a_chinese_name_glossed_with_something_else_is_still_weighed() -> None:
    # a gloss that holds no word heard as the form (a company) settles nothing: the Latin majority still counts
    zh = ("# 斯坦顿推出新唱机\n\n斯坦顿（Numark 旗下）今天发布了新唱机。\n\nStanton 表示，新产品将于下月上市。\n\n"
          "Stanton 还推出了新的唱头。\n\nStanton 的发言人说价格尚未确定。\n")
    assert [f for f in findings(None, zh) if f.code == "TQA310"], [f.message for f in findings(None, zh)]


@pytest.mark.parametrize("data", [b"\xff\xd8binary", b"\x01\x02\x03\x04abc\x05\x06"])
def test_a_short_garbage_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    # newcomer 27 item 12: `\xff\xd8binary` passed as 4 characters of text (read as UTF-16), exit 0, and passed the hook
    bad = tmp_path / "eight.zh.md"
    bad.write_bytes(data)
    code, out, err = run_cli(capsys, "check", str(bad))
    assert code == 2 and "eight.zh.md" in err, (out, err)


@pytest.mark.parametrize("option", ["-o", "--write-baseline", "--summary"])
def test_an_output_into_a_missing_folder_names_the_folder_to_create(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch, option: str) -> None:
    # newcomer 27 item 18: `--write-baseline qa/baseline.json` with no `qa/`: "No such file or directory" (-o alike)
    (tmp_path / "a.zh.md").write_text("# 标题\n\n这是一篇关于港口自动化的文章。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "audit", ".", option, "qa/out.json", "--no-cache", "--quiet")
    assert code == 2 and "the folder qa does not exist" in err and "mkdir -p qa" in err, (out, err)
    assert not (tmp_path / "qa").exists()


def test_a_dropped_link_stands_at_its_anchor_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 27 item 4: SARIF put TQA101 at the anchor (3:54), JSON, concise, CSV and the terminal at 3:1
    en = tmp_path / "a.en.md"
    zh = tmp_path / "a.zh.md"
    en.write_text("# Title\n\nThe round was led by [Northwind Capital](https://northwind.example.com/) and others.\n", encoding="utf-8")
    zh.write_text("# 标题\n\n本轮融资由 Northwind Capital 等机构领投。\n", encoding="utf-8")
    _, out, _ = run_cli(capsys, "check", str(en), str(zh), "--format", "json")
    target = next(f["target"] for f in json.loads(out)["documents"][0]["findings"] if f["code"] == "TQA101")
    assert (target["line"], target["column"], target["text"]) == (3, 7, "Northwind Capital"), target
    _, out, _ = run_cli(capsys, "check", str(en), str(zh), "--format", "sarif")
    region = next(r["locations"][0]["physicalLocation"]["region"] for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "TQA101")
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 7, target["end_column"]), region
    _, out, _ = run_cli(capsys, "check", str(en), str(zh), "--format", "concise")
    assert "a.zh.md:3:7: TQA101" in out, out


def test_a_dropped_paragraph_says_between_which_lines_it_belongs() -> None:
    # newcomer 27 item 5: TQA001 stands at the next paragraph's first character; concise/SARIF read it as on that paragraph
    en = ("# Title\n\nThe company raised money from several investors in the spring.\n\n"
          "The new money will be used to open an office in Los Angeles next year.\n\n"
          "The chief executive said the team would double in size.\n")
    zh = "# 标题\n\n该公司在春季从多家投资者处筹集了资金。\n\n首席执行官表示，团队规模将扩大一倍。\n"
    f = next(f for f in findings(en, zh) if f.code == "TQA001")
    assert "Los Angeles" in f.message and "between lines 3 and 5 of the translation" in f.message, f.message


def test_a_broken_name_misspelt_says_which_letters_differ() -> None:
    # newcomer 26 item 4: "misspelt" read as only the space and the capitals differing (`sportsstream` has an s more)
    zh = ("# SportStream 为 Facebook 提供体育数据\n\n[SportStream](https://www.sportstream.com/) 今天发布了新功能。\n\n"
          "sports stream 的用户可以看到比赛数据。\n\nSportStream 的创始人表示，产品很受欢迎。\n")
    f = next(f for f in findings(None, zh) if f.code == "TQA315")
    assert "“sportsstream”, not “sportstream”" in f.message, f.message


def test_the_rate_of_an_audit_counts_from_the_first_result_after_the_index_build(monkeypatch: pytest.MonkeyPatch) -> None:
    # newcomer 27 item 20: `auditing 1/200 0.1/s ETA 0:33:45` while the first results came after a 20-30 s index build.
    # The bar reads a fake clock: on the real one the test's own run time entered the rate (5.9/s on a loaded machine).
    from tests.helpers import audit_bar_on_a_fake_clock

    audit_bar, buf, clock = audit_bar_on_a_fake_clock(monkeypatch)
    with audit_bar as bar:
        bar.found(200)
        bar.say("building the dictionary index…")
        clock[0] += 30.0  # the build took 30 s of the run
        assert bar.callback is not None
        bar.callback(1, True)
        bar._bar.refresh()  # type: ignore[union-attr]
        assert "1/200" in buf.getvalue() and "/s" not in buf.getvalue(), buf.getvalue()
        clock[0] += 10.0  # ten seconds after the first result (no rate before: progress.ETA_AFTER_SECONDS)
        bar.callback(12, True)
        bar._bar.refresh()  # type: ignore[union-attr]
        assert "1.2/s" in buf.getvalue() and "ETA 0:02:36" in buf.getvalue(), buf.getvalue()
