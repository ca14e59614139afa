"""archrec (release 42): names broken at a spaced dot (`poaa . nl`) or translated before their half-width dot
(`转盘. fm`), and TQA513's suggestion for a name's dot between two Chinese names' parts."""

from __future__ import annotations

from tests.helpers import fails, needs_lexicon, passes

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown


def _315(path: str, zh: str) -> list[tuple[str | None, str | None]]:
    return [(f.target.text if f.target else None, f.suggestion)
            for f in check_documents(None, parse_markdown(path, zh)).findings if f.code == "TQA315"]


def test_a_site_name_broken_at_a_spaced_dot_before_any_short_ending() -> None:
    f = fails("TQA315", None, "# 盒装酒\n\n图片来自 poaa . nl，经由 Gizmodo。\n")
    assert f.target is not None and f.target.text == "poaa . nl" and f.suggestion == "poaa.nl"
    f = fails("TQA315", None, "# 播放器\n\n它的音质不如 last . FM 好。\n")
    assert f.target is not None and f.target.text == "last . FM"


def test_a_script_call_or_a_longer_dotted_name_is_not_a_name_broken_at_its_dot() -> None:
    passes("TQA315", None, "# 财报\n\n页面上留下了 so . write(\" o99 \")；这样的代码。\n")
    passes("TQA315", None, "# 书签\n\n他收购了 del . icio . us 网站，这是一个书签服务。\n")
    passes("TQA315", None, "# 句子\n\n他说了很多。这是一个 Apple TV 的故事。\n")


@needs_lexicon
def test_a_name_translated_before_its_dot_takes_the_article_s_spelling() -> None:
    zh = "# Turntable.fm 关闭\n\n文章详细介绍了让转盘. fm 在更大范围内工作的努力。\n"
    got = _315("turntable-fm-shutting-down-so-company-can-focus.md", zh)
    assert ("转盘. fm", "Turntable.fm") in got, got


def test_a_short_heading_translated_before_its_dot_is_reported_whole_with_the_slug_s_name() -> None:
    got = _315("firefox-22-launches-with-built-in-asm-js-and-webrtc-support.md", "# 火狐 22\n\n## 汇编. js\n\n它运行得很快。\n")
    assert ("汇编. js", "asm.js") in got, got


def test_an_ending_named_as_itself_after_a_measure_word_or_before_its_kind_is_left() -> None:
    passes("TQA315", None, "# 域名\n\n这是今年. net 域名的第二高价。你需要一个. edu 电子邮件地址。\n")
    passes("TQA315", None, "# 格式\n\n它支持。tar 和. bzip2 格式。\n")


def test_a_dot_between_two_parts_of_a_transliterated_name_is_suggested_as_the_name_s_dot() -> None:
    f = fails("TQA513", None, "# 警方\n\n当电话的主人彼得.斯特。玛丽发现照片时，他报了警。\n")
    assert f.suggestion is not None and f.suggestion.startswith("write “·”") and "彼得·斯特" in f.suggestion, f.suggestion
    f = fails("TQA513", None, "# 评论\n\n我们就被它惊呆了.这是真的。\n")
    assert f.suggestion is not None and f.suggestion.startswith("write “。”"), f.suggestion


def test_the_excerpt_of_a_half_width_mark_starts_where_its_clause_starts() -> None:
    f = fails("TQA513", None, "# 会议\n\n他说，这是我们会议的一种方式.\n")
    assert f.message.startswith("“这是我们会议的一种方式.”"), f.message


def test_q_and_a_cut_to_q_ampersand_before_chinese_is_left_in_english() -> None:
    f = fails("TQA401", None, "# 甲骨文\n\n因此将于周三上午举行 Q &会议。\n")
    assert f.target is not None and f.target.text == "Q &" and f.suggestion == "translate it (问答)"
    passes("TQA401", None, "# 问答\n\n该公司重新专注于打造其 Q & A 平台。\n")
    passes("TQA401", None, "# 银行\n\n美国银行 BofQ &公司宣布了计划。\n")
