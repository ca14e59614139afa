"""The rendering table: EN/ZH pairs written from news practice (style guides on units, dates, currencies,
approximations), one row a kind. A legitimate rendering (`-`) gives no number finding; a wrong one gives
the finding named, with that code."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from tests.helpers import findings

TABLE = Path(__file__).resolve().parent.parent / "data" / "number_renderings.tsv"


def _rows() -> list[tuple[str, str, str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as fh:
        return [(r["kind"], r["en"], r["zh"], r["expect"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


ROWS = _rows()


def test_table_is_large_and_balanced() -> None:
    assert len(ROWS) >= 300
    assert sum(1 for r in ROWS if r[3] != "-") >= 80
    assert len({(r[1], r[2]) for r in ROWS}) == len(ROWS), "a pair is listed twice"


@pytest.mark.parametrize(("kind", "en", "zh", "expect"), ROWS, ids=[f"{k}-{i}" for i, (k, *_r) in enumerate(ROWS)])
def test_rendering(kind: str, en: str, zh: str, expect: str) -> None:
    # the quantity model's findings: the number rules, and TQA015 (a span of time it reads, dropped: an omission)
    got = sorted({f.code for f in findings(en, zh) if f.category == "number" or f.code == "TQA015"})
    want = [] if expect == "-" else sorted(expect.split(","))
    assert got == want, (kind, en, zh, [(f.code, f.message) for f in findings(en, zh) if f.category == "number"])
