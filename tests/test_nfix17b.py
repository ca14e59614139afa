"""What a newcomer met on the merge branch: an unclosed comment's side effects (one TQA001 per hidden paragraph
and the wrong-pair warning) that sent the editor the wrong way, the audit summary's examples without a word of
what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT, user_docs
from tests.helpers import codes, findings

from transqa.audit.summary import EXAMPLE_MESSAGE_CHARS, _cut
from transqa.cli import main
from transqa.escape import line_safe

EN = ("# Apple launches a new phone\n\nApple on Tuesday launched a new phone with a larger screen and a faster chip.\n\n"
      "The company said the phone will go on sale in September in the United States.\n\n"
      "Analysts expect strong sales in China, where the company faces competition from Huawei.\n\n"
      "The new model starts at $799, the same price as last year's phone.\n\n"
      "Apple shares rose 2 percent in afternoon trading.\n")
ZH = ("# 苹果发布新手机\n\n苹果周二发布了一款新手机，屏幕更大，芯片更快。\n\n<!-- 编辑注：待核实\n\n"
      "该公司表示，这款手机将于9月在美国上市。\n\n分析师预计该手机在中国销量强劲，该公司在中国面临华为的竞争。\n\n"
      "新款起价为799美元，与去年的手机价格相同。\n\n苹果股价在午后交易中上涨2%。\n")


def test_the_paragraphs_an_unclosed_comment_hides_are_not_omissions() -> None:
    # one TQA001 "has no translation → translate it" per hidden paragraph, beside the TQA511 that counts them
    assert codes(EN, ZH) == ["TQA511"]
    assert codes(EN, ZH.replace("待核实\n", "待核实 -->\n")) == []


def test_an_omission_before_the_comment_is_still_reported() -> None:
    zh = ZH.replace("苹果周二发布了一款新手机，屏幕更大，芯片更快。\n\n", "")
    fs = findings(EN, zh)
    assert sorted(f.code for f in fs) == ["TQA001", "TQA511"]
    assert "Apple on Tuesday" in next(f.message for f in fs if f.code == "TQA001")


def test_a_comment_in_a_quote_hides_only_the_quote_paragraphs() -> None:
    en = EN.replace("Analysts expect", "> Analysts expect").replace("The new model", "> The new model")
    zh = ZH.replace("<!-- 编辑注：待核实\n\n该公司表示，这款手机将于9月在美国上市。\n\n", "该公司表示，这款手机将于9月在美国上市。\n\n")
    zh = zh.replace("分析师预计", "> <!-- 注\n>\n> 分析师预计").replace("新款起价", "> 新款起价").replace("相同。\n\n", "相同。\n>\n> 注\n\n")
    zh = zh.replace("。\n\n> 新款", "。\n>\n> 新款")
    assert codes(en, zh) == ["TQA511"]
    gone = zh.replace("苹果周二发布了一款新手机，屏幕更大，芯片更快。\n\n", "")  # before the quote: a real omission
    assert sorted(codes(en, gone)) == ["TQA001", "TQA511"]


def test_the_cli_says_close_the_comment_and_not_wrong_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "zh.md").write_text(ZH, encoding="utf-8")
    assert main(["check", str(tmp_path / "en.md"), str(tmp_path / "zh.md")]) == 1
    out, err = capsys.readouterr()
    assert "right pair" not in err and "TQA001" not in out and "TQA014" not in out and "TQA511" in out
    assert "4 have no counterpart (4 hidden by an unclosed comment in the Chinese)" in " ".join(out.split())


@pytest.mark.parametrize(("message", "shown"), [
    ("“pishe var” is written 2 ways in this article: “Pishevar” ×1 (line 15), “pishe var” ×1 (line 15)",
     "“pishe var” is written 2 ways in this article: “Pishevar”…"),  # whole words, not `×` without its count
    ("数字“10，000”用了中文逗号作千位分隔符：应写作“10,000”，或者改写为“1万”以符合中文的数字写法习惯，这样读者才能看懂",
     "数字“10，000”用了中文逗号作千位分隔符：应写作“10,000”，或者改写为“1万”以符合中文的数字写法习惯，这样…"),  # a character is a word
    ("the link anchor runs to the end of its sentence: “" + "e\u0301" * 40 + "”",
     "the link anchor runs to the end of its sentence…"),  # not after an opening quote
    ("see " + "a" * 80, "see " + "a" * 55 + "…"),  # one long token: cut at a whole character
    ("x " + "\u00e9\u0301" * 40, "x " + "\u00e9\u0301" * 28 + "…"),  # never before a combining mark
    ("short enough", "short enough"),
])
def test_an_examples_message_is_cut_at_a_whole_word(message: str, shown: str) -> None:
    assert _cut(message) == shown and len(_cut(message)) <= EXAMPLE_MESSAGE_CHARS


def test_an_examples_message_is_escaped_after_the_cut(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # a control character in the message is escaped whole by the renderer (`\x1b`), never cut in the middle
    shown = line_safe(_cut("stray token “\x1b[31m” " + "word " * 8 + "\x1b" + "tail " * 5))
    assert shown.endswith("…") and "\\x1b" in shown and not shown.endswith("\\…") and not shown.endswith("\\x…")


def test_the_readme_gives_the_glossarys_tsv_form_and_it_loads_as_the_yaml_one(tmp_path: Path) -> None:
    # the README said "TSV or YAML" and gave neither form: only an error message named the TSV columns
    import re

    from transqa.glossary import load_glossaries

    readme = user_docs()
    yaml_form = re.search(r"```yaml\n(keep: .*?)```", readme, re.S)
    tsv_form = re.search(r"```text\n(source\ttarget\tstatus\n.*?)```", readme, re.S)
    assert yaml_form and tsv_form
    (tmp_path / "g.yaml").write_text(yaml_form.group(1), encoding="utf-8")
    (tmp_path / "g.tsv").write_text(tsv_form.group(1), encoding="utf-8")
    y, t = load_glossaries([str(tmp_path / "g.yaml")]), load_glossaries([str(tmp_path / "g.tsv")])
    assert (t.keep, t.accept, t.reject) == (y.keep, y.accept, y.reject) and t.keep and t.accept and t.reject


def test_the_readme_says_pre_commit_never_passes_a_symbolic_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the README said a broken link pre-commit passes is named as an error: pre-commit tags a link `symlink`, so the
    # hook (`types: [markdown]`) never gets one; by hand, the broken link is named and the other file still checked
    readme = " ".join(user_docs().split())
    assert "it never passes a symbolic link, broken or not: it tags one `symlink`, never `markdown`" in readme
    assert "or an unreadable one pre-commit passes (a broken symbolic link" not in readme
    assert "types_or: [markdown, html]" in (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    identify = pytest.importorskip("identify.identify")
    (tmp_path / "broken.md").symlink_to(tmp_path / "nowhere.md")
    (tmp_path / "good.zh.md").write_text("# 标题\n\n正文。\n", encoding="utf-8")
    assert identify.tags_from_path(str(tmp_path / "broken.md")) == {"symlink"}
    assert main(["audit", "--format", "concise", "--quiet", "--jobs", "1", "--no-cache", "--store", str(tmp_path / "s.sqlite"),
                 "--", str(tmp_path / "broken.md"), str(tmp_path / "good.zh.md")]) == 2
    assert "broken.md: error: is a broken symbolic link" in capsys.readouterr().out  # (the concise line, release 22)
