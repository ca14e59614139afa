"""Release 40 (late3, issue 17): a name's writing with one inner character lost, glued to a word of transliteration
characters (`让冈多拉出现` beside 冈多特拉 twice, an archive article), is reported as cut (TQA311)."""

import pytest
from tests.helpers import findings

pytest.importorskip("pypinyin")


def _cuts(zh: str) -> list[tuple[str, str | None]]:
    return [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA311" and f.target is not None]


def _needs_cedict() -> None:
    from transqa.lang.lexicon import cedict_path

    if cedict_path() is None:
        pytest.skip("CC-CEDICT is not installed")


GUNDOTRA = ("在周四的主题演讲上，工程副总裁维克·冈多特拉反复指责苹果公司。\n\n"
            "在视频开始大约三分钟的时候，冈多特拉使用了苹果自己的图像。\n\n"
            "我迫不及待地想让冈多拉出现在下周的大会上。\n")


def test_a_cut_glued_to_a_word_is_reported() -> None:
    _needs_cedict()
    assert _cuts(GUNDOTRA) == [("冈多拉", "冈多特拉")]


def test_two_people_are_not_one_name_cut() -> None:
    _needs_cedict()
    zh = GUNDOTRA + "\n冈多特拉说，另一位发言人约翰·冈多拉也在场。\n"  # the usual form written more often than the cut
    assert _cuts(zh) == []


def test_a_cut_that_is_a_dictionary_word_is_not_reported() -> None:
    _needs_cedict()
    from transqa.lang.transliterate import is_headword, is_translit

    assert is_headword("利比亚") and is_translit("利比里亚")  # Libya, Liberia less its 里
    zh = ("利比里亚的监管机构周二表示反对。\n\n利比里亚政府随后发表声明。\n\n"
          "他说，这让利比亚的难民问题重新受到关注。\n")
    assert _cuts(zh) == []


def test_a_cut_inside_a_longer_run_is_not_reported() -> None:
    from transqa.checks.transliteration.glued_cut import _glued_once
    from transqa.lang.transliterate import TRANSLIT

    text = "想让冈多拉出现，斯冈多拉斯"
    assert _glued_once(text, 2, 5, TRANSLIT)
    assert not _glued_once(text, 9, 12, TRANSLIT)  # glued on both sides: inside another name
