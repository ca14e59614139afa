"""Pair mode of two source trees A and B in one process, pair by pair in turn, and their findings compared.

    git archive main src | tar -x -C /tmp/old                     # the old code beside the worktree's
    .venv/bin/python benchmarks/speed_ab.py /tmp/old/src src       # A = old, B = new: pairs per CPU-second, ratio
    .venv/bin/python benchmarks/speed_ab.py /tmp/old/src src --pofilter --limit 100
    .venv/bin/python benchmarks/speed_ab.py /tmp/old/src src --family transliteration   # and that family's CPU s

Both trees' transqa modules are imported into this process (each set kept aside and put back into sys.modules
before its turn, so that the imports a function makes at run time find its own tree's modules); each of
`benchmarks/speed.py`'s pairs (same seed and draws) is then parsed and checked by A and by B, the order
alternating from pair to pair, each timed by CPU (time.process_time) with the collector as a transqa command
sets it. A slow spell of a shared machine falls on both trees alike, which two separate processes run one after
the other cannot promise. The beads and findings of every pair are compared (speed.py's fields): exit 1 when a
pair differs. `--pofilter` times pofilter afterwards on the same pairs (speed.py's way) and gives each tree's
ratio against it.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import sys
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _ours(name: str) -> bool:
    return name == "transqa" or name.startswith("transqa.")


def load(src: Path) -> dict[str, ModuleType]:
    """Import transqa (its engine and Markdown loader, and what they import) from the tree `src`; its modules."""
    for name in [k for k in sys.modules if _ours(k)]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    importlib.invalidate_caches()
    try:
        importlib.import_module("transqa.engine")
        importlib.import_module("transqa.load.markdown")
    finally:
        sys.path.remove(str(src))
    mods = {k: v for k, v in sys.modules.items() if _ours(k)}
    stray = [k for k, m in mods.items() if not str(getattr(m, "__file__", None) or src).startswith(str(src))]
    if stray:
        raise SystemExit(f"speed_ab: {stray[0]} did not load from {src}")
    return mods


def use(mods: dict[str, ModuleType]) -> None:
    """Make `mods` the transqa modules of the process."""
    for name in [k for k in sys.modules if _ours(k)]:
        del sys.modules[name]
    sys.modules.update(mods)


def _time_family(mod: ModuleType, totals: dict[str, float], name: str) -> None:
    """Wrap the family module's `check` so that its CPU time (the generator run to its end) adds to totals[name]."""
    check = mod.check

    def timed(ctx):  # noqa: ANN001, ANN202
        c0 = time.process_time()
        try:
            return iter(list(check(ctx)))
        finally:
            totals[name] += time.process_time() - c0

    mod.check = timed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path, help="tree A's src folder (the old code)")
    ap.add_argument("b", type=Path, help="tree B's src folder (the new code)")
    ap.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--draws", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="the first N pairs only (0: all)")
    ap.add_argument("--pofilter", action="store_true", help="time pofilter on the same pairs afterwards")
    ap.add_argument("--family", help="also time this check family's `check` in each tree (`transliteration`: its CPU "
                    "seconds, the shared analyses it asks for first included)")
    args = ap.parse_args()
    trees = {"A": load(args.a.resolve()), "B": load(args.b.resolve())}
    import speed  # benchmarks/speed.py: the pairs, the finding's fields, pofilter's timing

    pairs = speed.pairs_of(args.shared, args.seed, args.draws)
    pairs = pairs[: args.limit] if args.limit else pairs
    fns = {}
    for name, mods in trees.items():
        use(mods)
        check, parse = mods["transqa.engine"].check_documents, mods["transqa.load.markdown"].parse_markdown
        check(parse("warm.en.md", pairs[0].source_markdown()), parse("warm.zh.md", pairs[0].target_markdown()))
        fns[name] = (check, parse)
    cpu = {"A": 0.0, "B": 0.0}
    family = {"A": 0.0, "B": 0.0}
    if args.family:
        for name, mods in trees.items():
            _time_family(mods[f"transqa.checks.{args.family}"], family, name)
    differ = []
    before = gc.get_threshold()
    gc.set_threshold(*trees["B"]["transqa"].COLLECTOR_THRESHOLD)
    gc.freeze()
    try:
        for k, p in enumerate(pairs):
            got = {}
            for name in ("A", "B") if k % 2 == 0 else ("B", "A"):
                use(trees[name])
                check, parse = fns[name]
                c0 = time.process_time()
                result = check(parse(f"{p.name}.en.md", p.source_markdown()), parse(f"{p.name}.zh.md", p.target_markdown()))
                cpu[name] += time.process_time() - c0
                got[name] = json.dumps([[[list(x.source), list(x.target)] for x in result.beads],
                                        [speed._finding(f) for f in result.findings]], sort_keys=True, ensure_ascii=False)
            if got["A"] != got["B"]:
                differ.append(p.name)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
    n = len(pairs)
    print(f"pair mode, {n} pairs, A and B in turn: A {n / cpu['A']:.2f}, B {n / cpu['B']:.2f} pairs per CPU-second; "
          f"B/A {cpu['A'] / cpu['B']:.3f}x")
    if args.family:
        print(f"  {args.family}: A {family['A']:.2f}, B {family['B']:.2f} CPU s; B/A {family['A'] / family['B']:.3f}x")
    if args.pofilter:
        _wall, pf_cpu = speed.run_pofilter(pairs)
        print(f"  pofilter {n / pf_cpu:.1f} pairs per CPU-second: A {pf_cpu / cpu['A']:.3f}x, B {pf_cpu / cpu['B']:.3f}x of it")
    print(f"exactness: beads and findings differ on {len(differ)} of {n} pairs" + (f" (first: {', '.join(differ[:5])})" if differ else ""))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
