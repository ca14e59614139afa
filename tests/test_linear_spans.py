"""Issue 21: findings about one sentence of a paragraph stand on that sentence (its aligned counterpart), not on the
whole paragraph, whose copy in every finding made the JSON report of a long paragraph grow with its square."""

from __future__ import annotations

import pytest

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown

CASES = [
    # TQA204: a figure the translation adds stands against the source sentence it translates
    ("TQA204", "source", "The company opened a new office in Denver. It will hire engineers next year.",
     "该公司在丹佛开设了新办公室。它明年将雇用 40 名工程师。", "It will hire engineers next year."),
    # TQA321: the person left out of the second sentence
    ("TQA321", "target", "The company opened a new office in Denver on Monday. Chief executive Maria Gonzalez said the firm "
     "would hire engineers in the city next year.", "该公司周一在丹佛开设了新办公室。首席执行官表示，公司明年将在该市雇用工程师。",
     "首席执行官表示，公司明年将在该市雇用工程师。"),
    # TQA008: the attribution lost from the second sentence
    ("TQA008", "target", "The company opened a new office in Denver on Monday. The startup raised money, the company said "
     "in a statement.", "该公司周一在丹佛开设了新办公室。这家初创公司筹集了资金。", "这家初创公司筹集了资金。"),
]


@pytest.mark.parametrize(("code", "side", "en", "zh", "place"), CASES, ids=[c[0] for c in CASES])
def test_a_finding_stands_on_its_sentence(code: str, side: str, en: str, zh: str, place: str) -> None:
    result = check_documents(parse_markdown("a.en.md", f"Title\n\n{en}\n"), parse_markdown("a.zh.md", f"标题\n\n{zh}\n"))
    found = [f for f in result.findings if f.code == code]
    assert len(found) == 1
    where = found[0].source if side == "source" else found[0].target
    assert where is not None and where.text == place


def test_a_paragraph_of_one_sentence_is_still_the_whole_place() -> None:
    """Where the sentence is the paragraph, the place is the paragraph, as before."""
    en, zh = "The startup raised money for its Denver office, the company said in a statement.", "这家初创公司为其丹佛办公室筹集了资金。"
    result = check_documents(parse_markdown("a.en.md", f"Title\n\n{en}\n"), parse_markdown("a.zh.md", f"标题\n\n{zh}\n"))
    found = [f for f in result.findings if f.code == "TQA008"]
    assert [f.target.text for f in found if f.target] == [zh]
