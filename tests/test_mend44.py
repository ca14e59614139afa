"""Release 44, mend: what stays as it is after reading the archive."""

from __future__ import annotations

from tests.helpers import fails

from transqa.engine import check_documents
from transqa.fix import plan
from transqa.load.markdown import parse_markdown


def test_a_letter_prefixed_patent_number_with_a_full_width_comma_is_broken_and_repaired() -> None:
    # archive the-7-iconic-patents-that-define-steve-jobs: `专利号 D285，687` (US design patent D285,687); the 6 TQA207
    # findings of that shape on the archive are all right, and the repair gives the patent's own spelling: not exempt
    f = fails("TQA207", None, "苹果的专利 D478，310 于 2001 年获得授权。\n")
    assert f.target is not None and f.target.text == "478，310" and f.suggestion == "478,310"
    zh = "# 专利\n\n苹果的专利 D478，310 于 2001 年获得授权。\n"
    assert "专利 D478,310 于" in plan(check_documents(None, parse_markdown("a.zh.md", zh))).repaired
