"""Release twenty-two: a name transliterated once in an article that keeps names in Latin script (TQA310).

An article whose translation keeps three names or more of the source in Latin script wherever it writes them, and
transliterates few by sound alone, has Latin script for its convention: a name it keeps in Latin script in one
paragraph and transliterates in another single paragraph is written two ways, the transliteration the odd one
(heldout14 `Qureshi` then 库雷希, heldout16 `Skyler` then 斯凯勒, heldout7 `Banksy` then 班克斯)."""

from __future__ import annotations

from tests.helpers import fails, passes

EN = ("Foreign minister Shah Mahmood Qureshi met Volkan Bozkir in Islamabad.\n\n"
      "Officials said Bozkir and Lindqvist discussed the visit with Haverford.\n\n"
      "A day earlier, a jubilant Qureshi had announced the visit, Haverford said.\n")
KEPT = ("外交部长 Shah Mahmood Qureshi 在伊斯兰堡会见了 Volkan Bozkir。\n\n"
        "官员们说，Bozkir 与 Lindqvist 和 Haverford 讨论了这次访问。\n\n")


def test_a_name_transliterated_once_where_the_article_keeps_names_in_latin_script() -> None:
    f = fails("TQA310", EN, KEPT + "Haverford 说，一天前，兴高采烈的库雷希宣布了这次访问。\n")
    assert f.target is not None and f.target.text == "库雷希"
    assert f.suggestion == "Qureshi"


def test_the_name_kept_in_latin_script_throughout_is_consistent() -> None:
    passes("TQA310", EN, KEPT + "Haverford 说，一天前，兴高采烈的 Qureshi 宣布了这次访问。\n")


def test_an_article_that_transliterates_its_names_has_no_latin_convention() -> None:
    # the others transliterated: no Latin convention makes 库雷希 the odd form against `Qureshi`; release 48 (names)
    # reports the one place each way as one name written two ways (a name half in Latin script, 沙阿·马哈茂德·Qureshi,
    # then 库雷希), as the labelled wmt-mt rows of that shape have it; in an article that writes names in Chinese the
    # Latin place is the odd form, the rendering its repair (review of release 48)
    zh = ("外交部长沙阿·马哈茂德·Qureshi 在伊斯兰堡会见了沃尔坎·博兹克尔。\n\n"
          "官员们说，博兹克尔与林德奎斯特和哈弗福德讨论了这次访问。\n\n"
          "哈弗福德说，一天前，兴高采烈的库雷希宣布了这次访问。\n")
    f = fails("TQA310", EN, zh)
    assert f.target is not None and f.target.text == "Qureshi" and f.suggestion == "库雷希"


def test_a_latin_form_first_in_a_longer_name_or_listed_with_another_is_not_weighed() -> None:
    # WMT22 reference A: `Fox Cricket` the broadcaster and `Fox 和 Seven` kept in Latin script, then 福克斯 once: the
    # first word of a longer name may name another thing, and a list of Latin names is the sentence's own choice
    en = ("The broadcaster Fox Cricket hired Lindqvist, Haverford and Bozkir.\n\n"
          "Lindqvist, Haverford and Bozkir said the crew was small.\n\n"
          "NEP provides trucks to Fox and Seven.\n\n"
          "Fox warned Cricket Australia for months.\n")
    zh = ("转播机构 Fox Cricket 聘请了 Lindqvist、Haverford 和 Bozkir。\n\n"
          "Lindqvist、Haverford 和 Bozkir 表示工作人员很少。\n\n"
          "NEP 向 Fox 和 Seven 提供转播车。\n\n"
          "几个月来，福克斯一直警告澳大利亚板球协会。\n")
    passes("TQA310", en, zh)
    # the same name kept alone in a sentence of its own is weighed
    f = fails("TQA310", en, zh.replace("NEP 向 Fox 和 Seven 提供转播车。", "Fox 说，NEP 提供了转播车。"))
    assert f.target is not None and f.target.text == "福克斯"


def test_twice_in_latin_script_once_transliterated_is_reported() -> None:
    # the release-twenty-one leftover: `Okafor` twice in Latin script and 奥卡福 once (the pair rule needs three to one)
    en = ("Chidi Okafor won the race on Sunday, ahead of the favourite from Oslo.\n\n"
          "Afterwards Okafor said the course was hard and the weather worse.\n\n"
          "In the evening Okafor thanked his coach, Lindqvist, and his physio, Haverford.\n\n"
          "Both said they had never seen a runner like him, and Bozkir agreed.\n")
    zh = ("Chidi Okafor 周日赢得了比赛，领先来自奥斯陆的夺冠热门。\n\n"
          "赛后，Okafor 说赛道很难，天气更糟。\n\n"
          "晚上，奥卡福感谢了他的教练 Lindqvist 和理疗师 Haverford。\n\n"
          "两人都说从未见过这样的跑者，Bozkir 也表示同意。\n")
    f = fails("TQA310", en, zh)
    assert f.target is not None and f.target.text == "奥卡福" and f.suggestion == "Okafor"
    # rendered in two paragraphs, the name is written two ways throughout: the counts decide, and since release 27
    # the person kept whole in Latin script (`Chidi Okafor`, introduced in full by the source) counts as the name kept:
    # one Latin place against two renderings, the Latin minority is reported (real MT, WMT22: `Alfie Barbeary` once
    # beside 巴比里 twice, `Al Zeyoudi` once beside 泽尤迪 twice, both labelled by their readers)
    f = fails("TQA310", en, zh.replace("赛后，Okafor", "赛后，奥卡福"))
    assert f.target is not None and (f.target.text, f.suggestion, f.target.line) == ("Okafor", "奥卡福", 1)


def test_a_name_kept_in_latin_script_counts_for_the_convention_even_where_it_is_also_rendered() -> None:
    # heldout17's review: three names, each kept in Latin script somewhere; `Comcast` rendered 康卡斯特 once
    en = ("Comcast came out and ran a new line to the house.\n\n"
          "The Arris support staff were great but could not solve the problem.\n\n"
          "I bought a Netgear router and it is fantastic.\n\n"
          "Other people have had problems with the Arris router connected to Comcast.\n\n"
          "If you have Comcast internet, get the Netgear instead.\n")
    zh = ("Comcast 的人来了，给房子布了一条新线。\n\n"
          "Arris 的客服很棒，但无法解决问题。\n\n"
          "我买了一台 Netgear 路由器，太棒了。\n\n"
          "其他人在使用 Arris 路由器连接康卡斯特时遇到了问题。\n\n"
          "如果你用的是 Comcast 的网络，还是买 Netgear 吧。\n")
    f = fails("TQA310", en, zh)
    assert f.target is not None and f.target.text == "康卡斯特" and f.suggestion == "Comcast"
