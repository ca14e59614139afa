"""Release twenty-six, brief CLI26: newcomer 25 item 8, newcomer 24b item 10, review leftovers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.helpers import findings, run_cli

ROOT = Path(__file__).resolve().parents[1]
S = ROOT / "corpora" / "samples"


# ------------------------------------------------------------- newcomer 25 item 8: an English translation
def test_an_english_article_given_as_the_translation_is_reported_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # it gave TQA014, one TQA002 per paragraph ("mark it as a note: begin it with 译注：") and TQA401 spans
    # starting mid-title (`“billion to build electric cargo ships” is left in English`)
    other = tmp_path / "other.en.md"
    other.write_text("# Harborline raises $3.2 billion to build electric cargo ships\n\n"
                     "Harborline, a Rotterdam-based maker of battery-powered cargo ships, said on Tuesday it has raised $3.2 "
                     "billion in a round led by Northwind Capital.\n\n"
                     "The company, founded in 2019 by former Maersk engineer Lena Vos, employs 1,400 people across three "
                     "shipyards.\n\n\"Shipping is a fifth of the problem nobody talks about,\" Vos said in an interview.\n",
                     encoding="utf-8")
    code, out, err = run_cli(capsys, "check", str(S / "solar-startup.en.md"), str(other), "--isolated", "--format", "concise")
    assert code == 1 and out.count("\n") == 1, out  # one finding, the gate still fails
    assert out.startswith(f"{other}:1:3: TQA401 [error] the translation holds almost no Chinese text (0 Chinese characters among ")
    assert "it is left in English" in out and "译注" not in out and "TQA014" not in out
    assert "do not look like" not in err, err  # the wrong-pair warning would say it again
    code, out, _ = run_cli(capsys, "check", str(S / "solar-startup.en.md"), str(other), "--isolated", "--format", "json")
    assert code == 1 and [f["code"] for f in json.loads(out)["documents"][0]["findings"]] == ["TQA401"]


def test_a_translated_title_over_an_english_body_is_one_finding_too() -> None:
    # the archive's nike-maxsight-lenses-released and lg-adds-leather-to-new-tv-phones: a translated title, an English body
    en = ("# LG adds leather to new TV phones\n\nWe like the LG checker keypad thing it's been doing, and the fact that the "
          "phone comes wrapped in your choice of leather coverings.\n\nThe phone itself is pretty nice too, using a DMB "
          "tuner to pick up that fancy digital TV they have all over Korea.\n")
    zh = "# LG 为新电视手机添加皮革\n\n" + en.split("\n\n", 1)[1]
    got = findings(en, zh)
    assert [f.code for f in got] == ["TQA401"] and "holds almost no Chinese text (10 Chinese characters among" in got[0].message


def test_a_translation_keeping_english_names_and_quotes_is_checked_paragraph_by_paragraph() -> None:
    # a translation whose letters are a quarter Latin (names, a quoted title) is no English article
    en = ("# Acme buys Widgetly\n\nAcme Corp said on Monday it would buy Widgetly, the maker of the app Widget Studio Pro, "
          "for $40 million.\n\nThe deal closes next year.\n")
    zh = "# Acme 收购 Widgetly\n\nAcme Corp 周一表示，将以 4000 万美元收购 Widget Studio Pro 应用的开发商 Widgetly。\n"
    got = findings(en, zh)
    assert "TQA001" in [f.code for f in got] and not any("almost no Chinese" in f.message for f in got)


def test_without_the_original_a_mostly_english_file_keeps_its_paragraph_findings(tmp_path: Path,
                                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    # target-only, nothing shows which English is the article's: each passage stays a TQA401 of its own
    zh = tmp_path / "phone.zh.md"
    zh.write_text("# 苹果发布新手机\n\nApple on Tuesday launched a new phone with a bigger screen and a faster chip, the "
                  "company said.\n\nThe phone will cost $999 and ship next month in the United States and Europe.\n",
                  encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", str(zh), "--isolated", "--format", "concise")
    assert code == 1 and out.count("TQA401") == 2 and "almost no Chinese" not in out, out


# ------------------------------------------------------------- newcomer 24b item 10: one unreadable file of two
def test_an_unreadable_file_of_two_is_named_once_not_under_a_report_header(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    # `check bin.zh.md clean.zh.md` printed two report headers and `error: bin.zh.md: …` in the report, then the
    # `transqa: error:` line
    import shutil

    bad, good = tmp_path / "bin.zh.md", tmp_path / "good.zh.md"
    bad.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(64))
    shutil.copy(S / "wind-farm.zh.md", good)
    code, out, err = run_cli(capsys, "check", str(bad), str(good), "--isolated")
    assert code == 2 and out.count("transqa check") == 1 and f"transqa check {good}\n" in out, out
    assert "error:" not in out and "binary" not in out, out
    assert err.count("\n") == 1 and err.startswith(f"transqa: error: {bad}: is a binary file, not text"), err
    code, out, _ = run_cli(capsys, "check", str(bad), str(good), "--isolated", "--format", "json")
    assert code == 2 and [d["error"] is not None for d in json.loads(out)["documents"]] == [True, False]  # kept for machines


# ------------------------------------------------------------- review leftovers (behaviour kept)
def _stray_close_by_slices(text: str) -> int | None:
    """anchors._stray_close as it was: the smile pattern searched in a slice of the text at every closing bracket."""
    import re

    smile, depth = re.compile(r"[:;]-?[)）]$"), 0
    for i, c in enumerate(text):
        if c in "(（":
            depth += 1
        elif c in ")）":
            if depth:
                depth -= 1
            elif not smile.search(text[: i + 1]):
                return i
    return None


def test_a_smile_is_told_from_a_stray_bracket_without_slicing_the_anchor() -> None:
    import itertools

    from transqa.checks import anchors

    alphabet = ":;-)）(（a"
    cases = ["".join(p) for n in range(1, 6) for p in itertools.product(alphabet, repeat=n)]
    assert len(cases) > 30_000 and all(anchors._stray_close(t) == _stray_close_by_slices(t) for t in cases)
    assert anchors._stray_close("好 :-)") is None and anchors._stray_close("好 -)") == 3


def test_headword_indexes_take_han_as_lang_script_defines_it() -> None:
    from transqa.checks.transliteration import other_entity
    from transqa.lang import backgloss
    from transqa.lang.script import HAN_CLASS

    for pattern in (backgloss._HEAD, other_entity._HAN):
        assert HAN_CLASS in pattern.pattern
    # an Extension A character (䴓, nuthatch) is Han: its headwords are in the index like the others
    assert backgloss._HEAD.fullmatch("普通䴓") and other_entity._HAN.fullmatch("恭亲王奕䜣")
    assert not backgloss._HEAD.fullmatch("普通ー") and not other_entity._HAN.fullmatch("A股")


def test_an_english_code_listing_does_not_make_a_translation_english() -> None:
    code = "\n".join(f"    response = client.fetch_account_balance(account_number, currency_code)  # step {i}" for i in range(12))
    en = f"# How to call the API\n\nCall the client as below, then read the balance it returns.\n\n{code}\n"
    zh = f"# 如何调用 API\n\n按下面的方式调用客户端，再读取它返回的余额。\n\n{code}\n"
    assert not any("almost no Chinese" in f.message for f in findings(en, zh))
