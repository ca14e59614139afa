"""Unrendered runs of English content words by sentence alignment (issue 18, release 28).

    .venv/bin/python benchmarks/omission_runs.py [--shared PATH] [--baseline DIR] [--show SETTING] [--cache FILE]

The signal: the English paragraph and its translation are aligned sentence by sentence (`align_sentences`, the
omission check's aligner); in each sentence bead, each English content word (`content_word_spans`) is rendered or
not in the bead's Chinese by any rendering the lexicon gives (`loose_flags`, TQA012's measure). A *run* is two or
more consecutive unrendered content words of one English sentence; it is *bracketed* when the `n` content words
before it and the `n` after it (same sentence) are all rendered: the bead is aligned and the lexicon covers the
run's neighbourhood, so the run itself looks dropped (`a clause, an adverbial, a qualifier phrase`).

Every run of every line is recorded with its knobs (length, strong words — a clean translation renders them on
85% of calibration lines or more, `reliability` —, rendered neighbours on each side, whether a clause stop lies
inside it, whether its words are rendered anywhere else in the paragraph, the bead's share of other words rendered,
the line's length ratio), then settings are counted over:

- *missed*: lines of the wmt-mt development splits whose partial-omission label the baseline `--details` lists
  MISSED (`hit`: the run overlaps a missed span; `line`: it fires on the line elsewhere);
- *found*: lines with an omission label no rule misses (neither right nor wrong for what a rule would add);
- *other*: lines labelled with other kinds only (a false omission finding);
- *unlabelled*: read lines with no label (false), of the real-MT splits and (`unlabelled-inj`) of the edited
  references of heldout14-18;
- *clean*: WMT22 reference A (`clean_refs.py`'s material) and the clean documents (note `clean`) of heldout14-18.

Precision of what a setting adds = hits / (hits + missed lines it fires elsewhere on + other + unlabelled + clean).
About two and a half minutes on the shared machine (`--cache FILE` keeps the runs for a second reading).

Figures it printed (release 28; base28 details; 494 lines with a missed partial omission over the sixteen real-MT
and injected splits, 149 of them in heldout19-21 and dev3; 17,218 unlabelled real-MT lines, 1,927 unlabelled lines
of the injected documents, 3,628 lines with other labels only; clean: 2,037 lines of reference A and 1,494 of the
clean documents of heldout14-18). `P` counts every false line (other, unlabelled, clean and the missed line fired
elsewhere than its span) against the hits:

    setting (run of unrendered words, bracketed)          hit/494  other unlab. unlab.inj refA/100 clean14-18/100 P
    2 words, 1 rendered word each side                      111     923   2845     641     23.71     33.94       0.02
    2 words, 2 each side                                     36     387   1117     232      7.22     11.71       0.02
    2 words, 3 each side                                     13     125    433      71      2.21      3.75       0.02
    3 words, 2 each side                                     10      95    232      64      1.96      3.61       0.02
    4 words, 2 each side                                      2      31     58      26      0.69      1.14       0.01
    2 each side, none rendered in the paragraph, bead 80%    17     234    810     116      3.88      6.29       0.01
    2 words of reliability 0.5+, line below 82%              15      15     14      15      1.33      0.87       0.14
    3 words of reliability 0.5+, line below 82%               4       2      1       1      0.15      0.07       0.33
    3 words of reliability 0.6+, nowhere, line below 100%     5       2      0       1      0.05      0.27       0.38
    3 words of reliability 0.7+, line below 100%              3       1      0       0      0.05      0.13       0.43
    sentence bead below 82% of its length                    37      63    238      80      4.07      4.28       0.06
    sentence bead below 70%                                   7       4      3       9      0.44      0.67       0.15
    3 words of reliability 0.5+, sentence bead below 70%      3       0      0       0      0.05      0.00       0.75
    2 words of reliability 0.85+ (TQA012's strong words)      7       6      1       0      0.25      0.20       0.32

A bracketed run of two unrendered words stands on 63 of the 149 missed lines of heldout19-21 and dev3 (35 of them
over the missed span) and on 990 of the 3,531 clean lines: a professional translation leaves two or more adjacent
content words without a dictionary rendering, between rendered ones, in one paragraph in four (reference A) to one in
three (the WMT21-24 references of heldout14-18); the neighbours' coverage, the run's length and the sentence bead's
length lower both sides alike. The best setting, 3 hits against 1 false line (reference A), finds only whole clauses
injected into heldout15 (`the crops mature at different rates`, `too quickly, some officials have since acknowledged`,
`Attorney General Bill Barr announced…`): no real MT, one split. Nothing built (`docs/benchmarks-history.md`).

`--sentences`: the same material, whole English sentences of paragraphs of two or more (1,891 sentences, 75 of them on
lines with a missed partial omission) none of whose content words is rendered in their bead nor anywhere in the
paragraph, the paragraph's other words rendered: with 2+ words, half the others rendered and the line below its
expected length, 2 hits (`It could be a second wave.`, heldout14; `rosemary and thyme`, heldout18: both injected)
against 1 unlabelled, 6 unlabelled injected, 1 other-label and 5 clean lines (`has been blighted by the pandemic.`,
its rendering 疫情毁了 outside the dictionary); every setting stays below 0.3.

`--grid`: all 3,888 combinations of run length (2, 3), reliable words (0, 2, 3 at 0.5, 0.6, 0.7), rendered neighbours
(0-2), rendered nowhere else, bead share (0, 0.7, 0.85), line ratio (any, below 100%, 82%), sentence bead ratio (any,
82%, 70%, 61%) and within one clause: none reaches 0.9 with 3 hits or more; the best, 3 words of which 2 reliable at
0.7, one rendered neighbour, the sentence bead below 70%: 4 hits (heldout15 3, heldout21 1) against 1 false line, 0.80,
and picked from 3,888 on the same lines.

By position in the Chinese too (`gap`: the Han characters rendering no English word between the nearest renderings
of the run's two neighbours; `room`: those of the whole bead, against the run's expected length, English characters /
2.95): a dropped run should leave its neighbours side by side. It does not separate: the neighbours stand side by side
for 61 of 269 placed bracketed runs of missed lines (23%), 717 of 3,024 of unlabelled lines (24%) and 246 of 1,180 of
clean lines (21%) — Chinese word order moves the neighbours apart as often as a drop brings them together. Gap 0
alone: 31 hits against 131 + 103 clean lines; with room below 0.3 of the run: 4 against 7; the one setting at 1.00,
3 words of which 2 reliable at 0.7, the sentence bead below 82% and gap 0, has 3 hits (heldout14 1, heldout15 2, all
injected, no real MT) and no false line, picked from a search of 576 settings on the same lines: too thin to build on.

`--told`: the next class a surface signal could reach, the addressee of `told` dropped (`told the Daily Mail`, `told
PA`, `she told Rob Lowe on his podcast`): a translation that neither keeps the addressee in Latin script nor addresses
anyone (告诉, 向…表示, 接受…采访) stands on 3 missed lines, all injected (heldout15 2, heldout18 1), 3 lines found
already, 1 clean line (reference A, `told Mr Putin` → `警告普京`) and no unlabelled or real-MT line: no real MT drops it
among the labelled lines, so it would gain on injected splits only. Not built.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import pickle
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from omission_signals import INJECTED, labelled_lines, missed_partial, reference_a  # noqa: E402

from transqa.align.sentences import SentenceAlignment, align_sentences  # noqa: E402
from transqa.checks import coverage  # noqa: E402
from transqa.checks.coverage import content_word_spans, loose_flags  # noqa: E402
from transqa.lang.english import english_sentences  # noqa: E402
from transqa.lang.glosses import found_any  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402
from transqa.lang.reliability import reliability  # noqa: E402
from transqa.load.text import parse_text  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OMISSION_KINDS = frozenset({"partial-omission", "omission", "truncation", "sentence-omission"})


@dataclass
class Line:
    split: str
    kind: str  # missed | found | other | unlabelled | clean
    en: str
    zh: str
    spans: list[str]


@dataclass
class Run:
    line: int  # index into the lines
    start: int  # English character offsets
    end: int
    words: int
    rel: tuple[float, ...]  # `reliability` of its words
    before: int  # rendered content words in a row before the run (same sentence), up to 3
    after: int
    stop_inside: bool  # a clause stop (comma, conjunction…) lies between two of its words
    elsewhere: bool  # one of its words is rendered somewhere else in the translation paragraph
    share: float  # the share of the bead's other content words rendered
    ratio: float  # the line's log length ratio
    sent_ratio: float  # the sentence bead's log length ratio (its English sentences against its Chinese ones)
    gap: int = -1  # Han characters rendering no English word between the neighbours' renderings (-1: not placed)
    room: int = 0  # Han characters rendering no English word in the whole bead


def gather(shared: Path, baseline: Path) -> list[Line]:
    missed = missed_partial(baseline)
    lines: list[Line] = []
    for split, d, key, en, zh, kinds in labelled_lines(shared):
        if key in missed:
            kind = "missed"
        elif kinds & OMISSION_KINDS:
            kind = "found"
        elif kinds:
            kind = "other"
        elif d.get("note", "") == "clean":  # an untouched professional reference (heldout14-18)
            kind = "clean"
        else:
            kind = "unlabelled-inj" if split in INJECTED else "unlabelled"
        lines.append(Line(split, kind, en, zh, missed.get(key, [])))
    lines.extend(Line("refA", "clean", en, zh, []) for en, zh in reference_a(shared))
    return lines


def _aligned(ln: Line) -> tuple[str, str, SentenceAlignment, list[tuple[int, int, str]], list[bool]] | None:
    """A one-paragraph line's English and Chinese, their sentence alignment, the English content words (start, end,
    word) and whether each has a rendering anywhere in the line's Chinese; None when either side is not one
    paragraph or the sentences do not align."""
    en_doc, zh_doc = parse_text("x.en.txt", ln.en + "\n"), parse_text("x.zh.txt", ln.zh + "\n")
    if len(en_doc.blocks) != 1 or len(zh_doc.blocks) != 1:
        return None
    en, zh = en_doc.blocks[0].text, zh_doc.blocks[0].text
    aligned = align_sentences(en_doc.blocks, zh_doc.blocks)
    if aligned is None:
        return None
    words = content_word_spans(en)
    return en, zh, aligned, words, loose_flags([w for _, _, w in words], zh)


def _runs(k: int, ln: Line) -> list[Run]:
    got = _aligned(ln)
    if got is None:
        return []
    en, zh, aligned, words, line_flags = got
    ratio = log_ratio(en, zh)
    out: list[Run] = []
    for bead in aligned.beads:
        if not bead.source or not bead.target:
            continue
        zh_bead = "".join(zh[aligned.target[t][1]:aligned.target[t][2]] for t in bead.target)
        sent_ratio = log_ratio(" ".join(en[aligned.source[u][1]:aligned.source[u][2]] for u in bead.source), zh_bead)
        for s in bead.source:
            _, a, b = aligned.source[s]
            idx = [i for i, (ws, we, _) in enumerate(words) if ws >= a and we <= b]
            if len(idx) < 3:
                continue
            flags = loose_flags([words[i][2] for i in idx], zh_bead)
            found = _sentence_runs(k, en, words, idx, flags, line_flags, (ratio, sent_ratio))
            if found:
                _place(found, words, idx, zh_bead)
            out.extend(found)
    return out


@dataclass
class Sentence:
    """One English sentence of a paragraph of two or more, against its sentence bead's Chinese."""

    line: int
    start: int
    end: int
    words: int  # its content words
    in_bead: int  # …rendered in the bead's Chinese
    in_line: int  # …rendered anywhere in the paragraph's Chinese
    others: int  # the paragraph's other content words
    others_share: float  # …the share of them rendered
    ratio: float  # the line's log length ratio

    def fires(self, min_words: int, share: float, ratio: float) -> bool:
        return (self.words >= min_words and self.in_bead == 0 and self.in_line == 0 and self.others >= 3
                and self.others_share >= share and self.ratio < ratio)


def _sentences(k: int, ln: Line) -> list[Sentence]:
    """The English sentences of a paragraph of two or more, each against its bead's Chinese (none: empty)."""
    if len(english_sentences(ln.en)) < 2:
        return []
    got = _aligned(ln)
    if got is None:
        return []
    en, zh, aligned, words, line_flags = got
    out = []
    for bead in aligned.beads:
        zh_bead = "".join(zh[aligned.target[t][1]:aligned.target[t][2]] for t in bead.target)
        for s in bead.source:
            _, a, b = aligned.source[s]
            inside = [i for i, (ws, we, _) in enumerate(words) if ws >= a and we <= b]
            flags = loose_flags([words[i][2] for i in inside], zh_bead) if zh_bead else [False] * len(inside)
            others = [i for i in range(len(words)) if i not in inside]
            out.append(Sentence(k, a, b, len(inside), sum(flags), sum(line_flags[i] for i in inside), len(others),
                                sum(line_flags[i] for i in others) / max(1, len(others)), log_ratio(en, zh)))
    return out


def sentence_report(lines: list[Line], sentences: list[Sentence]) -> None:
    """Whole English sentences none of whose content words is rendered, in their bead or anywhere in the paragraph."""
    print("a whole sentence unrendered (paragraphs of 2+ sentences): hits | lines fired by kind")
    for min_words, share, ratio in ((1, 0.0, 9.0), (1, 0.5, 0.0), (2, 0.0, 9.0), (2, 0.5, 0.0), (2, 0.7, 0.0)):
        fired: dict[int, bool] = {}
        for x in sentences:
            if x.fires(min_words, share, ratio):
                fired[x.line] = fired.get(x.line, False) or _overlaps(lines[x.line], Run(x.line, x.start, x.end, 0, (), 0, 0, False, False, 0.0, 0.0, 0.0))
        c = collections.Counter("hit" if h and lines[k].kind == "missed" else lines[k].kind for k, h in fired.items())
        print(f"  {min_words}+ words, others rendered {share:.0%}+, line ratio below {ratio}: {dict(c)}")


_HAN = re.compile(r"[\u4e00-\u9fff]")
# characters of grammar, pronouns and measure that render no content word (release 27's `_unaccounted`)
_ZH_GRAMMAR = frozenset("的了是在和与及也都就还将把被对从向于为而并或等这那其之所以个位名些种次着过得地很更最又再已会能要让"
                        "使给由到该此它他她们我你您不没有一上中下后前里内外时")
_ZH_NAME = re.compile(r"[\u4e00-\u9fff]+(?:[·・•][\u4e00-\u9fff]+)+")


def _place(found: list[Run], words: list[tuple[int, int, str]], idx: list[int], zh: str) -> None:
    """Set each run's `gap` (the unaccounted Han characters between the nearest renderings of the content words just
    before and just after it) and `room` (those of the whole bead): a dropped run leaves its neighbours side by side."""
    names = frozenset(words[i][2] for i in idx)
    anywhere = found_any(names, zh)
    spans: dict[str, list[tuple[int, int]]] = {}
    covered = [False] * len(zh)
    for w, rs in anywhere.items():
        spans[w] = [m.span() for r in rs if r for m in re.finditer(re.escape(r), zh)]
        for a, b in spans[w]:
            covered[a:b] = [True] * (b - a)
    for m in _ZH_NAME.finditer(zh):
        covered[m.start():m.end()] = [True] * (m.end() - m.start())
    free = [bool(_HAN.match(c)) and not covered[n] and c not in _ZH_GRAMMAR for n, c in enumerate(zh)]
    starts = {words[i][0]: n for n, i in enumerate(idx)}
    for r in found:
        r.room = sum(free)
        n = starts[r.start]
        left = spans.get(words[idx[n - 1]][2], []) if n > 0 else []
        right = spans.get(words[idx[n + r.words]][2], []) if n + r.words < len(idx) else []
        gaps = [sum(free[min(b1, b2):max(a1, a2)]) for a1, b1 in left for a2, b2 in right]
        r.gap = min(gaps) if gaps else -1


def _sentence_runs(k: int, en: str, words: list[tuple[int, int, str]], idx: list[int], flags: list[bool],
                   line_flags: list[bool], ratios: tuple[float, float]) -> list[Run]:
    out = []
    i = 0
    while i < len(idx):
        if flags[i]:
            i += 1
            continue
        j = i
        while j < len(idx) and not flags[j]:
            j += 1
        if j - i >= 2:
            before = 0
            while before < 3 and i - before - 1 >= 0 and flags[i - before - 1]:
                before += 1
            after = 0
            while after < 3 and j + after < len(idx) and flags[j + after]:
                after += 1
            names = [words[idx[m]][2] for m in range(i, j)]
            others = len(idx) - (j - i)
            out.append(Run(
                k, words[idx[i]][0], words[idx[j - 1]][1], j - i, tuple(reliability(w) for w in names),
                before, after,
                any(coverage._run_stops(en, words[idx[m]][1], words[idx[m + 1]][0]) for m in range(i, j - 1)),
                any(line_flags[idx[m]] for m in range(i, j)),
                sum(flags) / others if others else 0.0, *ratios))
        i = j
    return out


@dataclass(frozen=True)
class Setting:
    words: int = 2  # run length at least
    strong: int = 0  # words at least whose reliability is `reliable` or more
    reliable: float = 0.85
    sides: int = 1  # rendered neighbours on each side at least
    no_stop: bool = False  # the run within one clause
    nowhere: bool = False  # none of its words rendered anywhere in the paragraph
    share: float = 0.0  # the bead's other words rendered, at least
    ratio: float = 9.0  # the line's log length ratio below
    sent_ratio: float = 9.0  # the sentence bead's log length ratio below
    gap: int = 999  # unaccounted Han characters between the neighbours' renderings at most (placed runs only)
    room: float = 99.0  # unaccounted Han characters of the bead at most, as a share of the run's expected length

    def fires(self, r: Run) -> bool:
        return (r.words >= self.words and sum(x >= self.reliable for x in r.rel) >= self.strong and min(r.before, r.after) >= self.sides
                and not (self.no_stop and r.stop_inside) and not (self.nowhere and r.elsewhere)
                and r.share >= self.share and r.ratio < self.ratio and r.sent_ratio < self.sent_ratio
                and (self.gap == 999 or 0 <= r.gap <= self.gap) and r.room <= self.room * (r.end - r.start) / 2.95)


def _overlaps(ln: Line, r: Run) -> bool:
    for span in ln.spans:
        a = ln.en.find(span)
        if a >= 0 and a < r.end and r.start < a + len(span):
            return True
    return False


def count(lines: list[Line], runs: list[Run], setting: Setting, focus: tuple[str, ...] | None = None) -> dict[str, int]:
    fired: dict[int, bool] = {}
    for r in runs:
        if setting.fires(r):
            fired[r.line] = fired.get(r.line, False) or _overlaps(lines[r.line], r)
    c: collections.Counter[str] = collections.Counter()
    for k, hit in fired.items():
        ln = lines[k]
        if focus is not None and ln.split not in focus and ln.kind != "clean":
            continue
        if ln.kind == "missed":
            c["hit" if hit else "line"] += 1
            if hit:
                c["hit:" + ln.split] += 1
        else:
            c[ln.kind] += 1
            c[f"{ln.kind}:{ln.split}"] += 1
    return dict(c)


SETTINGS = [
    Setting(),
    Setting(sides=2),
    Setting(sides=3),
    Setting(words=3),
    Setting(words=3, sides=2),
    Setting(words=4, sides=2),
    Setting(sides=2, nowhere=True, share=0.8),
    Setting(strong=2, reliable=0.5),
    Setting(strong=2, reliable=0.5, ratio=-0.2),
    Setting(strong=2, reliable=0.5, sides=2, ratio=-0.1),
    Setting(strong=3, reliable=0.5, ratio=-0.2),
    Setting(strong=2, reliable=0.6, ratio=-0.2),
    Setting(strong=3, reliable=0.6, ratio=0.0, nowhere=True),
    Setting(strong=2, reliable=0.7),
    Setting(strong=2, reliable=0.7, ratio=-0.2),
    Setting(strong=3, reliable=0.7, ratio=0.0),
    Setting(strong=2, reliable=0.8, ratio=0.0, nowhere=True),
    Setting(sent_ratio=-0.2),
    Setting(sent_ratio=-0.36),
    Setting(sides=2, sent_ratio=-0.36),
    Setting(strong=2, reliable=0.5, sent_ratio=-0.2),
    Setting(strong=2, reliable=0.5, sent_ratio=-0.36),
    Setting(strong=2, reliable=0.7, sent_ratio=-0.2),
    Setting(strong=3, reliable=0.5, sent_ratio=-0.36),
    Setting(gap=0),
    Setting(gap=0, room=0.3),
    Setting(strong=2, reliable=0.5, gap=1, room=0.3, sent_ratio=0.0),
    Setting(words=3, strong=2, reliable=0.7, gap=0, sent_ratio=-0.2),
    Setting(strong=2),
    Setting(strong=2, sides=2),
    Setting(strong=2, sides=2, nowhere=True, no_stop=True),
    Setting(strong=3, sides=2, nowhere=True),
]


_TOLD = re.compile(r"\b(?:told|telling|tells)\s+(?:the\s+)?((?:[A-Z][\w.'’&-]*\s*){1,4})")
_ZH_ADDRESSED = re.compile(r"告诉|告知|向.{0,12}(?:说|表示|透露|称)|对.{0,12}(?:说|表示)|接受.{0,15}采访")


def told_report(lines: list[Line]) -> None:
    """The addressee of `told` (`told the Daily Mail`, `told PA`): lines whose translation neither keeps the
    addressee's first word in Latin script nor addresses anyone (告诉, 向…表示, 接受…采访), by kind of line."""
    c: collections.Counter[tuple[str, str]] = collections.Counter()
    for ln in lines:
        m = _TOLD.search(ln.en)
        if m is None:
            continue
        kept = m.group(1).split()[0].lower() in ln.zh.lower()
        c[(ln.kind, "kept" if kept else "addressed" if _ZH_ADDRESSED.search(ln.zh) else "neither")] += 1
    for (kind, how), n in sorted(c.items()):
        print(f"  {kind:15s} {how:10s} {n}")


def grid(lines: list[Line], runs: list[Run]) -> None:
    """Every combination of the knobs (3,888 settings; bracketing optional, sides=0): those with 3 hits or more at
    precision 0.6 or more, best first."""
    best = []
    for words, strong, rel, sides, nowhere, share, ratio, sent, no_stop in itertools.product(
            (2, 3), (0, 2, 3), (0.5, 0.6, 0.7), (0, 1, 2), (False, True), (0.0, 0.7, 0.85), (9.0, 0.0, -0.2),
            (9.0, -0.2, -0.36, -0.5), (False, True)):
        s = Setting(words, strong, rel, sides, no_stop, nowhere, share, ratio, sent)
        c = count(lines, runs, s)
        hit = c.get("hit", 0)
        false = sum(c.get(k, 0) for k in ("line", "other", "unlabelled", "unlabelled-inj", "clean"))
        if hit >= 3 and hit >= 0.6 * (hit + false):
            best.append((hit / (hit + false), hit, false, s, {k: v for k, v in c.items() if k.startswith("hit:")}))
    for p, hit, false, s, where in sorted(best, key=lambda x: (-x[0], -x[1]))[:10]:
        print(f"  {p:.2f} {hit} hits / {false} false  {s}  {where}")


def report(lines: list[Line], runs: list[Run], show: int | None) -> None:
    n = collections.Counter(ln.kind for ln in lines)
    n_clean_ref = sum(ln.split == "refA" for ln in lines)
    n_clean_inj = n["clean"] - n_clean_ref
    n_missed = n["missed"]
    focus = ("heldout19", "heldout20", "heldout21", "dev3")
    n_focus = sum(ln.kind == "missed" and ln.split in focus for ln in lines)
    print(f"lines: {dict(n)}; reference A {n_clean_ref}, clean documents of heldout14-18 {n_clean_inj}")
    print(f"{'setting':58s} hit/missed  line other unl unl-inj refA clean14-18  P   | focus hit/{n_focus} P")
    for k, s in enumerate(SETTINGS):
        c = count(lines, runs, s)
        ref = sum(v for key, v in c.items() if key == "clean:refA")
        cl_inj = c.get("clean", 0) - ref
        false = c.get("line", 0) + c.get("other", 0) + c.get("unlabelled", 0) + c.get("unlabelled-inj", 0) + c.get("clean", 0)
        hit = c.get("hit", 0)
        f = count(lines, runs, s, focus)
        ffalse = f.get("line", 0) + f.get("other", 0) + f.get("unlabelled", 0) + f.get("clean", 0)
        label = f"{k:2d} " + ", ".join(f"{f}={getattr(s, f)}" for f in s.__dataclass_fields__ if getattr(s, f) != getattr(Setting(), f))
        print(f"{label:58s} {hit:3d}/{n_missed} {c.get('line', 0):4d} {c.get('other', 0):4d} {c.get('unlabelled', 0):4d}"
              f" {c.get('unlabelled-inj', 0):4d} {ref:3d}={100 * ref / n_clean_ref:.2f} {cl_inj:3d}={100 * cl_inj / max(1, n_clean_inj):.2f}"
              f" {hit / max(1, hit + false):.2f} | {f.get('hit', 0):3d} {f.get('hit', 0) / max(1, f.get('hit', 0) + ffalse):.2f}")
    placed = collections.Counter((lines[r.line].kind, r.gap == 0) for r in runs if r.before and r.after and r.gap >= 0)
    print("bracketed runs whose neighbours' renderings stand side by side (gap 0), by kind of line: " + ", ".join(
        f"{kind} {placed[kind, True]}/{placed[kind, True] + placed[kind, False]}"
        for kind in ("missed", "found", "other", "unlabelled", "unlabelled-inj", "clean")))
    if show is not None:
        s = SETTINGS[show]
        for r in runs:
            if s.fires(r):
                ln = lines[r.line]
                tag = "HIT" if ln.kind == "missed" and _overlaps(ln, r) else ln.kind.upper()
                print(f"{tag}\t{ln.split}\t{ln.en[r.start:r.end]!r}\t{ln.spans}\n  EN {ln.en}\n  ZH {ln.zh}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--baseline", type=Path, default=Path("/work/briefs/base28"))
    ap.add_argument("--show", type=int, default=None)
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the lines and runs (written if absent)")
    ap.add_argument("--sentences", action="store_true", help="whole sentences unrendered instead of runs")
    ap.add_argument("--grid", action="store_true", help="every combination of the knobs (about four minutes)")
    ap.add_argument("--told", action="store_true", help="the addressee of `told` dropped")
    args = ap.parse_args(argv)
    if args.cache is not None and args.cache.exists():
        lines, runs = pickle.loads(args.cache.read_bytes())
    else:
        lines = gather(args.shared, args.baseline)
        runs = [] if args.sentences else [r for k, ln in enumerate(lines) for r in _runs(k, ln)]
        if args.cache is not None and not args.sentences:
            args.cache.write_bytes(pickle.dumps((lines, runs)))
    if args.told:
        told_report(lines)
        return 0
    if args.sentences:
        sentence_report(lines, [x for k, ln in enumerate(lines) for x in _sentences(k, ln)])
        return 0
    if args.grid:
        grid(lines, runs)
        return 0
    report(lines, runs, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
