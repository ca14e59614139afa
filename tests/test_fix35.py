"""Release thirty-three, fix35: what a newcomer, a reader and a reviewer found (names, code)."""

from __future__ import annotations

from tests.helpers import findings


def _codes(en: str, zh: str) -> list[str]:
    return sorted(f.code for f in findings(en, zh) if f.category == "number")


def test_an_estimate_in_the_figures_clause_is_a_word_of_approximation() -> None:
    # `_EN_LOOSE` is built from the bound table's approx/near/lower rows, which hold `estimated` (the list written out
    # did not): an estimate rendered 200多 adds no bound the source lacks
    assert "TQA209" not in _codes("An estimated total of 200 people attended.", "估计共有200多人出席。")
    assert "TQA209" in _codes("A total of 200 people attended.", "共有200多人出席。")


_BLM = "They were released to support protesters on trial for toppling a slave trader statue during a Black Lives Matter march."


def test_black_lives_matter_word_by_word_is_given_the_name_whole() -> None:
    # WMT22 rt.com.18622 line 1663 (newcomer35): the suggestion was 黑人的命, a short form, as the established name
    [f] = [f for f in findings(_BLM, "他们被释放是为了支持因在 “黑人生活问题” 游行中推翻奴隶贩子雕像而受审的抗议者。")
           if f.code == "TQA312"]
    assert f.suggestion == "黑人的命也是命"
    assert "“黑人的命也是命”" in f.message


def test_a_short_form_of_an_established_name_is_no_defect() -> None:
    en = _BLM + "\n\nThe Black Lives Matter movement grew."
    zh = "他们被释放是为了支持因在“黑人的命也是命”游行中推翻奴隶贩子雕像而受审的抗议者。\n\n黑人的命运动壮大了。"
    assert not [f for f in findings(en, zh) if f.code == "TQA312"]


def test_the_met_office_word_by_word_is_given_its_name_whole() -> None:
    [f] = [f for f in findings("The Met Office issued a warning.", "大都会办公室发布了警告。") if f.code == "TQA312"]
    assert f.suggestion == "英国气象局"
