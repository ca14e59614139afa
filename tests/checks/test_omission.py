from tests.helpers import fails, passes

EN = (
    "# Title of the story\n\nFirst paragraph about the company and its plans for 2025.\n\n"
    "Second paragraph, which explains the financing of 12 million dollars in detail.\n\n"
    "Third paragraph, with a quote from the chief executive about the future.\n"
)
ZH_FULL = "# 报道标题\n\n第一段介绍公司及其 2025 年的计划。\n\n第二段详细解释了 1200 万美元的融资情况。\n\n第三段引用了首席执行官对未来的看法。\n"


def test_full_translation_passes() -> None:
    for code in ("TQA001", "TQA002", "TQA003"):
        passes(code, EN, ZH_FULL)


def test_paragraph_omitted() -> None:
    zh = "# 报道标题\n\n第一段介绍公司及其 2025 年的计划。\n\n第三段引用了首席执行官对未来的看法。\n"
    f = fails("TQA001", EN, zh)
    assert "Second paragraph" in f.message


def test_paragraph_added() -> None:
    zh = ZH_FULL + "\n此外，该公司还计划在明年推出一项全新的外卖和生鲜配送服务，首先在两座城市试点，然后推广到全国各地。\n"
    fails("TQA002", EN, zh)


def test_partial_omission() -> None:
    en = ("The firm raised $5 million, it said on Monday, and plans to hire 40 engineers in Berlin and Lisbon "
          "over the next two years, according to a statement from its chief executive, who founded it in 2019.")
    f = fails("TQA003", en, "该公司筹集了 500 万美元。")
    assert "%" in f.message


def test_partial_omission_names_the_missing_sentence() -> None:
    en = ("Zipride now has 12 million monthly riders. It expects revenue of $1.2 billion in 2024, "
          "chief financial officer Priya Raman told reporters at a briefing in Singapore on Tuesday afternoon.")
    f = fails("TQA003", en, "该公司目前每月有 1200 万乘客。")
    assert "It expects revenue of $1.2 billion" in f.message
    assert f.source is not None and f.source.text.startswith("It expects revenue")
