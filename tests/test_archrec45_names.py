"""Release 45, archive (issue 19), helper archrec: three wrong shapes of TQA304 found by reading their unlabelled findings on the
archive splits."""

from __future__ import annotations

from tests.helpers import findings

_WB = "https://web.archive.org/web/20230404104556/"


def _codes(zh: str, code: str) -> list[str | None]:
    return [f.target.text if f.target else None for f in findings(None, zh) if f.code == code]


def test_a_unit_written_in_capitals_in_a_list_is_told_the_units_spelling() -> None:
    # archive, archos-q9-tablet…: `GHZ` ×5 in its specification list beside `1 GHz` ×2 was told to write GHz as GHZ
    zh = ("# 平板\n\n它的处理器为 1 GHz，另一款为 1.2 GHz。\n\n* 处理器 1 GHZ\n* 处理器 1.5 GHZ\n* 处理器 2 GHZ\n"
          "* 处理器 3 GHZ\n* 处理器 4 GHZ\n")
    got = [f for f in findings(None, zh) if f.code == "TQA304"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in got] == [("GHZ", "GHz")]


def test_a_name_in_a_linked_headline_written_in_capitals_is_no_case_variant() -> None:
    # archive, get-a-wii-for-50-possibly-free: `[GAMEFLY 招数:如何用 50 美元得到一台 WII](…)` beside Wii ×6, Gamefly ×3
    zh = ("# 花 50 美元买一台 Wii\n\n任天堂 Wii 很好。Wii 很贵。Wii 的游戏也多，Gamefly 也租。\n\n"
          f"Wii 的销量很大。[GAMEFLY 招数:如何用 50 美元得到一台 WII]({_WB}http://a.com/x)\n")
    assert _codes(zh, "TQA304") == []


def test_acronyms_in_a_linked_headline_in_capitals_are_a_spelling_unless_another_word_is_mixed_case() -> None:
    # review of release 45 (/tmp/review/c1.zh.md): NASA in `[NASA 与 ESA 的联合任务](…)` was left out, `Nasa` ×2 won
    zh = ("# 航天新闻\n\nNasa 今天发布了新的火星照片。Nasa 表示这是历史性的一刻。\n\nNASA 的科学家称，该任务还会继续。\n\n"
          "相关阅读：[NASA 与 ESA 的联合任务](https://example.com/a)。\n")
    got = [f for f in findings(None, zh) if f.code == "TQA304"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in got] == [("Nasa", "NASA")]
    # GAMEFLY beside Gamefly, WII beside Wii: the headline's capitals, not a spelling
    zh = ("# 花 50 美元买一台 Wii\n\nGamefly 很好。Gamefly 很贵。\n\n"
          f"Wii 的销量很大。[GAMEFLY 招数:如何用 50 美元得到一台 WII]({_WB}http://a.com/x)\n")
    assert _codes(zh, "TQA304") == []


def test_a_messenger_handle_is_no_use_of_the_name() -> None:
    # archive, top-ten-things-you-can-do-to-get-blogged: `GoogleTalk:techcrunch，Skype:marrington`
    zh = ("# 十件事\n\nTechCrunch 是一个博客。\n\n联系方式(GoogleTalk:techcrunch，Skype:marrington)\n")
    assert _codes(zh, "TQA304") == []


def test_a_messenger_handle_after_a_service_name_of_two_words_is_no_use_of_the_name() -> None:
    # review of release 45 (/tmp/review/h1.zh.md): `Google Talk: techcrunch` is 13 characters back, the lookback was 12
    zh = ("# 十件事\n\nTechCrunch 是一个博客。TechCrunch 很好。\n\n联系方式(Google Talk: techcrunch，Skype: marrington)\n")
    assert _codes(zh, "TQA304") == []


def test_a_unit_written_two_wrong_ways_is_told_the_units_spelling() -> None:
    # review of release 45 (/tmp/review/g1.zh.md): `Ghz` ×2 beside `GHZ` ×3 was told GHZ, neither being the unit's
    zh = "# 平板\n\n它的处理器为 1 Ghz，另一款为 1.2 Ghz。\n\n* 处理器 1 GHZ\n* 处理器 1.5 GHZ\n* 处理器 2 GHZ\n"
    got = [f for f in findings(None, zh) if f.code == "TQA304"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in got] == [("Ghz", "GHz")]
