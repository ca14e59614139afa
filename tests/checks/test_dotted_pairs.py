"""TQA310 without the original: a `·` name with one part changed, or its surname written another way alone
(`dotted_pairs`)."""

from tests.helpers import findings, passes

from transqa.checks.transliteration import dotted_pairs


def _got(text: str) -> list[tuple[int, str, str | None]]:
    return [(f.target.line, f.target.text, f.suggestion) for f in findings(None, text) if f.code == "TQA310" and f.target]


def test_a_dotted_name_with_one_part_changed() -> None:
    # archive shape (techcrunch20-conference-site-live): Dave Winer 戴夫·维纳 in a list, then 戴夫·温纳 as a link
    text = "专家包括克里斯·安德森(连线杂志主编)、戴夫·维纳(脚本新闻)。\n\n他们都会来。\n\n[戴夫·温纳](https://example.com/a)\n"
    assert _got(text) == [(5, "温纳", "维纳")]
    # two people who share a given name and whose surnames sound apart: 克里斯·摩尔, 克里斯·托尔斯
    passes("TQA310", None, "克里斯·摩尔今天来了。\n\n克里斯·托尔斯也来了。\n")


def test_a_surname_written_another_way_alone() -> None:
    # archive shape (jack-dorsey-takes-over-product…): 杰克·多西 in the headline and the lead, 多尔西 in the body
    text = ("# 杰克·多西再次接管产品\n\n杰克·多西大规模回归。\n\n多尔西将继续担任首席执行官。\n\n多尔西说他很忙。\n\n"
            "多尔西还会领导产品。\n")
    assert _got(text) == [(1, "多西", "多尔西"), (3, "多西", "多尔西")]
    # another person of the article whose surname shares a last character and no first sound: 安德森, 莱文森
    passes("TQA310", None, "总裁彼得·莱文森今天离职。\n\n安德森说他会接任。\n")
    # a run of two characters that words around it take (法利 of 想方设法利用): no name
    passes("TQA310", None, "经理汤姆·法洛斯负责此事。\n\n谷歌一直在想方设法利用其优势。\n")
    # a double surname joined by a hyphen is one name (泰穆尔·法曼-法马安)
    passes("TQA310", None, "高管泰穆尔·法曼-法马安加入了公司。\n\n法马安说他很高兴。\n")


def test_parts_alike() -> None:
    alike = dotted_pairs._alike
    assert alike("温纳", "维纳") and alike("库伯", "库珀") and alike("多西", "多尔西") and alike("邓普顿", "坦普尔顿")
    assert alike("法伊勒", "菲尔勒") and alike("阿尔吉尔", "阿尔吉勒")  # a 尔 against an open syllable or an l
    assert not alike("施莱尔", "施拉姆") and not alike("基特勒", "西格勒")  # a consonant changed
    assert not alike("多内", "多西") and not alike("克拉维尔", "勒梅尔")  # two characters apart; first sounds apart
    assert not alike("桑德伯格", "萨姆伯格")  # Sandberg, Samberg: two people
