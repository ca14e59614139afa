"""Release thirty-five, partial omissions in real MT (task omit, issue 18): item markers (`Q.`, `A.`, `1)`) the
translation drops (TQA007), and the learned word table's build script."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.helpers import run_cli

from transqa.checks.coverage import item_marker_lost
from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text

ROOT = Path(__file__).resolve().parent.parent


def _wmt(pairs: list[tuple[str, str]]) -> list[Finding]:
    """Findings on a WMT-style document: one English segment a line, each Chinese line one Markdown paragraph."""
    en = "\n".join(e for e, _ in pairs) + "\n"
    zh = "\n\n".join(z for _, z in pairs) + "\n"
    return check_documents(parse_text("d.en.txt", en), parse_markdown("d.zh.md", zh)).findings


def _markers(pairs: list[tuple[str, str]]) -> list[str]:
    return [f.message for f in _wmt(pairs) if f.code == "TQA007" and "of the source is missing" in f.message]


_FAQ = [
    ("Q. Can you send my order to a different address?", "问：我的订单可以寄到其他地址吗？"),
    ("A. Please check this information with local authorities.", "请与地方当局核实此信息。"),
]


def test_an_answer_marker_dropped_from_a_list_of_questions_and_answers_is_reported() -> None:
    found = _markers(_FAQ)
    assert len(found) == 1 and "A." in found[0]


def test_markers_kept_as_letters_numerals_or_question_and_answer_are_not_reported() -> None:
    assert not _markers([_FAQ[0], (_FAQ[1][0], "答：请与地方当局核实此信息。")])
    assert not _markers([_FAQ[0], (_FAQ[1][0], "A. 请与地方当局核实此信息。")])
    assert not _markers([_FAQ[0], (_FAQ[1][0], "一个。请与地方当局核实此信息。")])  # a mistranslation, not a drop


def test_an_initial_is_no_marker_outside_a_list_of_questions_and_answers() -> None:
    assert not _markers([("A. Smith said the plan had failed.", "史密斯说该计划失败了。")])


def test_a_numbered_item_dropped_is_reported_and_a_list_item_translation_keeps_it() -> None:
    en = "1) Slight modifications to the map layout."
    assert _markers([(en, "对地图布局进行了轻微修改。")])
    assert not _markers([(en, "1) 对地图布局进行了轻微修改。")])  # a Markdown list item: the marker is its structure
    assert not _markers([(en, "第一，对地图布局进行了轻微修改。")])


@pytest.mark.parametrize(("en", "zh", "lost"), [
    ("Q. How does the clothing compare?", "这件衣服相比如何？", (0, 2, True)),
    ("12. Go home", "１２. 回家", None),
    ("a) the first", "（a）第一个", None),
    ("2020. It was", "那是", None),
    ("A. Please check", "**请检查**", (0, 2, True)),
    ("Please check", "请检查", None),
])
def test_item_marker_lost(en: str, zh: str, lost: tuple[int, int, bool] | None) -> None:
    assert item_marker_lost(en, zh) == lost


def test_word_table_training_leaves_out_every_labelled_document() -> None:
    shared = ROOT.parent / "shared" / "corpora" / "wmt"
    if not shared.is_dir():
        pytest.skip("corpora absent")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import word_table

    ids, lines = word_table._excluded()
    allowed = list(word_table.pairs(shared.parent.parent))
    assert allowed and ids and lines["wmt22"]
    src = (shared / "wmt22_general_en-zh/txt/sources/generaltest2022.en-zh.src.en").read_text(encoding="utf-8").split("\n")
    held = {src[k - 1] for k in lines["wmt22"]}
    assert not [e for e, _ in allowed if e in held and e.strip()]


def test_a_heading_number_the_translation_drops_is_not_an_item_marker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # review of 2df2dd5e: the rule reads a plain-text paragraph's marker; `## 1. Introduction` → `## 引言` is a heading
    en, zh = tmp_path / "h.en.md", tmp_path / "h.zh.md"
    en.write_text("## 1. Introduction\n\na) Please check the order number again today.\n", encoding="utf-8")
    zh.write_text("## 引言\n\n请再次检查订单号。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--select", "TQA007", "--format", "concise", str(en), str(zh))
    assert out.count("TQA007") == 1 and ":3:" in out, out
