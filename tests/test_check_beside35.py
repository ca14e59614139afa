"""check of a translation alone with its original beside it by the naming convention (`slug.en.md` beside
`slug.zh.md`): check pairs only what it is given (README: a gate's verdict does not change because a file appeared),
and says which file it did not use, with the command that checks the pair."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import run_cli

from transqa.audit.discover import original_beside

EN = "# Solar start-up raises money\n\nThe company raised $5 million on Monday.\n"
ZH = "# 太阳能初创公司融资\n\n该公司周一筹集了 500 万美元。\n"


def test_the_original_beside_a_lone_translation_is_named_not_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zh = tmp_path / "deal.zh.md"
    zh.write_text(ZH, encoding="utf-8")
    code, out, err = run_cli(capsys, "check", "--format", "concise", str(zh))
    assert "notice" not in err  # nothing beside it
    (tmp_path / "deal.en.md").write_text(EN, encoding="utf-8")
    code2, out2, err2 = run_cli(capsys, "check", "--format", "concise", str(zh))
    assert (code2, out2) == (code, out)  # still target-only: the same findings and exit code
    assert f"{tmp_path / 'deal.en.md'} beside it is not used unless named: transqa check --format concise {tmp_path / 'deal.en.md'} {zh}" in err2, err2  # as typed (r36)
    _c, _o, err3 = run_cli(capsys, "check", "--format", "concise", str(tmp_path / "deal.en.md"), str(zh))
    assert "beside it" not in err3  # named: the pair is checked, nothing to say
    _c, _o, err4 = run_cli(capsys, "check", "-q", "--format", "concise", str(zh))
    assert err4 == ""


def test_only_the_conventional_name_counts(tmp_path: Path) -> None:
    zh = tmp_path / "deal.zh.md"
    zh.write_text(ZH, encoding="utf-8")
    (tmp_path / "deal.html").write_text("<p>index</p>", encoding="utf-8")
    (tmp_path / "deal.md").write_text(EN, encoding="utf-8")
    assert original_beside(str(zh)) is None  # a plain slug.html or slug.md may be anything
    (tmp_path / "deal.en.html").write_text("<p>The company raised $5 million.</p>", encoding="utf-8")
    (tmp_path / "deal.en.md").write_text(EN, encoding="utf-8")
    assert original_beside(str(zh)) == str(tmp_path / "deal.en.html")  # audit's order: .en.html before .en.md
    assert original_beside(str(tmp_path / "deal.en.md")) is None  # an original is no translation
