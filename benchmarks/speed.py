"""Pair-mode speed against pofilter on the defect-injection pairs, in the same process, and exactness.

    .venv/bin/python benchmarks/speed.py                       # throughput table (transqa vs pofilter)
    .venv/bin/python benchmarks/speed.py --save before.jsonl   # also write every finding, one pair a line
    .venv/bin/python benchmarks/speed.py --compare before.jsonl  # fail (exit 1) unless the findings are identical
    .venv/bin/python benchmarks/speed.py --profile 30          # cProfile of the transqa pass, top 30 functions
    .venv/bin/python benchmarks/speed.py --stages --no-pofilter  # CPU seconds of each stage of the transqa pass

The pairs are those of benchmarks/accuracy.py (same seeds and draws: 791 pairs by default). pofilter is given
the gold alignment, one PO unit per bead, as in benchmarks/score.py. Both are timed per pair, wall clock and
CPU (time.process_time), the documents parsed inside the transqa timing. Findings are compared by code, rule,
severity, message, source and target locations and blocks, and repairs: a speed-up must change none of them.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import pstats
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inject import Pair, build  # noqa: E402

from transqa import COLLECTOR_THRESHOLD  # noqa: E402
from transqa.engine import check_documents  # noqa: E402
from transqa.load.markdown import parse_markdown  # noqa: E402


def pairs_of(shared: Path, seed: int, draws: int) -> list[Pair]:
    pairs = build(shared, seed=seed)
    for s in range(seed + 1, seed + draws):
        pairs += [p for p in build(shared, seed=s) if p.defects]
    return pairs


def _finding(f) -> dict[str, object]:  # noqa: ANN001
    return {
        "code": f.code, "rule": f.rule, "severity": str(f.severity), "message": f.message,
        "source": f.source.as_dict() if f.source else None, "target": f.target.as_dict() if f.target else None,
        "source_block": f.source_block, "target_block": f.target_block, "suggestion": f.suggestion,
        "repairs": [[str(r.kind), r.start, r.end, r.text, r.certain] for r in f.repairs],
    }


@contextmanager
def as_the_command() -> Iterator[None]:
    """The garbage collector as a transqa command sets it (transqa.__main__: COLLECTOR_THRESHOLD from the imports on,
    everything the imports and the warm-up pair made frozen out of later collections), for the transqa pass only:
    pofilter is timed with Python's defaults, as its own command runs."""
    before = gc.get_threshold()
    gc.set_threshold(*COLLECTOR_THRESHOLD)
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def run_transqa(pairs: list[Pair]) -> tuple[float, float, list[dict[str, object]]]:
    wall = cpu = 0.0
    rows = []
    for p in pairs:
        t0, c0 = time.perf_counter(), time.process_time()
        src = parse_markdown(f"{p.name}.en.md", p.source_markdown())
        tgt = parse_markdown(f"{p.name}.zh.md", p.target_markdown())
        result = check_documents(src, tgt)
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
        rows.append({"pair": p.name, "beads": [[list(b.source), list(b.target)] for b in result.beads],
                     "findings": [_finding(f) for f in result.findings]})
    return wall, cpu, rows


def timed_stages() -> dict[str, float]:
    """Time the stages of check_documents by CPU (time.process_time): the paragraph alignment, each check
    family (less the sentence alignments it asks for) and the sentence alignments; returns the totals."""
    import transqa.context as context
    import transqa.engine as engine

    totals: dict[str, float] = {}

    def timed(name: str, fn, exclusive: bool = False):  # noqa: ANN001, ANN202
        def run(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            c0 = time.process_time()
            before = totals.get("sentence alignment (asked by the checks)", 0.0)
            try:
                out = fn(*args, **kwargs)
                return list(out) if exclusive else out  # a check family is a generator: run it here
            finally:
                spent = time.process_time() - c0
                if exclusive:
                    spent -= totals.get("sentence alignment (asked by the checks)", 0.0) - before
                totals[name] = totals.get(name, 0.0) + spent
        return run

    engine.align = timed("paragraph alignment (features, dictionary, DP)", engine.align)
    context.align_sentences = timed("sentence alignment (asked by the checks)", context.align_sentences)
    for family in engine.FAMILIES:
        family.check = timed("check: " + family.__name__.rsplit(".", 1)[-1], family.check, exclusive=True)
    return totals


def run_pofilter(pairs: list[Pair]) -> tuple[float, float]:
    from translate.filters import checks
    from translate.storage import po

    checker = checks.StandardChecker(checks.CheckerConfig(targetlanguage="zh"))
    wall = cpu = 0.0
    for p in pairs:
        t0, c0 = time.perf_counter(), time.process_time()
        zh = [u.text for u in p.units]
        for src, tgt in p.gold_beads():
            if not src or not tgt:
                continue
            unit = po.pounit("\n\n".join(p.en[i] for i in src))
            unit.target = "\n\n".join(zh[j] for j in tgt)
            checker.run_filters(unit)
        wall += time.perf_counter() - t0
        cpu += time.process_time() - c0
    return wall, cpu


def compare(rows: list[dict[str, object]], path: Path) -> int:
    before = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]  # in order: names repeat across draws
    diffs = 0
    for k, r in enumerate(rows):
        b = before[k] if k < len(before) and before[k]["pair"] == r["pair"] else None
        if b is None or b["findings"] != r["findings"] or b["beads"] != r["beads"]:
            diffs += 1
            if diffs <= 10:
                old = {json.dumps(f, sort_keys=True) for f in (b or {}).get("findings", [])}
                new = {json.dumps(f, sort_keys=True) for f in r["findings"]}
                print(f"DIFF {r['pair']}: beads {'same' if b and b['beads'] == r['beads'] else 'differ'}")
                for f in sorted(old - new):
                    print("  -", f[:300])
                for f in sorted(new - old):
                    print("  +", f[:300])
    missing = abs(len(before) - len(rows))
    findings = sum(len(r["findings"]) for r in rows)
    print(f"exactness: {len(rows)} pairs, {findings} findings; {diffs} pairs differ, {missing} missing against {path.name}")
    return 1 if diffs or missing else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--draws", type=int, default=3)
    ap.add_argument("--save", type=Path, help="write the findings (JSONL, one pair a line)")
    ap.add_argument("--compare", type=Path, help="compare the findings with a file written by --save; exit 1 on a difference")
    ap.add_argument("--profile", type=int, metavar="N", help="profile the transqa pass and print the top N functions")
    ap.add_argument("--stages", action="store_true", help="print the CPU seconds of each stage of the transqa pass")
    ap.add_argument("--no-pofilter", action="store_true")
    args = ap.parse_args()
    if not (args.shared / "corpora").exists():
        print(f"benchmarks need {args.shared}/corpora", file=sys.stderr)
        return 2
    pairs = pairs_of(args.shared, args.seed, args.draws)
    stages = timed_stages() if args.stages else None
    check_documents(parse_markdown("warm.en.md", pairs[0].source_markdown()), parse_markdown("warm.zh.md", pairs[0].target_markdown()))
    if stages is not None:
        stages.clear()
    prof = cProfile.Profile() if args.profile else None
    if prof:
        prof.enable()
    with as_the_command():
        tq_wall, tq_cpu, rows = run_transqa(pairs)
    if prof:
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(args.profile)
        print(out.getvalue())
    n = len(pairs)
    if stages is not None:
        shown = [(name, spent) for name, spent in sorted(stages.items(), key=lambda kv: -kv[1]) if spent >= 0.01 * tq_cpu]
        for name, spent in shown:
            print(f"{100 * spent / tq_cpu:5.1f}%  {spent:7.2f} CPU s  {name}")
        rest = tq_cpu - sum(spent for _, spent in shown)
        print(f"{100 * rest / tq_cpu:5.1f}%  {rest:7.2f} CPU s  the rest (parsing the two documents, the policy, checks under 1%)")
    print(f"pair mode, {n} pairs: transqa {n / tq_cpu:.1f} pairs per CPU-second ({n / tq_wall:.1f}/s wall)")
    if not args.no_pofilter:
        pf_wall, pf_cpu = run_pofilter(pairs)
        print(f"  pofilter {n / pf_cpu:.1f} pairs per CPU-second ({n / pf_wall:.1f}/s wall); "
              f"transqa/pofilter {pf_cpu / tq_cpu:.2f}x per CPU-second")
    if args.save:
        args.save.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    if args.compare:
        return compare(rows, args.compare)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
