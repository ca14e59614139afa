"""Release 31: the name AT&T cut around its `&` (TQA311): its `AT` read as the preposition and lost; a rendering
after a common word that ends in a transliteration character (知道弗拉斯克) is a whole run (TQA310)."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _cuts(path: str, zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion)
            for f in check_documents(None, parse_markdown(path, zh)).findings if f.code == "TQA311"]


def test_at_read_as_a_preposition_is_reported_anywhere() -> None:
    # archive, att-iphone-4-pre-order-sales-…: `AT&T just issued a statement`
    zh = "在& T 刚刚发表声明，称 iPhone 4 的预订量是 3GS 首日销量的十倍。\n"
    assert _cuts("zh/iphone-4-pre-order-sales.md", zh) == [("在& T", "AT&T")]  # the 在 is the translated AT (read31)
    assert _cuts("zh/iphone-4-pre-order-sales.md", zh.replace("在& T", "& T")) == [("& T", "AT&T")]


@pytest.mark.parametrize("path, zh", [
    # the article writes the name whole elsewhere (archive, five-ways-the-verizon-iphone-…)
    ("zh/five-ways-the-verizon-iphone-will-change.md",
     "威瑞森将经历一直困扰着 T 公司的问题:成功的诅咒。\n\n与 AT & T 不同，威瑞森的网络更稳定。\n"),
    # the slug names it (archive, the-new-att-american-tracking-takedown)
    ("zh/the-new-att-american-tracking-takedown.md", "T 将开始与 RIAA 和美国电影协会合作，共同追踪盗版用户。\n"),
])
def test_a_piece_alone_is_reported_where_the_article_names_att(path: str, zh: str) -> None:
    assert _cuts(path, zh) == [("T", "AT&T")]


@pytest.mark.parametrize("zh", [
    "索尼今天在 T 系列中推出了一系列新的相机。\n",  # another T: no AT&T in the article
    "他穿着一件 T 恤和 AT&T 的帽子。\n",  # a T-shirt: the letter's own word
    "AT&T 刚刚发表声明，T-Mobile 没有回应。\n",  # the name whole, and another name
])
def test_no_cut_where_nothing_names_att_or_the_name_is_whole(zh: str) -> None:
    assert _cuts("zh/sony-cooks-up-stylish-cameras.md", zh) == []


def test_a_rendering_after_a_common_word_ending_in_a_transliteration_character_is_whole() -> None:
    # WMT23 NLLB_Greedy elitr_minuting-2: 知道 ends on 道, a transliteration character; the run 弗拉斯克 starts after it
    en = ("(PERSON2) But the Flask part or the communication part with the client is something that I cannot do.\n\n"
          "Just I don't really know Flask either, but yeah, I can think about that.\n")
    zh = "但Flask部分或与客户的沟通部分是我不能做的事情.\n\n我也不知道弗拉斯克,但是的,我可以考虑.\n"
    got = [(f.target.text if f.target else None, f.suggestion) for f in findings(en, zh) if f.code == "TQA310"]
    assert got == [("弗拉斯克", "Flask")]


def test_the_stock_ticker_is_no_cut_name() -> None:
    # hostile31: `AT&T (NYSE: T)` rendered `AT&T（纽约证券交易所代码：T）` — the T is the ticker
    en = "AT&T (NYSE: T) said on Monday it would raise prices.\n"
    assert "TQA311" not in [f.code for f in findings(en, "AT&T（纽约证券交易所代码：T）周一表示将提价。\n")]
    assert "TQA311" not in [f.code for f in findings(en, "AT&T (NYSE: T) 周一表示将提价。\n")]
    assert "TQA311" in [f.code for f in findings(en, "AT&T 周一表示，T 将提价。\n")]
