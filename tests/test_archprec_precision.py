"""Release forty-two, archive precision (task archprec): false findings of the archive development splits read rule by
rule; what the reading showed wrong, mended here."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load.markdown import parse_markdown


def _article(zh: str) -> list[Finding]:
    return check_documents(None, parse_markdown("a.zh.md", zh)).findings


def _codes(zh: str, code: str) -> list[str]:
    return [f.message for f in _article(zh) if f.code == code]


# TQA304: a name in a run of words all in capitals is the typography of what the article quotes (a press release's
# `GALAXY ROUND`, an e-mail's `QUAKE LIVE`, a ruling's trademark `ANDROID DATA`), not a spelling of the name
# (archive: that-curved-display-smartphone-from-samsung…, people-are-now-playing-quake-live, judge-sides-with-google…).

def test_a_name_in_a_run_of_capitals_is_no_case_variant() -> None:
    zh = ("# 三星的曲面屏手机 Galaxy Round 来了\n\nGalaxy Round 的屏幕是弯的。Galaxy Round 只在韩国发售。\n\n"
          "这是新闻稿:\n\n> 三星 GALAXY ROUND 开创了曲面显示屏智能手机体验\n\n> 三星推出了 GALAXY ROUND。\n")
    assert _codes(zh, "TQA304") == []


def test_a_trademark_in_capitals_beside_its_prose_spelling_is_no_case_variant() -> None:
    zh = ("# 法官驳回诉讼\n\nSpecht 创建了 Android Data 软件套件。Android Data 授权给三个客户。\n\n"
          "他于 2000 年申请了 ANDROID DATA 商标。\n\nAndroid 是谷歌的系统。\n")
    assert _codes(zh, "TQA304") == []


def test_a_name_in_capitals_alone_is_still_a_case_variant() -> None:
    zh = ("# 苹果的财报\n\nMac 的销量很好。Mac 电脑在美国卖得最好。\n\n分析师预计会卖出 400 多万台 MAC 电脑和 1000 万台 iPad。\n\n"
          "Mac 的利润很高。\n")
    assert [m for m in _codes(zh, "TQA304") if "MAC" in m]


def test_a_name_in_capitals_beside_a_mixed_case_word_is_still_a_case_variant() -> None:
    zh = ("# 新品\n\nCoolpix 是尼康的相机。Coolpix 很轻。\n\n新的 COOLPIX Pro 相机很快。\n\nCoolpix 的价格不变。\n")
    assert [m for m in _codes(zh, "TQA304") if "COOLPIX" in m]
