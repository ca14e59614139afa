"""Release 37's hostile inputs, second pass (hostile2): the code merged after 23:05 fed long runs and many names (each
test failed before its fix; the fixed code's author is named in the test)."""

from __future__ import annotations

from tests.helpers import grows_linearly


def _starred_suggestions(en: str, zh: str) -> list[str | None]:
    """TQA326's suggestions on a pair, that rule alone, in a pair scope."""
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse, parse_markdown
    from transqa.memo import pair_scope

    with pair_scope():
        found = check_documents(parse("en.md", en), parse_markdown("zh.md", zh), Settings(select=("TQA326",)))
    return [f.suggestion for f in found.findings]


def _long_word_pair(n: int) -> tuple[str, str]:
    """A paragraph pair whose English holds one word of 2n characters with a capital every second one (a pasted
    identifier, a run of initials), beside a starred name the original writes in full."""
    en = "Title\n\nDavid Beasley said that " + "Ab" * n + " was here.\n"
    return en, "标题\n\n董事大卫*比斯利说" + "这里" * n + "。\n"


def test_the_full_names_of_the_original_are_found_once_per_word() -> None:
    # hostile37b #1 (TQA326's _source_words, r37-ncnames 0be1d297): _FULL_NAME could start at any capital inside a
    # word, so each capital of a long word rescanned the word to its end before failing: 2,500 -> 10,000 `Ab` took
    # 0.38 -> 4.8 CPU s for TQA326 alone (12.7x). Four times the word, at most eight times the time; the name still
    # bounded by the original (大 of 大卫 kept).
    got = grows_linearly(lambda n: _starred_suggestions(*_long_word_pair(n)), 2500)
    assert got == ["大卫·比斯利"]


def test_names_inside_a_word_are_no_full_names() -> None:
    # the start of the pattern: a word's start or a lowercase particle's end (al-Islam), not a capital inside a word
    # (A-A-…, eBay); a quoted name is a name
    from transqa.checks import undotted

    names = [m.group(0) for m in undotted._FULL_NAME.finditer(  # noqa: SLF001 - the pattern is this test's subject
        "David Beasley met Jean-Pierre Raffarin, Conan O'Brien, Saif al-Islam Gaddafi and Ján Kubiš of 'Lender Watch'; "
        "eBay Inc and " + "A-" * 50 + "x.")]
    assert names == ["David Beasley", "Jean-Pierre Raffarin", "Conan O'Brien", "Islam Gaddafi", "Ján Kubiš",
                     "Lender Watch"]


def test_a_word_of_many_capitalised_parts_is_read_in_one_way() -> None:
    # hostile37b #3 (the same _FULL_NAME): a part after a hyphen was [A-Z]?[^\W_]+, two ways to read each capitalised
    # part, so a hyphenated word of k such parts not followed by a name was tried 2^k ways (6 -> 24 parts: 0.0004 ->
    # 6 CPU s; 40 parts, a hang of the whole check). Four times the parts, at most eight times the time.
    got = grows_linearly(lambda n: _starred_suggestions(
        "Title\n\nDavid Beasley said that the " + "-".join(["Ab"] * n) + " x was here.\n",
        "标题\n\n董事大卫*比斯利说这是一个很长的词。\n"), 6)
    assert got == ["大卫·比斯利"]


def _title_cut_findings(zh: str) -> list[tuple[str | None, str | None]]:
    """TQA506's findings on a translation checked alone, that rule alone: (text, suggestion)."""
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load import parse_markdown
    from transqa.memo import pair_scope

    with pair_scope():
        found = check_documents(None, parse_markdown("zh.md", zh), Settings(select=("TQA506",)))
    return [(f.target.text if f.target else None, f.suggestion) for f in found.findings]


def test_a_title_ending_on_a_long_run_of_dashes_is_read_once() -> None:
    # hostile37b #2 (TQA506's page leftover, b73924e5): _PAGE_LEFTOVER.search restarted at each dash of a long run in
    # a cut title and scanned the run to its end: 8,000 -> 32,000 dashes 0.40 -> 6.4 CPU s (16x). Now linear, and the
    # dangling dash is still the finding (no page number)
    got = grows_linearly(lambda n: _title_cut_findings("# 新的护目镜" + "—" * n + "好——\n\n正文一段。\n"), 8000)
    assert [s for _, s in got] == ["delete the trailing “——”, or complete the title after it from the original"]


def test_the_page_leftover_is_found_as_before() -> None:
    # the leftover with spaces and dashes of any kind around its parts, from its earliest start; none without the dash
    # before 第 or after 页
    from transqa.checks import fragments

    def at(text: str) -> int | None:
        return fragments._page_leftover(text)  # noqa: SLF001 - the reading is this test's subject

    assert at("护目镜——第 216 页——") == 3 and at("护目镜 - 第216页 —") == 3 and at("护目镜　——　第 2 页——") == 3
    assert at("护目镜第 216 页——") is None and at("护目镜——第 216 页") is None and at("第 1 章——第 2 页——") == 5
    assert _title_cut_findings("# 新的护目镜——第 216 页——\n\n正文一段。\n")[0][1] == "delete “——第 216 页——”"


def _many_people_pair(n: int) -> tuple[str, str]:
    """A paragraph pair naming n people in English and n starred names in Chinese."""
    en = ", ".join(f"David Beasley{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}x" for i in range(n)) + ".\n"
    return en, "，".join(["大卫*比斯利"] * n) + "。\n"


def test_a_paragraph_of_many_people_bounds_each_name_in_constant_time() -> None:
    # hostile37b #5 (TQA326's _name_bounds, r37-ncnames 0be1d297): each starred name weighed every full name of the
    # aligned original, sorted again per name: 100 / 400 / 800 / 1,600 names 0.13 / 0.21 / 0.77 / 3.2 CPU s. Beyond
    # BOUNDING_PAIRS the edges stay as name_char_at gives them; a paragraph within it is still bounded (大 of 大卫 kept).
    got = grows_linearly(lambda n: _starred_suggestions(*_many_people_pair(n)), 400)
    assert len(got) == 1600
    assert _starred_suggestions(*_many_people_pair(3)) == ["大卫·比斯利"] * 3
