"""Names in Chinese script against the original (TQA310): the renderings a name's paragraphs disagree on.
Short examples written for these tests, in the shape of real MT output (WMT22 system outputs)."""

from tests.helpers import fails, findings, passes

ARDERN_EN = (
    "The senator called the Prime Minister Jacinda Ardern a communist on Sunday.\n\n"
    "She appeared to be criticizing Ardern's response in a Tweet.\n\n"
    "She didn't further explain her criticism of Ardern.\n"
)


def test_two_syllables_said_as_one_is_a_second_rendering() -> None:
    # 阿登 (a-deng) for the 阿德恩 (a-de-en) of two other paragraphs: one character fewer, the same sound
    zh = ("参议员周日称总理杰辛达·阿德恩为共产主义者。\n\n她似乎在一条推文中批评阿德恩的回应。\n\n"
          "她没有进一步解释她对阿登的批评。\n")
    f = fails("TQA310", ARDERN_EN, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("阿登", "阿德恩", 5)
    passes("TQA310", ARDERN_EN, zh.replace("阿登", "阿德恩"))
    # inside a longer run of transliteration characters the two characters are a window, not a rendering; the whole
    # run 阿登纳 is heard alike Ardern's 阿德恩 (same onset, toneless pinyin alike: with_original.heard_alike, release 40)
    f = fails("TQA310", ARDERN_EN, zh.replace("对阿登的", "对阿登纳的"))
    assert (f.target.text, f.suggestion) == ("阿登纳", "阿德恩")


def test_a_name_kept_in_latin_once_against_a_translation_shared_by_two_paragraphs() -> None:
    en = ("The serum blends Red Algae and Aqua Minerals with Vitamin C.\n\n"
          "Aqua Minerals keeps skin supple.\n\n"
          "Apply it at night: the Aqua Minerals work while you sleep.\n")
    zh = ("这款精华混合了红藻和水族矿物质以及维生素C。\n\nAqua Minerals保持皮肤柔软。\n\n"
          "请在夜间使用：水族矿物质以及精华在您睡觉时发挥作用。\n")
    f = fails("TQA310", en, zh)  # the string grown to 水族矿物质, not over the 以 of 以及
    # the other lines render the brand word by word (水族矿物质): the advice keeps the Latin name (release 39)
    assert (f.target.text, f.target.line) == ("Aqua Minerals", 3)
    assert f.suggestion is not None and f.suggestion.startswith("keep Aqua Minerals in Latin script")
    # the two paragraphs share only a string that translates no word of the name (维生素, vitamin): no rendering
    passes("TQA310", en.replace("the Aqua Minerals work", "the Aqua Minerals and Vitamin C work"),
           zh.replace("水族矿物质以及精华", "海洋矿物和维生素"))
    # two paragraphs share a particle and a character by chance (利的 of 诺斯利的 and 诺思利的): no rendering of the
    # Latin form; since release 30 (names2) the silent k of Knowsley is heard, and 诺斯利 and 诺思利 are both its
    # renderings, one sound written two ways: the later one is reported, never the shared 利的
    en2 = ("Police were called to Knowsley on Friday.\n\nHe represents Knowsley in Parliament.\n\n"
           "The people of Knowsley are welcoming, he said.\n")
    zh2 = "周五，诺斯利的人报了警。\n\n他在议会代表 Knowsley。\n\n他说，诺思利的人们很热情。\n"
    got = [(f.target.line, f.target.text, f.suggestion) for f in findings(en2, zh2) if f.code == "TQA310" and f.target]
    assert got == [(5, "诺思利", "诺斯利")]


DESERT_EN = (
    "Dive into the world of Black Desert.\n\n"
    "Black Desert Prestige Edition is a living-world game.\n\n"
    "Enjoy crafting in Black Desert.\n\n"
    "Everything can be crafted in the world of Black Desert.\n"
)


def test_a_name_translated_by_meaning_with_a_character_fewer() -> None:
    zh = ("潜入黑色沙漠的世界。\n\n黑色沙漠尊贵版是一款生活世界游戏。\n\n"
          "享受在黑沙漠中制作的乐趣。\n\n在黑色沙漠的世界里，一切都可以制作。\n")
    f = fails("TQA310", DESERT_EN, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("黑沙漠", "黑色沙漠", 5)
    passes("TQA310", DESERT_EN, zh.replace("黑沙漠", "黑色沙漠"))
    # the shorter string as often in the article as the longer one (where the English has the name's first word
    # alone): two ways the translation writes, no odd one
    passes("TQA310", DESERT_EN + "\n\nThe desert is vast.\n\nIts desert is dark.\n", zh + "\n黑沙漠很辽阔。\n\n黑沙漠很暗。\n")


def test_a_particle_put_into_a_translated_name_is_the_sentence_not_a_second_form() -> None:
    # WMT22 (Online-W): `Posters are sent…` as 海报装 three times and once 海报被装 (posters are packed): the 被 is
    # the sentence's grammar; another character put in is a second form of the string
    en = ("We offer nine types of posters.\n\nPosters are sent in a sturdy A5 envelope.\n\n"
          "Posters are sent in a sturdy A5 envelope.\n\nPosters are sent in a sturdy A5 envelope.\n\n"
          "A3 Posters are sent in a poster tube.\n")
    zh = ("我们提供九种类型的海报。\n\n海报装在一个结实的A5信封中寄出。\n\n海报被装在一个坚固的A5信封里。\n\n"
          "海报装在一个结实的A5信封里。\n\nA3海报装在一个纸板海报管中发送。\n")
    passes("TQA310", en, zh)
    assert fails("TQA310", en, zh.replace("海报被装", "海报盒装")).target.text == "海报盒装"


def test_a_word_of_a_kept_name_inside_another_name_is_not_that_name_translated() -> None:
    # WMT22 (Manifold): `Black Desert Online` kept in Latin script; `a Black Spirit` rendered 黑灵 is another name
    en = ("Dive into the world of Black Desert Online.\n\n"
          "Accompanied by a Black Spirit, players will discover the secret of the Black Stones.\n\n"
          "You can play Black Desert Online the way you want to.\n")
    zh = "潜入Black Desert Online的世界。\n\n在黑灵的陪伴下，玩家将发现黑石的秘密。\n\n你可以按你想要的方式玩Black Desert Online。\n"
    passes("TQA312", en, zh)


def test_a_name_in_the_untranslated_end_of_a_cut_paragraph_is_not_translated_as_words() -> None:
    # WMT22 (Online-G): the translation stops mid-sentence before the place of EverGrow: the cut is the omission rules'
    en = ("EverGrow Coin was launched ten weeks ago.\n\nEverGrow Coin holders have earned rewards.\n\n"
          "With a new project, trust can take time to build, and the panic was exploited by a series of articles "
          "that used incorrect data to try to scare EverGrow investors away from the project.\n")
    zh = ("EverGrow Coin于十周前推出。\n\nEverGrow Coin的持有者已经获得了奖励。\n\n"
          "有了这样一个新项目，信任可能需要时间来建立，而这种恐慌被一系列文章所利用，这些文章使用不正确的数据试图吓跑\n")
    passes("TQA312", en, zh)
    # the whole sentence translated, the name left out: reported
    fails("TQA312", en, zh.replace("试图吓跑\n", "试图吓跑投资者，让他们远离这个项目。\n"))


def test_one_name_rendered_two_ways_once_each_reports_the_second() -> None:
    # WMT22 (rugby reports): Beirne as 贝恩, then 贝尔内; neither is the minority, the article's first is suggested
    en = ("It did not take long before Beirne broke through the line.\n\n"
          "The pack was led by Beirne, who was named man of the match.\n")
    zh = "没过多久，贝恩就突破了防线。\n\n这支前锋线由贝尔内带领，他被评为全场最佳球员。\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("贝尔内", "贝恩", 3)
    assert "once each" in f.message
    passes("TQA310", en, zh.replace("贝尔内", "贝恩"))
    # a word two names share (English Channel, Channel Islands): two names, two renderings
    passes("TQA310", "Boats crossed the English Channel on Monday.\n\nThe Channel Islands were cut off.\n",
           "周一，船只穿越了英吉利海峡。\n\n海峡群岛与外界隔绝。\n")
    # the surname alone after the full name (约翰逊 of 鲍里斯·约翰逊): one rendering
    passes("TQA310", "Boris Johnson said no.\n\nJohnson then left.\n", "鲍里斯·约翰逊说不。\n\n约翰逊随后离开了。\n")


def test_a_name_in_a_title_case_headline_translated_as_words_is_still_reported() -> None:
    # WMT22 (Online-A): a headline in title case, every word capitalised, renders the virus variant by other words;
    # the capitalised words beside the name are the headline's, not another name (as Black Spirit is)
    en = ("Quick Test Can Detect Omicron Variant In Minutes: Report\n\n"
          "Researchers have developed a test that can detect Omicron variants.\n\n"
          "Omicron is a variant with many mutations in the spike.\n")
    zh = "快速测试可在几分钟内检测出显微芯片变异：报告\n\n研究人员开发了一种可以检测Omicron变体的测试。\n\nOmicron是一种在刺突中有许多突变的变体。\n"
    assert fails("TQA312", en, zh).target.line == 1
    passes("TQA312", en, zh.replace("显微芯片变异", "Omicron变体"))


RUGBY_EN = ("Barbeary scored the first try.\n\nThe crowd cheered Barbeary again.\n\n"
            "At half-time Barbeary was replaced.\n")


def test_three_renderings_once_each_report_the_later_two() -> None:
    # WMT22 (GTCOM): one player written 巴贝里, 巴伯里 and 巴比里, once each: the first is suggested for the others
    zh = "巴贝里完成了第一次达阵。\n\n观众再次为巴伯里欢呼。\n\n中场休息时巴比里被换下。\n"
    got = [(f.target.text, f.suggestion, f.target.line) for f in findings(RUGBY_EN, zh) if f.code == "TQA310"]
    assert got == [("巴伯里", "巴贝里", 3), ("巴比里", "巴贝里", 5)]
    # a form written in two paragraphs is the usual one: the odd one alone is reported
    got = [(f.target.text, f.suggestion) for f in findings(RUGBY_EN, zh.replace("巴比里", "巴贝里")) if f.code == "TQA310"]
    assert got == [("巴伯里", "巴贝里")]


def test_one_transliteration_character_beside_a_rendering_is_no_third_form() -> None:
    # WMT22 (GTCOM): 奥马哈尼, then 奥马霍尼 in a paragraph where 门 (a syllable of another word) also sounds like
    # a part of O'Mahony: still a pair of forms, once each
    en = "Peter O'Mahony was present.\n\nYoung was denied by O'Mahony's tackle at the gate.\n"
    zh = "彼得·奥马哈尼到场了。\n\n杨在球门前被奥马霍尼的擒抱阻止。\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion) == ("奥马霍尼", "奥马哈尼")


def test_of_two_renderings_in_one_paragraph_each_the_one_written_twice_is_usual() -> None:
    # WMT22 (GTCOM): 康威 once, then a paragraph that writes 康维 twice: the reader meets 康维 more often
    en = "Tries went to Campbell and Conway.\n\nThe ball fell for Conway, who ran in.\n"
    zh = "坎贝尔和康威完成了达阵。\n\n球落到康维手中，康维冲进了达阵区。\n"
    f = fails("TQA310", en, zh)
    assert (f.target.text, f.suggestion, f.target.line) == ("康威", "康维", 1)


SCHOLZ_EN = ("Olaf Scholz came to Warsaw to meet Mateusz Morawiecki.\n\nHe was greeted by Morawiecki.\n\n"
             "It was one of Scholz's early visits.\n\nScholz and Morawiecki will discuss relations.\n\n"
             "Experts expect Scholz's government to talk.\n\nOn Friday, Scholz met Macron.\n")


def test_a_latin_name_against_renderings_of_two_forms_that_together_outnumber_it() -> None:
    # WMT22 (LanguageX): Scholz written 肖尔茨 twice and 朔尔茨 twice, and once in Latin script beside Morawiecki:
    # the name is written in Chinese four times, two ways; the Latin form is reported too
    zh = ("奥拉夫·肖尔茨来到华沙会见马特乌斯·莫拉维茨基。\n\n莫拉维茨基迎接了他。\n\n这是肖尔茨早期的访问之一。\n\n"
          "Scholz和Morawiecki将讨论关系。\n\n专家预计朔尔茨政府将进行对话。\n\n周五，朔尔茨会见了马克龙。\n")
    got = {(f.target.text, f.target.line) for f in findings(SCHOLZ_EN, zh) if f.code == "TQA310"}
    assert ("Scholz", 7) in got
    # Morawiecki twice in Chinese against once in Latin, beside Scholz, itself written in Chinese four times: the
    # sentence of Latin names is a slip too since release 38 (`_slip_too`; the readers of WMT22 Online-G and LanguageX
    # label this line's Latin names, and WMT22 reference A's same slip is listed in reference-defects.tsv)
    assert ("Morawiecki", 7) in got
    # two renderings against one Latin form, beside another Latin name the article writes in Chinese more often
    # (Morawiecki twice): a slip too since release 38, no longer the sentence's choice (that case: GARISSA below)
    en = SCHOLZ_EN.replace("Experts expect Scholz's government to talk.\n\nOn Friday, Scholz met Macron.\n", "")
    zh = zh.replace("专家预计朔尔茨政府将进行对话。\n\n周五，朔尔茨会见了马克龙。\n", "")
    assert any(f.target.text == "Scholz" for f in findings(en, zh) if f.code == "TQA310")


GARISSA_EN = ("Kenyan police officers arrested after fatal shooting in Garissa\n\n"
              "The shooting happened at a market in eastern Garissa county on Saturday.\n\n"
              "Garissa MP Aden Duale called the deaths heinous.\n")
GARISSA_ZH = ("肯尼亚加里萨警察因枪击事件被捕\n\n枪击事件于周六发生在东部加里萨县的一个市场。\n\n"
              "{}国会议员 Aden Duale 称该事件令人发指。\n")


def test_a_rendering_heard_loosely_everywhere_is_weighed_as_without_the_original() -> None:
    # heldout14 (doc-543): 加里萨 twice, 加里沙 once, each heard below ACCEPT for Garissa, so the paragraphs name no usual
    # rendering; the article's own forms still tell the slip, as they do without the original
    f = fails("TQA310", GARISSA_EN, GARISSA_ZH.format("加里沙"))
    assert (f.target.text, f.target.line, f.suggestion) == ("加里沙", 5, "加里萨")
    passes("TQA310", GARISSA_EN, GARISSA_ZH.format("加里萨"))


def test_a_form_the_original_hears_as_another_name_is_no_second_writing() -> None:
    # heldout15 (doc-697): 阿里斯 is Aris, the given name, beside the surname 阿里戈斯 (Arigos) written twice
    en = ("Melbourne-based Moula is part of the scheme, said chief executive Aris Arigos.\n\n"
          "Mr Arigos declined to give details of the loans.\n")
    zh = "总部位于墨尔本的穆拉也参与了该计划，首席执行官阿里斯•阿里戈斯说。\n\n阿里戈斯先生拒绝提供贷款的详细信息。\n"
    passes("TQA311", en, zh)
    passes("TQA310", en, zh)


def test_a_dictionary_rendering_without_the_er_of_the_articles_is_a_second_spelling() -> None:
    # heldout15 (doc-254): 赫伯特 (CC-CEDICT's Herbert) once, in a paragraph whose English says "He", beside 赫尔伯特 five times
    en = ("The Chargers signed quarterback Justin Herbert.\n\nHerbert was the sixth overall pick.\n\n"
          "Herbert started 42 games at Oregon.\n\nIn the Rose Bowl his team beat Wisconsin; he ran for three touchdowns.\n\n"
          "Herbert will compete with Tyrod Taylor.\n")
    zh = ("闪电队签下了四分卫贾斯汀•赫尔伯特。\n\n赫尔伯特是第六顺位。\n\n赫尔伯特在俄勒冈首发42场。\n\n"
          "玫瑰碗比赛中赫尔伯特的球队战胜了威斯康星，其中{}实现了3次触地得分。\n\n赫尔伯特将与泰罗德•泰勒竞争。\n")
    f = fails("TQA310", en, zh.format("赫伯特"))
    assert (f.target.text, f.target.line, f.suggestion) == ("赫伯特", 7, "赫尔伯特")
    passes("TQA310", en, zh.format("他"))


def test_a_dictionary_rendering_without_the_er_of_an_unsounded_r_is_no_cut() -> None:
    # newcomer 22: 马库斯 (Xinhua's Marcus, 马库斯·拉什福德) against CC-CEDICT's 马尔库斯 was a TQA311 error; the 尔
    # renders the r after a vowel that Chinese often leaves unsounded (Carter 卡特)
    en = "Raman founded NovaGrid in 2019 with former Tesla engineer Marcus Hale.\n"
    passes("TQA311", en, "拉曼 2019 年与前特斯拉工程师马库斯·黑尔共同创立了 NovaGrid。\n")
    # a character of a sounded syllable left out is still a cut
    f = fails("TQA311", en, "拉曼 2019 年与前特斯拉工程师 尔库斯·黑尔 共同创立了 NovaGrid。\n")
    assert (f.target.text, f.suggestion) == ("尔库斯", "马尔库斯")


def test_only_the_er_of_the_unsounded_r_may_go() -> None:
    # review 22: the excuse above covers only the 尔 that stands for the r after a vowel; the 尔 of 马歇尔 (Marshall)
    # or of 加菲尔德 (Garfield) renders an l, and a form without it lost a sound
    from transqa.checks.transliteration.with_original import _unsounded_r

    assert _unsounded_r("Marcus", "马尔库斯", 1)
    assert not _unsounded_r("Marshall", "马歇尔", 2)
    assert not _unsounded_r("Garfield", "加菲尔德", 2)
    assert not _unsounded_r("Barnfield", "巴恩菲尔德", 3)
