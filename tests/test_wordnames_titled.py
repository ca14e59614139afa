"""Release 41: with the original, TQA324 reads a full name run together right after a title where no table knows the
given name (WMT22 Online-G: `克里姆林宫发言人德米特里佩斯科夫`, Kremlin spokesman Dmitry Peskov)."""

from __future__ import annotations

from tests.helpers import findings

_EN = "Kremlin spokesman Dmitry Peskov said Russia was ready for talks."


def _undotted(en: str, zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion) for f in findings(en, zh) if f.code == "TQA324"]


def test_a_name_of_the_original_run_together_after_a_title_is_reported() -> None:
    assert _undotted(_EN, "克里姆林宫发言人德米特里佩斯科夫说，俄罗斯准备谈判。") == [("德米特里佩斯科夫", "德米特里·佩斯科夫")]


def test_a_dotted_name_a_name_after_no_title_or_without_the_original_is_not() -> None:
    assert _undotted(_EN, "克里姆林宫发言人德米特里·佩斯科夫说，俄罗斯准备谈判。") == []
    assert _undotted(_EN, "克里姆林宫发言人德米特里•佩斯科夫说，俄罗斯准备谈判。") == []
    assert _undotted(_EN.replace("Kremlin spokesman ", ""), "他说德米特里佩斯科夫准备谈判。") == []
    assert _undotted(None, "克里姆林宫发言人德米特里佩斯科夫说，俄罗斯准备谈判。") == []
