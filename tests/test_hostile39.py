"""Hostile inputs against release 39's code: each shape read in time linear in its size (tests.helpers.grows_linearly)."""

from __future__ import annotations

from tests.helpers import grows_linearly


def test_a_paragraph_of_thousands_of_dates_is_not_weighed_pair_by_pair_for_magnitudes() -> None:
    # numbers._magnitudes skipped a date inside its loop over every source figure x every translation figure: a
    # paragraph of dates (`On December 18 it happened,` beside `18月12日，32月45日，`, impossible dates being the
    # release's new TQA207 case) walked all pairs: 3,200 dates against 6,400 figures took 40+ CPU s of numbers.check.
    # Dates are now set aside once on each side; the same findings (none here) in the same order.
    from transqa.checks.numbers import _magnitudes
    from transqa.load import parse_markdown
    from transqa.quantities.chinese import chinese_quantities
    from transqa.quantities.english import english_quantities

    def pairs(n: int) -> tuple[list, list]:
        s = parse_markdown("a.en.md", "x\n").blocks[0]
        t = parse_markdown("a.zh.md", "甲\n").blocks[0]
        return ([(s, q) for q in english_quantities("On December 18 it happened, " * n)],
                [(t, q) for q in chinese_quantities("18月12日，32月45日，" * n)])

    n = 500
    made = {k: pairs(k) for k in (n // 4, n, 4 * n)}
    src, tgt = made[n]
    assert src and all(q.kind == "date" for _, q in src) and len(tgt) >= 2 * n

    def work(k: int) -> list:
        src, tgt = (list(x) for x in made[k])
        return list(_magnitudes(None, src, tgt))  # type: ignore[arg-type]  # no finding: ctx unread

    assert grows_linearly(work, n) == []


def test_findings_of_a_paragraph_of_impossible_dates_are_not_read_against_every_date() -> None:
    # numbers._unsettled read each TQA201/TQA204 against every impossible date's place (`18月12日`, release 39's new
    # TQA207): 3,200 such dates in one paragraph, 30 million comparisons (6 CPU s). Now one bisection each over the
    # places sorted once; a finding beside (not on) a date is kept, one on a date dropped, as before.
    from types import SimpleNamespace as NS

    from transqa.checks.numbers import _Spans, _unsettled

    def work(n: int) -> int:
        found = [NS(code="TQA204", target=NS(offset=10 * i + 5, end_offset=10 * i + 6)) for i in range(n)]
        found.append(NS(code="TQA201", target=NS(offset=1, end_offset=2)))  # on the first date: dropped
        dated = [(10 * i, 10 * i + 3) for i in range(n)]
        return len(list(_unsettled(found, _Spans([]), _Spans(dated))))  # type: ignore[arg-type]

    assert grows_linearly(work, 1_000) == 4_000
