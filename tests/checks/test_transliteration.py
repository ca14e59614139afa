"""Names in Chinese script (TQA310-TQA314): short examples written for these tests, modelled on
real MT output (WMT22/23 system outputs, the TechCrunch archive)."""

import pytest
from tests.helpers import fails, findings, grows_linearly, passes

from transqa.findings import Finding
from transqa.lang.transliterate import (
    chinese_sound_alike,
    english_skeleton,
    pinyin_skeleton,
    proper_names,
    sound_score,
    syllables,
)

needs_cedict = pytest.mark.skipif(proper_names() is None, reason="CC-CEDICT (the lexicon extra) is not installed")

SCHOLZ_EN = (
    "Scholz met Morawiecki in Warsaw on Sunday.\n\n"
    "The talks were friendly, Scholz said after the meeting.\n\n"
    "Scholz will visit Paris on Friday, officials said on Sunday.\n\n"
    "Morawiecki welcomed Scholz with military honours."
)


def test_sound_skeletons() -> None:
    assert english_skeleton("Scholz") == pinyin_skeleton(syllables("舒尔茨")) == "SLS"
    assert english_skeleton("Leicester") == "LSTL"
    assert sound_score("Scholz", "舒尔茨") >= 0.9
    assert sound_score("Scholz", "华沙") < 0.7
    assert chinese_sound_alike("舒尔茨", "朔尔茨") and chinese_sound_alike("莱斯特", "雷斯特")
    assert not chinese_sound_alike("舒尔茨", "舒尔茨") and not chinese_sound_alike("马克", "罗恩")


def test_two_transliterations_with_the_original() -> None:
    zh = ("舒尔茨周日在华沙会见了莫拉维茨基。\n\n舒尔茨在会后说，会谈很友好。\n\n"
          "官员周日表示，朔尔茨周五将访问巴黎。\n\n莫拉维茨基以军礼欢迎舒尔茨。\n")
    f = fails("TQA310", SCHOLZ_EN, zh)
    assert f.target is not None and f.target.text == "朔尔茨" and f.target.line == 5
    assert f.suggestion == "舒尔茨" and "lines 1, 3, 7" in f.message
    assert f.source is not None and f.source.text == "Scholz"
    passes("TQA310", SCHOLZ_EN, zh.replace("朔尔茨", "舒尔茨"))


def test_gloss_is_not_a_second_rendering() -> None:
    zh = ("舒尔茨（Scholz）周日在华沙会见了莫拉维茨基。\n\n舒尔茨在会后说，会谈很友好。\n\n"
          "官员周日表示，舒尔茨周五将访问巴黎。\n\n莫拉维茨基以军礼欢迎舒尔茨。\n")
    assert not [f for f in findings(SCHOLZ_EN, zh) if f.code.startswith("TQA31")]


def test_latin_here_chinese_elsewhere() -> None:
    zh = ("舒尔茨周日在华沙会见了莫拉维茨基。\n\n舒尔茨在会后说，会谈很友好。\n\n"
          "官员周日表示，Scholz 周五将访问巴黎。\n\n莫拉维茨基以军礼欢迎舒尔茨。\n")
    f = fails("TQA310", SCHOLZ_EN + "\n\nScholz left on Monday.", zh + "\n舒尔茨周一离开。\n")
    assert (f.target.text, f.suggestion, f.target.line) == ("Scholz", "舒尔茨", 5)
    tie = zh.replace("莫拉维茨基以军礼欢迎舒尔茨", "莫拉维茨基以军礼欢迎Scholz")  # two against two
    passes("TQA310", SCHOLZ_EN, tie.replace("莫拉维茨基", "Morawiecki"))  # the article keeps its other person in Latin too
    # ... but where it renders its other names in Chinese (Morawiecki three times, none kept), the tie goes to the
    # Chinese form (release 36, the Liz Truss case of wmt-mt: the reader's own reasoning)
    assert [g.target.text for g in findings(SCHOLZ_EN, tie) if g.code == "TQA310"] == ["Scholz", "Scholz"]
    assert "kept in Latin script here" in f.message


def test_latin_here_and_a_loose_transliteration_elsewhere() -> None:
    # 瓦德恩 for Vardern sounds too far for the strict score (阿德恩 for Ardern in real MT), but the same
    # run in three paragraphs of the name is the article's rendering: the one Latin-script paragraph is reported
    from transqa.checks.transliteration import ACCEPT, LOOSE
    from transqa.lang.transliterate import sound_score

    assert LOOSE <= sound_score("Vardern", "瓦德恩") < ACCEPT
    en = ("# A budget row\n\nPrime Minister Tessa Vardern spoke on Sunday.\n\nCritics attacked Vardern on Monday.\n\n"
          "Nobody explained the attack on Vardern.\n\nIn the clip, Vardern was speaking about the budget.\n")
    zh = ("# 预算之争\n\n总理特莎·瓦德恩周日发表讲话。\n\n批评者周一抨击瓦德恩。\n\n没有人解释对瓦德恩的抨击。\n\n"
          "在视频中，Vardern 谈到了预算。\n")
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("Vardern", "瓦德恩", 9)
    assert "3 times" in f.message
    # with its r unsounded (Vadern) 瓦德恩 renders Vardern well (rendering_score): two renderings against the one
    # Latin form are enough then, as for any rendering the strict score accepts
    from transqa.lang.transliterate import rendering_score

    assert rendering_score("Vardern", "瓦德恩") >= ACCEPT
    f = fails("TQA310", en, zh.replace("没有人解释对瓦德恩的抨击", "没有人解释这次抨击"))
    assert (f.target.text, f.suggestion) == ("Vardern", "瓦德恩") and "2 times" in f.message


def test_latin_inside_the_whole_name_is_kept_latin() -> None:
    # `Zofari Maps是…`: the name kept in Latin with the rest of its capitalised run, where the article
    # renders that same whole name 佐法里地图 elsewhere, is the Latin form
    en = ("# Maps for everyone\n\nI use Zofari Maps every day.\n\nMy friends like Zofari Maps too.\n\nWe found the cafe on Zofari Maps.\n\n"
          "Zofari Maps is free.\n")
    zh = "# 人人都有地图\n\n我每天都用佐法里地图。\n\n我的朋友们也喜欢佐法里地图。\n\n我们在佐法里地图上找到了这家咖啡馆。\n\nZofari Maps是免费的。\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion) == ("Zofari", "佐法里")
    passes("TQA310", en, zh.replace("Zofari Maps是", "Zofari Maps is free，是"))  # inside an English phrase
    # another whole name kept in Latin (the district Gamle Zofari beside the city 佐法里) is another name
    passes("TQA310", en.replace("Zofari Maps is free", "Gamle Zofari is a district"), zh.replace("Zofari Maps是免费的", "Gamle Zofari是一个区"))


def test_two_transliterations_without_the_original() -> None:
    zh = "# 艾萨克森的新书\n\n沃尔特·艾萨克森说，他写了两年。\n\n伊萨克森还说，乔布斯很难相处。\n\n艾萨克森的书下周出版。\n"
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("伊萨克森", "艾萨克森", 5)
    passes("TQA310", None, zh.replace("伊萨克森", "艾萨克森"))
    # two characters alone are too often two people (马克 and 迈克): not reported without the original
    passes("TQA310", None, "马克说他很高兴。\n\n马克还说了别的。\n\n迈克不同意。\n")


def test_transliteration_lost_a_character_against_the_article() -> None:
    en = ("Colston was a slave trader.\n\nThe statue of Colston stood in Bristol for a century.\n\n"
          "Protesters pulled the statue of Colston into the harbour.\n")
    zh = "科尔斯顿是个奴隶贩子。\n\n科尔斯顿的雕像在布里斯托尔矗立了一个世纪。\n\n抗议者把科尔顿的雕像推进了港口。\n"
    f = fails("TQA311", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("科尔顿", "科尔斯顿", 5)
    passes("TQA311", en, zh.replace("科尔顿", "科尔斯顿"))
    # without its 尔 (an r left unsounded) the rendering is another spelling of the name, not a cut (real MT,
    # WMT22 GTCOM: 科斯顿 once beside 科尔斯顿)
    f = fails("TQA310", en, zh.replace("科尔顿", "科斯顿"))
    assert (f.target.text, f.suggestion) == ("科斯顿", "科尔斯顿")
    passes("TQA311", en, zh.replace("科尔顿", "科斯顿"))


def test_one_rendering_against_a_name_kept_in_latin_three_times() -> None:
    # real MT (WMT22 JDExploreAcademy): 杰辛达·阿德恩 in the first paragraph, then `Ardern` in the next three
    en = ("Senator Wendy Rogers called the Prime Minister Jacinda Ardern a communist on Sunday.\n\n"
          "Rogers appeared to be criticizing Ardern's response in a Tweet.\n\n"
          "Rogers didn't further explain her criticism of Ardern.\n\n"
          "In the clip, Ardern was speaking about misinformation.\n")
    zh = ("参议员温迪·罗杰斯周日称总理杰辛达·阿德恩为共产主义者。\n\n罗杰斯似乎在一条推文中批评Ardern的回应。\n\n"
          "罗杰斯没有进一步解释她对Ardern的批评。\n\n在片段中，Ardern谈到了错误信息。\n")
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("阿德恩", "Ardern", 1)
    # glossed with the name, the rendering is the translation's introduction of the person, then Latin script
    passes("TQA310", en, zh.replace("杰辛达·阿德恩", "杰辛达·阿德恩（Jacinda Ardern）"))
    # kept in Latin script only twice, the rendering first: reported all the same, as the translation alone is
    # (newcomer 38 item 1: 德贝里 once, then `DeBerry` twice, was reported without the original and not with it)
    f = fails("TQA310", en, zh.replace("Ardern谈到", "她谈到"))
    assert (f.target.text, f.suggestion, f.target.line) == ("阿德恩", "Ardern", 1)


def test_full_name_kept_in_latin_and_rendered_with_a_dot_elsewhere() -> None:
    # real MT (WMT22 Online-Y): `Uri Geller` kept in Latin script, then 乌里·盖勒 and 盖勒 twice in another paragraph
    en = ("This is letting Uri Geller try his tricks on James Randi.\n\nThis is where the story ends.\n\n"
          "This is Uri Geller trying his tricks on James Randi, and a company believes Geller's powers are real and that "
          "Randi is trying to ruin Geller.\n")
    zh = ("这让 Uri Geller 试着对詹姆斯·兰迪耍花招。\n\n故事到此结束。\n\n"
          "这是乌里·盖勒试图对詹姆斯·兰迪耍花招，一家公司认为盖勒的能力是真实的，兰迪试图毁掉盖勒。\n")
    f = fails("TQA310", en, zh)
    # the whole `Uri Geller` replaced by the article's `·` name, not `Uri 盖勒`, half in each script (newcomer35)
    assert (f.target.text, f.suggestion, f.target.line) == ("Uri Geller", "乌里·盖勒", 1)
    # the surname alone rendered once (盖勒 with no given name beside it) after `Uri Geller` kept once: one each way,
    # the later form reported against the first
    f = fails("TQA310", en, zh.replace("乌里·盖勒", "此人"))
    assert (f.target.text, f.suggestion, f.target.line) == ("盖勒", "Geller", 5)


@needs_cedict
def test_tie_of_two_renderings_reports_the_common_word() -> None:
    # one rendering each (real MT, WMT22: Bute as 比特 and 布特): 比特 is the word "bit", the odd one
    en = ("Parts of Argyll and Bute were warned on Sunday.\n\n"
          "The warnings cover the Highlands and Argyll and Bute until Monday.\n")
    zh = "阿盖尔和比特的部分地区周日收到警告。\n\n警告覆盖高地以及阿盖尔和布特，直到周一。\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("比特", "布特", 1)
    # neither a common word: the first the article writes is the usual one
    f = fails("TQA310", en, zh.replace("比特", "彼特"))
    assert (f.target.text, f.suggestion) == ("布特", "彼特")


@needs_cedict
def test_rendering_lost_a_character_against_the_lexicon() -> None:
    en = "Bloomberg reported the deal on Monday.\n\nThe company told Bloomberg that it would grow."
    f = fails("TQA311", en, "彭博社周一报道了这笔交易。\n\n该公司告诉博社，它将增长。\n")
    assert (f.target.text, f.suggestion) == ("博社", "彭博社")
    f = fails("TQA311", "The letter was seen by Reuters.", "这封信被路社看到了。\n")
    assert (f.target.text, f.suggestion) == ("路社", "路透社")
    passes("TQA311", en, "彭博社周一报道了这笔交易。\n\n该公司告诉彭博，它将增长。\n")  # 彭博 is a known rendering


def test_latin_name_cut_short() -> None:
    en = "Stripe takes payments for developers.\n\nDevelopers can now use Stripe in twenty countries."
    f = fails("TQA311", en, "Stripe 为开发者收款。\n\n开发者现在可以在二十个国家使用 Stri。\n")
    assert (f.target.text, f.suggestion) == ("Stri", "Stripe")
    passes("TQA311", en, "Stripe 为开发者收款。\n\n开发者现在可以在二十个国家使用 Stripe。\n")


@needs_cedict
def test_literal_translation_of_a_name() -> None:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    en = "Microsoft opened Windows to developers.\n\nYou can buy the app for Windows in the store today, Microsoft said."
    zh = "微软向开发者开放了 Windows。\n\n微软表示，你今天就可以在商店购买这款窗口应用。\n"
    fails("TQA312", en, zh)  # on by default
    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA312",))).findings
    assert [(f.code, f.target.text) for f in got] == [("TQA312", "窗口")]
    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh.replace("窗口", "Windows ")),
                          Settings(select=("TQA312",))).findings
    assert got == []


def test_institutions_are_not_literal() -> None:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    en = "The Conservative Party met.\n\nA Conservative Party spokesman said Conservative members agreed."
    zh = "保守党开会了。\n\n一位保守党发言人说，Conservative 成员同意。\n"
    assert check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA312",))).findings == []


def test_name_dropped_from_a_complete_paragraph() -> None:
    en = ("Scholz met Morawiecki in Warsaw on Sunday.\n\nThe talks were friendly, Scholz said after the meeting.\n\n"
          "Scholz will visit Paris and Brussels on Friday to meet the French president, officials said on Sunday.\n")
    zh = "舒尔茨周日在华沙会见了莫拉维茨基。\n\n舒尔茨在会后说，会谈很友好。\n\n官员周日表示，周五将访问巴黎和布鲁塞尔，会见法国总统。\n"
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    def dropped(zh: str) -> list:  # noqa: ANN401 - findings of the preview rule, selected
        return check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA313",))).findings

    passes("TQA313", en, zh)  # preview: off by default
    [f] = dropped(zh)
    assert f.target.line == 5 and f.suggestion == "舒尔茨" and f.source.text == "Scholz"
    assert dropped(zh.replace("周五将", "舒尔茨周五将")) == []
    assert dropped(zh.replace("周五将", "他周五将").replace("，会见法国总统", "")) == []  # much shorter: not "otherwise complete"


@pytest.mark.parametrize("title", ["# 雅虎全新主页新旧结合技术危机", "# 谷歌收购 YouTube | TechCrunch", "# 谷歌收购 YouTube·TechCrunch",
                                   "# 格雷洛克是 Dropbox 估值回合 TechCrunch 的一部分",
                                   # the suffix glued to the word before it, or in lower case at the end
                                   "# 用 Widgets-TechCrunch 为你的网站添加注释", "# Klout 现在衡量 Google+TechCrunch 的影响力",
                                   "# 第二届年度“Holidaze”TechCrunch 融入节日气氛", "# 某公司发布无线发射机——tech crunch",
                                   "# 谷歌收购识别软件公司 Pitt patt tech crunch"])


def test_site_name_in_title(title: str) -> None:
    f = fails("TQA314", None, title + "\n\n正文。\n")
    assert "techcrunch" in f.target.text.lower().replace(" ", "") or "危机" in f.target.text


@pytest.mark.parametrize("title", ["# 再见，帕洛阿尔托:TechCrunch 搬到旧金山", "# 本周在 TechCrunch Droidcast 上",
                                   "# 法国 TechCrunch 与 TechCrunch.com 整合", "# 金融危机"])


def test_site_name_mentioned_in_title(title: str) -> None:
    passes("TQA314", None, title + "\n\n正文。\n")


def test_latin_and_chinese_without_the_original() -> None:
    zh = ("# 玛丽·米克尔加入凯鹏华盈\n\n分析师玛丽·米克尔将离开摩根士丹利。\n\n玛丽·米克尔于 1991 年加入摩根士丹利。\n\n"
          "Meeker 因其预测互联网趋势的能力而闻名。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("Meeker", "米克尔", 7)
    passes("TQA310", None, zh.replace("Meeker 因", "米克尔因"))
    passes("TQA310", None, zh.replace("Meeker 因", "米克尔（Meeker）因"))  # a gloss


def test_a_short_surname_in_latin_against_its_dotted_rendering() -> None:
    # archive, hp-ceo-apotheker: Ryan twice in Latin script, once 罗伯特·瑞安; Lane against 雷·莱恩, then 莱恩 alone
    zh = ("# 惠普任命新的首席执行官\n\nRyan 说，董事会一致投票通过。\n\n董事会首席独立董事罗伯特·瑞安表示，他很满意。\n\n"
          "“我们很高兴，”Ryan 补充道。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("瑞安", None, 5)  # not 罗伯特·Ryan: no Latin full name to suggest
    passes("TQA310", None, zh.replace("Ryan", "瑞安"))
    passes("TQA310", None, zh.replace("罗伯特·瑞安", "罗伯特·莱恩"))  # Ryan and 莱恩 share two consonants, not the first letter
    passes("TQA310", None, zh.replace("罗伯特·瑞安", "瑞安·罗伯茨"))  # a given name: the Latin Ryan may be another person
    passes("TQA310", None, zh.replace("Ryan 说", "Ryan Smith 说").replace("”Ryan 补充", "”Ryan Smith 补充"))  # given names
    zh = ("# 新董事\n\n合伙人雷·莱恩加入了董事会。\n\n莱恩此前在甲骨文任职。\n\n在加入之前，Lane 还在咨询公司工作。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("Lane", "莱恩", 7)


def test_a_name_as_often_in_latin_as_in_chinese_reports_the_later_form() -> None:
    # archive, 4-hour-body-review: 蒂姆·费里斯 first, then Ferriss; once each, no usual form but the reader met one first
    zh = ("# 书评\n\n作者蒂姆·费里斯写了一本新书。\n\n这本书很长。\n\n以他独特的方式，Ferriss 成为了第一个这样做的人。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("Ferriss", "费里斯", 7)
    assert "earlier in this article" in f.message
    f = fails("TQA310", None, zh.replace("蒂姆·费里斯写了", "Ferriss 写了").replace("Ferriss 成为", "蒂姆·费里斯成为"))
    assert (f.target.text, f.suggestion, f.target.line) == ("费里斯", None, 7)
    passes("TQA310", None, zh.replace("Ferriss 成为", "Ferriss Smith 成为"))  # a given name: maybe another person
    passes("TQA310", None, zh.replace("蒂姆·费里斯", "费里斯·蒂姆"))  # the Chinese form is a given name
    passes("TQA310", None, zh.replace("蒂姆·费里斯", "蒂姆·西蒙").replace("Ferriss", "Usman"))  # a vowel start on one side only


def test_a_person_named_in_full_in_latin_ties_the_surname_transliterated_as_often() -> None:
    # archive shape: the CEO introduced as `Matthew Prince`, then 普林斯, Prince, 普林斯: twice in each script, and the
    # reader met the Latin full name first
    zh = ("# 网关发布\n\n根据首席执行官 Matthew Prince 的说法，网关是免费的。\n\n普林斯说，这个方案很好。\n\n"
          "根据 Prince 的说法，测试很成功。\n\n普林斯说，团队很高兴。\n")
    got = [(f.target.text, f.suggestion, f.target.line) for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert got == [("普林斯", "Prince", 5), ("普林斯", "Prince", 9)]
    # once each, the full name in a link's text first (`Chris Dixon`), then the surname transliterated
    zh = "# 融资\n\n[领投这轮融资的 Chris Dixon](http://example.com/chris-dixon) 说。\n\n迪克森昨天在电话采访中表示同意。\n"
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion) == ("迪克森", "Dixon")
    # not a word after a longer run of capitalised words (a firm, `Bank Of Matthew Prince`), nor after a function word
    passes("TQA310", None, zh.replace("Chris Dixon", "Sand Hill Dixon"))
    passes("TQA310", None, zh.replace("Chris Dixon", "The Dixon"))
    # a full name in each script is weighed whole elsewhere: the surname alone is not reported (`Ben 戈麦斯` would mix
    # the scripts); nor the dictionary's own name for the word (the city 波士顿 beside the publication `Xconomy Boston`)
    passes("TQA310", None, zh.replace("迪克森昨天", "克里斯·迪克森昨天"))
    zh = "# 融资\n\n请查看 Xconomy Boston 的这篇简介。\n\n事实上，该公司计划在波士顿开设一个新的办事处。\n"
    passes("TQA310", None, zh)


def test_a_name_of_two_capitalised_parts_against_its_transliteration() -> None:
    # archive, send-in-your-questions-for-ask-a-vc-with-vegas-tech-funds-jen-mccabe: McCabe in Latin script, 麦凯布 once
    zh = ("# 向 Jen McCabe 提问\n\nMcCabe 领导着新的硬件部门。\n\n此前 McCabe 加入了一家机器人公司。\n\n"
          "请将您对麦凯布的问题发送到这里。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("麦凯布", "McCabe", 7)
    passes("TQA310", None, zh.replace("麦凯布", "McCabe "))


def test_a_surname_kept_in_latin_against_a_rough_transliteration_it_outnumbers() -> None:
    # archive, dont-drink-and-power-use: Scoble in Latin script throughout, 罗伯特·斯考伯 (a rough rendering) twice
    zh = ("# 别喝酒\n\nScoble 是重度用户。\n\n最近 Scoble 抱怨了 Quora。\n\n我想 Scoble 会同意。\n\n"
          "Scoble 也说过。\n\n[罗伯特·斯考伯]又抱怨了。\n\n斯考伯没有意识到这一点。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("斯考伯", None, 11)
    assert len([x for x in findings(None, zh) if x.code == "TQA310"]) == 2
    passes("TQA310", None, zh.replace("Scoble 也说过", "他也说过"))  # three against two: not twice as often
    passes("TQA310", None, zh.replace("罗伯特·斯考伯", "斯考伯·罗伯特"))  # a given name
    # a name of the slug too: where the plainer match of the slug finds nothing, it is heard as any other name
    assert _slug_findings("google-algorithm-scoble.md", zh).count("TQA310 斯考伯") == 2


def test_final_ds_is_one_sound() -> None:
    assert english_skeleton("Shields") == pinyin_skeleton(syllables("希尔兹")) == "SLS"
    assert sound_score("Roberts", "罗伯茨") >= 0.7 and english_skeleton("Ts") == "TS"


def test_final_ds_rendering_differs_from_the_glossed_one() -> None:
    en = ("Wasps skipper Brad Shields was sent off for a dangerous tackle on Kilcoyne before half-time.\n\n"
          "Munster kept fighting for every ball after the break and went on to win the match.\n\n"
          "The referee said Shields had caught Kilcoyne's neck with his shoulder in that tackle.\n")
    zh = ("黄蜂队队长布拉德·希尔兹（Brad Shields）在半场前因对基尔科因的危险铲球被罚下。\n\n"
          "下半场明斯特队继续为每一个球拼搏，并最终赢得了比赛。\n\n"
          "裁判说，谢尔兹在那次铲球中用肩膀撞到了基尔科因的脖子。\n")
    f = fails("TQA310", en, zh)
    assert f.target is not None and f.target.text == "谢尔兹" and f.target.line == 5 and f.suggestion == "希尔兹"
    passes("TQA310", en, zh.replace("谢尔兹", "希尔兹"))
    # once each, no gloss: still two renderings of one person; the first the article writes is taken as its own
    f = fails("TQA310", en, zh.replace("（Brad Shields）", ""))
    assert (f.target.text, f.suggestion) == ("谢尔兹", "希尔兹")


def test_dotted_name_whose_surname_starts_with_a_rare_character() -> None:
    zh = ("# 风投人士谈创新\n\n创始合伙人马克·安德森与威廉·珍妮薇进行了对话。\n\nJaneway 是这样开始演讲的。\n\n"
          "Janeway 说，私营部门在创新方面有了很大的发展。\n\nJaneway 最后说。\n\n观众向珍妮薇提出了问题。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("珍妮薇", None, 3)
    passes("TQA310", None, zh.replace("威廉·珍妮薇", "威廉·Janeway"))


def _literal_findings(en: str, zh: str) -> list[tuple[str, str]]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse
    from transqa.load.markdown import parse_markdown

    got = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA312",))).findings
    return [(f.code, f.target.text) for f in got if f.target is not None]


@needs_cedict
def test_literal_translation_of_a_compound_name() -> None:
    en = ("We are a Salesforce partner in Dublin.\n\nOur Salesforce consultants help small firms every day.\n\n"
          "Salesforce training is free for our clients.\n")
    zh = "我们是都柏林的 Salesforce 合作伙伴。\n\n我们的销售顾问每天都在帮助小公司。\n\nSalesforce 培训对我们的客户免费。\n"
    assert _literal_findings(en, zh) == [("TQA312", "销售")]
    assert _literal_findings(en, zh.replace("销售顾问", "Salesforce 顾问")) == []
    # 队 renders force here: not a team named by meaning
    assert _literal_findings(en, zh.replace("销售顾问", "销售队顾问")) == [("TQA312", "销售")]


@needs_cedict
def test_a_team_named_by_meaning_is_not_literal() -> None:
    en = ("Wasps lost to Munster on Saturday.\n\nThe Wasps captain was sent off before half-time.\n\n"
          "Wasps will play Leinster next week.\n")
    zh = "Wasps 周六输给了明斯特。\n\n黄蜂队队长在半场前被罚下。\n\nWasps 下周将对阵伦斯特。\n"
    assert _literal_findings(en, zh) == []
    assert _literal_findings(en, zh.replace("黄蜂队队长", "黄蜂的队长")) == [("TQA312", "黄蜂")]


@needs_cedict
def test_a_team_named_by_meaning_without_its_dui_in_a_headline() -> None:
    # wmt22 DLUT rte.en.ie.26304 (heldout20): the headline drops 队 of the article's 黄蜂队; the reader's fix keeps 黄蜂
    en = ("Makeshift Munster crush Wasps in Champions Cup cracker\n\n"
          "Munster beat Wasps in a chaotic game.\n\n"
          "Michael Le Bourgeois picked a quality line to give Wasps their final score.\n")
    zh = ("芒斯特在冠军杯中大胜黄蜂\n\n芒斯特在一场混乱的比赛中击败了Wasps。\n\n"
          "迈克尔·勒·布尔乔伊斯选择了一条好线路，为黄蜂队拿下最后得分。\n")
    assert _literal_findings(en, zh) == []
    assert _literal_findings(en, zh.replace("黄蜂队", "他们")) == [("TQA312", "黄蜂")]


@needs_cedict
def test_a_sporting_event_named_by_meaning_is_not_literal() -> None:
    # wmt22 JDExploreAcademy brisbanetimes.com.au.47160 (heldout6): 灰烬系列赛 is how Chinese names the Ashes series
    en = ("Risks of power failure at the Gabba are unlikely to be improved before the next Ashes series.\n\n"
          "All other grounds to be used for the Ashes will provide mains power.\n")
    zh = "在下一场灰烬系列赛之前，加巴的停电风险不太可能得到改善。\n\n所有其他用于Ashes的场地都将提供主电源。\n"
    assert _literal_findings(en, zh) == []
    assert _literal_findings(en, zh.replace("灰烬系列赛", "灰烬的比赛")) == [("TQA312", "灰烬")]


@needs_cedict
def test_literal_word_of_a_two_word_brand_kept_in_latin_elsewhere() -> None:
    # the article keeps the brand in Latin script inside a longer Latin span (Pampered Chef的): still kept
    en = ("I bought a new Kitchen Aid mixer and a Pampered Chef scoop.\n\nThe scoop from Pampered Chef is great.\n\n"
          "So buy the Pampered Chef scoop, not the cheap one.\n")
    zh = "我买了一台新的搅拌机和一个 Pampered Chef 勺子。\n\n宠爱厨师的勺子很棒。\n\n所以请买Pampered Chef的勺子，别买便宜的。\n"
    assert ("TQA312", "厨师") in _literal_findings(en, zh)
    assert _literal_findings(en, zh.replace("宠爱厨师", "Pampered Chef ")) == []


@needs_cedict
def test_product_word_after_its_rendered_brand_is_not_literal() -> None:
    # 谷歌地图 for Google Maps: the brand is rendered, the product's word translated, as is usual
    en = ("You can find the cafe on Google Maps.\n\nThe cafe is listed on Google Maps with photos.\n\n"
          "Google says Maps is used by a billion people.\n")
    zh = "你可以在谷歌地图上找到这家咖啡馆。\n\n这家咖啡馆在谷歌地图上有照片。\n\n谷歌表示，有十亿人使用 Maps。\n"
    assert _literal_findings(en, zh) == []
    assert _literal_findings(en, zh.replace("在谷歌地图上有照片", "在地图上有照片")) == [("TQA312", "地图")]


@needs_cedict
def test_common_word_beside_the_name_kept_in_latin_is_not_literal() -> None:
    # Bodymoor Heath kept in Latin; 身体 in the same paragraph is the ordinary word of another phrase
    en = ("Villa trained at Bodymoor Heath on Friday.\n\nThe session at Bodymoor Heath was for the body's recovery.\n")
    zh = "维拉周五在 Bodymoor Heath 训练。\n\n在Bodymoor Heath的训练课是为身体恢复准备的。\n"
    assert _literal_findings(en, zh) == []


def test_company_named_after_a_person_is_not_the_persons_latin_form() -> None:
    # Latin `Meeker Capital` is the firm; 米克尔 is the person: not one name in two scripts
    zh = ("米克尔在旧金山发表讲话。\n\nMeeker Capital 周二宣布了一只新基金。\n\n"
          "米克尔说，这只基金将投资气候公司。\n\nMeeker Capital 的合伙人也出席了活动。\n\n米克尔随后离开。\n")
    passes("TQA310", None, zh)
    fails("TQA310", None, zh.replace("Meeker Capital 周二", "Meeker 周二").replace("Meeker Capital 的", "Meeker 的"))


def test_a_form_glossed_at_first_mention_is_tied_to_its_latin_form() -> None:
    zh = ("联合创始人皮埃尔·米克尔(Pierre Meeker)说，产品已经上线。\n\n在采访中，Meeker 谈到了新功能。\n\n"
          "米克尔说，团队很小。\n\n我采访了 Meeker。\n\n**Pierre Meeker:** 日历应该更简单。\n")
    passes("TQA310", None, zh)
    fails("TQA310", None, zh.replace("(Pierre Meeker)", ""))


@needs_cedict
def test_institution_translated_as_a_whole_and_titles_are_not_literal() -> None:
    en = ("Cricket Australia fined the club.\n\nA spokesman for Cricket Australia said the fine stands.\n\n"
          "Professor Lee agreed with Cricket Australia.\n\nProfessor Lee said more.\n")
    zh = ("Cricket Australia 对该俱乐部处以罚款。\n\n澳大利亚板球协会发言人表示，罚款有效。\n\n"
          "李教授同意 Cricket Australia 的做法。\n\nProfessor Lee 说了更多。\n")
    assert [f for f in _literal_findings(en, zh) if f[0] == "TQA312"] == []


def _slug_findings(slug: str, zh: str) -> list[str]:
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    return [f"{f.code} {f.target.text if f.target else ''}" for f in check_documents(None, parse_markdown(slug, zh)).findings]


def test_a_form_found_once_beside_a_dot_is_found_everywhere() -> None:
    # the dotted full name gives the form; its bare use later is the same name
    zh = ("记者采访了彼得·霍尔曼。\n\nHolman 说这很难。Holman 还说会继续。\n\n后来 Holman 离开了。\n\n"
          "我们再次向霍尔曼提问。")
    got = [f.target.text for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert got.count("霍尔曼") == 2


def test_two_renderings_written_once_each_the_later_is_reported() -> None:
    zh = "董事长迈克尔·阿灵顿今天发言。\n\n至于阿林顿，他没有回应。"
    f = fails("TQA310", None, zh)
    assert f.target is not None and f.target.text == "阿林顿" and f.suggestion == "阿灵顿"


def test_a_name_of_the_file_slug_is_matched_more_loosely() -> None:
    # the slug names the CEO: its Latin form beside the article's usual rendering is the minority
    zh = "# 首席执行官科瓦奇将离职\n\n科瓦奇将于今年离开。\n\n科瓦奇仍是顾问。\n\nKovacs 是 Sybase 的前高管。"
    slug = "ceo-gary-kovacs-to-step-down.md"
    assert "TQA310 Kovacs" in _slug_findings(slug, zh)
    # without the slug the sound skeleton alone does not hear 科瓦奇 as Kovacs (0.7); the learned letter groups do
    # (ko-va-cs), with three uses against one
    assert "TQA310 Kovacs" in _slug_findings("ceo-steps-down-later-this-year.md", zh)
    two = zh.replace("\n\n科瓦奇仍是顾问。", "")
    assert not any(x.startswith("TQA310") for x in _slug_findings("ceo-steps-down-later-this-year.md", two))


def test_a_two_character_rendering_of_a_slug_name_is_found_only_whole() -> None:
    zh = "# 使用 Milo 的库存追踪\n\nMilo 汇总库存。\n\nMilo 承诺更新。\n\n今天，[米洛](http://x.com/)上线了。\n\n演员杰森·席米洛也来了。"
    got = _slug_findings("navigate-crowds-with-milos-tracker.md", zh)
    assert got.count("TQA310 米洛") == 1


def test_a_slug_name_with_a_character_added_is_reported() -> None:
    zh = "马克·安德森今晚发言。\n\n安德森说了很多。\n\n安德森还提问。\n\n这是问答式的，安德烈森连珠炮似的发问。"
    got = _slug_findings("marc-andreessen-speaks-with-a-guest.md", zh)
    assert "TQA310 安德烈森" in got
    assert not any(x.startswith("TQA310") for x in _slug_findings("a-talk-about-capitalism-and-innovation.md", zh))


def test_slug_words_are_read_only_from_a_slug() -> None:
    from transqa.checks.transliteration import slug_names

    assert "janeway" in slug_names("x/marc-andreessen-speaks-with-william-janeway.md")
    assert slug_names("zh.md") == frozenset() and slug_names("Some File Name.md") == frozenset()


def test_a_latin_name_beside_its_dictionary_rendering_is_inconsistent() -> None:
    zh = "火狐浏览器很受欢迎。\n\n火狐操作系统也来了。\n\n但在 Firefox 桌面时代就不同了。\n"
    f = fails("TQA310", None, zh)
    assert f.target is not None and f.target.text == "Firefox" and f.suggestion == "火狐"
    # the first word of a longer Latin name is not the name (Firefox OS is a product of its own)
    passes("TQA310", None, "火狐浏览器很受欢迎。\n\n火狐操作系统也来了。\n\n但 Firefox OS 不同。\n")


def test_a_latin_name_and_its_dictionary_rendering_split_about_evenly_have_no_usual_form() -> None:
    # 3 against 2: neither form is the article's usual one, so neither place is pointed at
    zh = "火狐浏览器很受欢迎。\n\n火狐操作系统也来了。\n\n火狐的插件很多。\n\n但在 Firefox 桌面时代就不同了。\n\n用户仍喜欢 Firefox 的界面。\n"
    passes("TQA310", None, zh)
    # 4 against 2 is a usual form and an odd one out
    zh4 = zh.replace("火狐的插件很多。", "火狐的插件很多，火狐的用户也多。")
    assert {f.target.text for f in findings(None, zh4) if f.code == "TQA310" and f.target} == {"Firefox"}


def test_a_name_kept_whole_in_latin_and_half_translated_elsewhere() -> None:
    # archive (t-mobile-wants-orange-netherlands): Orange Netherlands three times, Orange 荷兰 twice
    zh = ("# T-Mobile 想要 Orange 荷兰\n\nT-Mobile 正在洽谈收购 Orange Netherlands。\n\n"
          "France Telecom 一直试图出售 Orange Netherlands。监管机构已批准收购 Orange Netherlands。\n")
    got = [f for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert [(f.target.text, f.suggestion, f.target.line) for f in got] == [("Orange 荷兰", "Orange Netherlands", 1)]
    # half translated as often as whole: the article's own way of writing it, nothing to point at
    even = zh.replace("监管机构已批准收购 Orange Netherlands。", "监管机构已批准收购 Orange 荷兰。")
    passes("TQA310", None, even)
    # a last word that says what the name is is translated by meaning (Go Daddy Group, Go Daddy 集团)
    group = "Go Daddy Group 很大。\n\n它是 Go Daddy Group 的子公司。\n\nGo Daddy 集团说。\n"
    passes("TQA310", None, group)


def _cut_findings(path: str, zh: str) -> list[tuple[str, str | None]]:
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    got = check_documents(None, parse_markdown(path, zh)).findings
    return [(f.target.text, f.suggestion) for f in got if f.code == "TQA311" and f.target]


def test_a_latin_name_that_lost_an_inner_letter() -> None:
    # archive (wordpress-liveblog): Automattic in the slug, the link address and the text, `[automatic]` once
    zh = ("# Automattic 推出 Liveblog\n\n来自运营 WordPress 的[automatic](http://www.automattic.com/)的竞争。\n\n"
          "Automattic 表示它是免费的。\n")
    assert _cut_findings("x/wordpress-liveblog-automattic.md", zh) == [("automatic", "Automattic")]  # as the article spells it
    # the longer spelling written as rarely as the shorter one: either may be the slip (Horowitz, a slug's horrowitz)
    once = "# Wikets 从 Andreessen Horowitz 筹集了 150 万美元\n\n它很受欢迎。\n"
    assert _cut_findings("x/wikets-raises-from-andreessen-horrowitz.md", once) == []
    # a link of the same paragraph is the source's spelling right there (archive, web-20-this-week-june-26-july-1)
    zh = "Jason Calcanis [在此](http://calacanis.weblogsinc.com/entry/1234/)解释。\n"
    assert _cut_findings("x/web-20-this-week.md", zh) == [("Calcanis", "Calacanis")]  # the address is lower case: the word's capital
    # a shorter spelling that an address attests is the name's own (appropos of approposmobile.com)
    zh = "[appropos Mobile](http://www.approposmobile.com/)发布了新版。\n\nAppropros 说。\n\nAppropros 很高兴。\n"
    assert _cut_findings("x/flighttrack-pro.md", zh) == []


def test_a_name_used_as_the_common_word_or_inside_an_address_or_embed_is_not_a_rendering() -> None:
    # 发推特 / 一条推特 is "to tweet" / "a tweet", not the company's name written another way
    passes("TQA310", None, "Twitter 宣布了新功能。\n\nTwitter 的用户很多。\n\n他每天都发推特，还转发了一条推特。\n")
    # 开发火狐 is the name after a verb that ends in 发
    zh = "Mozilla 开发火狐、火狐操作系统。\n\n火狐很受欢迎。\n\n但在 Firefox 桌面时代就不同了。\n"
    assert [f.target.text for f in findings(None, zh) if f.code == "TQA310" and f.target] == ["Firefox"]
    # a word of an address or of a longer name with a slash is not the name
    passes("TQA310", None, "欧洲市场很大。\n\n欧洲用户很多。\n\n请访问 TechCrunch.com/Europe 查看。\n")
    passes("TQA310", None, "谷歌发布了新手机。\n\n谷歌的用户很多。\n\n在 Google I/O 大会上来了。\n")
    # a leaked embed code is not prose
    passes("TQA310", None, "Twitter 宣布了新功能。\n\nTwitter 的用户很多。\n\n【推特 https://twitter.com/x/status/1】\n")


def test_a_word_of_a_longer_latin_name_is_not_the_dictionary_name() -> None:
    zh = "法国市场很大。\n\n法国用户很多。\n\nTechCrunch France 的创始人来了。\n"
    passes("TQA310", None, zh)


def test_a_dictionary_name_in_english_left_untranslated_is_not_a_rendering() -> None:
    zh = "欧洲市场很大。\n\n欧洲用户很多。\n\n| Director of Ads, Europe | June, 2008 |\n"
    passes("TQA310", None, zh)


@needs_cedict
def test_a_coined_brand_translated_once_is_literal() -> None:
    # a name that is no word but two words run together (Hivemind: hive + mind) is a brand's coinage even
    # when the translation never keeps it in Latin script
    en = "We moved our wiki to Hivemind last year.\n\nThe team likes it.\n"
    zh = "去年我们把维基搬到了蜂房思维。\n\n团队很喜欢它。\n"
    assert ("TQA312", "蜂房") in _literal_findings(en, zh)
    assert _literal_findings(en, zh.replace("蜂房思维", "Hivemind")) == []
    assert _literal_findings(en, zh.replace("蜂房思维", "蜂房程序")) == []  # a computing term with its head noun
    # a dictionary word used once is not enough on its own (titles, transcripts capitalise common words)
    en2 = "The hike ends at Summit, where you can rest.\n"
    assert _literal_findings(en2, "徒步在顶峰结束，你可以在那里休息。\n") == []
    # a word made of a dictionary word and an English suffix is a word, not a coinage (prevent + -ion)
    en3 = "The Centers for Disease Control and Prevention is testing samples.\n"
    assert _literal_findings(en3, "疾病控制和预防中心正在检测样本。\n") == []


@needs_cedict
def test_a_capitalised_word_before_its_noun_with_no_other_evidence_is_not_literal() -> None:
    # a capitalised dictionary word before a noun is as often a label of an interface (Tap the Text icon,
    # your Store Credit account) as a brand: without other evidence that it is a name, not reported
    en = "I bought this Harmony kettle last month and it broke.\n"
    assert _literal_findings(en, "我上个月买了这个和谐水壶，结果坏了。\n") == []
    assert _literal_findings("Tap the Text icon.\n", "点击文本图标。\n") == []
    # the same word kept in Latin script in another paragraph is a name: translated here, it is reported
    en2 = en + "\nThe Harmony kettle boils fast.\n"
    zh2 = "我上个月买了这个和谐水壶，结果坏了。\n\nHarmony 水壶烧水很快。\n"
    assert _literal_findings(en2, zh2) == [("TQA312", "和谐")]


@needs_cedict
def test_a_name_kept_in_latin_elsewhere_and_rendered_otherwise_here() -> None:
    en = ("We will send the papers to Vexcon this year.\n\nThe Vexcon deadline is in March.\n\n"
          "Some papers would go to the Vexcon proceedings as well.\n\nWe must talk to Vexcon about the dates.\n")
    zh = ("今年我们会把论文投给 Vexcon。\n\nVexcon 的截止日期在三月。\n\n"
          "有些论文也会进入维克斯康的论文集。\n\n我们必须和大会谈谈日期问题。\n")
    got = _literal_findings(en, zh)
    assert [c for c, _ in got] == ["TQA312"]  # 维克斯康 sounds like it (a transliteration): only the last paragraph
    assert got[0][1].startswith("我们必须和大会")
    assert _literal_findings(en, zh.replace("和大会", "和 Vexcon ")) == []
    # a paragraph cut short is the omission rules' business, not a name's rendering
    assert _literal_findings(en, zh.replace("我们必须和大会谈谈日期问题。", "我们必须。")) == []


@needs_cedict
def test_a_name_in_a_title_of_an_office_joined_by_and_is_not_literal() -> None:
    en = "The figures are on the agency's Safety Information Analysis and Sharing page.\n"
    zh = "这些数据在该机构的安全信息分析和共享页面上。\n"
    assert _literal_findings(en, zh) == []


@needs_cedict
def test_words_in_quotes_the_original_lacks_are_not_evidence_of_a_name() -> None:
    # MT quotes the labels of an interface it translates (点击“高级”, “阅读菜单”) as often as a brand:
    # quotes alone do not make the words a name
    en = "Next week I will buy the Happy Baker at the mall.\n"
    assert _literal_findings(en, "下周我要在商场买\"快乐面包师\"。\n") == []
    en2 = "While reading, tap the middle of your page to bring up the Reading Menu.\n"
    assert _literal_findings(en2, "阅读时，点击页面中间以显示“阅读菜单”。\n") == []


@needs_cedict
def test_a_camel_case_name_half_translated_is_literal() -> None:
    en = "We moved the backups to CloudVault last year.\n"
    zh = "去年我们把备份搬到了云端Vault。\n"
    assert _literal_findings(en, zh) == [("TQA312", "云端Vault")]
    assert _literal_findings(en, zh.replace("云端Vault", "CloudVault")) == []
    assert _literal_findings(en, zh.replace("云端Vault", "Vault")) == []  # cut, not translated: another rule's


@needs_cedict
def test_a_transliteration_beside_the_established_rendering_elsewhere() -> None:
    # the article writes CC-CEDICT's 别克 for Buick once and transliterates it anew once: the tie goes to 别克
    en = "My old Buick would not start.\n\nThe dealer said the Buick needed a new battery.\n"
    zh = "我的旧别克车发动不了。\n\n经销商说布伊克需要换新电池。\n"
    got = findings(en, zh)
    assert [(f.code, f.target.text, f.suggestion) for f in got if f.code == "TQA310"] == [("TQA310", "布伊克", "别克")]
    passes("TQA310", en, zh.replace("布伊克", "别克"))
    passes("TQA310", en, zh.replace("别克车", "布伊克车"))  # no established rendering in the article: one form
    # a person's name has several good transliterations: CC-CEDICT's 科尔 for Kohl is not the one standard form
    en2 = "Kohl met the mayor on Monday.\n\nThe mayor thanked Kohl for the visit.\n"
    # (release 31: 感谢柯尔 no longer hides 柯尔 inside one run, so the two forms are reported as one name written two
    # ways, as issue 17 asks; the lexicon's 科尔 must not decide which: the later form is pointed at either way round)
    for first, second in (("科尔", "柯尔"), ("柯尔", "科尔")):
        zh2 = f"{first}周一会见了市长。\n\n市长感谢{second}的来访。\n"
        got2 = [(f.target.text, f.target.line, f.suggestion) for f in findings(en2, zh2) if f.code == "TQA310"]
        assert got2 == [(second, 3, first)]


@needs_cedict
def test_the_word_of_a_model_name_whose_brand_is_kept_in_latin_is_literal() -> None:
    # a product model, brand, number and word (the Softie 12 Osprey): the translation keeps the brand in
    # Latin script once (`Softie12鱼鹰`), so the model is a name, and `鱼鹰` (osprey) is its word translated
    en = ("Many view the Softie 12 Osprey as the best bag of its kind.\n\n"
          "The Softie 12 Osprey has been given a NATO stock number.\n")
    zh = "许多人认为软12鱼鹰是同类中最好的睡袋。\n\nSoftie12鱼鹰已经获得了北约库存编号。\n"
    assert _literal_findings(en, zh) == [("TQA312", "鱼鹰"), ("TQA312", "鱼鹰")]
    # the brand never in Latin script: nothing shows the model is a name (an edition word, a rendered brand); the
    # brand itself, no English word, read as `software` (软体), is `read_as_word`'s (tests/checks/test_read_as_word.py)
    assert _literal_findings(en, zh.replace("Softie12", "软体12")) == [("TQA312", "软体")]
    assert _literal_findings(en, zh.replace("Softie12", "索夫蒂12")) == []
    # the model kept whole: nothing translated
    assert _literal_findings(en, "许多人认为Softie 12 Osprey是最好的睡袋。\n\nSoftie 12 Osprey已经获得了北约库存编号。\n") == []


@needs_cedict
def test_a_company_translated_word_by_word_before_its_legal_suffix_is_literal() -> None:
    # every word of the company's name rendered by its dictionary word before 有限公司 (Contact Left Limited)
    en = "Contact Left Limited is an official supplier for Snugpak and sells their kit in our shop.\n"
    zh = "联系左有限公司是Snugpak的官方供应商，并在我们的商店中销售他们的装备。\n"
    assert _literal_findings(en, zh) == [("TQA312", "联系左有限公司")]
    assert _literal_findings(en, zh.replace("联系左", "Contact Left ")) == []  # the name kept
    # a word of an institution: the Chinese press translates such names by meaning (国家电网有限公司)
    en2 = "National Grid Ltd said on Monday that supplies were secure.\n"
    assert _literal_findings(en2, "国家电网有限公司周一表示，供应是安全的。\n") == []


def test_a_title_rendered_two_ways_in_book_title_marks() -> None:
    # the novel's title quoted three times, written 《与吸血鬼的访谈》 twice and 《与吸血鬼的约会》 once
    en = ("'Interview with the Vampire' author Anne Rice dies at age 80\n\n"
          "Her first novel, \"Interview with the Vampire,\" was published in 1976.\n\n"
          "\"Interview with the Vampire\" was made into a film in 1994, as was the \"Twilight\" series later.\n")
    zh = ("《与吸血鬼的访谈》作者安妮·赖斯去世，享年80岁\n\n"
          "她的第一部小说《与吸血鬼的访谈》于1976年出版。\n\n"
          "1994年，《与吸血鬼的约会》被拍成电影，后来的《暮光之城》系列也是如此。\n")
    got = [(f.code, f.target.text, f.target.line, f.suggestion) for f in findings(en, zh) if f.code == "TQA310"]
    assert got == [("TQA310", "与吸血鬼的约会", 5, "与吸血鬼的访谈")]
    passes("TQA310", en, zh.replace("约会", "访谈"))
    # a short form of the title is no second rendering; nor is a paragraph whose 《》 do not pair up
    passes("TQA310", en, zh.replace("《与吸血鬼的约会》", "《吸血鬼》"))
    passes("TQA310", en, zh.replace("后来的《暮光之城》", "后来的暮光之城"))


def test_a_quoted_label_rendered_two_ways_is_inconsistent() -> None:
    # WMT22 (GTCOM, a help article): the tab "Payment Information" quoted as “缴费信息”, then as “付款信息”,
    # which the unquoted sentence before also writes: of two forms written as often, the rarer one in the article
    en = ("To update your payment information please follow these steps:\n\n"
          "Select the “Payment Information” tab.\n\n"
          "Under “Payment Information”, select the type of credit card.\n")
    zh = "要更新您的付款信息，请按以下步骤操作：\n\n选择“缴费信息”页签。\n\n在“付款信息”下，选择信用卡类型。\n"
    got = [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target is not None]
    assert got == [("缴费信息", "付款信息")]
    passes("TQA310", en, zh.replace("缴费", "付款"))
    # with nothing else to weigh, the later of two is the odd one; a label kept in English is no rendering of it
    assert [f.target.text for f in findings(en, zh.replace("您的付款信息", "您的账户")) if f.code == "TQA310" and f.target] == ["付款信息"]
    passes("TQA310", en, zh.replace("“缴费信息”", "“Payment Information”"))


def test_of_two_renderings_of_a_title_the_one_without_its_name_is_the_odd_one() -> None:
    # WMT22 (JDExploreAcademy): "Stealth Omicron" as “隐形基因” ("stealth gene"), later as “隐形奥米克隆”
    en = ('So it can detect "Stealth Omicron," which is hard to find by PCR tests.\n\n'
          'In the case of "Stealth Omicron," both genes were positive.\n')
    zh = "因此它可以检测到“隐形基因”，这很难通过PCR检测发现。\n\n在“隐形奥米克隆”的情况下，两个基因都呈阳性。\n"
    got = [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target is not None]
    assert got == [("隐形基因", "隐形奥米克隆")]


@needs_cedict
def test_a_name_after_an_honorific_translated_as_a_common_word_is_literal() -> None:
    # the coffee machine brand Mr. Coffee as 咖啡先生 ("Mr. coffee"); a person's name is transliterated
    en = "I replaced my old Mr. Coffee with this one and it brews much faster.\n"
    assert _literal_findings(en, "我用这个替换了我的旧咖啡先生，它的冲泡速度快多了。\n") == [("TQA312", "咖啡先生")]
    assert _literal_findings(en, "我用这个替换了我的旧Mr. Coffee，它的冲泡速度快多了。\n") == []
    en2 = "Mr Blair said the talks had gone well.\n"
    assert _literal_findings(en2, "布莱尔先生说会谈进行得很顺利。\n") == []


def test_a_latin_name_then_its_transliteration_in_one_paragraph_is_inconsistent() -> None:
    # archive (in-recognition-of-its-efforts…): the paragraph names the man in Latin, then quotes him by sound
    zh = "临时校长 Richard Marchase 博士曾支持创建该中心。“我们都意识到这一点，”马尔凯塞说。\n"
    f = fails("TQA310", None, zh)
    assert f.target is not None and (f.target.text, f.suggestion) == ("马尔凯塞", "Marchase")
    # glossed, or in two paragraphs (no form of the paragraph comes first), or a name that does not sound alike
    passes("TQA310", None, zh.replace("马尔凯塞说", "马尔凯塞(Marchase)说"))
    passes("TQA310", None, zh.replace("。“我们", "。\n\n“我们"))
    passes("TQA310", None, zh.replace("马尔凯塞说", "罗伯逊说"))


def test_two_people_whose_family_names_sound_alike_are_not_one_name() -> None:
    # archive (poshmark…): Jeff Clavier's 克拉维尔 and the founder Gautam Golwala in one paragraph are two people
    zh = "资金来自杰夫·克拉维尔的 SoftTechVC。该公司由 Manish Chandra、Gautam Golwala 以及 Sun 创建。\n"
    passes("TQA310", None, zh)
    # the same given name before both (`Jeff Golwala`, 杰夫·克拉维尔): one man written two ways, still reported
    f = fails("TQA310", None, zh.replace("Gautam", "Jeff"))
    assert f.target is not None and f.target.text == "Golwala"


def test_a_short_name_and_its_two_character_form_beside_a_usual_longer_form() -> None:
    # archive (marissa-mayer-orkut): 梅耶尔 ten times, 迈尔 twice, `Mayer` once; the rarer 迈尔 is no advice
    zh = ("梅耶尔说谷歌会继续投资。\n\n梅耶尔回忆说，用户很多。迈尔指出，网络很慢。\n\n梅耶尔补充说，这需要时间。\n\n"
          "梅耶尔说，Orkut 在巴西很受欢迎。\n\n梅耶尔表示，这是个教训。Mayer 指出，那时已经太晚了。\n\n迈尔没有透露计划。\n")
    got = sorted((f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target is not None)
    assert got == [("Mayer", "梅耶尔"), ("迈尔", "梅耶尔"), ("迈尔", "梅耶尔")]
    # without the longer form, the two-character form is the article's and the Latin place is pointed at it
    plain = zh.replace("梅耶尔", "迈尔")
    assert [(f.target.text, f.suggestion) for f in findings(None, plain) if f.code == "TQA310" and f.target is not None] == [("Mayer", "迈尔")]


def test_a_mixed_case_name_beside_its_dictionary_rendering_is_inconsistent() -> None:
    # archive (jobs-iphonefolly): the title writes CC-CEDICT's 苹果手机, the article iPhone
    zh = "# 乔布斯谈苹果手机\n\n他说 iPhone 会改变一切。\n\niPhone 的价格是 499 美元。\n"
    f = fails("TQA310", None, zh)
    assert f.target is not None and (f.target.text, f.suggestion) == ("苹果手机", "iPhone")
    # evenly split (no usual form), or only the company's name 苹果 (Apple), not the phone's
    passes("TQA310", None, "# 乔布斯谈苹果手机\n\n他说 iPhone 会改变一切。\n")
    passes("TQA310", None, zh.replace("苹果手机", "苹果"))


def test_a_transliteration_then_the_latin_name_in_one_paragraph_reports_the_latin_one() -> None:
    zh = "德州仪器的卡尔森表示，新芯片更省电。Carlson 没有给出具体数字。\n"
    f = fails("TQA310", None, zh)
    assert f.target is not None and (f.target.text, f.suggestion) == ("Carlson", "卡尔森")
@needs_cedict
def test_a_rendering_that_runs_into_the_next_word_is_not_the_usual_one() -> None:
    # 诺顿安全 is Norton security: the run 诺顿安 is no rendering of Norton, so 诺顿 is not cut from it
    en = ("Norton security keeps you safe.\n\nNorton security blocks viruses.\n\nOnly Norton can make this promise.\n")
    zh = "诺顿安全让您安全。\n\n诺顿安全能拦截病毒。\n\n只有诺顿能做出这个承诺。\n"
    passes("TQA311", en, zh)


@needs_cedict
def test_a_word_of_the_kind_of_place_left_out_is_no_cut() -> None:
    # 设得兰岛 for 设得兰群岛 (the Shetland Islands): the name is whole, only 群 (a group of) is left out
    en = "The northwest, Shetland and Orkney will face gusts of up to 85mph.\n"
    passes("TQA311", en, "西北部、设得兰岛和奥克尼岛将面临高达85英里/小时的阵风。\n")


@needs_cedict
def test_a_name_kept_in_latin_elsewhere_with_a_loose_transliteration_here() -> None:
    # 阿德恩 for Ardern scores below the strict sound threshold, but it is a transliteration, not a translation
    en = ("Ardern spoke on Monday.\n\nArdern said the rules would stay.\n\n"
          "Rogers called Prime Minister Jacinda Ardern a communist on Sunday and warned the country.\n")
    zh = ("Ardern 周一发表讲话。\n\nArdern 说规定将保持不变。\n\n"
          "罗杰斯周日称总理杰辛达·阿德恩为共产主义者，并向这个国家发出警告。\n")
    assert _literal_findings(en, zh) == []


@needs_cedict
def test_one_chosen_rendering_of_a_name_is_not_a_word_by_word_translation() -> None:
    # the translation renders Shiba Inu 柴犬 wherever it does not keep it: a choice, not words taken one by one
    en = ("Shiba Inu soared last year.\n\nShiba Inu is a meme coin.\n\n"
          "Many investors bought Shiba Inu at the top and regret it now.\n\n"
          "The team behind Shiba Inu has done little since the launch of the coin.\n")
    zh = ("Shiba Inu 去年暴涨。\n\nShiba Inu 是一种模因币。\n\n"
          "许多投资者在高点买入了柴犬，现在后悔了。\n\n柴犬背后的团队自推出这枚硬币以来几乎什么也没做。\n")
    assert _literal_findings(en, zh) == []
    # renderings that differ from paragraph to paragraph are the name translated word by word
    zh2 = zh.replace("买入了柴犬", "买入了恒丰").replace("柴犬背后", "长盛背后")
    assert [c for c, _ in _literal_findings(en, zh2)] == ["TQA312", "TQA312"]
    # and so are renderings that share only the dictionary words of the name's parts (演讲 for Interspeech)
    en3 = ("We send papers to Interspeech.\n\nInterspeech is in September.\n\n"
           "Some papers would go to the Interspeech proceedings next year.\n\n"
           "If you miss the Interspeech deadline, send the paper to us instead.\n")
    zh3 = ("我们把论文投给 Interspeech。\n\nInterspeech 在九月举行。\n\n"
           "有些论文明年会进入演讲间论文集。\n\n如果你错过了演讲截止日期，请把论文发给我们。\n")
    assert [c for c, _ in _literal_findings(en3, zh3)] == ["TQA312", "TQA312"]


@needs_cedict
def test_a_coinage_is_literal_only_when_both_its_words_are_translated() -> None:
    en = "The courier will normally be Citylink by 5.30pm next day.\n"
    assert _literal_findings(en, "快递通常在第二天下午5:30前由城市链接送达。\n") == [("TQA312", "城市")]
    # one word of a compound translated with a head of its own is a description (Shuttlebays: 穿梭机)
    en2 = "On the show, we always see Shuttlebays 2 and 3 on decks 12 and 13.\n"
    assert _literal_findings(en2, "在节目中，我们总是在12号和13号甲板上看到2号和3号穿梭机。\n") == []
    # a nickname written as one CamelCase word rendered piece by piece (行星木星 for PlanetJupiter) is literal: four of
    # the five wmt-mt readers who met it labelled it name-literal (release 37, TQA312 camel_literal; before it this
    # test held that 木星, Jupiter's established rendering, made it a description)
    en3 = "My office nemesis, a woman called PlanetJupiter in my stories.\n"
    assert _literal_findings(en3, "我的办公室宿敌，在我的故事中，一个叫行星木星的女人。\n") == [("TQA312", "行星木星")]


@needs_cedict
def test_a_dictionary_word_at_a_sentence_start_or_naming_a_vessel_is_not_literal() -> None:
    en = ("Storm force winds are set to batter Scotland.\n\nStorm Arwen cut the power of 100,000 homes.\n\n"
          "The Storm team said Storm would return.\n")
    zh = "风暴将袭击苏格兰。\n\n暴风雨阿尔文切断了10万户家庭的电力。\n\nStorm 团队表示，风暴会回来。\n"
    got = _literal_findings(en, zh)
    assert all(not t.startswith("风暴将") and "暴风雨" not in t for _c, t in got)
    # 企业号 for the Enterprise: Chinese names a ship by meaning with 号
    en2 = "The Enterprise docked.\n\nThose two, followed by the Enterprise.\n"
    zh2 = "Enterprise 停靠了。\n\n那两个，紧随其后的是企业号。\n"
    assert _literal_findings(en2, zh2) == []
    assert _literal_findings(en2, zh2.replace("企业号", "企业")) == [("TQA312", "企业")]
    # without an article Enterprise is the car-rental firm, not a ship: its 企业号 is the common word (WMT22, AISP-SJTU)
    en3 = "Enterprise was fine.\n\nThose two, followed by Enterprise.\n"
    assert _literal_findings(en3, zh2) == [("TQA312", "企业")]


def test_two_sound_alike_renderings_written_once_each() -> None:
    # a tie of two forms that sound alike: the first the article writes is its rendering, the second is reported
    en = ("Warnings cover parts of Argyll and Bute on Sunday.\n\n"
          "The first warning covers the Western Isles and parts of Argyll and Bute from 9pm.\n")
    zh = "周日的警告覆盖阿盖尔和布特的部分地区。\n\n第一个警告从晚上9点起覆盖西部群岛以及阿盖尔和比特的部分地区。\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("比特", "布特", 3)
    passes("TQA310", en, zh.replace("比特", "布特"))
    # two forms that do not sound alike are two readings, not a tie to break (布特 and 阿盖尔 are other names)
    passes("TQA310", en, zh.replace("比特", "毕晓普"))


COIN_EN = (
    "Shiba Inu is the latest meme coin to go viral.\n\n"
    "Many investors made a bet on Shiba Inu last year.\n\n"
    "Shiba's run was a combination of smart marketing and hype.\n\n"
    "In reality, Shiba Inu offers no tangible utility.\n\n"
    "EverGrow is very different from Shiba Inu, analysts said."
)


def test_latin_here_and_one_rendering_that_does_not_sound_like_it_elsewhere() -> None:
    # the translation renders the coin 柴犬 (by meaning, not by sound) wherever it does not keep it
    zh = ("柴犬是最新走红的迷因币。\n\n许多投资者去年押注柴犬。\n\nShiba的运营是聪明营销和炒作的结合。\n\n"
          "事实上，柴犬没有提供任何效用。\n\n分析师说，EverGrow与柴犬非常不同。\n")
    f = fails("TQA310", COIN_EN, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("Shiba", "柴犬", 5)
    # the string must stand in every paragraph that renders the name, and in no other paragraph
    passes("TQA310", COIN_EN, zh.replace("许多投资者去年押注柴犬", "许多投资者去年押注这种币"))
    passes("TQA310", COIN_EN + "\n\nDogs are popular.", zh + "\n柴犬很受欢迎。\n")


def test_one_rendering_here_where_the_translation_keeps_the_name_in_latin_more_often() -> None:
    en = COIN_EN + "\n\nShiba Inu fell again on Monday.\n\nMissed out on Shiba Inu? Not yet."
    zh = ("Shiba Inu是最新走红的迷因币。\n\n许多投资者去年押注柴犬。\n\nShiba的运营是聪明营销和炒作的结合。\n\n"
          "事实上，柴犬没有提供任何效用。\n\n分析师说，EverGrow与Shiba Inu非常不同。\n\nShiba Inu周一再次下跌。\n\n"
          "错过了Shiba Inu？还没有。\n")
    found = [f for f in findings(en, zh) if f.code == "TQA310"]
    assert [(f.target.text, f.target.line, f.suggestion) for f in found] == [("柴犬", 3, "Shiba"), ("柴犬", 7, "Shiba")]
    # kept in Latin script as often as rendered: the translation's two choices, not reported
    en4, zh4 = "\n\n".join(COIN_EN.split("\n\n")[:4]), zh.split("\n\n分析师")[0] + "\n"
    passes("TQA310", en4, zh4)


def test_latin_here_against_fewer_renderings_that_outnumber_it_or_were_chosen() -> None:
    en = "\n\n".join(SCHOLZ_EN.split("\n\n")[:2])
    one_each = "舒尔茨周日在华沙会见了莫拉维茨基。\n\nScholz在会后说，会谈很友好。\n"
    f = fails("TQA310", en, one_each)  # one rendering, one Latin form: the later one is reported against the first
    assert (f.target.text, f.target.line, f.suggestion) == ("Scholz", 3, "舒尔茨")
    glossed = one_each.replace("舒尔茨周日", "舒尔茨（Scholz）周日")
    f = fails("TQA310", en, glossed)  # the rendering glossed with the name: the translation chose it
    assert (f.target.text, f.suggestion, f.target.line) == ("Scholz", "舒尔茨", 3) and f.message.endswith("elsewhere in this article (line 1)")  # written once: its line alone
    # a ·-joined full name after the Latin form may be another bearer of the name (WMT22: the firm Squire's,
    # then its chairwoman Sarah Squire, 莎拉·斯夸尔) ...
    later = "Scholz在会后说，会谈很友好。\n\n奥拉夫·舒尔茨周日在华沙会见了莫拉维茨基。\n"
    passes("TQA310", "\n\n".join(reversed(("Olaf " + en).split("\n\n"))), later)
    # ... but introduced first by its whole name in Chinese, the person met later in Latin script is the same one
    # (WMT22, Lan-Bridge and Online-Y: 阿卜杜勒·哈米德·德贝巴, then `Dbeibah`)
    dotted = "奥拉夫·舒尔茨周日在华沙会见了莫拉维茨基。\n\nScholz在会后说，会谈很友好。\n"
    f = fails("TQA310", "Olaf " + en, dotted)
    assert (f.target.text, f.suggestion, f.target.line) == ("Scholz", "舒尔茨", 3)
    three = SCHOLZ_EN.split("\n\n")[:3]
    two_one = "舒尔茨周日在华沙会见了莫拉维茨基。\n\nScholz在会后说，会谈很友好。\n\n官员周日表示，舒尔茨周五将访问巴黎。\n"
    fails("TQA310", "\n\n".join(three), two_one)  # two renderings outnumber one Latin form
    # ... unless the paragraph writes its names in Latin script (`Scholz 和 Morawiecki`): the translation's choice there
    # for Scholz; Morawiecki, rendered once before the list and kept once in it, is written two ways (release 24: the
    # readers of heldout8, heldout9, heldout11 and heldout19 label such a Latin form, `National和Hertz` after 赫兹)
    listed = two_one.replace("Scholz在会后说", "Scholz和Morawiecki在会后说")
    found = [f for f in findings("\n\n".join(three).replace("Scholz said", "Scholz and Morawiecki said"), listed) if f.code == "TQA310"]
    assert [(f.target.text, f.suggestion) for f in found if f.target is not None] == [("Morawiecki", "莫拉维茨基")]


def test_latin_once_against_a_rendering_written_twice_and_names_listed_with_an_ampersand() -> None:
    # WMT22 shape (a car-rental review): the firm rendered twice in one paragraph, kept in Latin script in a later one
    # where it is listed with another firm by `&` (a list of names kept in Latin, not an English phrase)
    en = "I walked over to Hertz, and Hertz charged me a fortune.\n\nNational & Hertz have always been good to me.\n"
    zh = "我走到赫兹那里，赫兹向我收了一大笔钱。\n\nNational & Hertz对我来说一直很好。\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.target.line, f.suggestion) == ("Hertz", 3, "赫兹")
    # one rendering, then one Latin form in the list: the list came after the reader met the name in Chinese (release
    # 24: labelled in three systems' outputs of WMT22 t1_hogip6m, heldout8, heldout9, heldout11; release 23 took either
    # for the choice)
    f = fails("TQA310", en, zh.replace("赫兹向我", "他们向我"))
    assert (f.target.text, f.target.line, f.suggestion) == ("Hertz", 3, "赫兹")
    # the list first, the rendering after it: either may be the choice
    passes("TQA310", "National & Hertz have always been good to me.\n\nI walked over to Hertz, and they charged me a fortune.\n",
           "National & Hertz对我来说一直很好。\n\n我走到赫兹那里，他们向我收了一大笔钱。\n")


def test_a_name_of_several_words_kept_whole_elsewhere_and_half_translated_here() -> None:
    en = ("Just 10 weeks ago, EverGrow Coin was launched.\n\nHolders of EverGrow Coin have received rewards.\n\n"
          "EverGrow Coin quickly grew to $1 billion.\n\nIs EverGrow Coin the next big thing?")
    zh = ("就在10周前，EverGrow Coin推出了。\n\nEverGrow硬币的持有者已获得奖励。\n\n"
          "EverGrow Coin迅速增长到10亿美元。\n\nEverGrow Coin是下一个大热门吗？\n")
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("EverGrow硬币", "EverGrow Coin", 3)
    assert f.source is not None and f.source.text == "EverGrow Coin"
    # kept whole once only: the half-translated form is the usual one, and the Latin form the odd one
    mostly_half = zh.replace("EverGrow Coin迅速", "EverGrow硬币迅速").replace("EverGrow Coin是", "EverGrow硬币是")
    found = [f for f in findings(en, mostly_half) if f.code == "TQA310"]
    assert [(f.target.text, f.target.line, f.suggestion) for f in found] == [("Coin", 1, "硬币")]
    # as often half translated as kept whole (3 and 3 in real MT, WMT22 AISP-SJTU): no usual form, nothing reported
    tie = zh.replace("EverGrow Coin是", "EverGrow硬币是")
    passes("TQA310", en, tie)


@needs_cedict
def test_a_paragraph_that_stops_inside_a_name() -> None:
    en = "This week you can enter 1880s New York in a new drama by HBO.\n\nThe series premieres next month."
    zh = "周日最佳：在HBO的新剧中进入1880年代的纽\n\n该剧下个月首播。\n"
    f = fails("TQA311", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("纽", "纽约", 1)
    passes("TQA311", en, zh.replace("的纽", "的纽约"))
    passes("TQA311", en, zh.replace("的纽", "的纽。"))  # a full stop: a paragraph that ends, not one cut short


def test_a_whole_name_kept_in_latin_where_the_translation_renders_it_by_meaning_elsewhere() -> None:
    en = ("Dive into the world of Black Desert today.\n\nBlack Desert Prestige Edition is an online game.\n\n"
          "Enjoy crafting in Black Desert with friends.\n\nAnything can be crafted in the world of Black Desert.\n\n"
          "You can play Black Desert Online your way.")
    zh = ("今天就进入黑色沙漠的世界。\n\nBlack Desert Prestige Edition是一款网络游戏。\n\n和朋友一起在黑色沙漠中享受制作。\n\n"
          "在黑色沙漠的世界里什么都可以制作。\n\n你可以用自己的方式玩黑色沙漠在线。\n")
    found = [f for f in findings(en, zh) if f.code == "TQA310"]
    assert [(f.target.line, f.suggestion) for f in found] == [(3, "黑色沙漠")]  # one finding for the run
    # rendered alike in three paragraphs only where they all have it: one without, nothing is the translation's form
    passes("TQA310", en, zh.replace("在黑色沙漠的世界里", "在这个世界里"))


def test_an_unsounded_r_still_renders_the_name() -> None:
    # Chinese often leaves an r after a vowel unsounded (Carter 卡特, Arwen 阿文) where it also writes 尔
    from transqa.lang.transliterate import rendering_score

    assert rendering_score("Arwen", "阿文") >= 0.9 and rendering_score("Carter", "卡特") >= 0.9
    assert rendering_score("Arwen", "阿尔文") >= 0.9
    assert rendering_score("Arwen", "文") < 0.7  # one character is no rendering of two sounds
    assert rendering_score("Scholz", "华沙") < 0.7


STORM_EN = (
    "It follows two named storms, Arwen and Barra, that brought disruption to the country.\n\n"
    "More than 100,000 homes lost power in the damage wrought by Storm Arwen on November 26.\n\n"
    "Storm Barra disrupted supplies to around 10,000 homes 11 days later."
)


def test_two_renderings_one_with_er_for_the_unsounded_r() -> None:
    # real MT (WMT22, DLUT): Arwen 阿文 in one paragraph and 阿尔文 in the next; a tie of two, the first wins
    zh = ("此前，阿文和巴拉这两场命名风暴给该国带来了破坏。\n\n"
          "11月26日，风暴阿尔文造成的严重破坏导致超过10万户家庭断电。\n\n"
          "仅在11天后，风暴巴拉就扰乱了约10,000户的供应。\n")
    f = fails("TQA310", STORM_EN, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("阿尔文", "阿文", 3)
    assert not [x for x in findings(STORM_EN, zh) if x.code == "TQA311"]  # 阿文 is no cut of 阿尔文
    passes("TQA310", STORM_EN, zh.replace("阿尔文", "阿文"))


def test_rendering_with_a_name_character_of_running_text() -> None:
    # 夫 (戈尔巴乔夫), 文 (凯文), 保 (保罗) stand in names and in running text alike: with the original the
    # name's sound finds them; Dravin (a name no dictionary knows) rendered 德拉文 three times and 德拉温 once
    from transqa.lang.transliterate import known_renderings, translit_windows

    assert "德拉文" in {w for _i, w in translit_windows("德拉文说", 6, wide=True)}
    assert "德拉文" not in {w for _i, w in translit_windows("德拉文说", 6)}  # alone, a run of TRANSLIT is taken for a name
    assert not known_renderings("Dravin")
    en = ("Dravin met the board on Monday.\n\n"
          "The talks were friendly, Dravin said after the meeting.\n\n"
          "Dravin will visit Paris on Friday, officials said.\n\n"
          "The board welcomed Dravin warmly.")
    zh = ("德拉文周一会见了董事会。\n\n德拉文在会后说，会谈很友好。\n\n"
          "官员表示，德拉温周五将访问巴黎。\n\n董事会热烈欢迎德拉文。\n")
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion) == ("德拉温", "德拉文")
    assert "lines 1, 3, 7" in f.message  # 德拉文 found in the three paragraphs that write it
    passes("TQA310", en, zh.replace("德拉温", "德拉文"))


@needs_cedict
def test_the_dictionary_rendering_is_no_cut_of_a_longer_one() -> None:
    # a WMT23 reference writes Leicester 莱切斯特 three times and 莱斯特, CC-CEDICT's rendering, once: not a cut
    en = ("Leicester won on Saturday.\n\nThe fans of Leicester sang all night.\n\n"
          "Leicester will play again on Tuesday.\n\nA win for Leicester would help.\n")
    zh = "莱切斯特周六获胜。\n\n莱切斯特的球迷唱了一整夜。\n\n莱斯特周二将再次比赛。\n\n莱切斯特的胜利会有所帮助。\n"
    passes("TQA311", en, zh)


def test_a_plural_name_rendered_without_its_s() -> None:
    # real MT (WMT23, GPT4-5shot): the Repnids kept in Latin script and once 雷普尼德, without the s; the
    # whole run, not its first three characters, is the rendering the finder hears best
    from transqa.lang.transliterate import rendering_score, sound_score

    assert sound_score("Repnids", "雷普尼德") < 0.7 <= rendering_score("Repnids", "雷普尼德")
    assert rendering_score("Repnids", "雷普尼") < rendering_score("Repnids", "雷普尼德")


def test_a_slug_name_with_a_character_changed_is_reported_where_it_stands_as_a_name() -> None:
    # a two-character surname of a `·` name, written with one character changed later on (苛勒 for 科勒)
    zh = "脸书的马特·科勒将离开。\n\n科勒于 2005 年加入。\n\n苛勒是一位受欢迎的高管。\n\n公司希望扩展。"
    got = _slug_findings("facebook-loses-another-exec-matt-cohler-joins-benchmark.md", zh)
    assert "TQA310 苛勒" in got
    # without the slug, the `·` name's part written twice still tells the sound is a name's: a homophone slip (release
    # twenty-one's two-character forms), not the slug's finding
    fs = [f for f in findings(None, zh) if f.code == "TQA310"]
    assert [(f.target.text if f.target else "", "same sound" in f.message) for f in fs] == [("苛勒", True)]
    # a changed character that makes a word with its neighbour (公司|希) or a name that goes on (乔纳|森) is no variant
    zh2 = "布兰登·艾希今晚发言。\n\n艾希说了很多。\n\n该公司希望扩展。\n\n让乔纳森来解释。"
    assert not any(x.startswith("TQA310") for x in _slug_findings("brendan-eich-to-advise-ajax-org.md", zh2))


def test_a_full_name_written_in_both_scripts_reports_the_rarer_script() -> None:
    # both parts of the `·` name sound like the Latin given name and surname: one person, two scripts
    zh = "脸书的货币化主管蒂姆·肯德尔已经离开公司。\n\nTim Kendall 于 2006 年加入脸书。\n\n我们问了 Kendall 原因。\n"
    got = [f for f in findings(None, zh) if f.code == "TQA310"]
    assert len(got) == 1 and got[0].target is not None and "肯德尔" in got[0].target.text and got[0].target.line == 1
    assert got[0].suggestion in ("Tim Kendall", "Kendall")
    # as often in each script (a surname alone counts for its script): no usual form, nothing reported
    even = "除了他，董事会还选举了雷·莱恩作为主席。\n\n董事会还选举 Ray Lane 为新成员。\n\n莱恩曾在多家公司任职。\n\nRay Lane 说。\n"
    assert not [f for f in findings(None, even) if f.code == "TQA310"]
    # a Chinese name whose surname does not sound like the Latin one is another person
    other = "蒂姆·库克今天发言。\n\nTim Kendall 于 2006 年加入脸书。\n\nTim Kendall 离开了。\n"
    assert not [f for f in findings(None, other) if f.code == "TQA310" and f.target and "库克" in f.target.text]
    # a name of three parts is not cut to its first two (蒂姆·肯德 of 蒂姆·肯德尔·史密斯)
    three = "他说蒂姆·肯德尔·史密斯来了。\n\nTim Kendall 于 2006 年加入脸书。\n\nTim Kendall 离开了。\n"
    assert not [f for f in findings(None, three) if f.code == "TQA310" and f.target and "蒂姆" in f.target.text]


def test_a_full_name_whose_parts_sound_alike_together_though_one_scores_low() -> None:
    # archive (searchology-event-at-google-today): Udi Manber twice, 乌迪·曼伯 once; 乌迪 scores low for a
    # given name that starts with a vowel, 曼伯 carries the pair
    zh = ("演讲者包括工程副总裁 Udi Manber 和其他人。\n\n* 问答环节(乌迪·曼伯、阿兰·尤斯塔斯)\n\n"
          "[Udi Manber](https://example.com/udi) (亚马逊 A9 前 CEO)登场。\n")
    got = [f for f in findings(None, zh) if f.code == "TQA310"]
    assert [(f.target.text, f.suggestion) for f in got if f.target] == [("乌迪·曼伯", "Udi Manber")]
    # a given name that starts with another consonant is another person (archive, techcrunch-disrupt-hackathon-details:
    # Vishal Shah beside 吉尔·赫希, whose parts score 0.67 and 0.95)
    other = "Vishal Shah 是 Ask.com 的总监。\n\n评委还有吉尔·赫希。\n\nVishal Shah 说。\n"
    assert not [f for f in findings(None, other) if f.code == "TQA310"]
    # two Latin words before a lower-case Latin word are a name broken in two (Tom Bede carré), not a person
    broken = ("[Tom Bede carré](https://example.com/t)——AKQA 董事长。\n\n他和道格·波弟一起讨论。\n\n"
              "Tom Bede carré 说。\n")
    assert not [f for f in findings(None, broken) if f.code == "TQA310"]
def test_a_full_name_in_the_rarer_script_is_one_finding_for_the_whole_name() -> None:
    # archive (branchout-akqa-facebook, fuckedcompanys-adbrite…): the surname alone was reported, or the given name and
    # the surname each, with a suggestion that mixes the scripts (Rick 马里尼, 蒂姆·Kendall)
    zh = "[里克·马里尼](https://example.com/a)是创始人。\n\n里克·马里尼说。\n\n里克·马里尼补充说。\n\nRick Marini 是连续创业者。\n"
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert got == [("Rick Marini", "里克·马里尼")]
    zh = "脸书的货币化主管蒂姆·肯德尔已经离开公司。\n\nTim Kendall 于 2006 年加入脸书。\n\nTim Kendall 离开了。\n"
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert got == [("蒂姆·肯德尔", "Tim Kendall")]


def test_a_usual_form_written_once_is_counted_once_not_one_times() -> None:
    zh = "舒尔茨周日在华沙会见了总理。\n\n官员表示，朔尔茨周五将访问巴黎。\n"
    f = fails("TQA310", None, zh)
    assert f.message == "“朔尔茨” is written “舒尔茨” elsewhere in this article (line 1)"
    f = fails("TQA310", None, "舒尔茨周日在华沙。\n\n舒尔茨会见了总理。\n\n官员表示，朔尔茨周五将访问巴黎。\n")
    assert f.message == "“朔尔茨” is written “舒尔茨” elsewhere in this article (2 times, first on line 1)"


def test_thousands_of_dotted_names_take_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # `·` names of three or four characters, a paragraph each: every form was compared with every other and sought
    # in every paragraph (quadratic: 4,000 took three minutes, f39f444c); each variant is still found. Counted, not
    # timed: the pairs of forms compared (`_close` calls) at 200 and 800 names, 696 -> 4,067 today (5.8x: more
    # names share a key as they fill the alphabet; 16,635 at 3,000), 116,800 -> 1,868,800 with every form compared
    # with every other (16x). One check of 3,000 names under a fixed 20 s bound took about 3.7 CPU s of the suite
    from transqa.checks.transliteration import target_only

    chars = "阿巴克德埃弗格哈伊杰卡尔马纳奥帕奎里斯特乌维沃西亚兹"

    def name(k: int) -> str:
        return chars[k % 26] + chars[k // 26 % 26] + chars[k // 676 % 26] + ("斯" if k % 5 == 0 else "")

    compared = [0]
    real = target_only._close

    def close(a: str, b: str) -> bool:
        compared[0] += 1
        return real(a, b)

    monkeypatch.setattr(target_only, "_close", close)

    def work(n: int) -> list[Finding]:
        zh = "\n\n".join(f"{name(k)}·{name(k * 5 + 1)}说。" for k in range(n)) + "\n"
        return [f for f in findings(None, zh) if f.code in ("TQA310", "TQA311")]

    work(200)
    small, compared[0] = compared[0], 0
    got = work(800)
    assert compared[0] < 8 * small, (small, compared[0])
    assert len(got) == 650 and got[0].target is not None and got[0].target.text == "克阿阿" and got[0].suggestion == "克亚阿"


def test_two_characters_that_sound_like_a_name_kept_in_latin_many_times_are_its_rendering() -> None:
    latin = "".join(f"Rondee 的第 {k} 项服务很好。\n\n" for k in range(5))
    got = [f for f in findings(None, latin + "什么是朗迪？\n") if f.code == "TQA310"]
    assert [f.target.text for f in got if f.target] == ["朗迪"] and got[0].suggestion == "Rondee"
    # written four times only: two characters are too often another word or name
    fewer = "".join(f"Rondee 的第 {k} 项服务很好。\n\n" for k in range(4))
    assert not [f for f in findings(None, fewer + "什么是朗迪？\n") if f.code == "TQA310"]
def test_a_term_written_by_meaning_transliterated_as_a_name() -> None:
    # WMT22 (Online-G, Online-W, Online-Y, HuaweiTSC): 科维德 for Covid; Chinese writes 新冠
    en = "I'm scared Covid is going to get worse.\n\nWasps lost four more players to COVID in the morning.\n"
    zh = "我害怕科维德会变得更糟。\n\n上午黄蜂队又有四名球员因新冠缺阵。\n"
    f = fails("TQA318", en, zh)
    assert (f.target.text, f.suggestion, f.target.line, f.source.text) == ("科维德", "新冠", 1, "Covid")
    passes("TQA318", en, zh.replace("科维德", "新冠"))
    passes("TQA318", en.replace("Covid", "Kovid"), zh.replace("科维德", "新冠"))
    # a name that sounds alike is no rendering of the term when the English has no such term
    passes("TQA318", "I'm scared Kovid is going to get worse.\n", "我害怕科维德会变得更糟。\n")


def test_a_term_heard_loosely_where_no_word_of_its_meaning_stands() -> None:
    # WMT22 AISP-SJTU rte.en.ie.26304 (labelled name-wrong): Covid as 乔维奇, which scores below ACCEPT; Munster and Wasps
    # are rendered (蒙斯特 by sound, 黄蜂 by CC-CEDICT), so nothing else of the English paragraph explains the run
    en = ("Munster edged Wasps in a thrillingly chaotic Heineken Champions Cup clash contested by makeshift sides "
          "beset by Covid and injury problems.\n")
    zh = "蒙斯特在一场令人毛骨悚然的混乱的喜力冠军杯比赛中击败了黄蜂队，这场比赛是由被乔维奇和伤病问题围困的临时球队争夺的。\n"
    f = fails("TQA318", en, zh)
    assert (f.target.text, f.suggestion, f.source.text) == ("乔维奇", "新冠", "Covid")
    # a word of the term's meaning in the paragraph: the loose reading is not asked
    passes("TQA318", en, zh.replace("伤病问题", "疫情和伤病问题"))
    # a possessive of a name rendered by its dictionary word is that name (Wasps' → 黄蜂队), it explains no run
    fails("TQA318", "When the game got going, Wasps' Covid-affected day became further complicated.\n",
          "当比赛开始时，黄蜂队受乔维奇影响的一天开始变得更加复杂。\n")
    # a run inside another word's CC-CEDICT rendering is that word (WMT21 reference B edited: 疫情爆发前 cut out)
    passes("TQA318", "Melbourne is the second largest airport contract in Australia and pre-coronavirus was worth tens "
           "of millions each year.\n", "墨尔本机场是澳大利亚境内签署的第二大机场合作合同。\n")
    # another name of the English paragraph heard in the run: its rendering, not the term's
    passes("TQA318", "Wasps beat Jovic's side, beset by Covid.\n", "黄蜂队击败了乔维奇的球队。\n")


def test_a_coin_heard_loosely_before_bi() -> None:
    # WMT22 Lan-Bridge pr-newswire.16452 (labelled name-wrong): Dogecoin as 道奇币, 道奇 (Dodge) a CC-CEDICT word
    en = "Even the name itself, a nod to Elon Musk-backed Dogecoin, is part of the design.\n"
    f = fails("TQA318", en, "甚至这个名字本身，也是对埃隆·马斯克支持的道奇币的敬意，也是设计的一部分。\n")
    assert (f.target.text, f.suggestion) == ("道奇", "狗狗币")
    passes("TQA318", en, "甚至这个名字本身，也是对埃隆·马斯克支持的狗狗币的敬意，也是设计的一部分。\n")
    # the dictionary word without 币 is the word (the carmaker), not the coin heard
    passes("TQA318", en, "甚至这个名字本身，也是对埃隆·马斯克支持的道奇的敬意，也是设计的一部分。\n")


def test_a_person_whose_name_sounds_like_the_term_is_no_transliterated_term() -> None:
    # Kovid Sharma written 科维德·夏尔马 beside Covid rendered 新冠: a `·`-joined name is a person's, not the term
    passes("TQA318", "Covid cases rose, said Kovid Sharma.\n", "科维德·夏尔马说，新冠病例增加。\n")
    passes("TQA318", "Covid cases rose, said Anand Kovid.\n", "阿南德·科维德说，新冠病例增加。\n")
    fails("TQA318", "Covid cases rose, said Kovid Sharma.\n", "科维德·夏尔马说，科维德病例增加。\n")


def test_a_term_named_thousands_of_times_takes_linear_time() -> None:
    # Covid 4,000 times in one sentence and 新冠 in its translation: every mention walked the whole
    # Chinese paragraph's windows again (quadratic: 2,000 took 7 s, 4,000 over three minutes); once a word now
    import time

    en = "Officials eased the rules on Covid" + ", Covid" * 4000 + ".\n"
    zh = "官员放宽了" + "华沙新冠、" * 4000 + "规定。\n"
    t = time.process_time()
    got = [f for f in findings(en, zh) if f.code == "TQA318"]
    assert time.process_time() - t < 15
    assert got == []
    # the first mention is the one named, as before
    f = fails("TQA318", "Covid, COVID and Covid rules.\n", "官员放宽了新冠、新冠和科维德规定。\n")
    assert (f.source.text, f.target.text) == ("Covid", "科维德")


def test_a_very_long_latin_word_takes_linear_memory() -> None:
    # each name of the article was indexed with every one-letter cut of it: a capitalised word of n letters took n²
    # letters of memory (6,000 letters: 36 MB; a 100 KB word, 10 GB); no name is longer than a DNS label (63)
    import random
    import tracemalloc

    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    rng = random.Random(7)
    word = "A" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6000))
    zh = f"{word} 推出了。\n\n{word} 说。\n\n{word[:3000] + word[3001:]} 说。\n"
    check_documents(None, parse_markdown("x/a.md", "Automattic 推出。\n"))  # the dictionaries loaded before
    tracemalloc.start()
    try:
        got = check_documents(None, parse_markdown("x/a.md", zh), Settings(select=("TQA311",))).findings
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000 and not got


def test_a_form_named_in_passing_is_a_gloss_not_a_second_rendering() -> None:
    # a tester's line: the sentence itself says 安卓 is what Android is called in China
    zh = "# Android 手机\n\nAndroid 是谷歌的系统，在中国被称为安卓。\n\nAndroid 用户很多。\n\nAndroid 版本免费。\n\n它支持 Android 2.1。\n"
    passes("TQA310", None, zh)
    fails("TQA310", None, zh.replace("在中国被称为安卓", "在中国安卓很流行"))


def test_a_lost_letter_is_suggested_as_the_article_spells_the_name() -> None:
    # a newcomer's lines: the suggestion was the lower-case address label (`automattic`)
    zh = "# 博客平台\n\nWordPress 的母公司 [Automattic](http://automattic.com/) 今天宣布融资。\n\nautomatic 的首席执行官 Matt Mullenweg 说，公司在增长。\n"
    f = fails("TQA311", None, zh)
    assert f.suggestion == "Automattic" and "“Automattic”" in f.message
    # the English word glossed in brackets after its Chinese is no cut name
    passes("TQA311", None, "# 博客平台\n\nWordPress 今天宣布了自动（automatic）更新功能，这是 Automattic 的新功能。Automattic 很高兴。\n")


def test_a_lost_letter_is_suggested_with_the_capitals_the_article_writes_inside_the_name() -> None:
    # the article writes the name with a capital inside it (MochiAds, eJamming), which a word of one capital then lower
    # case does not match: the suggestion was the address's lower case (`mochiads`)
    zh = ("# Mochi Media 推出广告网络\n\n看到 MochiAds 在独立游戏中的作用。\n\n"
          "[mochias](http://www.mochiads.com/) 是面向 Flash 游戏的广告网络。MochiAds 的主管说。\n")
    assert _cut_findings("x/mochimedia-introduces-ad-network.md", zh) == [("mochias", "MochiAds")]
    # a name written only in addresses keeps their lower case: no capital is made up
    zh = "# 最佳 CEO\n\n托尼·施耐德([automatic](http://automattic.com/))获奖。\n"
    assert _cut_findings("x/crunchies.md", zh) == [("automatic", "automattic")]


def test_a_second_transliteration_named_in_passing_is_a_gloss() -> None:
    # the sentence itself gives the other spelling as another name of the person: no inconsistency
    zh = "# 艾萨克森的新书\n\n沃尔特·艾萨克森说，他写了两年。\n\n艾萨克森（台湾版译作伊萨克森）还说，乔布斯很难相处。\n\n艾萨克森的书下周出版。\n"
    passes("TQA310", None, zh)
    fails("TQA310", None, zh.replace("台湾版译作伊萨克森", "伊萨克森说"))


def test_a_slug_name_written_otherwise_in_passing_is_a_gloss() -> None:
    zh = "马克·安德森今晚发言。\n\n安德森说了很多。\n\n安德森还提问。\n\n这位投资人也被称为安德烈森，他连珠炮似的发问。"
    got = _slug_findings("marc-andreessen-speaks-with-a-guest.md", zh)
    assert not any(x.startswith("TQA310") for x in got)
    assert "TQA310 安德烈森" in _slug_findings("marc-andreessen-speaks-with-a-guest.md", zh.replace("也被称为", "也是"))


def test_a_half_translated_name_glossed_or_named_in_passing_is_not_inconsistent() -> None:
    zh = ("# T-Mobile 想要 Orange 荷兰（Orange Netherlands）\n\nT-Mobile 正在洽谈收购 Orange Netherlands。\n\n"
          "France Telecom 一直试图出售 Orange Netherlands。监管机构已批准收购 Orange Netherlands。\n")
    passes("TQA310", None, zh)  # the half-translated form glossed with the whole name in brackets
    passes("TQA310", None, zh.replace("Orange 荷兰（Orange Netherlands）", "Orange Netherlands，简称 Orange 荷兰"))
    fails("TQA310", None, zh.replace("Orange 荷兰（Orange Netherlands）", "Orange 荷兰"))


@needs_cedict
def test_an_acronym_beside_the_dictionary_name_it_stands_for() -> None:
    # AOL kept in Latin script four times, CC-CEDICT's 美国在线 (America Online (AOL)) once: the minority
    zh = "# AOL 重组\n\nAOL 今天宣布重组。\n\n忠诚的美国在线用户不受影响。\n\nAOL 的会员部门和 AOL 的广告部门分开。\n"
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion) == ("美国在线", "AOL")
    passes("TQA310", None, zh.replace("美国在线", "AOL"))
    passes("TQA310", None, zh.replace("美国在线用户", "美国在线（AOL）用户"))  # glossed: tied together
    # an acronym that is a word of a longer Latin name is not the name
    passes("TQA310", None, zh.replace("AOL ", "AOL Mail "))


def test_an_acronym_is_read_from_a_name_that_spells_it() -> None:
    from transqa.lang.transliterate import spells_acronym

    assert spells_acronym("AOL", "America Online") and spells_acronym("SEC", "US Securities and Exchange Commission")
    assert not spells_acronym("US", "Congress") and not spells_acronym("US", "State of the Union address")


def test_a_consonant_cluster_takes_a_character_of_its_own() -> None:
    # a one-syllable name kept in Latin script, and once transliterated with a character per consonant
    zh = "# 记者 Schmitz 的调查\n\nSchmitz 发现了问题。\n\n施密茨的发现很重要。\n\nSchmitz 说他会继续调查。\n"
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion) == ("施密茨", "Schmitz")
    passes("TQA310", None, zh.replace("施密茨", "Schmitz"))
    # not where either form may be a given name of several people, nor a form glossed with another name
    zh = "# 会议\n\n克里斯今天发言。克里斯还提问。\n\n克里斯很高兴。\n\nChris Saito 说了别的，Chris 也笑了。\n"
    passes("TQA310", None, zh)
    zh = "# Gist 收购\n\nGist 今天宣布收购。Gist 很高兴。\n\n创意来自律师埃里克·科斯特（Eric Koester）。\n\nGist 说。\n"
    passes("TQA310", None, zh)


def test_a_case_variant_of_a_latin_name_is_not_told_to_take_its_transliteration() -> None:
    zh = ("# Braintree 融资\n\nBraintree 今天宣布融资。Braintree 很高兴。\n\n布伦特里的客户很多。\n\n"
          "BrainTree 的创始人说。Braintree 还在增长。\n")
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert ("BrainTree", "布伦特里") not in got and ("布伦特里", "Braintree") in got


def test_the_patterns_built_from_a_name_are_compiled_once() -> None:
    from transqa.checks.transliteration import common, target_only, with_original

    built = [
        (common._latin_name_pattern, ("Scholz",), "Scholz 说", True),
        (with_original._half_pattern, (("音乐",), "LM"), "音乐LM", True),
        (with_original._whole_run_pattern, ("Apple", "Maps"), "AppleMaps", True),
        (with_original._head_and_words_pattern, ("Apple", ("地图",)), "Apple 地图", True),
        (with_original._company_pattern, (("(?:联系)", "(?:左)"),), "联系左有限公司", True),
        (with_original._honorific_pattern, ("咖啡",), "咖啡先生", True),
    ]
    for make, args, text, found in built:
        assert make(*args) is make(*args)
        assert bool(make(*args).search(text)) is found, (make, args)
    assert common._gloss_pattern("舒尔茨", "Scholz") is common._gloss_pattern("舒尔茨", "Scholz")
    assert common._gloss_pattern("舒尔茨", "Scholz").glossed("舒尔茨（Olaf Scholz）")
    # the gloss of a form, with no pattern compiled per name (target_only._glossed_in)
    assert target_only._glossed_in("舒尔茨(Olaf Scholz)", "舒尔茨", "Scholz")
    assert not target_only._glossed_in("舒尔茨(Olaf Scholzer)", "舒尔茨", "Scholz")
    from transqa.lang.script import HAN_RANGE

    assert [p.pattern for p in target_only._added_patterns("安德森")] == [f"安([{HAN_RANGE}])德森", f"安德([{HAN_RANGE}])森"]
    assert len(target_only._swapped_patterns("科勒")) == 2 and target_only._swapped_patterns("科勒")[0].search("苛勒")


def test_one_gloss_test_ties_a_form_to_another_name() -> None:
    from transqa.lang.chinese import tied_at

    text = "它在中国被称为安卓。哥伦比亚广播公司(CBS)表示同意。"
    assert tied_at(text, text.index("安卓"), text.index("安卓") + 2, "Android")  # named in passing
    s = text.index("哥伦比亚")
    assert tied_at(text, s, s + 8, "CBS")  # glossed in brackets
    assert not tied_at("安卓很流行。", 0, 2, "Android")


@needs_cedict
def test_an_acronym_glossed_at_its_first_mention_and_bare_later_is_the_accepted_way() -> None:
    # an editor's verdict: 哥伦比亚广播公司(CBS) first, then CBS bare, is normal Chinese practice, not two ways
    zh = ("# 网飞与哥伦比亚广播公司达成协议\n\n网飞宣布与哥伦比亚广播公司达成协议。网飞此前与哥伦比亚广播公司签约。\n\n"
          "哥伦比亚广播公司(CBS)表示，节目将在九月上线。\n\n网飞将提供类似的 CBS 节目。\n")
    passes("TQA310", None, zh)
    # the acronym bare before any gloss: still the minority
    f = fails("TQA310", None, zh.replace("哥伦比亚广播公司(CBS)表示", "该公司表示"))
    assert (f.target.text, f.suggestion) == ("CBS", "哥伦比亚广播公司")


@needs_cedict
def test_an_acronym_in_a_title_against_its_full_chinese_name_is_not_reported() -> None:
    # a headline writes the short form, the body the full Chinese name: the headline's economy, not two renderings
    zh = ("# CBS 测试社交观看室\n\n# 哥伦比亚广播公司测试社交观看室\n\n哥伦比亚广播公司今天宣布测试。\n\n"
          "哥伦比亚广播公司的节目将上线。哥伦比亚广播公司说。哥伦比亚广播公司很高兴。\n")
    passes("TQA310", None, zh)
    # the same acronym in the body is still the minority, the title's counted with it (two against four)
    f = fails("TQA310", None, zh.replace("哥伦比亚广播公司的节目", "CBS 的节目"))
    assert (f.target.text, f.suggestion, f.target.line) == ("CBS", "哥伦比亚广播公司", 7)
    # and the title's acronym still counts for the Latin script: twice in titles and once in the body outweigh one 美国在线
    zh = "# AOL 重组\n\n# AOL 宣布重组\n\nAOL 今天宣布重组。\n\n忠诚的美国在线用户不受影响。\n"
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion) == ("美国在线", "AOL")


@needs_cedict
def test_an_acronym_in_a_bracketed_clause_counts_as_a_use() -> None:
    # AOL three times (twice inside a clause in brackets), 美国在线 twice: no script has twice the other's uses,
    # so AOL is not told to become 美国在线
    zh = ("# 雅虎收购一家工作室\n\n这是一个由前雅虎和前美国在线的校友创建的工作室。\n\n"
          "李普曼曾是 AOL 的移动副总裁(在 AOL 收购了他的初创公司之后，他加入了 AOL)。\n\n"
          "公司从许多雅虎和美国在线的老员工那里筹集了资金。\n")
    passes("TQA310", None, zh)
    # a Latin gloss in brackets after the Chinese is still no use of the prose
    from transqa.checks.transliteration.target_only import _gloss_bracket_before

    assert _gloss_bracket_before("哥伦比亚广播公司(CBS)", 9) and not _gloss_bracket_before("(在 AOL 收购", 3)


def test_a_short_slug_name_is_not_heard_in_a_name_with_another_first_sound() -> None:
    # a game character (索尼娅) against the company of the slug (Zynga): two consonants (SN) match too much
    zh = ("# Zynga 的最新游戏\n\nZynga 今天发布了新游戏。\n\nZynga 说，你会遇到许多角色：乔治(友好的海盗)，索尼娅(性感的海盗)。\n\n"
          "Zynga 还希望你沉浸其中。\n")
    got = _slug_findings("zyngas-newest-title-combines-storylines.md", zh)
    assert "TQA310 索尼娅" not in got
    # a short slug name rendered with an initial Chinese gives its first letter (Ziggy 齐格) is still the minority
    zh = "# Ask Ziggy 融资\n\nAsk Ziggy 计划扩展。\n\nZiggy 目前只在 Windows Phone 上。\n\n“将齐格的 22 种语言带到更多设备上，”他说。\n\nZiggy 还计划推出。\n"
    assert "TQA310 齐格" in _slug_findings("ask-ziggy-closes-funding-round.md", zh)


def test_a_slug_name_whose_r_goes_unsounded_is_heard_in_its_rendering() -> None:
    # the slug's Mertado kept in Latin script throughout the body, 默塔多 in the title: an r Chinese leaves unsounded
    zh = ("# 默塔多筹集 230 万美元\n\n社交购物初创公司 Mertado 今天推出了 Mertado TV。\n\nMertado 的用户可以购买产品。\n\n"
          "Mertado 说，这是第一步。\n")
    assert "TQA310 默塔多" in _slug_findings("mertado-raises-2-3-million.md", zh)
    # a form short of a syllable is not heard without its r (Searchology against a person's 谢尔盖)
    zh = ("# 今天在谷歌举行的 Searchology 活动\n\n谷歌今天举行了 Searchology 活动。\n\n谢尔盖·布林也来了。\n\n"
          "Searchology 展示了新功能。谢尔盖说。\n")
    assert not [x for x in _slug_findings("searchology-event-at-google-today.md", zh) if x.startswith("TQA310")]


@needs_cedict
def test_a_slug_word_is_english_only_under_an_english_ending() -> None:
    from transqa.checks.transliteration.target_only import slug_names

    # biba is no bib with a letter added, lexmark no lex, evernote no ever: names of the slug
    assert {"biba"} <= slug_names("biba-adds-a-desktop-version-to-its-mobile-app.md")
    assert {"lexmark", "evernote"} <= slug_names("evernote-lexmark-printers.md")
    # English words under their endings stay words (tagging, gamers, getting)
    assert not {"tagging", "gamers", "getting"} & slug_names("getting-gamers-tagging-photos-again.md")
    zh = ("# Biba 为其会议服务增加桌面版\n\n会议初创公司 Biba 今天宣布。\n\nBiba 会在会议安排好后提醒。在约定的时间，比巴召集参与者。\n\n"
          "与会者注册 Biba 服务。\n\nBiba 还增加了高清视频。\n\nBiba 说。\n")
    assert "TQA310 比巴" in _slug_findings("biba-adds-a-desktop-version-to-its-mobile-app.md", zh)


def test_with_the_original_a_rendering_given_as_another_name_is_a_gloss() -> None:
    zh = ("舒尔茨周日在华沙会见了莫拉维茨基。\n\n舒尔茨在会后说，会谈很友好。\n\n"
          "官员周日表示，这位在德国被称为朔尔茨的总理周五将访问巴黎。\n\n莫拉维茨基以军礼欢迎舒尔茨。\n")
    assert not [f for f in findings(SCHOLZ_EN, zh) if f.code == "TQA310"]
    fails("TQA310", SCHOLZ_EN, zh.replace("在德国被称为", ""))


RENTAL_EN = ("The rental desks at the airport were busy on Friday.\n\n"
             "National & Hertz have always been good experiences for me.\n\n"
             "Last year I also rented from Avis and Budget in Denver.")


@needs_cedict
def test_a_name_listed_beside_a_transliterated_name_is_not_a_common_word() -> None:
    zh = "周五机场的租车柜台很忙。\n\n国家和赫兹对我来说一直是很好的经历。\n\n去年我还在丹佛从艾维斯和预算租过车。\n"
    found = sorted((f.target.text, f.target.line) for f in findings(RENTAL_EN, zh) if f.code == "TQA312")
    assert found == [("国家", 3), ("预算", 5)]
    f = fails("TQA312", RENTAL_EN, zh.replace("预算", "Budget"))
    assert "listed with Hertz" in f.message and f.source is not None and f.source.text == "National"
    # kept in Latin script or rendered by sound, the pair is right
    passes("TQA312", RENTAL_EN, zh.replace("国家", "National").replace("预算", "Budget"))


@needs_cedict
def test_a_pair_rendered_by_meaning_or_inside_a_list_is_not_literal() -> None:
    en = ("Voters were asked on Sunday.\n\nTrump and Congress could not agree on the budget.\n\n"
          "Our range includes Rings, Earrings, Pendants and Mangalsutra.\n\n"
          "The warning covers parts of the Highlands and Argyll.")
    zh = ("周日询问了选民。\n\n特朗普和国会未能就预算达成一致。\n\n我们的产品系列包括戒指、耳环、吊坠和Mangalsutra。\n\n"
          "警告覆盖高地和阿盖尔的部分地区。\n")
    assert not [f for f in findings(en, zh) if f.code == "TQA312"]


def test_a_name_with_a_lower_case_prefix_kept_in_latin_elsewhere() -> None:
    en = ("Connect your eReader to a power source.\n\nThe light of your eReader turns off.\n\n"
          "Press the power button on your eReader for thirty seconds.\n\nYour eReader screen will turn black.")
    zh = ("将您的eReader连接到电源。\n\n您的eReader的指示灯熄灭。\n\n长按电子阅读器上的电源键三十秒。\n\n"
          "您的eReader屏幕将变黑。\n")
    f = fails("TQA312", en, zh)
    assert f.target is not None and f.target.line == 5
    assert f.suggestion == "write eReader (as line 1 does) in this line, where the original has “on your eReader”"
    passes("TQA312", en, zh.replace("电子阅读器", "eReader"))


@needs_cedict
def test_a_lower_case_prefixed_name_the_dictionary_renders_is_not_literal() -> None:
    en = ("Send us eBay Messages.\n\nWe read eBay Messages daily.\n\nA problem with the eBay Messages may happen.")
    zh = "请给我们发送eBay消息。\n\n我们每天阅读eBay消息。\n\n易趣的信息可能出现问题。\n"
    assert not [f for f in findings(en, zh) if f.code == "TQA312"]


def test_a_two_character_slug_name_and_a_place_of_close_sound_are_two_names() -> None:
    # archive, keen-on-esther-dyson-…: 戴森 (Dyson, of the slug) three times, 图森 (the city Tucson) once: d is not t
    zh = "很少有人比埃丝特·戴森更了解泡沫。\n\n当戴森嗅到泡沫时，我们应该注意。\n\n本周我们在图森的会议上问戴森。"
    assert not any(x.startswith("TQA310") for x in _slug_findings("keen-on-esther-dyson-investing.md", zh))
    got = _slug_findings("keen-on-esther-dyson-investing.md", zh.replace("图森", "黛森"))  # the same initial: one name
    assert "TQA310 黛森" in got


def test_a_window_cut_out_of_a_longer_name_is_no_name() -> None:
    # archive, more-bloggers-raising-money-…: `路易斯格雷` (Louis Gray, no `·`) beside Scoble: 斯格雷 is no rendering of it
    zh = "其他人，如 Winer，Scoble 和鲁贝尔为我做了这些。我一直在推动[路易斯格雷](http://www.louisgray.com/)和别人。"
    assert not [f for f in findings(None, zh) if f.code == "TQA310"]
    f = fails("TQA310", None, zh.replace("[路易斯格雷]", "[斯格雷]"))  # the same run standing alone is heard as Scoble
    assert f.target is not None and f.target.text == "斯格雷"


def test_an_even_split_keeps_the_latin_name_the_slug_or_the_title_gives_first() -> None:
    # archive, ebay-reportedly-goes-shopping-acquires-milo-com-…: `Milo.com` in the title, 米洛 once, Milo once after it
    zh = "# 据报道，Milo.com 被易贝收购\n\n这对购物来说是一个机会，因为米洛非常擅长让人们在线下找到商品。\n\nMilo 已经筹集了大约 500 万美元。\n"
    got = _slug_findings("ebay-acquires-milo-com-for-75-million.md", zh)
    assert "TQA310 米洛" in got and "TQA310 Milo" not in got
    zh = "# 书评：Ferriss.com 上线\n\n作者蒂姆·费里斯写了一本新书。\n\n这本书很长。\n\n以他独特的方式，Ferriss 成为了第一个。\n"
    got = _slug_findings("a-new-book-review.md", zh)  # no slug word: the title's Ferriss.com is met first
    assert "TQA310 费里斯" in got and "TQA310 Ferriss" not in got


def test_a_latin_name_beside_a_product_name_that_extends_it_is_not_reported() -> None:
    # archive: 谷歌 throughout, then `Google 用 Google+ 身份验证来取代 Google` in one paragraph
    zh = "谷歌今天发布了新功能。\n\n谷歌表示会继续改进。\n\n谷歌的目标很明确。\n\n人们可以看到 Google 用 Google+身份验证来取代它。\n"
    assert not [f for f in findings(None, zh) if f.code == "TQA310"]
    f = fails("TQA310", None, zh.replace("用 Google+身份验证", "用新的身份验证"))
    assert f.target is not None and (f.target.text, f.suggestion) == ("Google", "谷歌")


def test_a_word_of_close_sound_to_the_slug_name_is_another_name() -> None:
    # archive, teneros-a-startup-…: 特纳罗斯 is Teneros (the slug); the pun `Tenemos` after it is another word
    zh = "特纳罗斯是做什么的？它让公司在服务器崩溃时仍能访问邮件。(也许它应该将其名称更改为 Tenemos，如“我们收到了您的邮件。”)"
    assert not any(x.startswith("TQA310") for x in _slug_findings("teneros-a-startup-raises-40-million.md", zh))
    got = _slug_findings("a-startup-raises-40-million.md", zh)  # without the slug nothing tells the two apart
    assert "TQA310 Tenemos" in got


def test_the_slug_counts_as_one_latin_use_of_its_name() -> None:
    # archive, kajeet-you-know-for-kids-2: 卡吉特 in the title and the lead, Kajeet once in the body and in the slug
    zh = "# 卡吉特：为孩子们准备的\n\n卡吉特是一家面向儿童的手机公司。\n\n它的套餐很便宜。\n\n家长可以在 Kajeet 的网站上设置限额。\n"
    got = _slug_findings("kajeet-you-know-for-kids-2.md", zh)
    assert got.count("TQA310 卡吉特") == 2 and "TQA310 Kajeet" not in got
    got = _slug_findings("a-phone-for-kids.md", zh)  # without the slug the Chinese form is the majority
    assert "TQA310 Kajeet" in got and "TQA310 卡吉特" not in got


def test_a_latin_given_name_is_not_weighed_alone_against_chinese_given_names() -> None:
    # archive, searchology-event-at-google-today: `Marissa Mayer` once in prose, 玛丽莎·梅耶 and 玛丽莎·梅耶尔 once each
    zh = ("演讲者包括副总裁 Marissa Mayer 和其他人。\n\n*   问答环节(乌迪·曼伯、玛丽莎·梅耶)\n\n"
          "请看[玛丽莎·梅耶尔](http://x.com/)的博客。\n")
    assert not [f for f in findings(None, zh) if f.code == "TQA310" and f.target and f.target.text == "Marissa"]
    f = fails("TQA310", None, zh.replace("Marissa Mayer 和", "Marissa 和"))  # the Latin given name alone: the same person, maybe
    assert f.target is not None and f.target.text == "Marissa"



def test_a_headline_name_of_the_slug_is_weighed_with_the_slug() -> None:
    # archive, insurance-zebra-raises-…-silverton-birchmere-…: the title lists `Silverton & Birchmere`, the body 伯奇米尔
    # twice; with the slug's birchmere the split is even and the Latin form, the original's, is kept
    zh = ("# 斑马公司从马克·库班、Floodgate、Silverton & Birchmere 募集了 150 万美元\n\n"
          "# 保险斑马公司从马克·库班、洪水门、西尔弗顿和伯奇米尔公司筹集了 150 万美元\n\n投资者包括[伯奇米尔实验室](http://x.com/)。\n")
    got = _slug_findings("insurance-zebra-raises-1-5-million-from-floodgate-silverton-birchmere.md", zh)
    assert "TQA310 Birchmere" not in got


def test_latin_uses_in_link_texts_and_longer_names_count_for_the_majority() -> None:
    # archive, skype-for-android-is-here-…: Android in a link's text, in `Android Market`, `Android 2.1`, and alone;
    # 安卓 twice: the Latin form is the article's although only two of its places stand alone in prose
    zh = ("一款用于 [Android](http://x.com/a) 的应用。这款安卓应用可以在 WiFi 上使用。\n\n"
          "这款应用在中国的安卓市场上不可用。\n\n你需要安装了 Android 2.1 的手机，可以从 Android Market 下载。\n\n"
          "支持的平台:Android、iOS。对 Android 用户来说，这是很好的。\n")
    got = [f.target.text for f in findings(None, zh) if f.code == "TQA310" and f.target]
    # release 42: `安卓市场` beside `Android Market` (kept in Latin once, a tie) is reported whole, the market's name
    # rendered by meaning, no longer as its 安卓 alone
    assert got == ["安卓", "安卓市场"]
    assert not [f for f in findings(None, zh.replace("Android 2.1", "新系统").replace("Android Market", "商店").replace(
        "[Android]", "[新系统]")) if f.code == "TQA310"]  # two against two: no usual form


def test_a_script_spread_over_many_paragraphs_is_the_article_s_form() -> None:
    # archive, doubletwist-launches-a-media-player-for-android-devices: Android six times in five paragraphs, 安卓
    # five times in one paragraph (fewer than twice as often, but that paragraph alone was translated otherwise)
    zh = ("# 为 Android 设备推出播放器\n\n# 为 Android 设备推出了一款播放器\n\n“安卓版 iTunes”软件。它可以在安卓手机上同步，成为安卓媒体同步的方案。"
          "该公司发布了一款原生安卓应用，可在[安卓市场](http://x.com/)下载。\n\nAndroid 因其笨重的默认播放器而出名，"
          "它击败了 Android 播放器。\n\n这款 Android 播放器很好。\n\n值得指出的是，Android 将很快允许用户下载。\n")
    got = [f.target.text for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert got.count("安卓") == 5
    spread = zh.replace("它可以在安卓手机上同步", "Android 是好的。\n\n它可以在安卓手机上同步")  # 安卓 in two paragraphs
    assert not [f for f in findings(None, spread.replace("这款 Android", "这款")) if f.code == "TQA310"]


def test_the_site_s_column_name_translated_word_by_word_in_a_heading() -> None:
    # archive, daily-crunch-…-edition: `Daily Crunch` rendered 每日危机 ("daily crisis") in the title and its repeat
    zh = "# 每日危机:考古版\n\n今天的新闻。\n\n# 每日危机:考古版\n\n更多新闻。\n"
    got = [(f.code, f.target.line, f.suggestion) for f in findings(None, zh) if f.target and f.code == "TQA314"]
    assert got == [("TQA314", 1, "Daily Crunch"), ("TQA314", 5, "Daily Crunch")]
    passes("TQA314", None, "# 每日新闻\n\n经济陷入金融危机，每日危机不断。\n")  # not a heading: the words themselves


def test_a_latin_given_name_alone_counts_for_the_person_s_latin_script() -> None:
    # archive, aol-reorganizes-…-memo: 阿蒂·明森 and 明森 in the article, `Artie Minson` then `Artie` alone in the memo
    zh = ("阿姆斯特朗任命阿蒂·明森担任首席运营官。\n\n这将被视为对明森的奖励。\n\n> 我们今天宣布 Artie Minson 将担任新职。"
          "Artie 将监督三个部门。\n\n> Artie 是一位领导者。Artie 还领导了收购。\n\n> 阿蒂将立即上任。\n")
    got = [f.target.text for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert sorted(got) == ["明森", "阿蒂", "阿蒂·明森"] and "Artie Minson" not in got
    fewer = zh.replace("Artie 将监督三个部门。", "").replace("Artie 还领导了收购。", "")
    assert "Artie Minson" in [f.target.text for f in findings(None, fewer) if f.code == "TQA310" and f.target]


def test_a_person_decided_by_the_full_name_is_not_decided_again_by_a_part() -> None:
    # archive, branchout-akqa-facebook: 里克·马里尼 twice and 马里尼 once, `Rick Marini` once and `Rick` three times; and
    # `Tom Bedecarré`, whose accented letter must not cut the name to `Bedecarr`
    zh = ("[里克·马里尼](http://x.com/)\n\n马里尼将向与会者介绍。\n\n[里克·马里尼](http://x.com/b)\n\n"
          "创始人兼首席执行官。Rick Marini 是连续创业者。Rick 是创始人。\n\n之前，Rick 在别处。之后 Rick 离开了。\n\n"
          "[汤姆·比德卡雷](http://x.com/c)\n\nTom Bedecarré是董事长。Bedecarré看到了钱。\n")
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target]
    # the one Latin full name is the minority: `Rick` alone in the bio does not outvote the full names
    assert ("Rick Marini", "里克·马里尼") in got and not any("马里尼" in t for t, _s in got)
    assert not any("Bedecarr" in (s or "") or t == "Tom Bedecarr" for t, s in got)


def test_parts_alone_count_only_for_a_surname_that_sounds_just_like_the_latin_one() -> None:
    # archive, why-your-next-board-member-…: `Hearsay Social` (a company) and 莱斯利·基尔戈 (a person) pair only loosely;
    # 莱斯利 alone elsewhere is not the company's name written again
    zh = ("网飞的 CMO [莱斯利·基尔戈](http://x.com/)加入了董事会。\n\n莱斯利说她很高兴。\n\n"
          "Clara Shih，Hearsay Social 的首席执行官，也在名单上。\n")
    assert not [f for f in findings(None, zh) if f.code == "TQA310" and f.target and f.target.text == "Hearsay Social"]


def test_a_chinese_majority_decided_by_the_full_name_is_not_reversed_by_the_surname() -> None:
    # archive, facebook-director-of-monetization-tim-kendall-steps-down: 蒂姆·肯德尔 throughout, `Tim Kendall` twice
    zh = ("# 总监蒂姆·肯德尔下台\n\n脸书的主管蒂姆·肯德尔已经离开公司。这值得注意，因为 Kendall 于五年前加入。\n\n"
          "蒂姆·肯德尔最近宣布，他将离开。Kendall 没有回应。\n\n蒂姆·肯德尔是产品负责人。\n\n蒂姆·肯德尔的团队很大。\n\n"
          "> 请和我一起感谢 Tim Kendall 所做的一切。\n\n> 蒂姆·肯德尔是一位好同事。Tim Kendall 会被想念。\n")
    got = [f.target.text for f in _findings_with_slug("facebook-director-tim-kendall-steps-down.md", zh) if f.code == "TQA310" and f.target]
    assert "Tim Kendall" in got and "肯德尔" not in got and "蒂姆·肯德尔" not in got


def _findings_with_slug(slug: str, zh: str) -> list:  # type: ignore[type-arg]
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    return list(check_documents(None, parse_markdown(slug, zh)).findings)


def test_a_title_only_latin_name_does_not_outvote_the_body_s_dotted_rendering() -> None:
    # archive shape: the founder `Omidyar` in the title (and the slug) only, 皮埃尔·奥米迪亚 then 奥米迪亚 in the body
    zh = ("# 关于 Omidyar 新闻网站的更多消息\n\n会议以易贝创始人皮埃尔·奥米迪亚的新网站结束。\n\n"
          "得益于这些细节，奥米迪亚创办这家公司似乎不那么不合时宜了。\n")
    got = [f for f in _findings_with_slug("more-news-about-omidyars-news.md", zh) if f.code == "TQA310"]
    assert not got
    # the Latin name in the body as well: the split is no longer a title against the body
    body = zh.replace("似乎不那么", "Omidyar 似乎不那么")
    assert [f for f in _findings_with_slug("more-news-about-omidyars-news.md", body) if f.code == "TQA310"]


def test_a_latin_name_quoted_or_named_as_a_trademark_is_the_mark_not_the_product() -> None:
    # archive shape: a trademark suit writes `“Android”这个名字`, `Android 商标` and the plaintiff `Android Data` in
    # Latin script, and 安卓 for Google's system
    zh = ("# 法官驳回安卓商标诉讼\n\n在安卓崛起之前，一家名为 Android Data 的公司说谷歌使用“Android”这个名字侵权。\n\n"
          "这份命令说明了公司如何获得 Android 商标，然后又失去了它。\n\n他创建了 Android Data 软件，申请了 Android 商标。\n\n"
          "Android Data 关闭了，他放弃了 Android Data 标志，直到有人说谷歌使用了“Android”。\n\n安卓如今无处不在。\n")
    got = [f.target.text for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert "安卓" not in got
    # the system itself in Latin script, alone, outnumbers 安卓 as before
    plain = zh.replace("“Android”这个名字", "Android 系统的名字").replace("Android 商标", "Android 系统").replace("“Android”。", "Android 系统。")
    plain = plain.replace("Android Data", "某公司") + "\n\nAndroid 很流行。\n\nAndroid 手机很多。\n"
    assert "安卓" in [f.target.text for f in findings(None, plain) if f.code == "TQA310" and f.target]


def test_a_latin_surname_does_not_replace_half_of_a_dotted_name() -> None:
    # archive shape: `Klein` and `Robin Klein` in Latin script, 罗宾·克莱因 once: the suggestion is the whole Latin name,
    # over the whole `·` name, not 罗宾·Klein
    zh = ("Robin Klein 是投资人。\n\nKlein 说他很满意。\n\n我们问了 Klein 原因。\n\n投资人罗宾·克莱因表示同意。\n")
    got = [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target]
    assert got and all(s is None or not any("\u4e00" <= c <= "\u9fff" for c in s) for _t, s in got)
    assert all(t != "克莱因" or s is None for t, s in got)


def test_an_even_split_after_a_bracket_that_glosses_something_else_asks_for_the_name_s_gloss() -> None:
    # dev2 shape: an investor introduced in Chinese with a bracket that names his firm (丹尼尔·林奇(3TS Capital)), then
    # named in Latin script: the reader asks for the name's gloss where the Chinese stands, not for 林奇 later
    zh = "投资者包括丹尼尔·林奇(3TS Capital)和其他人。\n\n这轮谈判酝酿了一段时间，Lynch 此前被任命为董事。\n"
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.target.line, f.suggestion) == ("林奇", 1, None) and "gloss it" in f.message
    # the bracket glosses the name itself, spelt a letter off (the article tied the forms): nothing to unify
    passes("TQA310", None, zh.replace("(3TS Capital)", "(Daniel Lynchh)"))
    # no bracket: the later form is reported, as before
    bare = fails("TQA310", None, zh.replace("(3TS Capital)", ""))
    assert bare.target is not None and bare.target.text == "Lynch"


@needs_cedict
def test_one_entity_named_two_ways_by_its_dictionary_english() -> None:
    """Without the original: two Chinese names CC-CEDICT gives one entity (三藩市 and 旧金山: San Francisco), which sound
    nothing alike, are one name written two ways: the rarer is reported against the usual one."""
    zh = ("# 优步在旧金山测试低价服务\n\n优步今天在旧金山推出了新服务。\n\n"
          "该公司总部位于三藩市，目前只在一个城市运营。\n\n旧金山的司机对此表示欢迎。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.target.line, f.suggestion) == ("三藩市", 5, "旧金山")
    assert "San Francisco" in f.message and "3 times" in f.message
    passes("TQA310", None, zh.replace("三藩市", "旧金山"))
    passes("TQA310", None, zh.replace("旧金山", "三藩市", 1))  # two against two: no usual form
    # a short form of the other (加州, 加利福尼亚州), a common word (网络 beside 互联网), two entities of one English
    # name (木星 the planet, 朱庇特 the god): not one name written two ways
    passes("TQA310", None, "加利福尼亚州的法律很严格。\n\n加利福尼亚州议会通过了法案。\n\n加州州长签署了它。\n")
    passes("TQA310", None, "互联网公司很多。\n\n互联网发展很快。\n\n网络上的评论很多。\n")
    passes("TQA310", None, "探测器飞往木星。\n\n木星很大。\n\n乐高人仔朱庇特也在船上。\n")
    passes("TQA310", None, "俄罗斯的网站很多。\n\n俄罗斯政府封锁了它们。\n\n俄国用户很不满。\n")  # a short form beside the full one
    f = fails("TQA310", None, "休斯顿的开放很重要。\n\n休斯顿项目已经开始。\n\n休斯敦学期将由当地合伙人主持。\n")
    assert (f.target.text, f.suggestion) == ("休斯敦", "休斯顿")  # one name heard two ways, both dictionary words


@needs_cedict
def test_a_name_spelt_in_another_case_than_the_dictionary_has_its_rendering() -> None:
    """Without the original: `Mastercard` (CC-CEDICT's MasterCard, 万事达) beside 万事达 three times is the name written
    two ways, though the dictionary spells it otherwise; a dictionary form that heads a longer one of the same name
    (苹果 of 苹果手机 for `Iphone`) is Apple's, not the phone's."""
    zh = "万事达的网站被攻击了。\n\n万事达卡的用户很担心。\n\n黑客攻击了 Mastercard 的网站，万事达表示正在调查。\n"
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion) == ("Mastercard", "万事达")
    passes("TQA310", None, "苹果发布了新手机。\n\n苹果的股价上涨。\n\n苹果表示 Iphone 的销量很好。\n")


def test_entity_places_are_the_longest_name_at_each_character_read_on_from_its_end() -> None:
    """_entity_forms searches for the characters that start a name and tries only their lengths: the same places as
    trying every length from eight down at every Han character (the loop it replaced, written out here)."""
    import random
    from collections import defaultdict

    from transqa.checks.transliteration.target_only import (
        ENTITY_LONGEST,
        _cut_from_word,
        _entity_forms,
    )
    from transqa.lang.script import is_han
    from transqa.model import Block

    table = {n: (n, (), True) for n in ("美国", "美国联邦储备", "旧金山", "三藩市", "澳大利亚", "联邦", "储备银行", "土澳", "本土")}
    rng = random.Random(3)
    pieces = [*table, "的", "和", "本", "A", "1", "，", "美", "银行"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30))) for _ in range(300)]
    blocks = [Block(i, "paragraph", t, list(range(len(t) + 1)), 0, len(t), i + 1) for i, t in enumerate(texts)]

    def every_length(blocks: list[Block]) -> dict[str, list[tuple[Block, int]]]:
        out: dict[str, list[tuple[Block, int]]] = defaultdict(list)
        for b in blocks:
            t, i = b.text, 0
            while i < len(t):
                n = next((n for n in range(min(ENTITY_LONGEST, len(t) - i), 1, -1) if t[i : i + n] in table), 0) if is_han(t[i]) else 0
                if n and not _cut_from_word(t, i, i + n):
                    out[t[i : i + n]].append((b, i))
                i += n or 1
        return out

    got = _entity_forms(blocks, table)
    assert dict(got) == dict(every_length(blocks)) and sum(map(len, got.values())) > 500


def _loose_zh(t: str, f: str, latin: int = 4) -> str:
    """An article that keeps the name t in Latin script `latin` times and writes it once as the Chinese run f."""
    body = ["今天宣布了一轮融资。", "的用户数量在增长。", "还将扩大团队。", "计划明年上市。"][:latin - 1]
    paras = [f"# {t} 获得新融资", *(f"{t} {x}" for x in body), f"{f}已经从多家投资公司筹集了资金。"]
    return "\n\n".join(paras) + "\n"


def test_a_run_heard_roughly_against_a_name_kept_in_latin_script_more_often() -> None:
    # a made-up name in the archive's shape (Pastebin seven times, 帕斯捷宾 once): the sound agrees only roughly
    f = fails("TQA310", None, _loose_zh("Pasteline", "帕斯捷莱恩"))
    assert f.target.text == "帕斯捷莱恩" and f.suggestion == "Pasteline"
    # twice in Latin script is enough for a name no English word list knows (release 30: Proporta 普罗塔, dev3); once is no majority
    assert fails("TQA310", None, _loose_zh("Pasteline", "帕斯捷莱恩", latin=2)).target.text == "帕斯捷莱恩"
    passes("TQA310", None, _loose_zh("Pasteline", "帕斯捷莱恩", latin=1))
    passes("TQA310", None, _loose_zh("Pasteline", "考菲尔德&帕斯捷莱恩"))  # the last name of a firm (Caufield & Byers)


def test_a_case_only_variant_of_a_name_is_no_lost_letter() -> None:
    # `weebly` beside the article's `Weebly` lost no character: no TQA311 with or without the original (on the whole
    # archive none of the 41 TQA311 findings is case-only); a letter lost is, suggested as the article spells the name
    zh = ("# Weebly 获得新融资\n\nWeebly 今天宣布了融资。\n\n其他创业公司(比如[weebly](http://weebly.com/))也在增长。\n\n"
          "Weebly 的用户很多，weebly 的团队也在扩大。\n")
    assert _cut_findings("x/weebly-raises-money.md", zh) == []
    en = ("# Weebly raises money\n\nWeebly announced funding today.\n\nOther startups (like [weebly](http://weebly.com/)) "
          "are growing.\n\nWeebly has many users, and the weebly team grows too.\n")
    assert [f for f in findings(en, zh) if f.code == "TQA311"] == []
    assert _cut_findings("x/weebly-raises-money.md", zh.replace("[weebly]", "[weely]")) == [("weely", "Weebly")]


def test_a_full_name_whose_surname_takes_a_character_per_consonant_of_a_cluster() -> None:
    # the archive's shape (Clayton Christensen in the title, 克莱顿·克里斯滕森 in the body): three syllables, five characters
    zh = ("# Henry Kristensen：创新创造就业\n\n如果你有机会听到亨利·克里斯滕森演讲，抓住它。\n\n"
          "但亨利·克里斯滕森说，许多企业经常犯错。\n\n亨利·克里斯滕森还表示，他担心商学院的未来。\n")
    f = fails("TQA310", None, zh)
    assert f.target.text == "Henry Kristensen" and f.suggestion == "亨利·克里斯滕森"
    # a short surname with a character added is no such rendering (Mayer, 梅耶尔): the forms are not tied together
    passes("TQA310", None, zh.replace("Henry Kristensen", "Henry Mayer").replace("克里斯滕森", "梅耶尔"))


def test_site_name_glued_by_a_hyphen_takes_the_hyphen_with_it() -> None:
    # deleting `TechCrunch` alone left `Widgets- 为…` (an editor's reading of the whole archive's new findings)
    assert fails("TQA314", None, "# 用 Widgets-TechCrunch 为你的网站添加注释\n\n正文。\n").target.text == "-TechCrunch"
    assert fails("TQA314", None, "# Klout 现在衡量 Google+TechCrunch 的影响力\n\n正文。\n").target.text == "TechCrunch"


def test_a_long_run_of_capitalised_words_takes_linear_time() -> None:
    # each capitalised word rebuilt its whole run of capitalised words to see whether the run was a title
    # (quadratic: 1,000 words took 8.6 s, 10,000 over two minutes; 1,000 against 250 grows about sixteenfold). Each
    # run is read once now; the run's words are still no transliteration candidates, the name before them is read
    def work(n: int) -> list[Finding]:
        words = " ".join(("Alpha", "Beta", "Gamma", "Delta", "Omega", "Zeta")[i % 6] for i in range(n))
        return findings("Netflix said Kevin Mayer left. " + words + ".\n", "网飞表示，凯文·梅耶尔离开了。阿尔法贝塔伽马。\n")

    assert not [f for f in grows_linearly(work, 250) if f.code.startswith("TQA3")]


def test_the_entity_tables_start_lengths_are_read_once_and_match_a_fresh_reading() -> None:
    """The lengths by first character of the CC-CEDICT entity table are a cached function's answer (read once per
    process), the same as reading them again from the table."""
    from transqa.checks.transliteration.target_only import _gloss_starts, _lengths_by_first
    from transqa.lang.established import entity_glosses

    starts, first = _gloss_starts()
    assert _gloss_starts() is _gloss_starts()
    again, first_again = _lengths_by_first(entity_glosses())
    assert starts == again and first.pattern == first_again.pattern


def test_rounded_back_vowels_are_one_sound_in_a_transliteration_and_other_finals_are_not() -> None:
    from transqa.lang.transliterate import finals_near

    assert finals_near("fu", "fo") and finals_near("lu", "luo") and finals_near("du", "dou")
    assert not finals_near("fu", "fa") and not finals_near("lu", "li") and not finals_near("fu", "lu")
    assert not finals_near("yu", "you") and not finals_near("ju", "jo")  # ü after j, q, x, y


def _okafor(variant: str) -> str:
    # a made-up article in the archive's shape: a surname written twice one way, once with a character of the same
    # sound that is no transliteration character (福 fu, 佛 fo)
    return (f"# 初创公司获得融资\n\n奥卡福表示，公司将把资金用于扩展业务。\n\n联合创始人奥卡福说，他们计划进入新的市场。\n\n"
            f"{variant}还说，公司已经有一万名用户。\n")


def test_a_name_written_once_with_a_character_of_the_same_sound_outside_the_transliteration_characters() -> None:
    f = fails("TQA310", None, _okafor("奥卡佛"))
    assert (f.target.text, f.suggestion) == ("奥卡佛", "奥卡福")
    f = fails("TQA310", None, _okafor("奥卡弗"))  # a transliteration character: found before too
    assert (f.target.text, f.suggestion) == ("奥卡弗", "奥卡福")


def test_a_changed_character_of_another_sound_or_one_that_starts_a_word_is_another_name() -> None:
    passes("TQA310", None, _okafor("奥卡发"))  # fa: another final, another name
    passes("TQA310", None, _okafor("奥卡路"))  # lu: another initial
    passes("TQA310", None, _okafor("奥卡佛教徒"))  # 佛教 is a word: not the name's end


def test_sound_variants_of_many_names_are_sought_in_linear_time() -> None:
    # each name written twice is sought with one character changed: a pattern per name over every paragraph would
    # grow with names times paragraphs (quadratic in the article); only characters of a sought sound are tried now
    from transqa.checks.transliteration.target_only import _add_sound_variants
    from transqa.model import Block

    chars = "阿巴卡达福加哈吉克拉马纳帕萨塔瓦"

    def work(n: int) -> int:
        names = [f"{chars[i % 16]}{chars[i // 16 % 16]}福" for i in range(n)]
        texts = [f"{a}说，{a}表示，佛法{a[:2]}佛还说。" for a in names]
        blocks = [Block(i, "paragraph", t, list(range(len(t) + 1)), 0, len(t), i + 1) for i, t in enumerate(texts)]
        forms = {a: [(b, 0), (b, len(a) + 1)] for a, b in zip(names, blocks, strict=True)}
        _add_sound_variants(blocks, forms)
        return len(forms)

    assert grows_linearly(work, 64) > 4 * 64


def test_a_sound_variant_written_many_times_in_one_paragraph_is_reported_in_linear_time() -> None:
    # every place of the variant (奥卡佛) was tested against every place of the usual form (奥卡福) for lying inside
    # it, and each new place of the variant against the list of those found before: quadratic in the paragraph
    # (8,000 of each took 76 s); the places are sets now. At 4 * 400 the old code took about 9x the time of 400
    def work(n: int) -> list[Finding]:
        return findings(None, "# 奥卡福获胜\n\n" + "奥卡福说。" * n + "奥卡佛说。" * n + "\n")

    got = [f for f in grows_linearly(work, 400) if f.code == "TQA310"]
    assert len(got) == 4 * 400 and {(f.target.text, f.suggestion) for f in got} == {("奥卡佛", "奥卡福")}


OKAFOR_EN = ("# Startup raises money\n\nThe company founded by Chidi Okafor raised new funding.\n\n"
             "Okafor said the money would be used to grow the business.\n\nOkafor also said the company has 10,000 users.\n")


def _okafor_pair(variant: str) -> str:
    return (f"# 初创公司获得融资\n\n奇迪·奥卡福创办的公司获得了新一轮融资。\n\n奥卡福表示，这笔资金将用于扩展业务。\n\n"
            f"{variant}还说，公司已经有一万名用户。\n")


def test_a_same_sound_character_outside_the_transliteration_characters_is_seen_with_the_original_too() -> None:
    # target-only reported 奥卡佛 beside 奥卡福 (福 fu, 佛 fo), pair mode did not: its renderings are runs of
    # transliteration characters, and 佛 is none (奥卡弗, of three such characters, was found before)
    for variant in ("奥卡佛", "奥卡弗"):
        f = fails("TQA310", OKAFOR_EN, _okafor_pair(variant))
        assert (f.target.text, f.suggestion) == (variant, "奥卡福") and "Okafor" in f.message
    passes("TQA310", OKAFOR_EN, _okafor_pair("奥卡发"))  # fa: another final, another name
    passes("TQA310", OKAFOR_EN, _okafor_pair("奥卡福"))


def test_a_day_or_month_does_not_make_a_sentence_a_title_that_hides_its_names() -> None:
    # `Chidi Okafor won the race on Sunday.`: three of its four long words capitalised read as a title-cased line, so
    # Okafor, at sentence starts everywhere else, was no name of the English and pair mode lost the target-only TQA310;
    # a day or a month is capitalised in any sentence and says nothing of title case
    en = ("# Okafor wins\n\nChidi Okafor won the race on Sunday.\n\nOkafor said he was delighted with the result.\n\n"
          "Okafor will run again next year.\n")
    zh = "# 奥卡福获胜\n\n奇迪·奥卡福周日赢得了比赛。\n\n奥卡佛说他对结果非常满意。\n\n奥卡福明年将再次参赛。\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion) == ("奥卡佛", "奥卡福")
    from transqa.checks.transliteration.common import _title_case

    assert _title_case("Chidi Okafor Wins Sunday Race") and not _title_case("Chidi Okafor won the race on Sunday.")


RENAISSANCE_EN = (
    "Investors are returning to Moscow, according to a note by Renaissance Capital published on Monday.\n\n"
    "The fund was backed by Sequoia Capital and by a group of other investors last year, the bank said.\n\n"
    "Analysts at Renaissance Capital's office said the rouble would stay stable through the summer.\n"
)


@needs_cedict
def test_a_word_kept_in_latin_inside_another_name_is_no_evidence_for_this_one() -> None:
    # 复兴资本 renders the firm by meaning, as its usual Chinese name does; `Sequoia Capital` kept in Latin script
    # is another firm: it shares the word Capital, not the name
    zh = ("根据复兴资本周一发布的一份报告，投资者正在回到莫斯科。\n\n"
          "该银行表示，该基金去年得到了Sequoia Capital和其他一些投资者的支持。\n\n"
          "复兴资本办公室的分析师表示，卢布整个夏天将保持稳定。\n")
    assert _literal_findings(RENAISSANCE_EN, zh) == []
    passes("TQA310", RENAISSANCE_EN, zh)
    # the same name kept in Latin script elsewhere is still evidence (Renaissance Capital's office: a possessive)
    zh2 = zh.replace("根据复兴资本周一", "根据Renaissance Capital周一")
    assert [c for c, _ in _literal_findings(RENAISSANCE_EN, zh2)] == ["TQA312"]


def test_latin_name_cut_short_where_the_paragraph_keeps_it_whole_too() -> None:
    en = "The club said Jean-Clair Todibo will join next season, and Todibo said he was delighted to sign.\n"
    f = fails("TQA311", en, "俱乐部表示，Jean-Clair Todibo将于下赛季加盟，Todi表示他很高兴签约。\n")
    assert (f.target.text, f.suggestion) == ("Todi", "Todibo")
    passes("TQA311", en, "俱乐部表示，Jean-Clair Todibo将于下赛季加盟，Todibo表示他很高兴签约。\n")


GRADY_EN = "\n\n".join([
    "It took a while to warm up to Grady.", "The hero (Grady) has to win Collins back.",
    "Three years ago, Grady and Collins met.", "Now Grady is back and he is not leaving.",
    "At times Grady got on my nerves.", "Sure she loved Grady, but she was scared.",
    "I admire her, because Grady was persistent.", "She started to forgive Grady in the end.",
    "I had a hard time with Grady at first.",
]) + "\n"


def test_a_name_kept_in_latin_and_rendered_three_times_each_way() -> None:
    # real MT (WMT23): `Grady` kept in five paragraphs and 格雷迪 in four; the fewer are reported, each its own line
    zh = "\n\n".join([
        "花了一些时间才对Grady产生好感。", "主角（格雷迪）必须赢回Collins。", "三年前，Grady和Collins相遇了。",
        "现在格雷迪回来了，他不会离开。", "有时Grady让我心烦。", "她确实爱格雷迪，但她很害怕。",
        "我欣赏她，因为Grady很执着。", "她最终开始原谅格雷迪。", "一开始我很难接受Grady。",
    ]) + "\n"
    got = [(f.code, f.target.text, f.target.line) for f in findings(GRADY_EN, zh) if "Grady" in f.message]
    assert got == [("TQA310", "格雷迪", 3), ("TQA310", "格雷迪", 7), ("TQA310", "格雷迪", 11), ("TQA310", "格雷迪", 15)]
    # rendered in two paragraphs only: a first mention in Chinese, then the name kept, as references write it
    zh2 = zh.replace("现在格雷迪回来了", "现在他回来了").replace("原谅格雷迪", "原谅他")
    assert [f for f in findings(GRADY_EN, zh2) if "Grady" in f.message and "格雷迪" in f.target.text] == []


def test_a_longer_form_of_the_name_kept_in_latin_is_still_the_name() -> None:
    # `Black Desert Prestige Edition` kept in Latin script beside 黑色沙漠 for Black Desert: the same name, grown
    en = "\n\n".join([
        "Players love Black Desert for its combat.", "The world of Black Desert is huge.",
        "Many people play Black Desert every night.", "Fans of Black Desert can now buy more.",
        "The Black Desert Prestige Edition is available in stores from today with extra mounts.",
    ]) + "\n"
    zh = "\n\n".join([
        "玩家喜欢黑色沙漠的战斗。", "黑色沙漠的世界很大。", "许多人每晚都玩黑色沙漠。", "黑色沙漠的粉丝现在可以买更多。",
        "Black Desert Prestige Edition 现已推出。",
    ]) + "\n"
    assert any(f.code == "TQA310" and f.target.line == 9 for f in findings(en, zh))


def test_the_word_alone_may_be_the_longer_name_kept_in_latin() -> None:
    # the bare `Rogers` rendered 罗杰斯 may be the `Senator Rogers` kept in Latin script: every Latin form counts
    en = "\n\n".join([
        "Rogers appeared to criticise the plan on Sunday.", "Rogers did not explain her criticism further.",
        "In the clip, Rogers was speaking about taxes.", "Separately, Rogers has often said the vote was stolen.",
        "In July, Rogers campaigned for a new count.", "Newsweek contacted Senator Rogers' office for comment.",
    ]) + "\n"
    zh = "\n\n".join([
        "Rogers 似乎在周日批评了该计划。", "Rogers 没有进一步解释她的批评。", "在片段中，Rogers 谈到了税收。",
        "另外，罗杰斯经常说选举被窃取了。", "7 月，Rogers 发起了重新计票的活动。", "《新闻周刊》联系了参议员 Rogers 的办公室。",
    ]) + "\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.target.line) == ("罗杰斯", 7)
    assert "5 times" in f.message


def test_letter_groups_learned_from_name_pairs() -> None:
    from transqa.lang.letters import letters_of
    from transqa.lang.letters_train import learn

    assert letters_of("Léo") == "leo" and letters_of("Fox") == "foks"
    table = learn([("马克", "mark"), ("马丁", "martin"), ("克林", "klin"), ("丁克", "dinck"), ("马林", "marlin")])
    assert max(table["马"], key=table["马"].__getitem__).startswith("ma")
    assert max(table["林"], key=table["林"].__getitem__).endswith("lin")


def test_letter_table_training_is_not_in_the_run_time_module() -> None:
    # the learning (learn, compact, training_pairs) lives in letters_train, which a check run never imports
    import subprocess
    import sys

    import transqa.lang.letters as letters

    assert not any(hasattr(letters, n) for n in ("learn", "compact", "training_pairs", "KEEP", "ROUNDS"))
    code = ("import sys; from transqa.checks.transliteration.target_only import letters_heard; "
            "letters_heard('Suster', '苏斯特'); print('transqa.lang.letters_train' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@needs_cedict
def test_letter_score_hears_what_the_sound_skeleton_does_not() -> None:
    from transqa.lang.letters import letter_score

    # gi-l-t: the letters hear it, and since gi is heard as pinyin ji (`english_skeleton_palatal`) the sound does too
    assert 0.7 <= letter_score("Gilt", "吉尔特") and 0.7 <= sound_score("Gilt", "吉尔特")
    assert sound_score("Suster", "苏斯特") < 0.7 <= letter_score("Suster", "苏斯特")
    assert letter_score("Capital", "卡普兰") < 0.6 and letter_score("Galpin", "加尔") < 0.6  # Kaplan; a cut of 加尔平
    assert letter_score("Suster", "马克") < 0.01


@needs_cedict
def test_latin_minority_heard_by_learned_letters() -> None:
    zh = ("# 苏斯特谈风投\n\n合伙人马克·苏斯特告诉我，品牌很重要。\n\n苏斯特表示，基金将继续投资本地公司。\n\n"
          "“差异化是首要规则，”Suster 告诉我。\n\n苏斯特说，公司已在伦敦取得成功。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("Suster", "苏斯特", 7)
    passes("TQA310", None, zh.replace("Suster 告诉", "苏斯特告诉"))


def test_every_chinese_form_of_a_latin_majority_name() -> None:
    # two renderings, each once, of a name the article keeps in Latin: both are reported, not only the first
    zh = ("# Suster 谈风投\n\nSuster 在博客上写道，品牌很重要。\n\nSuster 表示，基金将继续投资。\n\n"
          "Suster 说他不想成为第八十家公司。\n\n苏斯特没有透露金额。\n\n苏丝特也承认了。\n")
    got = sorted(f.target.text for f in findings(None, zh) if f.code == "TQA310")
    assert got == ["苏丝特", "苏斯特"]
    # of two forms heard as well, the article's first (苏斯特) is weighed against `Suster` first, not the first by code
    # point (release 33: 舒斯特 was); 舒斯特, 苏斯特 with only its first character changed, is the name heard again
    # (release 38: 麦洛 beside 米洛 for Milo, archive heldout4): `Suster` written otherwise too, reported once
    got = [(f.target.text, f.message) for f in findings(None, zh.replace("苏丝特也", "舒斯特也")) if f.code == "TQA310"]
    assert [t for t, m in got if "written “Suster”" in m] == ["苏斯特", "舒斯特"]
    assert len(got) == 2
    # a form that starts otherwise and shares no rest with a reported one is taken for another name heard alike
    # (布伊格, Bouygues, beside 博库 of Boku): 思达 is not weighed against `Suster` after 苏斯特
    got = [f.target.text for f in findings(None, zh.replace("苏丝特也", "思达也")) if f.code == "TQA310"]
    assert got == ["苏斯特"]


def test_a_second_rough_rendering_of_a_latin_majority_name() -> None:
    # two runs heard only roughly, each once, of a name kept in Latin script (Scamville twice, 斯坎维尔 and 斯卡维尔 once
    # each, archive heldout2): both are reported, not only the first the sound ranks (release 38)
    zh = _loose_zh("Pasteline", "帕斯捷莱恩", latin=3).replace("已经从", "和帕斯特莱恩已经从")
    got = sorted(f.target.text for f in findings(None, zh) if f.code == "TQA310")
    assert got == ["帕斯捷莱恩", "帕斯特莱恩"]
    # a second run that is no rendering of the name (another sound from its second syllable) is left alone
    zh = _loose_zh("Pasteline", "帕斯捷莱恩", latin=3).replace("已经从", "和帕克已经从")
    assert sorted(f.target.text for f in findings(None, zh) if f.code == "TQA310") == ["帕斯捷莱恩"]


@pytest.mark.slow
@needs_cedict
def test_shipped_letter_table_is_the_installed_dictionarys() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "benchmarks/letter_table.py", "--check"], check=False)
    assert done.returncode == 0, "rewrite src/transqa/data/letters.json with benchmarks/letter_table.py"


WHITFIELD_EN = ("Sarah Whitfield joined the company in 2019 as its head of design.\n\n"
                "The team grew quickly after that, and the studio moved to a larger office.\n\n"
                "Whitfield said the new product would ship next spring.\n")


def test_a_name_kept_in_latin_once_and_transliterated_once_with_the_original() -> None:
    # a newcomer's shape (issue 17): `Whitfield` once, 惠特菲尔德 once; the English of both paragraphs holds the name.
    # 惠特菲尔德 sounds too far for the strict score (0.65): the learned letter groups hear it
    zh = ("Sarah Whitfield于2019年加入公司，担任设计主管。\n\n此后团队迅速壮大，工作室搬到了更大的办公室。\n\n"
          "惠特菲尔德表示，新产品将于明年春天发货。\n")
    f = fails("TQA310", WHITFIELD_EN, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("惠特菲尔德", "Whitfield", 5)
    assert "earlier in this article (line 1)" in f.message
    assert f.source is not None and f.source.text == "Whitfield"
    # the other way round: the Latin form is the later one, the rendering its suggestion
    f = fails("TQA310", WHITFIELD_EN, "莎拉·惠特菲尔德于2019年加入公司，担任设计主管。\n\n此后团队迅速壮大，工作室搬到了更大的办公室。\n\n"
              "Whitfield表示，新产品将于明年春天发货。\n")
    assert (f.target.text, f.suggestion, f.target.line) == ("Whitfield", "惠特菲尔德", 5)


@pytest.mark.parametrize("zh", [
    # a gloss is the translation's choice, not a second form
    "Sarah Whitfield于2019年加入公司，担任设计主管。\n\n此后团队迅速壮大。\n\n惠特菲尔德（Whitfield）表示，新产品将于明年发货。\n",
    # the Latin form inside a handle or a title in 《》 keeps its own spelling
    "设计主管@Whitfield于2019年加入公司。\n\n此后团队迅速壮大。\n\n惠特菲尔德表示，新产品将于明年发货。\n",
    "她在《Whitfield》杂志上写道，她于2019年加入公司。\n\n此后团队迅速壮大。\n\n惠特菲尔德表示，新产品将于明年发货。\n",
    # one script throughout
    "萨拉·惠特菲尔德于2019年加入公司。\n\n此后团队迅速壮大。\n\n惠特菲尔德表示，新产品将于明年发货。\n",
])
def test_a_name_once_each_way_is_not_reported_when_glossed_linked_or_one_script(zh: str) -> None:
    passes("TQA310", WHITFIELD_EN, zh)


def test_a_name_in_a_run_with_an_institution_word_once_each_way_is_reported() -> None:
    # release 48 (WMT22 Online-B stv.tv.1681, heldout11): 阿尔文 once, then `风暴 Arwen`; `Storm Arwen` is a run with
    # an institution word (source_names' generic), which kept the name out of the one-each check
    en = ("Thousands of homes lost power when Storm Arwen hit on Friday.\n\nEngineers worked through the night.\n\n"
          "The damage done by Storm Arwen was the worst in years.\n")
    zh = ("周五阿尔文风暴来袭，数千户家庭断电。\n\n工程师们通宵工作。\n\n风暴 Arwen 造成的破坏是多年来最严重的。\n")
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("Arwen", "阿尔文", 5)


@pytest.mark.parametrize(("en", "zh"), [
    # the Latin place keeps the firm's whole run, its short form rendered later (WMT22 reference B guardian.44758)
    ("France wants sanctions on the contractor Wagner Group, which operates in Libya.\n\nThe talks resume on Monday.\n\n"
     "Moscow denies Wagner is linked to the Russian state.\n",
     "法国希望制裁承包商 Wagner Group，该公司在利比亚开展业务。\n\n会谈将于周一恢复。\n\n莫斯科否认瓦格纳与俄罗斯政府有关联。\n"),
    # the rendering's paragraph glosses the longer name in Latin script (WMT22 reference A smh.com.au.12471)
    ("The flaw was rated 10 by the Apache Software Foundation.\n\nThe patch came a week later.\n\n"
     "It sits in open-source Apache software.\n",
     "该漏洞被阿帕奇软件基金会 (Apache Software Foundation) 评为 10 级。\n\n补丁一周后发布。\n\n它位于开源 Apache 软件中。\n"),
    # a full name joined by a hyphen after the firm's name, the person's run holding a title (WMT22 Online-W
    # dailymail.co.uk.54769: `Chairman Sarah Squire`, 萨拉-斯奎尔, after `Squire's`)
    ("The garden centre chain Squire's reports strong sales.\n\nTrees sold out early.\n\n"
     "Chairman Sarah Squire said the scent helps sleep.\n",
     "花园中心连锁店Squire's报告销售强劲。\n\n树木很早就卖光了。\n\n主席萨拉-斯奎尔说，这种香味有助于睡眠。\n"),
], ids=["run-kept-whole", "glossed", "hyphen-joined"])
def test_a_name_in_a_run_kept_whole_or_glossed_once_each_way_is_not_reported(en: str, zh: str) -> None:
    passes("TQA310", en, zh)


SALLY_EN = ("I have been reading Sally Rooney all week.\n\nThe weather was bad, so I stayed in.\n\n"
            "Oh right, here is Sally Rooney's latest essay.\n")


def test_a_dotted_rendering_of_the_whole_name_kept_in_latin_earlier_is_one_finding() -> None:
    # release 48 (WMT24 social, heldout18): `Sally Rooney` kept, then 萨莉·鲁尼 for the same whole name: one person,
    # one finding (not one a word), and no repair (the Latin word alone would leave `Sally·鲁尼`)
    zh = "我这周一直在读Sally Rooney的书。\n\n天气不好，所以我待在家里。\n\n哦，对了，这是萨莉·鲁尼最新的文章。\n"
    found = [f for f in findings(SALLY_EN, zh) if f.code == "TQA310"]
    assert len(found) == 1 and found[0].target.line == 5 and found[0].suggestion is None
    assert "Sally Rooney is rendered in Chinese here" in found[0].message


def test_a_dotted_rendering_of_another_whole_name_after_the_latin_form_is_not_reported() -> None:
    # the firm `Squire's`, then its chairwoman `Sarah Squire` (莎拉·斯夸尔): another bearer of the name
    en = ("The firm Squire's opened an office in Leeds.\n\nIt hired forty people.\n\n"
          "Sarah Squire, its chairwoman, said more would follow.\n")
    zh = "Squire's公司在利兹开设了办事处。\n\n公司雇用了四十人。\n\n其董事长莎拉·斯夸尔表示，还会有更多。\n"
    passes("TQA310", en, zh)


def test_a_name_once_each_way_and_again_in_the_headline_is_not_reported() -> None:
    # WMT22 shape: `Banksy` in the headline, 班克斯 once, `Banksy` once: three places, weighed as `_mixed` weighs them
    zh = ("Sarah Whitfield于2019年加入公司，担任设计主管。\n\n此后团队迅速壮大，工作室搬到了更大的办公室。\n\n"
          "惠特菲尔德表示，新产品将于明年春天发货。\n")
    fails("TQA310", WHITFIELD_EN, zh)
    passes("TQA310", "Whitfield's studio grows\n\n" + WHITFIELD_EN, "Whitfield的工作室壮大\n\n" + zh)


# release twenty (issue 17): names written two ways with no majority, titles before names, accented names, a
# surname written like a city. Made-up articles in the shape of the misses of heldout15 and archive dev2.

ONCE_EN = ("# Startup raises money\n\nThe company's founder, Okafor, said the money would grow the business.\n\n"
           "The company's revenue doubled last year, and staff grew to fifty.\n\n"
           "He and Okafor also said the company has 10,000 users.\n")


def _once_zh(later: str) -> str:
    return ("# 初创公司获得融资\n\n创始人奥卡福表示，这笔资金将用于扩展业务。\n\n公司去年的收入翻了一番，员工增加到五十人。\n\n"
            f"他和{later}还说，公司已经有一万名用户。\n")


@pytest.mark.parametrize("en", [None, ONCE_EN], ids=["target-only", "with-original"])
def test_a_name_written_once_each_two_ways_is_reported_at_the_later_form(en: str | None) -> None:
    # no majority: 奥卡福 once, 奥卡佛 once (福 fu, 佛 fo; 佛 is no transliteration character), one paragraph each
    f = fails("TQA310", en, _once_zh("奥卡佛"))
    assert (f.target.line, f.target.text, f.suggestion) == (7, "奥卡佛", "奥卡福")
    assert "line 3" in f.message  # both lines named: the finding's and the other form's
    passes("TQA310", en, _once_zh("奥卡福"))  # one form twice
    passes("TQA310", en, _once_zh("奥卡发"))  # fa: another sound, another name


PALTROW_EN = ("# Paltrow wants kids to work hard\n\nGwyneth Paltrow has said she wants her children to work hard.\n\n"
              "Paltrow has two children with ex-husband Chris Martin.\n\nPaltrow has also kept her children's accounts private.\n")


def _paltrow_zh(last: str) -> str:
    return ("# 帕特洛希望孩子努力\n\n格温妮丝-帕特洛表示，她希望孩子们努力工作。\n\n帕特洛与前夫育有两个孩子。\n\n"
            f"{last}还确保孩子们的社交媒体账号不公开。\n")


def test_a_name_only_roughly_heard_is_reported_where_it_is_written_otherwise_with_the_original() -> None:
    # 帕特洛 scores 0.55 for Paltrow (the l unsounded), under ACCEPT: no usual rendering was found, so the one paragraph
    # that writes 帕特罗 (洛 and 罗 both luo) was not reported (heldout15, doc-580)
    f = fails("TQA310", PALTROW_EN, _paltrow_zh("帕特罗"))
    assert (f.target.line, f.target.text, f.suggestion) == (7, "帕特罗", "帕特洛")
    passes("TQA310", PALTROW_EN, _paltrow_zh("帕特洛"))
    passes("TQA310", PALTROW_EN, _paltrow_zh("帕米拉"))  # another sound: a third form, not a pair


def test_a_loosely_heard_form_glossed_with_the_usual_one_is_not_reported() -> None:
    # the other form in brackets right after ties the two, as every other TQA310 path allows (`tied_at`): the loose
    # pair asked whether the form was glossed with itself, and the homophone slips did not ask
    passes("TQA310", PALTROW_EN, _paltrow_zh("帕特罗（帕特洛）"))
    fails("TQA310", PALTROW_EN, _paltrow_zh("帕特罗（Paltrow）"))


def test_one_latin_name_against_two_renderings_written_once_each_with_the_original() -> None:
    en = ("# Three die in crash\n\nRichmond County Coroner Mark Bowen said the victims were dead at the scene.\n\n"
          "The car was found in the river.\n\nA witness found the car, Bowen said.\n")
    zh = "# 三人在车祸中死亡\n\n里士满县验尸官马克•鲍恩表示，受害者已在现场死亡。\n\n汽车是在河里被发现的。\n\n{}称，是一名目击者发现了汽车。\n"
    # 鲍恩 (0.67) and 鲍文 (1.0): no usual form, not alike by the consonant skeleton (heldout15, doc-894)
    f = fails("TQA310", en, zh.format("鲍文"))
    assert (f.target.line, f.target.text, f.suggestion) == (7, "鲍文", "鲍恩")
    passes("TQA310", en, zh.format("鲍恩"))


def test_a_title_before_a_name_leaves_it_a_name() -> None:
    # `Mayor Whitfield` was a run with a generic word: the name was taken for a word of an institution and the
    # one-Latin, one-rendered test never looked at it
    en = ("# City approves budget\n\nMayor Whitfield said the budget would fund new schools.\n\n"
          "The council voted six to three in favour of the plan.\n\nThe budget, Mayor Whitfield added, would not raise taxes.\n")
    zh = "# 市议会批准预算\n\n惠特菲尔德市长表示，预算将用于资助新学校。\n\n市议会以六票对三票通过了该计划。\n\nWhitfield市长补充说，预算不会增加税收。\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion) == ("Whitfield", "惠特菲尔德")


def test_titles_before_a_name_are_counted_and_other_runs_are_not() -> None:
    import re

    from transqa.checks.transliteration.common import _CAP, _titles_before

    def titles(text: str) -> int:
        return _titles_before(text, list(_CAP.finditer(text)))

    assert titles("Mayor Whitfield") == 1 and titles("Prime Minister Boris Johnson") == 2
    assert titles("Bank England") == 0 and titles("President Street Station") == 0  # a generic word after the title
    assert titles("Secretary of State Mike Pompeo") == 0 and titles("Mayor John Paul Smith") == 0  # joined by of; three words
    assert re.fullmatch(r"\d", "1")  # (keeps the import used)


def test_an_accented_name_is_a_source_name_and_its_cut_is_reported() -> None:
    # Kubiš: the source-name pattern stopped at š, and the source's words held `kubi`, so `Kubi` was no cut
    en = ("# Envoy resigns\n\nThe election was hampered by the appointment of a UN envoy, Ján Kubiš, who resigned.\n\n"
          "The talks lasted two days.\n")
    f = fails("TQA311", en, "# 特使辞职\n\n选举受到了联合国特使Ján Kubi的任命的阻碍，他已辞职。\n\n会谈持续了两天。\n")
    assert (f.target.text, f.suggestion) == ("Kubi", "Kubiš")
    passes("TQA311", en, "# 特使辞职\n\n选举受到了联合国特使Ján Kubiš的任命的阻碍，他已辞职。\n\n会谈持续了两天。\n")


def test_an_accented_name_is_heard_as_it_sounds() -> None:
    from transqa.checks.transliteration.common import as_ascii

    assert (as_ascii("Kubiš"), as_ascii("José"), as_ascii("Šefčovič"), as_ascii("Okafor")) == ("Kubish", "Jose", "Shefchovich", "Okafor")


def _glasgow(third: str) -> str:
    return ("# 易贝将当天送达服务引入桌面\n\n据易贝副总裁 Dane Glasgow 称，该公司选择将这项服务带到桌面上。\n\n"
            "Glasgow 告诉我们，易贝现在得到了数百家商家的支持。\n\n这些商家使他们的库存可用于支持送货区的购物者。\n\n"
            "然而，格拉斯哥表示，该计划将很快推出。\n\n" f"{third}，“我们的模式是相关的。”\n\n“这很重要，”Glasgow 指出。\n\n"
            "格拉斯哥说，更多城市将在明年加入。\n")


def test_a_surname_written_like_the_city_is_reported_against_the_latin_name() -> None:
    # 哥 was no transliteration character, and 格拉斯哥, the dictionary's name for the city, never stood for the person
    # `Dane Glasgow` (archive dev2): a form followed by a verb of saying everywhere names the person
    got = [f for f in findings(None, _glasgow("然而，格拉斯哥补充说")) if f.code == "TQA310"]
    assert [(f.target.line, f.target.text, f.suggestion) for f in got] == [(9, "格拉斯哥", "Glasgow"), (11, "格拉斯哥", "Glasgow"),
                                                                           (15, "格拉斯哥", "Glasgow")]
    passes("TQA310", None, _glasgow("格拉斯哥的商店也加入了"))  # once the city: not every place a person speaking


def test_a_second_rendering_beside_the_usual_one_in_its_paragraph_is_reported() -> None:
    # heldout15, doc-778: the paragraph glosses 塔曼拉塞特 with the name and writes 塔玛拉塞特 in the next clause (连 of 连任
    # is a transliteration character: the run is bounded by the word)
    en = ("# Algeria mourns\n\nThe people of Tamanrasset chose him to represent them in the People's National Assembly "
          "for several terms.\n\nHe was 72.\n")
    zh = "# 阿尔及利亚哀悼\n\n塔曼拉塞特（Tamanrasset）人民的尊重与信任，多次连任{}人民国民议会代表。\n\n他享年72岁。\n"
    f = fails("TQA310", en, zh.format("塔玛拉塞特"))
    assert (f.target.text, f.suggestion) == ("塔玛拉塞特", "塔曼拉塞特")
    passes("TQA310", en, zh.format("塔曼拉塞特"))
    passes("TQA310", en, zh.format("阿尔及尔"))  # another name


def test_a_dictionary_word_is_no_rendering_of_a_surname_after_its_given_name() -> None:
    # whole archive: 弗吉尼亚 (Virginia) was heard as `Neal Fachan`, a surname after its given name, written twice
    zh = ("# 存储公司获得融资\n\n该公司由 Peter Godman 和 Neal Fachan 创立。\n\nFachan 表示，公司将扩大团队。\n\n"
          "该基金总部位于弗吉尼亚州维也纳，管理团队经验丰富。\n")
    passes("TQA310", None, zh)


def test_a_character_beside_the_usual_rendering_is_no_second_rendering() -> None:
    # heldout15, doc-98: 明 (ming) heard as Mann beside 曼 in one paragraph: a word of the sentence
    en = "# Mann speaks\n\nThomas Mann said the plan was clear.\n\nThe vote is on Monday.\n\nMann added that it was final.\n"
    passes("TQA310", en, "# 曼发言\n\n托马斯·曼说，计划很明确。\n\n投票在周一。\n\n曼补充说，明天就是最终结果。\n")


def test_a_chinese_surname_does_not_replace_half_of_a_latin_full_name() -> None:
    # archive shape (release twenty's judged sample): `Eric Schmidt` in Latin script once, 施密特 the article's form: the
    # suggestion replaced the surname alone (`Eric 施密特`, half in each script); now the whole Latin name, by the
    # article's `·` name that sounds like it, or no suggestion — and with no suggestion the span is the surname the
    # message names (release 47, a newcomer: the message said “Gupta” of a span “Apu Gupta”)
    zh = "施密特是谷歌的董事长。\n\n施密特说他很满意。\n\n我们问了施密特原因。\n\n我根据 Eric Schmidt 的地址创建了账户。\n"
    f = fails("TQA310", None, zh)
    assert f.target is not None and (f.target.text, f.suggestion) == ("Schmidt", None)
    dotted = zh.replace("施密特是", "埃里克·施密特是")
    f = fails("TQA310", None, dotted)
    assert f.target is not None and (f.target.text, f.suggestion) == ("Eric Schmidt", "埃里克·施密特")
    alone = zh.replace("Eric Schmidt", "Schmidt")
    f = fails("TQA310", None, alone)
    assert f.target is not None and (f.target.text, f.suggestion) == ("Schmidt", "施密特")


MCENANY_EN = ("AP blasts White House press secretary Kayleigh McEnany for political briefings\n"
              "The Associated Press has accused White House press secretary Kayleigh McEnany of making her briefings political.\n"
              "An article Saturday said briefings may be a broken tradition, as McEnany has made them a campaign ad.\n"
              "Reporters asked McEnany questions about the tweet.\nMcEnany did not provide the answer reporters wanted.\n")
MCENANY_ZH = ("美联社批判白宫新闻秘书凯里•{}简报带有政治性\n\n美联社指责白宫新闻秘书凯里•麦卡纳尼（Kayleigh McEnany）简报内容过于政治化。\n\n"
              "美联社周六发表一篇文章指出，白宫新闻发布会打破了原有传统，麦卡纳尼将其变成竞选广告。\n\n"
              "记者向麦卡纳尼提问时，大多数问题都与推文有关。\n\n但是，{}没有给出记者们想要的答案。\n")


def test_a_headline_transliterating_a_loosely_heard_name_another_way_is_reported() -> None:
    # heldout15, doc-136: McEnany is 麦卡纳尼 in the body and 麦肯尼 in the headline, both heard below ACCEPT
    f = fails("TQA310", MCENANY_EN, MCENANY_ZH.format("麦肯尼", "麦卡纳尼"))
    assert (f.target.text, f.target.line, f.suggestion) == ("麦肯尼", 1, "麦卡纳尼")
    passes("TQA310", MCENANY_EN, MCENANY_ZH.format("麦卡纳尼", "麦卡纳尼"))
    # two paragraphs of the other form were too few for a loose sound; since release 40 the two forms are heard alike
    # (same onset, toneless pinyin alike: with_original.heard_alike), which the original's one name decides
    f = fails("TQA310", MCENANY_EN, MCENANY_ZH.format("麦肯尼", "她"))
    assert f.target.text == "麦肯尼"


def test_a_run_of_transliteration_characters_ends_before_a_word_the_article_writes_without_it() -> None:
    # 坎特利用 is 坎特 + 利用 ("uses"), 坎特 written four times: 坎特利 is no writing of Kanter (archive, new-facebook-mobile-ads)
    zh = ("# 脸书更新移动广告\n\n设计师杰夫·坎特认为你会停下来看一眼。\n\n作为产品经理，Kanter 的工作是传达广告客户的信息。\n\n"
          "坎特告诉我，我们先与员工分享。\n\n坎特利用这两项资产让广告变得更好。\n\n坎特总结了新设计。\n")
    assert not [f for f in findings(None, zh) if f.code in ("TQA310", "TQA311") and "坎特利" in (f.target.text if f.target else "")]


def test_a_run_before_a_word_written_many_times_is_cut_in_linear_time() -> None:
    # each run of transliteration characters before a dictionary word (坎特利用) counted its name in the whole article
    # again (quadratic: 3,200 paragraphs took 1.6 CPU s, 800 took 0.11); each name is counted once now, and still cut
    from transqa.checks.transliteration.target_only import name_forms
    from transqa.model import Block

    def work(n: int) -> dict[str, list[tuple[Block, int]]]:
        texts = ["坎特利用了它。" if k % 3 == 0 else "坎特说。" for k in range(n)]
        return name_forms([Block(k, "paragraph", t, list(range(len(t) + 1)), 0, len(t), k + 1) for k, t in enumerate(texts)])

    forms = grows_linearly(work, 800)
    assert "坎特利" not in forms and "坎特" not in forms
    assert "坎特利" in work(2)  # written once alone and once before 利用: not more often without the 利


def test_a_latin_name_written_thousands_of_times_in_one_paragraph_takes_linear_time() -> None:
    # each place of Firefox searched the whole paragraph again, for a longer product name beside it and for an open
    # bracket or embed before it (quadratic: 5,000 places in one paragraph 10 CPU s, 10,000 38 s); now once each
    got = grows_linearly(lambda n: findings(None, "# 火狐浏览器\n\n" + "用户说 Firefox 很好用。" * n + "\n"), 500)
    assert [f for f in got if f.code == "TQA310" and "2000 times" in f.message]


def test_the_capitalised_words_before_a_name_are_read_backwards() -> None:
    # each of 1,000 names of one English paragraph searched the whole text before it for the capitalised words beside
    # it (a regular expression anchored at the end: quadratic, 8 of 40 CPU s, hostile21); read backwards now, as before
    import random
    import re

    from transqa.checks.transliteration.common import capitalised_run_before

    old = re.compile(r"(?:[A-Z][\w'’.-]*\s)+$")
    r = random.Random(3)
    for alphabet in ("aAbZ .'-’\t\n1_é", "Ab \n.", "AB  \n\n"):
        for _ in range(3000):
            t = "".join(r.choice(alphabet) for _ in range(r.randint(0, 14)))
            end = r.randint(0, len(t))
            m = old.search(t[:end])
            assert capitalised_run_before(t, end) == (m.group(0) if m else ""), (t, end)

    def work(n: int) -> list[str]:
        text = " ".join(f"word Kilo Tango{k} said" for k in range(n))
        return [capitalised_run_before(text, m.start()) for m in re.finditer("said", text)]

    assert grows_linearly(work, 2000)[-1] == f"Kilo Tango{8000 - 1} "


def test_the_cut_latin_tokens_of_a_paragraph_of_thousands_of_names_are_found_in_linear_time() -> None:
    # each name walked every Latin token of its paragraph for a cut of it (Stri for Stripe): quadratic, 11 of 20 CPU s
    # for 2,000 names in one paragraph (hostile21); the tokens are indexed once per paragraph and looked up by prefix
    # (indexed once per pair, as a check runs: inside a pair scope)
    from transqa.checks.transliteration.with_original import _prefix_tokens
    from transqa.memo import pair_scope

    assert _prefix_tokens("Stri 说 Strip 和 Stripe、Str，stri Stripes", "stripe") == [(0, 4, "Stri"), (7, 12, "Strip"), (15, 21, "Stripe")]

    def work(n: int) -> list[list[tuple[int, int, str]]]:
        names = [f"Kilo{k:05d}" for k in range(n)]
        text = "，".join(f"{x}表示" for x in names)
        with pair_scope():
            return [_prefix_tokens(text, x.lower() + "x") for x in names]

    assert grows_linearly(work, 2000)[-1] == [(12 * 7999, 12 * 7999 + 9, "Kilo07999")]  # 12 characters a name: Kilo07999表示，


def test_a_k_before_an_i_sound_is_heard_as_pinyin_j_or_q() -> None:
    # Mandarin has no ki or gi: Chinese writes that sound 基, 奇, 琪 (j, q), which the plain classes hear as s
    assert sound_score("Parakey", "帕拉奇") >= 0.9 and sound_score("Wikia", "维基亚") >= 0.9
    assert sound_score("Nikki", "妮琪") >= 0.9
    # j and q are a class of their own there: the palatal reading of Wikio is no 瓦萨 (wa-sa), nor Kim 金 (jin)
    assert sound_score("Wikio", "瓦萨") < 0.7 and sound_score("Kim", "金") < 0.7
    assert sound_score("Kevin", "凯文") >= 0.9  # a k before e keeps its k


def test_a_final_ky_and_a_ch_before_e_or_i_are_heard_as_pinyin_j_or_q() -> None:
    # -sky 斯基 (Chesky, archive: Airbnb's co-founder), Nicky 尼基; ch before e/i is written with q (切, 奇)
    assert sound_score("Chesky", "切斯基") >= 0.9 and sound_score("Nicky", "尼基") >= 0.9
    assert sound_score("Chesky", "赛斯") < 0.7 and sound_score("Charles", "查尔斯") >= 0.9


def test_a_slug_name_rendered_alone_is_weighed_before_a_given_name_that_sounds_alike() -> None:
    # Parakey (slug, Latin four times) written 帕拉奇 twice; 布雷克 (Blake of 布雷克·罗斯) sounds as much like it
    # (B-L-K) but is a person's given name at every place: it is not the name's rendering, and before this it was
    # reported first and kept 帕拉奇 out (another first character: another name)
    zh = ("# Parakey 的投资者被冷落了吗？\n\n当脸书收购了帕拉奇时，人们用帕拉奇的股份换了现金。\n\n"
          "与此同时，Parakey 创始人布雷克·罗斯加入了脸书。\n\nParakey 的主要投资者是红杉资本。\n\n但是 Parakey 收购很重要。")
    got = _slug_findings("parakey-did-investors-get-left-out-in-the-cold.md", zh)
    assert got.count("TQA310 帕拉奇") == 2
    assert "TQA310 布雷克" not in got


def test_the_headline_form_counts_against_a_latin_form_of_the_body() -> None:
    # WMT22 (HuaweiTSC, rt.com.18622): the headline and one paragraph write 班克西, one paragraph keeps Banksy
    en = ("Long queues for Banksy's shirts\n\n"
          "Crowds desperate to buy shirts designed by the street artist Banksy have been seen in Bristol.\n\n"
          "Banksy designed the shirts to mark the trial of four people.")
    zh = ("为支持抗议者排起了长队，等待班克西的衬衫\n\n"
          "在布里斯托尔，人们不顾一切地购买由街头艺术家Banksy设计的衬衫。\n\n"
          "班克西设计了这些衬衫，以纪念四人的审判。\n")
    f = fails("TQA310", en, zh)
    assert f.target is not None and f.target.text == "Banksy" and f.target.line == 3 and f.suggestion == "班克西"


def test_a_headline_that_keeps_the_name_in_latin_beside_a_body_that_renders_it() -> None:
    # WMT22 (Online-B, independent.80454): `Scholz，…` in the headline, 肖尔茨 in every paragraph of the body
    en = "Scholz, Polish prime minister discuss migration\n\n" + SCHOLZ_EN
    zh = ("Scholz，波兰总理讨论移民问题\n\n肖尔茨周日在华沙会见了莫拉维茨基。\n\n肖尔茨在会后说，会谈很友好。\n\n"
          "官员周日表示，肖尔茨周五将访问巴黎。\n\n莫拉维茨基以军礼欢迎肖尔茨。\n")
    f = fails("TQA310", en, zh)
    assert f.target is not None and f.target.text == "Scholz" and f.target.line == 1
    # a headline kept in Latin script beside a body that keeps it too is the article's form
    passes("TQA310", en, zh.replace("肖尔茨", "Scholz "))


@needs_cedict
def test_a_sentence_listing_names_is_no_title() -> None:
    # heldout14 (WMT21 reference A with an injection): a list of players capitalises most long words of the line,
    # but they are names, not a title's words; its last name cut short is found
    en = ("The other players who are deemed surplus to requirements include Neto, Nelson Semedo, Junior Firpo, "
          "Arturo Vidal, Martin Braithwaite, Carles Alena, Rafinha Alcantara, and Jean-Clair Todibo.")
    zh = ("其他富余球员还有 Neto、Nelson Semedo、Junior Firpo、Arturo Vidal、Martin Braithwaite、Carles Alena、"
          "Rafinha Alcantara 和 Jean-Clair Todi。\n")
    f = fails("TQA311", en, zh)
    assert f.target is not None and f.target.text == "Todi"
    # a title capitalises dictionary words: its names are not names of the text (a sentence start at most)
    from transqa.checks.transliteration.common import _title_case

    assert _title_case("Aubameyang Helps Arsenal Send Watford Down to the Championship")
    assert not _title_case(en)


def test_a_three_character_form_one_character_off_the_usual_one() -> None:
    # heldout18 (WMT24 reference A with injections): Thassalin is 萨萨林 throughout, 塔萨林 in some places,
    # beside the usual form in one paragraph and alone in another (詹斯勒 and 根斯勒 for Gensler, alike)
    en = ("Thassalin circled above the forest.\n\nKayel held on to Thassalin's back.\n\n"
          "Thassalin landed in a clearing, and Thassalin was amused.\n\nNyssi was thrown at Thassalin.\n\n"
          "Tenuk climbed off Thassalin's back.")
    zh = ("萨萨林在森林上空盘旋。\n\n卡耶尔紧紧抓住萨萨林的背。\n\n萨萨林降落在一片空地上，塔萨林很开心。\n\n"
          "尼西被扔向塔萨林。\n\n特努克从萨萨林背上爬下。\n")
    got = [f for f in findings(en, zh) if f.code == "TQA310"]
    assert sorted((f.target.line, f.target.text, f.suggestion) for f in got if f.target is not None) == [
        (5, "塔萨林", "萨萨林"), (7, "塔萨林", "萨萨林")]
    # without the original two characters one apart are not enough (威特 beside 怀特: a character of a word as often as
    # of a name); with it both are heard as White since 怀 reads as a w (release 30, names2), and the one alone is reported
    white = zh.replace("萨萨林", "怀特").replace("塔萨林", "威特")
    passes("TQA310", None, white)
    got = [f for f in findings(en.replace("Thassalin", "White"), white) if f.code == "TQA310"]
    # and the one beside the usual form in a paragraph that names White twice (release 39, mend: two renderings in one
    # paragraph)
    assert [(f.target.line, f.target.text) for f in got if f.target is not None] == [(5, "威特"), (7, "威特")]


def _shuttleworth(variant: str, twice: bool = True) -> str:
    # archive (canonical-ceo-mark-shuttleworth-tires-of-critics…): the title writes 舒托沃尔斯, the body 舒特尔沃斯
    # three times; three characters differ (托/特 and 沃尔/尔沃), too many for the sound-alike test
    title = f"# Canonical 首席执行官马克·{variant}厌倦了批评\n\n"
    return ((title * 2 if twice else title) + "这些批评对舒特尔沃斯产生了影响。\n\n然而，这是舒特尔沃斯和他的团队的决定。\n\n"
            "舒特尔沃斯说，他会继续。\n")


def test_two_renderings_of_a_name_that_read_alike_in_pinyin() -> None:
    got = [(f.target.text, f.suggestion) for f in findings(None, _shuttleworth("舒托沃尔斯")) if f.code == "TQA310" and f.target]
    assert got == [("舒托沃尔斯", "舒特尔沃斯")] * 2
    # another name that shares a first character and no sound (克拉维尔 beside 克雷格): two people
    passes("TQA310", None, _shuttleworth("克雷格", twice=False))
    # a given name before a `·` is no surname's second writing (布兰登·艾克 beside 布伦丹 twice)
    passes("TQA310", None, "布兰登·艾克加入了公司。\n\n布伦丹说他很高兴。\n\n布伦丹还说了别的。\n")


def test_two_forms_are_near_by_their_toneless_pinyin() -> None:
    from transqa.checks.transliteration import pinyin_pairs
    from transqa.lang.transliterate import syllables

    def near(a: str, b: str) -> bool:
        return pinyin_pairs._near(a, b, "".join(syllables(a)), "".join(syllables(b)))

    assert pinyin_pairs.levenshtein("kitten", "sitting") == 3  # _near's distance (english.levenshtein, uncapped)
    assert near("舒托沃尔斯", "舒特尔沃斯")  # far (0.42), but the first and last characters agree
    assert near("阿萨内奇", "阿桑奇") and near("麦克道威尔", "麦克道尔")  # near (0.25, 0.23)
    assert not near("桑德伯格", "萨姆伯格")  # Sandberg and Samberg: 0.40 with the first characters apart
    assert not near("克拉维尔", "克雷格")  # 0.44 with only the first characters alike: two people


@needs_cedict
def test_a_three_letter_name_kept_in_latin_against_its_dictionary_name() -> None:
    # modelled on archive dev2 amazon-fox-streaming-deal…: `Fox` once beside 福克斯 (CC-CEDICT's Fox) three times
    zh = ("# 亚马逊与福克斯达成流媒体协议\n\n亚马逊今天宣布与福克斯达成协议。\n\n福克斯的电视剧将登陆 Prime。\n\n"
          "来自 Fox 的节目包括多部老剧。\n")
    f = fails("TQA310", None, zh)
    assert (f.target.text, f.target.line, f.suggestion) == ("Fox", 7, "福克斯")
    assert "福克斯" in f.message
    passes("TQA310", None, zh.replace("来自 Fox 的", "来自福克斯的"))
    # no Latin name of four letters or more in the article (review of release 43: `Prime` was needed for the pass to run)
    f = fails("TQA310", None, zh.replace("登陆 Prime", "登陆会员服务"))
    assert (f.target.text, f.suggestion) == ("Fox", "福克斯")
    # written as often in each script: no usual form; the Chinese places are never reported
    passes("TQA310", None, zh.replace("亚马逊今天宣布与福克斯达成协议", "亚马逊今天宣布与 Fox 达成协议"))
    # a given name the article writes before a Latin surname (`Tom Bedecarré`) says nothing of the script
    zh = ("# 汤姆加入董事会\n\nTom Bedecarré 是 AKQA 的创始人。\n\n汤姆在纽约开始了他的职业生涯。\n\n汤姆还担任顾问。\n\n"
          "汤姆住在旧金山。\n\nTom 拥有斯坦福大学的学位。\n")
    passes("TQA310", None, zh)
