from tests.helpers import fails, passes


def test_garbled_against_source() -> None:
    en = "Alibaba backed Paytm in India. Mail.ru has 100 million users."
    f = fails("TQA301", en, "阿里巴巴在印度支持 pay TM。mail . ru 拥有 1 亿用户。")
    assert f.suggestion == "Paytm"
    passes("TQA301", en, "阿里巴巴在印度支持 Paytm。Mail.ru 拥有 1 亿用户。")


def test_sentence_break_inside_name() -> None:
    f = fails("TQA302", None, "Mail.ru 很大。我们的生态系统很强，”Mail 说。Ru 集团首席执行官说。")
    assert "sentence break" in f.message


def test_inconsistent_in_article() -> None:
    f = fails("TQA302", None, "它为 Paytm 提供资金。\n\npay TM 是一家支付公司。\n")
    assert "Paytm" in f.message and f.target is not None and f.target.text == "pay TM"
    passes("TQA302", None, "它为 Paytm 提供资金。\n\nPaytm 是一家支付公司。\n")


def test_stray_tokens() -> None:
    assert fails("TQA303", None, "据彭博 T2 报道，公司亏损。").target.text == "T2"
    assert fails("TQA303", None, "尤其是在《T2》之后的《社交网络》(T3)。").target.text == "《T2》"
    passes("TQA303", "The A4 paper shortage.", "A4 纸短缺。")  # in the source: not stray
    passes("TQA303", None, "苹果的 M1 芯片很快。")  # not a T-placeholder, not wrapped


def test_glossary_keep_gives_the_spelling(tmp_path) -> None:  # noqa: ANN001
    from transqa.config import Settings
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    g = tmp_path / "g.yaml"
    g.write_text("keep: [Paytm, The Social Network]\n", encoding="utf-8")
    doc = parse_markdown("zh.md", "pay TM 是一家支付公司。\n\n尤其是在 the social network 上映之后。\n")
    findings = check_documents(None, doc, Settings(glossary=(str(g),))).findings
    assert [(f.code, f.target.text, f.suggestion) for f in findings] == [
        ("TQA302", "pay TM", "Paytm"), ("TQA302", "the social network", "The Social Network")]  # not TQA401
    assert "glossary" in findings[0].message
    # without the glossary: a lone spelling is no inconsistency, and the title reads as English prose
    assert [f.code for f in check_documents(None, parse_markdown("zh.md", "pay TM 是一家支付公司。\n\n尤其是在 the social network 上映之后。\n")).findings] == ["TQA401"]


def test_placeholders_in_other_shapes() -> None:
    """Issue 19: a placeholder with spaces inside its brackets, and placeholders glued together."""
    assert fails("TQA303", None, "Tumblr(T7 ),以书的形式出版。").target.text == "(T7 )"
    assert fails("TQA303", None, "他谈到了这件事( T8 ),你可以期待更多。").target.text == "( T8 )"
    assert fails("TQA303", None, "图片如下 T5T7 另见下文。").target.text == "T5T7"
    passes("TQA303", None, "文件名是 830-OYT8T00270.html。")  # inside a longer token
