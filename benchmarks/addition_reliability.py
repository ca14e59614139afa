"""How reliably a clean professional translation's Chinese words have a counterpart in the English they translate,
and what a run of reliable Chinese words with no counterpart (an addition, or a substitution) finds on the labelled
sets: the Chinese→English direction of the coverage measure `omission_reliability.py` takes English→Chinese.

    .venv/bin/python benchmarks/addition_reliability.py [--shared PATH] [--eval] [--min-words K] [--reliability R]

A Chinese word is a CC-CEDICT headword (two to six Han characters) found in the translation; it has a counterpart
when one of the English words its glosses hold (`glosses.english_words`, with the English line's words and their
base forms) occurs in the English line, or when it is a rendering (`glosses.all_renderings`) of one of the line's
English words, or when it lies inside a longer headword that has one. Calibration text as in
`omission_reliability.py` (WMT21 references A and B, WMT22 reference B, minus the lines a heldout14-16 label names;
never WMT22 reference A, the false-alarm test, nor WMT24 reference A). `--eval` reports, per split, the labelled
addition/substitution rows whose Chinese span holds K or more reliable words without a counterpart (K and R as
given) and the lines of WMT22 reference A where one clause does.

Figures it printed (release 22; no rule was built on it, because of these):

    table       3529 calibration line pairs; 2408 Chinese words seen 4 times or more, 716 with a counterpart on
                0.8 of their lines or more (310 at 0.85 before the 5-letter prefix match)
    --eval      (0.8, K=2) rows seen: heldout17 2 / 15 (我会向朋友推荐这款手表, 它们的颜色和包装上的图片完全一致),
                every other split 0 (dev 17, dev2 8, dev3 9, heldout7-9 18, heldout11-13 4, heldout14-16 30 rows);
                WMT22 reference A: fired on 14 of 2037 lines, all clean (火药桶, 排长队购买班克西 …)
    sweeps      (same rows, all splits, 95 rows) 0.6 K=1: 46 seen, refA 645 lines; 0.6 K=2: 7, refA 98;
                0.7 K=1: 31, refA 417; 0.7 K=2: 4, refA 37; 0.8 K=1: 15, refA 249; 0.8 K=2: 2, refA 14

So a counterpart-less reliable Chinese word is no evidence of an addition: the words added in the labelled rows are
mostly rare (unseen in 3529 calibration lines: 推荐, 假期, 巡逻, 考验, 发稿 …) or words clean translations add
freely (我们 0.01, 可以 0.06, 已经 0.19, 现在 0.75), and a clause of two reliable ones fires on clean text seven
times as often as on the labelled rows.
"""

from __future__ import annotations

import argparse
import collections
import functools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from omission_reliability import SPLITS, calibration_pairs  # noqa: E402
from real import LABELS, document_lines, read_tsv  # noqa: E402

from transqa.lang.glosses import english_words  # noqa: E402
from transqa.lang.lexicon import han_words_in  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MIN_SEEN = 4
KINDS = ("addition", "substitution")
_CLAUSE = re.compile(r"[，,、；;：:。！？!?]+")


@functools.lru_cache(maxsize=1)  # built once: rebuilt on every call it cost 50 ms a line
def _headwords() -> frozenset[str]:
    return frozenset(english_words())


def unmatched(en: str, zh: str) -> frozenset[str]:
    """The headwords of `zh` with no counterpart in `en`: `transqa.lang.addedsentence.unmatched`, the rule's own measure
    (this script's copy of it was the one the rule was built from)."""
    from transqa.lang.addedsentence import unmatched as headwords_unmatched

    return headwords_unmatched(en, zh)


def estimate(pairs: list[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    seen: collections.Counter[str] = collections.Counter()
    miss: collections.Counter[str] = collections.Counter()
    for en, zh in pairs:
        present = han_words_in(zh, _headwords(), 2)
        lost = set(unmatched(en, zh))
        for h in present:
            seen[h] += 1
            miss[h] += h in lost
    return {h: (seen[h], seen[h] - miss[h]) for h in seen if seen[h] >= MIN_SEEN}


def clause_fires(en: str, zh: str, table: dict[str, tuple[int, int]], level: float, k: int) -> str | None:
    """The first clause of `zh` holding `k` or more headwords (none inside another of the clause) of reliability
    `level` or more (hit / (seen + 1)) with no counterpart in `en`."""
    lost = set(unmatched(en, zh))
    present = han_words_in(zh, _headwords(), 2)
    for clause in _CLAUSE.split(zh):
        inside = [h for h in present if h in clause]
        inside = [h for h in inside if not any(h != g and h in g for g in inside)]
        if sum(h in lost and h in table and table[h][1] / (table[h][0] + 1) >= level for h in inside) >= k:
            return clause
    return None


def evaluate(shared: Path, table: dict[str, tuple[int, int]], level: float, k: int) -> None:
    """Labelled addition/substitution rows of every split whose Chinese span (the label's `zh`) has a clause that
    fires, against its English line; then the lines of WMT22 reference A where a clause fires (the cost)."""
    docs = {d["doc"]: d for d in read_tsv(LABELS / "wmt-mt" / "documents.tsv")}
    cache: dict[tuple[str, str], list[str]] = {}
    for split in SPLITS:
        rows = [lab for lab in read_tsv(LABELS / "wmt-mt" / f"labels.{split}.tsv") if lab["kind"] in KINDS]
        found = 0
        for lab in rows:
            d = docs[lab["doc"]]
            en_lines, _zh = document_lines(shared, d, LABELS, cache)
            j = int(lab["line"]) - int(d["first_line"])
            clause = clause_fires(en_lines[j] if 0 <= j < len(en_lines) else "", lab["zh"], table, level, k)
            if clause is not None:
                found += 1
                print(f"  found {split} {lab['kind']} {lab['doc']} {lab['line']}: {clause!r}")
        print(f"{split:10} addition/substitution rows seen {found} / {len(rows)}")
    src = _ref_lines(shared, "generaltest2022.en-zh.src.en")
    ref = _ref_lines(shared, "generaltest2022.en-zh.ref.A.zh")
    hits = [c for e, z in zip(src, ref, strict=False) if e.strip() and (c := clause_fires(e, z, table, level, k))]
    print(f"WMT22 reference A: fired on {len(hits)} of {sum(1 for e in src if e.strip())} lines")
    for c in hits[:20]:
        print(f"  refA {c!r}")


def _ref_lines(shared: Path, name: str) -> list[str]:
    sub = "sources" if name.endswith(".en") else "references"
    return (shared / "corpora/wmt/wmt22_general_en-zh/txt" / sub / name).read_text(encoding="utf-8").split("\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared")
    ap.add_argument("--eval", action="store_true")
    ap.add_argument("--reliability", type=float, default=0.8)
    ap.add_argument("--min-words", type=int, default=2)
    args = ap.parse_args(argv)
    pairs = calibration_pairs(args.shared)
    table = estimate(pairs)
    good = sum(1 for s, h in table.values() if h / (s + 1) >= args.reliability)
    print(f"{len(pairs)} calibration line pairs; {len(table)} Chinese words seen {MIN_SEEN} times or more, "
          f"{good} with a counterpart on a share {args.reliability} or more of their lines")
    if args.eval:
        evaluate(args.shared, table, args.reliability, args.min_words)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
