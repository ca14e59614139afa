"""The name rules over unlabelled WMT system outputs (benchmarks/names_wmt.py): documents, outputs, findings."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import benchmark_module


def _module():  # noqa: ANN202
    return benchmark_module("names_wmt")


def _corpus(tmp_path: Path) -> Path:
    """A made-up WMT22 folder: two documents of two lines, one system and one reference; WMT23 empty."""
    base = tmp_path / "corpora/wmt/wmt22_general_en-zh/txt"
    for sub in ("metainfo", "sources", "system-outputs", "references"):
        (base / sub).mkdir(parents=True)
    meta = [{"domain": "news", "docid": "d1"}] * 2 + [{"domain": "news", "docid": "d2"}] * 2
    (base / "metainfo/generaltest2022.en-zh.meta.jsonl").write_text("".join(json.dumps(m) + "\n" for m in meta))
    en = ["Scholz met Morawiecki.", "The talks went well, Scholz said.", "Rain fell.", "It stopped."]
    (base / "sources/generaltest2022.en-zh.src.en").write_text("\n".join(en) + "\n", encoding="utf-8")
    zh = ["舒尔茨会见了莫拉维茨基。", "朔尔茨说会谈很顺利。", "下雨了。", "雨停了。"]
    (base / "system-outputs/generaltest2022.en-zh.hyp.SysX.zh").write_text("\n".join(zh) + "\n", encoding="utf-8")
    ref = ["舒尔茨会见了莫拉维茨基。", "舒尔茨说会谈很顺利。", "下雨了。", "雨停了。"]
    (base / "references/generaltest2022.en-zh.ref.A.zh").write_text("\n".join(ref) + "\n", encoding="utf-8")
    w23 = tmp_path / "corpora/wmt/wmt23_general_en-zh/txt"
    for sub in ("metainfo", "sources", "system-outputs", "references"):
        (w23 / sub).mkdir(parents=True)
    (w23 / "metainfo/generaltest2023.en-cs.meta.jsonl").write_text("")
    (w23 / "sources/generaltest2023.en-zh.src.en").write_text("")
    return tmp_path


def test_documents_follow_the_metadata(tmp_path: Path) -> None:
    nw = _module()
    shared = _corpus(tmp_path)
    assert nw.documents(shared, "wmt22") == [("d1", "news", 1, 2), ("d2", "news", 3, 4)]
    assert [s for s, _p in nw.outputs(shared, "wmt22")] == ["SysX"]
    assert [s for s, _p in nw.outputs(shared, "wmt22", references=True)] == ["ref-A"]


def test_findings_carry_their_document_line_and_marked_span(tmp_path: Path) -> None:
    nw = _module()
    shared = _corpus(tmp_path)
    rows, paragraphs = nw.run(shared, ["TQA310"])
    assert paragraphs == 4
    assert [(r["doc"], r["line"], r["code"]) for r in rows] == [("wmt22/SysX/d1", 2, "TQA310")]
    assert rows[0]["zh"] == "⟦朔尔茨⟧说会谈很顺利。" and rows[0]["en"] == "The talks went well, Scholz said."
    assert nw.run(shared, ["TQA310"], references=True)[0] == []  # the reference writes one form


def test_bad_codes_exit_2(capsys) -> None:  # noqa: ANN001
    nw = _module()
    assert nw.main(["--codes", "TQA101"]) == 2
    assert "name rules only" in capsys.readouterr().err
