"""What `transqa fix` says (release 41, mend item 3): with nothing to repair, one line (not "0 repairs; …" then
"nothing to repair: …"); each repair says what it removed, inserted or replaced, and where (its line), one line
each, deterministically (`fixed TQA328: '·' → ''` said neither)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT

from transqa.cli import main
from transqa.findings import Repair, RepairKind
from transqa.fix import described


def test_nothing_to_repair_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "clean.zh.md"
    target.write_text("# 标题\n\n苹果公司周二发布了新款手机，售价为 999 美元。\n", encoding="utf-8")
    main(["fix", str(target)])
    out = capsys.readouterr()
    lines = [x for x in out.err.splitlines() if x.startswith("transqa: ")]
    assert out.out == "" and len(lines) == 1, lines
    assert lines[0].startswith("transqa: nothing to repair: no diff written; ") and "remain" in lines[0]


def test_a_removal_says_what_went_and_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # archive shape (facebook-is-a-mobile-ad-company): a title joined to the name by a `·`
    target = tmp_path / "role.zh.md"
    target.write_text("# 脸书财报\n\n脸书首席运营官·雪莉·桑德伯格在财报电话会议上表示，移动广告收入增长很快。\n", encoding="utf-8")
    for args, verb in ((["fix", str(target)], "would fix"), (["fix", str(target), "--write"], "fixed")):
        main(args)
        err = capsys.readouterr().err
        assert f"transqa: {verb} TQA328: removed '·' after '…书首席运营官' (line 3)\n" in err, err
        assert "→ ''" not in err


def test_described_is_one_line_with_its_place() -> None:
    raw = "# T\n\nCMO斯图尔特说 mail . ru\n·开头\n"
    k = raw.index("mail")
    assert described(raw, Repair(RepairKind.REPLACE, k, k + 10, "mail.ru", True, "mail . ru")) == "'mail . ru' → 'mail.ru' (line 3)"
    assert described(raw, Repair(RepairKind.REPLACE, 8, 8, " ", True, "")) == "inserted ' ' after 'CMO' (line 3)"
    dot = raw.index("·")
    assert described(raw, Repair(RepairKind.DELETE, dot, dot + 1, "", True, "·")) == "removed '·' before '开头' (line 4)"


def test_samples_fix_lines_are_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    samples = ROOT / "corpora" / "samples"
    runs = []
    for _ in range(2):
        main(["fix", str(samples / "battery-recall.en.md"), str(samples / "battery-recall.zh.md")])
        runs.append(capsys.readouterr().err)
    assert runs[0] == runs[1] and "(line " in runs[0]


def test_described_counts_lines_as_the_findings_do() -> None:
    """\\r and \\r\\n end lines in `fix`'s notes as in every finding's place (Document.lines), not \\n alone."""
    for nl in ("\r", "\r\n"):
        raw = nl.join(["# T", "", "CMO斯图尔特说 mail . ru", "·开头", ""])
        k = raw.index("mail")
        assert described(raw, Repair(RepairKind.REPLACE, k, k + 10, "mail.ru", True, "mail . ru")).endswith("(line 3)")
        dot = raw.index("·")
        assert described(raw, Repair(RepairKind.DELETE, dot, dot + 1, "", True, "·")) == "removed '·' before '开头' (line 4)"
        s = raw.index("斯")
        assert described(raw, Repair(RepairKind.REPLACE, s, s, " ", True, "")) == "inserted ' ' after 'CMO' (line 3)"
