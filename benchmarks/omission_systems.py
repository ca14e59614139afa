"""Does a translation shorter than the other systems' outputs of the same source line tell a partial omission?
And does the length against the source alone tell it as well? (issue 18, release 37)

    PYTHONPATH=src .venv/bin/python benchmarks/omission_systems.py [--shared PATH] [--baseline DIR]
        [--show SIGNAL T] [--missed N]

For every line of the read documents of the development wmt-mt splits that are real MT (WMT22 and WMT23 system
outputs of dev, dev2, dev3, heldout, heldout2, heldout4, heldout6, heldout7-13, heldout19-21; heldout3 and heldout5
never; the edited references of heldout14-18 left out, their "system" being a professional reference), these signals:

- `systems`: log((size + 12) / (median size of the other outputs of the line + 12)), sizes by `chinese_size`; the
  other outputs are every other system of the year and the professional references (WMT22: 12 systems + A + B;
  WMT23: 3 systems + reference A). Available only where many translations of one source exist (the WMT setting):
  **transqa cannot use it in production**, where a checker sees one translation.
- `source`: `lang.length.log_ratio` of the line (the translation's size against the size its English predicts,
  calibrated on professional references: 0 on average).
- `bead`: the smallest `log_ratio` over the line's sentence beads (`omission_narrow.sentence_pairs`), so a short
  sentence is not averaged away by its long neighbours.

A line fired at threshold T (signal below T) is *right* when it holds a label of a kind an omission finding matches
(`omission_narrow.OMISSION_KINDS`: partial-omission, omission, truncation, addition, substitution, name-dropped,
cut-sentence, as `real.py` judges a finding), *new* when one of them is listed
MISSED by the baseline (`--baseline`, the lead's `--details` listings), *apart* when its labels are all
`mistranslation`/`other`, *wrong* otherwise (no label, or labels of other kinds). Clean cost: WMT22 reference A (2,037
lines) as if it were a system (`systems` against the 13 systems and reference B), per 100 lines.

`--missed N` prints N of the baseline's MISSED partial omissions of these lines, drawn with seed 37, with the three
signals, for reading (read and tabled in `benchmarks/issue-18-misses.md`).

`both`: the larger of `systems` and `source` (both below T).

`fitted` (a try at a production form of `systems`, which normalises the length per source line): log(size + 12)
less a linear prediction from nine features of the English (`english_features`: its size, words, content words,
capitals, acronyms, digits, clause marks) fitted on WMT21 newstest's references A and B.

Figures it printed (release 37, base listings /work/runs/r37/base; 29,649 lines: 1,206 with an omission-kind label,
551 of them with one MISSED, 25,425 wrong (no label or other kinds), 3,018 apart; 2,037 lines of WMT22 reference A;
about 2 minutes). `new`: fired lines holding a MISSED label; `(new)` wrong: not already a FALSE of the baseline;
`Padd` = new / (new + new wrong), the precision of what a rule would add:

    signal   T      right  new  wrong (new)  P     Padd  refA/100   AUC any / missed (vs lines with no label)
    systems  -0.25   612    93   165 (159)  0.79  0.37   5.25      0.855 / 0.747
             -0.35   493    37    40  (37)  0.92  0.50   1.62
             -0.45   370    13    10   (8)  0.97  0.62   0.44
             -0.55   267     5     5   (3)  0.98  0.62   0.15
    source   -0.25   599    95   888 (876)  0.40  0.10   8.20      0.807 / 0.669
             -0.35   459    35   184 (178)  0.71  0.16   2.95
             -0.45   347    16    24  (21)  0.94  0.43   0.88
             -0.55   260    10     4   (3)  0.98  0.77   0.39
    bead     (the same as source within 1%: the lines are mostly one sentence)        0.806 / 0.673
    both     -0.25   545    66    75  (69)  0.88  0.49   3.53      0.838 / 0.717
             -0.35   418    21    19  (16)  0.96  0.57   1.08
    fitted   -0.45   355    19   141 (138)  0.72  0.12   1.96      0.755 / 0.585
             -0.55   248     9    28  (26)  0.90  0.26   0.83

The other systems' outputs separate omissions better than the length the English predicts (AUC 0.747 against 0.669
on the missed lines; at -0.35, precision 0.92 against 0.71), since they set the length per source line: a line every
system renders short (a terse original, a service formula) is not flagged. But transqa sees one translation in
production and cannot use it; the fitted English-feature model does worse than `log_ratio` (WMT21 news does not
predict the lengths of WMT22/23's other domains). And what any length signal *adds* to the rules is small and mostly
wrong: at precision 0.9 or more of all it fires on, 5 to 16 missed lines for 3 to 21 new false ones, and reference A
lines besides (the 8 below -0.55 against the English include a clean line identical to a labelled MT omission,
`The visit comes 30 years after…` → `30 年前，两国议会批准了…`). The lines the rules miss are mostly at a
normal length: 351 of the 551 are above -0.15 against the English, 383 against the other systems. Nothing was
built. The sixty missed rows read are in `benchmarks/issue-18-misses.md`.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import math
import random
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import omission_narrow as narrow  # noqa: E402
from real import LABELS, WMT_FILES, _corpus_lines, line_pairs, read_tsv  # noqa: E402

from transqa.checks.coverage import content_word_spans  # noqa: E402
from transqa.lang.chinese import chinese_size  # noqa: E402
from transqa.lang.english import english_size  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402

DEV_SPLITS = ("dev", "dev2", "dev3", "heldout", "heldout2", "heldout4", "heldout6",
              *(f"heldout{n}" for n in range(7, 14)), "heldout19", "heldout20", "heldout21")
LOST = narrow.OMISSION_KINDS
UNCLAIMED = frozenset({"mistranslation", "other"})
SYSTEMS = {
    "wmt22": ("AISP-SJTU", "DLUT", "GTCOM", "HuaweiTSC", "JDExploreAcademy", "Lan-Bridge", "LanguageX", "Manifold",
              "Online-A", "Online-B", "Online-G", "Online-W", "Online-Y"),
    "wmt23": ("GPT4-5shot", "Lan-BridgeMT", "NLLB_Greedy", "ONLINE-A"),
}
REFS = {"wmt22": ("generaltest2022.en-zh.ref.A.zh", "generaltest2022.en-zh.ref.B.zh"),
        "wmt23": ("generaltest2023.en-zh.ref.refA.zh",)}


@dataclass(frozen=True)
class Row:
    split: str
    key: str
    en: str
    zh: str
    kinds: frozenset[str]
    systems: float | None
    source: float
    bead: float
    missed: tuple[str, ...] = ()
    fitted: float = 0.0

    @property
    def both(self) -> float | None:
        """The larger of `systems` and `source`: below T when both are."""
        return None if self.systems is None else max(self.systems, self.source)

    @property
    def verdict(self) -> str:
        if self.split == "refA":
            return "clean"
        if self.kinds & LOST:
            return "right"
        if self.kinds and self.kinds <= UNCLAIMED:
            return "apart"
        return "wrong"


def _others(shared: Path, year: str, system: str, cache: dict[tuple[str, str], list[str]]) -> list[list[str]]:
    _, _, hyp = WMT_FILES[year]
    names = [hyp.format(s) for s in SYSTEMS[year] if s != system] + [r for r in REFS[year] if r != system]
    out = []
    for name in names:
        if (year, name) not in cache:
            cache[(year, name)] = _corpus_lines(shared, year, name)
        out.append(cache[(year, name)])
    return out


_ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9&.-]+")
_PUNCT = re.compile(r"[,;:()\"“”]")


def english_features(en: str) -> list[float]:
    """Features of an English line for `fit_length`: 1, log(english_size + 12), words, content words, other words,
    capitalised words after the first, acronym-like tokens, digits, clause punctuation."""
    toks = en.split()
    content = len(content_word_spans(en))
    caps = sum(1 for t in toks[1:] if t[:1].isupper())
    acr = sum(1 for t in toks if _ACRONYM.fullmatch(t.strip(".,;:()\"'")))
    return [1.0, math.log(english_size(en) + 12), len(toks), content, len(toks) - content, caps, acr,
            len(re.findall(r"\d", en)), len(_PUNCT.findall(en))]


def fit_length(shared: Path) -> np.ndarray:
    """Least-squares weights predicting log(chinese_size + 12) from `english_features`, fitted on WMT21 newstest's
    references A and B against their source (2 x 1,002 lines, none of the evaluated WMT22/23 lines)."""
    src = _corpus_lines(shared, "wmt21", WMT_FILES["wmt21"][1])
    xs, ys = [], []
    for name in ("newstest2021.en-zh.ref.A.zh", "newstest2021.en-zh.ref.B.zh"):
        for en, zh in zip(src, _corpus_lines(shared, "wmt21", name), strict=False):
            if en.strip() and zh.strip():
                xs.append(english_features(en))
                ys.append(math.log(chinese_size(zh) + 12))
    beta, *_ = np.linalg.lstsq(np.array(xs), np.array(ys), rcond=None)
    return beta


def systems_ratio(zh: str, others: list[str]) -> float | None:
    """log((chinese_size(zh) + 12) / (median chinese_size of the non-empty others + 12)); None with fewer than 2."""
    sizes = [chinese_size(o) for o in others if o.strip()]
    if len(sizes) < 2:
        return None
    return math.log((chinese_size(zh) + 12) / (statistics.median(sizes) + 12))


def bead_min(en: str, zh: str) -> float:
    """The smallest log_ratio over the sentence beads of one line."""
    return min(log_ratio(s, t) for s, t in narrow.sentence_pairs(en, zh))


def missed_partial(baseline: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = collections.defaultdict(list)
    for f in sorted(baseline.glob("*.txt")):
        if f.stem in ("heldout3", "heldout5"):
            continue
        for row in f.read_text(encoding="utf-8").splitlines():
            p = row.strip().split("\t")
            if len(p) >= 5 and p[0] == "MISSED" and p[3] in LOST:
                out[f"{p[1]}:{p[2]}"].append(f"{p[3]}|{p[4]}")
    return out


def gather(shared: Path, baseline: Path) -> list[Row]:
    missed = missed_partial(baseline)
    beta = fit_length(shared)

    def fitted(en: str, zh: str) -> float:
        return math.log(chinese_size(zh) + 12) - float(np.array(english_features(en)) @ beta)

    docs = read_tsv(LABELS / "wmt-mt" / "documents.tsv")
    cache: dict[tuple[str, str], list[str]] = {}
    rows: list[Row] = []
    for split in DEV_SPLITS:
        kinds: dict[str, set[str]] = collections.defaultdict(set)
        for lab in read_tsv(LABELS / "wmt-mt" / f"labels.{split}.tsv"):
            kinds[f"{lab['doc']}:{lab['line']}"].add(lab["kind"])
        for d in docs:
            if d["split"] != split or d["status"] != "read" or d["year"] not in SYSTEMS or "+" in d["system"]:
                continue
            others = _others(shared, d["year"], d["system"], cache)
            for n, en, zh in line_pairs(shared, d, cache):
                key = f"{d['doc']}:{n}"
                rows.append(Row(split, key, en, zh, frozenset(kinds.get(key, ())),
                                systems_ratio(zh, [o[n - 1] for o in others]), log_ratio(en, zh), bead_min(en, zh),
                                tuple(missed.get(key, ())), fitted(en, zh)))
    src = _corpus_lines(shared, "wmt22", WMT_FILES["wmt22"][1])
    ref_a = _corpus_lines(shared, "wmt22", REFS["wmt22"][0])
    others = _others(shared, "wmt22", REFS["wmt22"][0], cache)
    for i, (en, zh) in enumerate(zip(src, ref_a, strict=False)):
        if en.strip() and zh.strip():
            rows.append(Row("refA", f"refA:{i + 1}", en, zh, frozenset(),
                            systems_ratio(zh, [o[i] for o in others]), log_ratio(en, zh), bead_min(en, zh),
                            fitted=fitted(en, zh)))
    return rows


THRESHOLDS = (-0.15, -0.25, -0.35, -0.45, -0.55, -0.7)


def curve(rows: list[Row], signal: str, false: set[str]) -> None:
    """Print, per threshold, the lines fired by verdict, those that add to the baseline and reference A's rate."""
    dev = [r for r in rows if r.split != "refA"]
    ref = [r for r in rows if r.split == "refA"]
    total = collections.Counter(r.verdict for r in dev)
    n_missed = sum(1 for r in dev if r.missed)
    print(f"\n{signal}: lines right {total['right']} (missed {n_missed}) wrong {total['wrong']} apart "
          f"{total['apart']}; refA {len(ref)}")
    print("     T   right  new  wrong (new)  apart   P    Padd  refA/100")
    for t in THRESHOLDS:
        fired = [r for r in dev if (v := getattr(r, signal)) is not None and v < t]
        c = collections.Counter(r.verdict for r in fired)
        new = sum(1 for r in fired if r.missed)
        wrong_new = sum(1 for r in fired if r.verdict == "wrong" and r.key not in false)
        refs = sum(1 for r in ref if (v := getattr(r, signal)) is not None and v < t)
        p = c["right"] / max(1, c["right"] + c["wrong"])
        pn = new / max(1, new + wrong_new)
        print(f"  {t:5.2f} {c['right']:6d} {new:4d} {c['wrong']:6d} ({wrong_new:4d}) {c['apart']:5d}  "
              f"{p:.2f}  {pn:.2f}  {100 * refs / max(1, len(ref)):6.2f}")


def auc(rows: list[Row], signal: str, pos: str) -> float:
    """Probability that a positive line (pos: 'lost' any omission-kind label, 'missed' a MISSED one) has a lower
    signal than a line with no label at all (ties count half)."""
    p = sorted(v for r in rows if r.split != "refA" and (v := getattr(r, signal)) is not None
               and ((r.kinds & LOST) if pos == "lost" else r.missed))
    q = sorted(v for r in rows if r.split != "refA" and not r.kinds and (v := getattr(r, signal)) is not None)

    s = sum(bisect.bisect_right(q, x) - bisect.bisect_left(q, x) for x in p) * 0.5
    s += sum(len(q) - bisect.bisect_right(q, x) for x in p)
    return s / max(1, len(p) * len(q))


def show(rows: list[Row], signal: str, t: float, what: str) -> None:
    for r in rows:
        v = getattr(r, signal)
        if v is not None and v < t and r.split != "refA" and r.verdict == what:
            print(f"[{r.split} {signal} {v:.2f} src {r.source:.2f} sys {r.systems}] {r.key} {sorted(r.kinds)}\n"
                  f"  EN {r.en}\n  ZH {r.zh}")


def sample_missed(rows: list[Row], n: int) -> None:
    pool = [(r, m) for r in rows if r.split != "refA" for m in r.missed if m.startswith("partial-omission|")]
    print(f"MISSED partial omissions on these lines: {len(pool)}")
    for i, (r, m) in enumerate(random.Random(37).sample(pool, min(n, len(pool))), 1):
        sysr = "-" if r.systems is None else f"{r.systems:.2f}"
        print(f"#{i} [{r.split}] {r.key} sys {sysr} src {r.source:.2f} bead {r.bead:.2f}\n"
              f"  SPAN {m.split('|', 1)[1]}\n  EN   {r.en}\n  ZH   {r.zh}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    ap.add_argument("--baseline", type=Path, default=Path("/work/runs/r37/base"))
    ap.add_argument("--show", nargs=3, metavar=("SIGNAL", "T", "VERDICT"))
    ap.add_argument("--missed", type=int)
    args = ap.parse_args(argv)
    rows = gather(args.shared, args.baseline)
    if args.missed:
        sample_missed(rows, args.missed)
        return 0
    if args.show:
        show(rows, args.show[0], float(args.show[1]), args.show[2])
        return 0
    _missed, false = narrow.baseline_keys(args.baseline)
    for signal in ("systems", "source", "bead", "both", "fitted"):
        curve(rows, signal, false)
        print(f"  AUC vs unlabelled lines: any omission-kind line {auc(rows, signal, 'lost'):.3f}, "
              f"missed line {auc(rows, signal, 'missed'):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
