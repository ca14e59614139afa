"""Release 38 (names2, issue 17): name gaps read off real MT — a surname of one syllable rendered by its single
character (`Professor Lee` → 李教授), lower-case particles before a name (`von der Leyen` → 冯德莱恩, cut to 德莱恩),
brands CC-CEDICT writes with lower-case pinyin (易趣 for eBay), transliteration characters TRANSLIT lacks (芭)."""

import pytest
from tests.helpers import findings

pytest.importorskip("pypinyin")


def _codes(en: str | None, zh: str, code: str) -> list[tuple[str, str | None]]:
    return [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == code and f.target is not None]


def _needs_cedict() -> None:
    from transqa.lang.lexicon import cedict_path

    if cedict_path() is None:
        pytest.skip("CC-CEDICT is not installed")


def _block(text: str):  # noqa: ANN202 (a Block)
    from transqa.model import Block

    return Block(index=0, kind="paragraph", text=text, offsets=list(range(len(text) + 1)), file_start=0, file_end=len(text))


LEE_EN = ("A team led by Professor Lee Jung-wook has developed a fast test.\n\n"
          "According to Professor Lee, the test reads two genes.\n\n"
          "\"I hope this helps,\" said Professor Lee.\n\n"
          "Professor Lee said the test could be sold next year.\n")
LEE_ZH = ("由Lee Jung-wook教授领导的团队开发了一种快速检测方法。\n\n"
          "据李教授说，这种检测读取两个基因。\n\n"
          "“我希望这有帮助，”李教授说。\n\n"
          "李教授说，这种检测明年可能上市。\n")


def test_a_surname_rendered_by_its_one_character_is_the_name_written_in_chinese() -> None:
    _needs_cedict()
    assert any(t.startswith("Lee") and s == "李" for t, s in _codes(LEE_EN, LEE_ZH, "TQA310"))


def test_the_surname_written_one_way_throughout_is_not_reported() -> None:
    _needs_cedict()
    assert _codes(LEE_EN, LEE_ZH.replace("Lee Jung-wook教授", "李政旭教授"), "TQA310") == []


def test_a_surname_character_inside_a_word_is_not_the_name() -> None:
    _needs_cedict()
    from transqa.checks.transliteration.common import _surname_hits

    assert _surname_hits("Lee", [_block("他的行李教授没有检查。")]) == []
    assert [h.form for h in _surname_hits("Lee", [_block("据李教授说")])] == ["李"]


def test_surnames_list_the_spellings_cedict_gives() -> None:
    _needs_cedict()
    from transqa.lang.transliterate import surnames

    table = surnames()
    assert "kim" in table["金"] and "park" in table["朴"] and "li" in table["李"]


def test_a_brand_written_with_lower_case_pinyin_is_a_name() -> None:
    _needs_cedict()
    from transqa.lang.transliterate import (
        is_proper_noun,
        known_renderings,
        known_renderings_any_case,
        name_spelling,
    )

    assert "易趣" in known_renderings_any_case("Ebay") and name_spelling("ebay") == "eBay"
    assert "维珍" in known_renderings("Virgin")  # `Virgin (company)`
    assert not is_proper_noun("一月份")  # `January`: a common word with a capitalised gloss, no brand


def test_transliteration_characters_measured_from_cedict() -> None:
    from transqa.lang.transliterate import NAME_CHARS, TRANSLIT

    assert {"芭", "斐"} <= NAME_CHARS and "芭" not in TRANSLIT


LEYEN_EN = "This Tuesday, President von der Leyen met First Lady Olena Zelenska in Kyiv.\n"


def test_a_name_after_its_particles_lost_the_rendered_particle() -> None:
    _needs_cedict()
    assert ("德莱恩", "冯德莱恩") in _codes(LEYEN_EN, "本周二，德莱恩总统在基辅会见了第一夫人奥莱娜·泽伦斯卡。\n", "TQA311")


def test_a_name_with_its_particles_rendered_whole_is_not_cut() -> None:
    _needs_cedict()
    assert _codes(LEYEN_EN, "本周二，冯德莱恩主席在基辅会见了第一夫人奥莱娜·泽伦斯卡。\n", "TQA311") == []


def test_particles_before_the_name_are_read_from_the_original() -> None:
    from transqa.checks.transliteration.common import Occurrence, particle_of

    text = "He met FW de Klerk and Ursula von der Leyen."
    src = _block(text)
    assert particle_of(Occurrence("Klerk", src, text.index("Klerk"), [], "")) == "de"
    assert particle_of(Occurrence("Leyen", src, text.index("Leyen"), [], "")) == "von der"
    assert particle_of(Occurrence("Ursula", src, text.index("Ursula"), [], "")) == ""
