"""Release 40, two hostile leftovers (task late1): `transqa fix` repairs every certain place of a paragraph in one run
(it listed PER_PARAGRAPH of them, so a run repaired 5, the next 3), and TQA203's findings of one paragraph stay bounded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from transqa import service
from transqa.context import PER_PARAGRAPH


def _fixed(path: Path) -> tuple[int, int]:
    """Run the certain repairs of `path` (a translation alone) and write them: (repairs, findings remaining)."""
    out = service.fix_one(None, str(path), None)
    path.write_text(out.repaired, encoding="utf-8")
    return len(out.applied), len(out.remaining)


def test_one_fix_repairs_every_spaced_version_point_of_a_crowded_paragraph(tmp_path: Path) -> None:
    # 50 places of `版本8 . x`, five times PER_PARAGRAPH: each is repaired by the first run, the second changes nothing
    zh = tmp_path / "x.zh.md"
    zh.write_text("# 标题\n\n" + "版本8 . x发布，" * 50 + "\n", encoding="utf-8")
    assert 50 > 2 * PER_PARAGRAPH
    applied, _ = _fixed(zh)
    assert applied == 50
    text = zh.read_text(encoding="utf-8")
    assert text.count("8.x") == 50 and "8 . x" not in text
    assert _fixed(zh)[0] == 0
    assert zh.read_text(encoding="utf-8") == text


def test_what_remains_after_fix_is_bounded_as_check_bounds_it(tmp_path: Path) -> None:
    # the places fix cannot repair are counted as check reports them: PER_PARAGRAPH listed and one finding of the rest
    zh = tmp_path / "x.zh.md"
    zh.write_text("# 标题\n\n" + "版本8 . x为. 7，" * 50 + "\n", encoding="utf-8")
    applied, remaining = _fixed(zh)
    assert applied == 50
    checked = service.fix_one(None, str(zh), None)
    assert len(checked.applied) == 0 and len(checked.remaining) == remaining <= 3 * (PER_PARAGRAPH + 1)


def _json_size(capsys: pytest.CaptureFixture[str], tmp_path: Path, k: int) -> tuple[int, list[dict[str, Any]]]:
    """The JSON report of `version 8.7` × k beside `版本8 . x为. 7，` × k (every 8.7 lost from one sentence): its
    size in bytes and its TQA203 findings."""
    import json

    from tests.helpers import run_cli

    en, zh = tmp_path / f"v{k}.en.md", tmp_path / f"v{k}.zh.md"
    en.write_text("# Title\n\n" + "version 8.7 " * k + "\n", encoding="utf-8")
    zh.write_text("# 标题\n\n" + "版本8 . x为. 7，" * k + "\n", encoding="utf-8")
    _, text, _ = run_cli(capsys, "check", "--format", "json", str(en), str(zh))
    found = [f for f in json.loads(text)["documents"][0]["findings"] if f["code"] == "TQA203"]
    return len(text.encode("utf-8")), found


def test_tqa203_findings_of_one_sentence_stand_on_their_own_stretch_and_the_report_grows_linearly(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # issue 21: 1,200 findings each carried the 14,400-character paragraph (29 MB of JSON from 12 KB); each now stands
    # on the clause its figure maps to proportionally, and four times the input makes about four times the report
    from tests.helpers import grows_linearly

    small, _ = _json_size(capsys, tmp_path, 100)
    large, found = grows_linearly(lambda k: _json_size(capsys, tmp_path, k), 100)
    assert len(found) == 400
    assert large < 5 * small
    assert all(f["target"]["text"] == "版本8 . x为. 7，" for f in found)
    # each at its own place: the n-th lost figure on the n-th clause
    assert [f["target"]["column"] for f in found[:3]] == [1, 13, 25]


def test_a_few_tqa203_findings_of_one_sentence_keep_the_whole_paragraph(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # at most PER_PARAGRAPH + 1 lost figures of a paragraph: their place is the paragraph, as before (real pairs unchanged)
    _, found = _json_size(capsys, tmp_path, PER_PARAGRAPH + 1)
    assert len(found) == PER_PARAGRAPH + 1
    assert {f["target"]["text"] for f in found} == {"版本8 . x为. 7，" * (PER_PARAGRAPH + 1)}
