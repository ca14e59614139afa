"""A line-aligned corpus (a whole WMT test set: the source file beside one system's output) checked as one article
gets one warning with the README's way to cut it by document; the findings are those of the run without it
(release 41, mend item 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transqa import result
from transqa.cli import main

# The corpora here are CORPUS_LINES long when the threshold is 60 lines, not the package's 300: what is tested is how
# the threshold, the line counts and the blank lines are read, and a check of 320 lines cost 2 to 4 CPU s a test
# (the file 11.6 -> 5.8 CPU s, the first test paying the first-use loads). The package's own threshold stays above the longest WMT22 general-test document (51 lines).
CORPUS_LINES = 60


@pytest.fixture(autouse=True)
def _corpus_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    assert result.CORPUS_LINES > 51  # an article of one sentence a line is never a corpus
    monkeypatch.setattr(result, "CORPUS_LINES", CORPUS_LINES)

EN = "The company said on Tuesday that sales rose in the quarter, its chief executive told reporters in city {i}."
ZH = "该公司周二表示，本季度销售额有所增长，其首席执行官在第 {i} 座城市对记者说。"


def _pair(folder: Path, lines: int, blank: bool = False) -> tuple[str, str]:
    sep = "\n\n" if blank else "\n"
    en, zh = folder / "newstest.src.en", folder / "newstest.hyp.sysA.zh"
    en.write_text(sep.join(EN.format(i=i) for i in range(lines)) + "\n", encoding="utf-8")
    zh.write_text(sep.join(ZH.format(i=i) for i in range(lines)) + "\n", encoding="utf-8")
    return str(en), str(zh)


def _warnings(err: str) -> list[str]:
    return [x for x in err.splitlines() if "line-aligned corpus" in x]


def test_a_whole_test_set_is_warned_of_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en, zh = _pair(tmp_path, CORPUS_LINES + 20)
    other = tmp_path / "newstest.hyp.sysB.zh"  # a second system's output of the same source
    other.write_bytes(Path(zh).read_bytes())
    main(["check", en, zh, en, str(other), "--format", "json"])
    got = capsys.readouterr()
    said = _warnings(got.err)
    assert len(said) == 1 and f"({CORPUS_LINES + 20} lines each, no Markdown)" in said[0] and "A WMT test set" in said[0]
    assert said[0].startswith("transqa: warning: ")
    docs = json.loads(got.out)["documents"]
    assert len(docs) == 2 and docs[0]["findings"] == docs[1]["findings"]


@pytest.mark.parametrize(("lines", "blank"), [(40, False), (CORPUS_LINES + 20, True)])
def test_an_article_is_not_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: int, blank: bool) -> None:
    # an article one sentence a line (the longest WMT22 document has 51 lines), or paragraphs between blank lines
    en, zh = _pair(tmp_path, lines, blank)
    main(["check", en, zh, "--format", "concise"])
    assert not _warnings(capsys.readouterr().err)


def test_unequal_line_counts_are_no_line_aligned_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en, zh = _pair(tmp_path, CORPUS_LINES + 20)
    Path(zh).write_text(Path(zh).read_text(encoding="utf-8") + ZH.format(i=999) + "\n", encoding="utf-8")
    main(["check", en, zh, "--format", "concise"])
    assert not _warnings(capsys.readouterr().err)
