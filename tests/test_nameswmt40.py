"""Release 40 (nameswmt, issue 17): one name rendered two ways that a reader hears as one name though more characters
differ than `chinese_sound_alike` allows (加特肖尔 beside 加特索斯 for Gartshore; 莫赫伯 beside 穆赫贝尔 for Mokhber, both
forms only roughly heard). Shapes of the WMT outputs the labellers read; the sentences are written for these tests."""

from tests.helpers import findings

from transqa.lang.transliterate import heard_alike


def _tqa310(en: str | None, zh: str) -> list[tuple[str, str | None]]:
    return [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target is not None]


WORKS_EN = ("The Gartshore Works will close next spring, the owners said.\n\n"
            "About 200 people are employed at Gartshore today.\n\n"
            "Workers at Gartshore were told of the plan on Monday.\n")
WORKS_ZH = ("业主表示，加特索斯工厂将于明年春天关闭。\n\n"
            "目前约有200人受雇于加特索斯。\n\n"
            "加特肖尔的工人周一获悉了这一计划。\n")


def test_a_rendering_heard_like_the_usual_one_beyond_a_sound_alike_is_a_second_rendering() -> None:
    # jia-te-xiao-er against jia-te-suo-si: two characters of four changed, one initial, 0.55 alike in pinyin
    assert ("加特肖尔", "加特索斯") in _tqa310(WORKS_EN, WORKS_ZH)


def test_the_usual_rendering_throughout_is_not_reported() -> None:
    assert _tqa310(WORKS_EN, WORKS_ZH.replace("加特肖尔", "加特索斯")) == []


VP_EN = ("First Vice-President Mohammad Mokhber met the delegation in Tehran on Sunday.\n\n"
         "Mokhber added that trade between the two countries had doubled.\n")
VP_ZH = ("第一副总统穆罕默德·穆赫贝尔周日在德黑兰会见了代表团。\n\n"
         "莫赫伯补充说，两国之间的贸易翻了一番。\n")


def test_two_rough_renderings_heard_alike_once_each_are_one_name_written_two_ways() -> None:
    got = _tqa310(VP_EN, VP_ZH)
    assert len(got) == 1 and {got[0][0], got[0][1]} == {"莫赫伯", "穆赫贝尔"}


def test_heard_alike_needs_one_first_initial_and_close_pinyin() -> None:
    assert heard_alike("雷斯塔特", "莱斯特")  # lei-si-ta-te, lai-si-te (Lestat)
    assert not heard_alike("希尔兹", "基尔科")  # xi / ji: two people's names (Shields, Kilcoyne)
    assert not heard_alike("康", "坎耶")  # one character is a syllable of any word
    assert not heard_alike("加特肖尔", "加特肖尔")
    assert not heard_alike("Gartshore", "加特索斯")
