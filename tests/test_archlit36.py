"""Release 36 (issues 17, 19): TQA317 reads every rendering of a one-word name the translation chose, not only the
first one found."""

from __future__ import annotations

from tests.helpers import name_as_word, needs_lexicon


@needs_lexicon
def test_a_name_rendered_by_two_of_its_dictionary_words_is_reported_at_both() -> None:
    # archive yahoo-trying-to-sell-del-icio-us…: Delicious kept in Latin, rendered 好吃 once and 美味 four times;
    # only 好吃 (the first rendering of the two-character ones) was reported
    zh = ("# 雅虎试图出售 Delicious\n\n雅虎表示，Delicious 没有战略契合。\n\n我们没有关闭美味。\n\n"
          "我们正在维护好吃的书签。\n\n如果我想从 Delicious 中取出我的书签怎么办？\n")
    got = sorted(name_as_word("zh/yahoo-trying-to-sell.md", zh))
    assert got == [("好吃", "Delicious"), ("美味", "Delicious")]


@needs_lexicon
def test_a_rendering_the_article_uses_as_the_word_still_stops_the_reading() -> None:
    # the first rendering found written more often than the Latin name: the article uses the word as the word, and
    # its other renderings are not read either
    zh = ("# Honey 的新功能\n\nHoney 会自动查找促销代码。\n\n蜂蜜很甜。\n\n蜂蜜是蜜蜂做的。\n\n蜂蜜比糖贵。\n\n"
          "她也喜欢蜂糖。\n")
    assert name_as_word("zh/honey-new.md", zh) == []


@needs_lexicon
def test_renderings_are_weighed_together_whatever_order_they_are_read_in() -> None:
    # review 36 item 1: Delicious three times in Latin, 好吃 once and 美味 three times. The renderings together (4)
    # outnumber the name: none is reported, not the one that happens to be read first (好吃 was reported alone)
    zh = ("# 雅虎试图出售 Delicious\n\n雅虎表示，Delicious 没有战略契合。\n\n我们没有关闭美味。\n\n"
          "我们正在维护好吃的书签。\n\n美味的用户很多。\n\n美味还在运行。\n\n如果我想从 Delicious 中取出我的书签怎么办？\n")
    assert name_as_word("zh/yahoo-trying-to-sell.md", zh) == []


@needs_lexicon
def test_renderings_within_the_name_s_count_are_all_reported() -> None:
    # the same renderings (好吃 once, 美味 twice) beside Delicious three times: every one is reported
    zh = ("# 雅虎试图出售 Delicious\n\n雅虎表示，Delicious 没有战略契合。\n\n我们没有关闭美味。\n\n"
          "我们正在维护好吃的书签。\n\n美味还在运行。\n\n如果我想从 Delicious 中取出我的书签怎么办？\n")
    assert sorted(name_as_word("zh/yahoo-trying-to-sell.md", zh)) == [
        ("好吃", "Delicious"), ("美味", "Delicious"), ("美味", "Delicious")]
