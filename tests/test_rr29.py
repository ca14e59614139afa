"""Release 29 reread (rr29): behaviour bugs found reading the release's diff, each shown by a test."""

from __future__ import annotations

import pytest
from tests.helpers import findings, passes


def _codes(en: str, zh: str) -> list[str]:
    return sorted(f.code for f in findings(en, zh) if f.category == "number")


@pytest.mark.parametrize(("en", "zh"), [
    # a word that merely starts like a swing verb (narrow-, wide-, cut-, turn-) is no swing: `widely`, `Turner`,
    # `Cuthbert`, `cutting-edge` silenced the balance test (quantities.direction._EN_BALANCE_NOT read `wide\w*`)
    ("The widely watched net loss was $5 million.", "备受关注的净利润为500万美元。"),
    ("Turner's net loss was $5 million.", "特纳的净利润为500万美元。"),
    ("The Cuthbert unit's net loss was $5 million.", "库斯伯特部门的净利润为500万美元。"),
    ("Its cutting-edge unit's net loss was $5 million.", "其尖端部门的净利润为500万美元。"),
])
def test_a_word_that_only_starts_like_a_swing_verb_keeps_the_balance(en: str, zh: str) -> None:
    assert _codes(en, zh) == ["TQA208"]


@pytest.mark.parametrize(("en", "zh"), [
    ("The loss narrowed to $5 million.", "亏损收窄至500万美元。"),
    ("Its net loss widened to $5 million.", "其净利润扩大至500万美元。"),  # the verb after the noun says: no balance read
    ("It cut its net loss to $5 million.", "它将净利润削减至500万美元。"),
])
def test_a_swing_still_leaves_the_balance_unread(en: str, zh: str) -> None:
    assert "TQA208" not in _codes(en, zh)


_TC = "> 原文：<https://web.archive.org/web/https://techcrunch.com/2014/01/25/chair-review/>\n\n"


@pytest.mark.parametrize("line", ["椅子坐上去会发出嘎吱嘎吱的声音。", "铰链嘎吱嘎吱地响。", "铰链嘎吱嘎吱地作响。"])
def test_the_crunching_sound_with_its_particle_before_响_or_声_is_the_sound(line: str) -> None:
    # TQA314 read `嘎吱嘎吱` as the site's Crunch… name unless 响 or 声 came right after it: `嘎吱嘎吱的声音` (a creaking
    # chair in a review) was told to be the Crunchies or CrunchGear
    passes("TQA314", None, "# 评测\n\n" + _TC + line + "\n")


def test_the_crunchies_before_的_stay_the_site_s_name() -> None:
    zh = "# 颁奖\n\n" + _TC + "请注意，嘎吱嘎吱的门票只有一百张。\n"
    assert [f.target.text for f in findings(None, zh) if f.code == "TQA314" and f.target] == ["嘎吱嘎吱"]


@pytest.mark.parametrize(("text", "currency"), [("give it 1 try today", None), ("a 5 sar fee", None), ("3 ils", None),
                                                ("costs 5 USD", "USD"), ("SEK 300 million", "SEK"), ("300 million ARS", "ARS")])
def test_a_currency_code_is_read_in_capitals_only(text: str, currency: str | None) -> None:
    # reread 29: the codes were matched in any case after a figure (`1 try` was 1 Turkish lira, `3 ils` shekels)
    from transqa.quantities.english import english_quantities

    [q] = english_quantities(text)
    assert q.currency == currency


def _flipped(en: str, zh: str) -> list[tuple[str, str, int]]:
    return [(f.source.text, f.target.text, f.target.offset) for f in findings(en, zh)
            if f.code == "TQA208" and f.source and f.target and "end of a scale" in f.message]


def test_a_flipped_superlative_is_placed_on_the_superlative_not_a_later_bound() -> None:
    # reviewer of release 37: the place was found again by rfind, on 最高 of `最高可达50%` (a bound, filtered)
    en = "The state has the lowest accident rate, and discounts reach 50%."
    assert _flipped(en, "该州事故率最高，而折扣最高可达50%。") == [("lowest", "最高", 5)]


def test_the_source_blocks_of_a_paragraph_pair_are_counted_together() -> None:
    # two English paragraphs aligned to one Chinese: the lowest is dropped, not flipped — 最高 is the first's highest
    en = "Texas has the highest rate of crashes in the country.\n\nIts lowest point came in May, officials said on Monday."
    assert _flipped(en, "德克萨斯州的撞车率是全国最高的。官员周一表示，其低点出现在五月。") == []
