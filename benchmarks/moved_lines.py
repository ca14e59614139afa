"""Content moved across lines: does a neighbour line's Chinese hold what this line's Chinese lacks? (issue 18, r37)

    PYTHONPATH=src .venv/bin/python benchmarks/moved_lines.py [--shared PATH] [--baseline DIR] [--show K]

Document-level systems (Online-W, Online-Y, Lan-Bridge …) sometimes render a clause of source line i+1 in the
Chinese of line i (or the other way): line i then carries an addition and line i+1 a partial omission. For every
pair of adjacent lines (donor d, receiver r) of a read document, in both directions, the *moved* evidence is:

- a content word of d's English (`coverage.content_word_spans`) that d's English has and r's English lacks (in no
  form), that d's Chinese does not render by any rendering (`coverage.loose_flags`), and that r's Chinese renders by
  a rendering of two Han characters or more (`glosses.found_any`) which no content word of r's own English accounts
  for (the string is not one of the renderings r's English finds in r's Chinese, nor inside one);
- a number (a run of digits) of d's English, not r's, absent from d's Chinese, present in r's;
- a Latin form (a word with a capital or a digit, two characters or more) of d's English, not r's, absent from d's
  Chinese, present in r's (case ignored).

A pair fires at K when it holds K such items or more. It is *right* when r holds an `addition`/`substitution` label
or d a `partial-omission`/`omission`/`truncation` label; *new* when such a label is MISSED by the base listings
(`--baseline`); *apart* when the labels of both lines are `mistranslation`/`other` only; *wrong* otherwise. Clean
cost: the same documents' professional references (WMT22 A and B, WMT23 refA) read as if they were a system, per
100 lines (each line counted once however many pairs fire on it).

Lines: the real-MT documents of the development splits (dev, dev2, dev3, heldout, heldout2, heldout4, heldout6,
heldout7-13, heldout19-21); the edited references of heldout14-18 left out (their additions are injected in one
line); heldout3 and heldout5 never read.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real import LABELS, WMT_FILES, _corpus_lines, line_pairs, missed_rows, read_tsv  # noqa: E402

from transqa.checks.coverage import content_word_spans, loose_flags  # noqa: E402
from transqa.lang.glosses import forms, found_any  # noqa: E402
from transqa.lang.lexicon import in_dictionary  # noqa: E402

DEV_SPLITS = ("dev", "dev2", "dev3", "heldout", "heldout2", "heldout4", "heldout6",
              *(f"heldout{n}" for n in range(7, 14)), "heldout19", "heldout20", "heldout21")
ADDED = frozenset({"addition", "substitution"})
LOST = frozenset({"partial-omission", "omission", "truncation"})
UNCLAIMED = frozenset({"mistranslation", "other"})
REFS = {"wmt22": ("generaltest2022.en-zh.ref.A.zh", "generaltest2022.en-zh.ref.B.zh"),
        "wmt23": ("generaltest2023.en-zh.ref.refA.zh",)}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z][A-Za-z0-9&-]+")
_EN_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Line:
    key: str  # doc:line
    en: str
    zh: str
    kinds: frozenset[str]


def _stems(en: str) -> set[str]:
    out: set[str] = set()
    for w in _EN_WORD.findall(en.lower()):
        out.update(forms(w))
        out.add(w)
    return out


def moved(d: Line, r: Line) -> list[str]:
    """The items of d's English that d's Chinese lacks and r's Chinese holds (see the module's docstring), as
    `word=rendering`, `#number` or `@Latin` strings, in English order."""
    r_stems = _stems(r.en)
    words = [w for _, _, w in content_word_spans(d.en)]
    unrendered = {w for w, ok in zip(words, loose_flags(words, d.zh), strict=True) if not ok}
    cand = frozenset(w for w in unrendered if not (set(forms(w)) | {w}) & r_stems)
    out: list[str] = []
    if cand:
        own_words = frozenset(w for _, _, w in content_word_spans(r.en))
        own = {t for ts in found_any(own_words, r.zh).values() for t in ts if t}
        for w, ts in sorted(found_any(cand, r.zh).items()):
            good = [t for t in ts if len(t) >= 2 and not any(t in o for o in own)]
            if good:
                out.append(f"{w}={good[0]}")
    r_numbers = set(_NUMBER.findall(r.en))
    out += [f"#{n}" for n in dict.fromkeys(_NUMBER.findall(d.en))
            if n not in r_numbers and len(n) >= 2 and n not in d.zh and n in r.zh]
    r_latin = {x.lower() for x in _LATIN.findall(r.en)}
    out += [f"@{x}" for x in dict.fromkeys(_LATIN.findall(d.en))
            if x.lower() not in r_latin and not _latin_in(x, d.zh) and _latin_in(x, r.zh)
            and not (x[1:].islower() and in_dictionary(x.lower()))]
    return out


def _latin_in(form: str, zh: str) -> bool:
    """Whether the Chinese holds the Latin form as a word of its own (case ignored)."""
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])", zh, re.IGNORECASE) is not None


def _han(text: str) -> int:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text)


def copied(d: Line, r: Line) -> tuple[str, int]:
    """The longest stretch of r's Chinese that d's Chinese holds too, and how many Han characters it has, when it renders
    a content word of d's English that r's English lacks (a rendering of two Han characters or more) and no content word
    of r's English that d's lacks: r repeats a piece of its neighbour's translation. ("", 0) otherwise."""
    m = SequenceMatcher(None, r.zh, d.zh, autojunk=False).find_longest_match(0, len(r.zh), 0, len(d.zh))
    chunk = r.zh[m.a:m.a + m.size]
    if _han(chunk) < 2:
        return "", 0
    d_stems, r_stems = _stems(d.en), _stems(r.en)
    d_only = frozenset(w for _, _, w in content_word_spans(d.en) if not (set(forms(w)) | {w}) & r_stems)
    r_only = frozenset(w for _, _, w in content_word_spans(r.en) if not (set(forms(w)) | {w}) & d_stems)
    of_d = any(len(t) >= 2 for ts in found_any(d_only, chunk).values() for t in ts)
    of_r = any(len(t) >= 2 for ts in found_any(r_only, chunk).values() for t in ts)
    return (chunk, _han(chunk)) if of_d and not of_r else ("", 0)


def documents(shared: Path, splits: tuple[str, ...]) -> list[tuple[dict[str, str], list[Line]]]:
    """(document row, its lines with their label kinds) for the read real-MT documents of `splits`."""
    docs = [d for d in read_tsv(LABELS / "wmt-mt" / "documents.tsv")
            if d["split"] in splits and d["status"] == "read" and "+" not in d["system"]]
    kinds: dict[str, set[str]] = collections.defaultdict(set)
    for split in splits:
        for lab in read_tsv(LABELS / "wmt-mt" / f"labels.{split}.tsv"):
            kinds[f"{lab['doc']}:{lab['line']}"].add(lab["kind"])
    cache: dict[tuple[str, str], list[str]] = {}
    out = []
    for d in docs:
        lines = [Line(f"{d['doc']}:{n}", en, zh, frozenset(kinds.get(f"{d['doc']}:{n}", ())))
                 for n, en, zh in line_pairs(shared, d, cache)]
        out.append((d, lines))
    return out


def reference_documents(shared: Path, docs: list[tuple[dict[str, str], list[Line]]]) -> list[list[Line]]:
    """The professional references of the same source documents (each doc id once), as unlabelled lines."""
    seen: set[tuple[str, str]] = set()
    out = []
    cache: dict[tuple[str, str], list[str]] = {}
    for d, _ in docs:
        year = d["year"]
        if (year, d["docid"]) in seen or year not in REFS:
            continue
        seen.add((year, d["docid"]))
        _, src, _ = WMT_FILES[year]
        for name in (src, *REFS[year]):
            if (year, name) not in cache:
                cache[(year, name)] = _corpus_lines(shared, year, name)
        first, last = int(d["first_line"]), int(d["last_line"])
        for ref in REFS[year]:
            out.append([Line(f"{ref}:{n}", cache[(year, src)][n - 1], cache[(year, ref)][n - 1], frozenset())
                        for n in range(first, last + 1)
                        if cache[(year, src)][n - 1].strip() and cache[(year, ref)][n - 1].strip()])
    return out


def pairs(lines: list[Line]) -> list[tuple[Line, Line, list[str], str, int]]:
    """(donor, receiver, moved items, copied chunk, its Han characters) for every adjacent pair of a document, both
    directions, where either signal holds something."""
    out = []
    for a, b in zip(lines, lines[1:], strict=False):
        for d, r in ((a, b), (b, a)):
            items = moved(d, r)
            chunk, n = copied(d, r)
            if items or n:
                out.append((d, r, items, chunk, n))
    return out


def verdict(d: Line, r: Line, missed: set[str]) -> str:
    """right/new/apart/wrong of one fired pair (see the module's docstring)."""
    hit = [x for x in (r.key,) if r.kinds & ADDED] + [x for x in (d.key,) if d.kinds & LOST]
    if hit:
        return "new" if set(hit) & missed else "right"
    if (d.kinds | r.kinds) and (d.kinds | r.kinds) <= UNCLAIMED:
        return "apart"
    return "wrong"


def _moved_table(mt: list, refs: list, missed: set[str], n_ref: int, n_mt: int) -> None:
    print("moved: K  pairs  right  new  apart  wrong  P(all)  Padd   add-rows(missed)  omit-rows(missed)  MT-lines/100"
          "  ref-lines/100")
    for k in (1, 2, 3, 4):
        fired = [(d, r) for d, r, items, _, _ in mt if len(items) >= k]
        v = collections.Counter(verdict(d, r, missed) for d, r in fired)
        add_rows = {r.key for d, r in fired if r.kinds & ADDED}
        omit_rows = {d.key for d, r in fired if d.kinds & LOST}
        ref_lines = {x.key for d, r, items, _, _ in refs if len(items) >= k for x in (d, r)}
        mt_lines = {x.key for d, r in fired for x in (d, r)}
        good = v["right"] + v["new"]
        print(f"       {k}  {len(fired):5d}  {v['right']:5d}  {v['new']:3d}  {v['apart']:5d}  {v['wrong']:5d}"
              f"  {good / max(1, good + v['wrong']):6.2f}  {v['new'] / max(1, v['new'] + v['wrong']):4.2f}"
              f"   {len(add_rows):4d} ({len(add_rows & missed):3d})      {len(omit_rows):4d} ({len(omit_rows & missed):3d})"
              f"        {100 * len(mt_lines) / max(1, n_mt):5.2f}         {100 * len(ref_lines) / max(1, n_ref):5.2f}")


def _copied_table(mt: list, refs: list, missed: set[str], n_ref: int, n_mt: int) -> None:
    print("copied: L  pairs  right  new  apart  wrong  P(all)  Padd   add-rows(missed)  MT-lines/100  ref-lines/100")
    for k in (2, 3, 4, 6, 8, 10):
        fired = [(d, r) for d, r, _, _, n in mt if n >= k]
        v = collections.Counter(
            ("new" if r.key in missed else "right") if r.kinds & ADDED
            else "apart" if r.kinds and r.kinds <= UNCLAIMED else "wrong" for d, r in fired)
        add_rows = {r.key for d, r in fired if r.kinds & ADDED}
        ref_lines = {r.key for d, r, _, _, n in refs if n >= k}
        good = v["right"] + v["new"]
        print(f"       {k:2d} {len(fired):5d}  {v['right']:5d}  {v['new']:3d}  {v['apart']:5d}  {v['wrong']:5d}"
              f"  {good / max(1, good + v['wrong']):6.2f}  {v['new'] / max(1, v['new'] + v['wrong']):4.2f}"
              f"   {len(add_rows):4d} ({len(add_rows & missed):3d})        {100 * len({r.key for _, r in fired}) / max(1, n_mt):5.2f}"
              f"         {100 * len(ref_lines) / max(1, n_ref):5.2f}")


def _show(rows: list, k: int, name: str, missed: set[str], copies: bool) -> None:
    for d, r, items, chunk, n in rows:
        if (n if copies else len(items)) >= k:
            tag = verdict(d, r, missed) if name == "MT" else "ref"
            what = chunk if copies else " ".join(items)
            print(f"\n{name} {tag}\t{d.key} -> {r.key}\t{what}\t{sorted(d.kinds)} {sorted(r.kinds)}")
            print(f"  d.en {d.en[:160]}\n  d.zh {d.zh[:120]}\n  r.en {r.en[:160]}\n  r.zh {r.zh[:120]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--baseline", type=Path, default=Path("/work/runs/r37/base"))
    ap.add_argument("--show", type=int, default=0, help="print the pairs moved fires on at this K")
    ap.add_argument("--show-copied", type=int, default=0, help="print the pairs copied fires on at this L")
    args = ap.parse_args(argv)
    docs = documents(args.shared, DEV_SPLITS)
    missed = {f"{doc}:{line}" for kind in (*ADDED, *LOST) for doc, line, _ in missed_rows(args.baseline, kind)}
    mt = [p for _, lines in docs for p in pairs(lines)]
    ref_docs = reference_documents(args.shared, docs)
    refs = [p for lines in ref_docs for p in pairs(lines)]
    n_mt = sum(len(lines) for _, lines in docs)
    n_ref = sum(len(lines) for lines in ref_docs)
    labelled = [ln for _, lines in docs for ln in lines]
    print(f"real-MT lines {n_mt}, with an addition/substitution label {sum(bool(ln.kinds & ADDED) for ln in labelled)},"
          f" with an omission-kind label {sum(bool(ln.kinds & LOST) for ln in labelled)}; reference lines {n_ref}")
    _moved_table(mt, refs, missed, n_ref, n_mt)
    _copied_table(mt, refs, missed, n_ref, n_mt)
    for name, rows in (("MT", mt), ("REF", refs)):
        if args.show:
            _show(rows, args.show, name, missed, False)
        if args.show_copied:
            _show(rows, args.show_copied, name, missed, True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
