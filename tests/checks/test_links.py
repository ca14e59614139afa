from tests.helpers import codes, fails, passes

EN = "The company [said so](https://example.com/a) on Monday."


def test_link_kept_through_wayback_wrapper_passes() -> None:
    zh = "该公司周一[表示](https://web.archive.org/web/20200101000000/http://www.example.com/a/?utm_source=x)如此。"
    assert not [c for c in codes(EN, zh) if c.startswith("TQA1")]


def test_link_missing() -> None:
    f = fails("TQA101", EN, "该公司周一表示如此。")
    assert "https://example.com/a" in f.message
    assert f.source is not None and f.source.text == "said so"


def test_link_target_changed() -> None:
    f = fails("TQA102", EN, "该公司周一[表示](https://example.com/b)如此。")
    assert "example.com/b" in f.message
    passes("TQA101", EN, "该公司周一[表示](https://example.com/b)如此。")


def test_link_added() -> None:
    fails("TQA103", "The company said so on Monday.", "该公司周一[表示](https://example.com/a)如此。")
    passes("TQA103", EN, "该公司周一[表示](https://example.com/a)如此。")


def test_image_missing_and_kept() -> None:
    en = "# Title\n\nIntro text about the launch of the product.\n\n![chart](https://example.com/chart.png)\n\nThe end of the story is here.\n"
    fails("TQA104", en, "# 标题\n\n关于产品发布的介绍文字。\n\n故事的结尾在这里。\n")
    passes("TQA104", en, "# 标题\n\n关于产品发布的介绍文字。\n\n![图表](img/chart.png)\n\n故事的结尾在这里。\n")


def test_archived_link_only_when_selected() -> None:
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    zh = "但是[其他报道称](https://web.archive.org/web/20221204105833/https://www.channelnewsasia.com/news/a)合资企业将使用 Mir。\n"
    doc = parse_markdown("zh.md", zh)
    assert not [f for f in check_documents(None, doc).findings if f.code == "TQA105"]
    from transqa.config import Settings

    (f,) = [f for f in check_documents(None, doc, Settings(extra=("TQA105",))).findings if f.code == "TQA105"]
    assert f.suggestion == "https://www.channelnewsasia.com/news/a"
    assert zh[f.target.offset : f.target.end_offset].startswith("https://web.archive.org/web/2022")
