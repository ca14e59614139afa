"""Release 34's hostile tester: inputs that made this release's new code slow (TQA319 read by glosses, a Twitter handle
written in Chinese)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.helpers import run_cli


def test_a_host_label_longer_than_dns_allows_is_no_site_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # hostile34 #1: `_not_words` reads every substring of the label; digits between the words passed the letters' bound
    # of 63 (4,000 digits: 47 s, 8× the digits ≈ 40× the time). A DNS label holds 63 characters at most.
    pytest.importorskip("transqa.lang.namegloss")
    from transqa.checks.linknames import _gloss_label

    assert _gloss_label("http://ministry" + "0" * 4000 + "ofsupply.com/") is None
    assert _gloss_label("http://ministry" + "0" * 48 + "ofsupply.com/") is None  # 64 characters
    assert _gloss_label("http://ministry" + "0" * 47 + "ofsupply.com/") == "ministry" + "0" * 47 + "ofsupply"
    assert _gloss_label("http://www.ministryofsupply.com/") == "ministryofsupply"
    zh = tmp_path / "a.zh.md"
    zh.write_text("据[供应部](http://ministry" + "0" * 400 + "ofsupply.com/)报道，这家初创公司筹集了资金。\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "check", "--format", "concise", str(zh))
    assert code in (0, 1) and "TQA319" not in out, out + err


def test_an_anchor_of_at_and_many_spaces_is_read_in_linear_time() -> None:
    # hostile34 #2: `[@奥` and 20,000 spaces then `。`: the run's spaces were tried against the trailing `\s*` one split
    # at a time (6 s; 200,000 spaces, hours). The regex module's timeout turns the hang into an error here.
    from transqa.checks.linknames import _HANDLE_TEXT

    assert _HANDLE_TEXT.match("@奥" + " " * 200_000 + "。", timeout=5.0) is None
    assert _HANDLE_TEXT.match(" @奥普拉 \t") is not None
    assert _HANDLE_TEXT.match("@奥普拉 温弗瑞  ") is not None
    assert _HANDLE_TEXT.match("@奥普拉 x") is None
