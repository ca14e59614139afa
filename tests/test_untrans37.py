"""Release 37, archive (issue 19): one TQA401 finding per English passage that a quoted word, a name or a price parts;
TQA506 for a request to click or visit whose link was lost and for a preposition whose object is a bare determiner;
TQA507 for a noun glued to the next sentence's pronoun subject."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.lang.lexicon import lexicon


def _at(code: str, zh: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == code and f.target is not None]


def test_an_english_paragraph_parted_by_a_quoted_word_or_a_price_is_one_passage() -> None:
    # archive shapes: `…so "walletphones" might be seen sometime soon.`, `…will cost $304.99 or $64.99 with a two year…`
    zh = ("It's just introduced, so no word yet on pricing, but as it's DMB, don't look for it at your local retailer, "
          'so "walletphones" might be seen sometime soon.\n')
    assert len(_at("TQA401", zh)) == 1
    assert len(_at("TQA401", "The phone itself will cost $304.99 or $64.99 with a two year contract. Standard fare.\n")) == 1
    # two English phrases that Chinese parts stay two findings
    assert len(_at("TQA401", "他们的 offer 很好，但是 reporting 很差，而且 unbelievably slow 的服务让人失望。\n")) >= 2


def test_a_request_to_click_or_visit_with_its_link_lost_is_cut() -> None:
    # `请点击。` is TQA109's (click-nowhere), not reported twice
    assert not _at("TQA506", "欲了解更多关于 Gild 的信息，请点击。\n")
    assert _at("TQA109", "欲了解更多关于 Gild 的信息，请点击。\n")
    assert _at("TQA506", "有关爱尔兰审计报告的声明，请访问\n") == ["访问"]
    # a `see also` before its list, and the link kept after the verb
    assert not _at("TQA506", "另请参阅:\n\n* 第一篇文章\n")
    assert not _at("TQA506", "欲了解更多信息，请访问[我们的网站](https://example.com/)。\n")


def test_a_preposition_before_a_bare_determiner_is_cut() -> None:
    assert _at("TQA506", "传统上专注于技术投资的人正在进一步向其他领域扩张。巧合的是，在一个\n") == ["一个"]
    # a determiner that is the object itself (`谈论这个`: "talk about this") ends the sentence
    assert not _at("TQA506", "人们都在谈论这个\n")
    assert not _at("TQA506", "这是其中一个\n")


@pytest.mark.skipif(lexicon() is None, reason="needs the CC-CEDICT lexicon (the `lexicon` extra)")
def test_a_noun_glued_to_the_next_sentences_pronoun_subject_is_a_run_on() -> None:
    # archive shapes: `…的会员网站他补充道`, `…一个新的搜索项目它允许用户…`, `…的禁令这就是为什么…`
    assert _at("TQA507", "这将是一个人们愿意付费的会员网站他补充道，广告不会是主要收入。\n")
    assert _at("TQA507", "这是华盛顿大学的一个新的搜索项目它允许用户用他们的母语搜索图片。\n")
    assert _at("TQA507", "这是对“一般教唆”的禁令这就是为什么你看不到投资广告。\n")
    # a verb's object before the clause it tells (`告诉记者这是…`), a word's tail (`创始人称这是…`), an adverb (`显然这是…`)
    assert not _at("TQA507", "他喜欢告诉记者这是因为所有的机会。\n")
    assert not _at("TQA507", "首先是 HomeHero Connect，创始人称这是一款简单的工具。\n")
    assert not _at("TQA507", "他们逐渐将系统纳入新的建设中，显然这是一个漫长的过程。\n")


def test_a_request_to_visit_that_is_the_links_text_keeps_its_object() -> None:
    assert not _at("TQA506", "更多关于[的信息请访问](https://example.com/c/openads)。\n")
    assert not _at("TQA506", "巧合的是，[在一个](https://example.com/a)\n")


def test_another_dangling_word_in_a_links_text_is_still_cut() -> None:
    # the link is the object of a visit request only: a link whose own text stops on a modal verb or a preposition
    # (the marks after it keep it from ending the paragraph) still leaves its sentence cut
    assert _at("TQA506", "公司说，[他们应](https://example.com/a)该\n") == ["应该"]
    assert _at("TQA506", "报告称，[苹果将超极本供应短缺归咎于](https://example.com/a)*\n") == ["于"]
