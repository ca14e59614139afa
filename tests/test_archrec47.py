"""Release forty-seven (helper archrec, issue 19): TQA315 on a hashtag broken by a space after its `#` that the
article never writes whole, and on a linked handle broken after a word, suggested as its own profile address spells it."""

from __future__ import annotations

from transqa.engine import check_documents
from transqa.findings import Finding
from transqa.load.markdown import parse_markdown


def _found(zh: str, code: str = "TQA315") -> list[Finding]:
    return [f for f in check_documents(None, parse_markdown("d.zh.md", zh)).findings if f.code == code]


def test_a_hashtag_spaced_after_its_hash_is_reported_and_joined() -> None:
    # archive last-call-crunchies-tix, just-me-quickie-selfies (labelled garbled-name)
    for zh, span, tag in (
        ("请使用我们的# crunchies 标签。", "# crunchies", "#crunchies"),
        ("自拍照会被自动标记为# self ie——这样所有用户都可以看到。", "# self ie", "#selfie"),
        ("**2)用# Crunchies 标签发这篇文章**", "# Crunchies", "#Crunchies"),
        ("推特:@TechCrunch with # TC disrupt", "# TC disrupt", "#TCdisrupt"),
    ):
        fs = [f for f in _found(f"# 标题\n\n{zh}\n") if "hashtag" in f.message]
        assert len(fs) == 1 and fs[0].target is not None and fs[0].target.text == span and fs[0].suggestion == tag, zh


def test_a_linked_hashtag_takes_the_tag_its_address_spells() -> None:
    # archive google-flags-whole-internet-as-malware: `[# Google may harm](…search?q=%23googmayharm)`
    zh = "# 标题\n\n也要寻找标签[# Google may harm](http://search.twitter.com/search?q=%23googmayharm)。\n"
    fs = [f for f in _found(zh) if "hashtag" in f.message]
    assert len(fs) == 1 and fs[0].suggestion == "#googmayharm"


def test_hashes_that_are_no_broken_tag_are_not_reported() -> None:
    for fine in ("# 标题\n\n正文。\n", "# 标题\n\n用 C # Builder 写的程序。\n", "# 标题\n\n见 http://t.co/x/# ixzz 链接。\n",
                 "# 标题\n\n> # ULD 发布命令\n", "# 标题\n\n排名第 # 1 的应用。\n", "# 标题\n\n`ab # bc` 是代码。\n"):
        assert not [f for f in _found(fine) if "hashtag" in f.message], fine


def test_a_linked_handle_after_a_word_is_reported_as_its_profile_spells_it() -> None:
    # archive venture-assistance-…: `可以在 Twitter[@ vk hostla](…twitter.com/vkhosla/)关注他`
    zh = "# 标题\n\n可以在 Twitter[@ vk hostla](http://www.twitter.com/vkhosla/)关注他。\n"
    fs = [f for f in _found(zh) if "handle" in f.message]
    assert len(fs) == 1 and fs[0].target is not None and fs[0].target.text == "@ vk hostla" and fs[0].suggestion == "@vkhosla"
    # a handle after a word and not linked is still a credit or an address (`Ganesh @ tech-lemon`)
    assert not [f for f in _found("# 标题\n\n图片来自 Ganesh @ techlemon。\n") if "handle" in f.message]


def test_a_files_extension_after_a_full_stop_before_what_names_a_file_is_reported() -> None:
    # archive pando-moves-beyond-email-file-sharing, mediamalls-playlater-… (labelled garbled-name)
    for zh, span in (("当收件人点击小的。pando 附件时，文件就会下载。", "。pando"), ("装在一个带有数字版权管理的文件中。plv 容器只能在播放器中打开。", "。plv")):
        fs = [f for f in _found(f"# 标题\n\n{zh}\n") if "extension" in f.message]
        assert len(fs) == 1 and fs[0].target is not None and fs[0].target.text == span and fs[0].suggestion == "." + span[1:], zh
    # a lower-case word opening a sentence before other words is no extension (`。reddit 用户`)
    assert not [f for f in _found("# 标题\n\n他们这样说。reddit 用户不同意。\n") if "extension" in f.message]


def test_a_quotation_run_into_the_next_is_told_where_to_close_at_the_latest() -> None:
    # archive gooood-morning-nerdina line 13 (release 46 said only "pair the quotation marks")
    zh = "# 标题\n\n“一年多前，我和一个大学朋友自费创办了这个项目。达里奥说:“我们最近刚刚推出了新版本。”\n"
    fs = _found(zh, "TQA504")
    assert len(fs) == 1 and fs[0].suggestion == "close the quotation with ” where it ends: at the latest after “朋友自费创办了这个项目。”"
    # no sentence mark before the next quotation: nothing tells where, the general suggestion stays
    fs = _found("# 标题\n\n他说“我们会继续投资，她也说“好的”\n", "TQA504")
    assert len(fs) == 1 and fs[0].suggestion == "pair the quotation marks “…”"


def test_a_link_text_misspelt_with_a_dash_left_at_its_end_is_reported() -> None:
    # archive two-25-year-old-american-entrepreneurs-… line 19 (labelled garbled-name)
    zh = "# 标题\n\n比如[lasourchette–](http://www.lafourchette.com/)网站。\n"
    fs = _found(zh, "TQA325")
    assert len(fs) == 1 and "lafourchette" in fs[0].message
    assert not _found("# 标题\n\n投资者[500 Startups-](http://www.500startups.com/)参投。\n", "TQA325")


def test_a_short_quoted_term_next_gives_no_place_to_close() -> None:
    # archive forrester-tablets: `“使用 MindMeld 应用程序，…实时更新。应用程序“倾听”对话…` (the term may stand inside)
    fs = _found("# 标题\n\n“使用这个应用程序，平板电脑实时更新。应用程序“倾听”对话并显示结果\n", "TQA504")
    assert len(fs) == 1 and fs[0].suggestion == "pair the quotation marks “…”"
