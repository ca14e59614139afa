"""Release 49's code review, mended (helper fixrev): one test per finding that is not a rendering-table row."""

from __future__ import annotations

from tests.helpers import name_as_word
from tests.test_names49 import MILESTONES

WOODS_PATH = "techcrunch/docs/tiger-woods-the-first-golfer-to-offer-in-stream-ads.md"


def test_a_surname_that_is_a_plural_noun_keeps_the_slug_ratio() -> None:
    # Woods is the plural of wood (树林) but CC-CEDICT renders it as a name too (伍兹): not a feature's common word
    zh = MILESTONES.replace("里程碑", "树林").replace("Milestones", "Woods")
    assert len(name_as_word(WOODS_PATH, zh)) == 5
