from tests.helpers import fails, passes


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
