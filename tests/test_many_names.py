"""A page of hundreds of Latin names beside as many Chinese runs (target only): the name checks weigh each (name, run)
pair, so an article of a thousand names must not take the square of its size."""

from __future__ import annotations

import random

import pytest
from tests.helpers import grows_linearly

from transqa.engine import check_documents
from transqa.lang.letters import letter_score, may_reach
from transqa.load.markdown import parse_markdown

_LETTERS = "abcdefghijklmnoprstuvw"
_RUNS = "阿巴卡达埃法加哈伊贾卡拉马纳奥帕基拉萨塔乌瓦克西亚扎尔特斯姆恩德"


def _names_page(n: int) -> str:
    """n sentences `Name 表示，汉字 周二说`, twenty to a paragraph: every Latin name a made-up one, every run of
    transliteration characters another (the shape that took a minute at 400 names)."""
    rnd = random.Random(5)
    said = [f"{rnd.choice('BCDFGKLMNPRST')}{''.join(rnd.choice(_LETTERS) for _ in range(rnd.randint(3, 9)))} 表示，"
            f"{''.join(rnd.choice(_RUNS) for _ in range(rnd.randint(2, 5)))} 周二说" for _ in range(n)]
    return "# 报道标题\n\n" + "\n\n".join("。".join(said[j : j + 20]) + "。" for j in range(0, n, 20)) + "\n"


@pytest.mark.slow
def test_a_page_of_many_names_is_checked_in_linear_time() -> None:
    """200 and 800 names (five CPU seconds): one learned letter alignment per (name, run) pair, a sound score per
    pair of a paragraph scanned against every run of the article and each name's uses counted over every paragraph
    grew sixteenfold (400 names took a minute); a first/last letter bound, the paragraph's own runs and a
    per-article pair budget keep it linear (at 100 names the budget's constant part is too large for the bound)."""

    def work(n: int) -> list[str]:
        return [f.code for f in check_documents(None, parse_markdown("names.zh.md", _names_page(n))).findings]

    assert "TQA999" not in grows_linearly(work, 200)


def test_the_letter_bound_never_refuses_a_pair_the_alignment_accepts() -> None:
    """`may_reach` only spares alignments: every pair scored 0.6 or more passes it (names of the kind it hears and
    made-up ones), and a name whose first letters no character of the run renders is refused."""
    rnd = random.Random(7)
    pairs = [("Gilt", "吉尔特"), ("Suster", "苏斯特"), ("Sethi", "塞提"), ("Walgreens", "沃尔格林斯"), ("Meeker", "米克尔")]
    pairs += [(rnd.choice("BCDGKLMPST") + "".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(2, 8))),
               "".join(rnd.choice(_RUNS) for _ in range(rnd.randint(1, 5)))) for _ in range(3000)]
    for least in (0.3, 0.6, 0.9):
        assert all(may_reach(name, run, least) for name, run in pairs if letter_score(name, run) >= least)
    assert letter_score("Gilt", "吉尔特") >= 0.6 and may_reach("Gilt", "吉尔特", 0.6)
    assert not may_reach("Bcbtvg", "阿巴", 0.6)
