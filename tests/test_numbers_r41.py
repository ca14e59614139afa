"""Release 41, issue 16 (numbers helper): an ad rate per thousand impressions read as a rate per minute or per time
(TQA216) and a total read as a rate (TQA217), from the Chinese alone. Short examples written for these tests, shaped
like archive articles (linkedin-to-launch-its-own-ad-network, nbc-piles-on-google-youtube…, instagram-crosses-130-
million-users…)."""

from __future__ import annotations

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text


def _found(zh: str, code: str, en: str | None = None) -> list[str]:
    source = parse_text("a.en", en) if en is not None else None
    result = check_documents(source, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [f.target.text for f in result.findings if f.code == code and f.target is not None]


def test_a_price_per_minute_in_a_sentence_about_ads_is_a_cpm_read_as_per_minute() -> None:
    zh = "# 领英推出广告网络\n\n领英的费率卡显示，文字广告每分钟从 12 美元到 20 美元不等。\n"
    assert _found(zh, "TQA216") == ["每分钟从 12 美元"]
    zh = "# 标题\n\n围绕视频的展示广告赚钱不多。每分钟 1 美元的点击量只能产生很少的收入。\n"
    assert _found(zh, "TQA216") == ["每分钟 1 美元"]
    zh = "# 标题\n\n第二层：每月 5000 次页面浏览量，50 美元统一费率(8 美元/分钟)。\n"
    assert _found(zh, "TQA216") == ["8 美元/分钟"]


def test_a_price_per_minute_of_a_call_or_without_ads_is_left_alone() -> None:
    # calls are priced per minute, with or without the word 广告 nearby
    assert _found("# 标题\n\nSkype 拨打美国号码的费用目前为每分钟 0.02 美元。\n", "TQA216") == []
    assert _found("# 标题\n\n语音通话每分钟 10 美分，广告短信每条 5 美分。\n", "TQA216") == []
    assert _found("# 标题\n\n停车费为每分钟 1 美元。\n", "TQA216") == []


def test_a_price_per_time_is_a_cpm_only_where_its_sentence_says_per_thousand() -> None:
    zh = "# 标题\n\n大多数社交网络很难以超过 1 美元/次(每千次展示的成本)的价格出售广告，但领英从 30 美元/次开始。\n"
    assert _found(zh, "TQA216") == ["1 美元/次"]  # once per paragraph: the second price is counted in the message
    # a price per click is per time: no thousand in the sentence
    assert _found("# 标题\n\n搜索广告按点击收费，约 2 美元/次。\n", "TQA216") == []


def test_a_total_said_per_day_where_the_article_gives_it_as_a_total() -> None:
    zh = ("# Instagram 拥有 1.3 亿用户，每天有 160 亿张照片和超过 10 亿个赞\n\n"
          "Instagram 现在拥有超过 1.3 亿的月活跃用户。这项服务上总共有超过 160 亿张照片，每天有超过 10 亿个赞。\n")
    assert _found(zh, "TQA217") == ["160 亿张照片"]
    # with the original too: the article contradicts itself either way
    en = "Instagram has 130 million users, 16 billion photos and 1 billion likes per day.\nIt has 16 billion photos in all.\n"
    zh2 = "Instagram 拥有 1.3 亿用户，每天有 160 亿张照片和 10 亿个赞。\n\n总共有 160 亿张照片。\n"
    assert _found(zh2, "TQA217", en) == ["160 亿张照片"]


def test_a_rate_beside_a_bare_figure_or_another_noun_is_left_alone() -> None:
    # the title drops 每年 from a yearly market size: no total word, no evidence
    zh = "# HotSwap 将进军 3700 亿美元的二手车市场\n\n在美国每年至少有 3700 亿美元的二手车销售。\n"
    assert _found(zh, "TQA217") == []
    # the same figure of another noun
    zh = "# 标题\n\n每天有 160 亿次播放。\n\n总共有 160 亿张照片。\n"
    assert _found(zh, "TQA217") == []
    # a period and a total in one line are that line's own reading
    zh = "# 标题\n\n迄今为止，每天有 160 亿张照片上传，总共有 160 亿张照片。\n"
    assert _found(zh, "TQA217") == []


def test_a_change_with_no_figure_whose_direction_the_translation_reverses() -> None:
    en = "Public debt will balloon, creating financial challenges around the world.\nThe economy grew.\n"
    zh = "公共债务锐减，在全球范围内造成金融影响。\n\n经济增长了。\n"
    assert _found(zh, "TQA208", en) == ["锐减"]
    assert _found(zh.replace("锐减", "将会减少"), "TQA208", en) == ["减少"]
    en = "Sales of the phone plummeted after the recall.\n"
    assert _found("召回后，这款手机的销量飙升。\n", "TQA208", en) == ["飙升"]


def test_a_change_kept_left_unsaid_or_among_other_changes_is_left_alone() -> None:
    en = "Public debt will balloon, creating financial challenges around the world.\n"
    assert _found("公共债务激增，在全球范围内造成金融影响。\n", "TQA208", en) == []
    assert _found("公共债务问题将在全球范围内造成金融挑战。\n", "TQA208", en) == []  # no change word: not reversed
    # two direction words in the source: which governs what is not known here
    en = "Debt will balloon while revenue falls.\n"
    assert _found("债务将减少，而收入下降。\n", "TQA208", en) == []
    # a verb that governs a figure is the figure's comparison's (english_direction), not this reading's
    en = "Sales plummeted 40% after the recall.\n"
    assert all("no change word" not in m for m in _messages("召回后，销量增长了 40%。\n", "TQA208", en))


def _messages(zh: str, code: str, en: str) -> list[str]:
    result = check_documents(parse_text("a.en", en), parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [f.message for f in result.findings if f.code == code]


def test_a_currency_in_a_list_of_bare_figures_is_a_count_read_as_money() -> None:
    items = ["脸书(2 亿)", "MySpace(1.26 亿)", "Flickr(6400 万)", "hi5(5800 万)", "friendster(3100 万英镑)", "Webs.com(2400 万)"]
    zh = "# 2008 年最大的社交网站\n\n" + "".join(f"{n}.  {x}\n" for n, x in enumerate(items, 1))
    assert _found(zh, "TQA212") == ["3100 万英镑"]


def test_a_list_of_amounts_or_a_short_list_is_left_alone() -> None:
    items = ["A 轮(500 万美元)", "B 轮(1200 万美元)", "C 轮(3000 万美元)", "D 轮(5000 万美元)", "E 轮(8000 万)"]
    assert _found("# 融资历史\n\n" + "".join(f"{n}.  {x}\n" for n, x in enumerate(items, 1)), "TQA212") == []
    items = ["脸书(2 亿)", "Flickr(6400 万)", "friendster(3100 万英镑)"]
    assert _found("# 社交网站\n\n" + "".join(f"{n}.  {x}\n" for n, x in enumerate(items, 1)), "TQA212") == []


def test_a_units_prefix_read_as_another_in_its_paragraphs_context() -> None:
    zh = "# 标题\n\n它可以仅靠阳光来工作，这提供了驱动屏幕所需的数百兆瓦。\n"
    assert _found(zh, "TQA207") == ["数百兆瓦"]
    zh = "# 标题\n\n这款激光笔高达 1000 兆瓦，售价 999 美元。\n"
    assert _found(zh, "TQA207") == ["1000 兆瓦"]
    zh = "# 标题\n\n传输速度是不真实的，我的测试显示最低速度为 500 公里/秒。\n"
    assert _found(zh, "TQA207") == ["500 公里/秒"]


def test_megawatts_of_a_plant_and_kilometres_per_second_in_space_are_left_alone() -> None:
    assert _found("# 标题\n\n该公司希望将波浪农场建成一个 100 兆瓦的发电平台，为设备供电。\n", "TQA207") == []
    assert _found("# 标题\n\n矿工们每天消耗 1005.59 兆瓦时的电力，这些设备很耗电。\n", "TQA207") == []
    assert _found("# 标题\n\n卫星以 7.9 公里/秒的速度绕地球运行，传输数据。\n", "TQA207") == []


def test_an_audio_jack_sized_in_whole_inches_lost_its_fraction() -> None:
    zh = "# 标题\n\n通过背面的八英寸线路输入插孔和随附的音频电缆，您可以连接任何播放器。\n"
    assert _found(zh, "TQA207") == ["八"]
    # a fraction kept, or inches of a screen, are left alone
    zh = "# 标题\n\n它有一个八分之一英寸耳机/线路输入插孔，一个 1/4 英寸的适配器插孔，屏幕为 8 英寸。\n"
    assert _found(zh, "TQA207") == []
