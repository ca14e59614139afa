"""Release twenty-three's newcomer items (newcomer23-report.md): the HTML header, the schemas, SARIF regions,
the hook's lines, audit's standard output, TQA304 on a tie, a summary named for the results."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT, user_docs
from tests.helpers import one_error, run_cli

SAMPLES = ROOT / "corpora" / "samples"


def _pair(folder: Path, slug: str = "battery-recall") -> tuple[Path, Path]:
    for ext in (".en.md", ".zh.md"):
        shutil.copy(SAMPLES / f"{slug}{ext}", folder / f"{slug}{ext}")
    return folder / f"{slug}.en.md", folder / f"{slug}.zh.md"


@pytest.mark.parametrize(("flags", "name"), [
    (["--format", "summary", "-o"], "t.jsonl"), (["--format", "summary", "-o"], "t.sarif"), (["--summary"], "s.jsonl"),
])
def test_item18_a_summary_named_for_the_results_is_refused(
        flags: list[str], name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `--format summary -o t.jsonl` wrote a text summary into a .jsonl file, as JSONL named .html once was
    (tmp_path / "in").mkdir()
    _pair(tmp_path / "in")
    code, _, err = run_cli(capsys, "audit", str(tmp_path / "in"), "--no-cache", "--no-progress", *flags, str(tmp_path / name))
    assert code == 2
    one_error(err, name, "the summary is written as JSON (.json), HTML (.html) or text")
    assert not (tmp_path / name).exists()


def test_item13_the_readmes_hook_error_lines_are_what_the_hook_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # the README quoted `missing.md: error: missing.md: no such file`; the hook prints the name once
    import re

    quoted = set(re.findall(r"`((?:missing|broken)\.md: error: [^`]+)`", user_docs()))
    assert len(quoted) == 2, quoted
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.md").symlink_to(tmp_path / "nowhere.md")
    shutil.copy(SAMPLES / "battery-recall.zh.md", tmp_path / "good.zh.md")
    code, out, _ = run_cli(capsys, "audit", "--format", "concise", "--quiet", "--jobs", "1", "--no-cache",
                           "--allow-missing-translation", "--", "missing.md", "broken.md", "good.zh.md")
    assert code == 2
    assert quoted <= set(out.splitlines()), out


@pytest.mark.parametrize("flags", [["--summary", "{d}/s.html"], ["--html-dir", "{d}/site"]])
def test_item14_files_only_asked_for_a_pipe_gets_no_records(flags: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `audit arch/ --html-dir site/ --summary site/summary.html -q | cat` streamed ~400 KB of JSONL into the CI log
    (tmp_path / "in").mkdir()
    _pair(tmp_path / "in")
    args = ["audit", str(tmp_path / "in"), "--no-cache", "--no-progress", *(f.format(d=tmp_path) for f in flags)]
    code, out, _ = run_cli(capsys, *args, "-q")
    assert code in (0, 1) and '"target"' not in out, out
    code, out, _ = run_cli(capsys, *args, "--format", "jsonl")  # asked for: the records, as before
    assert '"target"' in out.splitlines()[0]


def test_item14_audits_help_says_where_the_jsonl_goes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "audit", "--help")
    assert "not a terminal" in " ".join(out.split()) and "--html-dir, --summary, --write-baseline or --fix" in " ".join(out.split())  # newcomer29 #10


def test_item4_the_html_report_has_the_terminals_alignment_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the page lacked "Matched 5 English and 8 Chinese paragraphs…", the wrong-pair warning and the 原文 URL
    en, zh = _pair(tmp_path)
    run_cli(capsys, "check", str(en), str(zh), "-o", str(tmp_path / "r.html"), "--isolated")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Matched 5 English and 8 Chinese paragraphs: 5 groups translate each other" in page
    assert '原文: <a href="https://example.com/news/voltcell-recall">' in page
    assert "is it the right pair?" not in page
    other = tmp_path / "chip-merger.en.html"
    shutil.copy(SAMPLES / other.name, other)
    run_cli(capsys, "check", str(other), str(zh), "-o", str(tmp_path / "w.html"), "--isolated")
    page = (tmp_path / "w.html").read_text(encoding="utf-8")
    assert "do not look like an original and its translation" in page and "paired with little confidence (" in page
    assert f"{zh.name}:" in page.split("paired with little confidence (", 1)[1].split(")", 1)[0]


EN_LINK = """# Kestrel raises money

Kestrel, a startup that builds ground stations, said on Tuesday it raised $40 million from investors.

The round was led by [Northgate Capital](https://northgate.example.com/news), with participation from two funds.
"""
ZH_LINK = """# Kestrel 融资

建造地面站的初创公司 Kestrel 周二表示，已从投资者处筹集 4000 万美元。

本轮融资由 Northgate Capital 领投，另有两家基金参与。
"""


def test_item10_a_sarif_region_is_the_findings_span_not_its_paragraph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a dropped link's anchor stands verbatim in the Chinese: its TQA101 result underlined the whole paragraph (col 1–…)
    import json

    (tmp_path / "a.en.md").write_text(EN_LINK, encoding="utf-8")
    (tmp_path / "a.zh.md").write_text(ZH_LINK, encoding="utf-8")
    run_cli(capsys, "check", str(tmp_path / "a.en.md"), str(tmp_path / "a.zh.md"), "-o", str(tmp_path / "a.sarif"), "--isolated")
    results = json.loads((tmp_path / "a.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    region = next(r for r in results if r["ruleId"] == "TQA101")["locations"][0]["physicalLocation"]["region"]
    start = ZH_LINK.splitlines()[4].index("Northgate") + 1
    assert region == {"startLine": 5, "startColumn": start, "endLine": 5, "endColumn": start + len("Northgate Capital"),
                      "snippet": {"text": "Northgate Capital"}}


def test_item10_a_place_whose_offsets_are_unknown_is_kept_whole() -> None:
    from transqa.findings import Location, Repair, RepairKind
    from transqa.report.sarif import narrowed

    stored = Location(5, 1, 5, 30, "本轮融资由 Northgate Capital 领投")  # an audit's record: no offsets
    relink = Repair(RepairKind.RELINK, 140, 157, "[Northgate Capital](u)", False, "Northgate Capital")
    assert narrowed(stored, (relink,)) is stored
    known = Location(5, 1, 5, 30, stored.text, 134, 163)
    assert narrowed(known, (relink,)) == Location(5, 7, 5, 24, "Northgate Capital", 140, 157)
    two_lines = Location(5, 1, 6, 3, stored.text, 134, 163)
    assert narrowed(two_lines, (relink,)) is two_lines


TIE = """# Airbnb 收购 Batch/DailyBooth 团队

> 原文：<https://techcrunch.com/2012/07/24/airbnb-batch/>

# Airbnb 收购 Batch/DailyBooth 团队

Airbnb 表示，DailyBooth 的团队将加入公司。

Dailybooth 诞生于 2009 年，是用户在网上分享照片的一种方式。

他在两年前加入 Dailybooth 担任首席执行官。

Dailybooth 的一位发言人表示，服务将继续运行。
"""


def test_item16_a_tie_counting_the_title_does_not_suggest_a_brands_lower_cased_spelling() -> None:
    # DailyBooth ×4 (two in the title's copies), Dailybooth ×4 in the prose: TQA304 told to write `Dailybooth`
    from tests.helpers import fails

    f = fails("TQA304", None, TIE)
    assert f.suggestion == "DailyBooth" and f.target is not None and f.target.text == "Dailybooth"
    dazn = TIE.replace("DailyBooth", "DAZN").replace("Dailybooth", "Dazn")  # an acronym's capitals still win a tie
    assert fails("TQA304", None, dazn).suggestion == "DAZN"


def test_item9_the_json_report_and_the_audit_jsonl_validate_against_their_schemas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # mode, suppressed and baselined were emitted but not described; the JSONL's own fields had no schema at all
    import json

    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource

    report = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    record = json.loads((ROOT / "docs" / "audit-record.schema.json").read_text(encoding="utf-8"))
    # the audit record's $ref is relative to its file (newcomer 24b item 12): resolved beside it, from the disk
    registry = Registry(retrieve=lambda uri: Resource.from_contents(json.loads(Path(uri.removeprefix("file://")).read_text(encoding="utf-8"))))
    en, zh = _pair(tmp_path)
    run_cli(capsys, "check", str(en), str(zh), "-o", str(tmp_path / "r.json"), "--isolated")
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(report).validate(doc)
    described = report["$defs"]["document"]["properties"]
    for d in doc["documents"]:  # every field emitted is described, and the always-emitted ones required
        assert set(d) <= set(described) and {"mode", "suppressed", "baselined"} <= set(report["$defs"]["document"]["required"])
        assert all(set(f) <= set(report["$defs"]["finding"]["properties"]) and "fingerprint" in f for f in d["findings"])
    code, out, _ = run_cli(capsys, "audit", str(tmp_path), "--no-cache", "--no-progress", "--format", "jsonl", "--isolated")
    lines = [json.loads(x) for x in out.splitlines()]
    assert lines and lines[0]["findings"] and lines[0]["baseline_fingerprints"]
    validator = jsonschema.Draft202012Validator({"$ref": (ROOT / "docs" / "audit-record.schema.json").as_uri()}, registry=registry)
    assert "$id" not in record
    for line in lines:
        validator.validate(line)
    bad = dict(lines[0], surprise=1)  # a field nobody described fails the schema
    assert not validator.is_valid(bad)
