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
