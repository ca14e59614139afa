"""Release 41, late1: TQA317's wrong readings a blind reader found (archive-new-verdicts-41.tsv), and two CLI leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import name_as_word, needs_lexicon


@needs_lexicon
@pytest.mark.parametrize(("name", "text", "read"), [
    ("sphero", "球体", False),  # `spheroid` goes on past the name by `id`: another word (the ball, a sphere)
    ("amplifi", "放大器", True),  # `amplifier`: the agent ending
    ("idio", "白痴", True),  # `idiot`: the name is the word cut by a letter
    ("amaze", "惊奇", True),  # `amazed`: an inflection
])
def test_a_definition_word_going_on_past_the_name_is_another_word(name: str, text: str, read: bool) -> None:
    from transqa.lang.backgloss import translated_spans

    assert (list(translated_spans(name, text)) == [(0, len(text))]) is read


# archive spheros-new-augmented-reality-app…: the name in Latin, the ball called 球体 (the common word)
_SPHERO = ("# Sphero 的新增强现实应用\n\nSphero 推出了一款新应用。\n\n这款应用可以将你的球体变成一只 3D 海狸。\n\n"
           "Sphero 的团队说，这只是开始。\n")


@needs_lexicon
def test_the_ball_is_not_the_name_sphero() -> None:
    assert name_as_word("zh/spheros-new-augmented-reality-app-allows-you-to-walk-a-beaver.md", _SPHERO) == []


# archive sobees-launches-ipad-app-newsmix…: 新闻和内容, news and content, beside the name NewsMix in Latin
_NEWSMIX = ("# Sobees 推出 iPad 应用 NewsMix\n\nNewsMix 是一本社交杂志。\n\n它汇集你的社交圈分享的新闻和内容。\n\n"
            "NewsMix 今天上线。\n")


@needs_lexicon
def test_a_function_word_is_no_piece_of_a_name() -> None:
    path = "zh/sobees-launches-ipad-app-newsmix-a-socially-curated-digital-magazine.md"
    assert name_as_word(path, _NEWSMIX) == []
    # 袋 is a piece of its own (answer+bag), as before
    answerbag = ("# Answerbag 押注小部件\n\nAnswerbag 是一个问答网站。\n\n用户可以在博客上放置答案袋功能。\n\n"
                 "Answerbag 的创始人说，这是他们的未来。\n")
    assert name_as_word("zh/answerbag-bets-the-farm-on-widgets.md", answerbag) == [("答案袋", "Answerbag")]


# archive longtail-video-launches-self-serve-online-video-platform…: 长尾视频 for LongTail Video, the name in Latin alone
_LONGTAIL = ("# 长尾视频为出版商推出自助式在线视频平台\n\n今天，长尾视频推出了自助视频平台。\n\n"
             "这项服务是围绕 LongTail 基于云的播放器建立的。\n\nLongTail 的媒体画廊包括数百万个视频。\n\n"
             "LongTail 的目标是为中小型出版商提供一个平台。\n")
_LONGTAIL_PATH = "zh/longtail-video-launches-self-serve-online-video-platform-for-publishers.md"


@needs_lexicon
def test_the_next_word_of_the_name_is_taken_in_with_a_space_or_whole() -> None:
    # the file name alone writes `video` after the name: the name, a space, the Chinese word kept
    assert name_as_word(_LONGTAIL_PATH, _LONGTAIL) == [("长尾视频", "LongTail 视频")] * 2
    # the prose writes the two in Latin: the whole name
    latin = _LONGTAIL.replace("LongTail 的媒体画廊", "LongTail Video 的媒体画廊")
    assert name_as_word(_LONGTAIL_PATH, latin) == [("长尾视频", "LongTail Video")] * 2
    # no word after the name: as before
    assert name_as_word("zh/longtail-launches-self-serve-online-platform-for-publishers.md", _LONGTAIL) == [
        ("长尾", "LongTail")] * 2


def test_a_directive_naming_no_rule_gives_the_nearest_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from transqa.cli import main

    t = tmp_path / "a.md"
    t.write_text("# 标题\n\n<!-- transqa: ignore[TQA3011, TQA998] -->\n这家公司今天宣布，它将在明年推出一款新的应用程序。\n",
                 encoding="utf-8")
    main(["check", str(t), "--format", "concise"])
    line = next(x for x in capsys.readouterr().out.splitlines() if "TQA901" in x)
    # as --select says it; the meta rules, which no directive hides, are not offered (TQA998 is near only to them)
    assert "TQA3011 is not a rule (nearest: TQA301, TQA311, TQA011)" in line, line
    assert "TQA998 is not a rule" in line and "TQA998 is not a rule (" not in line, line


@pytest.mark.parametrize("select", ["", " , "])
@pytest.mark.parametrize("command", ["check", "audit"])
def test_an_empty_selection_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], select: str,
                                                command: str) -> None:
    from transqa.cli import main

    t = tmp_path / "a.md"
    t.write_text("# 标题\n\n这家公司今天宣布，它将在明年推出一款新的应用程序。\n", encoding="utf-8")
    extra = ["--store", str(tmp_path / "s.sqlite"), "-o", str(tmp_path / "o.jsonl")] if command == "audit" else []
    assert main([command, str(t), "--select", select, *extra]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--select" in err[0] and "no rule" in err[0], err


@needs_lexicon
def test_a_title_name_told_with_the_next_word_is_not_told_twice() -> None:
    # TQA317 on the title's 长尾视频 → `LongTail 视频` tells the name: no TQA323 on the same title for LongTail
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    found = check_documents(None, parse_markdown(_LONGTAIL_PATH, _LONGTAIL)).findings
    assert [f.code for f in found if f.target is not None and f.target.line == 1 and f.code in ("TQA317", "TQA323")] \
        == ["TQA317"]
