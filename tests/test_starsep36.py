"""TQA326 name-starred, and the loaders reading an asterisk written for a transliterated name's `·` as that `·`
(WMT22 Online-G writes `阿卜杜勒*哈米德*德贝巴赫`; in Markdown two such asterisks are an emphasis)."""

from __future__ import annotations

import pytest
from tests.helpers import fails, findings, passes, run_cli

from transqa.lang.transliterate import star_separates
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text

DBEIBAH_EN = ("Libya's interim prime minister Abdul Hamid Dbeibah has registered to run.\n\n"
              "The candidacy of Dbeibah is disputed, officials said on Monday.\n")


def _dots(doc_text: str, markdown: bool) -> list[tuple[str, str]]:
    """(block text, the raw characters its `·` stand at) of the first block."""
    doc = parse_markdown("zh.md", doc_text) if markdown else parse_text("zh.txt", doc_text)
    b = doc.blocks[0]
    return [(b.text, "".join(doc.raw[b.offsets[i]] for i, c in enumerate(b.text) if c == "·"))]


@pytest.mark.parametrize("markdown", [True, False])
def test_the_loaders_read_a_name_asterisk_as_the_dot_at_its_own_offset(markdown: bool) -> None:
    text = "临时总理阿卜杜勒*哈米德*德贝巴赫和弗兰克*德贝里(Frank DeBerry)。\n"
    assert _dots(text, markdown) == [("临时总理阿卜杜勒·哈米德·德贝巴赫和弗兰克·德贝里(Frank DeBerry)。", "***")]


@pytest.mark.parametrize("markdown", [True, False])
def test_emphasis_and_other_asterisks_are_left_as_they_are(markdown: bool) -> None:
    text = "声音很*大*，执行*完整的升级*，由*查理·罗斯*提供，原创的*马里奥*积木，5*3=15，**粗体**。\n"
    (block, stars), = _dots(text, markdown)
    assert stars == "·"  # 查理·罗斯's own dot only
    assert markdown or block == text.strip()  # plain text: every asterisk kept as written


def test_star_separates_needs_name_characters_on_both_sides_and_no_dot() -> None:
    assert star_separates("雅辛达", "阿尔德恩（Jacinda")
    assert not star_separates("很", "大")
    assert not star_separates("由*查理·罗斯", "提供")  # the closing star of an emphasised dotted name
    assert not star_separates("", "注")
    assert not star_separates("5", "3")


def test_tqa326_stands_at_the_asterisk_and_repairs_each_one() -> None:
    f = fails("TQA326", None, "利比亚临时总理阿卜杜勒*哈米德*德贝巴赫已登记参选。\n")
    # the whole name (release 37: the asterisk alone suggested a bare `·`), its asterisks as the file writes them
    assert f.target is not None and (f.target.line, f.target.column, f.suggestion) == (1, 8, "阿卜杜勒·哈米德·德贝巴赫")
    assert [(r.old, r.text, r.certain) for r in f.repairs] == [("*哈米德*", "·哈米德·", True)]  # one finding, one repair
    assert "emphasis" in f.message


def test_tqa326_full_width_asterisk_in_plain_text(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    zh = tmp_path / "a.zh.txt"
    zh.write_text("俄罗斯总理米哈伊尔＊米舒斯汀上周表示。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--format", "concise", str(zh))
    assert "TQA326" in out and ":1:6:" in out and "→ 米哈伊尔·米舒斯汀" in out  # at the name, which the finding stands on


def test_tqa326_is_silent_on_emphasis_of_words() -> None:
    passes("TQA326", None, "这是*重要*的，由*查理·罗斯*提供，原创的*马里奥*积木。\n\n**注**：5*3=15。\n")


def test_fix_writes_the_dot(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    zh = tmp_path / "a.zh.md"
    zh.write_text("临时总理阿卜杜勒*哈米德*德贝巴赫说。\n", encoding="utf-8")
    run_cli(capsys, "fix", "--write", str(zh))
    assert zh.read_text(encoding="utf-8") == "临时总理阿卜杜勒·哈米德·德贝巴赫说。\n"


def test_the_name_rules_read_the_starred_name_as_one_name() -> None:
    # WMT22 Online-G guardian.44758: Dbeibah is `阿卜杜勒*哈米德*德贝巴赫` in one line and left in Latin script in
    # another (a name-inconsistent row); read as emphasis, `阿卜杜勒哈米德德贝巴赫` was no rendering of the name
    zh = "利比亚临时总理阿卜杜勒*哈米德*德贝巴赫已登记参选。\n\nDbeibah的候选资格存在争议，官员周一表示。\n"
    dotted = zh.replace("*", "·")
    assert [f.code for f in findings(DBEIBAH_EN, zh) if f.code != "TQA326"] == [f.code for f in findings(DBEIBAH_EN, dotted)]
    assert "TQA310" in [f.code for f in findings(DBEIBAH_EN, zh)]


def test_every_name_dot_encloses_a_part_of_a_name() -> None:
    from transqa.lang.script import NAME_DOT
    from transqa.lang.transliterate import NAME_STARS, name_char_at

    # 何 is no NAME_CHARS character: a part of a name only between separators, whichever dot the text writes (`•` too)
    for sep in NAME_DOT + NAME_STARS:
        text = f"玛丽亚{sep}何塞{sep}加西亚"
        assert name_char_at(text, text.index("何")), sep
    assert not name_char_at("他如何做到", 2)


def test_tqa326_one_finding_per_name_with_the_name_as_its_suggestion() -> None:
    # WMT22 Online-G (standard.co.uk.46814): two names' findings were folded as one (`also at`), each suggesting `·`
    zh = "该组织执行董事大卫*比斯利表示，这笔捐款将帮助我们。\n\n拉斐尔*马歇尔在期间为外交部工作。\n"
    fs = [f for f in findings(None, zh) if f.code == "TQA326"]
    assert [(f.target.text if f.target else None, f.suggestion) for f in fs][1] == ("拉斐尔·马歇尔", "拉斐尔·马歇尔")
    assert fs[0].suggestion != fs[1].suggestion and all(r.old == "*" for f in fs for r in f.repairs)


def test_tqa326_a_name_cut_or_run_on_is_bounded_by_the_original() -> None:
    # WMT22 Online-G: 大 of 大卫 (a common character) was left out, 因 of 卡扎菲因参与 taken in, 路易莎*雅各布森 cut to 莎*雅
    en = "David Beasley, the director, said so.\n\nIn 2015, Saif Gaddafi was sentenced.\n\nIt stars Louisa Jacobson and Denée Benton.\n"
    zh = "董事大卫*比斯利表示如此。\n\n2015年，赛义夫*卡扎菲因参与镇压被判刑。\n\n主演有路易莎*雅各布森和丹尼斯*本顿。\n"
    got = [f.suggestion for f in findings(en, zh) if f.code == "TQA326"]
    assert got == ["大卫·比斯利", "赛义夫·卡扎菲", "路易莎·雅各布森", "丹尼斯·本顿"]
    # without the original the run of name characters stands (卫*比斯利): no word to bound it by
    assert [f.suggestion for f in findings(None, zh) if f.code == "TQA326"][0] == "卫·比斯利"
