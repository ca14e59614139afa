"""Newcomer 28 items fixed on branch r28-fixb: the places of findings on the English side (TQA401, TQA301) and on the
Chinese side (TQA101 at the rendering of a dropped link's anchor, TQA507 at the gap)."""

from __future__ import annotations

from tests.helpers import fails

_QUOTE_EN = ('"We think the warehouse of 2030 will look nothing like the warehouse of today," Vogel said in an interview. '
             '"Most of the work that hurts people\'s backs will be done by machines."\n')
_QUOTE_ZH = ('“我们认为 2030 年的仓库将与今天的仓库完全不同，”沃格尔在接受采访时说。'
             '"Most of the work that hurts people\'s backs will be done by machines."\n')


def test_english_left_in_the_translation_points_at_its_english_sentence() -> None:
    # newcomer 28 item 3b: the EN place was the paragraph's start (11:1), the sentence stands at column 110
    f = fails("TQA401", _QUOTE_EN, _QUOTE_ZH)
    assert f.source is not None
    assert f.source.text == "Most of the work that hurts people's backs will be done by machines"
    assert f.source.column == _QUOTE_EN.index("Most") + 1


def test_english_is_found_as_whole_words_else_the_whole_paragraph_stands() -> None:
    # release 29: run_in/run_or_whole became runs_in and judged_run (which takes the copy the target's sentence renders)
    from transqa.context import Context, judged_run, runs_in
    from transqa.load.markdown import parse_markdown

    doc = parse_markdown("en.md", "Go with it, said \u201cthe team\u201d.\n")
    zh = parse_markdown("zh.md", "正文。\n")
    ctx, at = Context(doc, zh, []), (zh.blocks[0], 0, 2)
    assert judged_run(ctx, doc.blocks, "it", at)[1:] == (8, 10)  # the word, not the `it` of `with`
    assert judged_run(ctx, doc.blocks, '"The team"', at)[1:] == (18, 26)  # any case, any quotation marks, without them
    assert list(runs_in(doc.blocks, "Quick Google")) == []
    assert judged_run(ctx, doc.blocks, "Quick Google", at)[1:] == (0, len(doc.blocks[0].text))


_NAME_EN = """# Kestrel Robotics raises $70 million

Kestrel Robotics, a Berlin startup, said on Tuesday that it has raised $70 million.

Kestrel sells its arms to retailers such as Zalando.

Vogel said the new money will go toward opening an office in Chicago, where the company hopes to win customers.
"""
_NAME_ZH = """# Kestrel Robotics 融资 7000 万美元

Kestrel Robotics 是一家柏林初创公司，该公司周二表示，已融资 7000 万美元。

Kestrel 向 Zalando 等零售商出售机械臂。

沃格尔表示，新资金将用于在芝加哥开设办事处，Kes trel 希望在那里赢得客户。
"""


def test_a_garbled_name_points_at_the_nearest_use_of_the_name_not_the_title() -> None:
    # newcomer 28 item 3c: `Kes trel` pointed at the title (EN 1:3); its paragraph's English says "the company"
    f = fails("TQA301", _NAME_EN, _NAME_ZH)
    assert f.source is not None and f.source.text == "Kestrel"
    assert (f.source.line, f.source.column) == (5, 1)


def test_a_dropped_link_points_at_the_rendering_of_its_anchor() -> None:
    # newcomer 28 item 16: both TQA101 of the Zuckerberg pair pointed at column 1 of their paragraphs
    en = "But at the time, the site had only [penetrated 800](http://example.com/85-percent) colleges.\n"
    zh = "但当时，这个网站只渗透到 800 所学校。\n"
    f = fails("TQA101", en, zh)
    assert f.target is not None and f.target.text == "渗透到 800" and f.target.column == zh.index("渗") + 1


def test_a_dropped_link_whose_anchor_is_not_found_stays_at_the_paragraph() -> None:
    en = "But at the time, the site had only [penetrated 800](http://example.com/85-percent) colleges.\n"
    zh = "但当时，这个网站只进入了几百所学校。\n"
    f = fails("TQA101", en, zh)
    assert f.target is not None and f.target.column == 1 and f.target.text == zh.strip()


def test_a_run_on_stands_at_the_gap_where_the_full_stop_is_missing() -> None:
    # newcomer 28 item 16: TQA507 was placed at `远` (15:24), a character before the missing stop (15:25)
    zh = "这与脸书目前的座右铭“让世界开放和互联”相去甚远但当然，后知之明是 20/20。\n"
    f = fails("TQA507", None, zh)
    assert f.target is not None and f.target.column == zh.index("但当然") + 1 and f.target.text.startswith("但当然")


def _readme() -> str:
    from pathlib import Path

    return (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation but `-` dropped, spaces as `-`."""
    import re

    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_the_pipeline_quick_reference_is_near_the_top_and_its_links_resolve() -> None:
    # newcomer 28 item 18: the one-line answers (gate, formats, baseline, suppressions, hook) in one short table
    import re

    text = _readme()
    start = text.index("**transqa in a pipeline, in short**")
    assert text.index("## Quick start") < start < text.index("\n## Use")  # the pipeline's quick start (release 32)
    table = text[start : text.index("\n\n", text.index("| need |", start))]
    anchors = {_slug(h) for h in re.findall(r"^#+ (.+)$", text, re.MULTILINE)}
    links = re.findall(r"\]\(#([^)]+)\)", table)
    assert len(links) == 5 and all(a in anchors for a in links), [a for a in links if a not in anchors]
    for needed in ("--fail-on", "--exit-zero", "--format json", "--write-baseline", "--baseline", "ignore[", "pre-commit"):
        assert needed in table, needed


def test_a_baseline_is_keyed_by_path_and_the_readme_says_so(tmp_path, capsys) -> None:  # noqa: ANN001
    # newcomer 28 item 11: renaming a file un-hid its findings; said now next to --write-baseline
    import shutil

    from tests.conftest import ROOT
    from tests.helpers import run_cli

    text = " ".join(_readme().split())
    assert "A baseline is keyed by each translation's path" in text
    zh = shutil.copy(ROOT / "corpora" / "samples" / "battery-recall.zh.md", tmp_path / "a.zh.md")
    base = str(tmp_path / "base.json")
    run_cli(capsys, "check", str(zh), "--write-baseline", base)
    assert run_cli(capsys, "check", str(zh), "--baseline", base)[0] == 0
    moved = shutil.move(zh, tmp_path / "b.zh.md")
    assert run_cli(capsys, "check", str(moved), "--baseline", base)[0] == 1
