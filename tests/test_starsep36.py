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
    assert f.target is not None and (f.target.line, f.target.column) == (1, 12)  # the first `*`, not the `·` read
    assert [(r.old, r.text, r.certain) for r in f.repairs] == [("*哈米德*", "·哈米德·", True)]  # one finding, one repair
    assert "emphasis" in f.message


def test_tqa326_full_width_asterisk_in_plain_text(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    zh = tmp_path / "a.zh.txt"
    zh.write_text("俄罗斯总理米哈伊尔＊米舒斯汀上周表示。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--format", "concise", str(zh))
    assert "TQA326" in out and ":1:10:" in out


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
