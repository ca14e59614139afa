"""soundnames (release 42): a rendering inside running text with two characters outside TRANSLIT (昆图拉 for Quintura),
weighed when heard at EMBEDDED_LOOSE and spelt like the name in pinyin (`target_only._spelt_alike`)."""

from __future__ import annotations

from tests.helpers import findings

from transqa.checks.transliteration import target_only


def _zh(form: str) -> str:
    return (
        "# Quintura.com 计划扩大视觉搜索\n\n"
        "在最近发布之后，视觉搜索引擎 Quintura 计划发布一个新界面。\n\n"
        "Quintura 服务目前由 Yahoo 提供支持。但事实上，Quintura 可以在任何搜索引擎之上工作。\n\n"
        f"那么，为什么{form}是一个非常酷的网站呢？视觉标签云非常直观。\n\n"
        "众所周知，Quintura 的系统背后有一套复杂的算法。\n"
    )


def test_a_rendering_with_two_characters_outside_translit_is_the_minority_beside_the_latin_name() -> None:
    got = [f for f in findings(None, _zh("昆图拉")) if f.code == "TQA310"]
    assert any("昆图拉" in f.message and f.suggestion == "Quintura" for f in got), got


def test_a_common_phrase_whose_skeleton_matches_is_not_taken_for_the_name() -> None:
    # 更多的 (gengduode) sounds like Egnyte by its consonants, 1.0, but is spelt nothing like it (ratio 40)
    assert not target_only._spelt_alike("Egnyte", "更多的", 1.0)
    assert target_only._spelt_alike("Quintura", "昆图拉", 1.0)
    zh = _zh("昆图拉").replace("为什么昆图拉是", "为什么更多的是")
    assert not [f for f in findings(None, zh) if f.code == "TQA310" and "更多" in f.message]


def _ruby(form: str) -> str:
    return (
        "# Dev Bootcamp 是 Ruby 的成功\n\n"
        "这个训练营只教 Ruby，学员九周后就能写 Ruby 应用。\n\n"
        "Ruby 社区很欢迎他们。\n\n"
        f"这足以让我认真考虑与{form}共舞。\n"
    )


def test_a_short_name_rendered_with_l_for_its_r_is_the_minority_beside_the_latin_name() -> None:
    # 鲁比 (lu bi) for Ruby: Chinese writes an English r as l; the first letters were compared as spelt
    got = [f for f in findings(None, _ruby("鲁比")) if f.code == "TQA310"]
    assert any("鲁比" in f.message and f.suggestion == "Ruby" for f in got), got
    assert target_only._lone_onset_agrees("Chasen", "蔡森")


def test_a_two_character_form_of_another_first_sound_is_not_taken_for_the_short_name() -> None:
    # 布比 (bu bi) sounds like Ruby by its skeleton at most, but starts with another consonant
    assert not target_only._lone_onset_agrees("Ruby", "布比")
    assert not [f for f in findings(None, _ruby("布比")) if f.code == "TQA310" and "布比" in f.message]
