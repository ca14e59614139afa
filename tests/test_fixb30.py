"""Release 30's users' reports (branch r30-fixb): TQA312's suggestion says where the lost name goes (#1),
TQA001's names its place by line (#2)."""

from __future__ import annotations

import pytest
from tests.helpers import findings

# ---------------------------------------------------------------------- 1. where a lost name goes

EN_TITLE = ["# Apple confirms it has acquired Shazam", "Apple confirms it has acquired Shazam",
            "Apple said on Monday that it has bought the music recognition app Shazam for an undisclosed sum.",
            "Shazam was founded in 1999 and has more than 100 million users, the company said in a statement.",
            "The deal is expected to close next year, the company said."]
ZH_TITLE = ["# 苹果确认已收购 Shazam", "苹果确认已收购 Shazam", "苹果周一表示，已以未披露的金额收购音乐识别应用 Shazam。",
            "该公司在一份声明中表示，Shazam 成立于 1999 年，拥有超过 1 亿用户。", "该公司表示，交易预计明年完成。"]


def _lost_name(line: int, without: str) -> list[tuple[int, str | None]]:
    zh = list(ZH_TITLE)
    zh[line] = zh[line].replace(without, "")
    return [(f.target.line, f.suggestion) for f in findings("\n\n".join(EN_TITLE), "\n\n".join(zh)) if f.code == "TQA312"
            and f.target is not None]


def test_a_name_lost_from_a_repeated_title_says_where_it_goes() -> None:
    # the newcomer's item 7: `→ Shazam` at the line's first character did not say where the name goes
    assert _lost_name(1, " Shazam") == [(3, "write Shazam (as line 1 does) at the end of this line, where the original has it")]


def test_a_name_lost_inside_a_sentence_quotes_the_words_it_ends_in_the_original() -> None:
    assert _lost_name(2, " Shazam") == [(5, "write Shazam (as line 1 does) in this line, where the original has “recognition app Shazam”")]


def test_a_name_lost_from_a_sentence_start_says_so() -> None:
    assert _lost_name(3, "Shazam ") == [(7, "write Shazam (as line 1 does) at the start of this line, where the original has it")]


# ---------------------------------------------------------------------- 2. TQA001's place, by line

EN_FOUR = ["# Solar startup raises money", "Helio Systems, a solar startup based in Austin, said on Tuesday that it had raised $12 million.",
           "The company makes inverters for rooftop panels and sells them to installers across Texas.",
           "The new funds will be used to hire more engineers and open an office in Denver."]
ZH_FOUR = ["# 太阳能初创公司获得融资", "总部位于奥斯汀的太阳能初创公司 Helio Systems 周二表示，已筹集 1200 万美元。",
           "该公司为屋顶太阳能板生产逆变器，并将其销售给德克萨斯州各地的安装商。", "这笔新资金将用于招聘更多工程师，并在丹佛开设办事处。"]


@pytest.mark.parametrize(("dropped", "place"), [
    (2, "between lines 3 and 5 of the translation"),
    (3, "after line 5, at the end of the translation"),
])
def test_an_omitted_paragraph_s_suggestion_names_its_place_by_line(dropped: int, place: str) -> None:
    # newcomer30 item 8: `insert it before this paragraph` stood in a box whose Chinese side is `(no translation)`
    zh = "\n\n".join(z for k, z in enumerate(ZH_FOUR) if k != dropped)
    [f] = [f for f in findings("\n\n".join(EN_FOUR), zh) if f.code == "TQA001"]
    assert f.suggestion == f"translate it and insert it {place}"


def test_an_omitted_first_paragraph_is_placed_before_the_first_line() -> None:
    en = "\n\n".join(["Helio Systems said on Tuesday that it had raised $12 million from investors in Austin.", *EN_FOUR[2:]])
    [f] = [f for f in findings(en, "\n\n".join(ZH_FOUR[2:])) if f.code == "TQA001"]
    assert f.suggestion == "translate it and insert it before line 1, the first of the translation"
