"""TQA208's suggestion: the opposite of the direction word the translation used, or none (a generic
"增长/增加/盈利" offered a profit for a share price that rose)."""

import pytest
from tests.helpers import fails

from transqa.quantities.direction import ZH_OPPOSITE


@pytest.mark.parametrize(
    ("en", "zh", "suggestion"),
    [
        ("Kestrel shares rose 3.5% in early trading.", "Kestrel 股价在早盘交易中下跌 3.5%。", "上涨 (not 下跌)"),
        ("The firm lost $5 million.", "该公司盈利 500 万美元。", "亏损 (not 盈利)"),
        ("Sales fell 12% last year.", "去年销售额增长 12%。", "下降 (not 增长)"),
        ("Sales fell 12% last year.", "去年销售额飙升 12%。", None),  # no entry: better no suggestion than a wrong one
        # a level reached by a move: the move's word swapped
        ("Unemployment fell to 5%.", "失业率升至 5%。", "降 (not 升)"),
        ("The rate was lowered from 5% to 4%.", "利率从 5% 上调至 4%。", "下调 (not 上调)"),
    ],
)
def test_flipped_direction_suggests_the_opposite_word(en: str, zh: str, suggestion: str | None) -> None:
    f = fails("TQA208", en, zh)
    assert f.suggestion == suggestion


def test_opposites_point_the_other_way() -> None:
    from transqa.quantities.direction import _ZH_PAT

    for word, other in ZH_OPPOSITE.items():
        a, b = _ZH_PAT.fullmatch(word), _ZH_PAT.fullmatch(other)
        if a and b:
            assert bool(a.group("up")) != bool(b.group("up")), (word, other)
