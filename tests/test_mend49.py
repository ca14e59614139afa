"""Release 49, issue 19's items left from release 48 (mend19): fetch failures under -q, …"""

from __future__ import annotations

from pathlib import Path

from tests.wayback_server import Wayback

from transqa.cli import main


def test_fetch_source_that_fails_is_said_under_quiet_and_in_the_report(chip_translation: Path, tmp_path: Path,
                                                                        capsys) -> None:  # noqa: ANN001
    """`check --fetch-source -q` whose original cannot be had (the stand-in on 127.0.0.1 has no capture) says so in one
    line and checks the translation alone (mend19 item 5: it exited 0 with no word); without -q the text report no
    longer advises `add --fetch-source`, the option given, but says why the original is missing."""
    with Wayback() as wb:
        args = ["check", str(chip_translation), "--fetch-source", "--wayback-endpoint", wb.endpoint,
                "--cache-dir", str(tmp_path / "c"), "--fetch-timeout", "1", "--no-color"]
        code = main([*args, "-q", "--format", "concise"])
        quiet = capsys.readouterr()
        main(args)
        loud = capsys.readouterr()
    assert code == 0 and "TQA315" in quiet.out
    assert quiet.err.count("\n") == 1 and quiet.err.startswith("transqa: notice: the original could not be fetched (not-archived:")
    assert "add --fetch-source" not in loud.out and "--fetch-source: the original could not be fetched" in loud.out
