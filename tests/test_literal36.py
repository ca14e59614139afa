"""Release 36 (issue 17, name-literal on real MT): a name of several capitalised words that the translation keeps in
Latin script in one paragraph and translates word by word in another, or renders word by word in more than one way
(`transqa.checks.transliteration.kept_run`)."""

from __future__ import annotations

from tests.helpers import findings

# Shaped on a WMT22 e-commerce product page (a dog supplement sold under a two-word name)
_EN = ("Joint Aid for Dogs is a joint and muscle supplement for dogs.\n\n"
       "For elderly dogs, Joint Aid is recommended at the full level.\n\n"
       "Through the addition of nutraceuticals, Joint Aid provides support for all dogs.")


def _literal(en: str, zh: str) -> list[tuple[str, str | None]]:
    return [(f.target.text if f.target else "", f.suggestion) for f in findings(en, zh)
            if f.code == "TQA312" and "word by word here" in f.message]


def test_a_name_kept_once_and_translated_word_by_word_elsewhere_is_reported() -> None:
    zh = ("Joint Aid for Dogs是一种狗用关节和肌肉补充剂。\n\n"
          "对于老年犬，建议以完全水平喂食联合援助。\n\n"
          "通过添加保健品，联合救助为所有狗提供支持。")
    assert [t for t, _s in _literal(_EN, zh)] == ["联合援助", "联合救助"]


def test_a_name_rendered_word_by_word_two_ways_and_never_kept_is_reported() -> None:
    zh = ("关节援助是一种狗用关节和肌肉补充剂。\n\n"
          "对于老年犬，建议以完全水平喂食联合援助。\n\n"
          "通过添加保健品，联合援助为所有狗提供支持。")
    # 关节援助 renders `joint` in the sense the page itself uses (`a joint and muscle supplement`): not reported
    assert [t for t, _s in _literal(_EN, zh)] == ["联合援助", "联合援助"]


def test_one_rendering_throughout_a_brand_by_its_chinese_name_or_the_name_kept_is_not() -> None:
    one_way = ("联合援助是一种狗用关节和肌肉补充剂。\n\n对于老年犬，建议以完全水平喂食联合援助。\n\n"
               "通过添加保健品，联合援助为所有狗提供支持。")
    assert _literal(_EN, one_way) == []  # the translation's own choice, the same each time
    kept = ("Joint Aid for Dogs是一种狗用关节和肌肉补充剂。\n\n对于老年犬，建议以完全水平喂食Joint Aid。\n\n"
            "通过添加保健品，Joint Aid为所有狗提供支持。")
    assert _literal(_EN, kept) == []
    maps = ("I opened Google Maps on the phone.\n\nLater, I found that Google Maps had the shop.")
    assert _literal(maps, "我在手机上打开了Google Maps。\n\n后来我发现谷歌地图上有这家店。") == []  # 谷歌: Google's name
