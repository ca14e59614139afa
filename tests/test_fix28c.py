"""HOSTILE28's bugs fixed on branch r28-fixc: findings bounded by paragraphs, not characters (#1), a deep folder
tree walked without recursion (#3), suppression directives matched in linear time (#4), TQA901's message in a
stable order (#5), and the year of an article read below the audited folder (#7)."""

from __future__ import annotations

from tests.helpers import findings


def test_a_paragraph_of_unclosed_brackets_is_a_few_findings_and_their_count() -> None:
    # HOSTILE28 #1: 256,000 unclosed brackets in one paragraph were 256,000 TQA503 findings (161 MB of JSON, 1.5 GB)
    from transqa.checks.markup import PER_PARAGRAPH

    got = [f for f in findings(None, "# 报道\n\n" + "（[《「" * 500 + "公司表示。\n") if f.code == "TQA503"]
    assert len(got) == PER_PARAGRAPH + 1
    assert got[-1].message.startswith(f"{2000 - PER_PARAGRAPH} more brackets are never closed in this paragraph")
    strays = [f for f in findings(None, "# 报道\n\n公司表示" + "）" * 300 + "。\n") if f.code == "TQA503"]
    assert len(strays) == PER_PARAGRAPH + 1 and strays[-1].message.startswith(f"{300 - PER_PARAGRAPH} more brackets close")


def test_a_few_unclosed_brackets_are_each_their_own_finding() -> None:
    from transqa.checks.markup import PER_PARAGRAPH

    got = [f for f in findings(None, "# 报道\n\n" + "（公司" * PER_PARAGRAPH + "表示。\n") if f.code == "TQA503"]
    assert len(got) == PER_PARAGRAPH and all("is never closed" in f.message for f in got)


def test_a_paragraph_of_invisible_characters_is_a_few_findings_and_their_count() -> None:
    # HOSTILE28 #1: `公\u200b司` × 4,000 gave 4,000 TQA508 findings
    from transqa.checks.markup import PER_PARAGRAPH

    got = [f for f in findings(None, "# 报道\n\n" + "公\u200b司" * 400 + "表示。\n\n公\u200b司表示。\n") if f.code == "TQA508"]
    assert len(got) == PER_PARAGRAPH + 2  # the first paragraph's few and their count, the second paragraph's one
    assert got[PER_PARAGRAPH].message.startswith(f"{400 - PER_PARAGRAPH} more invisible characters in this paragraph")

