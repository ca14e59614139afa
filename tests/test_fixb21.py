"""Release twenty-one, what a newcomer met: names and suggestions (TQA310, TQA301, TQA303, TQA201)."""

from __future__ import annotations

from tests.helpers import fails, passes

from transqa.lang.transliterate import r_taken_for_l

# ---------------------------------------------------------------- TQA310: an r after a vowel is no l-syllable
KHOSLA_ZH = (
    "编者按：这是硅谷投资人维诺德·科斯拉撰写的客座系列文章。\n\n"
    "科斯拉认为，算法将在很多方面取代医生。\n\n"
    "{name} 已经拥有 1000 万份实时医疗记录，其中包括去年的 3000 万次电子访问。\n"
)


def test_kaiser_is_not_heard_as_khosla() -> None:
    # archive `doctors-or-algorithms.md`: `Kaiser Permanent` beside 科斯拉 (Khosla) twice gave “Kaiser” → 科斯拉
    passes("TQA310", None, KHOSLA_ZH.format(name="Kaiser Permanente"))
    assert r_taken_for_l("Kaiser", "科斯拉") and r_taken_for_l("Parker", "帕拉")


def test_a_name_with_its_l_or_r_before_a_vowel_is_still_heard() -> None:
    # the same article writing Khosla once in Latin: still the name written in two scripts
    f = fails("TQA310", None, KHOSLA_ZH.format(name="Khosla 的公司"))
    assert f.suggestion == "科斯拉"
    assert not any(r_taken_for_l(t, f) for t, f in [("Khosla", "科斯拉"), ("Carter", "卡特"), ("Kramer", "克莱默"),
                                                     ("Sarah", "萨拉"), ("Miller", "米勒"), ("Durov", "杜罗夫")])


# ---------------------------------------------------------------- TQA301: the name inside `X-backed`, `X-based`
PAYTM_EN = ("Another competitor, Paytm-backed PortAI, raised $15 million last year.\n\n"
            "The Berlin-based firm sells cranes to ports.\n")


def test_a_name_inside_a_hyphenated_compound_is_the_sources_name() -> None:
    # a newcomer's pair: `Paytm-backed PortAI` rendered `由 pay TM 支持的 PortAI` went unreported
    f = fails("TQA301", PAYTM_EN, "另一家竞争对手、由 pay TM 支持的 PortAI 去年融资 1500 万美元。\n\n这家总部位于 Berlin 的公司向港口出售起重机。\n")
    assert f.suggestion == "Paytm" and f.target is not None and f.target.text == "pay TM"


def test_the_compound_written_as_the_source_does_is_no_garble() -> None:
    zh = "另一家竞争对手、由 Paytm 支持的 PortAI 去年融资 1500 万美元。\n\n这家总部位于 Berlin 的公司向港口出售起重机。\n"
    passes("TQA301", PAYTM_EN, zh)
    # a compound of another head is a word of its own, not a name plus an adjective
    passes("TQA301", "E-commerce grew fast.\n", "e 商务增长很快。\n")


# ---------------------------------------------------------------- TQA303: the garbled name as a whole
RETRAIN_EN = "Okafor said the company will retrain workers rather than replace them.\n"


def test_a_placeholder_after_a_name_the_source_lacks_is_fixed_as_a_whole() -> None:
    # `彭博 T2 公司` where the source has no Bloomberg: the suggestion deleted T2 alone and kept 彭博
    f = fails("TQA303", RETRAIN_EN, "Okafor 表示，彭博 T2 公司将对工人进行再培训而不是取代他们。\n")
    assert f.target is not None and f.target.text == "彭博 T2"
    assert f.suggestion == "put back what the source has in place of “彭博 T2”" and not f.repairs


def test_a_placeholder_after_a_name_the_source_has_is_still_debris() -> None:
    en = "Bloomberg said the company will retrain workers rather than replace them.\n"
    f = fails("TQA303", en, "彭博 T2 公司表示将对工人进行再培训而不是取代他们。\n")
    assert f.target is not None and f.target.text == "T2" and f.suggestion is not None and f.suggestion.startswith("delete it")


# ---------------------------------------------------------------- TQA201: a suggestion in the rendering's notation
YEARS_EN = "Every port has agreed to keep staffing levels for at least three years.\n"


def test_a_number_in_chinese_numerals_is_suggested_in_chinese_numerals() -> None:
    # `至少在五年内` for three years suggested a bare `3` (至少在3年内)
    f = fails("TQA201", YEARS_EN, "每个港口都同意至少在五年内保持人员配置水平。\n")
    assert f.suggestion == "三"


def test_a_number_in_digits_is_still_suggested_in_digits() -> None:
    f = fails("TQA201", YEARS_EN, "每个港口都同意至少在 5 年内保持人员配置水平。\n")
    assert f.suggestion == "3"
