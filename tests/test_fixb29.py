"""Release 29's reviewers' leftovers (branch r29-fixb): a finding's source place is the copy its rule judged, not the
first copy of the text (#1); a flood of one rule's findings in a paragraph is a few findings and their count (#3)."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.context import PER_PARAGRAPH

# ---------------------------------------------------------------------- 3. floods bounded per paragraph

FLOODS = {
    "TQA510": ("公司，，", "doubled punctuation marks"),
    "TQA106": ("公司[。](https://example.com/x)", "link anchors that start with punctuation"),
    "TQA505": ("公司【youtube=http://www.youtube.com/watch?v=xW5abat5NEU】", "embed codes or players"),
    "TQA207": ("融资 1 . 5 亿美元，", "broken numbers"),
    "TQA303": ("据彭博 T2 报道，", "stray tokens"),
}


@pytest.mark.parametrize("code", sorted(FLOODS))
def test_a_paragraph_flooded_with_one_rule_is_a_few_findings_and_their_count(code: str) -> None:
    # 400 occurrences in one paragraph were 400 findings (64,000 doubled commas: 64,000 findings)
    unit, what = FLOODS[code]
    got = [f for f in findings(None, "# 报道\n\n" + unit * 400 + "表示。\n\n" + unit + "表示。\n") if f.code == code]
    assert len(got) == PER_PARAGRAPH + 2  # the first paragraph's few and their count, the second paragraph's one
    counted = [f for f in got if " more " in f.message]
    assert len(counted) == 1 and counted[0].message.startswith(f"{400 - PER_PARAGRAPH} more {what}")
    assert counted[0].target is not None and counted[0].target.line == 3 and not counted[0].repairs
    assert len(counted[0].target.text) <= len(unit)  # at the first one not listed, not the rest of the paragraph


@pytest.mark.parametrize("code", sorted(FLOODS))
def test_a_few_of_one_rule_in_a_paragraph_are_each_a_finding(code: str) -> None:
    unit, _what = FLOODS[code]
    got = [f for f in findings(None, "# 报道\n\n" + unit * PER_PARAGRAPH + "表示。\n") if f.code == code]
    assert len(got) == PER_PARAGRAPH and not any(" more " in f.message for f in got)


def test_the_brackets_count_stands_at_the_first_one_not_listed() -> None:
    # release 28's count spanned the rest of the paragraph (its text 2,000 brackets long); now one place, as the others
    got = [f for f in findings(None, "# 报道\n\n" + "（公司" * 400 + "表示。\n") if f.code == "TQA503"]
    assert got[-1].message.startswith(f"{400 - PER_PARAGRAPH} more brackets are never closed")
    assert got[-1].target is not None and got[-1].target.text == "（"
