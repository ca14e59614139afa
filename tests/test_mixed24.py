"""TQA310 without the original: a short surname (two consonants) kept in Latin script and rendered by two
transliteration characters that stand alone (release twenty-four: archive dev2's `Sam Sethi`, `Sethi` beside 塞提)."""

from __future__ import annotations

from tests.helpers import findings, passes


def _translit(zh: str) -> list[tuple[str, str | None]]:
    return [(f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA310" and f.target is not None]


# A person named in full in Latin script first, then as often by the surname in each script: the two characters
# 莫蒂 (mo-di: Modi, MT) are in no `·` name, so only their sound ties them to the name
ARTICLE = ("前记者 Raj Modi (Modi 在去年离开了报社)创办了一家新的新闻网站。不过，莫蒂和投资人之间有一些分歧。\n\n"
           "投资人说，Modi 曾答应在年底前交出代码。莫蒂实际上说他从未答应过。\n\n"
           "莫蒂并不否认那封邮件。无论如何，莫蒂已经带着团队离开了。\n\n"
           "目前还不清楚 Modi 会怎么做。\n")


def test_a_short_surname_rendered_alone_is_weighed_against_its_latin_full_name_and_surname() -> None:
    got = _translit(ARTICLE)
    assert len(got) == 4 and all(t == "莫蒂" and s == "Modi" for t, s in got)


def test_a_bracket_holding_the_name_alone_is_a_gloss_and_not_counted() -> None:
    # `(Modi 在去年…)` goes on in Chinese after the name: a clause, the name one more use (four in Latin script, as
    # often as 莫蒂, the Latin written first); `(Modi)` alone glosses what stands before it and is not counted: three
    # against four, and the Latin places are the minority
    got = _translit(ARTICLE.replace("(Modi 在去年离开了报社)", "(Modi)"))
    assert got and all(t.endswith("Modi") and s in ("莫蒂", None) for t, s in got)


def test_a_short_surname_rendered_in_a_dot_name_keeps_counting_the_latin_places_alone() -> None:
    # 莫蒂 of 拉杰·莫蒂: the person was introduced in Chinese in full, and the Latin full name is not counted against it
    zh = ("拉杰·莫蒂在周一宣布辞职。\n\n投资人 Raj Modi 说他会留下。莫蒂还说他另有计划。\n\n"
          "在谈到未来时，Modi 没有透露更多。\n")
    assert all(t != "莫蒂" for t, _s in _translit(zh))


def test_two_characters_that_are_a_word_are_no_rendering() -> None:
    passes("TQA310", None, "前记者 Sam Lee 创办了网站。Lee 说，李子很甜。\n\nLee 还说，李子很甜。\n")


def test_a_page_of_many_short_latin_names_is_scanned_once() -> None:
    # each short name weighed against the translation's lone two-character runs, found once: a scan of the whole text
    # per name made 3,000 names take a minute (quadratic: at 4 * 300 names the second term dominates some fortyfold)
    import itertools

    from tests.helpers import grows_linearly

    letters = [a + b + c.lower() + d for a, b, c, d in itertools.product("BDFGKLMNPRSTVZ", "aeiou", "BDFGKLMNPRSTVZ", "aeiou")]

    def work(n: int) -> int:
        names = letters[:n]
        zh = "\n\n".join("，".join(f"{x} 说塞提和莫蒂去了巴拉" for x in names[i : i + 10]) + "。" for i in range(0, n, 10)) + "\n"
        return len(findings(None, zh))

    grows_linearly(work, 300)
