"""Release 49's newcomer's report, mended (helper newmend): one cheap test per item."""

from __future__ import annotations

import json
from pathlib import Path

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
