"""HOSTILE26's bugs #2, #3, #5, #6 and #10, each reproducer reduced to a test: a stray placeholder's digit read as
part of a broken number, a gzip capture of several members, an unknown charset label on a local original, a capture
with no article text, odd server replies (Retry-After, CDX timestamps not in ASCII digits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import CHIP_URL, chip_target
from tests.helpers import findings

from transqa.cli import main
from transqa.quantities import chinese_quantities

_PLACEHOLDER_IN_FIGURE = "# 报道\n\n公司收入增长 1 T2 . 5 亿美元。\n"


def test_2_a_placeholder_digit_is_no_part_of_a_broken_number() -> None:
    found = findings(None, _PLACEHOLDER_IN_FIGURE)
    assert [(f.code, f.target.text if f.target else "") for f in found if f.code in ("TQA207", "TQA303")] == [("TQA303", "T2")]
    # the number reader does not take `2 . 5 亿` (250 million) out of `T2 . 5 亿`
    assert all(abs(q.value - 2.5e8) > 1 for q in chinese_quantities("公司收入增长 1 T2 . 5 亿美元。"))
    assert "TQA207" in {f.code for f in findings(None, "# 报道\n\n公司收入增长 1 . 5 亿美元。\n")}  # the kind itself still read


def test_2_fix_does_not_hide_the_placeholder_in_a_figure(tmp_path: Path) -> None:
    target = tmp_path / "m.zh.md"
    target.write_text(_PLACEHOLDER_IN_FIGURE, encoding="utf-8")
    main(["fix", str(target), "--write", "-q"])
    assert "T2.5" not in target.read_text(encoding="utf-8")
    assert main(["check", str(target), "-q"]) == 1  # the defect is still reported, not checked clean


_CAFE = (b'<!DOCTYPE html><html><head><meta charset="%s"><title>Caf\xe9</title></head><body><article><h1>Caf\xe9 opens</h1>'
         b"<p>The caf\xe9 raised $5 million on Tuesday, it said.</p></article></body></html>")


@pytest.mark.parametrize("label", ["undefined", "unicode_escape", "palmos"])
def test_5_a_charset_label_no_browser_knows_is_no_declaration(tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str) -> None:
    (tmp_path / "cafe.en.html").write_bytes(_CAFE % label.encode())
    (tmp_path / "cafe.zh.md").write_text("# 咖啡馆开业\n\n该咖啡馆周二表示，融资 500 万美元。\n", encoding="utf-8")
    code = main(["check", str(tmp_path / "cafe.en.html"), str(tmp_path / "cafe.zh.md"), "-q"])
    err = capsys.readouterr().err
    assert code == 2 and "internal error" not in err and err.count("\n") == 1 and "encoding" in err  # read as undeclared


def test_5_a_label_is_read_as_browsers_read_it() -> None:
    from transqa.load.decode import decode_declared

    assert decode_declared(b'<meta charset="unicode_escape"><p>\\u202e</p>') is None  # not decoded into U+202E
    assert decode_declared(b'<meta charset="undefined"><p>caf\xe9</p>') is None  # its decoder raises a bare UnicodeError
    assert decode_declared('<meta charset="gb2312"><p>中文</p>'.encode("gbk")) == ('<meta charset="gb2312"><p>中文</p>', "gbk")
    assert decode_declared(b'<meta charset="ISO-8859-1"><p>caf\xe9 \x93q\x94</p>') == ('<meta charset="ISO-8859-1"><p>caf\xe9 \u201cq\u201d</p>', "cp1252")


_ROOT = Path(__file__).resolve().parent.parent
_CHIP_URL = CHIP_URL
_CHIP_KEY = "example.com/news/kestrel-orbis"
_CHIP_PAGE = _ROOT / "corpora" / "samples" / "chip-merger.en.html"


_chip = chip_target


def _fetched(capsys: pytest.CaptureFixture[str], tmp_path: Path, mode: str, cache: str = "c") -> tuple[int, dict, str]:  # type: ignore[type-arg]
    import json

    from tests.wayback_server import Wayback

    with Wayback() as wb:
        wb.add(_CHIP_URL, _CHIP_PAGE.read_bytes())
        if mode:
            wb.evil[_CHIP_KEY] = mode
        code = main(["check", str(_chip(tmp_path)), "--fetch-source", "--wayback-endpoint", wb.endpoint, "--cache-dir",
                     str(tmp_path / cache), "--fetch-timeout", "5", "--format", "json"])
    said = capsys.readouterr()
    doc = json.loads(said.out)["documents"][0]
    return code, doc, said.err.replace(wb.endpoint, "ENDPOINT")


def test_3_a_gzip_capture_of_two_members_is_read_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _code, plain, _err = _fetched(capsys, tmp_path, "", "c1")
    _code, two, err = _fetched(capsys, tmp_path, "gzip-two", "c2")
    assert err == "" and two["mode"] == "pair"
    assert [(f["code"], f["message"]) for f in two["findings"]] == [(f["code"], f["message"]) for f in plain["findings"]]
    assert "TQA002" not in {f["code"] for f in two["findings"]}  # half the page lost: paragraphs "with no source"
    assert [p.read_bytes() for p in (tmp_path / "c2").rglob("*.html")] == [_CHIP_PAGE.read_bytes()]  # cached whole


def test_3_every_member_counts_against_the_size_cap() -> None:
    import gzip

    from transqa.load.wayback import FetchError, _decompress

    members = gzip.compress(b"a" * 1000) * 10 + b"\0\0"  # zero padding after the last member, as gzip(1) allows
    assert _decompress(members, "gzip", 10_000, "u") == b"a" * 10_000
    with pytest.raises(FetchError) as too_large:
        _decompress(members, "gzip", 9_999, "u")
    assert too_large.value.kind == "too-large"
    with pytest.raises(FetchError) as cut:
        _decompress(members[:-10], "gzip", 10_000, "u")  # the last member cut short
    assert cut.value.kind == "network"


def test_6_a_capture_with_no_article_text_is_a_notice_and_not_cached(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, doc, err = _fetched(capsys, tmp_path, "empty-shell")
    assert code in (0, 1) and doc["mode"] == "target-only" and doc["source"] is None  # the translation checked alone
    assert err.count("\n") == 1 and err.startswith("transqa: notice:") and "(no-article:" in err
    assert f"ENDPOINT/web/20110813183000id_/{_CHIP_URL} holds no article text" in err  # the capture's URL, no cache file
    assert not list((tmp_path / "c").rglob("*.html"))  # not cached: the next run asks again
    _code, again, err = _fetched(capsys, tmp_path, "")
    assert again["mode"] == "pair" and err == ""


def test_10_a_retry_after_of_no_ascii_figure_is_none_and_the_request_is_named(tmp_path: Path) -> None:
    from tests.wayback_server import Wayback

    from transqa.load.wayback import FetchConfig, Fetcher, FetchError, _retry_after

    assert _retry_after("\u00b2") is None and _retry_after("\u0663") is None and _retry_after("2") == 2.0
    with Wayback() as wb:
        wb.add(_CHIP_URL, _CHIP_PAGE.read_bytes())
        wb.evil[_CHIP_KEY] = "retry-after-odd"
        config = FetchConfig(endpoint=wb.endpoint, cache_dir=str(tmp_path / "c"), timeout=10, retries=1, backoff=0.01, rate=0)
        with pytest.raises(FetchError) as failed:
            Fetcher(config).fetch(f"https://web.archive.org/web/20110813183000/{_CHIP_URL}")
    assert failed.value.kind == "http" and "ValueError" not in failed.value.message
    assert failed.value.message == f"{wb.endpoint}/web/20110813183000id_/{_CHIP_URL}: HTTP 503"  # the capture's request


def test_10_a_cdx_timestamp_of_other_digits_is_a_malformed_row_of_the_query() -> None:
    from transqa.load.wayback import FetchError, _cdx_rows

    arabic = '[["urlkey", "timestamp", "original"], ["x", "\u0662\u0660\u0661\u0661\u0660\u0668\u0661\u0663", "https://example.com/a"]]'
    with pytest.raises(FetchError) as failed:
        _cdx_rows(arabic.encode(), "http://cdx.example/cdx/search/cdx?url=a")
    assert failed.value.message.startswith("http://cdx.example/cdx/search/cdx?url=a: the CDX server answered a malformed row")


def test_6_a_capture_cached_by_an_older_release_is_named_by_its_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from transqa.load.wayback import FetchConfig, Fetcher

    shell = b"<!DOCTYPE html><html><head></head><body><script>location.reload()</script></body></html>"
    capture = f"http://archive.example/web/20110813183000id_/{_CHIP_URL}"
    fetcher = Fetcher(FetchConfig(cache_dir=str(tmp_path / "c")))
    fetcher._store(_CHIP_URL, "20240315000000", "20110813183000", capture, shell)  # as a release before this one cached it
    code = main(["check", str(_chip(tmp_path)), "--fetch-source", "--offline", "--cache-dir", str(tmp_path / "c"), "-q"])
    err = capsys.readouterr().err
    assert code == 2 and err == f"transqa: error: {capture}: holds an HTML page with no article text\n"  # no cache file named
