"""TQA310 word by word (kept_by_meaning), late1 of release 42: the span takes the whole word the rendering ends in
(谷歌应用程序, not 谷歌应用 leaving `Google Apps程序`), widens over the words a link address spells before the name
(乡村峡谷合伙人 for rustic-canyon-partners), and a place glued to a word a case-keeping address spells after the name's
words in lower case (老虎手枪虾, Tiger_pistol_shrimp) is the common thing, not the name."""

from __future__ import annotations

from transqa.checks.transliteration.kept_by_meaning import kept_by_meaning, linked_longer
from transqa.context import Context
from transqa.load.markdown import parse_markdown


def _reported(zh: str) -> list[tuple[str, str | None]]:
    ctx = Context(None, parse_markdown("a.zh.md", zh), [])
    return [(f.target.text, f.suggestion) for f in kept_by_meaning(ctx, set()) if f.target is not None]


def test_the_span_takes_the_whole_usual_word_of_the_last_name_word() -> None:
    zh = ("# 谷歌公布 2008 年谷歌应用程序计划\n\n"
          "他们透露了 Google Apps 的计划，面向企业用户。\n\n"
          "一年前谷歌推出了这项服务。\n")
    got = _reported(zh)
    assert ("谷歌应用程序", "Google Apps") in got
    assert ("谷歌应用", "Google Apps") not in got


def test_a_link_address_with_a_word_before_the_name_widens_the_place() -> None:
    zh = ("# 家庭购物平台融资\n\n"
          "本轮投资方包括 Canyon Partners 和其他投资者。\n\n"
          "该公司宣布完成融资，[乡村峡谷合伙人](http://www.crunchbase.com/financial-organization/rustic-canyon-partners)领投。\n")
    assert ("乡村峡谷合伙人", "Rustic Canyon Partners") in _reported(zh)


def test_a_common_noun_the_address_spells_after_the_name_is_not_the_name() -> None:
    zh = ("# 营销公司完成融资\n\n"
          "社交媒体营销公司 Tiger Pistol 今天宣布完成融资，Tiger Pistol 的客户都是小企业。\n\n"
          "至于公司名称，它指的是[老虎手枪虾](http://en.wikipedia.org/wiki/Tiger_pistol_shrimp)，老虎手枪虾能发出巨大的声音。\n")
    assert not [g for g in _reported(zh) if g[0].startswith("老虎手枪")]
    slug = zh.replace("Tiger_pistol_shrimp", "tiger-pistol-shrimp")  # a slug keeps no case: no sign of a common noun
    assert _reported(slug).count(("老虎手枪", "Tiger Pistol")) == 2


def test_a_lower_case_slug_after_the_name_keeps_the_place() -> None:
    hrefs = ["http://techcrunch.com/2011/google-apps-users/"]
    assert linked_longer("谷歌应用程序用户现在可以注册", hrefs, 0, 6, "Google Apps") == (0, "Google Apps")


def test_a_place_without_links_is_unchanged() -> None:
    assert linked_longer("老虎手枪为简单的社交媒体营销筹集了资金", [], 0, 4, "Tiger Pistol") == (0, "Tiger Pistol")
