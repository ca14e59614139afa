"""Release 42, issue 16 (numbers helper): data units (bytes and bits) compared with the original (TQA205), and units
the Chinese contradicts by itself (TQA218). Short examples written for these tests, shaped like WMT and archive text."""

from __future__ import annotations

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


def test_data_units_are_read_with_bytes_and_bits_apart() -> None:
    assert [(q.value, q.unit) for q in english_quantities("a 40 Gbps link, 50 MB/s, 512MB and 2 terabytes")] == [
        (40.0, "Gb"), (50.0, "MB"), (512.0, "MB"), (2.0, "TB")]
    assert [(q.value, q.unit) for q in chinese_quantities("40 千兆字节，每秒 400 兆位，100 兆比特，2 太字节，8GB")] == [
        (40.0, "GB"), (400.0, "Mb"), (100.0, "Mb"), (2.0, "TB"), (8.0, "GB")]
    # 千兆 is a prefix, not a thousand; 位 alone counts people; 比特币 is bitcoin
    assert [(q.value, q.unit) for q in chinese_quantities("40 千兆位每秒")] == [(40.0, "Gb")]
    assert [q.unit for q in chinese_quantities("3 位专家持有 5 比特币")] == [None, None]


def test_bits_read_as_bytes_is_a_unit_changed() -> None:
    assert _found("该连接的速度为每秒 100 兆字节。", "TQA205", "The connection runs at 100 Mbps.") == ["100 兆字节"]
    assert _found("它有 40 千兆字节的连接。", "TQA205", "It has a 40 Gbps connection.") == ["40 千兆字节"]
    assert _found("这款手机有 4MB 内存。", "TQA205", "The phone has 4GB of RAM.") == ["4MB"]


def test_data_units_kept_or_converted_right_are_left_alone() -> None:
    en = "It writes 50 MB/s, or 400 Mb/s, to a 2TB drive with 4GB of cache."
    for zh in ("它的写入速度为每秒 50 兆字节，即每秒 400 兆位，写入 2TB 硬盘，缓存 4GB。",
               "它的写入速度为 50 MB/s，即 400 Mbps，写入 2 太字节的硬盘，缓存 4096MB。"):
        for code in ("TQA201", "TQA202", "TQA204", "TQA205"):
            assert _found(zh, code, en) == [], (zh, code)
    assert _found("它有 5 千兆字节/秒的连接。", "TQA2", "It has a 40 Gbps connection.") == []


def test_two_rates_said_equal_but_eight_times_apart_in_one_unit() -> None:
    zh = "# 标题\n\n数据速率是佳能的 8 倍。这相当于每秒 50 兆字节，或者说每秒 400 兆字节。\n"
    assert _found(zh, "TQA218") == ["400 兆字节"]
    # bytes and bits eight times apart are a conversion; two sizes not said equal are two sizes
    assert _found("# 标题\n\n这相当于每秒 50 兆字节，或者说每秒 400 兆位。\n", "TQA218") == []
    assert _found("# 标题\n\n旧款有 16GB 存储，新款有 128GB 存储。\n", "TQA218") == []


def test_a_character_limit_counted_in_people() -> None:
    zh = ("# 脸书将字符限制提高到 60，000\n\n脸书在 9 月份将其限制从 500 人提高到了 5000 人，今天宣布其限制现在超过了 60000 人。\n")
    assert _found(zh, "TQA218") == ["500 人", "5000 人", "60000 人"]
    # a limit of people where the article names no character limit
    assert _found("# 标题\n\n会场的人数限制为 500 人。\n", "TQA218") == []


def test_many_limits_and_rates_in_one_paragraph_are_read_in_linear_time() -> None:
    from tests.helpers import grows_linearly

    head = "# 脸书将字符限制提高到 60，000\n\n"
    got = grows_linearly(lambda n: _found(head + "限制从 500 人提高到了 5000 人，" * n + "\n", "TQA218"), 500)
    assert len(got) == 11  # 4,000 places: the first 10 listed, then one counting the rest (listed_per_paragraph)
    got = grows_linearly(lambda n: _found("# 标题\n\n" + "即每秒 50 兆字节，或者说每秒 400 兆字节。" * n + "\n", "TQA218"), 500)
    assert len(got) == 11  # 2,000 places, bounded as above


def test_tqa218_names_the_value_in_the_other_unit() -> None:
    """The suggestion is the figure in the other unit (rule doc: `每秒 400 兆位`), not `… in bits` (mend 43 item 15)."""
    from tests.helpers import findings

    def said(zh: str) -> list[str | None]:
        return [f.suggestion for f in findings(None, zh) if f.code == "TQA218"]

    assert said("这相当于每秒 50 兆字节，或者说是每秒 400 兆字节。\n") == ["400 兆位"]
    assert said("这相当于每秒 400 兆字节，或者说是每秒 50 兆字节。\n") == ["400 兆位 for “400 兆字节”"]
    assert said("速度为 800 Mb/s，也就是 100 Mb/s。\n") == ["100 MB/s"]
