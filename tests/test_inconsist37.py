"""Release 37, names written two ways (issue 17): an acronym of capitals and digits (`G7`, `MI6`) and the Chinese name
CC-CEDICT gives it (七国集团, 军情六处), weighed with the original too (its half read no acronym). Shapes of WMT22
rte.en.ie.26277 (the G7's statement on Russia, `G7` kept twice beside 七国集团 four times)."""

import pytest
from tests.helpers import findings

from transqa.lang.transliterate import acronym_renderings

EN = ("The Group of Seven has warned Russia of severe costs.\n\n"
      "The G7 delegates said they were united.\n\n"
      "The draft statement was confirmed by G7 sources.\n\n"
      "The G7 comprises Britain, France, Germany, Italy, Japan, Canada and the United States.\n\n"
      "\"We call on Russia to de-escalate,\" the G7 said in the draft.\n\n"
      "Putin dominates the G7\n")
ZH = ("根据声明草案，七国集团已经警告俄罗斯将付出严重代价。\n\n"
      "G7代表表示，他们团结一致。\n\n"
      "声明草案得到了G7消息人士的证实。\n\n"
      "七国集团由英国、法国、德国、意大利、日本、加拿大和美国组成。\n\n"
      "七国集团在草案中表示：“我们呼吁俄罗斯缓和局势。”\n\n"
      "普京主导七国集团\n")


def _tqa310(en: str | None, zh: str) -> list[tuple[str, str | None]]:
    return [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target is not None]


def test_the_dictionary_names_acronyms_of_capitals_and_digits() -> None:
    table = acronym_renderings()
    if not table:
        pytest.skip("no CC-CEDICT installed")
    assert "七国集团" in table["G7"] and table["MI6"] == ("军情六处",)
    assert "C9" not in table  # `C9 League`: a name of several words, not the acronym alone


def test_an_acronym_kept_against_its_rendering_twice_as_often_is_reported_with_the_original() -> None:
    if not acronym_renderings():
        pytest.skip("no CC-CEDICT installed")
    assert _tqa310(EN, ZH) == [("G7", "七国集团"), ("G7", "七国集团")]
    assert _tqa310(None, ZH) == [("G7", "七国集团"), ("G7", "七国集团")]


def test_not_as_often_nor_where_the_original_spells_the_name_out() -> None:
    if not acronym_renderings():
        pytest.skip("no CC-CEDICT installed")
    even = ZH.replace("普京主导七国集团", "普京主导G7")  # three places each way: no usual form
    assert _tqa310(EN, even) == []
    # with the original the dictionary's Chinese name is the established translation, never reported (once, where the
    # English writes `The Group of Seven`, against `G7` five times)
    spelt = ("根据声明草案，七国集团已经警告俄罗斯将付出严重代价。\n\nG7代表表示，他们团结一致。\n\n声明草案得到了G7消息人士的证实。\n\n"
             "G7由英国、法国、德国、意大利、日本、加拿大和美国组成。\n\nG7在草案中表示：“我们呼吁俄罗斯缓和局势。”\n\n普京主导G7\n")
    assert _tqa310(EN, spelt) == []
    assert _tqa310(None, spelt) == [("七国集团", "G7")]  # without the original, the one Chinese place is the odd one


# WMT22 brisbanetimes.com.au.47160 (Online-G): the stadium kept in Latin script three times, rendered by sound twice after
GABBA_EN = ("The Gabba will host the first Test.\n\nThe Gabba is the only major stadium with that problem.\n\n"
            "Fans at the Gabba were told to wear masks.\n\nThe Gabba has hosted Tests since 1931.\n\n"
            "Officials said the Gabba was ready.\n")
GABBA_ZH = ("Gabba 将举办第一场测试赛。\n\nGabba 是唯一存在这个问题的主要体育场。\n\n加巴的球迷被告知要戴口罩。\n\n"
            "自1931年以来，加巴一直举办测试赛。\n\n官员们说 Gabba 已经准备好了。\n")


def test_two_renderings_by_sound_after_the_latin_form_kept_three_times_are_reported() -> None:
    assert _tqa310(GABBA_EN, GABBA_ZH) == [("加巴", "Gabba"), ("加巴", "Gabba")]


def test_not_against_the_latin_form_kept_twice_nor_a_rendering_first() -> None:
    twice = GABBA_ZH.replace("官员们说 Gabba 已经准备好了。", "官员们说它已经准备好了。")
    assert _tqa310(GABBA_EN, twice) == []
    first = GABBA_ZH.replace("Gabba 将举办", "加巴将举办").replace("加巴的球迷", "Gabba 的球迷")
    assert ("加巴", "Gabba") not in _tqa310(GABBA_EN, first)  # the translation introduces the name in Chinese


def test_a_mixed_case_name_kept_against_the_dictionary_name_twice_as_often_with_the_original() -> None:
    if not acronym_renderings():
        pytest.skip("no CC-CEDICT installed")
    en = ("PayPal said it would act.\n\nPayPal added that it knew.\n\nThe PayPal team left the city on Monday.\n\n"
          "PayPal met on Monday.\n")
    zh = "贝宝说它会采取行动。\n\n贝宝补充说它知道。\n\nPayPal团队周一离开了这座城市。\n\n贝宝周一开会。\n"
    assert _tqa310(en, zh) == [("PayPal", "贝宝")]
    # the other way round, the dictionary's name once beside the name kept three times: reported with or without the
    # original (release 41: with it too, 2 labelled name-inconsistent rows found on the wmt-mt development splits, none false)
    flipped = "PayPal说它会采取行动。\n\nPayPal补充说它知道。\n\n贝宝团队周一离开了这座城市。\n\nPayPal周一开会。\n"
    assert _tqa310(en, flipped) == [("贝宝", "PayPal")]
    assert _tqa310(None, flipped) == [("贝宝", "PayPal")]
