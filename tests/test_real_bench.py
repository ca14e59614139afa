"""The real-data scorer (benchmarks/real.py) on a small corpus tree it is given: the matching rules
of its docstring, checked with known findings (a changed amount, a clean line, a legit rendering)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import real  # noqa: E402

SRC = ["Header line of another document.", "The company raised $5 million on Monday.", "It has 40 employees in Berlin.", "Prices rose by 7% last year."]
HYP = ["另一个文件的标题。", "该公司周一筹集了 800 万美元。", "它在柏林有 40 名员工。", "去年价格上涨了 7%。"]


def _tree(tmp_path: Path) -> tuple[Path, Path]:
    shared = tmp_path / "shared"
    base = shared / "corpora/wmt/wmt22_general_en-zh/txt"
    (base / "sources").mkdir(parents=True)
    (base / "system-outputs").mkdir(parents=True)
    (base / "sources/generaltest2022.en-zh.src.en").write_text("\n".join(SRC) + "\n", encoding="utf-8")
    (base / "system-outputs/generaltest2022.en-zh.hyp.SysX.zh").write_text("\n".join(HYP) + "\n", encoding="utf-8")
    labels = tmp_path / "labels"
    (labels / "wmt-mt").mkdir(parents=True)
    (labels / "numbers").mkdir(parents=True)
    (labels / "wmt-mt/documents.tsv").write_text(
        "doc\tyear\tsystem\tdocid\tdomain\tfirst_line\tlast_line\tsplit\tstatus\tnote\n"
        "wmt22/SysX/d1\twmt22\tSysX\td1\tnews\t2\t3\tdev\tread\t\n"
        "wmt22/SysX/d2\twmt22\tSysX\td2\tnews\t4\t4\tdev\tread\t\n"
        "wmt22/SysX/d3\twmt22\tSysX\td3\tnews\t1\t1\theldout\tread\t\n", encoding="utf-8")
    (labels / "wmt-mt/labels.dev.tsv").write_text(
        "doc\tline\tkind\tseverity\ten\tzh\tfix\treason\n"
        "wmt22/SysX/d1\t2\tnumber\tmajor\t$5 million\t800 万美元\t500 万美元\tthe amount changed\n"
        "wmt22/SysX/d1\t3\tname-wrong\tmajor\tBerlin\t柏林\t\tinvented for the test: no rule finds it\n", encoding="utf-8")
    (labels / "numbers/numbers.dev.tsv").write_text(
        "id\tcorpus\tfile\tline\ten\tzh\tverdict\tkind\treason\n"
        "1\twmt22\tgeneraltest2022.en-zh.hyp.SysX.zh\t2\t$5 million\t800 万美元\twrong\tchanged-value\tfive, not eight\n"
        "2\twmt22\tgeneraltest2022.en-zh.hyp.SysX.zh\t3\t40\t40\tlegit\tcount\tsame\n", encoding="utf-8")
    return shared, labels


def test_documents_are_matched_by_line_and_category(tmp_path: Path) -> None:
    shared, labels = _tree(tmp_path)
    score = real.score_wmt(shared, "dev", labels)
    assert score.documents == 2
    assert score.labels == {"number": 1, "name-wrong": 1}
    assert score.found["number"] == 1 and score.found["name-wrong"] == 0
    assert score.right["number"] == score.findings["number"] >= 1
    assert ("wmt22/SysX/d1", "3", "name-wrong", "Berlin", "柏林") in score.missed
    assert score.clean_paragraphs == 1  # d2 has no label: its one paragraph counts for the clean rate
    assert real.score_wmt(shared, "heldout", labels).documents == 1


def test_numbers_recall_and_precision_by_span(tmp_path: Path) -> None:
    shared, labels = _tree(tmp_path)
    score = real.score_numbers(shared, "dev", labels)
    assert score.labels == {"number:changed-value": 1}
    assert score.found["number:changed-value"] == 1
    assert score.legit == 1
    assert score.right["number"] == score.findings["number"]
    text = score.table("t")
    assert "number:changed-value" in text and "1 legitimate renderings" in text


def test_a_number_finding_inside_text_labelled_lost_is_counted_apart() -> None:
    """A number finding whose figure lies inside the English text of an omission label on its line names a
    real loss that the label files under the clause: neither right nor false, counted apart and printed."""
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown
    from transqa.load.text import parse_text

    en = "The plant closed, and it will cut 90 jobs by May."
    result = check_documents(parse_text("a.en.txt", en + "\n"), parse_markdown("a.zh.md", "工厂关闭了，将裁员。\n"))
    number = [f for f in result.findings if f.category == "number"]
    assert number, "the lost figure is reported by the number rules"
    lost = {"doc": "d", "line": "1", "kind": "partial-omission", "en": "90 jobs by May"}
    other = {"doc": "d", "line": "1", "kind": "partial-omission", "en": "an unrelated clause"}
    score = real.Score()
    real._tally(score, "d", [lost], [({1}, f) for f in result.findings], 1)
    assert score.in_lost["number"] == len(number) and score.findings["number"] == 0
    assert "naming a figure inside text labelled lost" in score.table("t")
    apart = real.Score()
    real._tally(apart, "d", [other], [({1}, f) for f in number], 1)
    assert apart.in_lost["number"] == 0 and len(apart.false) == len(number)


def test_missing_label_files_score_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared, _ = _tree(tmp_path)
    assert real.main(["--shared", str(shared), "--labels", str(tmp_path / "none")]) == 0
    assert "no labelled documents" in capsys.readouterr().out


def test_agreement_compares_labelled_lines_by_kind_group() -> None:
    import agreement

    first = [{"file": "a", "line": "1", "kind": "name-literal"}, {"file": "a", "line": "2", "kind": "run-on"}]
    second = [{"file": "a", "line": "1", "kind": "name-inconsistent"}, {"file": "a", "line": "3", "kind": "untranslated"}]
    table = agreement.compare(first, second, "file", "t")
    row = next(r for r in table if r.strip().startswith("all scored")).split()
    assert row[2:5] == ["2", "2", "1"]  # both readings name line 1 (kind group name); lines 2 and 3 one each
    union = agreement._union(first, [*second, {"file": "a", "line": "2", "kind": "run-on"}])
    assert len(union) == 4  # the repeated (a, 2, run-on) row once


def test_findings_of_rules_no_label_kind_names_get_a_line_of_their_own() -> None:
    """The wmt-mt guideline has no kind for a lost or doubled punctuation mark: such findings stay in the "all"
    figure (scored false there), and a second line gives the precision without them, saying how many were left
    out and why; --details lists them as LEFT-OUT."""
    from transqa.findings import Finding, Severity

    def finding(code: str, category: str) -> Finding:
        return Finding(code, "r", category, Severity.WARNING, f"{code} message", None, None)

    score = real.Score(uncovered=real.UNCOVERED_RULES["wmt-mt"])
    labels = [{"doc": "d", "line": "1", "kind": "number", "en": "", "zh": ""}]
    hits = [({1}, finding("TQA201", "number")), ({2}, finding("TQA510", "markup")), ({3}, finding("TQA504", "markup"))]
    real._tally(score, "d", labels, hits, 3)
    table = score.table("t")
    assert "all                   1 / 3    = 0.33" in table
    assert "all but uncovered     1 / 1    = 1.00  (2 findings of TQA326/TQA503/TQA504/TQA510/TQA513 left out, 0 of them right" in table
    assert [row[2] for row in score.left_out] == ["TQA510", "TQA504"]
    assert len(score.false) == 2  # still false in the "all" figure and its listing
    assert "all but uncovered" not in real.Score().table("t")


def test_a_kept_figure_whose_lost_qualifier_a_label_quotes_is_right() -> None:
    """`up to 2 weeks` → `需要2周`: the reader filed the lost `up to` as a partial omission; the bound rule names the
    same loss on the same figure, so the finding is right and the label found, whether the label quotes the bound
    alone or the bound with its figure. A label quoting other words of the line leaves the finding false."""
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown
    from transqa.load.text import parse_text

    en = "Please note this can take up to 2 weeks."
    result = check_documents(parse_text("a.en.txt", en + "\n"), parse_markdown("a.zh.md", "请注意，这可能需要2周。\n"))
    bound = [f for f in result.findings if f.category == "number"]
    assert bound and all(f.target is not None for f in bound)
    for quoted in ("up to", "up to 2 weeks"):
        label = {"doc": "d", "line": "1", "kind": "partial-omission", "en": quoted}
        score = real.Score()
        real._tally(score, "d", [label], [({1}, f) for f in bound], 1, {1: en})
        assert score.found["partial-omission"] == 1 and score.right["number"] == len(bound) and not score.false
    # a label whose words start at the figure says the figure was lost, which the bound rule denies: no match
    figure = {"doc": "d", "line": "1", "kind": "partial-omission", "en": "2 weeks"}
    score = real.Score()
    real._tally(score, "d", [figure], [({1}, f) for f in bound], 1, {1: en})
    assert score.found["partial-omission"] == 0 and score.right["number"] == 0
    elsewhere = {"doc": "d", "line": "1", "kind": "partial-omission", "en": "Please note"}
    score = real.Score()
    real._tally(score, "d", [elsewhere], [({1}, f) for f in bound], 1, {1: en})
    assert score.found["partial-omission"] == 0 and len(score.false) == len(bound)
    without_text = real.Score()
    real._tally(without_text, "d", [{"doc": "d", "line": "1", "kind": "partial-omission", "en": "up to"}], [({1}, f) for f in bound], 1)
    assert len(without_text.false) == len(bound)


def test_lost_by_omission_kinds() -> None:
    """A figure lost with its clause: the quoted clause holds the row's English; a span of time lost (TQA015 quotes
    `a few hours after`): the quote and the row's English overlap, either inside the other."""
    dropped, span = real.LOST_BY_OMISSION["number:dropped"], real.LOST_BY_OMISSION["number:time-relation"]
    assert dropped("for the two sessions that were held", "for the two sessions")
    assert not dropped("just hours after", "just hours after it was publicly reported Thursday")
    assert span("just hours after", "just hours after it was publicly reported Thursday")
    assert not span("a week later", "a few hours after")
    assert "number:label" not in real.LOST_BY_OMISSION


def test_numbers_rows_found_by_omission_are_found_once() -> None:
    """A numbers-set row credited through an omission finding counts in `found` (release 39), and the table also
    prints the recall of number findings alone, so that neither figure hides the other."""
    score = real.Score(unit="lines")
    score.labels["number:dropped"] = 4
    score.found["number:dropped"] = 3
    score.by_omission_kind["number:dropped"] = 1
    table = score.table("numbers")
    assert "number:dropped        3 / 4" in table
    assert "by number findings alone 2 / 4 = 0.50" in table
