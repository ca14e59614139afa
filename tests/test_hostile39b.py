"""Hostile inputs of release thirty-nine, second helper: costs that grew faster than the input (the project's rule:
8x the text at most 10x the time and memory). Each test bounds the CPU seconds generously (the suite runs on two
shared cores) and fails on the quadratic code it guards against."""

from __future__ import annotations

import time
from pathlib import Path

from transqa import engine
from transqa.load import load_source, load_target


def _check(tmp_path: Path, en: str, zh: str) -> tuple[int, float]:
    """Findings and CPU seconds of one check of the pair (en, zh) written to tmp_path."""
    (tmp_path / "a.en.md").write_text(en + "\n", encoding="utf-8")
    (tmp_path / "a.zh.md").write_text(zh + "\n", encoding="utf-8")
    source, target = load_source(str(tmp_path / "a.en.md")), load_target(str(tmp_path / "a.zh.md"))
    t0 = time.process_time()
    report = engine.check_documents(source, target)
    return len(report.findings), time.process_time() - t0


def test_many_changed_dates_in_one_paragraph_cost_linear_time(tmp_path: Path) -> None:
    # 12,800 dates a side, each changed (numbers._changed took the first comparable date by walking the list from its
    # start: 17 CPU s here before, about 6 after)
    found, cpu = _check(tmp_path, "On December 18 it happened, " * 12800, "18月12日，32月45日，" * 12800)
    assert found > 10000
    assert cpu < 12.0
