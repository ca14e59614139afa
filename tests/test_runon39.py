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
    # a company's name (a CC-CEDICT proper noun) with its verb after a quoted phrase: `…“主题公园和电影公司”微软让每张桌子…`
    assert len(_codes("迪士尼称自己是一家“主题公园和电影公司”微软让每张桌子都有一台电脑。\n", "TQA507")) == 1
    assert not _codes("发行的“sampler”蓝光将上市，售价 22 美元。\n", "TQA507")
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


def test_a_latin_name_opening_a_sentence_after_an_object_noun() -> None:
    # archive: `…没有免费的东西 Kibin 的工作方式是…`, `…注册为商标 Mesiab Labs 显然也…`, `…练习的要点 Flipboard 团队将…`
    assert len(_codes("好吧，你说没有免费的东西 Kibin 的工作方式是用户可以积累点数。\n", "TQA507")) == 1
    assert len(_codes("原因是该公司试图将这个词注册为商标 Mesiab Labs 显然也试图注册这个名字。\n", "TQA507")) == 1
    assert len(_codes("结果肯定会有所不同——这是整个练习的要点 Flipboard 团队将感谢您的反馈。\n", "TQA507")) == 1
    # a name after the word for what it is (its apposition), after a proper noun, or opening its clause is one sentence
    assert not _codes("我们去年首次报道的搜索初创公司 Greplin 显然已经获得了资金。\n", "TQA507")
    assert not _codes("但是之前的型号 N22A 实际上很受欢迎。\n", "TQA507")
    assert not _codes("亚马逊 Prime 实际上不仅仅是免费送货。\n", "TQA507")
    assert not _codes("该方案提供了退款流程，机票 ABC 用户可以重新出票。\n", "TQA507")
    # an adverb the apposition's verb takes as often is no cue
    assert not _codes("获得巨额资金支持的每日交易轰动效应 Groupon 已经将注意力转向拉丁美洲。\n", "TQA507")


def test_a_clause_closed_by_a_pro_form_a_question_word_a_full_name_or_le() -> None:
    # archive: `…演示了这一点当他们尝试…时，`, `…分享什么它可以让用户…`, `…的罗恩·康韦上个月，该公司…`, `…着火了在英语中，…`
    assert len(_codes("该公司用一个应用程序演示了这一点当他们尝试不同的名字时，几率会实时更新。\n", "TQA507")) == 1
    assert len(_codes("新设计让用户更容易看到人们在喜欢和分享什么它可以让用户看到朋友的动态。\n", "TQA507")) == 1
    assert len(_codes("新的投资者包括常被称为“硅谷教父”的罗恩·康韦上个月，该公司宣布了新产品。\n", "TQA507")) == 1
    assert len(_codes("他们提交了一份文件，三星的裤子正式着火了在英语中，这是一种保护性的恳求。\n", "TQA507")) == 1
    # the topic `关于这一点`, `为什么它`, `除了在…中，` are one sentence
    assert not _codes("关于这一点当他们被问到时，没有人回应。\n", "TQA507")
    assert not _codes("我不知道为什么它可以这样运行。\n", "TQA507")
    assert not _codes("除了在技术上，他们还有很多优势。\n", "TQA507")


def test_a_sentence_that_stops_on_a_conjunction() -> None:
    # archive: `…他们突然会失去更多。链接从来不会因为。相反，…`
    zh = "他们突然会失去更多。链接从来不会因为。相反，关系是你的政治资本。\n"
    assert _codes(zh, "TQA506") == ["因为"]
    assert not _codes("他们突然会失去更多。因为链接从来不会。相反，关系是你的政治资本。\n", "TQA506")
    assert not _codes("他回答说：“因为。”然后走开了。\n", "TQA506")
