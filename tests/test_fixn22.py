"""Release twenty-two's newcomer items (newcomer22-report.md): pairing, empty folders, fingerprints, markers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import run_cli, three_samples

SAMPLES = ROOT / "corpora" / "samples"


def _audit(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_cli(capsys, "audit", *args, "--no-cache", "--no-progress", "--format", "jsonl", "--isolated")


def _pair(folder: Path, slug: str = "battery-recall") -> None:
    for ext in (".en.md", ".zh.md"):
        shutil.copy(SAMPLES / f"{slug}{ext}", folder / f"{slug}{ext}")


def test_item8_an_original_named_en_comes_before_a_plain_html_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # an unrelated x.html beside x.en.md made x.zh.md unreadable ("holds an HTML page with no article text")
    _pair(tmp_path)
    (tmp_path / "battery-recall.html").write_text("<html><body><nav>Home</nav></body></html>\n", encoding="utf-8")
    code, out, err = _audit(capsys, str(tmp_path))
    doc = json.loads(out.splitlines()[0])
    assert doc["source"].endswith("battery-recall.en.md") and doc.get("error") is None
    # the choice is said, naming the file used and the one passed over
    assert "checked against" in err and "battery-recall.html" in err


def test_item8_a_report_transqa_wrote_is_never_an_original(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `check a.en.md a.zh.md -o a.html`, then `audit .`: the report was taken as the original (9 bogus TQA002)
    _pair(tmp_path)
    en, zh = tmp_path / "battery-recall.en.md", tmp_path / "battery-recall.zh.md"
    run_cli(capsys, "check", str(en), str(zh), "--isolated", "-o", str(tmp_path / "battery-recall.html"))
    want = _audit(capsys, str(tmp_path))[1]
    en.unlink()  # with the original gone, the report is still not one: the article is checked alone
    code, out, err = _audit(capsys, str(tmp_path))
    assert json.loads(out.splitlines()[0])["source"] is None and "checked against" not in err
    assert json.loads(want.splitlines()[0])["source"].endswith(".en.md")


def test_item9_an_empty_or_article_less_folder_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = _audit(capsys, str(tmp_path / "empty"))
    assert code == 2 and err.count("transqa: error:") == 1 and "has no translation to check" in err
    code, _, err = _audit(capsys, str(tmp_path / "mistyped"))
    assert code == 2 and "no such file or folder" in err
    # beside a folder with articles, the empty one still fails the run (the other is checked)
    (tmp_path / "full").mkdir()
    _pair(tmp_path / "full")
    code, out, err = _audit(capsys, str(tmp_path / "full"), str(tmp_path / "empty"))
    assert code == 2 and len(out.splitlines()) == 1 and f"{tmp_path / 'empty'}: has no translation to check" in err


def test_item11_fingerprints_are_unique_within_a_file_and_stable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # every TQA504 on a lone “ of an article shared one fingerprint: a code-scanning service merged the alerts
    zh = tmp_path / "q.zh.md"
    zh.write_text("# 标题\n\n他说：“这是第一段话，内容很长。\n\n她说：“这是第二段话，内容也很长。\n", encoding="utf-8")
    runs = [run_cli(capsys, "check", str(zh), "-f", fmt, "--isolated")[1] for fmt in ("json", "json", "sarif")]
    prints = [f["fingerprint"] for f in json.loads(runs[0])["documents"][0]["findings"]]
    assert len(prints) == 2 and len(set(prints)) == 2
    assert runs[0] == runs[1]  # the same on every run
    sarif = json.loads(runs[2])["runs"][0]["results"]
    assert [r["partialFingerprints"]["transqa/v1"] for r in sarif] == prints
    # the first keeps the id of rule and text alone (alerts already tracked keep theirs)
    from transqa.findings import Finding, Location, Severity

    loc = Location(3, 4, 3, 5, "“")
    assert prints[0] == Finding("TQA504", "x", "typography", Severity.ERROR, "m", None, loc).fingerprint


NOTE = "欧盟去年也曾对另一家电池厂商展开类似调查，但最终没有作出任何处罚决定。"


@pytest.mark.parametrize("marked", ["译注：" + NOTE, "编者注：" + NOTE, "（译者注：" + NOTE + "）", "【译注】" + NOTE, "**译注：**" + NOTE])
def test_item4_a_marked_note_is_no_added_paragraph(tmp_path: Path, capsys: pytest.CaptureFixture[str], marked: str) -> None:
    # TQA002 said "mark it as a translator's note", but no marker was recognised
    _pair(tmp_path)
    zh = tmp_path / "battery-recall.zh.md"
    plain = zh.read_text(encoding="utf-8").rstrip("\n") + "\n\n"

    def added(text: str) -> list[dict[str, object]]:
        zh.write_text(plain + text + "\n", encoding="utf-8")
        out = run_cli(capsys, "check", str(tmp_path / "battery-recall.en.md"), str(zh), "-f", "json", "--isolated")[1]
        return [f for f in json.loads(out)["documents"][0]["findings"] if f["code"] == "TQA002"]

    bare = added(NOTE)
    assert len(bare) == 1 and "译注：" in str(bare[0]["suggestion"])
    assert added(marked) == []


def _findings(capsys: pytest.CaptureFixture[str], *paths: Path) -> list[dict[str, object]]:
    out = run_cli(capsys, "check", *map(str, paths), "-f", "json", "--isolated")[1]
    found: list[dict[str, object]] = json.loads(out)["documents"][0]["findings"]
    return found


def test_item3_a_count_of_two_is_suggested_as_liang(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `two years` → `三年`: the suggestion was 二 (未来二年内), Chinese writes 两 before a measure word
    (tmp_path / "a.en.md").write_text("The plan covers the next two years.\n", encoding="utf-8")
    (tmp_path / "a.zh.md").write_text("该计划涵盖未来三年。\n", encoding="utf-8")
    got = [f for f in _findings(capsys, tmp_path / "a.en.md", tmp_path / "a.zh.md") if f["code"] == "TQA201"]
    assert [f["suggestion"] for f in got] == ["两"]


def test_item6_tqa303_suggestion_and_repair_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `壳牌 T1`: the suggestion said "delete it" while fix (an uncertain repair) left it
    en, zh = tmp_path / "a.en.md", tmp_path / "a.zh.md"
    en.write_text("Raman previously worked at Bloomberg before she founded the company in 2019.\n", encoding="utf-8")
    zh.write_text("Raman 此前曾在彭博 T1 工作，她在 2019 年创办了这家公司。\n", encoding="utf-8")
    got = [f for f in _findings(capsys, en, zh) if f["code"] == "TQA303"]
    # the word before the token renders a name of the original (彭博, Bloomberg): the token is debris, deleted for certain
    assert len(got) == 1 and str(got[0]["suggestion"]).startswith("delete it") and got[0]["repairs"][0]["certain"]  # type: ignore[index]
    # without the original the same token may stand for a lost name: the suggestion says so, as fix leaves it
    alone = [f for f in _findings(capsys, zh) if f["code"] == "TQA303"]
    assert len(alone) == 1 and str(alone[0]["suggestion"]).startswith("unless a name was lost there, delete it")
    assert not alone[0]["repairs"][0]["certain"]  # type: ignore[index]


def test_item10_the_hook_names_an_unreadable_file_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the hook's concise line and a `transqa: error:` line on standard error both said `empty.zh.md: is empty`
    (tmp_path / "empty.zh.md").write_text("", encoding="utf-8")
    code, out, err = run_cli(capsys, "audit", "--format", "concise", "--quiet", "--jobs", "1", "--allow-missing-translation",
                             "--no-cache", "--isolated", "--", str(tmp_path / "empty.zh.md"))
    assert code == 2 and (out + err).count("is empty") == 1
    assert out == f"{tmp_path / 'empty.zh.md'}: error: is empty\n"
    # with the concise lines in a file, standard error still gives the reason
    code, out, err = run_cli(capsys, "audit", "--format", "concise", "--quiet", "-o", str(tmp_path / "r.txt"),
                             "--no-cache", "--isolated", str(tmp_path / "empty.zh.md"))
    assert code == 2 and "is empty" in err


def test_item13_a_stopped_audits_summary_covers_every_stored_article(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # the summary counted only the in-order prefix of finished articles (98) while the stop line said 109 were stored
    from transqa.audit import run as audit_run
    from transqa.audit.worker import check_job

    three_samples(tmp_path)

    def later_ones_first(todo, workers, settings, notify=None, pages=False):  # type: ignore[no-untyped-def]
        assert not pages  # no --html-dir: the results alone
        yield check_job(todo[2], settings)  # the last article finishes first, then the second: the first never does
        yield check_job(todo[1], settings)
        raise KeyboardInterrupt

    monkeypatch.setattr(audit_run, "_local", later_ones_first)
    code, out, err = run_cli(capsys, "audit", str(tmp_path), "--format", "summary", "--store", str(tmp_path / "s.sqlite"),
                             "--no-progress", "--isolated", "--jobs", "1")
    assert code == 130 and "2 of 3 articles are stored" in err
    assert "audited 2 articles" in out


def test_item18_a_short_page_marked_as_an_article_keeps_its_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # an <article> of two short paragraphs (under 80 characters) lost both: a false TQA002 and a misaligned pair
    en, zh = tmp_path / "brief.en.html", tmp_path / "brief.zh.md"
    en.write_text("<html><head><title>Bakery closes</title></head><body><nav><p>Home</p></nav><article><h1>Bakery closes</h1>"
                  "<p>The bakery closed on Friday after 30 years.</p><p>Its owner retires.</p></article></body></html>\n",
                  encoding="utf-8")
    zh.write_text("# 面包店关门\n\n这家面包店在经营 30 年后于周五关门。\n\n店主将退休。\n", encoding="utf-8")
    from transqa.load import load_source

    texts = [b.text for b in load_source(str(en)).blocks]
    assert "Its owner retires." in texts and "Home" not in texts
    assert [f["code"] for f in _findings(capsys, en, zh)] == []
