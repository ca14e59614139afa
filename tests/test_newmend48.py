"""Release 47's newcomer (second reading), mended: the JSON summary's whole verdicts, --fix's closing line, broken
Twitter handles (TQA315/TQA401), TQA315 on a linked site's joined words."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT

SAMPLES = ROOT / "corpora" / "samples"


def _summary(*targets: Path):  # type: ignore[no-untyped-def]
    from transqa.audit.discover import Job
    from transqa.audit.summary import Summary
    from transqa.audit.worker import check_job
    from transqa.codec import decode_record

    s = Summary()
    for n, t in enumerate(targets):
        s.add(decode_record(check_job(Job(n, str(t), None))[1]))
    return s


# ---------------------------------------------------------------------- 5. the JSON summary's whole verdicts


def test_the_json_summary_carries_the_whole_unusable_message_and_the_text_cuts_it() -> None:
    # the JSON listed “this file is not the article but a cookie-consent page of…”: a file for programs, cut like a
    # terminal line
    from transqa.audit.summary import render_text

    s = _summary(SAMPLES / "consent-page.zh.md")
    message = s.as_dict()["unusable"][0]["message"]
    assert "…" not in message and len(message) > 80 and message.startswith("this file is not the article")
    line = next(x for x in render_text(s).splitlines() if x.strip().startswith("TQA004 this file"))
    assert line.endswith("…") and len(line.strip()) < len("TQA004 " + message)
