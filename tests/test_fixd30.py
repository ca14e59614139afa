"""Release thirty's paths a hostile tester found quadratic or worse (hostile30 #1-#5), linear again: each is compared at
1x and 4x the input (CPU time, tests/helpers.grows_linearly), never wall-clock timed; and the minor items of #6."""

from __future__ import annotations

from tests.helpers import findings, grows_linearly

from transqa.quantities.core import Quantity
from transqa.quantities.periods import chinese_time_relation


def test_time_relation_after_a_run_of_spaces_is_linear() -> None:
    """HOSTILE30 #1: `\\s*(?:多)?\\s*个?\\s*(?:多)?\\s*` before the unit split a run of spaces with no unit behind it every
    way among the four `\\s*` (O(n⁴): 400 spaces 16 s); `\\s*(?:多|半)?\\s*` after it was quadratic. At n=60 the old code
    is ~250x from n to 4n (0.5 s at 4n); each optional character carrying its own spaces makes it ~4x."""
    def work(n: int) -> list[tuple[str, int] | None]:
        return [chinese_time_relation(f"成立于 5{' ' * n}x 年后", Quantity("count", 5, 4, 5, "5")),
                chinese_time_relation(f"成立于 5 年{'　' * n}x 后", Quantity("count", 5, 4, 5, "5"))]

    assert grows_linearly(work, 60) == [None, None]


def test_time_relation_still_read_with_spaces_and_counters() -> None:
    """The same texts match the same way: spaces between figure, 多, 个, unit, 多/半 and the relation word."""
    q = Quantity("count", 5, 0, 1, "5")
    assert chinese_time_relation("5 多 个 多 月 半 之后，", q) == ("after", 14)
    assert chinese_time_relation("5个多月前", q) == ("before", 5)
    assert chinese_time_relation("5 年 前景", q) is None
    fs = [f for f in findings("The company was founded 5 years ago in Berlin.\n", "该公司成立于 5  年后，总部在柏林。\n") if f.code == "TQA206"]
    assert fs, "the flipped relation is still reported"
