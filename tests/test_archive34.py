"""Release 34, archive (issue 19): English left in the Chinese alone — words CC-CEDICT's definitions write, a
sentence's first word after a full stop, a common word left after a name."""

from __future__ import annotations

from tests.helpers import fails, findings, passes


def _untranslated(zh: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == "TQA401" and f.target is not None]


def test_a_lone_word_the_definitions_write_is_english_left() -> None:
    # archive shapes: `JiWire 的 hotspot 目录`, `电池行业和 reliant 行业`, `一个伟大的 noodling 工具` (a verb form),
    # `评论和 pings 目前都已关闭` (a plural): words the English word list (whole definitions) lacks
    assert _untranslated("它包括 JiWire 的 hotspot 目录，列出了两万个网络。\n") == ["hotspot"]
    assert _untranslated("该技术可能会给电池行业和 reliant 行业带来革命。\n") == ["reliant"]
    assert _untranslated("但它仍然是一个伟大的 noodling 工具。\n") == ["noodling"]
    # a definitions word misspelt (a letter too many) is the English word too
    assert _untranslated("它比作“每天早上短暂而剧烈的 nostaligia 冲击”。\n") == ["nostaligia"]
    # a loan word, a name the dictionary knows, a word no list holds stay silent
    passes("TQA401", None, "我们在这个 blog 上写过它。\n")
    passes("TQA401", None, "这个 zorblax 工具很好用。\n")


def test_a_lower_case_word_opening_a_sentence_after_a_full_stop() -> None:
    # archive (sports-new-medias-bleacher-report): `…接近 2 亿美元。exit 使用了大约 6000 个博客。`
    assert _untranslated("据报道接近 2 亿美元。exit 使用了大约 6000 个博客。\n") == ["exit"]
    # a capitalised word there is a name (`。Twitter 使用了…`), and a word before Latin text is no clause's
    passes("TQA401", None, "据报道接近 2 亿美元。Bleacher 使用了大约 6000 个博客。\n")
    passes("TQA401", None, "据报道接近 2 亿美元。exit Bleacher 的博客。\n")


def test_a_common_word_left_after_a_name_the_article_writes_alone() -> None:
    # archive shapes: `RadioShack doors 的数量`, `Weebly proper 更新时`, `Alltel wireless 推出`
    zh = "Weebly 是一家建站公司。\n\n但他们仍然会在 Weebly proper 更新时定期推送更新。\n"
    f = fails("TQA401", None, zh)
    assert f.target is not None and f.target.text == "proper"
    assert "Weebly" in f.message
    zh = "RadioShack 将扩大渠道。\n\n这将使 RadioShack doors 的数量增加一倍以上。\n"
    assert _untranslated(zh) == ["doors"]
    zh = "Groupon 是团购网站。\n\n谷歌一直在波特兰测试其 Groupon compete，我一直在跟踪结果。\n"
    assert _untranslated(zh) == ["compete"]


def test_a_word_the_name_keeps_is_no_english_left() -> None:
    # the name written once only (`Cingular` …): the pair may be the product's whole name
    passes("TQA401", None, "谷歌的 Play store 发布了其首个应用。\n")
    # the article writes the word capitalised (`Mac Mini`) or keeps it again in lower case: the name's own word
    passes("TQA401", None, "苹果的 Mac 很好。\n\n新的 Mac mini 上市了。新的 Mac Mini 很快。\n")
    passes("TQA401", None, "苹果的 Mac 很好。\n\n新的 Mac mini 上市了，这台 mini 很小。\n")
    # the pair written twice: a name the article keeps (`Mac mini` … `Mac mini`)
    passes("TQA401", None, "苹果的 Mac 很好。\n\n新的 Mac mini 上市了。我买了 Mac mini 的。\n")
    # a piece of an address is no prose
    passes("TQA401", None, "Skype 很好。\n\n见 https://example.com/Skype toolbar 页面。\n")


def _run_ons(zh: str) -> list[str]:
    return [f.target.text for f in findings(None, zh) if f.code == "TQA507" and f.target is not None]


def test_a_sentence_opening_glued_to_a_quotation_is_a_run_on() -> None:
    # archive shapes: `…“来自新一代超级天使”与两年前相比，…`, `…“这不是我们想要的未来”这里指的是苹果`, `…“经过验证的邻居”基本上，…`
    assert len(_run_ons("他指出，有一半“来自新一代超级天使”与两年前相比，这一比例大幅上升。\n")) == 1
    assert len(_run_ons("标题是“这不是我们想要的未来”这里指的是苹果的广告。\n")) == 1
    assert len(_run_ons("它的核心理念是提供“经过验证的邻居”基本上，你把你的物品借给邻居。\n")) == 1
    # the quotation as the subject (`“护卫队”基本上是…`) or a quoted noun's demonstrative (`“X”这个词`) stays one sentence
    assert not _run_ons("这是他们的最新合作。“护卫队”基本上是一只可以飞的机器人。\n")
    assert not _run_ons("他用了“颠覆”这个词来形容。\n")


def test_a_latin_name_glued_to_the_next_sentences_opening_is_a_run_on() -> None:
    # archive shapes: `…杂志界的 Spotify 这意味着它是…`, `…屏幕更大的 Fire 其他人猜测…`
    assert len(_run_ons("它希望成为杂志界的 Spotify 这意味着它是阅读杂志的首选。\n")) == 1
    assert len(_run_ons("一些人预计亚马逊将发布屏幕更大的 Fire 其他人猜测苹果会发布新机。\n")) == 1
    # an apposition after the name (`Brian Sugar 这对夫妻团队`) stays one sentence
    assert not _run_ons("创始人 Lisa 和 Brian Sugar 这对夫妻团队创办了这家公司。\n")


def test_an_english_abbreviation_chinese_writes_out_is_english_left() -> None:
    # archive shapes: `…软件的 SRP 起价为…`, `…预计 2012 年至 2017 年的 CAGR 为 11.2%。`, `网络电视对 NYE 的报道`
    f = fails("TQA401", None, "Lotus Notes 8 软件的 SRP 起价为每个客户端 101 美元。\n")
    assert f.target is not None and f.target.text == "SRP" and "建议零售价" in (f.suggestion or "")
    assert _untranslated("预计 2012 年至 2017 年的 CAGR 为 11.2%。\n") == ["CAGR"]
    # a watch movement's maker (`ETA`) and a term Chinese tech writing keeps (`POS`) stay
    passes("TQA401", None, "它有一个自动 ETA 机芯。\n")
    passes("TQA401", None, "最令人失望的是 POS 终端。\n")
