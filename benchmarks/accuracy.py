"""Print the defect-injection benchmark table (transqa against pofilter, same pairs, same run)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inject import build  # noqa: E402
from score import score_fix, score_pofilter, score_transqa, table  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--draws", type=int, default=3, help="independent injection draws (seed, seed+1, …); the clean controls once")
    ap.add_argument("--news-only", action="store_true", help="leave out WMT24's social-media and literary documents")
    ap.add_argument("--details", action="store_true", help="print missed and false findings")
    ap.add_argument("--seeds", help="comma-separated first seeds, each with --draws draws, pooled (held-out runs)")
    ap.add_argument("--raw", action="store_true",
                    help="count findings that the clean control of the same document also has as false (no comparison)")
    args = ap.parse_args()
    firsts = [int(x) for x in args.seeds.split(",")] if args.seeds else [args.seed]
    seeds = [f + k for f in firsts for k in range(args.draws)]
    pairs = build(args.shared, seed=seeds[0], news_only=args.news_only)
    for seed in seeds[1:]:
        pairs += [p for p in build(args.shared, seed=seed, news_only=args.news_only) if p.defects]
    n_def = sum(len(p.defects) for p in pairs)
    clean = sum(1 for p in pairs if not p.defects)
    runs = ", ".join(f"{f}..{f + args.draws - 1}" for f in firsts)
    print(f"{len(pairs)} pairs ({clean} clean controls), {sum(len(p.en) for p in pairs)} source paragraphs, {n_def} injected defects, "
          f"seeds {runs}")
    tq = score_transqa(pairs, raw=args.raw)
    pf = score_pofilter(pairs, raw=args.raw)
    print(table(tq, pf))
    print()
    print(score_fix(pairs))
    if args.details:
        for row in sorted(tq.false):
            print("FALSE", *row)
        for row in sorted(tq.missed):
            print("MISSED", *row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
