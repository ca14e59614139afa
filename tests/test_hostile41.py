"""Hostile inputs against release 41's new code: each shape read in time linear in its size
(tests.helpers.grows_linearly), with the same findings as before the fix."""

from __future__ import annotations

from typing import Any

import pytest
from tests.helpers import grows_linearly, needs_lexicon

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text


def _findings(zh: str, code: str, en: str | None = None) -> list[tuple[str, str]]:
    source = parse_text("a.en", en) if en is not None else None
    result = check_documents(source, parse_markdown("a.zh.md", zh), Settings(select=(code,)))
    return [(f.code, f.target.text) for f in result.findings if f.target is not None]


def test_many_ad_prices_in_one_paragraph_read_each_sentence_once() -> None:
    # TQA216 (selfcontra._ad_rates) found each price's sentence by reading the paragraph from its start (and searched
    # the sentence for its words again for each price): 8,000 prices in 88 KB took 5 CPU s; old 4n took 15 times n
    def work(n: int) -> list[tuple[str, str]]:
        return _findings("# 标题\n\n" + "广告每分钟 1 美元。" * (n // 2) + "广告每分钟 2 美元，" * (n // 2) + "\n", "TQA216")

    got = grows_linearly(work, 1_500)
    assert got == [("TQA216", "每分钟 1 美元")]  # once per paragraph (release 42)


def test_a_figure_said_per_day_and_as_a_total_many_times_in_one_line_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    # TQA217 (selfcontra._totals_as_rates) asked every total of a figure for every place it is said per day: a paragraph
    # writing the same figure 8,000 times both ways took 1.8 CPU s, 16,000 times 7 s; old 4n took 15 times n. Counted,
    # not timed (grows_linearly at 4,000 and 16,000 cost 3 CPU s): the places' blocks are asked their line through a
    # counting proxy, 4n places at most 5 times as often as n (fixed: 4x; 066bd538's parent, a line per total per place:
    # 5,050 -> 80,200, 16x; fixed 100 -> 400)
    from transqa.checks import selfcontra

    asked = [0]

    class Counted:
        def __init__(self, block: object) -> None:
            self.block = block

        @property
        def line(self) -> int:
            asked[0] += 1
            return int(self.block.line)  # type: ignore[attr-defined]

    real = selfcontra._counted_figures

    def counted(blocks: list[Any]) -> dict[Any, list[Any]]:
        return {k: [(Counted(p[0]), *p[1:]) for p in v] for k, v in real(blocks).items()}

    monkeypatch.setattr(selfcontra, "_counted_figures", counted)

    def work(n: int) -> int:
        asked[0] = 0
        assert _findings("# 标题\n\n" + "总共有 160 亿张照片，每天有 160 亿张照片，" * n + "\n", "TQA217") == []
        return asked[0]  # one line: no other line gives the total

    small, large = work(50), work(200)
    monkeypatch.undo()
    assert small >= 100 and large <= 5 * small, (small, large)
    two_lines = "# 标题\n\n每天有 160 亿张照片。\n\n" + "总共有 160 亿张照片，每天有 160 亿张照片，" * 3 + "\n"
    assert _findings(two_lines, "TQA217")[0] == ("TQA217", "160 亿张照片")


@needs_lexicon
def test_a_long_run_of_name_characters_after_a_title_is_not_split_at_every_length() -> None:
    # TQA324 with the original (undotted.titled_by_source) scored every split of a run of name characters after a
    # title against each full name of the original: n² scores of up to n characters, 4,000 characters 22 CPU s
    # (100 KB: hours); old 4n took 12 times n
    calls = iter("斯科夫特尔克德里拉娜")  # a new run each call: the scores of runs met before are cached (lru_cache)

    def work(n: int) -> list[tuple[str, str]]:
        en = "Kremlin spokesman Dmitry Peskov said " + "and then " * n + "it.\n"  # as long: the paragraphs align
        return _findings("# 标题\n\n克里姆林宫发言人德米特里佩斯科夫" + next(calls) * n + "说。\n", "TQA324", en)

    assert grows_linearly(work, 400) == [("TQA324", "德米特里佩斯科夫")]


def test_many_capitalised_runs_beside_many_links_are_not_checked_against_every_link() -> None:
    # TQA315 (untranslated._capital_runs_hosted) asked every link of the paragraph whether it holds each capitalised run
    # spelling a linked host: 4,000 runs beside 4,000 links took 12 CPU s of a 210 KB paragraph
    def work(n: int) -> list[tuple[str, str]]:
        zh = "# 标题\n\n" + "".join(f"Hyper dev box 和 [KOR water](http://korwater{i}.com) " for i in range(n))
        return _findings(zh + "[x](http://hyperdevbox.com)\n", "TQA315")

    got = grows_linearly(work, 1_000)
    assert got[0] == ("TQA315", "Hyper dev box")


def test_many_half_width_marks_beside_many_code_spans_are_not_checked_against_every_span() -> None:
    # TQA513 (punctuation._half_width) asked every inline code span of the paragraph whether it holds each mark
    # (Block.in_code): 16,000 marks beside 16,000 spans, 112 KB, took 9 CPU s; old 4n took 14 times n
    def work(n: int) -> list[tuple[str, str]]:
        return _findings("# 标题\n\n" + "`x`中文.中" * n + "`a.`中文.\n", "TQA513")

    got = grows_linearly(work, 1_500)
    assert len(got) == 11 and got[0] == ("TQA513", ".")  # the first 10 listed, the rest counted; code's `.` left


def test_many_initials_in_dotted_names_do_not_each_search_the_whole_article() -> None:
    # TQA329 (undotted._written_elsewhere, release 41) ran a regular expression over the whole article for each
    # initial's part to widen: 4,000 initials in one paragraph, 44 KB, took 9.6 CPU s; old 4n took 15 times n
    def work(n: int) -> list[tuple[str, str]]:
        return _findings("# 标题\n\n" + "他说大卫·e·斯通说。" * n + "\n", "TQA329")

    assert len(grows_linearly(work, 500)) == 2_000  # one a name (what each quotes is mend's, unchanged)


def test_many_amounts_beside_many_currency_clashes_are_not_checked_against_every_clash() -> None:
    # TQA212 (numbers._article_currencies) asked every clash of a paragraph (`€400 万英镑`) whether it holds each
    # amount: 12,500 random currency amounts, 100 KB, took 6.6 CPU s of `transqa check`
    def work(n: int) -> list[tuple[str, str]]:
        return _findings("# 标题\n\n" + "€400 万英镑和 300 万美元，" * n + "\n", "TQA212")

    got = grows_linearly(work, 1_500)
    assert len(got) == 6_000 and got[0] == ("TQA212", "€400 万英镑")
