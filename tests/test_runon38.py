"""Release 38, archive (issue 19): run-on sentences whose subject a closed clause or a noun cannot take (TQA507), and a
sentence that is only a `when`/`as` clause (TQA506), in the Chinese alone."""

from __future__ import annotations

from tests.helpers import findings

from transqa.engine import check_documents
from transqa.load import parse


def _codes(zh: str, code: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == code and f.target is not None]


def test_a_noun_glued_to_the_next_sentences_company_subject() -> None:
    # archive shapes: `…感到兴奋该公司现在每月…`, `…一种很酷的方式该框架的其他功能…`
    assert len(_codes("用户可以通过各种方式分享照片，这是一种很酷的方式该框架的其他功能包括多格式存储。\n", "TQA507")) == 1
    assert len(_codes("他们看到了许多新的主题该频道上显示的内容包括直接写的文章。\n", "TQA507")) == 1
    # a word that takes `该X` as its object is one sentence (`根据该公司的说法`, `感谢该公司`)
    assert not _codes("最近受到了很多关注，这要感谢该公司在帮助用户方面的努力。\n", "TQA507")
    assert not _codes("平台上的女性很少。但根据该公司最近的调查结果，该比例在上升。\n", "TQA507")


def test_a_latin_name_after_a_clause_closed_by_a_pro_form() -> None:
    # archive: `我也这么认为 IBM 没有像 Alchemy 那样…`, `…这进一步证明了这一点 MySpace 的太阳正在落山`
    assert len(_codes("它能与商业巨头竞争吗？我也这么认为 IBM 没有像 Alchemy 那样提供服务。\n", "TQA507")) == 1
    assert len(_codes("高管纷纷离开，这进一步证明了这一点 MySpace 的太阳正在落山。\n", "TQA507")) == 1
    # the pro-form as the topic the name's clause comments on is one sentence
    assert not _codes("关于这一点 Google 没有回应我们的置评请求。\n", "TQA507")
    assert not _codes("我也这么认为。IBM 没有像 Alchemy 那样提供服务。\n", "TQA507")


def test_a_latin_word_glued_to_the_writers_i_or_you() -> None:
    # archive: `…也有可用的 APIs 我们用它们把它放到…`, `…分数好像是 80 我不知道这是什么意思`
    assert len(_codes("他们更新了文档。也有可用的 APIs 我们用它们把它放到页面上。\n", "TQA507")) == 1
    assert len(_codes("我的 Klout 分数好像是 80 我不知道这是什么意思。\n", "TQA507")) == 1
    # the name as the means of the pronoun's verb, or a time stamp's zone, is no sentence end
    assert not _codes("使用 Dropbox 你可以随时访问文件。\n", "TQA507")
    assert not _codes("更新，下午 2:21 PDT 我们已经修复了这个问题。\n", "TQA507")


def test_a_sentence_that_is_only_a_when_or_as_clause() -> None:
    # archive: `…还不止这些。当迈克追问她…的事情时。巴茨承认…`, `随着事态的发展。`
    zh = "她要说的还不止这些。当迈克追问她雅虎将社交网站外包给脸书的事情时。巴茨承认她并不满意。\n"
    assert _codes(zh, "TQA506") == ["当迈克追问她雅虎将社交网站外包给脸书的事情时"]
    assert len(_codes("随着事态的发展。在此轮融资之前，该公司的估值为 40 亿美元。\n", "TQA506")) == 1
    # the clause with its main clause, a word that opens with 当, and a title stay silent
    assert not _codes("当迈克追问她这件事时，巴茨承认她并不满意。\n", "TQA506")
    assert not _codes("这是他们的选择。当然是这样的时候。\n", "TQA506")
    assert not _codes("# 当你养猫的时候。\n\n正文在这里。\n", "TQA506")


def test_a_when_that_starts_a_dictionary_word_opens_no_clause() -> None:
    from transqa.checks.fragments import WHEN_WORD_NEXT, _when_word
    from transqa.lang.lexicon import lexicon

    # 当 then a word (当然, 当时, 当之无愧, 当务之急), not 当 then a subject (当你, 当我们, 当迈克); the list alone without the lexicon
    for t in ("当然是这样", "当时他在", "当之无愧的时候", "当务之急的时候"):
        assert _when_word(t, 0), t
    for t in ("当你开车时", "当我们开始时", "当迈克追问时"):
        assert not _when_word(t, 0), t
    if lexicon() is not None:  # the headwords stand for the list: each of its characters makes one with 当
        longer = {"之": "当之无愧", "务": "当务之急"}
        assert all(_when_word(longer.get(c, f"当{c}"), 0) for c in WHEN_WORD_NEXT)


def test_what_the_wmt_outputs_write_stays_silent() -> None:
    # wmt22 (dev2): a verb of hearsay before `该X` opens its object clause; wmt23 mastodon (heldout12): an acronym before `我`
    assert not _codes("这些文章被一系列文章所利用，传闻该项目的竞争非常激烈。\n", "TQA507")
    assert not _codes("还有 FWIW 我喜欢这个应用。\n", "TQA507")
    # a plain-text segment that is a `when` clause goes on in the next line (a speech transcript, wmt23 elitr_minuting)
    zh = "当我在夏天开始进行这些多源实验时\n我发现结果很好。\n"
    text = check_documents(None, parse("zh.txt", zh, "text")).findings
    assert not [f for f in text if f.code == "TQA506"]
    assert [f for f in findings(None, "当我在夏天开始进行这些多源实验时\n") if f.code == "TQA506"]
    # with the original, the English says whether the main clause was lost
    en = "When I started these multi-source experiments in the summer\n"
    assert not [f for f in findings(en, "当我在夏天开始进行这些多源实验时\n") if f.code == "TQA506"]


def test_a_noun_glued_to_this_feature_and_its_verb() -> None:
    # archive: `…一项被称为“特色地图”的推荐功能此选项允许用户…`; the adverb `此前` opens no subject
    assert len(_codes("它推出了一项新的推荐功能此选项允许用户在地图上查看地点。\n", "TQA507")) == 1
    assert not _codes("谷歌此前已经关闭了其他表现不佳的产品。\n", "TQA507")
