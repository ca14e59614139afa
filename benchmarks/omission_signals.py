"""What do the missed partial omissions drop, and which signal could see them? (issue 18, release 24)

    .venv/bin/python benchmarks/omission_signals.py [--shared PATH] [--baseline DIR] [--show GROUP]

For every line of the wmt-mt development splits (dev, dev2, dev3, heldout7-19) and of WMT22 reference A (the clean
material of `clean_refs.py`), the line is a *missed* one when the baseline `--details` (`--baseline`, one file per
split as `real.py --details` prints it) lists one of its partial-omission labels MISSED, *unlabelled* when its
document is read and the line has no label at all (clean MT lines and, heldout14-18, the untouched lines of the
edited professional references), *clean* for reference A.

1. The missed labels are grouped by what their English span holds (first group that fits, in this order): a
   negation (`not`, `n't`, `never`, `neither`, `no`…), a figure or a bound of one, a capitalised name inside the
   sentence, an attribution or source (`said`, `according to`, `report`), a whole sentence of a line of several,
   a clause (five words or more), a single word, a phrase of two to four words. Each group is counted per origin
   (real MT: dev, dev2, dev3, heldout7-13, heldout19; injected into professional text: heldout14-18) together with
   the share of its spans whose content words the lexicon renders nowhere in the line (`loose_flags`, the measure
   TQA012 finds a clause unrendered by: the share a dictionary signal could reach at most) and the line's length
   ratio (`log_ratio`: below 0 the translation is shorter than the English predicts).
2. Candidate signals, each counted on the missed lines (reach), the unlabelled lines and reference A (false rate
   per 100 lines): see `SIGNALS`.

`--show GROUP` prints the missed rows of one group with their English, Chinese and span. A signal counts a missed
line as reached when it fires anywhere on it (a line-level upper bound: the clause signals' own span overlaps the
label on fewer, see below). About two minutes on the shared machine (the figure signal runs TQA203 on each line with a figure).

Figures it printed (release 24; base24 details; 299 real-MT lines with 301 missed partial omissions, 121 injected
lines with 121; 14,566 + 3,421 unlabelled lines; 2,037 lines of reference A):

    group        real MT rows (span unrendered, line below 82%)   injected rows
    negation      12 (5, 5)                                         12 (6, 3)
    figure        18 (8, 4)                                         16 (4, 3)
    name           5 (5, 3)                                         16 (10, 5)
    attribution    4 (3, 1)                                          3 (1, 0)
    sentence       3 (1, 0)                                          2 (1, 1)
    clause        68 (33, 30)                                       30 (12, 14)
    phrase       113 (67, 23)                                       30 (20, 6)
    word          78 (51, 16)                                       12 (10, 4)

    signal                                                missed real / inj   unlabelled real / inj   refA (per 100)
    negation in English, none in the Chinese                 4 / 11               28 / 26             19 (0.93)
    same, idioms (`No 10`, `nothing but`) and not-until out  3 / 8                 3 / 15              9 (0.44)
    fewer quoted passages in the Chinese                     2 / 3                30 / 70              3 (0.15)
    a hedge or modal in the English, none in the Chinese     7 / 2               224 / 78             34 (1.67)
    a figure missing (TQA203), 2 unrendered words beside it  3 / 3                 0 / 1               0 (0.00)
    TQA012's clause (2 words) below 82% (its own: 74%)       4 / 4                18 / 22              7 (0.34)
    TQA012's clause (2 words) below 90%                      6 / 8                77 / 52             18 (0.88)
    TQA012's clause (3 words) below 90%                      2 / 5                 6 / 18              5 (0.25)
    TQA012's clause (3 words) below 100%                     3 / 7                20 / 27             12 (0.59)
    a sentence fewer, translation below 82%                  0 / 3                 1 / 1               5 (0.25)
    translation below 82% of its length                     80 / 36              964 / 344           274 (13.45)
    translation below 70% of its length                     12 / 10               86 / 43             52 (2.55)
    a quarter of content words unrendered, below 90%       102 / 47             1034 / 503           274 (13.45)
    a third of content words unrendered, below 82%          35 / 21              143 / 157            94 (4.61)

Counted by span overlap, TQA012's clause below 82% (2 words) finds 1 / 3 of the missed labels, below 90% 3 / 6. The
figure signal is the nearest to usable: its 6 lines are 6 missed labels (real MT: one sentence, `was rated 10 on a
scale of one to 10`, in three systems, dev3, heldout10, heldout11; injected: heldout14 2, heldout15 1), against 1
unlabelled line of the injected splits (`turned his attention to his 2020 presidential campaign` → `要竞选美国总统`, a free
rendering) and 2 lines labelled `number` only (`19 character classes` → `9 个角色类别`, its words rendered by words the
dictionary lacks; `rated 10 on a scale` in a fourth system): 6 / 9 on what it would add, and 18 more lines whose omission
other rules already report. No
signal comes near precision 0.9 on what it adds, and each raises reference A's rate: nothing shipped
(`docs/benchmarks-history.md`, "What the missed partial omissions drop").
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real import LABELS, line_pairs, missed_rows, read_tsv  # noqa: E402

from transqa.checks import coverage  # noqa: E402
from transqa.checks.coverage import content_word_spans, loose_flags  # noqa: E402
from transqa.config import Settings  # noqa: E402
from transqa.engine import check_documents  # noqa: E402
from transqa.lang.chinese import chinese_sentences  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402
from transqa.lang.lexicon import rendered_flags  # noqa: E402
from transqa.load.markdown import parse_markdown  # noqa: E402
from transqa.load.text import parse_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REAL_MT = ("dev", "dev2", "dev3", *(f"heldout{n}" for n in range(7, 14)), "heldout19")
INJECTED = tuple(f"heldout{n}" for n in range(14, 19))
WMT22 = "corpora/wmt/wmt22_general_en-zh/txt"

EN_NEGATION = re.compile(r"\b(?:not|never|neither|nor|no|none|nobody|nothing|nowhere|cannot|without)\b|n['’]t\b",
                         re.IGNORECASE)
# Chinese markers of negation, of absence and of refusal (a negation may be rendered as 无-, 非-, 缺乏, 拒绝, 未能).
ZH_NEGATION = re.compile(r"[不没未无非别勿否莫毋甭免拒缺禁绝休难]|尚未|从未|并非")
EN_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|"
                       r"dozen|half|twice|up to|more than|less than|at least|nearly|almost|about|around)\b",
                       re.IGNORECASE)
EN_ATTRIBUTION = re.compile(r"\b(?:said|says|say|told|according|report(?:s|ed)?|reporting|stated|added|claims?)\b",
                            re.IGNORECASE)
EN_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“(]?[A-Z])")
_NAME_INSIDE = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b[A-Z][a-z]+")


@dataclass
class Line:
    split: str  # a split name, or "refA"
    kind: str  # "missed", "unlabelled", "found" (labels, none missed), "clean" (reference A)
    en: str
    zh: str
    spans: list[str]  # the English of the missed partial-omission labels of this line
    kinds: frozenset[str] = frozenset()  # the kinds of all labels of this line


def _missed(baseline: Path) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for doc, line, en in missed_rows(baseline, "partial-omission"):
        out[(doc, line)].append(en)
    return out


def gather(shared: Path, baseline: Path) -> list[Line]:
    missed = _missed(baseline)
    docs = read_tsv(LABELS / "wmt-mt" / "documents.tsv")
    cache: dict[tuple[str, str], list[str]] = {}
    lines: list[Line] = []
    for split in (*REAL_MT, *INJECTED):
        labelled: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
        for lab in read_tsv(LABELS / "wmt-mt" / f"labels.{split}.tsv"):
            labelled[(lab["doc"], lab["line"])].add(lab["kind"])
        for d in (d for d in docs if d["split"] == split and d["status"] == "read"):
            for n, en, zh in line_pairs(shared, d, cache):
                key = (d["doc"], str(n))
                kind = "missed" if key in missed else "found" if key in labelled else "unlabelled"
                lines.append(Line(split, kind, en, zh, missed.get(key, []), frozenset(labelled.get(key, ()))))
    src = (shared / WMT22 / "sources/generaltest2022.en-zh.src.en").read_text(encoding="utf-8").split("\n")
    ref = (shared / WMT22 / "references/generaltest2022.en-zh.ref.A.zh").read_text(encoding="utf-8").split("\n")
    lines.extend(Line("refA", "clean", en, zh, []) for en, zh in zip(src, ref, strict=False) if en.strip() and zh.strip())
    return lines


def group(en: str, span: str) -> str:
    """What a missed span holds (the first group that fits)."""
    words = span.split()
    if EN_NEGATION.search(span):
        return "negation"
    if EN_FIGURE.search(span):
        return "figure"
    if _NAME_INSIDE.search(span) and span.strip() != en.strip()[: len(span.strip())]:
        return "name"
    if EN_ATTRIBUTION.search(span):
        return "attribution"
    if len(EN_SENTENCE_END.split(en)) > 1 and any(span.strip(" .") == s.strip(" .") for s in EN_SENTENCE_END.split(en)):
        return "sentence"
    if len(words) >= 5:
        return "clause"
    return "word" if len(words) == 1 else "phrase"


def span_unrendered(en: str, zh: str, span: str) -> bool | None:
    """Whether no content word of the span is rendered anywhere in the line (None: the span has no content word the
    lexicon knows, or is not in the line)."""
    a = en.find(span)
    if a < 0 or not span:
        return None
    words = content_word_spans(en)
    flags = loose_flags([w for _, _, w in words], zh)
    inside = [f for (s, e, _), f in zip(words, flags, strict=True) if s >= a and e <= a + len(span)]
    return None if not inside else not any(inside)


def _negation_lost(ln: Line) -> bool:
    return bool(EN_NEGATION.search(ln.en)) and not ZH_NEGATION.search(ln.zh)


def _negations_fewer(ln: Line) -> bool:
    return len(EN_NEGATION.findall(ln.en)) > len(ZH_NEGATION.findall(ln.zh))


# Negations that negate nothing a reader could lose: `No 10` (a name), `nothing but`, `no more than`, `not only`, a tag
# question (`isn't it?`), `don't hesitate`, `no problem`, `no idea` (→ 才知道), and `not … until` rendered 直到 … 才.
_NEGATION_IDIOM = re.compile(
    r"\bno\.?\s*\d|\bnothing but\b|\bno (?:fewer|less|more|longer)\b|\bmore often than not\b|\bnot (?:only|just)\b|"
    r"\bnot-|n['’]t hesitate\b|\bno (?:problem|doubt|matter|idea)\b|n['’]t (?:it|they|he|she|you|we|there)\?|"
    r"\bnot (?:his|her|their) real\b", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|unless)\b", re.IGNORECASE)


def _negation_lost_strict(ln: Line) -> bool:
    """`_negation_lost` without the negations of `_NEGATION_IDIOM`, nor a `not … until` rendered 直到 … 才."""
    en = _NEGATION_IDIOM.sub(" ", ln.en)
    neg = EN_NEGATION.search(en.replace("without", " "))
    if neg is None or ZH_NEGATION.search(ln.zh):
        return False
    return not (_UNTIL.search(en, neg.start()) and re.search("才|直到|除非", ln.zh))


def _sentence_lost(ln: Line) -> bool:
    en_sent = len([s for s in EN_SENTENCE_END.split(ln.en.strip()) if s.strip()])
    return en_sent >= 2 and len(chinese_sentences(ln.zh)) < en_sent and log_ratio(ln.en, ln.zh) < -0.2


def _short(threshold: float) -> Callable[[Line], bool]:
    return lambda ln: log_ratio(ln.en, ln.zh) < threshold


def _unrendered_share(share: float, ratio: float) -> Callable[[Line], bool]:
    def test(ln: Line) -> bool:
        words = content_word_spans(ln.en)
        if len(words) < 6 or log_ratio(ln.en, ln.zh) >= ratio:
            return False
        flags = loose_flags([w for _, _, w in words], ln.zh)
        return sum(not f for f in flags) >= share * len(words)
    return test


def _clause_unrendered(ratio: float, min_words: int) -> Callable[[Line], bool]:
    """TQA012's clause test (`_clause_lost`: an inner or closing clause of `min_words` content words or more, none
    rendered by any rendering, the rest rendered for half or more) below a looser length ratio than its own 74%."""
    def test(ln: Line) -> bool:
        words = content_word_spans(ln.en)
        if len(words) < min_words + coverage.CLAUSE_MIN_OTHERS or log_ratio(ln.en, ln.zh) >= ratio:
            return False
        names = [w for _, _, w in words]
        saved = coverage.CLAUSE_MIN_WORDS
        coverage.CLAUSE_MIN_WORDS = min_words
        try:
            return coverage._clause_lost(ln.en, words, rendered_flags(names, ln.zh), loose_flags(names, ln.zh)) is not None
        finally:
            coverage.CLAUSE_MIN_WORDS = saved
    return test


_EN_QUOTED = re.compile(r"\"[^\"]{8,}\"|“[^“”]{8,}”")
_ZH_QUOTED = re.compile(r"“[^“”]+”|\"[^\"]+\"|「[^」]+」|《[^》]+》")


def _quote_fewer(ln: Line) -> bool:
    """The English quotes more passages (8 characters or more) than the translation quotes or titles anything."""
    return len(_EN_QUOTED.findall(ln.en)) > len(_ZH_QUOTED.findall(ln.zh))


_EN_HEDGE = re.compile(r"\b(?:apparently|allegedly|reportedly|purportedly|supposedly|possibly|probably|likely|"
                       r"potential(?:ly)?|suspected|alleged|may|might|could|perhaps|maybe|seem(?:s|ed)?|"
                       r"appear(?:s|ed)?)\b", re.IGNORECASE)
_ZH_HEDGE = re.compile(r"据|称|涉嫌|可能|也许|或许|似乎|显然|看来|疑似|潜在|所谓|大概|恐怕|估计|好像|仿佛|看似|似|貌似|兴许|能|会|或")


def _hedge_lost(ln: Line) -> bool:
    """A hedge or modal of the English (`apparently`, `allegedly`, `may`) and none in the Chinese."""
    return bool(_EN_HEDGE.search(ln.en)) and not _ZH_HEDGE.search(ln.zh)


_NUMBER_MISSING = Settings(select=("TQA203",))


def _figure_phrase(ln: Line, min_words: int = 2) -> str | None:
    """A figure TQA203 finds missing together with `min_words` or more content words beside it, in a row within its
    clause (TQA012's run stops), none of them rendered by any rendering: the phrase that carried the figure, dropped
    whole (`was rated 10 on a scale of one to 10` → `被…评为10级`); None if there is none."""
    if not EN_FIGURE.search(ln.en):
        return None
    result = check_documents(parse_text("x.en.txt", ln.en + "\n"), parse_markdown("x.zh.md", ln.zh + "\n"), _NUMBER_MISSING)
    words = content_word_spans(ln.en)
    flags = loose_flags([w for _, _, w in words], ln.zh)
    for f in result.findings:
        if f.source is None or f.source.line != 1:
            continue
        a, b = f.source.column - 1, f.source.end_column - 1
        start, end, run = a, b, 0
        for k in reversed([k for k, (_, e, _) in enumerate(words) if e <= a]):
            if flags[k] or coverage._run_stops(ln.en, words[k][1], start):
                break
            start, run = words[k][0], run + 1
        for k in [k for k, (s, _, _) in enumerate(words) if s >= b]:
            if flags[k] or coverage._run_stops(ln.en, end, words[k][0]):
                break
            end, run = words[k][1], run + 1
        if run >= min_words:
            return ln.en[start:end]
    return None


SIGNALS: dict[str, Callable[[Line], bool]] = {
    "negation in English, none in the Chinese": _negation_lost,
    "fewer negations in the Chinese": _negations_fewer,
    "negation lost, idioms and not-until left out": _negation_lost_strict,
    "fewer quoted passages in the Chinese": _quote_fewer,
    "a hedge or modal in the English, none in the Chinese": _hedge_lost,
    "a figure missing (TQA203) with 2 unrendered words beside it": lambda ln: _figure_phrase(ln) is not None,
    "TQA012's clause (2 words) below 82% (its own: 74%)": _clause_unrendered(-0.2, 2),
    "TQA012's clause (2 words) below 90%": _clause_unrendered(-0.1, 2),
    "TQA012's clause (3 words) below 90%": _clause_unrendered(-0.1, 3),
    "TQA012's clause (3 words) below 100%": _clause_unrendered(0.0, 3),
    "a sentence fewer, translation below 82% of its length": _sentence_lost,
    "translation below 82% of its length": _short(-0.2),
    "translation below 70% of its length": _short(-0.36),
    "a quarter of content words unrendered, below 90%": _unrendered_share(0.25, -0.1),
    "a third of content words unrendered, below 82%": _unrendered_share(0.34, -0.2),
}


def origin(split: str) -> str:
    return "injected" if split in INJECTED else "refA" if split == "refA" else "real MT"


def report(lines: list[Line], show: str | None) -> None:
    groups: dict[tuple[str, str], list[tuple[bool | None, float]]] = collections.defaultdict(list)
    for ln in (x for x in lines if x.kind == "missed"):
        for span in ln.spans:
            g = group(ln.en, span)
            groups[(g, origin(ln.split))].append((span_unrendered(ln.en, ln.zh, span), log_ratio(ln.en, ln.zh)))
            if show == g:
                print(f"{ln.split}\t{span}\n  EN {ln.en}\n  ZH {ln.zh}")
    print("missed partial omissions by what the span holds (origin: rows, span unrendered, line below 82%)")
    for g in ("negation", "figure", "name", "attribution", "sentence", "clause", "phrase", "word"):
        cells = []
        for o in ("real MT", "injected"):
            rows = groups.get((g, o), [])
            unr = sum(u is True for u, _ in rows)
            short = sum(r < -0.2 for _, r in rows)
            cells.append(f"{o} {len(rows):3d} rows, {unr:3d} unrendered, {short:3d} short")
        print(f"  {g:12s} " + " | ".join(cells))
    print("signals: lines fired (missed: reach | unlabelled lines of real MT / injected | reference A per 100)")
    count = collections.Counter((ln.kind, origin(ln.split)) for ln in lines)
    for name, test in SIGNALS.items():
        fired = collections.Counter((ln.kind, origin(ln.split)) for ln in lines if test(ln))
        print(f"  {name:52s}\n    missed {fired['missed', 'real MT']:3d}/{count['missed', 'real MT']} real MT, "
              f"{fired['missed', 'injected']:3d}/{count['missed', 'injected']} injected | unlabelled "
              f"{fired['unlabelled', 'real MT']:4d}/{count['unlabelled', 'real MT']}, "
              f"{fired['unlabelled', 'injected']:4d}/{count['unlabelled', 'injected']} | refA "
              f"{fired['clean', 'refA']:4d} = {100 * fired['clean', 'refA'] / max(1, count['clean', 'refA']):.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--baseline", type=Path, default=Path("/work/briefs/base24"))
    ap.add_argument("--show", default=None)
    args = ap.parse_args(argv)
    report(gather(args.shared, args.baseline), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
