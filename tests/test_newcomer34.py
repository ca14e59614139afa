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
