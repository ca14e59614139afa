"""Property tests: URL normalisation, number parsing and the aligner's invariants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transqa.align import Features, align_features
from transqa.model import LineIndex
from transqa.quantities import chinese_numeral, chinese_quantities, close, english_quantities
from transqa.urls import normalise, unwrap_wayback

# the strings of the regular expressions [a-z]{2,10}\.(com|org|net|ru), [a-z0-9\-]{1,12} and (19|20)\d{12}, drawn from
# characters: st.from_regex drew the same strings at several times the cost (test_url_variants_compare_equal 4.5 -> 0.5 CPU s)
_LOWER, _DIGITS = "abcdefghijklmnopqrstuvwxyz", "0123456789"
hosts = st.builds("{}.{}".format, st.text(_LOWER, min_size=2, max_size=10), st.sampled_from(["com", "org", "net", "ru"]))
paths = st.lists(st.text(_LOWER + _DIGITS + "-", min_size=1, max_size=12), max_size=4).map(lambda p: "/" + "/".join(p))
timestamps = st.builds(str.__add__, st.sampled_from(["19", "20"]), st.text(_DIGITS, min_size=12, max_size=12))


@given(hosts, paths, timestamps, st.sampled_from(["", "id_", "if_", "im_"]), st.booleans(), st.booleans(), st.booleans())
def test_url_variants_compare_equal(host: str, path: str, ts: str, flag: str, https: bool, www: bool, slash: bool) -> None:
    plain = f"http://{host}{path}"
    variant = f"{'https' if https else 'http'}://{'www.' if www else ''}{host}{path}{'/' if slash else ''}?utm_source=x&fbclid=y"
    wrapped = f"https://web.archive.org/web/{ts}{flag}/{variant}"
    relative = f"/web/{ts}/{variant}"
    assert normalise(plain) == normalise(variant) == normalise(wrapped) == normalise(relative)
    assert unwrap_wayback(wrapped) == variant


@given(hosts, paths, paths)
def test_different_paths_differ(host: str, a: str, b: str) -> None:
    if a.rstrip("/") != b.rstrip("/"):
        assert normalise(f"http://{host}{a}") != normalise(f"http://{host}{b}")


@given(st.text(max_size=200))
def test_normalise_never_raises(s: str) -> None:
    assert isinstance(normalise(s), str)


@given(st.integers(1, 999), st.sampled_from([("million", 1e6), ("billion", 1e9)]))
def test_english_scale_equals_chinese_wan_yi(n: int, scale: tuple[str, float]) -> None:
    word, factor = scale
    value = n * factor
    en = english_quantities(f"It has {n} {word} users.")
    if value >= 1e8:
        zh_text = f"{value / 1e8:g} 亿"
    else:
        zh_text = f"{value / 1e4:g} 万"
    zh = chinese_quantities(f"它拥有 {zh_text}用户。")
    assert len(en) == 1 and len(zh) == 1
    assert close(en[0].value, value) and close(zh[0].value, value), (en, zh)


@given(st.integers(0, 99_999_999))
def test_chinese_numerals_round_trip(n: int) -> None:
    digits = "零一二三四五六七八九"

    def four(x: int) -> str:
        out, zero = "", False
        for unit, k in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d = x // k % 10
            if d:
                if zero and out:
                    out += "零"
                out += digits[d] + unit
                zero = False
            else:
                zero = True
        return out

    hi, lo = divmod(n, 10000)
    text = (four(hi) + "万" + ("零" if 0 < lo < 1000 else "") + four(lo)) if hi else (four(lo) or "零")
    assert chinese_numeral(text) == n, text


@given(st.integers(0, 10**12), st.booleans())
def test_digits_with_separators(n: int, sep: bool) -> None:
    s = f"{n:,}" if sep else str(n)
    qs = english_quantities(f"They counted {s} votes.")
    assert qs and close(qs[0].value, n) or 1900 <= n <= 2099


features = st.builds(
    Features,
    st.floats(0, 600),
    st.frozensets(st.sampled_from(["n:1.0", "n:5.0", "n:2000.0", "u:a", "y:2017"]), max_size=3),
    st.frozensets(st.sampled_from(["apple", "paytm", "mailru"]), max_size=2),
    st.sampled_from(["text", "heading", "image"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(features, max_size=14), st.lists(features, max_size=14))
def test_alignment_is_monotonic_and_covers_every_block_once(sf: list[Features], tf: list[Features]) -> None:
    beads = align_features(sf, tf)
    src = [i for b in beads for i in b.source]
    tgt = [j for b in beads for j in b.target]
    assert src == list(range(len(sf)))
    assert tgt == list(range(len(tf)))
    assert all(b.source or b.target for b in beads)
    assert all(0.0 <= b.score <= 1.0 for b in beads)


@given(st.text(alphabet=st.sampled_from("ab\n\r中😀\u200b"), max_size=60))
def test_line_index_positions(text: str) -> None:
    idx = LineIndex(text)
    for off in range(len(text) + 1):
        line, col = idx.position(off)
        assert line >= 1 and col >= 1
        assert idx.starts[line - 1] + col - 1 == off
