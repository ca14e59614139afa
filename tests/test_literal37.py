"""Release 37 (issue 17, name-literal on real MT): a CamelCase name of the original rendered piece by piece
(`transqa.checks.transliteration.known_literal.camel_literal`)."""

from __future__ import annotations

from tests.helpers import findings


def _camel(en: str, zh: str) -> list[str]:
    return [f.target.text if f.target else "" for f in findings(en, zh)
            if f.code == "TQA312" and "piece by piece" in f.message]


def test_a_camelcase_name_rendered_piece_by_piece_is_reported() -> None:
    # shaped on a WMT22 e-commerce page and a Reddit post
    assert _camel("This product is sold by NortonLifeLock in the UK.", "该产品由诺顿生命锁在英国销售。") == ["诺顿生命锁"]
    assert _camel("My old ThinkPad still works fine.", "我的旧思考垫仍然工作正常。") == ["思考垫"]
    assert _camel("A woman called PlanetJupiter in my stories.", "在我的故事中，一个叫行星木星的女人。") == ["行星木星"]


def test_a_camelcase_name_kept_or_by_its_established_name_is_not() -> None:
    assert _camel("This product is sold by NortonLifeLock in the UK.", "该产品由 NortonLifeLock 在英国销售。") == []
    assert _camel("This product is sold by NortonLifeLock in the UK.", "该产品由Norton LifeLock在英国销售。") == []
    assert _camel("She posted it on FaceBook last week.", "她上周在脸书上发布了这个。") == []  # 脸书: a CC-CEDICT name


def test_pieces_that_render_the_sentence_own_words_are_not_the_name() -> None:
    # `迅速增长` is "quickly grew", the name rendered elsewhere (恒丰币): shaped on a WMT22 press release
    en = "With their contract, EverGrow Coin quickly grew to over $1 billion in market-cap."
    assert _camel(en, "凭借其合同，恒丰币的市值迅速增长到超过10亿美元。") == []


def test_a_dictionary_name_spelt_in_another_case_is_the_whole_name() -> None:
    # CC-CEDICT spells the card company Mastercard (万事达), PayPal's and WikiLeaks' names are read in any case too
    assert _camel("He paid with his MasterCard at the store.", "他在商店用他的万事达卡付款。") == []
    assert _camel("He paid with his MasterCard at the store.", "他在商店用他的万事达信用卡付款。") == []
