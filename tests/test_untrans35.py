"""Release 35, archive (issue 19): TQA401/TQA402 without the original leave out names that read as English prose — a
title or product's name in title case, a name glossed in brackets after its rendering, a link text that spells its
host's name broken into words."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import findings, passes, run_cli


def _codes(zh: str) -> list[tuple[str, str]]:
    return [(f.code, f.target.text) for f in findings(None, zh) if f.code in ("TQA401", "TQA402") and f.target is not None]


def test_a_title_or_product_name_in_title_case_is_no_english_prose() -> None:
    # archive shapes: `Vertica for the Cloud 是一个基于云的分析数据库`, `1 GB 内存和 Beats by Dre audio。`
    passes("TQA401", None, "其产品包括 Vertica 分析数据库；Vertica for the Cloud 是一个基于云的分析数据库。\n")
    passes("TQA401", None, "据报道，Vigor 拥有 1 GB 内存和 Beats by Dre audio。\n")
    passes("TQA402", None, "我从观看 [Two for the Money](https://www.imdb.com/title/tt0417217/) 中学到了这一点。\n")
    # an English clause capitalises only its first word: still English left
    assert ("TQA401", "Flash Player for mobile devices") in _codes(
        "我们将不再针对新的浏览器调整 Flash Player for mobile devices。\n")
    # a job title with an acronym is no title's word: still English left
    assert [c for c, _ in _codes("| Qi Lu | SVP and General Manager of Search 离职 |\n")] == ["TQA401"]


def test_a_name_glossed_in_brackets_after_its_rendering() -> None:
    passes("TQA401", None, "Kickstarter.com 和英国融资圈(in the UK Funding Circle)等网站吸引了人们的关注。\n")
    # lower-case English in a bracket after Chinese is a clause left in English
    assert ("TQA401", "see the list below for details") in _codes("这些公司都很有名(see the list below for details)。\n")


def test_a_link_text_that_spells_its_host_is_a_name() -> None:
    passes("TQA402", None, "这家公司 [in sync](https://web.archive.org/web/2022/http://www.insynctive.com/) 也参加了。\n")
    # a link to an article whose address spells the English text is English left
    assert ("TQA402", "police raided their apartment") in _codes(
        "此后 [police raided their apartment](https://www.example.com/2007/03/23/police-raided-their-apartment/) 了。\n")


def _at(code: str, zh: str) -> list[str]:
    return [f.message for f in findings(None, zh) if f.code == code]


def test_yes_or_seriously_glued_to_the_last_sentence_is_a_run_on() -> None:
    # archive shapes: `…而被送回车站是的，朋友们，美国邮政…`, `…他在三周前被解雇了说真的，今年圣诞节…`
    assert _at("TQA507", "包裹因“地址不足”而被送回车站是的，朋友们，美国邮政不收这个。\n")
    assert _at("TQA507", "他说他在三周前被解雇了说真的，今年圣诞节没人给我买礼物。\n")
    # after a verb they are its object (`说是的，`), after 不过 one sentence
    assert not _at("TQA507", "他在电话里说是的，这是他们唯一的渠道。\n")
    assert not _at("TQA507", "这很难。不过说真的，今天的消息很好。\n")


def test_a_subject_with_its_verb_after_a_quotation_that_ends_no_sentence() -> None:
    # archive shapes: `…“下一个大的创业”泰勒仍然是…`, `…“非常棒”观众也喜欢…`, `…“社交标签”这项功能让…`
    assert _at("TQA507", "他说他已经准备好开始他的“下一个大的创业”泰勒仍然是公司的董事会成员。\n")
    assert _at("TQA507", "80%的人认为它“不错”或“非常棒”观众也喜欢网飞同时播出的节目。\n")
    assert _at("TQA507", "以及它所谓的“社交标签”这项功能让用户可以分享链接。\n")
    # a profession after a quoted field is one noun phrase; a quoted word's own `这个词`
    assert not _at("TQA507", "这些任务非常适合计算机模拟“系统生物学”研究人员正在尝试做的事情。\n")
    assert not _at("TQA507", "现在没有人声称“纸”这个词是自己的。\n")


def test_a_title_that_stops_on_a_dash_is_cut() -> None:
    # archive shapes: `# CrunchGear 近距离接触 Zunes-`, `# 读者投票——`, before a paragraph that opens with a link
    assert _at("TQA506", "# CrunchGear 近距离接触 Zunes-\n\n[Zune](https://www.zune.net/) 是微软的播放器。\n")
    assert _at("TQA506", "# 读者投票——\n\n我们想听听你的意见。\n")
    # a dash inside the title, or a paragraph (not the last) that ends on one, is no cut title
    assert not _at("TQA506", "# NoSo——对文化的抵制\n\n我们想听听你的意见——\n\n这是最后一段。\n")


def test_a_chat_abbreviation_in_lower_case_beside_chinese_is_english_left() -> None:
    # archive shapes: `那绝对是 ftw。`, `布鲁塞尔(lol)、巴黎`, `老实说…wtf；`
    assert ("TQA401", "ftw") in _codes("他在比赛中获得了第七名！那绝对是 ftw。\n")
    assert ("TQA401", "lol") in _codes("分部设在伦敦、布鲁塞尔(lol)、巴黎和特拉维夫。\n")
    # a piece of a name broken into words is no chat word (`lol sec` for LulzSec)
    assert not [t for c, t in _codes("与此同时，像 lol sec 这样的组织很活跃。\n") if t == "lol"]


def test_a_title_that_stops_on_a_verb_of_sending_with_its_destination_lost() -> None:
    assert _at("TQA506", "# 如何将您的公司提交到\n\n我们每天都会收到很多邮件。\n")
    # `到` after a verb of perceiving or finding is its result: complete
    assert not _at("TQA506", "# Earthlink 裁员 900 人，没人注意到\n\n这家公司裁员了。\n")
    assert not _at("TQA506", "# 史蒂夫·乔布斯的传记现在可以在 Kindle 上找到\n\n这本书提前交付了。\n")


def test_a_name_after_a_quoted_verb_is_its_object() -> None:
    # wmt22 heldout7: `俄罗斯如“入侵”乌克兰将付出“沉重代价”`: the name is the quoted verb's object, one sentence
    assert not _at("TQA507", "拜登警告普京，俄罗斯如“入侵”乌克兰将付出“沉重代价”。\n")


def test_a_title_ending_on_a_dash_is_told_to_drop_the_dash_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # release 35's reader: 10 of 11 titles cut on a dash (TQA506) only needed the stray dash deleted, which the
    # suggestion ("complete the title from the original") never said
    zh = tmp_path / "image-resizing-demo.zh.md"
    zh.write_text("# 图像大小调整:第三方在线工作演示–\n\n这是一段正文，讲了这个工具。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--select", "TQA506", "--format", "concise", str(zh))
    assert "TQA506" in out and "delete the trailing “–”" in out, out
