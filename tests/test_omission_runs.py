"""The sentence-aligned unrendered runs of benchmarks/omission_runs.py (issue 18, release 28), on self-written shapes."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.helpers import needs_lexicon

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import omission_runs as om  # noqa: E402


def _words(text: str) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for w in text.split():
        at = text.index(w, at)
        out.append((at, at + len(w), w))
        at += len(w)
    return out


def test_a_run_bracketed_by_rendered_words() -> None:
    en = "alpha beta gamma delta epsilon zeta"
    words = _words(en)
    flags = [True, True, False, False, True, True]
    (run,) = om._sentence_runs(0, en, words, list(range(6)), flags, flags, (0.0, -0.1))
    assert en[run.start:run.end] == "gamma delta"
    assert (run.words, run.before, run.after, run.elsewhere) == (2, 2, 2, False)
    assert run.share == 1.0 and run.sent_ratio == -0.1
    assert om.Setting(sides=2).fires(run) and not om.Setting(sides=3).fires(run)
    assert not om.Setting(sent_ratio=-0.2).fires(run)


def test_a_run_at_the_edge_and_a_lone_word() -> None:
    en = "alpha beta gamma delta epsilon"
    words = _words(en)
    flags = [False, False, True, False, True]  # a run of two at the start, a lone word inside
    (run,) = om._sentence_runs(0, en, words, list(range(5)), flags, flags, (0.0, 0.0))
    assert en[run.start:run.end] == "alpha beta" and run.before == 0
    assert not om.Setting().fires(run)  # not bracketed: nothing before it
    assert om.Setting(sides=0).fires(run)


@needs_lexicon
def test_a_dropped_phrase_in_an_aligned_sentence() -> None:
    en = ("The city council approved the budget. "
          "The mayor thanked the young teachers for their hard work and patience on Friday.")
    line = om.Line("x", "missed", en, "市议会批准了预算。市长周五感谢了年轻教师。", ["for their hard work and patience"])
    (run,) = om._runs(0, line)
    assert en[run.start:run.end] == "hard work and patience" and (run.words, run.before, run.after) == (3, 3, 1)
    assert om._overlaps(line, run)
    whole = "市议会批准了预算。市长周五感谢了年轻教师的辛勤工作和耐心。"
    assert om._runs(0, om.Line("x", "clean", en, whole, [])) == []


@needs_lexicon
def test_room_counts_what_renders_no_english_word() -> None:
    en = ("The city council approved the budget. "
          "The mayor thanked the young teachers for their hard work and patience on Friday.")
    (cut,) = om._runs(0, om.Line("x", "missed", en, "市议会批准了预算。市长周五感谢了年轻教师。", []))
    free = "市议会批准了预算。市长周五感谢了年轻教师，赞扬他们兢兢业业。"  # the phrase rendered freely after a comma
    (kept,) = om._runs(0, om.Line("x", "clean", en, free, []))
    assert 0 <= cut.gap <= 1 and cut.gap == kept.gap  # the neighbours (周五, 教师) stand as close in both
    assert kept.room >= cut.room + 4
