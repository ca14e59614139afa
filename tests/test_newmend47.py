"""Release 47's newcomer, mended: the audit summary lists the files that are not the article apart and says what
`transqa fix` repairs, the closing line counts the articles --fix checks again, the progress bar's first ETA, JUnit
warnings, TQA310's name with a particle and its span, the README's pre-commit hook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.helpers import audit_summary

SAMPLES = ROOT / "corpora" / "samples"


# ---------------------------------------------------------------------- 1. the files that are not the article


def test_a_consent_page_is_listed_apart_before_the_ranking_and_not_ranked(tmp_path: Path) -> None:
    # a cookie-consent page (TQA004) scored ~1 (one error per 1,000 characters) and ranked out of the top 20, while
    # an editor re-fetches it first; the summary names it in its own section before the ranking
    from transqa.audit.summary import render_html, render_text

    other = tmp_path / "story.zh.md"
    other.write_text("# 标题\n\n苹果公司周一卖出了 40 部手机，、。这是 2008 年的事情。\n", encoding="utf-8")
    s = audit_summary(SAMPLES / "consent-page.zh.md", other)
    text = render_text(s)
    assert "not usable: 1 article holds no translation of the article" in text
    part = text.split("not usable:", 1)[1]
    assert text.index("not usable:") < text.index("articles by score")
    assert "consent-page.zh.md" in part.split("articles by score", 1)[0] and "TQA004" in part
    ranked = part.split("articles by score", 1)[1].split("\n\n", 1)[0]
    assert "consent-page" not in ranked and "story.zh.md" in ranked
    d = s.as_dict()
    assert [u["code"] for u in d["unusable"]] == ["TQA004"] and all("consent-page" not in w["target"] for w in d["worst"])
    assert 'id="unusable"' in render_html(s) and render_html(s).index("Not usable") < render_html(s).index("Articles by score")


def test_the_whole_pair_verdict_survives_the_json_record() -> None:
    # the summary reads records decoded from the store: Finding.whole was lost there (always False)
    from transqa.codec import decode_finding
    from transqa.findings import Finding, Severity

    f = Finding("TQA004", "not-the-article", "omission", Severity.ERROR, "m", None, None, whole=True)
    assert f.as_dict()["whole"] is True and decode_finding(f.as_dict()).whole
    g = Finding("TQA401", "untranslated-text", "untranslated", Severity.ERROR, "m", None, None)
    assert "whole" not in g.as_dict() and not decode_finding(g.as_dict()).whole


def test_the_summary_json_with_unusable_and_repairable_validates(tmp_path: Path) -> None:
    import jsonschema

    schema = json.loads((ROOT / "docs" / "audit-summary.schema.json").read_text(encoding="utf-8"))
    other = tmp_path / "a.zh.md"
    other.write_text("# 标题\n\nAkamai 发布了 fox torrent 插件。FoxTorrent 很好用。\n", encoding="utf-8")
    d = audit_summary(SAMPLES / "consent-page.zh.md", other).as_dict()
    jsonschema.validate(d, schema)
    assert d["schema"] == "transqa.audit-summary/3"


# ---------------------------------------------------------------------- 2. what `transqa fix` repairs


def test_the_summary_says_how_many_findings_fix_repairs(tmp_path: Path) -> None:
    from transqa.audit.summary import render_text

    t = tmp_path / "n.zh.md"
    t.write_text("# 标题\n\n这家公司卖出了 25，000 部手机。\n", encoding="utf-8")  # TQA207: a certain repair
    s = audit_summary(t)
    d = s.as_dict()
    [row] = [r for r in d["by_rule"] if r["code"] == "TQA207"]
    assert row["repairable"] == 1 and d["repairable"] >= 1
    assert "repairable by `transqa fix` (or audit --fix): " in render_text(s) and "TQA207 1" in render_text(s)


# ---------------------------------------------------------------------- 3. --fix checks articles again


def test_a_run_from_the_store_with_fix_says_it_checked_articles_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `audit --fix` on 300 stored articles took 81 s and said "none checked: no worker ran": the patch is made by
    # checking each article with a repairable finding again, in the command's own process
    from transqa.cli import main

    t = tmp_path / "a" / "n.zh.md"
    t.parent.mkdir()
    t.write_text("# 标题\n\n这家公司卖出了 25，000 部手机。\n", encoding="utf-8")
    args = ["audit", str(t.parent), "--store", str(tmp_path / "s.sqlite"), "--no-progress", "--isolated", "--format", "summary"]
    main(args)
    capsys.readouterr()
    main([*args, "--fix", str(tmp_path / "f.patch")])
    out = capsys.readouterr().out
    assert "(1 from the result store, none checked: no worker ran; 1 article checked again in this process for the --fix patch)" in out


# ---------------------------------------------------------------------- 7. the first ETA


def test_no_eta_before_a_few_seconds_and_articles_and_the_rate_is_recent(monkeypatch: pytest.MonkeyPatch) -> None:
    # a 1.5-minute run read `3/300 0.5/s ETA 0:09:45` at its start: the workers' warm-up made the rate
    from tests.helpers import audit_bar_on_a_fake_clock

    audit_bar, buf, clock = audit_bar_on_a_fake_clock(monkeypatch)
    with audit_bar as bar:
        bar.found(300)
        assert bar.callback is not None
        clock[0] += 6.0
        bar.callback(3, True)  # 3 at 6 s: the warm-up
        bar._bar.refresh()  # type: ignore[union-attr]
        assert "ETA" not in buf.getvalue() and "/s" not in buf.getvalue()
        for _ in range(14):  # then 3 a second
            clock[0] += 1.0
            bar.callback(3, True)
        bar._bar.refresh()  # type: ignore[union-attr]
        # 45 done at 20 s: the last 10 s went at 3/s (from the start: 2.2/s, ETA 0:01:55)
        assert "3.0/s" in buf.getvalue().rsplit("\r", 1)[-1] and "ETA 0:01:25" in buf.getvalue().rsplit("\r", 1)[-1]


# ---------------------------------------------------------------------- 5. a rendering that hears the particle too

_EN = ("The United Arab Emirates plans to increase its trade with Russia, the country's Foreign Trade Minister Thani bin "
       "Ahmed Al Zeyoudi has announced.\n\n\"We are working with the Russian side,\" Al Zeyoudi told RIA news agency on "
       "Saturday.\n\nAl Zeyoudi added that the forum had been postponed.\n")
_ZH = ("阿拉伯联合酋长国计划增加与俄罗斯的贸易额，该国外贸部长塔尼·本·艾哈迈德·阿勒泽尤迪宣布。\n\n"
       "“我们正在与俄罗斯方面合作，”Al Zeyoudi周六告诉RIA新闻社。\n\nAl Zeyoudi补充说，该论坛已被推迟。\n")


def test_a_rendering_of_the_name_with_its_particle_is_pointed_at_the_whole_name() -> None:
    # WMT22 rt.com.18637 (Online-A): 阿勒泽尤迪 renders `Al Zeyoudi`; the suggestion `Zeyoudi` dropped `Al`
    from tests.helpers import fails

    f = fails("TQA310", _EN, _ZH)
    assert f.suggestion == "Al Zeyoudi" and f.message.startswith("Al Zeyoudi is rendered “阿勒泽尤迪”")
    assert f.source is not None and f.source.text == "Al Zeyoudi"


# ---------------------------------------------------------------------- 6. the span the message names


def test_a_surname_with_no_repair_is_the_span_the_message_names() -> None:
    # look-out…mentortech 7:17: the message said “Gupta” over the span `Apu Gupta`
    from tests.helpers import findings

    zh = ("# Curalate 获得种子投资\n\n该网站的联合创始人兼首席执行官 Apu Gupta 告诉我，测试版已经吸引了 150 多个品牌。\n\n"
          "古普塔说，他们的服务很独特。\n\n古普塔表示，公司将招聘更多员工。\n\n古普塔还说，明年会推出新产品。\n")
    [f] = [f for f in findings(None, zh) if f.code == "TQA310"]
    assert f.target is not None and f.target.text == "Gupta" and "“Gupta” is written “古普塔”" in f.message
    assert f.suggestion is None


# ---------------------------------------------------------------------- 4. JUnit: what a reader sees


def test_junit_says_what_failed_and_what_passed_below_the_gate(tmp_path: Path) -> None:
    # the failure's type named the gating codes while its text listed every finding, and a passing article's warnings
    # stood in system-out with nothing saying why it passed
    import dataclasses

    from junitparser import Failure, JUnitXml

    from transqa.engine import check_paths
    from transqa.findings import Severity
    from transqa.report.junit import render_junit

    t = tmp_path / "a.zh.md"
    t.write_text("# 标题\n\n这家公司卖出了 25，000 部手机。\n\n他说：“我们很高兴。\n", encoding="utf-8")  # TQA207, TQA504
    r = check_paths(None, str(t), None)
    gate = [f for f in r.findings if f.severity == Severity.ERROR]
    below = len(r.findings) - len(gate)
    (case,) = list(next(iter(JUnitXml.fromstring(render_junit([r]).encode()))))
    assert isinstance(case.result[0], Failure) and below > 0
    assert case.result[0].message == f"{len(gate)} finding(s) at or above error ({case.result[0].type}); {below} below it listed too"
    warned = dataclasses.replace(r, findings=[f for f in r.findings if f.severity != Severity.ERROR])
    (case,) = list(next(iter(JUnitXml.fromstring(render_junit([warned]).encode()))))
    assert not case.result and case.system_out.startswith(f"{below} finding(s) below the gate (error): the article passes\n")


# ---------------------------------------------------------------------- 8. the README: what the hook checks


def test_the_readme_says_the_hook_checks_staged_and_tracked_files_only() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    hook = readme.split("#### The pre-commit hook", 1)[1].split("\n#### ", 1)[0]
    assert "staged" in hook and "every file git\n  tracks" in hook and "untracked file is not checked" in hook
    summary = readme.split("#### Auditing an archive", 1)[1]
    assert "not usable: N articles" in summary and "repairable by `transqa fix`" in summary
    assert "checked again in this process for the --fix patch" in summary
