"""TQA310 without the original, word by word (kept_by_meaning), release 42: a name kept in Latin script as often as
its rendering by meaning (a tie, a name kept once), investors' names, a dictionary transliteration as the sound half of
a mixed rendering; and what stays unreported (Google China's own product names, a rendering written more often than the
Latin name, a name rendered by sound alone, characters cut out of a word)."""

from __future__ import annotations

from transqa.checks.transliteration.kept_by_meaning import (
    _mixed_words,
    kept_by_meaning,
    mixed_places,
)
from transqa.context import Context
from transqa.load.markdown import parse_markdown


def _reported(zh: str) -> list[tuple[str, str | None]]:
    """The word-by-word reading's own findings (TQA316 may report a place first in the whole pipeline)."""
    ctx = Context(None, parse_markdown("a.zh.md", zh), [])
    return [(f.target.text, f.suggestion) for f in kept_by_meaning(ctx, set()) if f.target is not None]


def test_a_name_kept_once_and_rendered_word_by_word_once_is_reported() -> None:
    zh = ("# 环球音乐与导管实验室达成协议\n\n"
          "环球音乐集团今天与游戏开发商 Conduit Labs 签署了一项协议。\n\n"
          "这家初创公司的第一款游戏将于明年推出。\n")
    assert ("导管实验室", "Conduit Labs") in _reported(zh)


def test_a_tie_of_several_places_reports_the_rendering() -> None:
    zh = ("# 云主机服务 Digital Ocean 完成融资\n\n"
          "数字海洋今天宣布完成新一轮融资。\n\n"
          "开发者说 Digital Ocean 的用户数量增长很快，数字海洋的服务器遍布三个城市。\n")
    got = _reported(zh)
    assert got.count(("数字海洋", "Digital Ocean")) == 2


def test_a_rendering_written_more_often_than_the_latin_name_is_left_alone() -> None:
    zh = ("# 数字海洋完成融资\n\n"
          "数字海洋今天宣布完成新一轮融资。\n\n"
          "开发者说 Digital Ocean 的用户数量增长很快，数字海洋的服务器遍布三个城市。\n")
    assert not [g for g in _reported(zh) if g[0] == "数字海洋"]


def test_an_investors_name_rendered_word_by_word_is_reported() -> None:
    zh = ("# 存储公司融资\n\n"
          "本轮融资由 Highland Capital Partners 领投。\n\n"
          "高地资本合伙人的普通合伙人表示，他们看好这家公司。\n")
    assert ("高地资本合伙人", "Highland Capital Partners") in _reported(zh)


def test_google_chinas_own_product_names_are_established() -> None:
    zh = ("# 应用商店规则\n\n"
          "开发者可以在应用里嵌入 Google Maps 的服务。\n\n"
          "但谷歌地图的条款并不允许这样做。\n")
    assert not [g for g in _reported(zh) if g[0] == "谷歌地图"]


def test_google_readers_name_by_meaning_beside_its_latin_name_is_two_forms() -> None:
    # Reader's 谷歌阅读器 is exempt for TQA323 only (established.PRODUCTS), not in BY_MEANING: a reader who had not seen
    # the rules judged the archive's 2 TQA310 findings on it real defects (release 44)
    zh = ("# 谷歌关闭阅读服务\n\n"
          "周五，谷歌阅读器官方账户发布了消息。\n\n"
          "尽管我期望转移到 Google Reader，但现在不那么重要了。\n")
    assert [g for g in _reported(zh) if g[0] == "谷歌阅读器"]


def test_a_dictionary_transliteration_is_the_sound_half_of_a_mixed_rendering() -> None:
    words = _mixed_words("Blumberg Capital")
    assert words is not None
    assert mixed_places("领投方为布隆伯格资本和其他投资者", words) == [(4, 10)]


def test_a_name_rendered_by_sound_alone_is_no_rendering_by_meaning() -> None:
    words = _mixed_words("Michael Serbinis")
    assert words is not None
    assert mixed_places("首席执行官迈克尔塞尔比尼斯表示", words) == []


def test_characters_cut_out_of_a_word_are_not_heard_as_a_name() -> None:
    words = _mixed_words("Agent Services")
    assert words is not None
    assert mixed_places("增加更多服务可以增加收入", words) == []
