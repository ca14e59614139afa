"""Release twenty-nine, numbers (issue 16, "Real errors that pass today"): a rise by a percentage against a multiple
(`grew 100%` → `增长了两倍`)."""

from __future__ import annotations

import pytest
from tests.helpers import findings


def _codes(en: str, zh: str) -> list[str]:
    return sorted(f.code for f in findings(en, zh) if f.category == "number")


@pytest.mark.parametrize(("en", "zh"), [
    ("Revenue grew 200%.", "收入增长了两倍。"),  # +200% is x3, as 增长了两倍 is
    ("Revenue grew 100%.", "收入翻了一番。"),
    ("Revenue doubled.", "收入增长了100%。"),
    ("Revenue rose 300% to $5 million.", "收入增长了三倍，达到500万美元。"),
    ("Revenue grew 150%.", "收入增长了1.5倍。"),
    ("Revenue is up 100% from last year.", "收入比去年增长了一倍。"),
])
def test_a_rise_by_a_percentage_rendered_as_its_multiple(en: str, zh: str) -> None:
    assert _codes(en, zh) == []


@pytest.mark.parametrize(("en", "zh", "said", "got"), [
    ("Revenue grew 100%.", "收入增长了两倍。", "x2", "x3"),
    ("Revenue is up 100% from last year.", "收入比去年增长了两倍。", "x2", "x3"),
    ("Revenue grew 200%.", "收入翻了一番。", "x3", "x2"),
    ("Revenue has doubled since 2020.", "自2020年以来，收入增长了200%。", "x2", "x3"),
])
def test_a_rise_by_a_percentage_rendered_as_another_multiple(en: str, zh: str, said: str, got: str) -> None:
    fs = [f for f in findings(en, zh) if f.category == "number"]
    assert [f.code for f in fs] == ["TQA201"]
    assert f"({said}) became" in fs[0].message and f"({got})" in fs[0].message
