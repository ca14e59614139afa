"""The sweep over unlabelled system outputs (benchmarks/mt_sweep.py) on a small corpus tree: documents are runs
of one doc id, the 2023 news documents are never read."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import mt_sweep  # noqa: E402


def _year(shared: Path, folder: str, src_name: str, meta: list[tuple[str, str]]) -> None:
    base = shared / "corpora/wmt" / folder / "txt"
    (base / "sources").mkdir(parents=True)
    (base / "metainfo").mkdir(parents=True)
    (base / "sources" / src_name).write_text("\n".join(f"Line {i}." for i in range(len(meta))) + "\n", encoding="utf-8")
    (base / "metainfo/m.jsonl").write_text(
        "".join(json.dumps({"docid": d, "domain": dom}) + "\n" for d, dom in meta), encoding="utf-8")


def test_documents_are_runs_of_one_doc_id_and_2023_news_is_left_out(tmp_path: Path) -> None:
    meta = [("a", "news"), ("a", "news"), ("b", "social"), ("c", "speech"), ("c", "speech")]
    _year(tmp_path, "wmt22_general_en-zh", "generaltest2022.en-zh.src.en", meta)
    _year(tmp_path, "wmt23_general_en-zh", "generaltest2023.en-zh.src.en", meta)
    _, runs22 = mt_sweep.documents(tmp_path, "wmt22")
    assert runs22 == [("a", "news", 1, 2), ("b", "social", 3, 3), ("c", "speech", 4, 5)]
    _, runs23 = mt_sweep.documents(tmp_path, "wmt23")
    assert [r[0] for r in runs23] == ["b", "c"]
