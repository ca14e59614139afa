"""Release 38 (issue 18): untranslated text in real MT that the run rules took for a name or a lone word — a line
given as its English original, copied; `WTF` kept — and the addition and repetition shapes of this release."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.lang.lexicon import lexicon

needs_lexicon = pytest.mark.skipif(lexicon() is None, reason="needs the CC-CEDICT lexicon (the lexicon extra)")


def _at(code: str, en: str | None, zh: str) -> list[str]:
    return [f.target.text for f in findings(en, zh) if f.code == code and f.target is not None]


EN3 = "I went to the shop on Monday.\n\n{}\n\nThen I went home.\n"
ZH3 = "周一我去了商店。\n\n{}\n\n然后我回家了。\n"


@needs_lexicon
def test_a_line_copied_as_its_english_is_untranslated() -> None:
    # WMT22 shapes: `“Sure, OP.`, `straws?).`, a settings label of common words
    for line in ("“Sure, OP.", "straws?).", "Apple Music Documents & Data Storage Size"):
        assert _at("TQA401", EN3.format(line), ZH3.format(line)) == [line], line


@needs_lexicon
def test_a_copied_name_or_hashtag_is_no_untranslated_text() -> None:
    for line in ("#FalconGameBooks", "#WFH #business #neurodiversity", "Apple Watch", "Joe Biden", "COVID-19"):
        assert not _at("TQA401", EN3.format(line), ZH3.format(line)), line
    # a line that differs from its English (translated in part) is the run rules' business, not this one's
    assert "“Sure, OP." not in _at("TQA401", EN3.format("“Sure, OP."), ZH3.format("“当然，OP."))


@needs_lexicon
def test_wtf_kept_is_english_left_but_not_as_a_name() -> None:
    assert _at("TQA401", "WTF does this have to do with race?\n", "WTF这与种族有关吗？\n") == ["WTF"]
    assert not _at("TQA401", "WTF President Choue Chung-won spoke.\n", "WTF 主席赵正源发表了讲话。\n")
