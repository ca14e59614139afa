"""Release 37: what a newcomer found outside the name rules (brief ncmisc)."""

from __future__ import annotations

import sys

import pytest
from tests.helpers import run_cli


def _pair(tmp_path):  # type: ignore[no-untyped-def]
    en, zh = tmp_path / "s.en.md", tmp_path / "s.zh.md"
    en.write_text("# Title\n\nApple sold 30 phones on Monday.\n", encoding="utf-8")
    zh.write_text("# 标题\n\n苹果公司周一卖出了 40 部手机。\n", encoding="utf-8")
    return en, zh


def test_no_color_before_the_command_is_accepted_and_turns_colours_off(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(capsys, "--no-color", "rules")
    assert code == 0 and "TQA201" in out and "no such option" not in err.lower()
    en, zh = _pair(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    _, coloured, _ = run_cli(capsys, "check", str(en), str(zh))
    _, plain, _ = run_cli(capsys, "--no-color", "check", str(en), str(zh))
    assert "\x1b[" in coloured and "\x1b[" not in plain and "TQA201" in plain


def test_check_help_says_what_an_unknown_extension_does(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    # the behaviour (refused, exit 2, before any work: a name promising another format is no report) and the help agree
    _, zh = _pair(tmp_path)
    code, _, err = run_cli(capsys, "check", str(zh), "-o", str(tmp_path / "r.md"))
    assert code == 2 and "cannot tell the report format" in err and not (tmp_path / "r.md").exists()
    _, out, _ = run_cli(capsys, "check", "--help")
    flat = " ".join(out.replace("│", " ").split())
    assert "else text" not in flat and "is refused" in flat


def test_tqa208_short_text_names_the_superlative() -> None:
    from transqa.registry import resolve

    r = resolve("TQA208")
    assert r is not None and "superlative" in r.summary


def test_audit_summary_paths_stay_whole_at_80_columns(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from transqa.audit.discover import Job
    from transqa.audit.summary import Summary, render_text
    from transqa.audit.worker import check_job
    from transqa.codec import decode_record

    s = Summary()
    for n, slug in enumerate(("a-rather-long-article-slug-about-a-chip-merger-in-2008", "short")):
        d = tmp_path / "archive" / f"2008-0{n + 1}"
        d.mkdir(parents=True)
        zh = d / f"{slug}.zh.md"
        zh.write_text("# 标题\n\n苹果公司周一卖出了 40 部手机，这是 2008 年的事情，、。\n", encoding="utf-8")
        s.add(decode_record(check_job(Job(n, str(zh), None))[1]))
    text = render_text(s, 80).split("articles by score", 1)[1].split("\n\n", 1)[0]
    rows = text.split("article\n", 1)[1]  # the heading names the common folder (as long as tmp_path makes it)
    assert "…" not in rows
    assert "2008-01/a-rather-long-article-slug-about-a-chip-merger-in-2008.zh.md" in text  # whole, copyable
    assert all(len(x) <= 80 for x in rows.splitlines())
    assert any(x.endswith("short.zh.md") and x.lstrip()[:1].isdigit() for x in text.splitlines())  # a short one: one row


def test_tqa506_names_the_page_number_left_in_a_title() -> None:
    from tests.helpers import fails

    f = fails("TQA506", None, "# Oculus VR 筹集了 1600 万美元来制造游戏护目镜——第 216 页——\n\n正文在这里。\n")
    assert "page number" in f.message and f.suggestion == "delete “——第 216 页——”"
    f = fails("TQA506", None, "# 读者投票——\n\n正文在这里。\n")  # a title cut at its dash: as before
    assert "page" not in f.message and "delete the trailing" in (f.suggestion or "")


@pytest.mark.parametrize(("en", "zh"), [
    ("# Title\n\nSpecifically 2.10 \"Over\" is the one.\n", "# 标题\n\n特别是第二季第 10 集“Over”这一集。\n"),
    ("# Title\n\nSee section 3.4 of the law.\n", "# 标题\n\n见该法第 3 章第 4 节。\n"),
    ("# Title\n\nThe change came in v2.10 of the app.\n", "# 标题\n\n这一变化出现在该应用的第 2 版第 10 期更新中。\n"),
])
def test_tqa203_a_dotted_reference_written_as_two_ordinals_is_not_missing(en: str, zh: str) -> None:
    from tests.helpers import passes

    passes("TQA203", en, zh)


def test_tqa203_a_decimal_is_still_missing_and_the_reference_needs_both_parts() -> None:
    from tests.helpers import fails

    from transqa.quantities.sections import split_reference

    fails("TQA203", "# Title\n\nShares rose 2.10 percent on Monday, analysts said.\n", "# 标题\n\n分析师说，周一股价上涨。\n")
    assert split_reference("2.10", "第二季第 10 集") and split_reference("S2.10", "第2季第10集")
    assert not split_reference("2.10", "第 10 集") and not split_reference("2.10", "第 10 集，第二季")
    assert not split_reference("2.5 million", "第二季第 5 集") and not split_reference("$2.10", "第二季第 10 集")


def test_tqa201_suggests_the_digits_not_four_decimals_of_wan() -> None:
    from tests.helpers import fails

    f = fails("TQA201", "# Title\n\nThe city has 5,963,373 residents, the census said.\n", "# 标题\n\n人口普查显示，该市有 5,863,373 名居民。\n")
    assert f.suggestion is not None and "596.3373" not in f.suggestion and "5963373" in f.suggestion.replace(",", "")
    f = fails("TQA201", "# Title\n\nThe firm raised $5.25 million on Monday.\n", "# 标题\n\n该公司周一筹集了 535 万美元。\n")
    assert f.suggestion is not None and "525 万美元" in f.suggestion  # a round figure in 万 stays in 万


def test_tqa205_sport_unit_suggests_one_rendering_with_its_figure() -> None:
    from tests.helpers import fails

    f = fails("TQA205", "# Title\n\nThe home side were reduced to 13 players after the red card.\n", "# 标题\n\n红牌之后，主队只剩下 13 分。\n")
    assert f.suggestion == "13 名球员"
    f = fails("TQA205", "# Title\n\nHe scored 20 runs before lunch.\n", "# 标题\n\n他在午餐前打进了 20 个进球。\n")
    assert f.suggestion == "20 分"


def test_tqa209_n_more_is_suggested_as_another_n() -> None:
    from tests.helpers import fails

    f = fails("TQA209", "# Title\n\nThe company will hire 80 more engineers this year.\n", "# 标题\n\n该公司今年将招聘 80 多名工程师。\n")
    assert f.suggestion == "另外 80"
