"""Release 41 (issue 17): TQA317 reads back a compound name of the slug piece by piece, single characters too
(答案+袋, answer+bag, for Answerbag), where CC-CEDICT's words of two characters or more do not spell it."""

from __future__ import annotations

from tests.helpers import name_as_word, needs_lexicon

# archive answerbag-bets-the-farm-on-widgets…: the name twice in Latin, once rendered as 答案袋
_ANSWERBAG = ("# Answerbag 押注小部件\n\nAnswerbag 是一个问答网站。\n\n用户可以在博客上放置答案袋功能。\n\n"
              "Answerbag 的创始人说，这是他们的未来。\n")


@needs_lexicon
def test_a_compound_of_the_slug_read_back_by_single_characters_is_reported() -> None:
    assert name_as_word("zh/answerbag-bets-the-farm-on-widgets.md", _ANSWERBAG) == [("答案袋", "Answerbag")]


@needs_lexicon
def test_without_the_slug_or_with_the_name_in_the_clause_nothing_is_reported() -> None:
    # the slug is what tells the name apart (as for the read-back of dictionary words)
    assert name_as_word("zh/widgets-on-blogs.md", _ANSWERBAG) == []
    # a clause that writes the name itself in Latin script reads 答案袋 as its own words
    same_clause = _ANSWERBAG.replace("用户可以在博客上放置答案袋功能。", "Answerbag 用户可以在博客上放置答案袋功能。")
    assert name_as_word("zh/answerbag-bets-the-farm-on-widgets.md", same_clause) == []
