"""TQA312 with the original: a name beside its kind's word rendered as a common word (`金丝雀群岛`), and a two-word
name half kept (`Sachin 飞行员`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from transqa.lang.transliterate import proper_names

needs_cedict = pytest.mark.skipif(proper_names() is None, reason="CC-CEDICT (the lexicon extra) is not installed")


def _literal(en: str, zh: str) -> list[tuple[str, str]]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA312",))).findings
    return [(f.code, f.target.text) for f in got if f.target is not None]


@needs_cedict
def test_a_name_before_its_kind_rendered_as_the_common_word() -> None:
    en = "Travellers returning from the Canary Islands must stay at home for two weeks.\n"
    assert _literal(en, "从金丝雀群岛返回的旅客必须在家隔离两周。\n") == [("TQA312", "金丝雀群岛")]
    assert _literal(en, "从加那利群岛返回的旅客必须在家隔离两周。\n") == []  # CC-CEDICT's name
    assert _literal(en, "从卡纳里群岛返回的旅客必须在家隔离两周。\n") == []  # rendered by its sound
    assert _literal(en, "从 Canary 群岛返回的旅客必须在家隔离两周。\n") == []  # kept in Latin script


@needs_cedict
def test_the_kind_before_the_name_and_a_gloss_after_it() -> None:
    en = "The old bridge crosses the River Tweed near the town.\n"
    # the Latin name in brackets after the rendering does not mend it
    assert _literal(en, "这座古桥在小镇附近横跨花呢河（River Tweed）。\n") == [("TQA312", "花呢河")]
    assert _literal(en, "这座古桥在小镇附近横跨特威德河。\n") == []


@needs_cedict
def test_a_kind_after_a_quoted_rendering_and_a_longer_name() -> None:
    en = "Officials said the Gold fire is 40% contained.\n"
    assert _literal(en, "官员表示，“黄金”山火已控制40%。\n") == [("TQA312", "黄金”山火")]
    # a longer name (Yellow Gold fire): the word is not the name alone
    assert _literal("Officials said the Yellow Gold fire is 40% contained.\n", "官员表示，“黄金”山火已控制40%。\n") == []


@needs_cedict
def test_a_two_word_name_half_kept_and_half_translated() -> None:
    en = "The minister told Sachin Pilot that the talks would go on.\n"
    assert _literal(en, "部长告诉 Sachin 飞行员，谈判将继续。\n") == [("TQA312", "Sachin 飞行员")]
    assert _literal(en, "部长告诉 Sachin Pilot，谈判将继续。\n") == []
    # a product of a brand CC-CEDICT renders by meaning (谷歌): named by its kind
    assert _literal("He opened Google Maps on his phone.\n", "他在手机上打开了 Google 地图。\n") == []
    # a street: the kind's word after the name is rendered by meaning
    assert _literal("The crash happened on Sierra Avenue last night.\n", "事故昨晚发生在 Sierra 大道。\n") == []


def test_the_patterns_are_compiled_once() -> None:
    from transqa.checks.transliteration import named_kind

    assert named_kind._half_pattern("Sachin", frozenset({"飞行员"})) is named_kind._half_pattern("Sachin", frozenset({"飞行员"}))
    assert named_kind._half_pattern("Sachin", frozenset({"飞行员"})).search("Sachin飞行员")


def _codes(en: str, zh: str, code: str) -> list[str]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=(code,))).findings
    return [f.source.text for f in got if f.code == code and f.source is not None]


@needs_cedict
def test_a_person_named_after_a_role_dropped_from_a_complete_paragraph() -> None:
    en = 'However, Labour MP Jon Trickett said: "It is a ridiculous demand and we will oppose it."\n'
    zh = "但是，英国工党国会议员表示：“这是一项无理的要求，我们将反对它。”\n"
    assert _codes(en, zh, "TQA321") == ["Jon Trickett"]
    assert _codes(en, zh.replace("议员", "议员乔恩·特里克特"), "TQA321") == []  # rendered by sound
    assert _codes(en, zh.replace("议员", "议员 Jon Trickett "), "TQA321") == []  # kept in Latin script
    assert _codes(en, "但是，议员表示。\n", "TQA321") == []  # a short paragraph: an omission rule's business
    # no role before the name: a product, a dog breed or an actor in brackets is left to TQA313
    en2 = 'However, Jon Trickett said: "It is a ridiculous demand and we will oppose it."\n'
    assert _codes(en2, zh, "TQA321") == []


def test_congress_of_indian_politics_rendered_as_the_parliament() -> None:
    en = ("Congress leader Rahul Gandhi attacked the BJP on Monday.\n\n"
          "The Congress is planning a protest on Friday.\n")
    zh = "国会领导人拉胡尔·甘地周一抨击了人民党。\n\n国会计划周五举行抗议。\n"
    assert _literal(en, zh) == [("TQA312", "国会"), ("TQA312", "国会")]
    assert _literal(en, zh.replace("国会", "国大党")) == []
    # no word of Indian politics in the article: the US Congress
    assert _literal(en.replace("Rahul Gandhi", "Nancy Pelosi").replace("the BJP", "the plan"), zh) == []
