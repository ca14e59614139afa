"""Release 42 review (fixrev): data units read one way in English and Chinese (core.DATA_LATIN), and the units the
Chinese contradicts by itself (TQA218) in bits as in bytes. Short examples written for these tests."""

from __future__ import annotations

import pytest

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown
from transqa.load.text import parse_text
from transqa.quantities import chinese_quantities, english_quantities


def _found(zh: str, code: str, en: str | None = None) -> list[str]:
    source = parse_text("a.en", en + "\n") if en is not None else None
    target = parse_text("a.zh", zh + "\n") if en is not None else parse_markdown("a.zh.md", zh)
    result = check_documents(source, target, Settings(select=(code,)))
    return [f.target.text for f in result.findings if f.code == code and f.target is not None]


def test_a_bare_lower_case_kb_is_not_read_as_kilobits() -> None:
    assert [q.unit for q in english_quantities("It ran in only 64kb of memory.")] == [None]
    assert all(q.unit is None for q in chinese_quantities("它只用了 64kb 内存。"))
    for zh in ("它只用了 64KB 内存。", "它只用了 64 千字节内存。"):
        assert _found(zh, "TQA205", "It ran in only 64kb of memory.") == [], zh
    assert _found("它只用了 64kb 内存。", "TQA205", "It ran in only 64KB of memory.") == []


def test_kilobits_spelt_out_or_per_second_stay_bits() -> None:
    got = [(q.value, q.unit) for q in english_quantities("56 kbps, 128 kbit/s, 64 kb/s, 8 Kb, 3 kilobytes, 2 Megabits")]
    assert got == [(56.0, "Kb"), (128.0, "Kb"), (64.0, "Kb"), (8.0, "Kb"), (3.0, "KB"), (2.0, "Mb")]
    assert [(q.value, q.unit) for q in chinese_quantities("56 kbps，64 kB，8 Kb")] == [(56.0, "Kb"), (64.0, "KB"), (8.0, "Kb")]
    assert _found("调制解调器的速度为每秒 56 千字节。", "TQA205", "The modem ran at 56 kbps.") == ["56 千字节"]


def test_two_rates_in_bits_said_equal_but_eight_times_apart() -> None:
    assert _found("# 标题\n\n这相当于每秒 50 兆位，或者说每秒 400 兆位。\n", "TQA218") == ["400 兆位"]
    assert _found("# 标题\n\n这相当于 5 千兆位，也就是 40 千兆位。\n", "TQA218") == ["40 千兆位"]
    # bits and bytes eight times apart are a conversion; two units of one family with other prefixes are not compared
    assert _found("# 标题\n\n这相当于每秒 50 兆字节，或者说每秒 400 兆位。\n", "TQA218") == []
    assert _found("# 标题\n\n这相当于每秒 1 千兆位，或者说每秒 8 兆位。\n", "TQA218") == []


def test_an_investors_name_words_are_name_words_for_every_name_rule() -> None:
    from transqa.lang.lexicon import lexicon, name_renderings, name_word_glosses

    if lexicon() is None:  # the dictionary is optional: without it name_renderings gives nothing
        pytest.skip("no dictionary")
    assert {"风险投资", "风投"} <= set(name_renderings("ventures"))
    assert "合伙人公司" in name_renderings("partners")
    assert name_word_glosses("风投") == ("ventures", "venture")
