"""Findings per rule of two whole-archive audits, and a seeded sample of the new findings to read.

    .venv/bin/transqa audit ../shared/corpora/techcrunch-zh --no-cache --no-progress -j 2 --isolated -o before.jsonl
    (change the code)
    .venv/bin/transqa audit ../shared/corpora/techcrunch-zh --no-cache --no-progress -j 2 --isolated -o after.jsonl
    .venv/bin/python benchmarks/audit_new.py before.jsonl after.jsonl [--seed 19] [--n 50] [--code TQA507]

Prints the finding counts per rule before and after, then `--n` findings drawn at random (seeded) from those
of the second audit that the first did not report (same file, rule, line and quoted text), each with what it
says, what it suggests and the line of the article around it (the reported span between ⟦ ⟧), so that a
reader who does not know the rules can judge whether each points at a real defect.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from pathlib import Path

Key = tuple[str, str, int, str]


def load(path: Path) -> list[tuple[str, dict]]:
    """(target file, finding) for every finding of a JSONL audit."""
    out: list[tuple[str, dict]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for f in rec.get("findings") or ():
                out.append((rec["target"], f))
    return out


def key(target: str, f: dict) -> Key:
    t = f.get("target") or {}
    return (target, f["code"], int(t.get("line") or 0), t.get("text") or "")


def new_findings(before: list[tuple[str, dict]], after: list[tuple[str, dict]]) -> list[tuple[str, dict]]:
    """Findings of `after` beyond those of `before` (as a multiset of keys)."""
    left = collections.Counter(key(t, f) for t, f in before)
    out = []
    for t, f in after:
        k = key(t, f)
        if left[k]:
            left[k] -= 1
        else:
            out.append((t, f))
    return out


def context(target: str, f: dict, width: int = 60) -> str:
    """The article line around the finding, the span between ⟦ ⟧."""
    loc = f.get("target") or {}
    try:
        lines = Path(target).read_text(encoding="utf-8").splitlines()
        line = lines[int(loc["line"]) - 1]
    except (OSError, KeyError, IndexError, ValueError):
        return "(line not available)"
    s = max(0, int(loc.get("column", 1)) - 1)
    e = int(loc.get("end_column", s + 1)) - 1 if loc.get("end_line") == loc.get("line") else len(line)
    e = max(s, min(e, len(line)))
    pre = line[max(0, s - width) : s]
    post = line[e : e + width]
    return ("…" if s > width else "") + pre + "⟦" + line[s:e] + "⟧" + post + ("…" if e + width < len(line) else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--code", action="append", help="sample only the new findings of this rule (repeatable)")
    a = ap.parse_args(argv)
    try:
        before, after = load(a.before), load(a.after)
    except (OSError, ValueError, KeyError) as exc:
        print(f"audit_new: cannot read the audits: {exc}", file=sys.stderr)
        return 2
    cb = collections.Counter(f["code"] for _, f in before)
    ca = collections.Counter(f["code"] for _, f in after)
    names = {f["code"]: f["rule"] for _, f in before + after}
    print(f"{'code':7} {'rule':30} {'before':>7} {'after':>7}")
    for code in sorted(set(cb) | set(ca)):
        print(f"{code:7} {names[code]:30} {cb[code]:7} {ca[code]:7}")
    print(f"{'':7} {'total':30} {sum(cb.values()):7} {sum(ca.values()):7}")
    new = new_findings(before, after)
    if a.code:
        new = [(t, f) for t, f in new if f["code"] in a.code]
    per = collections.Counter(f["code"] for _, f in new)
    print(f"\n{len(new)} new findings ({', '.join(f'{c} {n}' for c, n in sorted(per.items()))}); {min(a.n, len(new))} drawn with seed {a.seed}:\n")
    rng = random.Random(a.seed)
    for i, (t, f) in enumerate(rng.sample(new, min(a.n, len(new))), 1):
        loc = f.get("target") or {}
        print(f"{i:2}. {Path(t).name}:{loc.get('line')}  [{f['code']} {f['rule']}]")
        print(f"    says:     {f['message']}")
        if f.get("suggestion"):
            print(f"    suggests: {f['suggestion']}")
        print(f"    text:     {context(t, f)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
