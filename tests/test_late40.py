"""Release 40, two hostile leftovers (task late1): `transqa fix` repairs every certain place of a paragraph in one run
(it listed PER_PARAGRAPH of them, so a run repaired 5, the next 3), and TQA203's findings of one paragraph stay bounded."""

from __future__ import annotations

from pathlib import Path

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
