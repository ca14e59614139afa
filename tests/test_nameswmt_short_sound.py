"""Release 41 (helper nameswmt): a rendering by sound, linked to its name, with fewer characters than the name has
spoken syllables (TQA311, with the original; `cut_sound.cut_sound`)."""

from __future__ import annotations

from tests.helpers import findings


def _short(en: str, zh: str) -> list[str | None]:
    return [f.target.text if f.target else None for f in findings(en, zh)
            if f.code == "TQA311" and "syllable is lost" in f.message]


_EN = "Shame on Audubon, which sold the land.\n"


def test_a_rendering_with_fewer_characters_than_syllables_is_reported() -> None:
    # 杜邦 hears -dubon at 0.95, but Audubon has three syllables (奥杜邦): the first one was lost
    assert _short(_EN, "杜邦真可耻，它卖掉了那块地。\n") == ["杜邦"]


def test_a_rendering_with_a_character_for_each_syllable_is_not_reported() -> None:
    assert _short(_EN, "奥杜邦真可耻，它卖掉了那块地。\n") == []


def test_a_surname_cut_in_a_list_of_names_is_reported() -> None:
    en = "The trials of Witness K and Bernard Collaery went on in secret.\n"
    assert _short(en, "对证人K和伯纳德·科拉的审判秘密进行。\n") == ["科拉"]
    assert _short(en, "对证人K和伯纳德·科拉里的审判秘密进行。\n") == []


def test_a_plural_demonym_rendered_by_its_country_is_not_reported() -> None:
    en = "According to Press TV, the Ministry announced on Saturday that 58 Iranians died from the disease.\n"
    assert _short(en, "据新闻电视台报道，卫生部周六宣布，有 58 名伊朗人死于这种疾病。\n") == []

