"""quantities.starts: a pattern compiled with its first characters as a prefilter matches exactly what the
plain pattern matches (same places, same groups), on hostile and real text."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from transqa.quantities import chinese, english
from transqa.quantities.core import Pattern
from transqa.quantities.starts import prefiltered

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wmt"
ROWS: list[Pattern] = [*english.PATTERNS, *chinese.PATTERNS]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None], tuple[str | None, ...]]]:
    return [(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)]


def _hostile() -> list[str]:
    """Random runs over the characters the rows start and end on, the letters IGNORECASE matches with an ASCII one
    (`İ ı ſ K`), the mask character and both kinds of space, glued without separators."""
    rng = random.Random(21)
    alphabet = ("0123456789 .,%％年月日号万亿千百十一二三四五六七八九零两第首倍成分之半时点：:$€£¥￥USDNo№GxX×/·@#[]-–"
                "上几好数周星期礼拜\x01\u3000\u00a0\u202fİıſKkKsSmM'’ ")
    words = ["million", "MILLION", "ſeven", "fİrst", "thIrd", "twice", "Several times", "a quarter past", "Jan.", "pm",
             "per cent", "bps", "No.", "the '90s", "Catch-22", "US$", "HK$", "km/h", "dozen", "年代", "百分之", "星期"]
    out = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(1500)]
    out += [" ".join(rng.choice(words + [str(rng.randrange(10**6))]) for _ in range(8)) for _ in range(500)]
    return out


def _real() -> list[str]:
    out = ["January 5, 2024", "three quarters of the 1990s", "No. 7 and model X5", "Mon 3:30 pm", "$5 to $7 million",
           "2024年3月5日，营收增长了百分之十二", "[site 7](https://example.com/7) [site 8](https://example.com/8)"]
    if SHARED.exists():
        for p in sorted(SHARED.rglob("*"))[:40]:
            if p.is_file() and p.suffix in (".txt", ".md", ".tsv", ".en", ".zh"):
                out += [line for line in p.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()][:60]
    return out


@pytest.mark.parametrize("source", ["hostile", "real"])
def test_every_row_prefiltered_matches_as_the_plain_row(source: str) -> None:
    texts = _hostile() if source == "hostile" else _real()
    # whole texts one by one (their starts and ends) and glued into long ones (positions deep inside a text)
    glued = ["".join(texts[i : i + 100]) for i in range(0, len(texts), 100)]
    works = [w for text in texts[:200] + glued for w in (text, chinese.to_halfwidth(chinese.to_simplified(text)).replace("\u3000", " "))]
    for row in ROWS:
        fast = prefiltered(row.regex)
        for work in works:
            assert _matches(fast, work) == _matches(row.regex, work), (row.name, work[:80])


def test_the_rows_that_open_on_a_lookbehind_or_boundary_get_a_prefilter() -> None:
    """The analysis reads nearly every row (a row it cannot read runs as before, but would be slow on long texts)."""
    fast = [row.name for row in ROWS if prefiltered(row.regex) is not row.regex]
    assert len(fast) >= 75, len(fast)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?<![\w.,])\d+", 0), (r"\b(?:first|second)\b", re.IGNORECASE), (r"(?<!\d)(?:k|s|i)\w", re.IGNORECASE),
    (r"(?<=\bthe )(?:'|’)?(?P<d>[1-9]0)s\b", 0), (r"(?P<a>时速\s?)?(?<![A-Za-z])(?P<n>\d+)", 0),
])
def test_a_prefiltered_pattern_keeps_its_matches_and_groups(pattern: str, flags: int) -> None:
    plain = re.compile(pattern, flags)
    fast = prefiltered(plain)
    assert fast is not plain and fast.groupindex == plain.groupindex and fast.groups == plain.groups
    text = "the 90s, FIRST and ſecond: K9 İx 12 时速 40 x7 KELVIN Sixty 300"
    assert _matches(fast, text) == _matches(plain, text)
    assert [m.span() for m in fast.finditer(text, 5)] == [m.span() for m in plain.finditer(text, 5)]


@pytest.mark.parametrize("pattern", [r"a?b?", r"(?!\d)x*", r".x", r"[^\d]y", r"(a)\1", r"\bMay\b|", r"(?i)éclair", r"\d*.", r"Mr?"])
def test_no_prefilter_where_a_match_can_start_anywhere_or_already_has_one(pattern: str) -> None:
    plain = re.compile(pattern)
    assert prefiltered(plain) is plain
