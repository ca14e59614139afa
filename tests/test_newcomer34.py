"""Release 34: mends of the newcomer's and the reader's items (lead)."""

from __future__ import annotations


def _findings(zh: str, code: str) -> list[tuple[str, str]]:
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    result = check_documents(None, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [(f.target.text if f.target else "", f.message) for f in result.findings]


def test_a_placeholder_between_chinese_dashes_is_a_stray_token() -> None:
    # newcomer 34 item 3 (archive magpie-…-up-for-sale.md:7): `——喜鹊——T2——` was passed, `彭博 T2` on the next line told
    zh = "# 喜鹊将被出售\n\n彭博社报道，这项服务——喜鹊——T2——将被出售。\n\n他们还没有自己的手机——T2。\n"
    got = _findings(zh, "TQA303")
    assert [t for t, _ in got] == ["T2", "T2"]
    assert all("placeholder" in m for _, m in got)
    # a model name after an English dash in Latin text stays a name
    assert _findings("# 标题\n\n新款手机 Nokia—T2 Pro 上市。\n", "TQA303") == []


def test_a_phone_number_spelt_in_letters_is_no_spelling_of_the_name() -> None:
    # newcomer 34 item 6 (archive can-india's-justdial-make-it-in-the-us.md): `1-800-JUSTDIAL` → "write it JustDial"
    zh = "# JustDial 进军美国\n\nJustDial 是印度的本地搜索公司。JustDial 在美国的号码是 1-800-JUSTDIAL。JustDial 表示…\n"
    assert _findings(zh, "TQA304") == []
    zh = "# JustDial 进军美国\n\nJustDial 是印度的本地搜索公司。JustDial 表示，JUSTDIAL 将进入美国。JustDial 表示…\n"
    assert [t for t, _ in _findings(zh, "TQA304")] == ["JUSTDIAL"]


def test_a_spelling_as_frequent_counted_with_the_title_is_not_called_the_most_frequent() -> None:
    # newcomer 34 item 5: "“Rue La La” ×3, “RueLaLa” ×3; use “RueLaLa”, the article's most frequent spelling"
    zh = ("# GSI 创始人与 Rue La La 一起启动 Kynetic\n\n"
          "> 原文：<https://web.archive.org/web/http://techcrunch.com/2011/09/12/gsi-founder-launches-kynetic/>\n\n"
          "# GSI 创始人与 Rue La La 一起推出 Kynetic\n\n"
          "鲁宾曾经营 Rue La La 和 ShopRunner。\n\nRueLaLa 是 Gilt 的对手。RueLaLa 提供折扣。\n\n至于 RueLaLa，他并不乐观。\n")
    got = _findings(zh, "TQA302")
    assert len(got) == 1 and "the spelling the article's prose uses most (the title aside)" in got[0][1]
    assert "most frequent" not in got[0][1]
