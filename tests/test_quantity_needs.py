"""quantities.needs: a row skipped for a text is a row that could not have matched it."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from transqa.quantities import chinese, english
from transqa.quantities.core import Pattern, extract
from transqa.quantities.needs import (
    CASE_TO_ASCII,
    has_digit,
    lowered,
    may_match,
    may_match_words,
    needs,
    needs_words,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wmt"


@pytest.mark.parametrize(("pattern", "flags", "want"), [
    (r"(?P<y>\d{4})\s?年", 0, (frozenset("年"), False)),
    (r"百分之(?P<n>\d+)", 0, (frozenset("百"), False)),
    (r"\d+\s?(?:%|％)", 0, (frozenset("%％"), False)),
    (r"(?<![\d.])\d+", 0, (frozenset(), True)),
    (r"(?=[XVI])X{0,3}", 0, (frozenset("IVX"), False)),
    (r"[^a]b", 0, (frozenset("b"), False)),
])
def test_what_a_pattern_needs(pattern: str, flags: int, want: object) -> None:
    assert needs(re.compile(pattern, flags)) == want


@pytest.mark.parametrize("pattern", [r"a?b?", r"(?!\d)x*", r".", r"[^\d]", r"\w+", r"(?i)k", r"[\u4e00-\u9fff]", r"(a)\1", r"\bMay\b|"])
def test_nothing_is_claimed_where_a_match_needs_nothing_the_analysis_reads(pattern: str) -> None:
    n = needs(re.compile(pattern))
    assert n is None or pattern == r"(a)\1" and n == (frozenset("a"), False)


def _texts() -> list[str]:
    rng = random.Random(7)
    alphabet = "0123456789 .,%％年月日号万亿千百十一二三四五六七八九零两第首倍成分之半时点：:$€£¥￥USDNo№GxX×/·@#[]-–年代周星期礼拜差次回度趟遍上几好数"
    out = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 16))) for _ in range(4000)]
    out += ["January 5, 2024", "three quarters of the 1990s", "about half", "No. 7 and model X5", "2G and 5G", "Mon 3:30 pm"]
    if SHARED.exists():
        for p in sorted(SHARED.rglob("*"))[:40]:
            if p.is_file() and p.suffix in (".txt", ".md", ".tsv", ".en", ".zh"):
                out += [line for line in p.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()][:300]
    return out


def _works(texts: list[str]) -> list[str]:
    """Each text and its half-width simplified form, each distinct string once, in first-seen order: whether a row
    skipped for a string matches it depends on the string alone, so a repeat only searched it again (the WMT lines and
    random strings that have no full-width or traditional character are their own normal form: 20,750 → 13,263)."""
    return list(dict.fromkeys(w for text in texts
                              for w in (text, chinese.to_halfwidth(chinese.to_simplified(text)).replace("\u3000", " "))))


SAMPLE = 4


def _sample(rows: list[Pattern], j: int) -> list[Pattern]:
    """The rows the j-th string is searched with: one in SAMPLE, every row with every SAMPLE-th string and every string
    with every SAMPLE-th row (rows i with (i + j) % SAMPLE == 0). The whole product was 928,332 skipped searches
    (14 CPU s for the two tests); this quarter still fails on each mutant of `needs` that the whole did (a repeat of
    none read as needing its body: 1,594 of 6,469 pairs, all 7 rows; an alternation read as its first branch: 528 of
    2,087, 24 of 28 rows; a negative lookaround read as positive: 17 of 54, both rows; a digit class claiming no digit:
    5 of 25, both rows; in the word test 99 of 360 and 267 of 1,031 pairs, /tmp/suiteF-brk/qn_mutants.py)."""
    return rows[(SAMPLE - j % SAMPLE) % SAMPLE :: SAMPLE]


def test_a_skipped_row_never_matches_the_text() -> None:
    rows: list[Pattern] = [*english.PATTERNS, *chinese.PATTERNS]
    skipped = 0
    for j, work in enumerate(_works(_texts())):
        present, digit = frozenset(work), has_digit(work)
        for row in _sample(rows, j):
            if not may_match(needs(row.regex), present, digit):
                skipped += 1
                assert row.regex.search(work) is None, (row.name, work)
    assert skipped > 10_000


def test_extract_with_skipping_equals_every_row_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    import transqa.quantities.core as core

    texts = _texts()[::5]
    fast = [extract(english.PATTERNS, t, t) for t in texts]
    rows = core._analysed(english.PATTERNS)
    # every row tried: no row's needs (core.extract tests them inline since 80237ee6, no longer via may_match)
    monkeypatch.setattr(core, "_analysed", lambda table: [(row, None, None) for row, _need, _words in rows])
    assert fast == [extract(english.PATTERNS, t, t) for t in texts]


@pytest.mark.parametrize(("pattern", "flags", "want"), [
    (r"\b(?:doubled|tripled)\b", re.IGNORECASE, (frozenset({"doubled", "tripled"}), True)),
    (r"\bCatch[-\s]22\b", 0, (frozenset({"Catch"}), False)),
    (r"(?P<n>\d+)\s(?P<per>decades|centuries)\b", re.IGNORECASE, (frozenset({"decades", "centuries"}), True)),
    (r"\d+(?i:\s*Million)", 0, (frozenset({"million"}), True)),
    (r"百分之(?P<n>\d+)", 0, (frozenset({"百分之"}), False)),
])
def test_the_words_a_pattern_needs(pattern: str, flags: int, want: object) -> None:
    assert needs_words(re.compile(pattern, flags)) == want


@pytest.mark.parametrize("pattern", [r"ab?", r"(?:year|mo)s", r"(?!year)\w+", r"(?:years)?\d", r"\w+|years", r"(?i)σοφία"])
def test_no_word_is_claimed_where_a_match_needs_none(pattern: str) -> None:
    assert needs_words(re.compile(pattern)) is None


def test_the_letters_caseless_matching_takes_for_ascii_ones() -> None:
    """Every character outside ASCII that IGNORECASE matches with an ASCII letter is in CASE_TO_ASCII (a text
    holding one is never skipped by a caseless word), and every other's lower case keeps ASCII letters apart."""
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000 and letter.match(chr(c))}
    assert found <= CASE_TO_ASCII


def test_a_row_skipped_for_its_words_never_matches_the_text() -> None:
    rows: list[Pattern] = [*english.PATTERNS, *chinese.PATTERNS]
    chosen = ["twice as many", "fİrst", "the ſecond time", "THREE DECADES", "Catch-22", "百分之五"]
    skipped = 0
    for j, work in enumerate(_works([*_texts(), *chosen])):
        low = lowered(work)
        for row in rows if work in chosen else _sample(rows, j):
            if not may_match_words(needs_words(row.regex), work, low):
                skipped += 1
                assert row.regex.search(work) is None, (row.name, work)
    assert skipped > 10_000
