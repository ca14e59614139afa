"""Release 35, issue 19 (archive precision of the name rules): findings on names the translation writes in an accepted
form."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.load import parse_markdown


def _title_lost(path: str, zh: str) -> list[str | None]:
    target = parse_markdown(path, zh)
    return [f.suggestion for f in check_documents(None, target).findings if f.code == "TQA323"]


def test_a_title_writing_the_established_chinese_name_by_meaning_is_not_lost() -> None:
    # another-popular-developer-lays-the-smack-down-on-apples-app-store.md: `苹果的应用商店` is App Store's usual Chinese
    zh = ("# 另一个受欢迎的开发者抨击苹果的应用商店\n\n"
          "又一位开发者公开批评 App Store 的审核。\n\n他说 App Store 的规则不透明。\n")
    assert _title_lost("techcrunch/docs/another-popular-developer-lays-the-smack-down-on-apples-app-store.md", zh) == []


def test_a_title_translating_a_name_word_by_word_is_still_lost() -> None:
    # the same shape with a name whose word-by-word rendering is no established name (Tiger Pistol → 老虎手枪)
    zh = ("# 老虎手枪为社交媒体营销筹集了 100 多万美元\n\n"
          "Tiger Pistol 今天宣布完成融资。\n\nTiger Pistol 的客户包括多家小企业。\n")
    assert _title_lost("techcrunch/docs/tiger-pistol-seed-round.md", zh) == ["write “Tiger Pistol” in the title"]


def test_a_title_writing_the_dictionary_s_name_of_a_several_word_entity_is_not_lost() -> None:
    # getting-started-with-the-raspberry-pi-is-not-as-easy-as-pie.md: CC-CEDICT's 树莓派 is Raspberry Pi as a whole
    zh = ("# 开始使用树莓派并不像馅饼一样简单\n\n"
          "我买了一台 Raspberry Pi 来试试。\n\n设置 Raspberry Pi 比我想象的要难。\n")
    assert _title_lost("techcrunch/docs/getting-started-with-the-raspberry-pi-is-not-as-easy-as-pie.md", zh) == []
