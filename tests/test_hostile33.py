"""Release 33's hostile tester, the inputs mended in release 34 (task align): an original that is only a link given
first, a run of full stops, a paragraph of nothing but full stops. The shifted article is tests/test_align.py's."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import run_cli


def test_an_original_of_only_a_link_given_first_is_read_as_the_original(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    # the link leaves no letters: the file counted as a translation, checked alone, "holds no Chinese text: if it is
    # the original, give it before its translation", though it was given before
    from transqa.service import pair_paths

    en, zh = tmp_path / "embed.en.md", tmp_path / "embed.zh.md"
    en.write_text("[http://blip.tv/play/hRbY91LUSQ]\n", encoding="utf-8")
    zh.write_text("[http://blip.tv/play/hRbY91LUSQ 电视台]\n", encoding="utf-8")
    assert pair_paths([str(en), str(zh)]) == [(str(en), str(zh))]
    code, out, err = run_cli(capsys, "check", "--format", "concise", str(en), str(zh))
    assert code == 1 and "Chinese" not in err, err
    assert "TQA505" in out
    # an empty first file is named as what it was given as: an original with no text
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    code, out, err = run_cli(capsys, "check", str(empty), str(zh))
    assert code == 2 and str(empty) in err and "Chinese" not in err
    # two translations stay two translations, and a letterless file among several is still checked as a translation
    other = tmp_path / "other.zh.md"
    other.write_text("总部位于丹佛的初创公司为屋顶太阳能板制造电池。\n", encoding="utf-8")
    assert pair_paths([str(zh), str(other)]) == [(None, str(zh)), (None, str(other))]
    assert pair_paths([str(en), str(zh), str(other)]) == [(None, str(en)), (None, str(zh)), (None, str(other))]


def test_a_paragraph_of_full_stops_in_place_of_a_translation_is_one_omission(tmp_path: Path,
                                                                               capsys: pytest.CaptureFixture[str]) -> None:
    # 5,000 `。` in place of a paragraph's translation: no words to pair it by, so an omission and an addition
    en, zh = tmp_path / "a.en.md", tmp_path / "a.zh.md"
    en.write_text("The start-up raised money on Monday, its chief executive said.\n\n"
                  "It makes batteries for rooftop solar panels in Denver.\n\n"
                  "The company plans to hire 40 engineers next year.\n", encoding="utf-8")
    zh.write_text("该公司首席执行官周一表示，这家初创公司筹集了资金。\n\n" + "。" * 5000 + "\n\n"
                  "该公司计划明年招聘 40 名工程师。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--format", "concise", str(en), str(zh))
    lines = out.strip().splitlines()
    assert code == 1 and len(lines) == 1, out
    assert ":3:1: TQA001" in lines[0] and "batteries" in lines[0] and "line 3 of the translation holds only punctuation" in lines[0]
    assert "5000 × “。”" in lines[0] and "translate it in place of the punctuation of line 3" in lines[0]
    # a line of punctuation the original has no paragraph for is still an added line
    zh.write_text("该公司首席执行官周一表示，这家初创公司筹集了资金。\n\n它在丹佛为屋顶太阳能板制造电池。\n\n"
                  + "。" * 5000 + "\n\n该公司计划明年招聘 40 名工程师。\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "--format", "concise", str(en), str(zh))
    assert [ln.split(": ")[1].split()[0] for ln in out.strip().splitlines()] == ["TQA002"], out
