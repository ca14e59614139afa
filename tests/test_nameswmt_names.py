"""Release 42, helper nameswmt: names in real machine translation with the original (issue 17)."""

from __future__ import annotations

from tests.helpers import fails, findings, needs_lexicon, passes


def _messages(code: str, en: str, zh: str) -> list[str]:
    return [f.message for f in findings(en, zh) if f.code == code]


@needs_lexicon
def test_a_word_of_the_sentence_heard_as_the_kept_name_is_no_rendering_of_it() -> None:
    # `match` → 比赛 sounds like Bash (0.95): the translation of another word, not the name rendered beside its Latin form
    en = ("The Gabba's light towers - one of which went down during a Big Bash League match in 2019 - need power.\n\n"
          "Fox said the Big Bash broadcasts were at risk.\n")
    zh = "Gabba的灯塔-其中一个在2019的大型Bash联赛比赛中倒下了-需要电力。\n\n福克斯说Big Bash的转播面临风险。\n"
    assert not [m for m in _messages("TQA310", en, zh) if "Bash" in m]


@needs_lexicon
def test_a_rendering_by_sound_beside_the_kept_name_is_still_reported() -> None:
    en = ("Aubameyang had the ball, and Aubameyang was one goal off the Golden Boot.\n\n"
          "Aubameyang could have scored again.\n")
    zh = "Aubameyang 控球，奥巴梅扬离金靴奖仅一球之隔。\n\nAubameyang 本可以再次得分。\n"
    assert any("Aubameyang" in m for m in _messages("TQA310", en, zh))


def test_a_long_name_three_letters_off_that_keeps_its_start_is_misspelt() -> None:
    f = fails("TQA306", "Oriflame Optimals Day Cream for normal skin\n", "Orifire Optimals日霜，适合中性皮肤\n")
    assert f.suggestion == "Oriflame"


def test_a_name_three_letters_off_beside_its_other_part_spelt_right_is_misspelt() -> None:
    f = fails("TQA306", "The Hydra Radiance Day Cream hydrates.\n", "Hydra Remance 日霜可以保湿。\n")
    assert f.suggestion == "Radiance"


def test_three_letters_off_with_another_start_and_alone_is_no_misspelling() -> None:
    # Gamefan for GamePro: three letters off, too short, and Gamefan is another magazine
    passes("TQA306", "He wrote for GamePro for years.\n", "他为 Gamefan 写了多年稿。\n")
    # eight letters, three off, another start, no part of its run beside it: another word
    passes("TQA306", "Kilcoyne was sent off.\n", "Kilburne 被罚下。\n")


@needs_lexicon
def test_a_full_name_run_together_beside_another_is_undotted_without_a_title() -> None:
    en = ("The rivalry got juiced up when Cowboys head coach Mike McCarthy predicted a win, prompting fireworks "
          "with Washington's Ron Rivera and players.\n")
    zh = "当牛仔队主教练迈克麦卡锡预测他的球队获胜时，竞争更加激烈，促使华盛顿的罗恩里维拉和球员们争论。\n"
    got = _messages("TQA324", en, zh)
    assert any("迈克麦卡锡" in m for m in got)
    assert any("罗恩里维拉" in m for m in got)


@needs_lexicon
def test_an_untitled_run_alone_is_left_as_before() -> None:
    # no name of the paragraph is run together: an untitled run is not read as a full name
    en = "Prompting fireworks with Washington's Ron Rivera and players.\n"
    zh = "促使华盛顿的罗恩里维拉和球员们争论。\n"
    passes("TQA324", en, zh)


def test_spelt_out_reads_the_initials_of_capitalised_runs() -> None:
    from transqa.checks.transliteration.acronym_spelt import spelt_out

    got = spelt_out("Protests against the Citizenship (Amendment) Act went on. The Bureau of Land Management said.")
    assert "Citizenship Amendment Act" in got["CAA"]
    assert "Bureau Land Management" in got["BLM"]


def test_spelt_out_skips_the_small_words_cc_cedicts_acronyms_skip() -> None:
    # one list (lang.english.ACRONYM_SKIP) for spells_acronym and spelt_out's runs; the runs had no `to` and `at`
    from transqa.checks.transliteration.acronym_spelt import spelt_out
    from transqa.lang.transliterate import spells_acronym

    assert spells_acronym("CSV", "Coalition to Stop Violence")
    assert spelt_out("The Coalition to Stop Violence met. Staff at Head Office said so.")["CSV"] == {"Coalition Stop Violence"}


_CAA_EN = ("Five agitators were killed during the anti-CAA stir two years ago.\n\n"
           "They resolved to intensify the stir against the Citizenship (Amendment) Act.\n\n"
           '"We won\'t accept the CAA, that is for sure," he said.\n')


@needs_lexicon
def test_an_acronym_the_article_spells_out_rendered_as_another_body_is_reported() -> None:
    zh = ("两年前，五名煽动者在反《公民身份修正法》的骚乱中丧生。\n\n"
          "他们决心加强反对《公民身份修正法》的运动。\n\n"
          "他说：“我们不会接受民航局，这是肯定的。”\n")
    got = [f for f in findings(_CAA_EN, zh) if f.code == "TQA330"]
    assert [f.target.text for f in got if f.target] == ["他说：“我们不会接受民航局，这是肯定的。”"]
    assert "Citizenship Amendment Act" in got[0].message


@needs_lexicon
def test_an_acronym_kept_or_rendered_by_its_name_is_left_alone() -> None:
    zh = ("两年前，五名煽动者在反CAA的骚乱中丧生。\n\n"
          "他们决心加强反对《公民身份修正法》的运动。\n\n"
          "他说：“我们不会接受《公民身份修正法》，这是肯定的。”\n")
    passes("TQA330", _CAA_EN, zh)


@needs_lexicon
def test_an_acronym_the_article_never_spells_out_is_left_alone() -> None:
    # DRS is never spelt out: what it stands for is not the original's to say
    passes("TQA330", "The failure caused the loss of DRS for 30 minutes.\n", "故障导致分布式调度系统中断了30分钟。\n")
