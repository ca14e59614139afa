"""Release 34 (slug): a name of the file-name slug that a link's address names too, translated as its common word."""

from __future__ import annotations

from tests.helpers import name_as_word, needs_lexicon

from transqa.checks.wordnames import SLUG_RATIO

pytestmark = needs_lexicon

# you-can-now-get-a-taste-of-the-new-delicious-screenshots-video.md (archive heldout2, shape kept, text shortened):
# the bookmarking service Delicious, written once in Latin script, linked to delicious.com, and rendered 美味 far
# more often than the Latin writings would allow by the ratio of renderings to places
DELICIOUS_PATH = "techcrunch/docs/you-can-now-get-a-taste-of-the-new-delicious-screenshots-video.md"
DELICIOUS = ("# 您现在可以品尝新的美味了\n\n[美味的](http://www.delicious.com/)回来了。\n\n"
             "今天，AVOS 正在重新推出美味，赫尔利表示美味是一个伟大品牌。\n\n"
             "他们的任务是让美味流行起来。在新的美味网站上，你会发现很少提到书签。\n\n"
             "因为新的美味正在采用跟随的概念。AVOS 对美味有更大的计划。赫尔利说美味属于硅谷。\n\n"
             "如果你曾经是 Delicious 的用户，去看看这个支持线程。\n")


def test_a_name_the_slug_and_an_address_spell_is_reported_however_often_it_is_rendered() -> None:
    found = name_as_word(DELICIOUS_PATH, DELICIOUS)
    assert {text for text, _ in found} == {"美味"} and len(found) > (1 + 1) * SLUG_RATIO  # one Latin place and the slug
    assert {suggestion for _, suggestion in found} == {"Delicious"}


def test_without_the_address_the_ratio_still_holds() -> None:
    unlinked = DELICIOUS.replace("[美味的](http://www.delicious.com/)", "美味的")
    assert name_as_word(DELICIOUS_PATH, unlinked) == []


# sincerely-raises-3-million-to-deliver-real-world-postcards-holiday-cards-on-the-way.md (archive heldout2, shape
# kept): the startup Sincerely, never written in Latin script in the prose, linked to sincerely.com, is 真诚 (sincere):
# CC-CEDICT's entries for `sincerely` itself do not hold 真诚, those of its base form do
SINCERELY_PATH = "techcrunch/docs/sincerely-raises-3-million-to-deliver-real-world-postcards-holiday-cards-on-the-way.md"
SINCERELY = ("# 真诚筹集 300 万美元\n\n[真诚](http://www.sincerely.com/)已经建立了三个产品。\n\n"
             "真诚今天宣布一个新产品。现在真诚有了另一个竞争对手。\n")


def test_a_base_form_rendering_of_a_slug_and_address_name_is_found() -> None:
    found = name_as_word(SINCERELY_PATH, SINCERELY)
    assert found and {text for text, _ in found} == {"真诚"} and {s for _, s in found} == {"Sincerely"}


def test_a_plural_no_dictionary_lists_is_not_read_through_its_singular() -> None:
    # io-ventures-incubator-san-francisco.md (archive heldout4): ventures.io is I/O Ventures' site, but `ventures` is
    # no CC-CEDICT entry of its own: 创业 (venture) is the word, not the name
    zh = "# I/O 创业孵化器\n\n[创业](http://www.ventures.io/)孵化器今天开放。\n\n这家创业孵化器位于旧金山。\n"
    assert name_as_word("techcrunch/docs/io-ventures-incubator-san-francisco.md", zh) == []
