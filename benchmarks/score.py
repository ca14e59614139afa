"""Score transqa and translate-toolkit's pofilter on the injected pairs, in the same run.

Per category: precision, recall and F1 of findings against the gold defects (a finding is right when
a gold defect of its category stands in its paragraph; findings that a truncated or deleted text
explains, such as the figures it held, count as right too, and so do findings where English was put
in place of a Chinese clause: that clause, its figures, names and links are then missing). A finding that the
clean control of the same document also has (same rule, same message: a defect of the reference translation itself,
not of the injection) is left out of precision and counted apart, for both tools; false findings per 100 paragraphs on
the clean controls; alignment F1 over beads; throughput in pairs per second. pofilter is given the
gold alignment (one PO unit per gold bead), which favours it.
"""

from __future__ import annotations

import collections
import re
import time
from dataclasses import dataclass, field

from inject import CATEGORIES, Pair

from transqa.engine import check_documents
from transqa.load.markdown import parse_markdown

RULE_CATEGORY = {"omission": "omission", "addition": "omission", "link": "link", "image": "link", "number": "number", "name": "name", "untranslated": "untranslated"}
POFILTER_CATEGORY = {
    "numbers": "number", "urls": "link", "emails": "link", "untranslated": "omission", "short": "omission",
    "long": "omission", "unchanged": "untranslated", "acronyms": "name", "simplecaps": None, "startcaps": None,
}


@dataclass
class Tally:
    tp_find: collections.Counter = field(default_factory=collections.Counter)
    all_find: collections.Counter = field(default_factory=collections.Counter)
    found_gold: collections.Counter = field(default_factory=collections.Counter)
    all_gold: collections.Counter = field(default_factory=collections.Counter)
    clean_findings: int = 0
    clean_paragraphs: int = 0
    bead_tp: int = 0
    bead_pred: int = 0
    bead_gold: int = 0
    seconds: float = 0.0
    pairs: int = 0
    false: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    inherited: int = 0

    def prf(self, cat: str) -> tuple[float, float, float]:
        p = self.tp_find[cat] / self.all_find[cat] if self.all_find[cat] else 1.0
        r = self.found_gold[cat] / self.all_gold[cat] if self.all_gold[cat] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


# What else a defect removes from the Chinese, and so explains findings of: a deleted or truncated
# paragraph its figures, names and links; injected English the Chinese clause it replaced (its
# translation too); a link dropped with its anchor text the name or figure of that text.
ALSO_EXPLAINS = {
    ("omission", None): {"number", "link", "name"},
    ("untranslated", None): {"omission", "number", "link", "name"},
    ("link", "drop-with-anchor"): {"name", "number"},
}


def _explained(cat: str, where: tuple[str, int | None], gold: list) -> bool:  # noqa: ANN001
    for d in gold:
        loc = ("t", d.target_block) if d.target_block is not None else ("s", d.src)
        also = ALSO_EXPLAINS.get((d.category, d.kind), set()) | ALSO_EXPLAINS.get((d.category, None), set())
        if loc == where and (d.category == cat or cat in also):
            return True
    return False


def _document(p: Pair) -> str:
    return p.name.rsplit("#", 1)[0]


_LINES = re.compile(r"\b(lines?) \d+(?:, \d+)*")


def _finding_key(code: str, message: str) -> tuple[str, str]:
    """A finding as the control comparison sees it: its rule and message, the line numbers the message
    cites left out (an injected or deleted paragraph moves them: `elsewhere in this article (line 21)` in
    the control is `(line 19)` in the pair)."""
    return code, _LINES.sub(r"\1 …", message)


def _inherited(key: object, control: collections.Counter | None) -> bool:
    """Whether the clean control of the document has this finding too (each control finding excuses one)."""
    if control is None or control[key] <= 0:
        return False
    control[key] -= 1
    return True


def score_transqa(pairs: list[Pair], raw: bool = False) -> Tally:
    """Score every pair; with `raw`, findings the clean control also has count as false (the old way)."""
    t = Tally()
    controls: dict[str, collections.Counter] = {}
    for p in pairs:
        t0 = time.perf_counter()
        src = parse_markdown(f"{p.name}.en.md", p.source_markdown())
        tgt = parse_markdown(f"{p.name}.zh.md", p.target_markdown())
        result = check_documents(src, tgt)
        t.seconds += time.perf_counter() - t0
        t.pairs += 1
        gold_beads = set(p.gold_beads())
        pred = {(b.source, b.target) for b in result.beads}
        t.bead_gold += len(gold_beads)
        t.bead_pred += len(pred)
        t.bead_tp += len(gold_beads & pred)
        if not p.defects:
            controls[_document(p)] = collections.Counter(_finding_key(f.code, f.message) for f in result.findings)
        control = None if raw or not p.defects else collections.Counter(controls.get(_document(p), {}))
        findings = []
        for f in result.findings:
            cat = RULE_CATEGORY.get(f.category)
            if cat is None:
                continue
            if f.category == "omission" and f.target_block is None or f.code == "TQA001":
                where = ("s", f.source_block)
            else:
                where = ("t", f.target_block)
            if not _explained(cat, where, p.defects) and _inherited(_finding_key(f.code, f.message), control):
                t.inherited += 1
                continue
            findings.append((cat, where))
            if not _explained(cat, where, p.defects):
                t.false.append((cat, f.code, p.name, f.message[:140]))
        _tally(t, p, findings, len(result.findings))
    return t


def _tally(t: Tally, p: Pair, findings: list[tuple[str, tuple[str, int | None]]], all_findings: int | None = None) -> None:
    if not p.defects:
        t.clean_findings += len(findings) if all_findings is None else all_findings
        t.clean_paragraphs += len(p.en)
    for cat, where in findings:
        t.all_find[cat] += 1
        if _explained(cat, where, p.defects):
            t.tp_find[cat] += 1
    for d in p.defects:
        t.all_gold[d.category] += 1
        loc = ("t", d.target_block) if d.target_block is not None else ("s", d.src)
        if any(cat == d.category and where == loc for cat, where in findings):
            t.found_gold[d.category] += 1
        else:
            t.missed.append((d.category, d.kind, p.name, loc))


def score_pofilter(pairs: list[Pair], raw: bool = False) -> Tally:
    from translate.filters import checks
    from translate.storage import po

    checker = checks.StandardChecker(checks.CheckerConfig(targetlanguage="zh"))
    t = Tally()
    controls: dict[str, collections.Counter] = {}
    for p in pairs:
        t0 = time.perf_counter()
        zh = [u.text for u in p.units]
        found: list[tuple[str, tuple[str, int], tuple[str, str, str]]] = []
        for src, tgt in p.gold_beads():
            if not src:
                continue
            unit = po.pounit("\n\n".join(p.en[i] for i in src))
            unit.target = "\n\n".join(zh[j] for j in tgt)
            where = ("t", tgt[0]) if tgt else ("s", src[0])
            failures = checker.run_filters(unit) if tgt else {"untranslated": "empty"}
            cats = {POFILTER_CATEGORY.get(name) for name in failures}
            found.extend((c, where, (c, unit.source, unit.target)) for c in sorted(c for c in cats if c))
        t.seconds += time.perf_counter() - t0
        t.pairs += 1
        if not p.defects:
            controls[_document(p)] = collections.Counter(key for _, _, key in found)
        control = None if raw or not p.defects else collections.Counter(controls.get(_document(p), {}))
        findings = []
        for c, where, key in found:
            if not _explained(c, where, p.defects) and _inherited(key, control):
                t.inherited += 1
                continue
            findings.append((c, where))
        _tally(t, p, findings)
    return t


def table(tq: Tally, pf: Tally) -> str:
    rows = ["| category | transqa P | R | F1 | pofilter P | R | F1 | F1 ratio |", "|---|---|---|---|---|---|---|---|"]
    for cat in CATEGORIES:
        p1, r1, f1 = tq.prf(cat)
        p2, r2, f2 = pf.prf(cat)
        ratio = f"{f1 / f2:.2f}" if f2 else "∞"
        rows.append(f"| {cat} (n={tq.all_gold[cat]}) | {p1:.3f} | {r1:.3f} | {f1:.3f} | {p2:.3f} | {r2:.3f} | {f2:.3f} | {ratio} |")
    fa1 = 100 * tq.clean_findings / max(1, tq.clean_paragraphs)
    fa2 = 100 * pf.clean_findings / max(1, pf.clean_paragraphs)
    rows.append(f"| findings / 100 paragraphs on the clean controls (all rules) | {fa1:.2f} | | | {fa2:.2f} | | | |")
    ap = tq.bead_tp / max(1, tq.bead_pred)
    ar = tq.bead_tp / max(1, tq.bead_gold)
    af = 2 * ap * ar / (ap + ar) if ap + ar else 0
    rows.append(f"| findings the clean control of the same document also has (left out of precision) | {tq.inherited} | | | {pf.inherited} | | | |")
    rows.append(f"| alignment F1 over beads | {af:.3f} | | | (given the gold alignment) | | | |")
    rows.append(f"| throughput, pairs/s | {tq.pairs / tq.seconds:.1f} | | | {pf.pairs / pf.seconds:.1f} | | | {(tq.pairs / tq.seconds) / (pf.pairs / pf.seconds):.2f} |")
    return "\n".join(rows)


def score_fix(pairs: list[Pair]) -> str:
    """transqa fix on every pair: the share of findings repaired, and new findings on re-checking."""
    from transqa.fix import plan

    findings = repaired = new = touched = 0
    by_code: collections.Counter[str] = collections.Counter()
    for p in pairs:
        src = parse_markdown(f"{p.name}.en.md", p.source_markdown())
        tgt = parse_markdown(f"{p.name}.zh.md", p.target_markdown())
        result = check_documents(src, tgt)
        fp = plan(result)
        again = check_documents(src, parse_markdown(f"{p.name}.zh.md", fp.repaired)).findings
        before = collections.Counter(f.fingerprint for f in result.findings)
        after = collections.Counter(f.fingerprint for f in again)
        findings += len(result.findings)
        repaired += sum((before - after).values())
        new += sum((after - before).values())
        touched += bool(fp.applied)
        by_code.update(e.code for e in fp.applied)
    share = 100.0 * repaired / max(1, findings)
    codes = ", ".join(f"{c} {n}" for c, n in sorted(by_code.items()))
    return (f"transqa fix: {repaired} of {findings} findings ({share:.1f}%) repaired automatically in {touched} pairs "
            f"({codes}); re-checking the repaired files: {new} new findings")
