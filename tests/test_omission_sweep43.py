"""Release 43 review: `benchmarks/omission_narrow.py --sweep` (and so `omission_entities.py --sweep`) leaves out
heldout5's WMT documents, as `benchmarks/direction_gaps.py` does."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import omission_narrow  # noqa: E402


def test_held_out_documents_are_dropped_by_docid() -> None:
    docids = ["doc0", "doc0", "doc1", "doc2"]
    held = {"wmt22/Online-B/doc0", "wmt22/Online-A/doc2"}
    assert omission_narrow.held_lines("wmt22/Online-B", docids, held) == {0, 1}
    assert omission_narrow.held_lines("wmt22/refA", docids, held) == set()
