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


def test_renders_another_name_names_its_sound_bar_and_imports_nothing_itself() -> None:
    import inspect

    from transqa.lang import transliterate

    assert transliterate.OTHER_NAME_HEARD == 0.9  # a named constant with its measurement (release 44 review)
    assert "import" not in inspect.getsource(transliterate.renders_another_name)


def test_renderings_of_a_word_are_found_by_the_one_pass_search(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from transqa.checks.transliteration import with_original

    calls: list[bool] = []
    real = with_original.substring_places

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs.get("overlapping", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(with_original, "substring_places", counted)
    assert (0, 4) in with_original._renderings_in("Australia", "澳大利亚队")
    assert calls == [True]  # lang.script.substring_places, overlapping, not a str.find loop of its own


def test_a_partly_rendered_clause_is_reported_by_its_untranslated_words() -> None:
    from transqa.checks.coverage import partly_rendered_clause

    en = ("Automatically renews each year, unless the renewal is cancelled before the day you are due to be charged in "
          "my.norton.com or by contacting Norton Support.")
    span = partly_rendered_clause(en, "每年自动续订，除非在my.norton.com或通过联系诺顿支持取消续订。")
    assert span is not None and en[span[0] : span[1]] == "day you are due to be charged"  # 除非 and my.norton.com rendered
