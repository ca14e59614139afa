"""Release 44 review (fixrev): TQA306 tests a word of the translation against the original's words once."""

from __future__ import annotations

from transqa.checks.spelling import _SourceWords


class _Counted(set[str]):
    asked = 0

    def __contains__(self, item: object) -> bool:
        type(self).asked += 1
        return super().__contains__(item)


def test_the_joined_words_are_asked_without_the_words_again() -> None:
    words = _Counted({"norton"})
    sw = _SourceWords(words, [])
    assert "norton" in sw.words and not sw.joins("nortonsupport")
    assert _Counted.asked == 1  # the words were searched again at each joined look-up
