from tests.helpers import fails, findings, passes


def test_english_clause_left() -> None:
    f = fails("TQA401", None, "新工厂位于 Pueblo，which is expected to open in March 2025。")
    assert f.target is not None and f.target.text == "which is expected to open in March 2025"


def test_names_brands_acronyms_urls_pass() -> None:
    zh = "首席执行官 Michael Evans 在 YouTube Remixer 和 Adobe Premiere Express 发布会上谈到 AI 和 IPO，详见 www.example.com。"
    passes("TQA401", None, zh)
    passes("TQA401", None, "尤其是在《The Social Network》上映之后。")


def test_english_link_text() -> None:
    zh = "土耳其([where Alibaba recently backed an e-commerce firm](https://example.com))和欧洲。"
    fails("TQA402", None, zh)
    passes("TQA401", None, zh)  # reported once, as a link text
    passes("TQA402", None, "由 [Granite Ventures](https://example.com) 领投。")


def test_lowercase_word_from_source() -> None:
    en = "The accelerator program accepted 20 startups."
    fails("TQA401", en, "该 accelerator 项目接纳了 20 家初创公司。")


def test_name_split_into_words_that_its_address_writes_as_one() -> None:
    zh = "# patent monkey:iPhone 的无线锁定？\n\n> 原文：<https://example.com/2007/08/16/patentmonkey-att-wireless-lockdown/>\n\n正文。\n"
    fs = [f for f in findings(None, zh) if f.code == "TQA315"]
    assert len(fs) == 1 and fs[0].target is not None and fs[0].target.text == "patent monkey"
    passes("TQA315", None, "# patent monkey 的无线锁定？\n\n正文。\n")  # no address says it is one word


def test_name_that_lost_its_ampersand() -> None:
    zh = "包括宝洁、Barnes Noble、Jamba Juice 等品牌。(威瑞森和 ATT *加起来*有 2.3 亿用户)\n"
    got = sorted((f.target.text, f.suggestion) for f in findings(None, zh) if f.code == "TQA315" and f.target)
    assert got == [("ATT", "AT&T"), ("Barnes Noble", "Barnes & Noble")]
    passes("TQA315", None, "AT&T 和 Barnes & Noble 以及 Barnes and Noble 都是 ATTLOCK 的客户。\n")
