"""Release 44 (brief r44/newmend): what a newcomer found running transqa from the README on archive articles."""

from __future__ import annotations

from tests.helpers import findings


# item 4: a directive for a pair rule in a translation checked alone: that rule did not run, so nothing says the
# directive is unused (removing it would bring the finding back when the pair is checked)
def test_a_directive_for_a_rule_that_did_not_run_is_not_reported_unused() -> None:
    zh = "# 标题\n\n<!-- transqa: ignore[TQA101] 原文有此段 -->\n苹果公司今天发布了新手机。\n"
    assert not [f for f in findings(None, zh) if f.code == "TQA900"]
    mixed = "# 标题\n\n<!-- transqa: ignore[TQA101, TQA302] 原文有此段 -->\n苹果公司今天发布了新手机。\n"
    assert not [f for f in findings(None, mixed) if f.code == "TQA900"]  # TQA101 might still hide something in the pair
    ran = "# 标题\n\n<!-- transqa: ignore[TQA302] 原文有此段 -->\n苹果公司今天发布了新手机。\n"
    assert [f.message for f in findings(None, ran) if f.code == "TQA900"] == ["ignore[TQA302] suppresses nothing"]
    # in the pair, TQA101 runs: an ignore that hides nothing there is unused
    en = "# Title\n\nApple released a new phone today.\n"
    assert [f.message for f in findings(en, zh) if f.code == "TQA900"] == ["ignore[TQA101] suppresses nothing"]
