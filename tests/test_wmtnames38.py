"""Release 38 (wmtnames, issue 17): names written two ways in real MT, decided with the original. Shapes of the WMT
outputs read by the labellers (a queen's name rendered 艾尔文 and once 埃尔温; `Scholz和Morawiecki` kept in Latin in one
sentence of a translation that renders both in Chinese elsewhere)."""

from tests.helpers import findings


def _tqa310(en: str | None, zh: str) -> list[tuple[str, str | None]]:
    return [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target is not None]


QUEEN_EN = ("\"Please!\" Queen Eirwen begged. \"Do not send her away!\"\n\n"
            "\"Eirwen, your only choice is to kill her,\" the King said.\n\n"
            "Eirwen held the child tightly in her arms.\n\n"
            "The advisor and Queen Eirwen both looked horrified.\n\n"
            "Eirwen was tied to the stake.\n")
QUEEN_ZH = ("“求求你！”艾尔文王后恳求道，“不要把她送走！”\n\n"
            "“艾尔文，你唯一的选择就是杀死她，”国王说。\n\n"
            "艾尔文紧紧抱着孩子。\n\n"
            "顾问和埃尔温王后都露出了惊恐的表情。\n\n"
            "艾尔文被绑在木柱上。\n")


def test_a_rendering_that_reads_as_the_usual_one_syllable_by_syllable_is_a_second_rendering() -> None:
    # ai-er-wen both: two characters of three changed, more than a sound-alike of one or two characters allows
    assert ("埃尔温", "艾尔文") in _tqa310(QUEEN_EN, QUEEN_ZH)


def test_the_same_form_throughout_is_not_reported() -> None:
    assert _tqa310(QUEEN_EN, QUEEN_ZH.replace("埃尔温", "艾尔文")) == []


TALKS_EN = ("Germany's new chancellor, Olaf Scholz, came to Warsaw for talks with Prime Minister Mateusz Morawiecki.\n\n"
            "He was greeted by Morawiecki, with military honors, in front of the premier's office.\n\n"
            "It was one of Scholz's early visits after he was sworn in on Wednesday.\n\n"
            "Scholz and Morawiecki are also to discuss complex bilateral relations under Germany's new government.\n\n"
            "Scholz said Germany wants good relations with Poland.\n")
TALKS_ZH = ("德国新任总理奥拉夫·肖尔茨来到华沙，与波兰总理马特乌什·莫拉维茨基举行会谈。\n\n"
            "在总理办公室前，莫拉维茨基以军礼欢迎他。\n\n"
            "这是肖尔茨周三宣誓就职后的早期访问之一。\n\n"
            "Scholz和Morawiecki还将讨论德国新政府下复杂的双边关系。\n\n"
            "肖尔茨说，德国希望与波兰保持良好关系。\n")


def test_a_sentence_of_latin_names_each_rendered_more_often_elsewhere_is_a_slip() -> None:
    got = _tqa310(TALKS_EN, TALKS_ZH)
    assert ("Scholz", "肖尔茨") in got and ("Morawiecki", "莫拉维茨基") in got


def test_a_sentence_of_latin_names_the_translation_keeps_elsewhere_too_is_its_choice() -> None:
    # Scholz kept in Latin script in as many paragraphs as rendered: the sentence writes its names in Latin by choice
    kept = TALKS_ZH.replace("这是肖尔茨周三", "这是Scholz周三").replace("肖尔茨说", "Scholz说")
    assert ("Morawiecki", "莫拉维茨基") not in _tqa310(TALKS_EN, kept)


WEB_EN = ("I'd hate to base my business on tech from Google; on the other hand Google has real incentives.\n\n"
          "(And also: The Web is now largely a Google thing, unfortunately)\n\n"
          "Also please refrain from telling me that Google apps suck on iOS.\n")
WEB_ZH = ("我不喜欢把我的业务建立在谷歌的技术上，但另一方面，谷歌确实有动力。\n\n"
          "（另外：遗憾的是，网络现在很大程度上都是 Google 的产品）\n\n"
          "也请不要告诉我谷歌应用程序在 iOS 上很糟糕。\n")


def test_a_name_kept_in_a_bracketed_clause_of_the_original_is_kept_not_glossed() -> None:
    assert ("Google", "谷歌") in _tqa310(WEB_EN, WEB_ZH)


def test_a_name_glossed_in_brackets_after_its_rendering_is_no_latin_form() -> None:
    glossed = WEB_ZH.replace("（另外：遗憾的是，网络现在很大程度上都是 Google 的产品）", "（另外：遗憾的是，网络现在很大程度上都是谷歌（Google）的产品）")
    assert [t for t, _s in _tqa310(WEB_EN, glossed) if t == "Google"] == []


def test_one_bracket_test_for_every_name_rule() -> None:
    # the four rules that ask whether a name stands in brackets (_latin_span, _kept_in_latin, _sound_rendering_beside,
    # read_as_word's _kept) ask _gloss_bracket: a gloss right after its bracket, not a bracketed clause of Han text
    from transqa.checks.transliteration import common, read_as_word, with_original

    line = WEB_ZH.splitlines()[2]
    assert not common._gloss_bracket(line, line.index("Google"))
    glossed = "网络现在很大程度上都是谷歌（Google）的产品"
    assert common._gloss_bracket(glossed, glossed.index("Google"))
    assert with_original._gloss_bracket is read_as_word._gloss_bracket is common._gloss_bracket
    assert not hasattr(common, "_open_bracket_before")
