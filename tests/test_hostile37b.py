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


def test_names_after_a_hyphen_or_inside_a_word_are_no_full_names() -> None:
    # the start of the pattern: a word's start, not a capital inside it (A-A-A…, eBay) nor after an apostrophe
    from transqa.checks import undotted

    names = [m.group(0) for m in undotted._FULL_NAME.finditer(  # noqa: SLF001 - the pattern is this test's subject
        "David Beasley met Jean-Pierre Raffarin, Conan O'Brien and Ján Kubiš; eBay Inc and " + "A-" * 50 + "x.")]
    assert names == ["David Beasley", "Jean-Pierre Raffarin", "Conan O'Brien", "Ján Kubiš"]
