"""Fuzzing with hypothesis: loaders, URL normaliser, number parsers, aligner and every rule.

No input may raise, report an internal error, point outside its text, or give another report on a
second run. `make test` runs a reduced budget; `make fuzz` (TRANSQA_FUZZ_EXAMPLES=17000, six targets) runs over
100,000 generated inputs and prints how many were tried.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transqa.config import Settings
from transqa.engine import check_documents
from transqa.load import parse
from transqa.load.html import parse_html
from transqa.load.markdown import parse_markdown
from transqa.quantities import chinese_quantities, english_quantities, garbled_numbers
from transqa.report.jsonreport import report_json
from transqa.urls import normalise

EXAMPLES = int(os.environ.get("TRANSQA_FUZZ_EXAMPLES", "120"))
# The targets that check whole documents (target-only, pairs: 0.02-0.05 CPU s an input; hostile shapes about 0.5) run
# a third of the suite's budget, 40 inputs and 5 hostile shapes (were 120 and 10: 16.0 of the file's 18.5 CPU s);
# `make fuzz` gives them its whole budget as before. At 40 they still reach 23 rule codes with a target span (22 at 120;
# a derandomised run of 40 is not the first 40 of 120: TQA007 and TQA301 are reached only at 120, TQA104, TQA201,
# TQA204 and TQA506 only at 40), so a span bug in any of those rules still fails the suite.
CHECKS = EXAMPLES if "TRANSQA_FUZZ_EXAMPLES" in os.environ else 40
TRIED = [0]
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=EXAMPLES <= 200)
FUZZ_CHECKS = settings(FUZZ, max_examples=CHECKS)
ALL = Settings(extra=("TQA105",))

FRAGMENTS = [
    "Paytm", "pay TM", "mail . ru", "Mail.ru", "Mail 说。Ru", " T2 ", "《T2》", "(T3)", "$2 billion", "20 亿美元", "200 亿美元",
    "70 million", "7000 万", "700 万", "48%", "84%", "half", "一半", "February 2017", "2017 年 2 月", "1 . 5 亿", "120，000",
    "[where Alibaba recently backed an e-commerce firm](https://web.archive.org/web/20221204105833/https://www.alizila.com/x/)",
    "[链接](http://example.com/a?utm_source=x)", "![](img/a.png)", "[![](img/b.png)](https://example.com/b.png)",
    "<!-- transqa: ignore[TQA201] 已核实 -->", "<!-- transqa: disable[TQA5] -->", "<!-- transqa: bogus -->",
    "<script>alert(1)</script>", "&amp;", "&#x4e2d;", "&#0;", "```\ncode\n```", "`T2`", "**粗体**", "~~删除~~", "*斜体*",
    "土耳其(", ")和欧洲", "【", "】", "“", "”", "\"", "（", "）", "1)", ":(", "which is expected to open in March 2025",
    "The deal was worth", "三百五十", "百分之四十八", "三分之一", "翻番", "COVID-19", "24/7", "1981-87", "11am", "85mph",
]
CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车南日本"
ALPHABET = st.sampled_from(list(CHARS) + list("abcXYZ0123456789０１２ .,;:!?#>-*_`[]()<>!&\n\n\r\t") + ["\u200b", "\u200d", "\ufeff", "😀", "𠀀", "\u3000", "\u2028"])
text = st.text(alphabet=ALPHABET, max_size=300)
pieces = st.lists(st.one_of(st.sampled_from(FRAGMENTS), text), max_size=14).map(lambda xs: "".join(xs))
markdown = st.lists(pieces, min_size=1, max_size=8).map(lambda ps: "\n\n".join(ps))
english = st.lists(st.one_of(st.sampled_from(FRAGMENTS[:30] + ["The Huffington Post has [come across](http://example.com/a) it.", "Sales rose 15.2 percent to $740 million.", "He said so on June 5, 2011."]),
                             st.text(alphabet=st.sampled_from(list("abcdefghij ABC,.0123456789$%()[]\"'-\n")), max_size=120)), min_size=1, max_size=8).map(lambda ps: "\n\n".join(ps))


# Hostile shapes (issue 22): a unit repeated many times, the kind of input that made a pattern
# backtrack (comments before the text, blanks after a letter, unclosed directives, numeral runs,
# unclosed tags) or a loop rescan, with control characters and invisible characters mixed in. The
# fuzz target checks they finish correctly; benchmarks/hostile.py gives their growth figures.
HOSTILE_UNITS = ["<!---->", " ", "\t", "a ", "<!--transqa:", "<!-- transqa: ignore[TQA201] -->", "一", "19", "[a](", "a-", "（",
                 "<link rel='canonical' ", "\x1b[31m", "\x1b]0;t\x07", "\u200b", "\u202e", "1\u200b000", "-->", "**", "pay TM "]
hostile = st.lists(st.tuples(st.sampled_from(HOSTILE_UNITS), st.integers(1, 3000)), min_size=1, max_size=4).map(
    lambda parts: "中文内容。" + "".join(u * k for u, k in parts) + "\n\n总部位于丹佛的初创公司。\n")


def _check_spans(doc_raw: str, findings) -> None:  # noqa: ANN001
    from transqa.model import LineIndex

    idx = LineIndex(doc_raw)
    for f in findings:
        assert f.code != "TQA999", f.message
        if f.target is not None:
            loc = f.target
            assert 0 <= loc.offset <= loc.end_offset <= len(doc_raw), (f.code, loc)
            assert (loc.line, loc.column) == idx.position(loc.offset)


def _target_only(raw: str) -> None:
    TRIED[0] += 1
    try:
        doc = parse_markdown("zh.md", raw)
    except Exception as exc:  # noqa: BLE001
        raise AssertionError(f"loader raised {exc!r}") from exc
    r1 = check_documents(None, doc, ALL)
    _check_spans(raw, r1.findings)
    r2 = check_documents(None, parse_markdown("zh.md", raw), ALL)
    assert report_json([r1]) == report_json([r2])


@FUZZ_CHECKS
@given(markdown)
def test_fuzz_target_only(raw: str) -> None:
    _target_only(raw)


@settings(FUZZ, max_examples=max(5, CHECKS // 20))
@given(hostile)
def test_fuzz_hostile_shapes(raw: str) -> None:
    _target_only(raw)
    from transqa.load import sniff_format

    sniff_format(raw)


@FUZZ_CHECKS
@given(english, markdown)
def test_fuzz_pairs(en: str, zh: str) -> None:
    TRIED[0] += 1
    source = parse("en.md", en)
    target = parse_markdown("zh.md", zh)
    r1 = check_documents(source, target, ALL)
    _check_spans(zh, r1.findings)
    beads = r1.beads
    assert [i for b in beads for i in b.source] == list(range(len(source.blocks)))
    assert [j for b in beads for j in b.target] == list(range(len(target.blocks)))
    assert report_json([r1]) == report_json([check_documents(parse("en.md", en), parse_markdown("zh.md", zh), ALL)])
    for f in r1.findings:
        if f.source is not None:
            assert 0 <= f.source.offset <= f.source.end_offset <= len(en)


tags = st.sampled_from(["<p>", "</p>", "<div class='article-body'>", "</div>", "<a href='http://x.com/a'>", "</a>", "<br>", "<img src='a.png'>",
                        "<script>", "</script>", "<!--", "-->", "<blockquote>", "</blockquote>", "<h1>", "</h1>", "<title>", "</title>",
                        "&amp;", "&#8217;", "&#xZZ;", "&nbsp;", "<nav>", "</nav>", "<li>", "<ul>", "<![CDATA[", "]]>", "<p class=x"])
html_doc = st.lists(st.one_of(tags, st.text(alphabet=st.sampled_from(list("Some words of text 12 $% \n")), max_size=80)), max_size=40).map("".join)


@FUZZ
@given(html_doc, markdown)
def test_fuzz_html_sources(page: str, zh: str) -> None:
    TRIED[0] += 1
    doc = parse_html("en.html", page)
    for b in doc.blocks:
        assert len(b.offsets) == len(b.text) + 1
        assert all(0 <= o <= len(page) for o in b.offsets)
    if doc.blocks:
        r = check_documents(doc, parse_markdown("zh.md", zh), ALL)
        _check_spans(zh, r.findings)
        for f in r.findings:
            if f.source is not None:
                assert 0 <= f.source.offset <= f.source.end_offset <= len(page)


@FUZZ
@given(st.one_of(st.text(max_size=200), st.sampled_from(FRAGMENTS).map(lambda f: "https://web.archive.org/web/2020id_/" + f)))
def test_fuzz_urls(url: str) -> None:
    TRIED[0] += 1
    out = normalise(url)
    assert isinstance(out, str) and normalise(url) == out


@FUZZ
@given(st.one_of(pieces, st.text(max_size=200), st.integers(-10**30, 10**30).map(str), st.floats(allow_nan=True).map(str)))
def test_fuzz_numbers(s: str) -> None:
    TRIED[0] += 1
    for qs in (english_quantities(s), chinese_quantities(s)):
        for q in qs:
            assert 0 <= q.start <= q.end <= len(s) and q.text == s[q.start : q.end]
            q.describe()
    for start, end, found, *_ in garbled_numbers(s):
        assert s[start:end] == found


@FUZZ
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_fuzz_plain_text(raw: str) -> None:
    TRIED[0] += 1
    doc = parse("en.txt", raw, "text")
    for b in doc.blocks:
        assert len(b.offsets) == len(b.text) + 1 and all(0 <= o <= len(raw) for o in b.offsets)
