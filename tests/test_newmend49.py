"""Release 49's newcomer's report, mended (helper newmend): one cheap test per item."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from tests.helpers import audit_summary, findings

ROOT = Path(__file__).resolve().parent.parent


def test_bound_suggestion_keeps_the_unit_of_time() -> None:
    """TQA209 on WMT22 Online-B guardian.44758 line 16 suggested `不到一` (the unit 年 cut off): the figure 一 is read
    without its unit of time, and the suggestion put the bound word before the bare figure."""
    src = "Kubiš resigned three weeks before the elections after less than a year in the post."
    tgt = "库比什在选举前三周就辞职。在岗一年。"
    found = [f for f in findings(src, tgt) if f.code == "TQA209"]
    assert [f.suggestion for f in found] == ["不到一年"]
    assert "gives 一年 with no bound" in found[0].message


def test_the_summary_json_gives_the_repairs_as_audit_fix_counts_them(tmp_path: Path) -> None:
    """The JSON summary had `repairable` (findings) but no field for the repairs that the text summary's line and
    `audit --fix` count (newcomer 49 item 3: 55 findings, 57 repairs): `repairs`, schema transqa.audit-summary/3."""
    import jsonschema

    two = tmp_path / "two.zh.md"
    two.write_text("# Mail.ru 的新闻\n\nMail.ru 很好。Mail.ru 很大。mail . ru 的用户和 mail . ru 的员工。\n", encoding="utf-8")
    d = audit_summary(two).as_dict()
    assert (d["repairable"], d["repairs"], d["schema"]) == (1, 2, "transqa.audit-summary/3")
    jsonschema.validate(d, json.loads((ROOT / "docs" / "audit-summary.schema.json").read_text(encoding="utf-8")))


def _no_dns(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """socket.getaddrinfo failing as it does with no network (EAI_NONAME), each name asked for recorded: no real lookup."""
    asked: list[str] = []

    def fail(host: str, *args: object, **kwargs: object) -> object:
        asked.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    return asked


def test_a_name_that_does_not_resolve_is_said_in_words_and_tried_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--fetch-source` with no network said `network: https://web.archive.org/cdx/search/cdx?url=https%3A%2F…: Name or
    service not known` after 4 tries and 1 + 2 + 4 s of backoff (9.7 s; newcomer 49 item 1): one try, the server named."""
    from transqa.load.wayback import FetchConfig, Fetcher, FetchError

    asked = _no_dns(monkeypatch)
    with pytest.raises(FetchError) as exc:
        Fetcher(FetchConfig(cache_dir=str(tmp_path / "c"), retries=3, rate=0)).fetch("https://techcrunch.com/2011/11/17/yelp/")
    assert asked == ["web.archive.org"]
    assert (exc.value.kind, exc.value.message) == (
        "unreachable", "the Wayback Machine (web.archive.org) could not be reached: name resolution failed (no network, or no DNS)")


def test_check_says_once_what_to_do_when_the_wayback_machine_cannot_be_reached(
        chip_translation: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The notice says what happened and what to do; the report's header says why, without the advice nor a URL (the
    reason was printed twice, the CDX query URL in both)."""
    from transqa.cli import main

    _no_dns(monkeypatch)
    report = tmp_path / "report.txt"
    main(["check", str(chip_translation), "--fetch-source", "--wayback-endpoint", "http://archive.invalid",
          "--cache-dir", str(tmp_path / "c"), "-o", str(report)])
    err = capsys.readouterr().err
    notice = next(x for x in err.splitlines() if "could not be fetched" in x)
    assert notice == ("transqa: notice: the original could not be fetched: the Wayback endpoint (archive.invalid) could not be "
                      "reached: name resolution failed (no network, or no DNS); checking the translation alone. Without a network, "
                      "give the saved original as SOURCE (transqa check SOURCE TARGET) or add --offline to read only the cache.")
    header = " ".join(report.read_text(encoding="utf-8").split())
    assert ("--fetch-source: the Wayback endpoint (archive.invalid) could not be reached: name resolution failed (no network, "
            "or no DNS); the translation was checked alone.") in header
    assert "--offline" not in header and "cdx" not in header + err
