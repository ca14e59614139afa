"""TQA203 on a figure whose sentence no target sentence is aligned with stands at the start of the target paragraph
(line:column, an empty span: not the paragraph), not nowhere (release 41, mend item 6)."""

from __future__ import annotations

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load import parse, parse_markdown

EN = ("# Apple phone\n\nApple said on Tuesday that its new phone will go on sale next month in 12 countries. The company "
      "hopes to ship 3 million units in the first week, analysts estimated. It did not comment further.\n")
ZH = "# 苹果手机\n\n苹果公司周二表示，其新款手机将于下月在 12 个国家上市。该公司没有进一步置评。\n"


def _missing(en: str, zh: str) -> list:
    # the number rules alone: TQA003 (partial omission) would otherwise tell the lost sentence
    result = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA2",)))
    return [f for f in result.findings if f.code == "TQA203"]


def test_a_figure_of_a_sentence_with_no_counterpart_stands_at_the_paragraphs_start() -> None:
    got = _missing(EN, ZH)
    assert len(got) == 1 and "3 million" in got[0].message
    place = got[0].target
    assert place is not None and (place.line, place.column) == (3, 1)
    assert place.text == "" and place.offset == place.end_offset == ZH.index("苹果公司")


def test_a_figure_of_an_aligned_sentence_keeps_its_sentence() -> None:
    zh = "# 苹果手机\n\n苹果公司周二表示，其新款手机将于下月在 12 个国家上市。分析师估计，该公司希望首周出货。该公司没有进一步置评。\n"
    got = _missing(EN, zh)
    assert len(got) == 1 and got[0].target is not None and "首周出货" in got[0].target.text
