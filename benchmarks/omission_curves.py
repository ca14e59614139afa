"""Precision/recall curves of two omission signals on the real MT set, for choosing (or refusing) a threshold.

    .venv/bin/python benchmarks/omission_curves.py coverage --split dev3,heldout7,heldout8
    .venv/bin/python benchmarks/omission_curves.py semantic --split dev3,heldout7,heldout8
    .venv/bin/python benchmarks/omission_curves.py additions --split dev,dev2,dev3,heldout14,heldout15

``coverage``: for each wmt-mt line that no omission rule reports yet, the English clause (between commas,
semicolons, dashes or conjunctions, as the coverage rules cut them) with the smallest share of its dictionary
words rendered in the translation (any rendering, derived forms and phrases included: `lang.lexicon`), and the
line's length ratio (`lang.length`); a line is flagged when that clause has MINW or more dictionary words, at
most COV of them rendered, three or more rendered elsewhere, and the translation is below exp(R) of its
expected length. Each point prints the lines it would add: right (an omission-kind label on the line), false
(a line with no label, or only labels of kinds no omission finding matches) and on other defects.

``semantic``: the opt-in rule TQA011 (`checks.semantic`) scored through the engine at several thresholds
(cosine gain, length ratio) from one run that records every candidate's gain; with the CPU time it took.

``run``: the longest run of consecutive English content words none of which is rendered (not per clause), with the
line's length ratio and the share of the other words rendered: each point prints the lines it would add.

``count``: the number of English content words with no rendering at all (not per clause, not in a run), with the
line's length ratio: each point prints the lines it would add.

``misses``: the partial omissions and truncations that no omission finding is on the line of, by what was dropped
(a whole sentence, the end of the line, a clause, an attribution, a name, a phrase, a word or two) and by the first
reason the rules cannot see it (the translation ends without punctuation, no dictionary word or only one in the
span, its words seem rendered elsewhere, a normal length).

``structure``: signals that do not look words up: the English clauses (as the coverage rules cut them, two
dictionary words or more; or only those with a finite verb or a subject pronoun) against the Chinese clauses (between
`，` `；` `：` `。` `！` `？`, two Han characters or more), with the line's length ratio; an attribution (`it said`,
`according to`) with no marker of speech in the translation, by length; each point prints the lines it would add
(lines an omission finding is on left out).

``signals``: three structural signals, each with the share of its words rendered and the line's length ratio: an
English paragraph of k sentences against k-1 Chinese ones whose weakest English sentence is (nearly) unrendered while
the others render (`sentence`); a parenthetical (in brackets the translation lacks, or between spaced dashes) or a
segment an emoji bounds, unrendered while the rest renders (`segment`); the second conjunct of `X and Y` / `X or Y`
unrendered while the first renders (`conjunct`). Each point prints the lines it would add (lines an omission finding
is on left out). ``misses`` also counts the missed labels that one of them sees at its loosest point.

``additions``: four signals of an addition or a substitution (issue 18), on the splits' lines and the clean WMT22
reference A: the translation's last clause rendering none of the English while the rest renders (`clause`, by its Han
characters and the line's length ratio); a paragraph none of whose English content words is rendered (`nothing`);
a negation on one side only (`negation`); two clauses, not side by side, ending in the same run of Han characters
(`tail`). Each point prints right, false, on other defects and on the clean reference.

All print counts only (no label text), so they may be run on a validation split.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real  # noqa: E402

from transqa.checks import coverage as cov  # noqa: E402
from transqa.config import Settings  # noqa: E402
from transqa.lang.glosses import found_any  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402
from transqa.lang.lexicon import (  # noqa: E402
    content_words,
    loosely_rendered,
    matched,
    rendered_flags,
    renderings,
)
from transqa.lang.script import han_count  # noqa: E402

OMISSION_KINDS = frozenset(k for k, cats in real.KIND_CATEGORIES.items() if "omission" in cats)
KINDS = ("partial-omission", "omission", "truncation", "addition", "substitution")


_Record = tuple[str, list[dict[str, str]], list[Any], int, dict[int, str] | None]


def _recorded(split: str, settings: Settings | None = None) -> list[_Record]:
    """Each document's (name, labels, hits, paragraphs, source lines), as real.score_wmt tallies them."""
    records: list[_Record] = []
    tally = real._tally

    def keep(score: real.Score, where: str, labels: list[dict[str, str]], hits: list[Any], paragraphs: int,
             source_lines: dict[int, str] | None = None) -> None:
        records.append((where, labels, hits, paragraphs, source_lines))
        tally(score, where, labels, hits, paragraphs, source_lines)

    real._tally = keep
    try:
        real.score_wmt(real.ROOT.parent / "shared", split, real.LABELS, settings)
    finally:
        real._tally = tally
    return records


def _documents(split: str) -> Iterator[tuple[dict[str, str], list[dict[str, str]], list[Any], dict[int, str], dict[int, str]]]:
    """Each scored document of the split: its row of documents.tsv, labels, hits, and its source and translation
    lines by corpus line (numbered from 1 as the labels' lines are), as ``real.document_lines`` gives them."""
    docs = {d["doc"]: d for d in real.read_tsv(real.LABELS / "wmt-mt" / "documents.tsv")}
    shared = real.ROOT.parent / "shared"
    cache: dict[tuple[str, str], list[str]] = {}
    for where, labels, hits, _, _lines in _recorded(split):
        d = docs[where]
        en_lines, zh_lines = real.document_lines(shared, d, real.LABELS, cache)
        src, hyp = by_corpus_line(int(d["first_line"]), en_lines, zh_lines)
        yield d, labels, hits, src, hyp


def by_corpus_line(first: int, en_lines: list[str], zh_lines: list[tuple[int, str]]) -> tuple[dict[int, str], dict[int, str]]:
    """A document's English lines (from corpus line ``first``) and its translation's (corpus line, text) pairs as two
    maps from corpus line to text: a line an edit dropped is empty, a line an edit inserted after another is joined
    to it with a space (it counts as that line, as the labels count it)."""
    src = {first + k: text for k, text in enumerate(en_lines)}
    hyp = dict.fromkeys(src, "")
    for line, text in zh_lines:
        hyp[line] = f"{hyp[line]} {text}" if hyp.get(line) else text
    return src, hyp


def _lines(split: str) -> list[dict[str, Any]]:
    """Every line of the split's documents: its texts, label kinds and the finding categories on it."""
    out = []
    for d, labels, hits, src, hyp in _documents(split):
        kinds: dict[int, set[str]] = collections.defaultdict(set)
        for lab in labels:
            kinds[int(lab["line"])].add(lab["kind"])
        found: dict[int, set[str]] = collections.defaultdict(set)
        for lines, f in hits:
            for n in lines:
                found[n].add(f.category)
        for n in range(int(d["first_line"]), int(d["last_line"]) + 1):
            out.append({"en": src[n], "zh": hyp[n], "kinds": kinds.get(n, set()), "found": found.get(n, set())})
    return out


def _hits(words: list[str], zh: str) -> list[bool]:
    """For each English word: whether the Chinese renders it (a dictionary rendering, a derived form or a phrase)."""
    return [a or b for a, b in zip(rendered_flags(words, zh), loosely_rendered(words, zh), strict=True)]


def _verdict(kinds: set[str]) -> str:
    """How a flagged line counts: right (an omission-kind label), other (only labels no omission finding matches)
    or false (no label, or labels of kinds an omission finding should match but none of them an omission)."""
    if kinds & OMISSION_KINDS:
        return "right"
    return "other" if kinds and kinds <= real.UNCLAIMED else "false"


def _precision(right: int, false: int) -> str:
    return f"{right / (right + false):.2f}" if right + false else "-"


def _pct(ratio: float) -> str:
    """A log length ratio as the percentage of the expected length it stands for."""
    return f"{100 * 2.718281828 ** ratio:.0f}%"


def _weakest_clause(en: str, zh: str, min_words: int) -> tuple[float, int] | None:
    """(share rendered, rendered elsewhere) of the clause with the smallest share of rendered dictionary words."""
    words = cov._content_words(en)
    hit = _hits([w for _, _, w in words], zh)
    bounds = [0, *cov._clause_starts(en), len(en.rstrip())]
    best: tuple[float, int] | None = None
    for a, b in zip(bounds, bounds[1:], strict=False):
        inside = [i for i, (s, _, _) in enumerate(words) if a <= s < b]
        if len(inside) < min_words:
            continue
        k = sum(hit[i] for i in inside)
        share = k / len(inside)
        if best is None or share < best[0]:
            best = (share, sum(hit) - k)
    return best


def coverage_curve(splits: list[str]) -> None:
    rows = [r for s in splits for r in _lines(s)]
    po = sum("partial-omission" in r["kinds"] for r in rows)
    po_found = sum("partial-omission" in r["kinds"] and "omission" in r["found"] for r in rows)
    print(f"{','.join(splits)}: {len(rows)} lines; partial omissions found today {po_found}/{po}")
    print("min words | rendered share <= | length below | + right (partial) | + false | + on other | precision of the added")
    for min_words in (2, 3):
        feats = [(r, log_ratio(r["en"], r["zh"]), _weakest_clause(r["en"], r["zh"], min_words))
                 for r in rows if "omission" not in r["found"]]
        for share in (0.0, 0.25, 0.34, 0.5):
            for ratio in (-0.1, -0.2, -0.3):
                flagged = [r["kinds"] for r, lr, w in feats if w is not None and lr < ratio and w[0] <= share and w[1] >= 3]
                n = collections.Counter(_verdict(k) for k in flagged)
                partial = sum("partial-omission" in k for k in flagged if _verdict(k) == "right")
                print(f"{min_words} | {share} | {_pct(ratio)} | {n['right']} ({partial}) | {n['false']} | {n['other']} | "
                      f"{_precision(n['right'], n['false'])}")


_GAIN = re.compile(r"cosine \+(-?[0-9.]+)\)")


def semantic_table(splits: list[str]) -> None:
    from transqa.checks import semantic

    semantic.MAX_LOG_RATIO, semantic.MIN_GAIN = 0.0, 0.0  # record every candidate; thresholds applied below
    unmatched = semantic.unmatched_clause

    def recording(english: str, chinese: str) -> tuple[int, int, float] | None:
        _LENGTHS[chinese] = log_ratio(english, chinese)
        return unmatched(english, chinese)

    semantic.unmatched_clause = recording
    points = [(None, None)] + [(t, m) for m in (-0.1, 0.0) for t in (0.02, 0.03, 0.04, 0.05)]
    print("split | gain above | length below | " + " | ".join(KINDS) + " | omission+addition precision | all precision | "
          "findings on unlabelled documents | TQA011 findings")
    for split in splits:
        t0 = time.process_time()
        records = _recorded(split, Settings(extra=("TQA011",)))
        cpu = time.process_time() - t0
        for t, m in points:
            score, n = real.Score(), 0
            for where, labels, hits, paragraphs, source_lines in records:
                kept = []
                for lines, f in hits:
                    if f.code == semantic.CLAUSE_UNMATCHED.code:
                        g = _GAIN.search(f.message)
                        if t is None or g is None or float(g.group(1)) <= t or not _below(f, m):
                            continue
                        n += 1
                    kept.append((lines, f))
                real._tally(score, where, labels, kept, paragraphs, source_lines)  # as real.py: lost qualifiers matched
            cells = [f"{score.found[k]}/{score.labels[k]}" for k in KINDS]
            om = score.findings["omission"] + score.findings["addition"]
            ok = score.right["omission"] + score.right["addition"]
            total, right = sum(score.findings.values()), sum(score.right.values())
            print(f"{split} | {t if t is not None else 'off'} | {m if m is not None else '-'} | " + " | ".join(cells)
                  + f" | {ok}/{om} | {right / total:.3f} | {score.clean_findings}/{score.clean_paragraphs} | {n}")
        print(f"{split}: {cpu:.0f} s of CPU with TQA011 recording")


_LENGTHS: dict[str, float] = {}


def _below(f: Any, m: float | None) -> bool:
    """Whether the finding's pair is below exp(m) of its expected length (the finding quotes its whole translation)."""
    if m is None:
        return True
    return _LENGTHS.get(f.target.text.rstrip(), -1.0) < m


# ---------------------------------------------------------------------- the misses, by shape and by why
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_ZH_FINAL = re.compile(r"[。！？!?…”」』\"'）)]\s*$")
_CLAUSE_OPENER = re.compile(r"(?:and|but|or|so|because|which|who|when|while|as|since|if|though|although|after|before|that|where)\b",
                            re.IGNORECASE)
SHAPES = ("whole sentence of a line of several", "the end of the line", "a clause after a comma or conjunction",
          "an attribution (`it said`)", "a name, handle or URL", "a phrase of 3+ words (object, complement, adverbial)",
          "one or two words (qualifier, modifier, particle)")
WHYS = ("the translation ends without final punctuation", "no dictionary word in the dropped span",
        "one dictionary word (below every clause rule's minimum of two)", "its words seem rendered elsewhere in the line",
        "the translation's length is normal (86% or more of expected)", "short, but the span is partly rendered")


def _shape(kind: str, span: str, en: str) -> str:
    """What was dropped, from the label's English span and its place in the line."""
    from transqa.lang.sentencizer import sentences

    i, n = en.find(span), len(_WORD.findall(span))
    sents = sentences(en)
    if i >= 0 and len(sents) > 1 and any(i <= a + 3 and i + len(span) >= b - 3 for a, b in sents):
        return SHAPES[0]
    before = en[:i].rstrip() if i >= 0 else ""
    tail = i >= 0 and not en[i + len(span):].strip(" .!?\"'”’)")
    if kind == "truncation" or (tail and n >= 3 and before[-1:] in ",;:—–-"):
        return SHAPES[1]
    if n >= 3 and (before[-1:] in ",;:—–-" or _CLAUSE_OPENER.match(span)):
        return SHAPES[2]
    if re.search(r"\b(?:said|says|told|according)\b", span, re.IGNORECASE):
        return SHAPES[3]
    if re.search(r"@\w|https?:|www\.|#\w", span):
        return SHAPES[4]
    return SHAPES[5] if n >= 3 else SHAPES[6]


def _why(shape: str, span: str, en: str, zh: str) -> str:
    """The first reason, in WHYS order, that the current rules cannot see the drop."""
    if shape == SHAPES[1] and not _ZH_FINAL.search(zh.rstrip()):
        return WHYS[0]
    words = [w for w in _WORD.findall(span.lower()) if len(w) >= 3 and renderings(w)]
    if not words:
        return WHYS[1]
    if len(words) == 1:
        return WHYS[2]
    if all(_hits(words, zh)):
        return WHYS[3]
    return WHYS[4] if log_ratio(en, zh) >= -0.15 else WHYS[5]


def misses_table(splits: list[str]) -> None:
    """Partial omissions and truncations no omission finding is on the line of, by shape and by the first reason the
    rules cannot see them: counts only (no label text)."""
    table: collections.Counter[tuple[str, str]] = collections.Counter()
    found: collections.Counter[str] = collections.Counter()
    seen: collections.Counter[str] = collections.Counter()
    for split in splits:
        for _, labels, hits, src, hyp in _documents(split):
            lines = {n for ls, f in hits if f.category == "omission" for n in ls}
            for lab in labels:
                if lab["kind"] not in ("partial-omission", "truncation"):
                    continue
                n = int(lab["line"])
                shape = _shape(lab["kind"], lab["en"].strip(), src[n])
                if n in lines:
                    found[shape] += 1
                else:
                    table[shape, _why(shape, lab["en"].strip(), src[n], hyp[n])] += 1
                    seen[shape] += any(_fires(fn(src[n], hyp[n]), *LOOSEST) for fn in SIGNALS.values())
    print(f"{','.join(splits)}: missed partial omissions and truncations by shape (rows) and first reason (columns)")
    print("shape | " + " | ".join(WHYS) + " | missed | found | missed that a structural signal sees (`signals`, loosest)")
    for shape in SHAPES:
        cells = [table[shape, w] for w in WHYS]
        print(f"{shape} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} | {found[shape]} | {seen[shape]}")


def run_curve(splits: list[str]) -> None:
    """The longest run of consecutive English content words with no rendering, with the line's length ratio."""
    rows = [r for s in splits for r in _lines(s)]
    feats = []
    for r in rows:
        if "omission" in r["found"]:
            continue
        hit = _hits([w for _, _, w in cov._content_words(r["en"])], r["zh"])
        best = cur = 0
        for h in hit:
            cur = 0 if h else cur + 1
            best = max(best, cur)
        feats.append((r["kinds"], best, sum(hit), len(hit), log_ratio(r["en"], r["zh"])))
    print(f"{','.join(splits)}: {len(rows)} lines")
    print("run of unrendered words >= | length below | others rendered share >= | + right | + false | + on other | precision")
    for run in (2, 3, 4, 5):
        for ratio in (0.0, -0.1, -0.2, -0.3):
            for share in (0.5, 0.7):
                n = collections.Counter(_verdict(kinds) for kinds, best, k, words, lr in feats
                                        if best >= run and lr < ratio and k >= 3 and k >= share * (words - best))
                print(f"{run} | {_pct(ratio)} | {share} | {n['right']} | {n['false']} | {n['other']} | "
                      f"{_precision(n['right'], n['false'])}")


def count_curve(splits: list[str]) -> None:
    """The count of English content words with no rendering at all in the line's translation (no dictionary
    rendering, derived form or phrase, nor any looser gloss), with the line's length ratio: each point prints the
    lines it would add (lines an omission finding is on left out)."""
    rows = [r for s in splits for r in _lines(s)]
    feats = []
    for r in rows:
        if "omission" in r["found"]:
            continue
        words = [w for _, _, w in cov._content_words(r["en"])]
        anywhere = found_any(frozenset(words), r["zh"])
        lost = sum(1 for w, h in zip(words, _hits(words, r["zh"]), strict=True) if not h and w not in anywhere)
        feats.append((r["kinds"], lost, len(words), log_ratio(r["en"], r["zh"])))
    print(f"{','.join(splits)}: {len(rows)} lines, {len(feats)} with no omission finding")
    print("unrendered words >= | length below | + right | + false | + on other | precision")
    for least in (1, 2, 3, 4, 5, 6, 8):
        for ratio in (0.3, 0.0, -0.1, -0.2, -0.3):
            n = collections.Counter(_verdict(kinds) for kinds, lost, _, lr in feats if lost >= least and lr < ratio)
            print(f"{least} | {_pct(ratio)} | {n['right']} | {n['false']} | {n['other']} | {_precision(n['right'], n['false'])}")


_ZH_CLAUSE = re.compile(r"[，,；;：:。！？!?]+")
_FINITE = re.compile(r"\b(?:is|are|was|were|am|has|have|had|will|would|can|could|should|may|might|must|does|did|said|says|"
                     r"told|'s|'re|'ve|'ll|'d)\b|\b(?:I|we|he|she|they|you)\s+[a-z]+", re.IGNORECASE)


def _clause_counts(en: str, zh: str) -> tuple[int, int, int]:
    """(English clauses with two dictionary words or more, those with a finite verb or subject pronoun, Chinese clauses
    with two Han characters or more)."""
    starts = [s for s, _, _ in cov._content_words(en)]
    bounds = [0, *cov._clause_starts(en), len(en.rstrip())]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if sum(a <= x < b for x in starts) >= 2]
    finite = sum(1 for a, b in zip(bounds, bounds[1:], strict=False) if _FINITE.search(en[a:b]))
    return len(spans), finite, sum(1 for seg in _ZH_CLAUSE.split(zh) if han_count(seg) >= 2)


def structure_curve(splits: list[str]) -> None:
    """Clause counts and attributions, with the length ratio, for the lines no omission finding is on."""
    rows = [r for s in splits for r in _lines(s) if "omission" not in r["found"]]
    feats = [(r["kinds"], log_ratio(r["en"], r["zh"]), *_clause_counts(r["en"], r["zh"]),
              bool(cov.ATTRIBUTION.search(r["en"])) and not cov._ZH_ATTRIBUTION.search(r["zh"])) for r in rows]
    print(f"{','.join(splits)}: {len(rows)} lines no omission finding is on")
    print("signal | length below | + right | + false | + on other | precision")
    for label, col in (("English clauses - Chinese clauses", 2), ("English finite clauses - Chinese clauses", 3)):
        for gap in (1, 2, 3):
            for ratio in (0.0, -0.1, -0.2, -0.3, -0.4):
                n = collections.Counter(_verdict(f[0]) for f in feats if f[col] - f[4] >= gap and f[1] < ratio)
                print(f"{label} >= {gap} | {_pct(ratio)} | {n['right']} | {n['false']} | {n['other']} | "
                      f"{_precision(n['right'], n['false'])}")
    for ratio in (9.0, 0.1, 0.0, -0.1, -0.2):
        n = collections.Counter(_verdict(f[0]) for f in feats if f[5] and f[1] < ratio)
        print(f"attribution with no marker of speech | {_pct(ratio) if ratio < 9 else 'any'} | {n['right']} | "
              f"{n['false']} | {n['other']} | {_precision(n['right'], n['false'])}")


# ---------------------------------------------------------------------- three structural signals (release seventeen)
_ZH_SENTENCE_MARK = re.compile(r"[。！？!?]+|(?<![.\d])\.(?![.\d])")
_PICTURE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]+")
_PAREN = re.compile(r"\(([^()]{3,})\)|\s[-–—]\s([^-–—]{3,}?)\s[-–—]\s")
_ZH_BRACKET = re.compile(r"[(（]")
_CONJUNCT = re.compile(r"\b(?:and|or)\s+([^,;:.!?()\-–—]+)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?()–—]|\s-\s")


def _zh_sentences(zh: str) -> int:
    """Chinese sentences with two Han characters or more (between 。！？, or a full stop not in a number or ellipsis)."""
    return sum(1 for seg in _ZH_SENTENCE_MARK.split(zh) if han_count(seg) >= 2)


def _share(span: tuple[int, int], words: list[tuple[int, int, str]], hit: list[bool]) -> tuple[int, int]:
    """(content words inside the span, those rendered)."""
    inside = [i for i, (s, _, _) in enumerate(words) if span[0] <= s < span[1]]
    return len(inside), sum(hit[i] for i in inside)


def sentence_gap(en: str, zh: str) -> tuple[int, float, float] | None:
    """An English paragraph of k sentences (two or more) against k-1 Chinese ones: (content words of the English
    sentence with the smallest rendered share, that share, the share rendered of the other sentences' words)."""
    from transqa.lang.sentencizer import sentences

    sents = [(a, b) for a, b in sentences(en) if _WORD.search(en[a:b])]
    if len(sents) < 2 or _zh_sentences(zh) != len(sents) - 1:
        return None
    words = cov._content_words(en)
    hit = _hits([w for _, _, w in words], zh)
    shares = [(n, k) for n, k in (_share(span, words, hit) for span in sents) if n]
    return _weakest((n, k / n, (sum(hit) - k) / (len(words) - n) if len(words) > n else 0.0) for n, k in shares)


def _weakest(gaps: Iterable[tuple[int, float, float]]) -> tuple[int, float, float] | None:
    """The gap (content words, share rendered, the other share) with the smallest rendered share, the first of equals."""
    return min(gaps, key=lambda g: g[1], default=None)


def _segments(en: str) -> Iterator[tuple[int, int]]:
    """Parentheticals (in brackets or between spaced dashes) and the text an emoji bounds (between two emoji, or after
    the last one), of an English line."""
    for m in _PAREN.finditer(en):
        g = 1 if m.group(1) is not None else 2
        yield m.start(g), m.end(g)
    marks = [m.span() for m in _PICTURE.finditer(en)]
    for (_, a), (b, _) in zip(marks, marks[1:], strict=False):
        yield a, b
    if marks and marks[0][0] > 0:
        yield marks[-1][1], len(en)


def segment_gap(en: str, zh: str) -> tuple[int, float, float] | None:
    """The parenthetical or emoji-bounded segment with the smallest rendered share: (its content words, that share,
    the share rendered of the line's other words); a bracketed one counts only when the translation has no bracket."""
    words = cov._content_words(en)
    hit = _hits([w for _, _, w in words], zh)
    spans = [(a, b) for a, b in _segments(en) if not (en[a - 1:a] == "(" and _ZH_BRACKET.search(zh))]
    shares = [(n, k) for n, k in (_share(span, words, hit) for span in spans) if n and n != len(words)]
    return _weakest((n, k / n, (sum(hit) - k) / (len(words) - n)) for n, k in shares)


def conjunct_gap(en: str, zh: str) -> tuple[int, float, float] | None:
    """The second conjunct of an `X and Y` / `X or Y` (up to the next punctuation) with the smallest rendered share
    while its first conjunct (back to the punctuation before) renders: (its content words, that share, the share of
    the first conjunct's words rendered)."""
    words = cov._content_words(en)
    hit = _hits([w for _, _, w in words], zh)
    gaps = []
    for m in _CONJUNCT.finditer(en):
        before = [x.end() for x in _CLAUSE_END.finditer(en, 0, m.start())]
        nx, kx = _share((before[-1] if before else 0, m.start()), words, hit)
        n, k = _share(m.span(1), words, hit)
        if n and nx and kx:
            gaps.append((n, k / n, kx / nx))
    return _weakest(gaps)


SIGNALS = {"sentence": sentence_gap, "segment": segment_gap, "conjunct": conjunct_gap}
LOOSEST = (1, 0.34, 0.3)  # one content word, at most a third of them rendered, 30% of the rest rendered


def signal_rows(splits: list[str]) -> list[dict[str, Any]]:
    """The lines of the splits with the three signals and the length ratio computed once."""
    rows = [r for s in splits for r in _lines(s)]
    for r in rows:
        r["ratio"] = log_ratio(r["en"], r["zh"])
        for name, fn in SIGNALS.items():
            r[name] = fn(r["en"], r["zh"])
    return rows


def _fires(g: tuple[int, float, float] | None, min_words: int, share: float, rest: float) -> bool:
    return g is not None and g[0] >= min_words and g[1] <= share and g[2] >= rest


def signals_curve(splits: list[str], rows: list[dict[str, Any]] | None = None) -> None:
    """Lines each structural signal adds (lines an omission finding is on left out), by its words, the share of them
    rendered, the share rendered of the rest and the length ratio."""
    rows = rows if rows is not None else signal_rows(splits)
    free = [r for r in rows if "omission" not in r["found"]]
    print(f"{','.join(splits)}: {len(rows)} lines, {len(free)} no omission finding is on")
    print("signal | words >= | rendered share <= | rest rendered >= | length below | + right | + false | + on other | "
          "precision")
    for name in SIGNALS:
        for min_words in (1, 2, 3):
            for share in (0.0, 0.34):
                for rest in (0.3, 0.5):
                    for ratio in (9.0, 0.0, -0.1, -0.2, -0.3):
                        n = collections.Counter(_verdict(r["kinds"]) for r in free
                                                if _fires(r[name], min_words, share, rest) and r["ratio"] < ratio)
                        print(f"{name} | {min_words} | {share} | {rest} | {_pct(ratio) if ratio < 9 else 'any'} | "
                              f"{n['right']} | {n['false']} | {n['other']} | {_precision(n['right'], n['false'])}")


# ---------------------------------------------------------------------- additions and substitutions (issue 18)
ADDED_KINDS = frozenset({"addition", "substitution"})
_ZH_CLAUSE_SPLIT = re.compile(r"[，,；;]")
_ZH_CLAUSE_TAIL = re.compile(r"[。！？!?…”’\"'」』）)\s.]+$")
_EN_NEGATION = re.compile(r"\b(?:not|no|never|nothing|none|nobody|neither|nor|without|cannot)\b|n't\b", re.IGNORECASE)
_ZH_NEGATION = re.compile(r"[不没未无非别勿否莫缺拒免禁休难]")
_EN_LOWER_WORDS = re.compile(r"[a-z']+")


def added_clause(en: str, zh: str) -> tuple[int, float] | None:
    """The translation's last clause (after a comma or semicolon, four Han characters or more) renders none of the
    English content words while the clauses before it render three or more, one of the English's last ones among
    them: (its Han characters, the line's log length ratio)."""
    z = zh.rstrip()
    parts = _ZH_CLAUSE_SPLIT.split(z)
    words = content_words(en)
    if len(parts) < 2 or han_count(parts[-1]) < 4 or not words:
        return None
    head = matched(words, z[: len(z) - len(parts[-1])])
    if matched(words, parts[-1]) or len(head) < 3 or not cov._ends_rendered(en, head):
        return None
    return han_count(parts[-1]), log_ratio(en, zh)


def renders_nothing(en: str, zh: str) -> int | None:
    """The distinct English content words of a paragraph none of which the translation renders (any rendering, loose
    forms and glosses included), or None when one is rendered or the translation has no Han character."""
    words = [w for _, _, w in cov._content_words(en)]
    if not words or not han_count(zh) or any(_hits(words, zh)) or any(found_any(frozenset(words), zh).values()):
        return None
    return len(set(words))


def negation_apart(en: str, zh: str, max_words: int = 12) -> bool:
    """A negation on one side only (`not`, `never`, `n't` … against 不 没 未 无 非 …), in an English paragraph of at
    most `max_words` words."""
    if not han_count(zh) or len(en.split()) > max_words:
        return False
    return bool(_EN_NEGATION.search(en)) != bool(_ZH_NEGATION.search(zh))


def shared_tail(en: str, zh: str) -> int:
    """The Han characters of the longest run two clauses of the translation, not side by side, both end in (0 when
    the English repeats three words in a row, or none)."""
    words = _EN_LOWER_WORDS.findall(en.lower())
    triples = list(zip(words, words[1:], words[2:], strict=False))
    if len(set(triples)) < len(triples):
        return 0
    clauses = [_ZH_CLAUSE_TAIL.sub("", c).lstrip("“\"「") for c in _ZH_CLAUSE_SPLIT.split(zh)]
    best = 0
    for i, a in enumerate(clauses):
        for b in clauses[i + 2 :]:
            k = 0
            while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
                k += 1
            best = max(best, han_count(b[len(b) - k :]))
    return best


def _added_verdict(kinds: set[str]) -> str:
    if kinds & ADDED_KINDS:
        return "right"
    return "other" if kinds else "false"


def additions_curve(splits: list[str]) -> None:
    """Four signals of an addition or a substitution on the splits' lines and on the clean WMT22 reference A: each
    point prints the lines it flags, right (an addition or substitution label), false (no label), on other defects,
    on the clean reference, and how many of the right ones an addition finding is on already."""
    import clean_refs

    rows = [r for s in splits for r in _lines(s)]
    clean = [(en, zh) for _, pairs in clean_refs.documents(real.ROOT.parent / "shared", 60) for en, zh in pairs]
    for r in rows:
        r["clause"], r["nothing"] = added_clause(r["en"], r["zh"]), renders_nothing(r["en"], r["zh"])
        r["negation"], r["tail"] = negation_apart(r["en"], r["zh"]), shared_tail(r["en"], r["zh"])
    ref = [{"clause": added_clause(en, zh), "nothing": renders_nothing(en, zh), "negation": negation_apart(en, zh),
            "tail": shared_tail(en, zh)} for en, zh in clean]
    labelled = sum(1 for r in rows if r["kinds"] & ADDED_KINDS)
    print(f"{','.join(splits)}: {len(rows)} lines, {labelled} with an addition or substitution label; "
          f"clean WMT22 reference A: {len(ref)} paragraphs")
    print("signal | point | right (already found) | false | on other | on the clean reference | precision")
    points: list[tuple[str, str, Any]] = []
    for ratio in (-9.0, 0.0, 0.1, 0.2):
        for han in (4, 8):
            points.append(("clause", f"han >= {han}, length above {_pct(ratio) if ratio > -9 else 'any'}",
                           lambda v, r=ratio, h=han: v is not None and v[0] >= h and v[1] >= r))
    for k in (1, 3, 5):
        points.append(("nothing", f"content words >= {k}", lambda v, k=k: v is not None and v >= k))
    points.append(("negation", "one side only, English <= 12 words", bool))
    for k in (6, 8):
        points.append(("tail", f"shared end >= {k} Han", lambda v, k=k: v >= k))
    for name, label, fires in points:
        n = collections.Counter(_added_verdict(r["kinds"]) for r in rows if fires(r[name]))
        done = sum(1 for r in rows if fires(r[name]) and r["kinds"] & ADDED_KINDS and "addition" in r["found"])
        c = sum(1 for r in ref if fires(r[name]))
        print(f"{name} | {label} | {n['right']} ({done}) | {n['false']} | {n['other']} | {c} | "
              f"{_precision(n['right'], n['false'] + c)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("signal", choices=("coverage", "semantic", "run", "count", "misses", "structure", "signals",
                                       "additions"))
    ap.add_argument("--split", default="dev3,heldout7,heldout8", help="comma-separated splits, pooled for coverage")
    args = ap.parse_args()
    splits = args.split.split(",")
    if args.signal == "coverage":
        coverage_curve(splits)
    elif args.signal == "run":
        run_curve(splits)
    elif args.signal == "count":
        count_curve(splits)
    elif args.signal == "misses":
        misses_table(splits)
    elif args.signal == "structure":
        structure_curve(splits)
    elif args.signal == "signals":
        signals_curve(splits)
    elif args.signal == "additions":
        additions_curve(splits)
    else:
        semantic_table(splits)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
