"""Release 47, issues 17 and 18 (cleanref helper): false alarms read on the WMT22 professional references A and B
(`benchmarks/clean_refs.py --ref A|B`), each mended by a precise condition, and its counterpart that stays a finding.
Short examples modelled on the reference lines named in each test."""

from __future__ import annotations

from tests.helpers import fails, needs_lexicon, passes


def test_a_brand_the_original_cases_two_ways_is_no_garble_in_a_third_case() -> None:
    # WMT22 reference A ecommerce_en_8: the original writes eBay and Ebay, the reference ebay
    en = "Returns go through eBay.\n\nThe easiest way is to return the item via Ebay returns."
    passes("TQA301", en, "退货通过 eBay 进行。\n\n最简单的方法是通过 ebay 退货。")


def test_a_brand_the_original_cases_one_way_is_still_garbled_in_another() -> None:
    en = "Returns go through eBay.\n\nThe easiest way is to return the item via eBay returns."
    assert fails("TQA301", en, "退货通过 eBay 进行。\n\n最简单的方法是通过 ebay 退货。").suggestion == "eBay"


def test_n_more_minutes_rendered_as_minutes_from_now_keeps_the_addition() -> None:
    # WMT22 reference B en_zh-TW_CLIENT-05: the 再 stands in the clause before
    passes("TQA209", "Kindly give it 15 more minutes to get there.", "请再等一会儿，15 分钟后会送达。")


def test_n_more_minutes_rendered_as_n_or_more_minutes_is_still_changed() -> None:
    fails("TQA209", "Kindly give it 15 more minutes to get there.", "请等 15 多分钟，它会送达。")


# WMT22 reference B pa.10292 (TQA006) and t1_hofpuyp (TQA005), each source beside its mended and its reported translation
_BIDEN = ("\"I promise you.\n\nWhatever is needed.\n\nWhatever is needed, the federal government is going to supply "
          "it and send the help to every family in the state,\" Biden said.")
_TORNADO = 'When tornadoes get that imminent, the weather guys usually do that "Take cover now!!"'


@needs_lexicon
def test_an_opening_that_repeats_the_line_before_said_once_at_the_break_is_no_drop() -> None:
    # WMT22 reference B pa.10292: `Whatever is needed.` / `Whatever is needed, the federal government…`
    zh = "“我答应你。\n\n无论你需要什么，\n\n联邦政府都会提供，并为该州每个家庭送去帮助，”拜登说。"
    passes("TQA006", _BIDEN, zh)


@needs_lexicon
def test_an_opening_dropped_after_a_line_that_ends_a_sentence_is_still_reported() -> None:
    zh = "“我答应你。\n\n无论你需要什么。\n\n联邦政府都会提供，并为该州每个家庭送去帮助，”拜登说。"
    fails("TQA006", _BIDEN, zh)


def test_a_quotation_closed_at_the_end_then_a_comma_is_no_cut() -> None:
    # WMT22 reference B t1_hofpuyp
    passes("TQA005", _TORNADO, "当龙卷风迫在眉睫时，气象员通常会“立即躲起来！！”，")


def test_a_translation_stopping_at_a_comma_before_the_quotation_is_still_cut() -> None:
    fails("TQA005", _TORNADO, "当龙卷风迫在眉睫时，")


def test_a_place_reached_before_weeks_after_is_one_clause() -> None:
    # WMT22 reference B t1_hoh4p6r
    passes("TQA507", None, "到家几周后，我收到了一封信，其中列出了我要承担的其他一些损坏。")


def test_a_noun_glued_to_years_after_is_still_a_run_on() -> None:
    # the archive's one such finding (read a run-on in release 39)
    fails("TQA507", None, "这意味着谷歌已经向微软投下了一枚核弹几年后，看起来微软正在反击。")
