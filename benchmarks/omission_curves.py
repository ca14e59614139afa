"""Precision/recall curves of two omission signals on the real MT set, for choosing (or refusing) a threshold.

    .venv/bin/python benchmarks/omission_curves.py coverage --split dev3,heldout7,heldout8
    .venv/bin/python benchmarks/omission_curves.py semantic --split dev3,heldout7,heldout8

``coverage``: for each wmt-mt line that no omission rule reports yet, the English clause (between commas,
semicolons, dashes or conjunctions, as the coverage rules cut them) with the smallest share of its dictionary
words rendered in the translation (any rendering, derived forms and phrases included: `lang.lexicon`), and the
line's length ratio (`lang.length`); a line is flagged when that clause has MINW or more dictionary words, at
most COV of them rendered, three or more rendered elsewhere, and the translation is below exp(R) of its
expected length. Each point prints the lines it would add: right (an omission-kind label on the line), false
(a line with no label, or only labels of kinds no omission finding matches) and on other defects.

``semantic``: the opt-in rule TQA011 (`checks.semantic`) scored through the engine at several thresholds
(cosine gain, length ratio) from one run that records every candidate's gain; with the CPU time it took.

Both print counts only (no label text), so they may be run on a validation split.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real  # noqa: E402

from transqa.checks import coverage as cov  # noqa: E402
from transqa.config import Settings  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402
from transqa.lang.lexicon import loosely_rendered, rendered_flags  # noqa: E402

OMISSION_KINDS = frozenset(k for k, cats in real.KIND_CATEGORIES.items() if "omission" in cats)
KINDS = ("partial-omission", "omission", "truncation", "addition", "substitution")


def _recorded(split: str, settings: Settings | None = None) -> list[tuple[str, list[dict[str, str]], list[Any], int]]:
    """Each document's (name, labels, hits, paragraphs), as real.score_wmt tallies them."""
    records: list[tuple[str, list[dict[str, str]], list[Any], int]] = []
    tally = real._tally

    def keep(score: real.Score, where: str, labels: list[dict[str, str]], hits: list[Any], paragraphs: int) -> None:
        records.append((where, labels, hits, paragraphs))
        tally(score, where, labels, hits, paragraphs)

    real._tally = keep
    try:
        real.score_wmt(real.ROOT.parent / "shared", split, real.LABELS, settings)
    finally:
        real._tally = tally
    return records


def _lines(split: str) -> list[dict[str, Any]]:
    """Every line of the split's documents: its texts, label kinds and the finding categories on it."""
    docs = {d["doc"]: d for d in real.read_tsv(real.LABELS / "wmt-mt" / "documents.tsv")}
    shared = real.ROOT.parent / "shared"
    out = []
    for where, labels, hits, _ in _recorded(split):
        d = docs[where]
        _, src_name, hyp_name = real.WMT_FILES[d["year"]]
        src = real._corpus_lines(shared, d["year"], src_name)
        hyp = real._corpus_lines(shared, d["year"], hyp_name.format(d["system"]))
        kinds: dict[int, set[str]] = collections.defaultdict(set)
        for lab in labels:
            kinds[int(lab["line"])].add(lab["kind"])
        found: dict[int, set[str]] = collections.defaultdict(set)
        for lines, f in hits:
            for n in lines:
                found[n].add(f.category)
        for n in range(int(d["first_line"]), int(d["last_line"]) + 1):
            out.append({"en": src[n - 1], "zh": hyp[n - 1], "kinds": kinds.get(n, set()), "found": found.get(n, set())})
    return out


def _weakest_clause(en: str, zh: str, min_words: int) -> tuple[float, int] | None:
    """(share rendered, rendered elsewhere) of the clause with the smallest share of rendered dictionary words."""
    words = cov._content_words(en)
    names = [w for _, _, w in words]
    hit = [a or b for a, b in zip(rendered_flags(names, zh), loosely_rendered(names, zh), strict=True)]
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
                right = partial = false = other = 0
                for r, lr, w in feats:
                    if w is None or lr >= ratio or w[0] > share or w[1] < 3:
                        continue
                    if r["kinds"] & OMISSION_KINDS:
                        right += 1
                        partial += "partial-omission" in r["kinds"]
                    elif r["kinds"] and r["kinds"] <= real.UNCLAIMED:
                        other += 1
                    else:
                        false += 1
                p = f"{right / (right + false):.2f}" if right + false else "-"
                print(f"{min_words} | {share} | {100 * 2.718281828 ** ratio:.0f}% | {right} ({partial}) | {false} | {other} | {p}")


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
            for where, labels, hits, paragraphs in records:
                kept = []
                for lines, f in hits:
                    if f.code == semantic.CLAUSE_UNMATCHED.code:
                        g = _GAIN.search(f.message)
                        if t is None or g is None or float(g.group(1)) <= t or not _below(f, m):
                            continue
                        n += 1
                    kept.append((lines, f))
                real._tally(score, where, labels, kept, paragraphs)
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("signal", choices=("coverage", "semantic"))
    ap.add_argument("--split", default="dev3,heldout7,heldout8", help="comma-separated splits, pooled for coverage")
    args = ap.parse_args()
    splits = args.split.split(",")
    if args.signal == "coverage":
        coverage_curve(splits)
    else:
        semantic_table(splits)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
