"""Where pair mode's CPU goes, per check family, per rule function and per shared analysis (issue 21).

Two views of the pairs of benchmarks/speed.py (same seed and draws):

    # 1. sampled (py-spy, low overhead): record the transqa pass, then attribute the samples
    py-spy record -r 200 -f raw -o /tmp/speed.raw -- python benchmarks/rule_profile.py --run --draws 1
    python benchmarks/rule_profile.py --raw /tmp/speed.raw

    # 2. inclusive CPU time and findings yielded by every generator function of transqa.checks
    python benchmarks/rule_profile.py --yields --draws 1

The sampled view gives each sample three labels: its check family (the `check` frame of transqa/checks/, else the
engine's stage), its rule (the first frame under the family's dispatchers: `_with_source_all`, `_check`, ...) and the
shared analysis it is in, if any (the outermost frame of the alignment, number parsing, sentence split, name
extraction, dictionary look-ups or sound matching). A shared analysis is memoised per pair (transqa.memo): the first
asker pays, so a rule's share includes the analyses it asked for first. The yields view wraps every module-level
generator function of transqa.checks (times are inclusive: a rule's callees are in its time too) and counts what it
yields: a function that takes time and yields nothing on the benchmark is where a cheap necessary condition may pay.
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import inspect
import pkgutil
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

DISPATCH = {"check", "_check", "_with_source", "_with_source_all", "_check_rest", "not_on_names", "listed_per_paragraph",
            "_target_only", "_once_each", "_block_findings"}
SHARED = [("paragraph/sentence alignment", re.compile(r"transqa/align/")),
          ("number parse", re.compile(r"transqa/quantities/")),
          ("sentence split", re.compile(r"english_sentences|sentencizer\.py|chinese_sentences|spacy")),
          ("name extraction", re.compile(r"english_names|chinese_names|source_names \(|capitalised_runs")),
          ("dictionary/gloss look-ups", re.compile(r"transqa/lang/lexicon\.py|transqa/lang/glosses\.py|jieba")),
          ("sound matching (transliterate)", re.compile(r"transqa/lang/transliterate\.py|pypinyin"))]


def _labels(frames: list[str]) -> tuple[str, str, str]:
    """(family, rule, shared analysis) of one sampled stack (py-spy raw frames, outermost first)."""
    names = [f.split(" (")[0] for f in frames]
    at = next((i for i, f in enumerate(frames) if "transqa/checks/" in f and names[i] == "check"), None)
    if at is None:
        family = ("paragraph alignment (engine)" if any("align/paragraphs.py" in f for f in frames) else
                  "parse markdown" if any(n == "parse_markdown" for n in names) else "other (engine, filters, policy)")
        rule = family
    else:
        m = re.search(r"transqa/checks/([\w/]+)", frames[at])
        family = m.group(1).replace("/__init__", "") if m else "?"
        j = at + 1
        while j < len(frames) and (names[j] in DISPATCH or "<genexpr>" in names[j] or "<listcomp>" in names[j]):
            j += 1
        rule = f"{family} :: {names[j] if j < len(frames) else '(self)'}"
    shared = next((label for f in frames for label, rx in SHARED if rx.search(f)), "none (the rule's own code)")
    return family, rule, shared


def attribute(raw: Path, least: float = 0.007) -> None:
    """Print the shares of families, shared analyses and rules of a py-spy raw file's transqa pass."""
    fam: collections.Counter[str] = collections.Counter()
    rule: collections.Counter[str] = collections.Counter()
    shared: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text(encoding="utf-8").splitlines():
        stack, n = line.rsplit(" ", 1)
        frames = stack.split(";")
        if not any(f.startswith("run_transqa") for f in frames):
            continue
        f, r, s = _labels(frames)
        fam[f] += int(n)
        rule[r] += int(n)
        shared[s] += int(n)
        total += int(n)
    for title, counter in (("family", fam), ("shared analysis (the outermost on the stack)", shared), ("rule", rule)):
        print(f"== {title}")
        for k, v in counter.most_common():
            if v / total >= least:
                print(f"{100 * v / total:5.1f}%  {k}")
    checks = sorted((v for k, v in rule.items() if " :: " in k), reverse=True)
    acc, marks = 0, {}
    for n, v in enumerate(checks, 1):
        acc += v
        for p in (0.5, 0.8, 0.9):
            marks.setdefault(p, n) if acc >= p * sum(checks) else None
    print(f"checks: {100 * sum(checks) / total:.1f}% of {total} samples over {len(checks)} rule functions; "
          f"functions to reach 50/80/90% of it: {marks[0.5]}/{marks[0.8]}/{marks[0.9]}")


def yields(pairs: list) -> None:  # noqa: ANN001
    """Run the pairs with every module-level generator function of transqa.checks wrapped; print the top 60."""
    import speed

    import transqa.checks as checks

    stats: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0, 0])  # CPU s, calls, yields

    def wrap(name: str, fn):  # noqa: ANN001, ANN202
        @functools.wraps(fn)
        def run(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            st = stats[name]
            st[1] += 1
            gen = fn(*args, **kwargs)
            while True:
                c0 = time.process_time()
                try:
                    x = next(gen)
                except StopIteration as stop:
                    st[0] += time.process_time() - c0
                    return stop.value
                st[0] += time.process_time() - c0
                st[2] += 1
                yield x
        return run

    mods = [importlib.import_module(m.name) for m in pkgutil.walk_packages(checks.__path__, "transqa.checks.")]
    wrapped = {}
    for mod in mods:
        for n, f in list(vars(mod).items()):
            if inspect.isgeneratorfunction(f) and f.__module__.startswith("transqa.checks") and n != "check":
                wrapped.setdefault(id(f), wrap(f"{f.__module__.removeprefix('transqa.checks.')}.{n}", f))
    for mod in mods:
        for n, f in list(vars(mod).items()):
            if id(f) in wrapped:
                setattr(mod, n, wrapped[id(f)])
    c0 = time.process_time()
    speed.run_transqa(pairs)
    total = time.process_time() - c0
    print(f"{len(pairs)} pairs, {total:.2f} CPU s (wrapped)")
    for k, (t, c, y) in sorted(stats.items(), key=lambda kv: -kv[1][0])[:60]:
        print(f"{100 * t / total:5.1f}% {t:6.2f} s  calls {int(c):6d}  yields {int(y):5d}  {k}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--draws", type=int, default=1)
    what = ap.add_mutually_exclusive_group(required=True)
    what.add_argument("--raw", type=Path, help="attribute the samples of a py-spy raw file (-f raw)")
    what.add_argument("--run", action="store_true", help="run the transqa pass alone (under py-spy)")
    what.add_argument("--yields", action="store_true", help="time every generator function of transqa.checks")
    args = ap.parse_args()
    if args.raw:
        attribute(args.raw)
        return 0
    import speed

    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    if not (args.shared / "corpora").exists():
        print(f"benchmarks need {args.shared}/corpora", file=sys.stderr)
        return 2
    pairs = speed.pairs_of(args.shared, args.seed, args.draws)
    check_documents(parse_markdown("warm.en.md", pairs[0].source_markdown()), parse_markdown("warm.zh.md", pairs[0].target_markdown()))
    if args.yields:
        yields(pairs)
    else:
        with speed.as_the_command():
            speed.run_transqa(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
