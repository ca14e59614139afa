"""The corrected archive precision (benchmarks/adjudicated.py) on small synthetic rows: the point estimate, the
Wilson interval with its finite-population correction, the unsure bound, sums per category, an unread rule left
uncorrected, stale readings, calibration rows, and the per-finding lines real.py writes."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import adjudicated as adj  # noqa: E402
import real  # noqa: E402


def _rows(code: str, category: str, right: int, false: int, split: str = "dev2") -> list[dict[str, str]]:
    rows = [{"split": split, "file": f"docs/{code}-r{i}.md", "lines": "3", "code": code, "category": category,
             "verdict": "right"} for i in range(right)]
    rows += [{"split": split, "file": f"/work/shared/corpora/techcrunch-zh/docs/{code}-f{i}.md", "lines": str(i + 1),
              "code": code, "category": category, "verdict": "false"} for i in range(false)]
    rows.append({"split": split, "file": "docs/x.md", "lines": "9", "code": code, "category": category, "verdict": "other"})
    return rows


def _read(code: str, i: int, verdict: str, labelled: str = "false") -> adj.Reading:
    return adj.Reading("dev2", f"docs/{code}-f{i}.md", i + 1, code, verdict, labelled)


def test_wilson_matches_the_textbook_figure() -> None:
    lo, hi = adj.wilson(90, 100)
    assert (round(lo, 4), round(hi, 4)) == (0.8256, 0.9448)
    assert adj.wilson(0, 0) == (0.0, 1.0)
    lo, hi = adj.wilson(8, 8)
    assert hi == 1.0 and 0.67 < lo < 0.68


def test_a_rule_is_corrected_by_its_sample_with_an_interval_and_an_unsure_bound() -> None:
    e = adj.estimate_rule(right=50, false=100, n=10, k=6, u=2)
    assert e.est == pytest.approx(50 + 100 * 0.6)
    lo, hi = adj.wilson(6, 10)
    fpc = math.sqrt(90 / 99)
    assert e.lo == pytest.approx(50 + 100 * (0.6 - (0.6 - lo) * fpc))
    assert e.hi == pytest.approx(50 + 100 * (0.6 + (hi - 0.6) * fpc))
    assert e.lo < e.est < e.hi < 150
    assert e.unsure_hi == pytest.approx(50 + 100 * 0.8)
    assert e.precision(e.right) == pytest.approx(50 / 150)


def test_a_sample_of_every_false_row_has_no_sampling_error() -> None:
    e = adj.estimate_rule(right=5, false=20, n=20, k=15, u=0)
    assert e.lo == e.est == e.hi == 20


def test_an_unread_rule_stays_uncorrected_and_a_bad_sample_is_refused() -> None:
    e = adj.estimate_rule(right=7, false=3)
    assert (e.est, e.lo, e.hi, e.unsure_hi, e.sampled) == (7, 7, 7, 7, False)
    with pytest.raises(ValueError):
        adj.estimate_rule(right=1, false=2, n=3, k=1)


def test_adjudicate_per_rule_category_and_whole() -> None:
    verdicts = _rows("TQA310", "names", 10, 20) + _rows("TQA304", "names", 5, 5) + _rows("TQA401", "untranslated", 4, 4)
    readings = [_read("TQA310", i, "right") for i in range(8)] + [_read("TQA310", 8, "wrong"), _read("TQA310", 9, "unsure")]
    readings += [_read("TQA310", 50, "right")]  # no FALSE row there any more: stale, left out
    readings += [adj.Reading("dev2", "docs/TQA304-r0.md", 3, "TQA304", "right", "right"),
                 adj.Reading("dev2", "docs/TQA304-r1.md", 3, "TQA304", "wrong", "right")]
    rep = adj.adjudicate(verdicts, readings)
    cat310, e310 = rep.rules["TQA310"]
    assert cat310 == "names" and (e310.n, e310.k, e310.u) == (10, 8, 1)
    assert e310.est == pytest.approx(10 + 20 * 0.8) and e310.unsure_hi == pytest.approx(10 + 20 * 0.9)
    assert not rep.rules["TQA304"][1].sampled and rep.rules["TQA304"][1].est == 5
    names = rep.categories["names"]
    assert (names.right, names.false) == (15, 25)
    assert names.est == pytest.approx(e310.est + 5)
    assert names.est - names.lo == pytest.approx(e310.est - e310.lo)  # the unread rule adds no width
    assert rep.whole.total == 48 and rep.whole.est == pytest.approx(e310.est + 5 + 4)
    assert rep.stale == {"TQA310": 1}
    assert rep.calibration["TQA304"] == {"right": 1, "wrong": 1}
    text = adj.render(rep)
    assert "Recall is NOT corrected" in text and "TQA304 5" in text and "1 of 2 read right" in text


def test_widths_of_two_sampled_rules_add_in_quadrature() -> None:
    a = adj.estimate_rule(10, 40, 10, 5)
    b = adj.estimate_rule(10, 40, 10, 9)
    both = adj.combine([a, b])
    assert both.est - both.lo == pytest.approx(math.hypot(a.est - a.lo, b.est - b.lo))
    assert both.hi - both.est < (a.hi - a.est) + (b.hi - b.est)


def test_readings_files_and_untouched_splits(tmp_path: Path) -> None:
    untr = tmp_path / "u.tsv"
    untr.write_text("split\tarticle\tline\trule\tmessage\tgroup\tshape\tverdict_by_45_rule\n"
                    "dev2\tdocs/a.md\t3\tTQA401\tm\ta\ts\t-\n"
                    "dev2\tdocs/a.md\t4\tTQA401\tm\tb\ts\tuntranslated\n"
                    "dev2\tdocs/a.md\t5\tTQA401\tm\tc\ts\tnot untranslated\n"
                    "dev2\tdocs/a.md\t6\tTQA401\tm\tc\ts\tuntranslated\n", encoding="utf-8")
    assert [r.verdict for r in adj.read_readings(untr)] == ["wrong", "right", "wrong", "right"]
    blind = tmp_path / "b.tsv"
    blind.write_text("id\tsplit\tarticle\tline\trule\tlabel_verdict\tverdict\treason\n"
                     "1\theldout4\t/work/shared/corpora/techcrunch-zh/docs/b.md\t7\tTQA108\tright\tUnsure\tr\n", encoding="utf-8")
    assert adj.read_readings(blind) == [adj.Reading("heldout4", "docs/b.md", 7, "TQA108", "unsure", "right")]
    held = tmp_path / "h.tsv"
    held.write_text("split\tarticle\tline\trule\tverdict\nheldout5\tdocs/c.md\t1\tTQA310\tright\n", encoding="utf-8")
    with pytest.raises(ValueError):
        adj.read_readings(held)
    with pytest.raises(ValueError):
        adj.collect(tmp_path, ("dev", "heldout3"), tmp_path / "out.jsonl")
    jl = tmp_path / "v.jsonl"
    jl.write_text(json.dumps({"set": "archive", "split": "heldout3", "file": "x", "lines": "1", "code": "TQA310",
                              "category": "names", "verdict": "false"}) + "\n", encoding="utf-8")
    assert adj.main(["--verdicts", str(jl), "--reading", str(untr)]) == 2


def test_real_writes_one_line_per_matched_finding() -> None:
    score = real.Score()
    score.per_finding.append(("docs/a.md", "3", "TQA310", "names", "false", "“推特” …"))
    (line,) = real.per_finding_lines("archive", "dev2", score)
    assert json.loads(line) == {"set": "archive", "split": "dev2", "file": "docs/a.md", "lines": "3", "code": "TQA310",
                                "category": "names", "verdict": "false", "message": "“推特” …"}


def test_the_committed_readings_parse_and_hold_no_untouched_split() -> None:
    readings = {p.name: adj.read_readings(p) for p in adj.READINGS}
    blind = readings["archive-false-verdicts-45b.tsv"]
    assert len(blind) == 110 and {r.labelled for r in blind} == {"false", "right"}
    assert sum(r.labelled == "false" for r in blind) == 80
    assert len(readings["archive-untranslated-false-45.tsv"]) == 235
    assert all(r.split not in real.UNTOUCHED and r.verdict in ("right", "wrong", "unsure")
               for rows in readings.values() for r in rows)


def test_open_as_unsure_reads_the_questioned_shapes_as_unsure(tmp_path: Path) -> None:
    # review of release 45: the figure without the via/SVP rows (group c of the untranslated readings)
    tsv = tmp_path / "u.tsv"
    tsv.write_text("split\tarticle\tline\trule\tmessage\tgroup\tshape\tverdict_by_45_rule\n"
                   "dev2\ta.md\t1\tTQA401\tm\ta\ts\t-\n"
                   "dev2\ta.md\t2\tTQA401\tm\tb\ts\t-\n"
                   "dev2\ta.md\t3\tTQA401\tm\tc\tvia\tuntranslated\n", encoding="utf-8")
    assert [r.verdict for r in adj.read_readings(tsv)] == ["wrong", "right", "right"]
    assert [r.verdict for r in adj.read_readings(tsv, open_as_unsure=True)] == ["wrong", "right", "unsure"]
