"""Release 37: a rendering by sound that covers only a start or an end of its source name (TQA311, with the original)."""

from __future__ import annotations

from tests.helpers import findings

from transqa.checks.transliteration.cut_sound import _spoken_syllables


def _cuts(en: str, zh: str) -> list[str | None]:
    return [f.target.text if f.target else None for f in findings(en, zh) if f.code == "TQA311"]


_EN = "The deal was announced in person by Greek Prime Minister Kyriakos Mitsotakis on Monday.\n"


def test_a_rendering_without_the_names_last_syllable_is_reported() -> None:
    # 米索塔 hears Mitsota (0.75) far better than Mitsotakis (0.55): 基斯 (kis) was lost
    assert _cuts(_EN, "该协议由希腊总理基里亚科斯·米索塔周一亲自宣布。\n") == ["米索塔"]


def test_the_whole_rendering_is_not_reported() -> None:
    for zh in ("该协议由希腊总理基里亚科斯·米索塔基斯周一亲自宣布。\n", "该协议由希腊总理基里亚科斯·米佐塔基斯周一亲自宣布。\n"):
        assert _cuts(_EN, zh) == []


def test_a_rendering_whose_first_characters_the_name_test_leaves_out_is_whole() -> None:
    en = "It follows Marian Brook (Louisa Jacobson, pictured left) in New York.\n"
    assert _cuts(en, "故事讲述了玛丽安·布鲁克（路易莎·雅各布森，上图左）在纽约的生活。\n") == []


def test_a_peoples_adjective_rendered_by_its_place_is_not_reported() -> None:
    en = "The Libyan authorities said the Russian mercenaries had left.\n"
    assert _cuts(en, "利比亚当局表示，俄罗斯雇佣兵已经离开。\n") == []


def test_a_silent_final_e_is_no_syllable() -> None:
    assert _spoken_syllables("Eugene") == 2
    assert _spoken_syllables("Mitsotakis") == 4


def test_an_adjective_in_i_rendered_by_its_country_is_not_reported() -> None:
    en = "The Pakistani officials met the Israeli delegation.\n"
    assert _cuts(en, "巴基斯坦官员会见了以色列代表团。\n") == []
