"""Release forty-six (helper archrec, issue 19): TQA514, a paragraph starting or ending on an emphasis asterisk that
nothing pairs, and TQA504 reported at the ASCII mark that closes a block quote's quotation (where the readers label it)."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text


def _found(zh: str, code: str, plain: bool = False) -> list[Finding]:
    doc = parse_text("d.zh.txt", zh) if plain else parse_markdown("d.zh.md", zh)
    return [f for f in check_documents(None, doc).findings if f.code == code]


def test_a_bold_mark_opening_a_paragraph_that_nothing_closes_is_reported() -> None:
    # archive 113.md / socialmedia-opens-self-serve…: `**苹果给 AllThingsD 的声明是这样的:` (labelled unbalanced)
    fs = _found("# 苹果\n\n**苹果给 AllThingsD 的声明是这样的:\n\n“我们从未听说过棱镜。”\n", "TQA514")
    assert len(fs) == 1 and fs[0].target is not None and fs[0].target.text == "**" and "nothing closes it" in fs[0].message
    # and one closing a paragraph, left after the emphasised words moved (extreme-startups…: `…这样做。**`)
    fs = _found("# 标题\n\n所有参与的公司都这样做。**\n", "TQA514")
    assert len(fs) == 1 and "nothing opened it" in fs[0].message and "open the emphasis before" in (fs[0].suggestion or "")


def test_asterisks_inside_the_text_or_paired_are_not_reported() -> None:
    for fine in ("内容可以在 640 * 480 屏幕上播放。", "它可能会成为一种 E *交易。", "**更新:**我们从一个独立的消息来源获悉。",
                 "**更新**：我们获悉。", "复合年增长率为 36% *，规模也将增长。",
                 "我们会给您退款*", "*正常情况下，在发货 6-8 个工作日后可以收到商品。"):  # a footnote's lone `*` (WMT22 ref A)
        assert not _found(f"# 标题\n\n{fine}\n", "TQA514"), fine
    # TQA512's pair (an italic passage over two paragraphs) is TQA512's alone
    zh = "# 标题\n\n*新版本还可以导出购物清单，\n\n用户可以直接勾选。*\n"
    assert not _found(zh, "TQA514") and len(_found(zh, "TQA512")) == 1
    # a plain text: every asterisk is a character
    assert not _found("标题\n\n**苹果的声明是这样的:\n", "TQA514", plain=True)


def test_a_block_quotes_ascii_closer_is_the_finding() -> None:
    zh = "> “即使只有一小部分下载代表实际的销售损失，\n>\n> 它们仍然转化为惊人的版税。\"\n"
    fs = _found(zh, "TQA504")
    assert len(fs) == 1 and fs[0].target is not None and (fs[0].target.line, fs[0].target.text) == (3, '"')
    assert "line 1" in fs[0].message and fs[0].suggestion == "close the quotation with ” instead of the ASCII mark"


def test_two_quotations_left_open_are_not_excused_by_a_next_paragraph_opening_one() -> None:
    # archive dropbox-raises-250m…: the first quotation lost its closing mark before the attribution; the next
    # paragraph opening with “ (a quotation over paragraphs) explains one open quotation, not two
    zh = ("> “我们的目标一直是打造一项服务。休斯顿表示:“依赖 Dropbox 的消费者给了我们灵感。\n>\n"
          "> “我们很高兴领导了这次融资，”里默说。\n")
    fs = _found(zh, "TQA504")
    assert len(fs) == 1 and fs[0].target is not None and (fs[0].target.line, fs[0].target.column) == (1, 3)
    # one left open and carried on: no finding (the convention)
    assert not _found("> “我们的目标一直是打造一项服务。\n>\n> “我们很高兴领导了这次融资。”\n", "TQA504")
