"""Newcomer 27b items fixed on branch r28-fix (the dictionary-index notice, the folder breakdown of the summary, the
README's exit-code and header notes), the audit summary's schema, one parse of a fetched original, and TQA001's place."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import user_docs


def _readme() -> str:
    """The README then docs/usage.md (the text report's header is described in full there), whitespace folded."""
    return " ".join(user_docs().split())


def test_the_dictionary_index_notice_and_the_readme_give_the_same_measured_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # newcomer 27b item 8: the notice said "about 30 s", the README "about 5 CPU s; 20–40 s", the build took ~6 s
    from transqa.audit import run, worker

    monkeypatch.setattr(run, "index_missing", lambda: True)
    monkeypatch.setattr(run, "build_index", lambda: None)
    said: list[run.Notice] = []
    run._index_first([object()], said.append)  # type: ignore[list-item]
    assert [str(n) for n in said] == [f"building the dictionary index (once per version of transqa and of its "
                                      f"dictionary, {worker.INDEX_TIME})"]
    assert "30 s" not in worker.INDEX_TIME
    assert f"CC-CEDICT ({worker.INDEX_TIME})" in _readme(), "the README quotes the notice's figures"


def test_the_exit_codes_say_what_timeout_reports() -> None:
    # newcomer 27b item 11: `timeout -s INT 5 transqa audit …` gave 124 (timeout's code); --preserve-status gives 130
    row = _readme().split("| 143 |", 1)[1].split(" |", 1)[0]  # the exit-code table's row for a stopped run
    assert "124" in row and "`timeout --preserve-status`" in row and "130" in row, row


def _two_folders(tmp_path: Path) -> list[str]:
    """Three samples in archive/2006 and archive/2012 (no originals beside them), their paths in a stable order."""
    import shutil

    from tests.conftest import ROOT

    paths = []
    for year, name in (("2006", "battery-recall"), ("2012", "chip-merger"), ("2012", "wind-farm")):
        (tmp_path / "archive" / year).mkdir(parents=True, exist_ok=True)
        paths.append(str(shutil.copy(ROOT / "corpora" / "samples" / f"{name}.zh.md", tmp_path / "archive" / year)))
    return paths


def test_files_given_one_by_one_are_grouped_by_their_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # newcomer 27b item 15: 60 files given one by one from two folders made the one row `. 60 articles`
    import json

    from tests.helpers import run_cli

    paths = _two_folders(tmp_path)
    store = str(tmp_path / "s.sqlite")
    run_cli(capsys, "audit", *paths, "--store", store, "--summary", str(tmp_path / "s.json"), "-o", str(tmp_path / "r.jsonl"))
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert {k: v["articles"] for k, v in summary["by_folder"].items()} == {"2006": 1, "2012": 2}
    lines = (tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["group"] for x in lines] == ["2006", "2012", "2012"]
    _, out, _ = run_cli(capsys, "audit", *paths, "--store", store, "--format", "summary", "--no-color")
    section = out.split("by folder:")[1].split("\n\n")[0].split("\n")[1:]
    assert [row.split()[:2] for row in section] == [["2006", "1"], ["2012", "2"]], out
    # a stored result takes this run's folder: the folder audited whole, then one of its files alone
    run_cli(capsys, "audit", str(tmp_path / "archive"), "--store", store, "--summary", str(tmp_path / "t.json"), "-o", str(tmp_path / "t.jsonl"))
    assert list(json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["by_folder"]) == ["2006", "2012"]
    run_cli(capsys, "audit", paths[0], "--store", store, "--summary", str(tmp_path / "u.json"), "-o", str(tmp_path / "u.jsonl"))
    assert list(json.loads((tmp_path / "u.json").read_text(encoding="utf-8"))["by_folder"]) == ["."]
    assert json.loads((tmp_path / "u.jsonl").read_text(encoding="utf-8"))["group"] == ""


def test_the_readme_says_what_the_text_reports_first_line_is(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # newcomer 27b item 7: the first line repeats the command, and the README's header description did not say so
    from tests.conftest import ROOT
    from tests.helpers import run_cli

    monkeypatch.chdir(ROOT / "corpora" / "samples")
    _, out, _ = run_cli(capsys, "check", "battery-recall.en.md", "battery-recall.zh.md", "--no-color", "--exit-zero")
    assert out.splitlines()[0] == "transqa check battery-recall.en.md battery-recall.zh.md"  # the pair, not the options
    assert "its first line names the pair checked as the command that checks it alone, `transqa check a.en.md a.zh.md`" in _readme()


def test_the_audit_summary_validates_against_its_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the report JSON had a schema (docs/report.schema.json), the summary JSON none, though it names its version
    import json
    import shutil

    jsonschema = pytest.importorskip("jsonschema")
    from tests.conftest import ROOT
    from tests.helpers import run_cli

    schema = json.loads((ROOT / "docs" / "audit-summary.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    folder, refs = tmp_path / "a", tmp_path / "refs"
    folder.mkdir()
    refs.mkdir()
    for name in ("battery-recall.en.md", "battery-recall.zh.md", "wind-farm.zh.md"):
        shutil.copy(ROOT / "corpora" / "samples" / name, folder / name)
    shutil.copy(ROOT / "corpora" / "samples" / "wind-farm.zh.md", refs / "wind-farm.zh.md")
    (folder / "broken.zh.md").write_bytes("上海的一家公司。\n".encode() + b"\xff\x00\x00\xfe" * 64)
    args = [str(folder / n) for n in ("battery-recall.zh.md", "wind-farm.zh.md", "broken.zh.md")]
    run_cli(capsys, "audit", *args, str(tmp_path / "gone.zh.md"), "--reference", str(refs), "--store", str(tmp_path / "s.sqlite"),
            "--summary", str(tmp_path / "s.json"), "-o", str(tmp_path / "r.jsonl"))
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate(summary)
    assert summary["schema"] == schema["title"] == schema["properties"]["schema"]["const"]
    assert all(summary[k] for k in ("by_rule", "worst", "unreadable", "not_found", "reference_scores")), summary  # every part filled
    assert not validator.is_valid(dict(summary, surprise=1))  # a field nobody described fails it
    assert not validator.is_valid(dict(summary, by_rule=[dict(summary["by_rule"][0], count="2")]))


def test_audit_fetch_source_parses_each_fetched_original_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # each fetched capture was parsed to tell an empty shell (load.holds_article), then again to be checked: an
    # audit fetches every original first, and only the last one's parse was handed over (one slot)
    import json

    from tests.conftest import CHIP_URL, ROOT
    from tests.helpers import run_cli
    from tests.wayback_server import Wayback

    import transqa.load as load

    parses: list[str] = []
    parse = load._source_document
    monkeypatch.setattr(load, "_source_document", lambda path, text, page: parses.append(path) or parse(path, text, page))
    folder = tmp_path / "zh"
    folder.mkdir()
    text = (ROOT / "corpora" / "samples" / "chip-merger.zh.md").read_text(encoding="utf-8")
    urls = [CHIP_URL, CHIP_URL + "-again", CHIP_URL + "-third"]
    for k, url in enumerate(urls):
        (folder / f"a{k}.zh.md").write_text(text.replace("https://example.com/news/kestrel-orbis", url), encoding="utf-8")
    with Wayback() as wb:
        for k, url in enumerate(urls):  # three captures, each its own text
            wb.add(url, (ROOT / "corpora" / "samples" / "chip-merger.en.html").read_bytes() + f"<!-- {k} -->\n".encode())
        run_cli(capsys, "audit", str(folder), "--fetch-source", "--wayback-endpoint", wb.endpoint, "--cache-dir", str(tmp_path / "c"),
                "--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl"), "--no-progress", "-j", "1",
                "--fetch-rate", "0", "--fetch-timeout", "5")
    docs = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [d["source"] is not None and d["error"] is None for d in docs] == [True] * 3, docs
    assert len(parses) == 3, parses  # one parse of each capture (it was 5: the first two twice)


EN_SIX = ["# Solar startup raises money",
           "Helio Systems, a solar startup based in Austin, said on Tuesday that it had raised $12 million.",
           "The company makes inverters for rooftop panels and sells them to installers across Texas.",
           "Its founder, Maria Lopez, previously worked at Tesla for six years as an engineer.", "## Plans",
           "The new funds will be used to hire more engineers and open an office in Denver."]
ZH_SIX = ["# 太阳能初创公司获得融资", "总部位于奥斯汀的太阳能初创公司 Helio Systems 周二表示，已筹集 1200 万美元。",
           "该公司为屋顶太阳能板生产逆变器，并将其销售给德克萨斯州各地的安装商。",
           "其创始人玛丽亚·洛佩斯此前曾在特斯拉担任工程师六年。", "## 计划", "这笔新资金将用于招聘更多工程师，并在丹佛开设办事处。"]


@pytest.mark.parametrize(("dropped", "line", "fix", "relation"), [
    (3, 7, "insert it between lines 5 and 7 of the translation", "before line 7"),  # the next translated paragraph's start (a heading)
    (2, 5, "insert it between lines 3 and 5 of the translation", "before line 5"),
    (5, 9, "insert it after line 9, at the end of the translation", "after line 9"),  # no paragraph after it
])
def test_an_omitted_paragraph_says_on_which_side_of_its_place_it_belongs(
        dropped: int, line: int, fix: str, relation: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # TQA001 stood at the first character of the next translated paragraph with "translate it and insert it here": a
    # concise line, SARIF and JUnit showed it as a defect of that paragraph, which is there and translated
    import json

    from tests.helpers import run_cli

    (tmp_path / "a.en.md").write_text("\n\n".join(EN_SIX) + "\n", encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("\n\n".join(z for k, z in enumerate(ZH_SIX) if k != dropped) + "\n", encoding="utf-8")
    pair = [str(tmp_path / "a.en.md"), str(tmp_path / "a.zh.md"), "--select", "TQA001"]
    _, out, _ = run_cli(capsys, "check", *pair, "--format", "sarif")
    (result,) = json.loads(out)["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == line
    assert result["message"]["text"].endswith(f"(suggestion: translate it and {fix})"), result["message"]
    _, out, _ = run_cli(capsys, "check", *pair, "--no-color")
    assert f"ZH missing ({relation})" in out and f"→ translate it and {fix}"[:40] in " ".join(out.split())
