"""Release 39, archive (issue 19): run-on sentences after a quotation and after a noun (TQA507), in the Chinese alone."""

from __future__ import annotations

from tests.helpers import findings


def _codes(zh: str, code: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == code and f.target is not None]


def test_a_demonstrative_subject_with_an_adverb_after_a_quotation() -> None:
    # archive shapes: `…“装满女性的活页夹”这种奇怪的语言意象立即传播开来`, `…“电话市场”这个角色甚至没有…`
    assert len(_codes("他得到了“装满女性的活页夹”这种奇怪的语言意象立即传播开来。\n", "TQA507")) == 1
    assert len(_codes("员工将商店标识为“电话市场”这个角色甚至没有穿蓝色衫。\n", "TQA507")) == 1
    # the quoted word's own demonstrative phrase is one sentence
    assert not _codes("他讲了他如何想到“苹果”这个名字的一切经过。\n", "TQA507")
    assert not _codes("他得到了“装满女性的活页夹”。这种奇怪的语言意象立即传播开来。\n", "TQA507")


def test_an_imperative_or_a_profession_after_a_quoted_clause() -> None:
    # archive: `…上帝的干预”不要告诉比尔·奥雷利`, `…它“非常小，在可接受的范围内”科学家将追踪这些碎片`
    assert len(_codes("霍金说宇宙的创造“不需要某种超自然生物或上帝的干预”不要告诉比尔·奥雷利。\n", "TQA507")) == 1
    assert len(_codes("尽管它“非常小，在可接受的范围内”科学家将追踪这些碎片。\n", "TQA507")) == 1
    # a quoted noun before its profession head is one noun phrase
    assert not _codes("这些任务非常适合计算机模拟“系统生物学”研究人员正在尝试做的事情。\n", "TQA507")


def test_no_after_a_latin_word_opens_a_sentence() -> None:
    # archive: `…我仍然使用 Zune 不，我没有得到微软的任何补偿`
    assert len(_codes("是的，我仍然使用 Zune 不，我没有得到微软的任何补偿。\n", "TQA507")) == 1
    assert not _codes("是的，我仍然使用 Zune。不，我没有得到微软的任何补偿。\n", "TQA507")


def test_a_noun_glued_to_an_adverbial_of_time() -> None:
    # archive: `…向微软投下了一枚核弹几年后，看起来…`, `…第一款 iPhone 的概念当时，公司里没有人…`
    assert len(_codes("即谷歌已经向微软投下了一枚核弹几年后，看起来微软并不害怕。\n", "TQA507")) == 1
    assert len(_codes("他在项目中研究第一款手机的概念当时，公司里没有人知道。\n", "TQA507")) == 1
    # a postposition, a scheduled time and a word the adverbial's first character closes are one sentence
    assert not _codes("在一系列不幸的硬件问题之后，它终于崩溃了。\n", "TQA507")
    assert not _codes("发布会最初定于昨天，但为了测试而推迟。\n", "TQA507")
    assert not _codes("当我问他们有何不同时，首席执行官笑了。\n", "TQA507")
