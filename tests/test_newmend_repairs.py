"""Release 42 (brief r42/newmend), item 5: repairs and suggestions that name the right text. TQA207 writes no thousands
separator before 万/亿; TQA314 names the text it deletes from a title and `fix` deletes a site name glued on by a
mark; TQA108 names the Latin name before the link that its address spells (TQA513's excerpt: mended on main meanwhile)."""

from __future__ import annotations

from tests.helpers import findings


def _of(code: str, zh: str, en: str | None = None) -> list:
    return [f for f in findings(en, zh) if f.code == code]


def test_a_full_width_comma_before_a_scale_word_is_repaired_without_a_separator() -> None:
    zh = "# 用户\n\n该服务拥有 1，250 万用户，比去年多 22，130 人，收入 3，500 亿元。\n"
    fs = _of("TQA207", zh)
    assert [(f.target.text, f.suggestion, [r.text for r in f.repairs]) for f in fs] == [
        ("1，250", "1250", ["1250"]), ("22，130", "22,130", ["22,130"]), ("3，500", "3500", ["3500"])]


def test_the_site_name_inside_a_title_names_the_text_to_delete_and_fix_deletes_a_glued_one() -> None:
    zh = "# JavaScript 创始人布伦丹·艾希为 Ajax.org·TechCrunch 提供建议\n\n布伦丹·艾希将为 Ajax.org 提供建议。\n"
    (f,) = _of("TQA314", zh)
    assert f.suggestion == "delete “·TechCrunch” from the title: “JavaScript 创始人布伦丹·艾希为 Ajax.org 提供建议”"
    assert [(zh[r.start : r.end], r.text, r.certain) for r in f.repairs] == [("·TechCrunch ", " ", True)]


def test_a_site_name_between_spaces_is_suggested_not_repaired() -> None:
    zh = "# 2007 年：离不开 TechCrunch 的 Web 2.0 公司\n\n这些公司离不开博客。\n"
    (f,) = _of("TQA314", zh)
    assert f.suggestion == "delete “TechCrunch” from the title: “2007 年：离不开的 Web 2.0 公司”"
    assert [r.certain for r in f.repairs] == [False]


def test_an_anchor_that_slid_off_the_name_its_address_spells_names_it() -> None:
    zh = "# 女友\n\nKaitlyn Trigger 是 Rally.org[的营销总监](https://rally.org/)。她也是作家。\n"
    (f,) = _of("TQA108", zh)
    assert f.suggestion == "link “Rally.org”, the name its address spells, not what follows it: [Rally.org](…)的营销总监"
    zh = "# 新闻\n\n当我今天听到[的新闻](https://rally.org/)时很吃惊。\n"
    (f,) = _of("TQA108", zh)
    assert f.suggestion is not None and f.suggestion.startswith("move “的” out of the link")
    # the host's registered label, not its first one: Rally of blog.rally.org (mend 43 item 9)
    zh = "# 女友\n\nKaitlyn Trigger 是 Rally[的营销总监](https://blog.rally.org/)。她也是作家。\n"
    (f,) = _of("TQA108", zh)
    assert f.suggestion is not None and f.suggestion.startswith("link “Rally”, the name its address spells")

