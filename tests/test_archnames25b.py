"""Release twenty-five, second archive-names brief: a Latin name and the dictionary's Chinese name for it, written as
often or the Latin more often (issues 17, 19).

Each case is written after a real archive article of `techcrunch-zh` (named in its test)."""

from __future__ import annotations

from tests.helpers import findings


def _tqa310(zh: str) -> list[tuple[str, str | None]]:
    return [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target is not None]


def test_the_dictionary_rendering_of_an_even_split_is_reported() -> None:
    # microsoft-updates-its-outlook-com-android-app-…md (archive dev2): `Android` three times, 安卓 three times; the
    # reader marks the three 安卓
    zh = ("# 微软更新了 Outlook.com 安卓应用程序\n\n"
          "微软今天更新了其安卓 Outlook.com 应用，改进了同步。\n\n"
          "新版本已在 Android 商店上架，用户可以免费下载。\n\n"
          "公司表示，Android 用户将首先获得这些功能。\n\n"
          "iOS 版本稍后推出，Android 版本今天推出，安卓平板也支持。\n")
    assert _tqa310(zh) == [("安卓", "Android")] * 3


def test_a_latin_name_written_more_often_points_at_its_rendering() -> None:
    # reminder-via-twitter.md (archive dev3): `Twitter` three times, 推特 twice
    zh = ("# 通过 Twitter 提醒\n\n"
          "这个服务通过 Twitter 给你发提醒。如果我有推特，我就会用它。\n\n"
          "你只需要关注它的 Twitter 账号，然后在推特上给它发消息。\n")
    assert sorted(_tqa310(zh)) == [("推特", "Twitter")] * 2


def test_a_latin_name_written_less_often_still_needs_a_clear_chinese_majority() -> None:
    # the other way round is unchanged: `Twitter` twice against 推特 three times is no usual form
    zh = ("# 新功能\n\n"
          "推特今天推出了新功能。Twitter 表示用户很喜欢。\n\n"
          "推特的用户可以在 Twitter 上看到它。推特说这是第一步。\n")
    assert _tqa310(zh) == []
