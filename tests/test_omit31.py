"""Release 31 (issue 18): a lead of three or more unrendered words dropped wherever the translation begins (TQA006),
and the addressee handle that opens a reply (TQA007)."""

from __future__ import annotations

from tests.helpers import fails, needs_lexicon, passes


@needs_lexicon
def test_a_lead_dropped_before_a_reordered_translation_is_reported() -> None:
    # wmt23 NLLB_Greedy elitr_minuting-11 line 1148: the translation begins with the rendering of `with one experiment`,
    # so neither the clause boundary (`So,` alone) nor the first rendered word (`solve`) marks where the loss ends
    en = "So, these new sentences will actually try to solve two problems with one experiment."
    f = fails("TQA006", en, "通过一个实验, 解决两个问题.\n")
    assert f.source is not None and f.source.text == "So, these new sentences will actually try to"
    passes("TQA006", en, "因此，这些新句子实际上会尝试通过一个实验解决两个问题。\n")


@needs_lexicon
def test_a_lead_run_is_not_reported_at_a_near_normal_length() -> None:
    # the same lead unrendered in a translation at 81% of its expected length: it may be a free rendering the lexicon
    # reads badly (the lead run needs below 64%; at 78% the curve put 9 unlabelled lines beside 10 missed labels)
    en = "So, these new sentences will actually try to solve two problems with one experiment."
    passes("TQA006", en, "通过这样一个实验，可以一次解决两个问题。\n")


def test_the_addressee_handle_that_opens_a_reply_is_reported_when_dropped() -> None:
    # wmt24 reference A social line 587 (heldout18): the reply's addressee dropped
    en = "@user20 so every day you row at least 2.8km? Is that on the erg or on the water?"
    f = fails("TQA007", en, "所以说你每天至少划2.8公里？这是在erg划船机上还是水上？\n")
    assert "@user20" in f.message
    passes("TQA007", en, "@user20 所以说你每天至少划2.8公里？这是在erg划船机上还是水上？\n")


@needs_lexicon
def test_a_headline_source_after_a_colon_is_an_attribution() -> None:
    # wmt22 Manifold en.ndtv.com.58686 line 1433: the headline's source dropped
    en = "Molecular Diagnosis Test Can Detect Omicron Variant In 20 Minutes: Report"
    f = fails("TQA008", en, "分子诊断测试可在20分钟内检测出Omicron变体\n")
    assert "“Report”" in f.message
    passes("TQA008", en, "分子诊断测试可在20分钟内检测出奥密克戎变体：报告\n")  # the source rendered, no marker of speech
    passes("TQA008", en, "报告称，分子诊断测试可在 20 分钟内检测出 Omicron 变异体\n")
    passes("TQA008", "On your eReader: Tap Connect.", "在您的电子阅读器上：点击连接。\n")  # no source word
