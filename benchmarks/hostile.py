"""Growth figures for the hostile shapes of issue 22: each input at n, 2n and 4n, the time and the
peak Python memory (tracemalloc) of the code path it used to hang, and the ratio to the previous
size (about 2 for linear growth, 4 for quadratic). Run by `make fuzz`; not a test.

    .venv/bin/python benchmarks/hostile.py [--quick] [--only WORDS]   (shapes whose name contains WORDS)

Also audits every compiled pattern of the package against repeated hostile units (the worst time
per pattern on 8,000 characters; a pattern over 0.05 s is listed)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
import tracemalloc

import regex

import transqa
from transqa.audit.discover import canonical_url
from transqa.config import Settings
from transqa.engine import check_documents
from transqa.lang.sentencizer import sentences
from transqa.load import sniff_format
from transqa.load.markdown import parse_markdown

ZH = "总部位于丹佛的初创公司为屋顶太阳能板制造电池，该公司在融资中筹集了资金。"
ALL = Settings(extra=("TQA105",))


def target_only(text: str) -> None:
    check_documents(None, parse_markdown("zh.md", text), ALL)


def render_many(kind: str):  # noqa: ANN201
    """n findings (one unbalanced bracket in each of n paragraphs: a paragraph's findings of one rule beyond a few are
    folded into one, so n brackets in one paragraph gave 11 and stopped the run), rendered as `kind` (text, html or
    json: the JSON report is the reference the other two were measured against)."""
    from transqa.report import RenderOptions, render

    def make(n: int):  # noqa: ANN202
        doc = parse_markdown("zh.md", "\n\n".join([ZH + "（"] * n) + "\n")
        result = check_documents(None, doc, ALL)
        assert len(result.findings) >= n
        return lambda: render(kind, [result], RenderOptions())

    return make


def glossary_check(n: int):  # noqa: ANN201
    import os
    import tempfile

    from transqa.load import load_source, load_target

    folder = tempfile.mkdtemp()
    g = os.path.join(folder, "g.tsv")
    with open(g, "w", encoding="utf-8") as fh:
        for i in range(n // 2):
            fh.write(f"Term{i} Corp\t术语{i}\taccept\nName{i}\t坏名{i}\treject\n")
    src = load_source("corpora/samples/solar-startup.en.md")
    tgt = load_target("corpora/samples/solar-startup.zh.md")
    settings = Settings(glossary=(g,))
    check_documents(src, tgt, settings)  # loads the glossary once
    return lambda: check_documents(src, tgt, settings)


def people_list(n: int) -> str:
    """The Chinese of a generated report of n paragraphs, each about a person named in Latin script and another with a
    `·` name (HOSTILE24 #1's generator: target-only, the full-name, homophone and mixed-script name rules)."""
    import random

    r = random.Random(7)
    syl = "阿巴卡达埃法加哈伊贾卡拉马纳奥帕拉萨塔乌瓦扎贝克里斯蒂安森莫"

    def lat() -> str:
        return "".join(r.choice("bcdfgklmnprstvz") + r.choice("aeiou") for _ in range(3)).capitalize()

    def zh() -> str:
        return "".join(r.choice(syl) for _ in range(3))

    out = ["# 长篇报道"]
    for _ in range(n):
        _a, _b, c, d, o = lat(), lat(), zh(), zh(), lat() + " Labs"
        p, y, m, yr = r.randint(1, 99), r.randint(1, 999), r.randrange(12), r.randint(1990, 2030)
        out.append(f"{o} 发言人{c}·{d}表示，{yr} 年 {m + 1} 月收入增长 {p}% 至 {y} 百万美元，{d}还说 {o} 雇用了 {y * 3} 人。")
    return "\n\n".join(out) + "\n"


SHAPES = [
    ("HTML comments before the text (sniffer)", 5000, lambda n: (lambda s=("<!---->" * n + "<html>"): sniff_format(s))),
    ("letter + n blanks (untranslated check)", 50_000, lambda n: (lambda s=(ZH + "a" + " " * n + "b\n"): target_only(s))),
    ("n unclosed <!--transqa: (suppressions)", 10_000, lambda n: (lambda s=(ZH + "\n\n" + "<!--transqa:" * n + "\n"): target_only(s))),
    ("n directives over n paragraphs", 1000, lambda n: (lambda s="".join(f"<!-- transqa: ignore[TQA201] x -->\n{ZH}\n\n" for _ in range(n)): target_only(s))),
    ("n unclosed <link rel=canonical (--originals)", 1000, lambda n: (lambda s=("<link rel='canonical' " * n): canonical_url(s))),
    ("one paragraph of n sentences, target-only", 11_250,
     lambda n: (lambda s=("# 标题\n\n" + "这家初创公司在最新一轮融资中筹集了500万美元。" * n + "公司（成立于丹佛。\n"): target_only(s))),
    ("run of n Chinese numerals", 50_000, lambda n: (lambda s=(ZH + "一" * n + "\n"): target_only(s))),
    ("n findings rendered as text", 6250, render_many("text")),
    ("n findings rendered as HTML", 6250, render_many("html")),
    ("n findings rendered as JSON", 6250, render_many("json")),
    ("glossary of n entries, one article pair", 20_000, glossary_check),
    ("n people listed, target-only names (HOSTILE24 #1)", 1000, lambda n: (lambda s=people_list(n): target_only(s))),
    ("n nested ( in an English paragraph (sentencizer)", 5000, lambda n: (lambda s=("It said " + "(" * n + "no. Then it left."): sentences(s))),
]


def measure(fn) -> tuple[float, float]:  # noqa: ANN001
    """(seconds, peak MB of Python allocations): timed without tracemalloc, then run again under it."""
    t0 = time.perf_counter()
    fn()
    dt = time.perf_counter() - t0
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return dt, peak


def growth(quick: bool, only: str = "") -> None:
    print(f"{'shape':48} {'n':>9} {'time s':>9} {'x':>5} {'peak MB':>9} {'x':>5}")
    for name, n0, make in SHAPES:
        if only not in name:
            continue
        prev = None
        for k in (1, 2) if quick else (1, 2, 4):
            n = n0 * k
            fn = make(n)
            dt, peak = measure(fn)
            rt = f"{dt / prev[0]:5.1f}" if prev and prev[0] > 1e-4 else "    -"
            rm = f"{peak / prev[1]:5.1f}" if prev and prev[1] > 1e-3 else "    -"
            print(f"{name:48} {n:>9,} {dt:9.4f} {rt} {peak:9.2f} {rm}")
            prev = (dt, peak)


def pattern_audit(size: int = 8000) -> None:
    units = ["a", " ", "a ", "1", "1,", "1.", "1 ", "一", "一 ", "<!--", "<!--transqa:", "<link rel='canonical' ", "-", "a-", ". ",
             "汉 ", "汉(", "(a ", "[a](", "x", "**a", "$1", "1 . ", "\t", "a, ", "a.", "&", "'", "<a ", "/web/1", "http://a", "1/",
             "19", "2020-", "点", "百分之", "年", "月", "a@", "a.b", "<!---->"]
    pats = []
    for m in pkgutil.walk_packages(transqa.__path__, "transqa."):
        if m.name.endswith("__main__"):
            continue
        mod = importlib.import_module(m.name)
        for k, v in vars(mod).items():
            if isinstance(v, (re.Pattern, regex.Pattern)):
                pats.append((f"{m.name}.{k}", v))
            elif isinstance(v, (list, tuple)):
                pats.extend((f"{m.name}.{k}[{x[0]}]", x[1]) for x in v
                            if isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], (re.Pattern, regex.Pattern)))
    slow = []
    for name, p in pats:
        worst = (0.0, "")
        for u in units:
            s = u * (size // len(u) + 1)
            for text in (s, "a" + s, s + "\n"):
                given = text.encode() if isinstance(p.pattern, bytes) else text  # a pattern over bytes (wayback's) reads them
                t0 = time.perf_counter()
                for _ in p.finditer(given):
                    pass
                dt = time.perf_counter() - t0
                worst = max(worst, (dt, u))
        if worst[0] > 0.05:
            slow.append((name, worst))
    print(f"\npattern audit: {len(pats)} compiled patterns, each against {len(units)} repeated units of {size:,} characters")
    for name, (dt, u) in slow:
        print(f"  {dt:.3f} s  {name}  unit={u!r}")
    if not slow:
        print("  none over 0.05 s")


if __name__ == "__main__":
    quick = "--quick" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv[:-1] else ""
    growth(quick, only)
    if not only:
        pattern_audit()
