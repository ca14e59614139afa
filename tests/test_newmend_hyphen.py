"""Release 42 (brief r42/newmend), item 3: TQA326 reads an ASCII hyphen written for a transliterated name's `·`
(WMT22 Online-W newsweek.17333: `温迪-罗杰斯` for Wendy Rogers, `唐纳德-特朗普`), and leaves a hyphen the name has
(`拉宾乔-休斯` for Labinjo-Hughes, `博伊德·道格拉斯-戴维斯`), places joined by one and `中-美`."""

from __future__ import annotations

from tests.helpers import findings


def _hyphened(en: str | None, zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion) for f in findings(en, zh)
            if f.code == "TQA326" and "hyphen" in f.message]


def test_a_hyphen_between_the_parts_the_original_writes_as_two_words() -> None:
    en = "Arizona State Senator Wendy Rogers called New Zealand's prime minister a tyrant on Sunday.\n"
    zh = "亚利桑那州参议员温迪-罗杰斯周日称新西兰总理是暴君。\n"
    assert _hyphened(en, zh) == [("温迪-罗杰斯", "温迪·罗杰斯")]


def test_every_hyphen_of_one_name_in_one_finding_and_fix_writes_the_dots() -> None:
    en = "Libya's interim prime minister Abdul Hamid Dbeibah has registered to run.\n"
    zh = "利比亚临时总理阿卜杜勒-哈米德-德贝巴已登记参选。\n"
    fs = [f for f in findings(en, zh) if f.code == "TQA326"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in fs] == [("阿卜杜勒-哈米德-德贝巴", "阿卜杜勒·哈米德·德贝巴")]
    assert [(zh[r.start : r.end], r.text, r.certain) for r in fs[0].repairs] == [("-", "·", True)] * 2


def test_a_hyphen_the_original_has_stays() -> None:
    en = "Children like Arthur Labinjo-Hughes became invisible, said the chairman Boyd Douglas-Davies.\n"
    zh = "像亚瑟·拉宾乔-休斯这样的孩子变得隐形，主席博伊德·道格拉斯-戴维斯说。\n"
    assert _hyphened(en, zh) == []
    # the given name's hyphen is the `·`, the double surname's stays
    zh = "像丹尼尔-拉宾乔-休斯这样的孩子变得隐形。\n"
    assert _hyphened("Children like Daniel Labinjo-Hughes became invisible.\n", zh) == [("丹尼尔-拉宾乔", "丹尼尔·拉宾乔")]


def test_places_and_abbreviations_joined_by_a_hyphen_stay() -> None:
    en = "The move is only the latest twist in the Dallas-Washington rivalry, as China-US talks resume.\n"
    zh = "这一举动只是达拉斯-华盛顿竞争的最新转折，中-美会谈恢复，京-沪高铁 1-2 小时。\n"
    assert _hyphened(en, zh) == []
    assert _hyphened(None, zh) == []


def test_without_the_original_only_a_name_the_article_writes_with_its_dot() -> None:
    zh = "# 伊朗核协议\n\n根据被时任总统唐纳德-特朗普放弃的原始协议，伊朗扩大了计划。\n\n唐纳德·特朗普在 2018 年退出了协议。\n"
    assert _hyphened(None, zh) == [("唐纳德-特朗普", "唐纳德·特朗普")]
    # a double surname written alone (`桑切斯-戈麦斯`, Sanchez-Gomez) is no evidence without the original
    assert _hyphened(None, "# 融资\n\n桑切斯-戈麦斯说，他们发现这个过程很顺利。\n") == []
