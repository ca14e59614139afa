"""Release 39, a second newcomer's items (mend2)."""

from __future__ import annotations


def test_fix_write_with_nothing_to_repair_says_it_in_one_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`fix --write` run a second time printed "0 repairs; 1 finding remains for review (exit code 1 …)" then
    "nothing to repair: F left as it was": one line says both, and why the exit code is 1."""
    from tests.helpers import run_cli

    target = tmp_path / "f.zh.md"
    target.write_text("# 标题\n\n他说苹果公司（Apple）在2023年2月30日发布了新产品。\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "fix", "--write", "--fail-on", "info", str(target))
    lines = [x for x in err.splitlines() if x.strip()]
    assert code == 1 and len(lines) == 1, err
    assert f"nothing to repair: {target} left as it was; " in lines[0] and "remain" in lines[0]
    assert "exit code 1" in lines[0] and "0 repairs" not in lines[0]


def test_the_text_report_folds_a_bare_address_wider_than_the_line_at_its_parts_not_inside_a_word() -> None:
    """A suggested address wider than the line (TQA104's image of the Zuckerberg pair at 80 columns) was folded at
    the line's last cell (`…2011-08-13-a` ⏎ `t-4-55…`): it is folded after a `/` (or before a `-`), as style guides
    break URLs; Chinese and a long Latin run that is no address fold as before."""
    from transqa.report.wrap import break_offsets

    url = "http://tctechcrunch2011.files.wordpress.com/2011/08/screen-shot-2011-08-13-at-4-55-35-pm.png?w=288"
    text = f"7:1 TQA104 warning image {url} of the source has no counterpart in the translation"
    start = text.index(url)
    for width in range(40, len(url)):
        cuts = [c - start for c in break_offsets(text, width) if start < c < start + len(url)]
        assert cuts, width
        assert all(url[c - 1] in "/?&#" or url[c] in "-._=~%" for c in cuts), (width, [url[c - 3:c + 3] for c in cuts])
    assert break_offsets("中文" * 30, 20) == list(range(10, 60, 10))
    assert break_offsets("x" * 50, 20) == [20, 40]


def test_rule_full_refits_its_paragraphs_to_the_width_keeping_examples_and_items() -> None:
    """`transqa rule TQA207 --full` printed the documentation with its source line breaks (a 285-character line):
    each paragraph is refilled to the width; the words are those of the documentation, in order; a quoted example
    that fits a line is not cut; a line that starts an example (`ZH (archive, …)`) still starts its own line."""
    import re

    from rich.cells import cell_len

    from transqa.registry import rules
    from transqa.report.rulesdoc import rule_text

    for code, r in rules().items():
        for width in (60, 80):
            text = rule_text(r, full=True, width=width)
            body = text.split("\n\n", 2)[2]
            assert body.split() == r.doc.split(), code
            for line in body.splitlines():
                assert cell_len(line) <= width or " " not in line.strip() or "`" in line, (code, width, line)
            assert len(re.split(r"\n[ \t]*\n", body.strip())) == len(re.split(r"\n[ \t]*\n", r.doc.strip())), code
    text = rule_text(rules()["TQA207"], full=True, width=80)
    assert max(cell_len(x) for x in text.splitlines()) <= 80 and "`徘徊在 7 月 9 日左右`" in text
    assert sum(x.startswith("ZH (archive") for x in rule_text(rules()["TQA507"], full=True, width=80).splitlines()) >= 4
