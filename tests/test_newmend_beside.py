"""Release 42 (brief r42/newmend), item 2: check and audit agree on the original beside a translation. A WMT
document `X.zh` beside `X.en` is paired by audit; check, given `X.zh` alone, says that `X.en` beside it is not used
unless named (the notice `slug.zh.md` beside `slug.en.md` gets), instead of running target-only without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import run_cli

from transqa.audit.discover import from_folder, original_beside

EN = "Senator Wendy Rogers said on Monday that things are really taking off.\n\nNewsweek contacted her office.\n"
ZH = "参议员温迪·罗杰斯周一表示，事情真的在起飞。\n\n新闻周刊联系了她的办公室。\n"


def _doc(tmp_path: Path, zh_name: str, en_name: str | None) -> Path:
    zh = tmp_path / zh_name
    zh.write_text(ZH, encoding="utf-8")
    if en_name:
        (tmp_path / en_name).write_text(EN, encoding="utf-8")
    return zh


@pytest.mark.parametrize(("zh_name", "en_name"), [("newsweek.17333.zh", "newsweek.17333.en"),
                                                  ("NEWS.1.ZH", "NEWS.1.EN"), ("deal.zh.md", "deal.en.md")])
def test_check_names_the_original_audit_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str], zh_name: str, en_name: str) -> None:
    zh = _doc(tmp_path, zh_name, en_name)
    jobs = from_folder(str(tmp_path))
    assert [Path(j.source or "").name for j in jobs] == [en_name]
    assert original_beside(str(zh)) == str(tmp_path / en_name)  # one discovery: the file audit pairs it with
    _code, _out, err = run_cli(capsys, "check", str(zh), "--isolated", "-f", "concise")
    assert f"{zh} is checked without an original; {tmp_path / en_name} beside it is not used unless named" in err, err
    # a WMT document (one segment a line) is checked as one with --one-per-line (mend 43 item 17); an article not
    wmt = en_name.lower().endswith(".en")
    assert (f"transqa check --one-per-line {tmp_path / en_name} {zh} --isolated -f concise" in err) == wmt, err
    assert wmt or f"transqa check {tmp_path / en_name} {zh} --isolated -f concise" in err, err


def test_no_notice_without_the_original_or_for_another_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = _doc(tmp_path, "newsweek.17333.zh", "newsweek.17333.de")
    assert original_beside(str(zh)) is None
    _code, _out, err = run_cli(capsys, "check", str(zh), "--isolated", "-f", "concise")
    assert "beside it" not in err, err


def test_the_wmt_command_is_given_once_with_one_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = _doc(tmp_path, "newsweek.17333.zh", "newsweek.17333.en")
    _code, _out, err = run_cli(capsys, "check", "--one-per-line", str(zh), "--isolated")
    assert f"transqa check --one-per-line {tmp_path / 'newsweek.17333.en'} {zh} --isolated" in err, err
    assert err.count("--one-per-line") == 1
