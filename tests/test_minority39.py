"""Release 39, names written two ways without the original (issue 17): a rendering of a name the article keeps in
Latin script that the name forms missed (a run going on into a word, a character outside the transliteration set), and
the dotted pairs that are two people, a title's established form or a feminine majority form. Shapes of archive
articles (amazon-askville-…, quinturacom-…, fox-interactive-media-…, its-2012-already-…-jetsons-…, techcrunch-tv-launch,
buzzfeed-chairman-…-kerry-lauerman); the texts are written here."""

import pytest
from tests.helpers import findings

from transqa.checks.transliteration import dotted_pairs
from transqa.lang.transliterate import known_renderings
from transqa.load.text import parse_text


def _tqa310(zh: str) -> list[tuple[str, str | None]]:
    return [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target is not None]


def _need_dictionary() -> None:
    if not known_renderings("Firefox"):
        pytest.skip("no CC-CEDICT installed")


ASKVILLE = ("# 亚马逊推出 Askville 问答网站\n\n"
            "亚马逊今天推出了 Askville，一个新的问答服务。\n\n"
            "那么是什么让阿斯卡维尔与众不同呢？一些事情。\n\n"
            "Askville 的用户可以回答问题并获得积分。\n\n"
            "我们会继续关注 Askville 的发展。\n")


def test_a_rendering_inside_a_longer_run_is_weighed_against_the_latin_name() -> None:
    _need_dictionary()
    # 让阿斯卡维尔与: 让 and the name are one run of transliteration characters, never a name form of its own
    assert _tqa310(ASKVILLE) == [("阿斯卡维尔", "Askville")]


def test_not_a_common_word_heard_as_the_name_nor_a_name_kept_in_latin_twice() -> None:
    _need_dictionary()
    twice = ASKVILLE.replace("我们会继续关注 Askville 的发展。", "我们会继续关注它的发展。").replace("Askville 的用户", "它的用户")
    assert _tqa310(twice) == []  # Askville twice is no name kept in Latin EMBEDDED_LATIN times
    # 更多 (more) is no CC-CEDICT word but two common characters, not a rendering of `Conit`
    conit = ("Conit 是一个应用。\n\nConit 的用户很多。\n\n你在家的时候她比你在街上的时候更多。\n\nConit 很好。\n")
    assert _tqa310(conit) == []


LEVINSOHN = ("# 福克斯互动媒体将错过收入目标\n\n"
             "在彼得·莱文森的领导下，该部门正在重组。\n\n"
             "前任高管包括首席执行官罗斯·莱文索恩(现为 Velocity Interactive 的管理合伙人)。\n")


def test_two_people_whose_surnames_sound_alike_are_no_pair() -> None:
    _need_dictionary()
    assert _tqa310(LEVINSOHN) == []
    # the given names decide: the same one (or one sounding like it) before both surnames is one person
    blocks = parse_text("levinsohn.md", LEVINSOHN).blocks
    peter = [(b, b.text.index("莱文森"), b.text.index("莱文森") + 3) for b in blocks if "彼得·莱文森" in b.text]
    ross = [(b, b.text.index("莱文索恩"), b.text.index("莱文索恩") + 4) for b in blocks if "罗斯·莱文索恩" in b.text]
    assert dotted_pairs._given_names_differ(peter, ross)
    assert not dotted_pairs._given_names_differ(peter, peter)


def test_two_latin_names_heard_in_the_forms_are_two_people() -> None:
    _need_dictionary()
    zh = ("TechCrunch TV 的团队包括安德鲁·基恩(Andrew Keen)。\n\n"
          "Jon Orlin 担任制作总监(欢迎 Jon！)。乔恩加入了一个团队。\n")
    assert _tqa310(zh) == []


def test_a_form_of_a_works_title_is_not_brought_to_the_usual_one() -> None:
    _need_dictionary()
    zh = ("# 已经是 2012 年了，杰特森的飞行汽车在哪里？\n\n"
          "乔治·杰特森每天开着飞行汽车上班。\n\n"
          "《杰森一家》是美国广播公司在黄金时段播出的第一个彩色节目。\n\n"
          "乔治·杰特森的妻子简·杰特森也有一辆。\n")
    assert all(text != "杰森" for text, _s in _tqa310(zh))


def test_a_feminine_character_of_the_usual_form_leaves_the_pair() -> None:
    _need_dictionary()
    zh = ("# 前沙龙主编凯瑞·劳勒曼领导新网站\n\n"
          "凯丽·劳勒曼将担任主编。\n\n"
          "凯丽·劳勒曼说，他很兴奋。\n\n"
          "他说，凯丽·劳勒曼的团队很小。\n")
    assert all(text != "凯瑞" for text, _s in _tqa310(zh))
    # the other way round (the usual form has no feminine character), the odd 凯丽 is still reported
    swapped = zh.replace("凯瑞", "X").replace("凯丽", "凯瑞").replace("X", "凯丽")
    assert ("凯丽", "凯瑞") in _tqa310(swapped)


def test_one_surname_of_one_sound_is_reported_whoever_bears_it() -> None:
    _need_dictionary()
    # Brittany and Amanda Argyle: two people, but one surname, 阿尔吉勒 and 阿尔吉尔 (er, le) one sound written two ways
    zh = ("# Siri 的广告\n\n“今天就给阿曼达·阿尔吉勒打电话。”\n\n广告里有一个布列塔尼·阿尔吉尔和一个阿曼达。\n\n"
          "阿尔吉勒说，这很有趣。\n")
    assert ("阿尔吉尔", "阿尔吉勒") in _tqa310(zh)


def test_a_window_cut_out_of_a_longer_name_is_no_rendering() -> None:
    _need_dictionary()
    zh = ("联合创始人 Jake Sigal 告诉我们这笔交易。\n\nSigal 说，团队很小。\n\n两家公司一直在谈判。马斯卡雷纳斯表示，交易很快。\n\n"
          "Sigal 指出，这是一个新方向。\n")
    assert all(text != "斯卡雷" for text, _s in _tqa310(zh))


def test_an_embedded_form_written_more_often_than_the_latin_word_is_another_name() -> None:
    _need_dictionary()
    # 温斯 a person's name six times (温斯坦, Weinstein, in the archive) is no Chinese majority form of `Finish`, an app
    # written three times
    zh = "".join(f"温斯第{k}次说，这很好。\n\n" for k in range(6)) + \
        "我构思将成为 Finish 的概念。\n\n确保 Finish 在设备上正常运行。\n\n他把 Finish 的成功归功于团队。\n"
    assert all(text != "Finish" for text, _s in _tqa310(zh))
