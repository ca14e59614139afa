"""lang.roles: the one test of a person's title or role before a name (TQA324 and TQA328 read it)."""

from transqa.checks.undotted import role_dotted
from transqa.lang.roles import is_role, role_before


def test_is_role_three_sources():
    assert is_role("作家")  # the archive's titles (CC-CEDICT's first sense of 作家 is no title)
    assert is_role("CMO") and is_role("SVP")  # officers' acronyms
    assert not is_role("苹果") and not is_role("ceo") and not is_role("CEOs")


def test_role_before_longest_and_not_inside_latin():
    text = "公司首席执行官迈克"
    assert role_before(text, text.index("迈")) == text.index("首")
    assert role_before("xCEO", 4) is None  # a Latin letter runs into the acronym
    assert role_before("TC CEO", 6) == 3
    assert role_before("他说", 2) is None


def test_role_dotted_reads_the_archive_titles():
    # 作家 is one of the archive's titles, not a CC-CEDICT role word: TQA328 reads it too (release 41)
    assert [k for _, k in role_dotted("TC 作家·迈克布彻说")] == [5]
    assert list(role_dotted("博士·约翰")) == []  # a title all of name characters may be a name's part
