"""Release 41, helper fixrev: a reviewer's findings on the release's change mended (CC-CEDICT read through its index
only, linear cost of TQA324, TQA216 and TQA217, shared readers)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers import needs_lexicon

_SRC = Path(__file__).resolve().parent.parent / "src" / "transqa"


def test_only_the_lexicon_reads_the_whole_dictionary() -> None:
    # every table derived from CC-CEDICT is read through cedict_index (kept on disk, freed by forget_cedict); a check
    # that walks lexicon.cedict() itself holds the parsed entries (+68 MB) in every worker
    callers = [p.relative_to(_SRC).as_posix() for p in _SRC.rglob("*.py")
               if p.name != "lexicon.py" and re.search(r"\bcedict\(\)", p.read_text(encoding="utf-8"))]
    assert callers == []


@needs_lexicon
def test_short_senses_hold_a_definition_of_one_or_two_words_only() -> None:
    from transqa.lang.backgloss import short_senses

    senses = short_senses()
    assert "station" in senses["站"]
    assert "you" in senses["你"]
    assert "cards" not in senses.get("和", ())  # `to complete a set in mahjong or playing cards`: a long sense
