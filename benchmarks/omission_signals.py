"""What do the missed partial omissions drop, and which signal could see them? (issue 18, releases 24 and 27)

    .venv/bin/python benchmarks/omission_signals.py [--shared PATH] [--baseline DIR] [--show GROUP]

For every line of the wmt-mt development splits (dev, dev2, dev3, heldout7-21) and of WMT22 reference A (the clean
material of `clean_refs.py`), the line is a *missed* one when the baseline `--details` (`--baseline`, one file per
split as `real.py --details` prints it) lists one of its partial-omission labels MISSED, *unlabelled* when its
document is read and the line has no label at all (clean MT lines and, heldout14-18, the untouched lines of the
edited professional references), *clean* for reference A.

1. The missed labels are grouped by what their English span holds (first group that fits, in this order): a
   closed-class qualifier in a span of four words at most (QUALIFIERS: `up to`, `only`, `at least`, `almost`…), a
   negation (`not`, `n't`, `never`, `neither`, `no`…), a figure or a bound of one, a capitalised name inside the
   sentence, an attribution or source (`said`, `according to`, `report`), a whole sentence of a line of several,
   a clause (five words or more), a single word, a phrase of two to four words. Each group is counted per origin
   (real MT: dev, dev2, dev3, heldout7-13, heldout19-21; injected into professional text: heldout14-18) together with
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
Release 27 (base27 details, heldout20 and heldout21 added: 379 real-MT lines with 380 missed labels, 121 injected
lines; 17,218 + 3,421 unlabelled lines; 2,037 of reference A). Groups (real MT rows): qualifier 21, negation 13,
figure 17, name 9, attribution 6, sentence 8, clause 86, phrase 134, word 87 (injected as before, no qualifier). Of
the 21 qualifier rows 19 are heldout19-21's (`up to` dropped: 2 sentences of one e-commerce document in 8 and 9
systems, and `up to 96 samples`), 2 the other real-MT splits'. Read by hand, heldout19-21's 119 rows drop: a clause or
verb phrase 34 and a lone verb 6 (`and got offered a job`, 9 systems; `to pull clear`, `lamented`), a qualifier 22
(`up to` 18, `potential` 2, `apparently`, `An extra`), an adjective, adverb or lone noun 17 (`chaotic`, `very proud`), a
noun or prepositional phrase 13 (`in a listed mill`, `at extra cost`), a name, title or label 11 (FAQ `Q.`/`A.` 5 of
one document, `Terms of Sale` 3, `Director`), a time or place adverbial 8 (`from dispatch` 5, `in the Premier
League`, `a few days ago`), an attribution 4 (`: Report` 3, `Afaik`), a negation 2, a list item 1, a repeated word 1;
no whole sentence.

    signal                                                missed real / inj   unlabelled real / inj   refA (per 100)
    a qualifier with no CC-CEDICT rendering in the Chinese  30 / 4              237 / 88             25 (1.23)
    TQA209 (a number rule) reports a bound dropped/changed  19 / 0                0 / 0               0 (0.00)
    2 unrendered words in a row, no room for them           6 / 0               31 / 5               1 (0.05)

The dictionary qualifier list (`_qualifier_renderings`: every CC-CEDICT headword glossed as the qualifier) fires on
eight unlabelled lines for each missed one; left to qualifiers not before a figure and a translation below 90% of its
length it reaches 9 missed lines (2 whose span holds the qualifier) against 30 + 24 unlabelled and 8 of reference A.
The qualifier rows it should reach are the figures' bounds, and those TQA209 already reports, on no unlabelled line:
it is category `number`, and the readers of heldout19/21 filed the dropped `up to` as `partial-omission` (18 rows)
while those of heldout10 and heldout14 filed dropped bounds (`less than a year`, `well over 100lbs`, `more than
7,600`) as `number` (4 rows) and the numbers set (which has no omission kind) the same lines 1446 and 862 as
`number:approximation`/`scope`: moving the dropped bound to an omission rule would trade 18 labels for 7, a labelling
convention, not a gain. The room signal (`_unaccounted`: Han characters outside every rendering the English words
find, the grammar characters and transliterated names left out) cannot separate: their share of the translation (against its
longest unrendered run of one word or more) is spread alike: below 40% on 58% of the missed lines with such a run
(271 of 470), 55% of 3,000 unlabelled lines drawn at random (1,078 of 1,973) and 50% of reference A (734 of 1,465); the
lexicon leaves a third of any translation unaccounted. Nothing shipped.
"""

from __future__ import annotations

import argparse
import collections
import functools
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real import LABELS, line_pairs, missed_rows, read_tsv  # noqa: E402

from transqa.checks import coverage  # noqa: E402
from transqa.checks.coverage import NEGATION_IDIOM, content_word_spans, loose_flags  # noqa: E402
from transqa.config import Settings  # noqa: E402
from transqa.engine import check_documents  # noqa: E402
from transqa.lang.chinese import chinese_sentences  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402
from transqa.lang.lexicon import PARENS, cedict, found_renderings, rendered_flags  # noqa: E402
from transqa.load.markdown import parse_markdown  # noqa: E402
from transqa.load.text import parse_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REAL_MT = ("dev", "dev2", "dev3", *(f"heldout{n}" for n in range(7, 14)), "heldout19", "heldout20", "heldout21")
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
# Closed-class qualifiers that change a claim when dropped: bounds, hedges, restrictions (issue 18's `up to`, `only`,
# `about`, `at least`, `almost`; `not` is the negation group). Their renderings come from CC-CEDICT (`_qualifier_renderings`).
QUALIFIERS = ("up to", "at least", "at most", "only", "merely", "barely", "almost", "nearly", "approximately",
              "roughly", "apparently", "allegedly", "reportedly", "probably", "possibly", "perhaps", "maybe")
EN_QUALIFIER = re.compile(r"\b(?:" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\b", re.IGNORECASE)
_NAME_INSIDE = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b[A-Z][a-z]+")


@dataclass
class Line:
    split: str  # a split name, or "refA"
    kind: str  # "missed", "unlabelled", "found" (labels, none missed), "clean" (reference A)
    en: str
    zh: str
    spans: list[str]  # the English of the missed partial-omission labels of this line
    kinds: frozenset[str] = frozenset()  # the kinds of all labels of this line


def missed_partial(baseline: Path) -> dict[tuple[str, str], list[str]]:
    """(doc, line) → the English spans of the partial omissions a baseline listing (`real.py --details`) shows missed."""
    out: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for doc, line, en in missed_rows(baseline, "partial-omission"):
        out[(doc, line)].append(en)
    return out


def labelled_lines(shared: Path) -> Iterator[tuple[str, dict[str, str], tuple[str, str], str, str, set[str]]]:
    """Every line of every read document of the development wmt-mt splits (REAL_MT, then INJECTED): (split, the
    document's row of documents.tsv, (doc, line), English, Chinese, the label kinds of the line)."""
    docs = read_tsv(LABELS / "wmt-mt" / "documents.tsv")
    cache: dict[tuple[str, str], list[str]] = {}
    for split in (*REAL_MT, *INJECTED):
        labelled: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
        for lab in read_tsv(LABELS / "wmt-mt" / f"labels.{split}.tsv"):
            labelled[(lab["doc"], lab["line"])].add(lab["kind"])
        for d in (d for d in docs if d["split"] == split and d["status"] == "read"):
            for n, en, zh in line_pairs(shared, d, cache):
                key = (d["doc"], str(n))
                yield split, d, key, en, zh, labelled.get(key, set())


def reference_a(shared: Path) -> Iterator[tuple[str, str]]:
    """The (English, Chinese) lines of WMT22's professional reference A, both sides non-empty (the clean material)."""
    src = (shared / WMT22 / "sources/generaltest2022.en-zh.src.en").read_text(encoding="utf-8").split("\n")
    ref = (shared / WMT22 / "references/generaltest2022.en-zh.ref.A.zh").read_text(encoding="utf-8").split("\n")
    return ((en, zh) for en, zh in zip(src, ref, strict=False) if en.strip() and zh.strip())


def gather(shared: Path, baseline: Path) -> list[Line]:
    missed = missed_partial(baseline)
    lines: list[Line] = []
    for split, _d, key, en, zh, kinds in labelled_lines(shared):
        kind = "missed" if key in missed else "found" if kinds else "unlabelled"
        lines.append(Line(split, kind, en, zh, missed.get(key, []), frozenset(kinds)))
    lines.extend(Line("refA", "clean", en, zh, []) for en, zh in reference_a(shared))
    return lines


def group(en: str, span: str) -> str:
    """What a missed span holds (the first group that fits)."""
    words = span.split()
    if len(words) <= 4 and EN_QUALIFIER.search(span):
        return "qualifier"
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


# Negations that negate nothing a reader could lose: coverage.NEGATION_IDIOM (`No 10`, `nothing but`, `not only`, a tag
# question, `no idea` → 才知道), and `not … until` rendered 直到 … 才 (here without coverage's `till`).
_UNTIL = re.compile(r"\b(?:until|unless)\b", re.IGNORECASE)


def _negation_lost_strict(ln: Line) -> bool:
    """`_negation_lost` without the negations of `NEGATION_IDIOM`, nor a `not … until` rendered 直到 … 才."""
    en = NEGATION_IDIOM.sub(" ", ln.en)
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


@functools.cache
def _qualifier_renderings() -> dict[str, frozenset[str]]:
    """Each qualifier of QUALIFIERS → every simplified CC-CEDICT headword (any length) one of whose definitions, its
    asides left out, is the qualifier or opens with it before a comma (`only`: 只, 仅, 才, 唯一, 不过…; `up to`: 多达,
    截至…): a dictionary's list, not one read off the rows."""
    out: dict[str, set[str]] = {q: set() for q in QUALIFIERS}
    for _trad, simp, _pinyin, defs in cedict():
        for d in defs.split("/"):
            d = PARENS.sub("", d).strip().lower()
            for q in QUALIFIERS:
                if d == q or d.startswith(q + ", "):
                    out[q].add(simp)
    return {q: frozenset(v) for q, v in out.items()}


def _qualifier_lost(ln: Line) -> bool:
    """A qualifier of the English (QUALIFIERS) none of whose dictionary renderings is in the Chinese."""
    table = _qualifier_renderings()
    for m in EN_QUALIFIER.finditer(ln.en):
        q = " ".join(m.group(0).lower().split())
        if not any(r in ln.zh for r in table[q]):
            return True
    return False


_BOUND_RULE = Settings(select=("TQA209",))


def _bound_reported(ln: Line) -> bool:
    """TQA209 (a number rule) reports the line's bound dropped or changed (`up to 2 weeks` → `需要2周`)."""
    if not EN_QUALIFIER.search(ln.en) and not EN_FIGURE.search(ln.en):
        return False
    result = check_documents(parse_text("x.en.txt", ln.en + "\n"), parse_markdown("x.zh.md", ln.zh + "\n"), _BOUND_RULE)
    return bool(result.findings)


# Characters of a translation that render no English word: Han characters outside every dictionary rendering the line's
# English words find in it and outside transliterated names (runs joined by `·`), the grammatical characters below left
# out. A paraphrase puts the words of an unrendered English run somewhere among them; a drop leaves none.
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_ZH_GRAMMAR = frozenset("的了是在和与及也都就还将把被对从向于为而并或等这那其之所以个位名些种次着过得地很更最又再已会能要让"
                        "使给由到该此它他她们我你您不没有一上中下后前里内外时")
_ZH_NAME = re.compile(r"[\u4e00-\u9fff]+(?:[·・•][\u4e00-\u9fff]+)+")


def _unaccounted(en: str, zh: str) -> int:
    """How many Han characters of the translation render no English word of the line (see _ZH_GRAMMAR)."""
    names = frozenset(w for _, _, w in content_word_spans(en))
    covered = [False] * len(zh)
    spans = [m.span() for r in {r for rs in found_renderings(names, zh).values() for r in rs if r}
             for m in re.finditer(re.escape(r), zh)]
    for a, b in [*spans, *(m.span() for m in _ZH_NAME.finditer(zh))]:
        covered[a:b] = [True] * (b - a)
    return sum(1 for k, c in enumerate(zh) if _HAN_CHAR.match(c) and not covered[k] and c not in _ZH_GRAMMAR)


def _run_unaccounted(ln: Line) -> bool:
    """The longest run of two or more unrendered English content words in a row within a clause, the rest rendered for
    60% or more (three words at least), and fewer Han characters rendering nothing (`_unaccounted`) than 0.3 of the
    length the run predicts (English characters / 2.95): nowhere in the translation for the run's words to be."""
    words = content_word_spans(ln.en)
    flags = loose_flags([w for _, _, w in words], ln.zh)
    best: tuple[int, int] | None = None
    i = 0
    while i < len(words):
        j = i + 1
        while not flags[i] and j < len(words) and not flags[j] and not coverage._run_stops(ln.en, words[j - 1][1], words[j][0]):
            j += 1
        if not flags[i] and j - i >= 2 and (best is None or j - i > best[1] - best[0]):
            best = (i, j)
        i = j
    if best is None or sum(flags) < max(3, 0.6 * (len(words) - (best[1] - best[0]))):
        return False
    return _unaccounted(ln.en, ln.zh) < 0.3 * (words[best[1] - 1][1] - words[best[0]][0]) / 2.95


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
    "a qualifier with no CC-CEDICT rendering in the Chinese": _qualifier_lost,
    "TQA209 (a number rule) reports a bound dropped or changed": _bound_reported,
    "2 unrendered words in a row, the translation holds no room for them": _run_unaccounted,
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
    for g in ("qualifier", "negation", "figure", "name", "attribution", "sentence", "clause", "phrase", "word"):
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
    ap.add_argument("--baseline", type=Path, default=Path("/work/briefs/base27"))
    ap.add_argument("--show", default=None)
    args = ap.parse_args(argv)
    report(gather(args.shared, args.baseline), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
