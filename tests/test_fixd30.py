"""Release thirty's paths a hostile tester found quadratic or worse (hostile30 #1-#5), linear again: each is compared at
1x and 4x the input (CPU time, tests/helpers.grows_linearly), never wall-clock timed; and the minor items of #6."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.helpers import (
    checked_alone,
    codes,
    count_grows_linearly,
    fails,
    findings,
    grows_linearly,
    run_cli,
    timed_pair,
)

from transqa.checks import numbers, omission, untranslated
from transqa.checks.transliteration.with_original import _place_in_line
from transqa.context import Context
from transqa.errors import missing_dependency
from transqa.findings import Finding
from transqa.lang import transliterate
from transqa.lang.lexicon import english_vocabulary, renderings
from transqa.load.markdown import parse_markdown
from transqa.memo import pair_scope
from transqa.quantities.core import Quantity
from transqa.quantities.periods import chinese_time_relation
from transqa.report.concise import concise_tail

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"
AGUERO = "Sergio Aguero hurt his knee on Tuesday. It is not thought to be serious."


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




def test_decades_written_as_years_read_the_english_years_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOSTILE30 #4: TQA206's decade-as-year test searched the paragraph's English for each Chinese year that opens one
    of its decades (8,000 years: over 60 s). The English figures read once, as a set (ea635b3d). The work counted at
    25 and 100 years: the characters the number rules hand to a regular expression (numbers.re's functions and
    _EN_WHOLE_FIGURE.findall): fixed 624 -> 2,499 (4.0x), a search per year (ea635b3d's parent) 15,600 -> 249,900
    (16x). The years are still reported. (The CPU time at 400 and 1,600 years this replaces took ~3.7 CPU s.)"""
    import re

    read = [0]

    class Counted:
        """A regular expression (or the re module) whose searches count the characters they are given."""

        def __init__(self, inner: Any) -> None:  # noqa: ANN401
            self.inner = inner

        def __getattr__(self, name: str) -> Any:  # noqa: ANN401
            got = getattr(self.inner, name)
            if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split"):
                return got

            def counted(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
                read[0] += len(args[1] if self.inner is re else args[0])
                return got(*args, **kwargs)
            return counted

    monkeypatch.setattr(numbers, "re", Counted(re))
    monkeypatch.setattr(numbers, "_EN_WHOLE_FIGURE", Counted(numbers._EN_WHOLE_FIGURE))

    def work(n: int) -> tuple[int, list[Finding]]:
        pair = timed_pair("# Sales\n\n" + " ".join(["Sales grew in the 2010s."] * n) + "\n",
                          "# 销售\n\n" + "".join(["销售额在 2010 年增长。"] * n) + "\n")
        read[0] = 0
        got = checked_alone(numbers.check, pair)
        return read[0], got

    (small, _), (large, got) = work(25), work(100)
    count_grows_linearly(small, large, floor=25, what="characters searched at 25 and 100 years")
    assert sum(f.code == "TQA206" and "(a decade)" in f.message for f in got) == 100


def test_names_split_without_the_original_are_searched_for_whole_once_per_name() -> None:
    """HOSTILE30 #2: TQA315's `pay pal` (CC-CEDICT's PayPal broken into words) searched the whole translation for the
    name written whole once per run (8,000 runs: 23 s). At n=1000 the old code is ~10x from n to 4n; decided once
    per name and document, ~4x. The runs are still reported."""
    targets = {n: parse_markdown("a.zh.md", "\\n\\n".join(["用户可以用 pay pal 付款，这家公司说。"] * n) + "\\n") for n in (250, 1000, 4000)}

    def work(n: int) -> list[Finding]:
        with pair_scope():
            return [f for f in untranslated.check(Context(None, targets[n], [])) if f.code == "TQA315"]

    got = grows_linearly(work, 1000)
    assert got[0].suggestion == "PayPal"


def test_a_name_written_whole_elsewhere_leaves_its_split_runs_alone() -> None:
    """Written whole anywhere in the translation (before or after the run), the split name is one name two ways."""
    for zh in ("用户可以用 pay pal 付款。\\n\\n他们也用 PayPal。\\n", "他们也用 PayPal。\\n\\n用户可以用 pay pal 付款。\\n"):
        assert "TQA315" not in codes(None, zh)
    assert "TQA315" in codes(None, "用户可以用 pay pal 付款。\\n\\n他们也用 pay pal。\\n")


def _lost_sentences(n: int) -> Callable[[], Context]:
    """hostile30 #3's pair: one paragraph alternating a translated sentence with a dropped one of distinct words."""
    words = sorted(w for w in english_vocabulary() if renderings(w))[: 2 * n]
    en = " ".join(f"The council approved the budget on Tuesday. Critics said the {words[2 * i]} was {words[2 * i + 1]}."
                  for i in range(n))
    return timed_pair(f"# Budget\n\n{en}\n", "# 预算\n\n" + "市议会周二批准了预算。" * n + "\n")


def test_lost_sentences_read_the_alignment_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOSTILE30 #3: TQA016's test rebuilt the other sentences' words, the whole translation and its renderings for
    each lost sentence (800 lost: 8.6 s); the alignment's words, sizes and renderings are computed once
    (_WholeAlignment, 0d3b2b8e). The work counted at 10 and 40 lost sentences: the characters TQA016 hands to the
    lexicon (omission's content_words, matched and loose_renderer): fixed 2,361 -> 9,453 (4.0x); with _WholeAlignment
    built again for each lost sentence, the old shape, 11,649 -> 170,757 (14.7x). The lost sentences are still
    reported. (The CPU time at 150 and 600 lost sentences this replaces took ~3.7 CPU s.)"""
    read = [0]

    def counted(inner: Callable[..., Any], arg: int) -> Callable[..., Any]:
        def call(*args: Any) -> Any:  # noqa: ANN401
            read[0] += len(args[arg])
            return inner(*args)
        return call

    monkeypatch.setattr(omission, "content_words", counted(omission.content_words, 0))
    monkeypatch.setattr(omission, "matched", counted(omission.matched, 1))
    monkeypatch.setattr(omission, "loose_renderer", counted(omission.loose_renderer, 0))

    def work(n: int) -> tuple[int, list[Finding]]:
        pair = _lost_sentences(n)
        read[0] = 0
        got = checked_alone(omission.check, pair)
        return read[0], got

    (small, _), (large, got) = work(10), work(40)
    count_grows_linearly(small, large, floor=10, what="characters read at 10 and 40 lost sentences")
    assert {f.code for f in got} >= {"TQA003"}, {f.code for f in got}


def test_the_words_before_a_lost_name_are_read_back_from_it() -> None:
    """HOSTILE30 #5: TQA312's suggestion searched text[:start] unanchored for the words before the name, reading to the
    end of a long word from each of its letters when a comma follows it (40,000 letters: 20 s). At n=3000 the old code
    is ~16x from n to 4n (about 1 s at 4n); read backwards from the name, it is linear and reads the same words."""
    def work(n: int) -> str:
        text = f"Apple bought the music recognition {'a' * n}, Shazam for a sum."
        return _place_in_line(text, text.index("Shazam"), text.index("Shazam") + 6)

    assert grows_linearly(work, 3000) == "in this line, where the original has it"
    text = "Apple bought the music recognition app  Shazam for a sum."
    assert _place_in_line(text, 40, 46) == "in this line, where the original has “recognition app Shazam”"
    assert _place_in_line("bought 1a-b’s\u3000Shazam today", 14, 20) == "in this line, where the original has “a-b’s Shazam”"


def test_pypinyin_missing_is_said_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """HOSTILE30 #6a: `_readings` raised a plain ImportError, which errors.missing_dependency read as the wrong version
    of an installed pypinyin; it is not installed at all."""
    monkeypatch.setitem(sys.modules, "pypinyin", None)  # find_spec then finds nothing, as in an environment without it
    with pytest.raises(ImportError) as caught:
        transliterate._readings.__wrapped__()
    line = missing_dependency(caught.value)
    assert line is not None and line.startswith("the Python package pypinyin is not installed"), line


def test_the_originals_name_in_a_concise_line_fakes_no_place() -> None:
    """HOSTILE30 #6b: the original's file name in `(EN path:line:col)` went through line_safe only: a crafted name
    (`x.en.md:9:9: TQA001 [error] fake.en.md`) made the English place ambiguous. It is written as concise_path writes a
    line's own file name."""
    f = fails("TQA016", AGUERO, "塞尔吉奥·阿奎罗周二膝盖受伤。")
    tail = concise_tail(f, "ev/x.en.md:9:9: TQA001 [error] fake.en.md")
    assert tail.startswith(r" (EN ev/x.en.md\x3a9\x3a9\x3a TQA001 [error] fake.en.md:1:"), tail


def test_a_store_that_cannot_be_opened_is_not_named_as_used(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """HOSTILE30 #6c: `--store notes.txt` (not SQLite) printed `result store: notes.txt`, the store the run read and
    wrote, beside the notice that it could not be used. Now only the notice; the file stays as it was."""
    folder = tmp_path / "arch"
    folder.mkdir()
    shutil.copy(SAMPLES / "chip-merger.zh.md", folder / "chip-merger.zh.md")
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n" * 200, encoding="utf-8")
    monkeypatch.setenv("TRANSQA_CACHE_DIR", str(tmp_path / "cache"))
    _code, out, err = run_cli(capsys, "audit", str(folder), "--no-progress", "--isolated", "-j", "1", "-o",
                              str(tmp_path / "r.jsonl"), "--store", str(notes))
    assert "result store: " not in out and "cannot be used" in out + err, (out, err)
    assert notes.read_text(encoding="utf-8") == "my notes, not a database\n" * 200
