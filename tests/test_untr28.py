"""Release twenty-eight, brief UNTR28: a sentence's opening word kept in English (issue 19)."""

from __future__ import annotations

from tests.helpers import findings


def _untranslated(en: str, zh: str) -> list[str]:
    return [f.message for f in findings(en, zh) if f.code == "TQA401"]


# ------------------------------------------------------------- the opening word of a sentence, kept with its capital
def test_an_opening_common_word_kept_before_a_name_is_reported() -> None:
    # dev, heldout20 (two systems): `Quick Google led me…` kept as `Quick Google引导我…`; the article writes `quick`
    # in lower case elsewhere and never capitalises it inside a sentence
    en = "First a quick disclaimer: I am not the account user.\nQuick Google led me to this old thread."
    zh = "首先是一个简短的免责声明：我不是账户用户。\n\nQuick Google引导我找到了这个旧线索。"
    assert _untranslated(en, zh) == ["“Quick Google” is left in English"]


def test_an_opening_word_before_a_name_the_article_capitalises_inside_sentences_is_reported() -> None:
    # heldout19, heldout20: the heading `Makeshift Munster crush Wasps…` kept as `Makeshift Munster 在…`
    en = ("Makeshift Munster crush Wasps in Champions Cup cracker\n"
          "The makeshift side won as Munster reacted quickly.")
    zh = "Makeshift Munster 在冠军杯中击败黄蜂队\n\n这支临时拼凑的球队赢了，芒斯特反应很快。"
    assert _untranslated(en, zh) == ["“Makeshift Munster” is left in English"]


def test_a_word_written_once_at_an_opening_stays_silent() -> None:
    # a name as often as a word (`Zoom 对我来说…`, a kitten's `Smoky，…`): no lower-case place says it is a word
    assert _untranslated("Zoom has never been this bad for me.", "Zoom 对我来说从来没有这么糟糕过。") == []
    assert _untranslated("Smoky, my kitten, plays with a pencil.", "Smoky，我的小猫，在玩一支笔。") == []


def test_a_name_the_article_capitalises_inside_a_sentence_stays_silent() -> None:
    # `Best Buy` opens a sentence here and stands inside one there: a name, though `best` is a word
    en = "Best Buy said it would close stores.\nShoppers at Best Buy were upset, the best of them."
    zh = "Best Buy 表示将关闭门店。\n\n在 Best Buy 购物的顾客很不满。"
    assert _untranslated(en, zh) == []


def test_a_one_word_name_the_article_capitalises_inside_a_sentence_stays_silent() -> None:
    # `Best Buy` above is silenced by its second word (`Buy` is capitalised nowhere but after `Best`); a name of one
    # common word (`Quick`, a shop: `at Quick`) is silenced only by the first word's place inside a sentence
    en = "Quick said it would close stores.\nShoppers at Quick were upset, the quick ones first."
    zh = "Quick 表示将关闭门店。\n\n在快客购物的顾客很不满，反应快的人先走了。"
    assert _untranslated(en, zh) == []


def test_two_common_words_of_a_company_name_stay_silent() -> None:
    # `Contact Left Ltd`: the second word is no name the dictionary knows nor one the article capitalises inside a sentence
    en = "Contact Left Ltd is a leading supplier.\nPlease contact us."
    zh = "Contact Left有限公司是一家领先的供应商。\n\n请联系我们。"
    assert _untranslated(en, zh) == []


def test_the_opening_words_of_a_sentence_kept_are_reported() -> None:
    # heldout18: `Knock knock.` kept as `Knock knock。` (the second word shows the English writes it in lower case)
    assert _untranslated("Knock knock.\nWho is there?", "Knock knock。\n\n谁在那里？") == ["“Knock knock” is left in English"]


def test_without_the_original_an_opening_word_stays_silent() -> None:
    # the archive has no English: how the English writes the word is unknown, and the rule says nothing
    assert [f for f in findings(None, "Quick Google引导我找到了这个旧线索。") if f.code == "TQA401"] == []
