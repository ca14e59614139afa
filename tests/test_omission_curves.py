"""The structural omission signals of benchmarks/omission_curves.py, on short self-written shapes."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.helpers import needs_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import omission_curves as oc  # noqa: E402
import pytest  # noqa: E402


@needs_lexicon
def test_an_english_sentence_with_no_chinese_one() -> None:
    en = "The shop opens at nine every morning. It closes early on Sundays because the staff need rest."
    words, share, rest = oc.sentence_gap(en, "商店每天早上九点开门。") or (0, 1.0, 0.0)
    assert words >= 3 and share == 0.0 and rest >= 0.5
    assert oc.sentence_gap(en, "商店每天早上九点开门。周日因为员工需要休息，所以提早关门。") is None


@needs_lexicon
def test_a_dropped_parenthetical() -> None:
    en = "My dog loves the new ball (a present from our kind neighbours) and plays with it every day."
    words, share, _ = oc.segment_gap(en, "我的狗喜欢这个新球，每天都玩。") or (0, 1.0, 0.0)
    assert words >= 2 and share == 0.0
    # the translation keeps a bracket: the parenthetical may stand there, rendered freely
    assert oc.segment_gap(en, "我的狗喜欢这个新球（邻居送的礼物），每天都玩。") is None


@needs_lexicon
def test_a_dropped_second_conjunct() -> None:
    en = "She sold the old house and bought a small farm in the mountains."
    words, share, first = oc.conjunct_gap(en, "她卖掉了那栋老房子。") or (0, 1.0, 0.0)
    assert words >= 2 and share == 0.0 and first > 0
    _, share, _ = oc.conjunct_gap(en, "她卖掉了那栋老房子，在山里买了一个小农场。") or (0, 0.0, 0.0)
    assert share >= 0.5


def test_lines_by_corpus_line_after_edits() -> None:
    # an edited reference: line 11 dropped, a line inserted after line 12 (it counts as line 12)
    src, hyp = oc.by_corpus_line(10, ["One.", "Two.", "Three."], [(10, "一。"), (12, "三。"), (12, "多出来的一段。")])
    assert src == {10: "One.", 11: "Two.", 12: "Three."}
    assert hyp == {10: "一。", 11: "", 12: "三。 多出来的一段。"}


def test_curves_read_an_edited_reference() -> None:
    shared = Path(__file__).resolve().parent.parent.parent / "shared"
    if not (shared / "corpora" / "wmt").is_dir():
        pytest.skip("../shared is absent")
    import real

    docs = [d for d in real.read_tsv(real.LABELS / "wmt-mt" / "documents.tsv")
            if d["split"] == "heldout14" and d["status"] == "read" and "+" in d["system"]]
    assert docs
    edited = 0
    for d in docs[:5]:
        en_lines, zh_lines = real.document_lines(shared, d)
        src, hyp = oc.by_corpus_line(int(d["first_line"]), en_lines, zh_lines)
        assert sorted(src) == sorted(hyp) == list(range(int(d["first_line"]), int(d["last_line"]) + 1))
        raw = real._corpus_lines(shared, d["year"], real.REF_FILES[d["year"]].format(d["system"].split("+")[0].removeprefix("ref")))
        edited += sum(hyp[n] != raw[n - 1] for n in hyp)
    assert edited > 0


@needs_lexicon
def test_an_added_last_clause() -> None:
    en = "The minister said the new school will open in the spring."
    han, _ = oc.added_clause(en, "部长说，新学校将在春天开放，家长们对此非常高兴。") or (0, 0.0)
    assert han == 9  # 家长们对此非常高兴
    assert oc.added_clause(en, "部长说，新学校将在春天开放。") is None


@needs_lexicon
def test_a_paragraph_that_renders_nothing() -> None:
    assert (oc.renders_nothing("The garden needs water every morning.", "小护士生气地走开了。") or 0) >= 2
    assert oc.renders_nothing("The garden needs water every morning.", "花园每天早上都需要浇水。") is None


def test_negation_on_one_side_and_a_shared_tail() -> None:
    assert oc.negation_apart("We stand alone.", "我们并不孤单。")
    assert not oc.negation_apart("We are not alone.", "我们并不孤单。")
    zh = "“人们争先恐后地开发补丁，”他说，“各种各样的人争先恐后地开发补丁。”"
    assert oc.shared_tail("People are scrambling to patch, he said, and others scrambling to exploit it.", zh) == 9  # 争先恐后地开发补丁
    assert oc.shared_tail("Patch it, patch it now, patch it now.", zh) == 0  # the English repeats three words
