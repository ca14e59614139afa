"""Release 49, issue 19's items left from release 48 (mend19): fetch failures under -q, …"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import audit_summary, findings
from tests.wayback_server import Wayback

from transqa.cli import main


def test_fetch_source_that_fails_is_said_under_quiet_and_in_the_report(chip_translation: Path, tmp_path: Path,
                                                                        capsys) -> None:  # noqa: ANN001
    """`check --fetch-source -q` whose original cannot be had (the stand-in on 127.0.0.1 has no capture) says so in one
    line and checks the translation alone (mend19 item 5: it exited 0 with no word); without -q the text report no
    longer advises `add --fetch-source`, the option given, but says why the original is missing."""
    report = tmp_path / "report.txt"
    with Wayback() as wb:
        code = main(["check", str(chip_translation), "--fetch-source", "--wayback-endpoint", wb.endpoint,
                     "--cache-dir", str(tmp_path / "c"), "--fetch-timeout", "1", "-q", "-o", str(report)])
    err = capsys.readouterr().err
    assert code == 0  # the Chinese alone has no error here: the target-only report's exit code
    assert err.count("\n") == 1 and err.startswith("transqa: notice: the original could not be fetched (not-archived:")
    text = report.read_text(encoding="utf-8")  # a report file is whole under -q: its header says why, not the option given
    assert "TQA315" in text and "add --fetch-source" not in text and "--fetch-source: the original could not be fetched" in text


def test_a_leaked_placeholder_without_the_original_has_one_wording() -> None:
    """Without the original a leaked `T2` after a rendered word (debris, its deletion suggested) and one after a function
    word (where a name was lost) are told in one message (mend19 item 2: "stray token “T2” (a leaked MT placeholder);
    check whether a name was lost there" against "placeholder “T2” stands where …", 232 and 552 archive findings); the
    suggestion still says which reading is likelier."""
    debris = [f for f in findings(None, "据彭博 T2 报道，公司亏损。\n") if f.code == "TQA303"]
    lost = [f for f in findings(None, "据 T2 报道，公司亏损。\n") if f.code == "TQA303"]
    assert [f.message for f in debris] == [f.message for f in lost] == [
        "placeholder “T2” stands where the machine translation lost something, most often a name"]
    assert debris[0].suggestion.startswith("unless a name was lost there, delete it") and lost[0].suggestion.startswith("put back")


def test_the_summary_counts_repairs_as_audit_fix_does(tmp_path: Path) -> None:
    """One TQA302 finding of two places carries two certain repairs: the summary's `repairable by` line says 1 finding
    and 2 repairs, the unit of `audit --fix`'s `repairs:` line (mend19 item 3: "55 repairable" beside "57 repairs");
    one repair per finding says only the findings."""
    from transqa.audit.summary import render_html, render_text

    two = tmp_path / "two.zh.md"
    two.write_text("# Mail.ru 的新闻\n\nMail.ru 很好。Mail.ru 很大。mail . ru 的用户和 mail . ru 的员工。\n", encoding="utf-8")
    s = audit_summary(two)
    assert s.repairable["TQA302"] == 1 and s.repairs == 2
    line = next(x for x in render_text(s).splitlines() if x.startswith("repairable by"))
    assert "1 of " in line and "(TQA302 1; 2 repairs, one at each place a finding names, as --fix counts them)" in line
    assert "2 repairs, one at each place" in render_html(s)
    one = tmp_path / "one.zh.md"
    one.write_text("# 标题\n\n这家公司卖出了 25，000 部手机。\n", encoding="utf-8")
    assert "one at each place" not in render_text(audit_summary(one))


def test_audit_fix_says_what_remains_for_review_in_the_repaired_articles() -> None:
    """`audit --fix`'s closing line counts the findings that remain for a person in the articles it repaired, as
    `transqa fix` says "N findings remain for review" (mend19 item 4: a repaired article's suggestions went unsaid)."""
    from collections import Counter

    from transqa.audit.service import _fix_done

    line = _fix_done(Counter(repaired=7, none=2), 0, 30)
    assert "7 repaired, in which 30 findings remain for review (`transqa check` lists them" in line
    assert "remain for review" not in _fix_done(Counter(repaired=1), 0, 0)
    assert "1 finding remains for review" in _fix_done(Counter(part=1), 1, 1)
