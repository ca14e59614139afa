"""Release 32, archive (issue 19): the Chinese alone."""

from __future__ import annotations

from tests.helpers import findings


def _codes(zh: str) -> list[tuple[str, str | None]]:
    return [(f.code, f.target.text if f.target else None) for f in findings(None, zh) if f.code in ("TQA315", "TQA401", "TQA402")]


def test_a_broken_name_is_reported_as_a_name_not_as_english_to_translate() -> None:
    # archive heldout4, effektif-brings-workflows-to-the-cloud… lines 5 and 11: `[effect if](…)` and `今天的 effect if`
    # for Effektif, written whole in the article's address; TQA315 names it, TQA401/TQA402 said "translate it" too
    zh = ("# Effektif 将工作流程带到云端\n\n> 原文：<https://web.archive.org/web/http://techcrunch.com/2013/10/08/effektif-brings-workflows/>\n\n"
          "[effect if](https://web.archive.org/web/2013/http://www.effektif.com/) 是一家柏林公司。\n\n"
          "这个想法变成了今天的 effect if，这家公司在 2013 年获得了投资。\n")
    assert _codes(zh) == [("TQA315", "effect if"), ("TQA315", "effect if")]


def test_english_around_no_broken_name_is_still_reported() -> None:
    # the same article's English left beside no broken name keeps its TQA401
    zh = ("# Effektif 将工作流程带到云端\n\n> 原文：<https://web.archive.org/web/http://techcrunch.com/2013/10/08/effektif-brings-workflows/>\n\n"
          "这家公司 said the deal will close next year，并开始运营。\n")
    assert ("TQA401", "said the deal will close next year") in _codes(zh)
