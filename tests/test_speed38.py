"""Release 38 speed steps (issue 21): each rule asks a cheap necessary condition first and finds what it found."""

from __future__ import annotations

import pytest

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.lang.lexicon import lexicon
from transqa.load import parse
from transqa.load.markdown import parse_markdown

needs_lexicon = pytest.mark.skipif(lexicon() is None, reason="CC-CEDICT (the lexicon extra) is not installed")


def _codes(en: str, zh: str, code: str) -> list[str]:
    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=(code,))).findings
    return [f.target.text if f.target else "" for f in got]


@needs_lexicon
def test_a_country_the_original_never_names_is_found_after_paragraphs_that_write_none() -> None:
    # the original names Germany; its second paragraph says `the country`, which the translation writes as France
    en = "Germany's economy grew by two percent last year.\n\nThe company said it would hire more staff.\n\n" \
         "Officials said the country would spend more on roads.\n"
    assert _codes(en, "德国经济去年增长了百分之二。\n\n该公司表示将雇用更多员工。\n\n官员们说，法国将在道路上投入更多资金。\n",
                  "TQA322") == ["法国"]
    assert _codes(en, "德国经济去年增长了百分之二。\n\n该公司表示将雇用更多员工。\n\n官员们说，德国将在道路上投入更多资金。\n",
                  "TQA322") == []
    # no country written in the translation: nothing to weigh, the original's countries are never read
    assert _codes(en, "经济去年增长了百分之二。\n\n该公司表示将雇用更多员工。\n\n官员们说，该国将在道路上投入更多资金。\n",
                  "TQA322") == []


def test_each_ampersand_shape_opens_with_the_names_first_word() -> None:
    # _broken_names searches a paragraph for a name's shapes only when it holds the name's first word
    import re

    from transqa.checks.untranslated import AMPERSAND_NAMES

    for name, shape in AMPERSAND_NAMES.items():
        first = re.match(r"[A-Za-z]+", name).group(0)  # type: ignore[union-attr]
        a, _, b = name.replace(" & ", "&").partition("&")
        for broken in (f"{a} {b}", f"{a}和{b}", f"{a}与{b}", f"{a}{b}"):
            m = shape.search(f"据报道，{broken}公司表示")
            assert m is None or first in m.group(0), (name, broken)


def test_a_name_without_its_ampersand_is_still_found() -> None:
    en = "The carrier cut its prices.\n\nShe said the deal was good.\n"
    assert _codes(en, "这家运营商降低了价格。\n\n她说与AT和T的交易很好。\n", "TQA315") == ["AT和T"]


def test_title_case_is_the_same_inside_and_outside_a_pair() -> None:
    from transqa.checks.transliteration.common import _title_case
    from transqa.memo import pair_scope

    lines = ["Aubameyang Helps Arsenal Send Watford Down", "the deal was good, she said on Monday in London", ""]
    outside = [_title_case(t) for t in lines]
    with pair_scope():
        assert [_title_case(t) for t in lines] == outside == [_title_case(t) for t in lines]
