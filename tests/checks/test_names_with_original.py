"""Names in Chinese script against the original (TQA310): the renderings a name's paragraphs disagree on.
Short examples written for these tests, in the shape of real MT output (WMT22 system outputs)."""

from tests.helpers import fails, passes

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
    # inside a longer run of transliteration characters the two characters are a window, not a rendering
    passes("TQA310", ARDERN_EN, zh.replace("对阿登的", "对阿登纳的"))


def test_a_name_kept_in_latin_once_against_a_translation_shared_by_two_paragraphs() -> None:
    en = ("The serum blends Red Algae and Aqua Minerals with Vitamin C.\n\n"
          "Aqua Minerals keeps skin supple.\n\n"
          "Apply it at night: the Aqua Minerals work while you sleep.\n")
    zh = ("这款精华混合了红藻和水族矿物质以及维生素C。\n\nAqua Minerals保持皮肤柔软。\n\n"
          "请在夜间使用：水族矿物质以及精华在您睡觉时发挥作用。\n")
    f = fails("TQA310", en, zh)  # the string grown to 水族矿物质, not over the 以 of 以及
    assert (f.target.text, f.suggestion, f.target.line) == ("Aqua", "水族矿物质", 3)
    # the two paragraphs share only a string that translates no word of the name (维生素, vitamin): no rendering
    passes("TQA310", en.replace("the Aqua Minerals work", "the Aqua Minerals and Vitamin C work"),
           zh.replace("水族矿物质以及精华", "海洋矿物和维生素"))
    # two paragraphs share a particle and a character by chance (利的 of 诺斯利的 and 诺思利的): no rendering
    en2 = ("Police were called to Knowsley on Friday.\n\nHe represents Knowsley in Parliament.\n\n"
           "The people of Knowsley are welcoming, he said.\n")
    zh2 = "周五，诺斯利的人报了警。\n\n他在议会代表 Knowsley。\n\n他说，诺思利的人们很热情。\n"
    passes("TQA310", en2, zh2)


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
