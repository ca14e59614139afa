"""Release 29's reviewers' leftovers (branch r29-fixb): a finding's source place is the copy its rule judged, not the
first copy of the text (#1); a flood of one rule's findings in a paragraph is a few findings and their count (#3)."""

from __future__ import annotations

import pytest
from tests.helpers import findings

from transqa.context import PER_PARAGRAPH

# ---------------------------------------------------------------------- 1. the copy the rule judged


def test_a_garbled_name_points_at_the_copy_of_its_sentence_in_the_original() -> None:
    # the English writes Paytm twice in the paragraph; the translation garbles the second: the source place was the
    # first copy (str.find), column 1
    en = "# Report\n\nPaytm said it grew. Later, Paytm raised money.\n"
    zh = "# 报道\n\nPaytm 表示其增长了。后来，pay TM 筹集了资金。\n"
    [f] = [f for f in findings(en, zh) if f.code == "TQA301"]
    assert f.target is not None and f.target.text == "pay TM"
    assert f.source is not None and (f.source.line, f.source.column, f.source.text) == (3, 28, "Paytm")


def test_english_kept_points_at_the_copy_of_its_sentence_in_the_original() -> None:
    en = ("# Report\n\nPrices rose sharply in May, the company said on Monday. Costs also rose sharply in June, "
          "it added.\n")
    zh = "# 报道\n\n该公司周一表示，五月份价格大幅上涨。它补充说，六月份成本也 rose sharply。\n"
    [f] = [f for f in findings(en, zh) if f.code == "TQA401"]
    assert f.source is not None and (f.source.column, f.source.text) == (68, "rose sharply")


def test_an_upper_case_run_kept_points_at_the_copy_of_its_sentence() -> None:
    en = ("# Report\n\nThe firm makes HANDMADE LEATHER BAGS in Italy. Its rivals in France also sell HANDMADE LEATHER "
          "BAGS online.\n")
    zh = "# 报道\n\n该公司在意大利生产手工皮包。它在法国的竞争对手也在网上销售HANDMADE LEATHER BAGS。\n"
    [f] = [f for f in findings(en, zh) if f.code == "TQA401"]
    assert f.source is not None and f.source.column == 79


def test_a_text_written_once_keeps_its_one_place() -> None:
    en = "# Report\n\nPrices rose sharply in May, the company said on Monday.\n"
    zh = "# 报道\n\n该公司周一表示，五月份价格 rose sharply。\n"
    [f] = [f for f in findings(en, zh) if f.code == "TQA401"]
    assert f.source is not None and f.source.column == 8


# ---------------------------------------------------------------------- 3. floods bounded per paragraph

FLOODS = {
    "TQA510": ("公司，，", "doubled punctuation marks"),
    "TQA106": ("公司[。](https://example.com/x)", "link anchors that start or end with punctuation"),
    "TQA505": ("公司【youtube=http://www.youtube.com/watch?v=xW5abat5NEU】", "embed codes or players"),
    "TQA207": ("融资 1 . 5 亿美元，", "broken numbers"),
    "TQA303": ("据彭博 T2 报道，", "stray tokens"),
}


@pytest.mark.parametrize("code", sorted(FLOODS))
def test_a_paragraph_flooded_with_one_rule_is_a_few_findings_and_their_count(code: str) -> None:
    # 400 occurrences in one paragraph were 400 findings (64,000 doubled commas: 64,000 findings)
    unit, what = FLOODS[code]
    got = [f for f in findings(None, "# 报道\n\n" + unit * 400 + "表示。\n\n" + unit + "表示。\n") if f.code == code]
    assert len(got) == PER_PARAGRAPH + 2  # the first paragraph's few and their count, the second paragraph's one
    counted = [f for f in got if " more " in f.message]
    assert len(counted) == 1 and counted[0].message.startswith(f"{400 - PER_PARAGRAPH} more {what}")
    assert counted[0].target is not None and counted[0].target.line == 3 and not counted[0].repairs
    assert len(counted[0].target.text) <= len(unit)  # at the first one not listed, not the rest of the paragraph


@pytest.mark.parametrize("code", [*sorted(FLOODS), "TQA503", "TQA508"])
def test_a_few_of_one_rule_in_a_paragraph_are_each_a_finding(code: str) -> None:
    # one past the limit is listed too, not counted as `1 more`; the archive's paragraphs hold at most 6 (PER_PARAGRAPH)
    unit = {"TQA503": "（公司", "TQA508": "公\u200b司"}.get(code) or FLOODS[code][0]
    got = [f for f in findings(None, "# 报道\n\n" + unit * (PER_PARAGRAPH + 1) + "表示。\n") if f.code == code]
    assert len(got) == PER_PARAGRAPH + 1 and not any(" more " in f.message for f in got)


def test_the_archives_most_of_one_rule_in_a_paragraph_are_all_listed() -> None:
    # six broken figures of one paragraph (archive, social-gaming-network-papayamobile-hits-25m-users), each repaired
    zh = "# 报道\n\n" + "、".join(["10，000", "50，000", "5，000", "10，000", "1，000", "5，000"]) + " 名用户。\n"
    got = [f for f in findings(None, zh) if f.code == "TQA207"]
    assert len(got) == 6 and not any(" more " in f.message for f in got) and all(f.repairs for f in got)


def test_the_brackets_count_stands_at_the_first_one_not_listed() -> None:
    # release 28's count spanned the rest of the paragraph (its text 2,000 brackets long); now one place, as the others
    got = [f for f in findings(None, "# 报道\n\n" + "（公司" * 400 + "表示。\n") if f.code == "TQA503"]
    assert got[-1].message.startswith(f"{400 - PER_PARAGRAPH} more brackets are never closed")
    assert got[-1].target is not None and got[-1].target.text == "（"


# ---------------------------------------------------------------------- 2. a rendering quoted from whole words


def test_a_dropped_links_rendering_is_quoted_from_whole_words() -> None:
    # `five-minute interview` → `精彩的五分钟采访`: the renderings of minute and interview start inside 五分钟, and the
    # finding quoted `分钟采访`
    en = ("# Report\n\nThe Huffington Post has [come across this fascinating five-minute interview]"
          "(http://huffingtonpost.com/x) with him.\n")
    zh = "# 报道\n\n《赫芬顿邮报》看到了这段精彩的五分钟采访。\n"
    [f] = [f for f in findings(en, zh) if f.code == "TQA101"]
    assert f.target is not None and f.target.text == "五分钟采访"


def test_word_bounds_widen_a_cut_word_and_keep_whole_ones() -> None:
    from transqa.lang.chinese import word_bounds as _word_bounds

    text = "这家初创公司迄今已渗透到 800 所学校。"
    assert _word_bounds(text, 9, 20) == (9, 20)  # 渗透到 800 所学校: nothing cut
    assert _word_bounds(text, 5, 8) == (4, 8)  # 司迄今 → 公司迄今: 公司 was cut


def test_a_repeated_phrase_stands_at_its_loop_not_its_first_use() -> None:
    # the same pattern in another rule: TQA009's place was the phrase's first use (str.find), inside another clause
    en = "# R\n\nThe food was good, and we had fun with the team at the new office in town.\n"
    zh = ("# 报道\n\n需要重新评估的食物很好，我们在镇上的新办公室和团队玩得很开心，需要重新评估，需要重新评估，需要重新评估，"
          "需要重新评估。\n")
    [f] = [f for f in findings(en, zh) if f.code == "TQA009"]
    assert f.target is not None and f.target.column == 32 and f.target.text.startswith("需要重新评估，需要")


def test_an_emphasis_spread_stands_at_its_own_copy_of_the_words() -> None:
    # TQA509 placed the emphasised stretch at the first copy of its first six characters (str.find), here a sentence
    # before the emphasis
    en = "# R\n\nHe had <em>just</em> turned 21, and his co-founder was also doing keg stands at the party that night.\n"
    zh = "# 报道\n\n刚满 21 岁的人很多。他*刚满 21 岁，他的联合创始人也在那天晚上的聚会上做小桶倒立。*\n"
    [f] = [f for f in findings(en, zh) if f.code == "TQA509"]
    assert f.target is not None and f.target.column == 15 and f.target.text.startswith("刚满 21 岁，")


# ---------------------------------------------------------------------- 4. a whole added sentence of 22 Han characters


def test_an_added_last_sentence_of_22_han_characters_is_reported() -> None:
    # the English's `despite the difficult economic climate` is not found rendered (lang.addedsentence's gap test), so
    # only the last-sentence test can take it, and its cap was 20 Han characters
    en = ("# R\n\nThe company said its quarterly revenue grew strongly despite the difficult economic climate in "
          "Europe.\n")
    zh = "# 报道\n\n该公司表示，其在欧洲的季度收入增长强劲。以下是一些建议：设定切实可行的目标并与同行交流。\n"
    [f] = [f for f in findings(en, zh) if f.code == "TQA010"]
    assert f.target is not None and f.target.text == "以下是一些建议：设定切实可行的目标并与同行交流。"
