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


KINDS = list(dict.fromkeys(r[0] for r in ROWS))


@pytest.mark.parametrize("kind", KINDS)
def test_rendering(kind: str) -> None:
    # the quantity model's findings: the number rules, and TQA015 (a span of time it reads, dropped: an omission).
    # One test per kind, every row of the kind checked and every wrong one listed (one test per row spent about 3 ms
    # of pytest's own per row, 1,703 rows: 16.9 -> 11.6 CPU s for the same checks)
    wrong: list[tuple[object, ...]] = []
    for i, (k, en, zh, expect) in enumerate(ROWS):
        if k != kind:
            continue
        found = [f for f in findings(en, zh) if f.category == "number" or f.code == "TQA015"]
        got = sorted({f.code for f in found})
        want = [] if expect == "-" else sorted(expect.split(","))
        if got != want:
            wrong.append((f"{kind}-{i}", en, zh, f"want {want}, got", [(f.code, f.message) for f in found]))
    assert not wrong, "\n".join(map(str, wrong))
