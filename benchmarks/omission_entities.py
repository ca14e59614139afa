"""A name, a list item or a quotation's attribution lost from a sentence that is otherwise rendered (issue 18, release 43).

    PYTHONPATH=src .venv/bin/python benchmarks/omission_entities.py [--shared PATH] [--baseline DIR]
        [--signals S…] [--show S] [--new S…] [--sweep S…] [--missed N]

The three candidates of the release 43 brief, measured the way `omission_narrow.py` measures (its `gather`,
`sentence_pairs`, verdicts and `report`) on every line of the read documents of the 22 development wmt-mt splits
(`omission_units.py --all-dev`: dev, dev2, dev3, heldout, heldout2, heldout4, heldout6, heldout7-21; heldout3 and
heldout5 never) and WMT22 references A and B (reference A is `clean_refs.py`'s material). `adds` are fired lines whose
omission-kind label the baseline listings (`--baseline`, the lead's `/work/runs/r43/base`) show MISSED, and wrong
lines the baseline does not already report false. Gates (`G`) on the sentence bead's log length ratio: `any`, `0`
(below the length the English predicts), `20` (below 82%).

- `entity-lost-G`: a run of capitalised words inside an English sentence bead (not its first word, nor after a
  quotation mark or a colon; `I`, weekdays, months and titles left out; a bead more than a third of whose words are
  capitalised, a headline, left out) that the bead's Chinese holds in no form: not in Latin letters (any word of
  three letters or more), not by a rendering the lexicon or the name tables know (`known_renderings`,
  `loose_flags`), not by a transliteration (`rendering_score` 0.6 or more over any window of six); the bead's other
  content words (four or more) rendered for 70% or more.
- `list-fewer-G`: an English series of three items or more (`A, B and C`, any case) whose Chinese line enumerates
  with 、 exactly one item fewer, one item of the series (and only one) with none of its words rendered nor kept.
- `attr-bead-G`: TQA008's attribution pattern (`coverage.ATTRIBUTION`) in a sentence bead whose Chinese has no
  marker of speech or source (`coverage.speech_marked`); TQA008 reads the paragraph's first attribution only.

`--sweep S…` fires signals over whole WMT22 outputs and references and the WMT23 ones outside the news domain.
`--missed N` prints N of the real-MT partial omissions the baseline listings show MISSED (the edited references of
heldout14-18 left out), drawn with seed 43, each with its English and Chinese: the 70 read in issue-18-misses.md
(release 43) were drawn when the base listed dev, dev2, dev3 and heldout (156 rows).

Figures it printed (release 43, main at f2e90aab; 33,972 development lines, references A and B 2,037 lines each;
`right` a line with an omission-kind label, `wrong` a line with none (unlabelled or other kinds only), `apart`
mistranslation/other only; `adds` against the lead's r43 base listings of the 22 splits (partial-omission 418 of
1,003 found, omission precision 887/940): lines with a label the base lists MISSED (real MT + the edited references
of heldout14-18), and wrong lines no omission finding of the base already stands on):

    signal            right wrong apart   P   | adds right (real+inj) / wrong (real+inj) | refA per 100 | refB
    entity-lost-any     116  1718   189  0.06 |  71 (54+17) / 1714 (1486+228)           | 93 = 4.57    | 121
    entity-lost-0        85   844    90  0.09 |  54 (43+11) /  840 (728+112)            | 46 = 2.26    |  62
    entity-lost-20       26    86     5  0.23 |   5 (3+2)   /   82 (66+16)             |  4 = 0.20    |   6
    list-fewer-any        2    43     6  0.04 |   2 (0+2)   /   43 (36+7)              |  4 = 0.20    |   4
    list-fewer-0          2    16     4  0.11 |   2 (0+2)   /   16 (12+4)              |  2 = 0.10    |   1
    list-fewer-20         0     0     0     - |   0         /    0                     |  0            |   0
    attr-bead-any        31    15     1  0.67 |   3 (2+1)   /   13 (0+13)              |  2 = 0.10    |   1
    attr-bead-0          30    12     0  0.71 |   3 (2+1)   /   10 (0+10)              |  2 = 0.10    |   1
    attr-bead-20         17     4     0  0.81 |   0         /    3 (0+3)               |  0            |   0
    list-item-short       3     0     0  1.00 |   3 (0+3)   /    0                     |  0            |   0
    list-short-any        7   134    22  0.05 |   6 (1+5)   /  134 (107+27)            | 12 = 0.59    |  11

Against the budget (the category at 887/940 may not fall below 0.90; reference A may gain 1 line, 0.05 per 100):
`entity-lost-20` would make it 892/1,027 = 0.87 and add 4 lines of reference A; `attr-bead-0` adds 3 rows for 10
wrong lines (all in the edited references of heldout14, 15 and 18) and 2 lines of reference A: its two real rows are
one segment of en.ndtv.com.58695 (`…accept it," he said.`, Manifold and HuaweiTSC) that reference A itself renders
without the attribution (lines 1874 and 1878, noted in release 32); `list-item-short`'s and `list-fewer`'s rows are
all edits written into heldout16.

`entity-lost`: the names the Chinese holds in no form are mostly names the lexicon and the sound tables do not reach
(`Scottish` → 苏格兰, `Byzantine`, `US`/`UN`/`UAE`/`U.S.` → 美国/联合国/阿联酋 written whole, `G7` → 七国集团, `Athens-Paris` → 雅典 -
巴黎), interjections after a speaker tag (`(PERSON2) Yeah,`) and headline words; with acronyms, demonyms and such words
left out (figures from its listing) it keeps 8 right against 16 wrong and 2 lines of reference A at the 82% gate, 29
against 376 and 22 at 100%. Of its 26 right lines at 82% five are missed labels (among them a name-dropped `Leasey`,
and `ID` inside an opening NLLB dropped whole); `to the HTTP server` and `No 10 and` (read in issue-18-misses.md) it
finds only at the 100% gate, among 844 wrong lines; on the other systems' lines of that segment it fires wrongly (they
write `10号` or `唐宁街10号`, which it does not read as `No 10`). `list-fewer`: the wrong lines are a last item that is no
item (`…, sailing, and much more!` → `…、航海等等！`, six systems), a series the pattern draws across clauses (`tailored,
pleated, and fitted with a drawcord` → `经过剪裁、打褶，并配有抽绳`), a lexicon gap (`paddleboard` → 划船); its two right lines are
edits written into a reference (heldout16). `attr-bead`: the bead form of TQA008; its other right lines are TQA008's
or truncations, and its 15 wrong lines are all in the edited references of heldout14, 15 and 18. None is built.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import omission_narrow as narrow  # noqa: E402
import omission_signals as sig  # noqa: E402

from transqa.checks.coverage import ATTRIBUTION, content_word_spans, loose_flags, speech_marked  # noqa: E402
from transqa.lang.length import log_ratio  # noqa: E402
from transqa.lang.transliterate import known_renderings, rendering_score, translit_windows  # noqa: E402

GATES: dict[str, float | None] = {"any": None, "0": 0.0, "20": -0.2}
_CAPRUN = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|de\s+|and\s+)?[A-Z][\w'’.&-]*)*")
_NOT_NAME = frozenset(
    "i i'm i’m i've i'll i'd mr mrs ms dr st mon tue wed thu fri sat sun monday tuesday wednesday thursday friday "
    "saturday sunday january february march april may june july august september october november december ok "
    "covid covid-19 tv".split())


@lru_cache(maxsize=200_000)
def _flags(en: str, zh: str) -> tuple[tuple[tuple[int, int, str], ...], tuple[bool, ...]]:
    spans = content_word_spans(en)
    return tuple(spans), tuple(loose_flags([w for _s, _e, w in spans], zh))


@lru_cache(maxsize=100_000)
def _pairs(en: str, zh: str) -> tuple[tuple[str, str], ...]:
    return tuple(narrow.sentence_pairs(en, zh))


def _name_in(run: str, zh: str, rendered: bool) -> bool:
    """Whether the Chinese holds a run of capitalised words in any form (Latin, a known rendering, a transliteration
    of one of its words; `rendered`: the lexicon finds one of its words)."""
    low = zh.lower()
    words = [w.strip(".'’") for w in run.split() if w.lower() not in ("of", "the", "de", "and")]
    if rendered or any(len(w) > 2 and w.lower() in low for w in words):
        return True
    if any(r and r in zh for r in known_renderings(run)) or any(r and r in zh for w in words for r in known_renderings(w)):
        return True
    wins = [win for _, win in translit_windows(zh, 6)]
    return any(rendering_score(w, win) >= 0.6 for w in words if len(w) > 2 for win in wins)


def _entity_lost(en: str, zh: str) -> str | None:
    spans, flags = _flags(en, zh)
    tokens = en.split()
    if not tokens or sum(1 for t in tokens if t[:1].isupper()) * 3 > len(tokens):
        return None
    for m in _CAPRUN.finditer(en):
        a, b = m.span()
        before = en[:a].rstrip()
        if not before or before[-1] in ".!?:\"“‘'(—–-" or m.group(0).lower().rstrip(".") in _NOT_NAME:
            continue
        inside = [f for (s, e, _w), f in zip(spans, flags, strict=True) if s >= a and e <= b]
        rest = [f for (s, e, _w), f in zip(spans, flags, strict=True) if not (s >= a and e <= b)]
        if len(rest) < 4 or sum(rest) < 0.7 * len(rest):
            continue
        if not _name_in(m.group(0), zh, any(inside)):
            return m.group(0)
    return None


def _list_fewer(ln: narrow.Line) -> str | None:
    enums = narrow.zh_enumerations(ln.zh)
    if not enums:
        return None
    spans, flags = _flags(ln.en, ln.zh)
    for m in narrow._EN_SERIES_ANY.finditer(ln.en):
        items = [m.group(1), *(x.strip() for x in m.group(2).split(",") if x.strip()), m.group(3)]
        k = len(items)
        if k < 3 or max(enums) != k - 1:
            continue
        lost = []
        for item in items:
            at = ln.en.find(item, m.start())
            inside = [f for (s, e, _w), f in zip(spans, flags, strict=True) if s >= at and e <= at + len(item)]
            if not any(inside) and not _name_in(item, ln.zh, False):
                lost.append(item)
        if len(lost) == 1:
            return lost[0]
    return None


def _attr_lost(en: str, zh: str) -> str | None:
    m = ATTRIBUTION.search(en)
    if m is None or m.group("source") or speech_marked(zh):
        return None
    return m.group(0)


def _bead(test: Callable[[str, str], str | None], gate: float | None) -> Callable[[narrow.Line], str | None]:
    def run(ln: narrow.Line) -> str | None:
        for en, zh in _pairs(ln.en, ln.zh):
            if gate is not None and log_ratio(en, zh) >= gate:
                continue
            hit = test(en, zh)
            if hit is not None:
                return hit
        return None
    return run


def _line(test: Callable[[narrow.Line], str | None], gate: float | None) -> Callable[[narrow.Line], str | None]:
    def run(ln: narrow.Line) -> str | None:
        if gate is not None and log_ratio(ln.en, ln.zh) >= gate:
            return None
        return test(ln)
    return run


def signals() -> dict[str, Callable[[narrow.Line], str | None]]:
    out: dict[str, Callable[[narrow.Line], str | None]] = {}
    for g, v in GATES.items():
        out[f"entity-lost-{g}"] = _bead(_entity_lost, v)
        out[f"list-fewer-{g}"] = _line(_list_fewer, v)
        out[f"attr-bead-{g}"] = _bead(_attr_lost, v)
    out["list-item-short"] = narrow.SIGNALS["list-item-short"]
    out["list-short-any"] = narrow.SIGNALS["list-short-any"]
    return out


def missed(shared: Path, baseline: Path, n: int, seed: int = 43,
           detail: Callable[[str, str, str], tuple[str, str]] | None = None) -> None:
    """Print n of the real-MT partial omissions `baseline` lists MISSED, drawn with `seed` (43: the release 43 reading;
    omission_partial48.py draws with 48); `detail(en, zh, span)` gives what to add to each one's first line and after
    its lines (omission_partial48.py: the span's share, the length ratio and the content words rendered)."""
    import random

    from real import LABELS, line_pairs, missed_rows, read_tsv
    docs = {d["doc"]: d for d in read_tsv(LABELS / "wmt-mt" / "documents.tsv")
            if d["split"] not in ("heldout3", "heldout5", *sig.INJECTED) and d["status"] == "read"}
    cache: dict[tuple[str, str], list[str]] = {}
    text: dict[tuple[str, str], tuple[str, str]] = {}
    rows = []
    for doc, line, span in missed_rows(baseline, "partial-omission"):
        d = docs.get(doc)
        if d is None:
            continue
        if (doc, line) not in text:
            for k, en, zh in line_pairs(shared, d, cache):
                text[(doc, str(k))] = (en, zh)
        en, zh = text.get((doc, line), ("", ""))
        rows.append((d["split"], doc, line, span, en, zh))
    print(f"{len(rows)} missed real-MT partial omissions")
    for i, (split, doc, line, span, en, zh) in enumerate(random.Random(seed).sample(rows, min(n, len(rows))), 1):
        head, tail = detail(en, zh, span) if detail else ("", "")
        print(f"#{i} {split} {doc}:{line}{head}\n  SPAN {span}\n  EN   {en}\n  ZH   {zh}{tail}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--shared", type=Path, default=narrow.ROOT.parent / "shared")
    ap.add_argument("--baseline", type=Path, default=Path("/work/runs/r43/base"))
    ap.add_argument("--signals", nargs="*", default=None)
    ap.add_argument("--show", default=None)
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--new", nargs="*", default=None, help="print the lines these signals add to the baseline")
    ap.add_argument("--sweep", nargs="*", default=None, help="signals to fire over whole WMT22/23 outputs")
    ap.add_argument("--missed", type=int, default=None, help="print this many missed real-MT partial omissions")
    args = ap.parse_args(argv)
    if args.missed is not None:
        missed(args.shared, args.baseline, args.missed)
        return 0
    sig.REAL_MT = (*sig.REAL_MT, "heldout", "heldout2", "heldout4", "heldout6")
    new = signals()
    narrow.SIGNALS.clear()
    narrow.SIGNALS.update(new)
    if args.sweep:
        narrow.sweep(args.shared, args.sweep)
        return 0
    lines = narrow.gather(args.shared)
    if args.new:
        import omission_units as units
        for name in args.new:
            print(f"== {name}")
            units.show_new(lines, name, args.baseline)
        return 0
    narrow.report(lines, args.show, args.limit, args.baseline, args.signals)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
