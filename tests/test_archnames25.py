"""Release twenty-five: names of an archive article checked from the Chinese alone (issues 17, 19).

Each case is written after a real archive article of `techcrunch-zh` (named in its test)."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.engine import check_documents
from transqa.load import parse_markdown

# facebook-e-commerce-platform-payvment-shuts-down-merchants-moved-to-ecwid.md: the shop brand Lish twice in Latin
# script, twice as 丽斯, the Chinese first; release 24's audit told the article to write 丽斯 (judged wrong twice)
LISH = ("# Intuit 收购 Payvment 的团队\n\n"
        "*我的商店会怎么样？丽斯怎么办？*\n\n"
        "*Payvment 和 Lish 商店以及 Payvment 仪表盘将在 2 月 28 日前有效。*\n\n"
        "*是的，脸书和丽斯的商店仍在营业，并将全面营业至 2 月 14 日。*\n\n"
        "*Lish 和 Payvment 店什么时候关？*\n")


def test_a_brand_written_as_often_in_each_script_keeps_its_latin_form() -> None:
    fs = [f for f in findings(None, LISH) if f.code == "TQA310"]
    assert [(f.target.text, f.suggestion) for f in fs if f.target is not None] == [("丽斯", "Lish"), ("丽斯", "Lish")]


def test_a_person_introduced_in_chinese_in_full_keeps_the_first_written_form() -> None:
    # 4-hour-body-review.md (archive dev): 蒂莫西·费里斯 named in full first, then `Ferriss`: the Latin is the odd one
    zh = ("# 评论\n\n蒂莫西·费里斯写了一本书。\n\n费里斯说这本书很好。\n\n"
          "Ferriss 的书卖得很好。\n\n我们问 Ferriss 为什么。\n")
    fs = [f for f in findings(None, zh) if f.code == "TQA310"]
    assert fs and all(f.target is not None and f.target.text == "Ferriss" for f in fs)


def test_words_an_address_spells_exactly_are_not_joined_by_the_suggestion() -> None:
    # ergopod-500-for-the-computersloth-in-your-life.md: `via[boing boing](…boingboing.net/…)`: the site is Boing Boing,
    # two words; the address has no spaces, so only the capitals are known lost
    zh = ("# 标题\n\n产品很好。\n\n"
          "[产品页面](http://www.officeorganix.com/Eropod500.htm)【via[boing boing](http://www.boingboing.net/2007/01/22/work.html)】\n")
    fs = [f for f in findings(None, zh) if f.code == "TQA315"]
    assert len(fs) == 1 and fs[0].suggestion is not None
    assert "Boing Boing," in fs[0].suggestion and "BoingBoing if" in fs[0].suggestion
    assert "broken" not in fs[0].message


def test_a_misspelt_run_is_still_restored_to_the_address() -> None:
    # i-wanna-be-on-the-startupbus-so-freakin-bad-video.md: `[startup buss](http://startupbus.com)`
    zh = "# 标题\n\n我想参加[startup buss](http://startupbus.com/)的旅行。\n"
    fs = [f for f in findings(None, zh) if f.code == "TQA315"]
    assert len(fs) == 1 and "misspelt" in fs[0].message and fs[0].suggestion is not None and "startupbus" in fs[0].suggestion


def test_a_slug_that_writes_the_name_as_one_word_keeps_the_joining_suggestion() -> None:
    # patentmonkey-att-wireless-lockdown-for-iphone.md: the slug writes `patentmonkey`: the name is one word
    zh = "# patent monkey: AT&T 锁定 iPhone\n\n据[patent monkey](http://www.patentmonkey.com/x.html)报道，AT&T 将锁定 iPhone。\n"
    target = parse_markdown("techcrunch/docs/patentmonkey-att-wireless-lockdown-for-iphone.md", zh)
    fs = [f for f in check_documents(None, target).findings if f.code == "TQA315"]
    assert fs and all(f.suggestion == "restore the name's own spelling and capitals (its address: patentmonkey)" for f in fs)
    apart = parse_markdown("techcrunch/docs/patent-monkey-att-wireless-lockdown-for-iphone.md", zh)
    fs = [f for f in check_documents(None, apart).findings if f.code == "TQA315"]
    assert fs and all(f.suggestion == "restore the name's capitals: Patent Monkey" for f in fs)


def test_a_title_name_another_rule_points_at_is_one_finding() -> None:
    # its-official-hp-kills-off-webos-phones-and-the-touchpad.md: the title's 触摸板 for TouchPad was TQA317 on the
    # word and TQA323 on the whole title: one defect, one finding (TQA317's, with its place and name)
    zh = ("# 官方消息:惠普扼杀 webOS 手机和 TouchPad\n\n# 这是官方消息:惠普扼杀了 webOS 手机和触摸板\n\n"
          "惠普证实，他们将停止围绕 TouchPad 和所有 webOS 手机的运营。\n\n"
          "*惠普计划停止 webOS 设备的运营，特别是 TouchPad 和 webOS 手机。*\n")
    target = parse_markdown("techcrunch/docs/its-official-hp-kills-off-webos-phones-and-the-touchpad.md", zh)
    fs = [f for f in check_documents(None, target).findings if f.code in ("TQA317", "TQA323")]
    assert [(f.code, f.target.text if f.target else None, f.suggestion) for f in fs] == [("TQA317", "触摸板", "TouchPad")]


def test_a_title_that_translates_a_name_suggests_the_name() -> None:
    # sharethis-to-acquire-fellow-widget-maker-madkast.md: `# 分享这个来收购…` for ShareThis, which the body keeps
    zh = ("# 分享这个来收购同为小部件制造商的 madKast\n\n"
          "ShareThis 今天宣布收购 madKast。\n\nShareThis 的用户很多。\n")
    target = parse_markdown("techcrunch/docs/sharethis-to-acquire-fellow-widget-maker-madkast.md", zh)
    fs = [f for f in check_documents(None, target).findings if f.code == "TQA323"]
    assert [f.suggestion for f in fs] == ["write “ShareThis” in the title"]


def test_a_surname_after_a_latin_full_name_rendered_by_a_k_sound_later() -> None:
    # digg-says-diggbar-is-not-evil-….md: `Digg 工程副总裁 John Quinn 向所有人承诺` then `奎因还指出`: English qu is
    # pinyin k (奎因, 昆西), so the first letters agree
    zh = ("# Digg 说 DiggBar 不邪恶\n\n但是在今天的一篇帖子中，Digg 工程副总裁 John Quinn 向所有人承诺，Digg 并没有试图窃取任何链接。\n\n"
          "因此危机得以避免。奎因还指出，自从 DiggBar 推出以来，独立访问者增加了 20%。\n")
    fs = [f for f in findings(None, zh) if f.code == "TQA310"]
    assert [(f.target.text, f.suggestion) for f in fs if f.target is not None] == [("奎因", "Quinn")]


def test_a_slug_name_read_back_from_the_dictionary_words_of_its_rendering() -> None:
    # sciencescape-wants-to-solve-….md (archive dev2): `Sciencescape` in Latin script, 科学景观 (science + landscape)
    # elsewhere; the word list cannot split the name into its words, the dictionary read back can
    zh = ("# Sciencescape 想解决学术研究的可发现性问题\n\n"
          "Sciencescape 是一家初创公司。\n\n《科学景观》出现的时机非常好。\n\n我们问 Sciencescape 的团队。\n")
    target = parse_markdown("techcrunch/docs/sciencescape-wants-to-solve-academic-research-discoverability.md", zh)
    fs = [f for f in check_documents(None, target).findings if f.code == "TQA317"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in fs] == [("科学景观", "Sciencescape")]
    # without the slug's word, the same text is no evidence: a name of the title, not any capitalised word
    other = parse_markdown("techcrunch/docs/a-startup-wants-to-solve-academic-research.md", zh)
    assert not [f for f in check_documents(None, other).findings if f.code == "TQA317"]


def test_a_stretch_that_reads_back_as_another_slug_word_is_neither_s() -> None:
    # qa-twitter-execs-answer-the-tough-questions-at-chirp.md: 啁啾 is "chirp, twitter": the event Chirp, not Twitter
    zh = ("# 问答：Twitter 高管在 Chirp 上回答问题\n\nTwitter 的高管们回答了问题。\n\n"
          "Twitter 想在其他地方做更小版本的啁啾声。\n")
    target = parse_markdown("techcrunch/docs/qa-twitter-execs-answer-the-tough-questions-at-chirp.md", zh)
    # (release 27: the slug spells `chirp`, a second writing of the title's Chirp, whose word 啁啾 is then reported: the
    # event's name, `smaller versions of Chirp`, as the real article's line 66 says; never Twitter's. A rule that took
    # the title's only Latin place for no second writing — verify 27's made-up `Lovely` beside 可爱 — lost this real
    # find and no false one on 500 archive articles: not kept)
    fs = [f for f in check_documents(None, target).findings if f.code == "TQA317"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in fs] == [("啁啾", "Chirp")]


def test_read_back_spans_need_the_whole_name_in_order() -> None:
    from transqa.lang.backgloss import definitions, translated_spans

    if not definitions():
        pytest.skip("no CC-CEDICT: nothing is read back (the rule is silent)")
    assert list(translated_spans("sciencescape", "科学景观")) == [(0, 4)]
    assert list(translated_spans("amplifi", "一个放大器")) == [(2, 5)]
    assert list(translated_spans("iphone", "手机")) == []  # phone is 5 of 6 letters: not the whole name
    assert list(translated_spans("opera", "工作")) == []  # `operate` shares 5 of its 7 letters: too few
    assert list(translated_spans("gamechanger", "游戏改变者")) == [(0, 4)]  # an ending may go unsaid
    assert list(translated_spans("pinfluence", "影响力")) == []  # a first letter may not: `influence` is no Pinfluence


def test_an_even_pair_beside_a_more_usual_chinese_form_does_not_keep_the_latin() -> None:
    # the-gloves-are-officially-off-google-vs-apple.md: 冈多特拉 seven times, 冈多拉 and `Gundotra` twice each: the
    # Latin form is not the article's; 冈多拉 is not told to become `Gundotra`
    zh = ("# 谷歌对苹果\n\n冈多特拉说谷歌很好。\n\n冈多特拉还说苹果不好。\n\n冈多特拉展示了新手机。\n\n"
          "冈多拉至少说了两次。\n\nGundotra 说这是真的。\n\n冈多拉转向苹果，Gundotra 笑了。\n")
    fs = [f for f in findings(None, zh) if f.code == "TQA310"]
    assert not [f for f in fs if f.suggestion == "Gundotra"]
