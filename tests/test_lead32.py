"""Release 32, the lead's mends from a newcomer's report (newcomer33): a finding made with the original gives the
English place of what it names."""

from __future__ import annotations

from tests.helpers import findings

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.report.text import render_text


def test_att_cut_gives_the_names_english_place() -> None:
    en = "# AT&T deal\n\nThe deal closes next year, AT&T said.\n\nAT&T just said it will buy the company for $5 billion.\n"
    zh = "# AT&T 交易\n\nAT&T 表示，交易将于明年完成。\n\n在& T 刚刚表示将以 50 亿美元收购该公司。\n"
    cut = [f for f in findings(en, zh) if f.code == "TQA311"]
    assert [(f.target.text if f.target else None, f.source.line if f.source else None) for f in cut] == [("在& T", 5)]
    assert cut[0].source is not None and cut[0].source.text == "AT&T"
    # without the original there is no English place to give
    assert [f.source for f in findings(None, zh) if f.code == "TQA311"] == [None]


def test_a_kept_lead_in_is_named_by_what_ends_it_not_called_a_heading() -> None:
    # WMT22 outputs (a help page's step): one sentence a line, no Markdown heading anywhere
    en = "Adjust font style: tap the icon at the top to change the font.\n"
    zh = "Adjust font style:点击顶部的图标来更改字体。\n"
    kept = [f.message for f in findings(en, zh) if f.code == "TQA401"]
    assert kept == ["the lead-in “Adjust font style” before the colon is left in English as the original writes it"]


def test_a_long_path_in_the_alignment_header_is_never_broken() -> None:
    # newcomer33: the weakly paired groups are named by path:line, and a long path was folded mid-name at the width
    from tests.test_split_drop import BANK, EN, ZH

    en = [*EN[:7], EN[7].replace("(which joined in March)", "(its first outside investor)"), EN[8]]
    zh = [*ZH[:7], BANK, "后者也是其首个外部投资方。"]
    deep = "wmt22/system-outputs/a-rather-long-system-name-for-these-outputs/an-article-whose-name-is-long"
    result = check_documents(parse_markdown(deep + ".en.md", "\n\n".join(en) + "\n"),
                             parse_markdown(deep + ".zh.md", "\n\n".join(zh) + "\n"))
    lines = render_text([result], width=80).splitlines()
    assert any(line.startswith(f"({deep}.zh.md:17") for line in lines), lines[:6]
    assert any(line.startswith(f"{deep}.en.md:17)") for line in lines), lines[:6]


def test_a_missing_image_stands_at_its_insertion_point_and_says_its_place() -> None:
    # newcomer34 (the Zuckerberg pair): a lead image before the first paragraph stood at the start of the headline, the
    # neighbour before it, not where it belongs
    en = ("# Solar startup raises money\n\n![The founders](https://example.com/founders.png)\n\n"
          "SunVolt raised $70 million on Tuesday.\n\nIt will hire 150 engineers.\n")
    zh = "# 太阳能初创公司融资\n\nSunVolt 周二融资 7000 万美元。\n\n它将招聘 150 名工程师。\n"
    image = [f for f in findings(en, zh) if f.code == "TQA104"]
    assert [(f.target.line, f.target.column) if f.target else None for f in image] == [(3, 1)]
    assert "(its place: between lines 1 and 3 of the translation)" in image[0].message
    assert image[0].suggestion == "restore the image https://example.com/founders.png between lines 1 and 3 of the translation"


def test_a_link_that_slid_off_here_onto_the_sentence_is_moved_back_onto_here() -> None:
    # archive facebook-remembers-2012-…: `can be found [here]` → 可以在这里[找到…。…](…)
    zh = ("可以在这里[找到脸书的整体热门榜单。就技术趋势而言，你会注意到脸书抢走了 2012 年的头号趋势 Instagram。]"
          "(https://newsroom.fb.com/News/549/Facebook-Year-in-Review-2012)\n")
    swallow = [f.suggestion for f in findings(None, zh) if f.code == "TQA107"]
    assert swallow == ["move the link onto “这里” just before it, the rendering of the English's linked “here”"]
    assert [f.suggestion for f in findings(None, zh.replace("在这里", "在")) if f.code == "TQA107"] == [
        "shorten the anchor to the words the link refers to"]


def test_a_lead_in_before_its_list_and_a_one_word_section_heading_are_not_cut() -> None:
    # hostile32: the consent page's `您的数据可能会被用于` before its list, and a page's `# 关于` ("About") section
    zh = "# 隐私\n\n您的个人数据可能会被用于\n\n* 广告和内容的个性化\n* 研究和产品开发\n\n## 关于\n\n我们是一家新闻网站。\n"
    assert [f.target.text for f in findings(None, zh) if f.code == "TQA506" and f.target] == []
    # the same lead-in before a paragraph of prose is still cut
    cut = zh.replace("* 广告和内容的个性化\n* 研究和产品开发", "我们的合作伙伴也会读取它们。")
    assert [f.target.text for f in findings(None, cut) if f.code == "TQA506" and f.target] == ["于"]


def test_a_compound_name_rendered_with_the_agent_or_device_suffix_is_marked_whole() -> None:
    # reader32 (archive faceinvaders-…): 面部入侵者 for FaceInvaders was marked without its 者, so the repair left
    # `用FaceInvaders者摧毁你的朋友`
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    zh = "# FaceInvaders 让你在游戏中消灭朋友\n\nFaceInvaders 是一款新游戏。\n\n用面部入侵者摧毁你的朋友。\n\nFaceInvaders 今天上线。\n"
    got = [(f.target.text if f.target else None, f.suggestion)
           for f in check_documents(None, parse_markdown("zh/faceinvaders.md", zh)).findings if f.code == "TQA317"]
    assert got == [("面部入侵者", "FaceInvaders")]
    # newcomer35 (archive smartshopper-needs-147-…): 我的智能购物器, the device suffix of SmartShopper
    zh = "# SmartShopper 需要降价\n\nSmartShopper 是一款购物设备。\n\n我翻找我的智能购物器。\n\nSmartShopper 售价 147 美元。\n"
    got = [(f.target.text if f.target else None, f.suggestion)
           for f in check_documents(None, parse_markdown("zh/smartshopper.md", zh)).findings if f.code == "TQA317"]
    assert got == [("智能购物器", "SmartShopper")]


def test_an_image_with_no_address_is_not_asked_for() -> None:
    # hostile32: `![]()` gave "2 image(s) … are missing (first: )": nothing to restore
    assert [f for f in findings("![]()\n\n![]()\n\nSunVolt raised money.\n", "SunVolt 融资了。\n") if f.code == "TQA104"] == []
    missing = [f.message for f in findings("Text ![]() and ![a](https://e.com/a.png) here.\n", "文字在这里。\n")
               if f.code == "TQA104"]
    assert missing == ["1 image(s) of the source paragraph are missing (first: https://e.com/a.png)"]


def test_a_name_part_kept_beside_the_rest_of_the_name_is_replaced_by_the_whole_dotted_name() -> None:
    # newcomer35 (WMT22 standard.co.uk.46814, a real MT's first lines): `Liz Truss在G7会议上…` got `→ 利兹`, which gives
    # `利兹 Truss在…`, half in each script
    en = ("Liz Truss pledges another £75m in aid to Afghanistan at G7 meeting\n\n"
          "A further £75 million in aid is to be given to Afghanistan by the UK, Liz Truss has announced.\n\n"
          "The Foreign Secretary said the commitment would help save lives.\n\n"
          "Ms Truss said: \"The UK is providing vital humanitarian assistance in Afghanistan this winter.\n")
    zh = ("Liz Truss在G7会议上承诺再向阿富汗提供7500万英镑的援助\n\n"
          "利兹·特鲁斯（Liz Truss）宣布，英国还将向阿富汗提供7500万英镑的援助。\n\n"
          "外交大臣表示，这一承诺将有助于挽救生命。\n\n"
          "特鲁斯表示：“今年冬天，英国正在阿富汗提供至关重要的人道主义援助。\n")
    got = [(f.target.text, f.suggestion) for f in findings(en, zh) if f.code == "TQA310" and f.target]
    assert got == [("Liz Truss", "利兹·特鲁斯")]
