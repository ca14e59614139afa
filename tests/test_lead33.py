"""Release thirty-three, what a newcomer met (newcomer 36 items 12 and 13): a WMT `.zh` file checked alone is read one
sentence a paragraph, as a `.txt` one is; one original may stand before each of several systems' translations."""

from __future__ import annotations

from pathlib import Path

import pytest

from transqa.cli import main
from transqa.errors import UsageError
from transqa.load import load_target
from transqa.service import pair_paths

LINES = [f"第{i}句：南非周日向其最后一位白人领导人德克勒克致敬，他享年 85 岁" + ("。" if i % 2 else "") for i in range(12)]


def test_a_wmt_zh_file_alone_is_one_paragraph_a_line(tmp_path: Path) -> None:
    # it was one paragraph of 12 lines, and TQA501 offered to join the headline to the first sentence
    for name, paragraphs in (("doc.zh", 12), ("doc", 12), ("doc.txt", 12), ("doc.md", 1), ("doc.markdown", 1)):
        path = tmp_path / name
        path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
        assert len(load_target(str(path)).blocks) == paragraphs, name


def test_a_zh_file_with_markdown_in_it_stays_markdown(tmp_path: Path) -> None:
    path = tmp_path / "doc.zh"
    path.write_text("# 标题\n\n正文第一段，见[链接](https://example.com)。\n\n第二段。\n", encoding="utf-8")
    doc = load_target(str(path))
    assert doc.format == "markdown" and len(doc.blocks) == 3


def test_one_original_before_each_systems_translation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en, a, b = tmp_path / "a.en", tmp_path / "a.sysA.zh", tmp_path / "a.sysB.zh"
    en.write_text("Cape Town honours de Klerk.\nHe died at 85.\n", encoding="utf-8")
    a.write_text("开普敦向德克勒克致敬。\n他享年 85 岁。\n", encoding="utf-8")
    b.write_text("开普敦纪念德克勒克。\n他终年 58 岁。\n", encoding="utf-8")
    assert pair_paths([str(en), str(a), str(en), str(b)]) == [(str(en), str(a)), (str(en), str(b))]
    assert main(["check", "--format", "concise", str(en), str(a), str(en), str(b)]) == 1
    out = capsys.readouterr().out
    assert "a.sysB.zh:2" in out and "a.sysA.zh" not in out
    # a translation is still checked once, and an original is never also a translation
    with pytest.raises(UsageError, match="given twice"):
        pair_paths([str(en), str(a), str(a)])
    with pytest.raises(UsageError, match="given twice"):
        pair_paths([str(en), str(en)])


def test_a_leaked_embed_repair_is_never_a_dead_address() -> None:
    # reader33 #39/#51: the size glued to a Vimeo id; #20: a YouTube id rebuilt with 10 characters; #25: a translated handle
    from tests.helpers import fails

    vimeo = fails("TQA505", None, "# 标题\n\n正文。\n\n[维梅奥·http://www.vimeo.com/29282211 w = 640 & h = 380]\n")
    assert "(http://www.vimeo.com/29282211)" in (vimeo.suggestion or "")
    short = fails("TQA505", None, "# 标题\n\n正文。\n\nhttp://www.youtube.com/watch?v = pJg _ 10 dz5e & feature = channel _ video _ title\n")
    assert "[视频](" not in (short.suggestion or "") and "“pJg_10dz5e” has 10 characters" in (short.suggestion or "")
    whole = fails("TQA505", None, "# 标题\n\n正文。\n\nhttp://www.youtube.com/watch?v = jewz 5 azwfgg & feature = player _ embedded\n")
    assert "[视频](http://www.youtube.com/watch?v=jewz5azwfgg)" in (whole.suggestion or "")
    tweet = fails("TQA505", None, "# 标题\n\n正文。\n\nhttp://twitter.com/#!/可读性/状态/40517950431559680\n")
    assert "[推文](" not in (tweet.suggestion or "") and "account name (“可读性”)" in (tweet.suggestion or "")
    kept = fails("TQA505", None, "# 标题\n\n正文。\n\nhttp://twitter.com/#!/zynga/状态/123816767251427328\n")
    assert "[推文](http://twitter.com/#!/zynga/status/123816767251427328)" in (kept.suggestion or "")


def test_a_part_named_first_then_the_whole_as_a_total_is_no_scope_change() -> None:
    # hostile33 #3: the translator names the part first and states the total in its own clause (correct Chinese)
    from tests.helpers import fails, passes

    passes("TQA201", "The firm has 30 stores, including 8 in London.", "该公司在伦敦有8家门店，全国共有30家。")
    passes("TQA201", "The team scored 102 points, including 69 in the second half.", "下半场69分，全场该队共得到102分。")
    fails("TQA201", "He won the award 34 times, including 11 years in a row.", "他连续11年共获得该奖34次。")


def test_a_doubled_full_stop_for_a_domains_dot_is_repaired_whole() -> None:
    # hostile33 #5c: `example。。net` was repaired to `example。.net`
    from tests.helpers import fails, passes

    f = fails("TQA315", None, "# 标题\n\n请访问example。。net了解更多。\n")
    assert f.target is not None and f.target.text == "。。net" and f.suggestion == ".net"
    g = fails("TQA315", None, "# 标题\n\n收入增长了。。net收入下降。\n")
    assert g.target is not None and g.target.text == "。net"
    passes("TQA315", None, "# 标题\n\n请访问 example.net 了解更多。\n")
