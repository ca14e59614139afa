"""Release 36, names (issue 17): the sound model reads the characters whose first pypinyin reading is not the sound they
write in a transliteration as Xinhua's table writes them (`NAME_READINGS`): 加 ga, not the jia of 增加; 什 shi, not the
shen of 什么. Short pairs in the shape of WMT22 output (brisbanetimes `the Gabba` 加巴) and of common renderings."""

from transqa.lang.transliterate import (
    RenderingIndex,
    chinese_sound_alike,
    name_syllables,
    rendering_score,
    sound_score,
    syllables,
)


def test_jia_of_a_name_is_heard_as_ga() -> None:
    assert name_syllables("加巴") == ("ga", "ba")
    assert sound_score("Gabba", "加巴") >= 0.9  # was 0.5: jia heard as the j of Jack
    assert rendering_score("Gary", "加里") >= 0.9
    assert rendering_score("Canada", "加拿大") >= 0.9
    assert rendering_score("Garcia", "加西亚") >= 0.9
    assert RenderingIndex(["Gabba", "Brisbane", "Test"], 0.7).best("加巴") == "Gabba"


def test_a_final_shi_adds_no_n() -> None:
    assert sound_score("Bush", "布什") >= 0.9  # was 0.62: shen
    assert rendering_score("Ash", "阿什") >= 0.9


def test_other_sounds_are_not_heard_in_ga() -> None:
    assert sound_score("Sabba", "加巴") < 0.7
    assert sound_score("Shabba", "加巴") < 0.7
    assert sound_score("Gabba", "嘉巴") < 0.7  # 嘉 keeps its reading: only the table's characters are read anew


def test_a_j_that_machine_translation_writes_jia_is_still_heard() -> None:
    # archive garagefuse-launches-…: 丹尼尔·奥尔德加 for Daniel Oldja (the table writes ja 贾); the palatal reading keeps jia
    assert rendering_score("Oldja", "奥尔德加") >= 0.9
    assert sound_score("Jason", "加森") >= 0.9
    assert sound_score("Gabba", "加巴") == 1.0  # the plain reading ga stands beside it


def test_the_plain_readings_stay_for_everything_else() -> None:
    assert syllables("加什") == ("jia", "shen")  # the homophone checks read the dictionary's first reading
    assert chinese_sound_alike("加巴", "佳巴")  # jia-ba both, as before
