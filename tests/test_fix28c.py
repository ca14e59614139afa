"""HOSTILE28's bugs fixed on branch r28-fixc: findings bounded by paragraphs, not characters (#1), a deep folder
tree walked without recursion (#3), suppression directives matched in linear time (#4), TQA901's message in a
stable order (#5), and the year of an article read below the audited folder (#7)."""

from __future__ import annotations

import os
from pathlib import Path

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


def _deep(root: Path, depth: int) -> Path:
    """`root/top.zh.md`, then `d/` nested `depth` deep holding `x.zh.md` and `x.en.html` (an original by its
    canonical link) at the bottom; the bottom folder."""
    text = "# 报道\n\n彭博 T2 报道，公司收入增长。\n"
    (root / "top.zh.md").write_text(text, encoding="utf-8")
    bottom = root
    for _ in range(depth):
        bottom = bottom / "d"
    bottom.mkdir(parents=True)
    (bottom / "x.zh.md").write_text(text, encoding="utf-8")
    (bottom / "x.html").write_text('<link rel="canonical" href="https://example.com/x">', encoding="utf-8")
    return bottom


def test_a_folder_tree_deeper_than_the_recursion_limit_is_walked(tmp_path: Path) -> None:
    # HOSTILE28 #3: os.walk recurses once per level on Python 3.11: a tree 1,000 deep gave `internal error:
    # RecursionError`, exit 3. A tree 300 deep under a recursion limit 150 frames above this one shows the same (a
    # tree 1,000 deep left in the shared temporary folder would break pytest's own cleanup, which recurses)
    import inspect
    import sys

    from transqa.audit import discover

    bottom = _deep(tmp_path, 300)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 150)
    try:
        jobs = discover.from_folder(str(tmp_path))
        index = discover.originals_by_url(str(tmp_path), None)  # the --originals DIR walk
    finally:
        sys.setrecursionlimit(limit)
    assert {os.path.relpath(j.target, tmp_path) for j in jobs} == {"top.zh.md", os.path.relpath(bottom / "x.zh.md", tmp_path)}
    assert [os.path.normpath(p) for ps in index.values() for p in ps] == [str(bottom / "x.html")]


def test_the_walk_visits_what_os_walk_visits_in_its_order(tmp_path: Path) -> None:
    from transqa.audit.discover import walk

    for d in ("b/c", "a/e", "a/d/f"):
        (tmp_path / d).mkdir(parents=True)
        (tmp_path / d / "n.txt").write_text("x")
    (tmp_path / "a" / "link").symlink_to(tmp_path / "b")
    for follow in (False, True):
        assert list(walk(str(tmp_path), follow)) == list(os.walk(str(tmp_path), followlinks=follow))


def test_a_bad_directive_names_its_good_rules_in_one_order_whatever_the_string_hash(tmp_path: Path) -> None:
    # HOSTILE28 #5: TQA901 joined a frozenset: `TQA207, TQA201, TQA315, TQA303` one run, `TQA315, TQA201, …` the next
    import subprocess
    import sys

    page = tmp_path / "n.zh.md"
    page.write_text("# 报道\n\n<!-- transqa: ignore[TQA303, TQA207, TQA201, TQA315, bogus] 已核实 -->\n彭博 T2 报道，收入 1 . 5 亿。\n",
                    encoding="utf-8")
    code = ("import sys; from transqa.engine import check_paths; "
            "print([f.message for f in check_paths(None, sys.argv[1]).findings if f.code == 'TQA901'])")
    said = {subprocess.run([sys.executable, "-c", code, str(page)], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(said) == 1 and "so none of TQA201, TQA207, TQA303, TQA315 is suppressed" in said.pop()
