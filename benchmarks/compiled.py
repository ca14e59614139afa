"""What compiling transqa's hot modules with mypyc gives in pair mode (issue 21): a scratch build, then the
pure and the compiled code run in turn on `benchmarks/speed.py --no-pofilter`'s pairs, findings compared.

    .venv/bin/python benchmarks/compiled.py --build /tmp/tqa-compiled          # build only (prints its cost)
    .venv/bin/python benchmarks/compiled.py --build /tmp/tqa-compiled --runs 3 # build, then 3 paired runs
    .venv/bin/python benchmarks/compiled.py --reuse /tmp/tqa-compiled --runs 3 # runs on an earlier build

The build copies `src/` and `pyproject.toml` (mypy's settings) into the folder and compiles HOT_MODULES there
with mypyc, one C file per module (`separate=True`: a single C file for the whole package was 135 MB and gcc
had not finished it after 5 CPU minutes), `-O3`, no debug information; the repository is never written to. The
other modules stay pure Python beside them in that copy. Each run is a fresh `benchmarks/speed.py
--no-pofilter` process, pure (the worktree's `src/`) and compiled (the copy first on PYTHONPATH) alternately;
the figure is speed.py's own pairs per CPU-second of the checking (pairs built and modules loaded outside it).
The compiled runs' findings and beads are compared with the first pure run's (`--save`/`--compare`).
Needs mypy (the `dev` extra: mypyc ships with it), a C compiler and Python's headers, and ../shared.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The modules that held most of pair mode's CPU: cProfile of 300 of speed.py's pairs, self time by module with the
# time of built-in functions (str methods, `regex`, len) given to the module that called them; these 37 held
# about 85% of transqa's own share (country 6.6%, align.lexical 6.1%, with_original 6.1%, lexicon 5.9%, ...).
# align.grid (0.5%) is left out: it is NumPy array arithmetic that mypy types as float (numpy's stubs), and the
# compiled module refused the arrays at run time ("float object expected; got numpy.ndarray").
HOT_MODULES = (
    "align/dp", "align/features", "align/lexical", "align/sentences",
    "checks/coverage", "checks/fragments", "checks/markup", "checks/names", "checks/numbers", "checks/omission",
    "checks/spelling", "checks/untranslated",
    "checks/transliteration/common", "checks/transliteration/country", "checks/transliteration/homophones",
    "checks/transliteration/other_entity", "checks/transliteration/target_only",
    "checks/transliteration/with_original",
    "context", "config", "memo", "model",
    "lang/chinese", "lang/english", "lang/glosses", "lang/letters", "lang/lexicon", "lang/script",
    "lang/sentencizer", "lang/transliterate",
    "load/markdown", "load/positions",
    "quantities/chinese", "quantities/core", "quantities/english", "quantities/needs", "quantities/renders",
)

_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify
setup(name="transqa-compiled", packages=[], py_modules=[],
      ext_modules=mypycify({mods!r}, opt_level="3", debug_level="0", separate=True))
"""


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def build(folder: Path) -> float:
    """Copy the sources into folder and compile HOT_MODULES there; returns the CPU seconds it took."""
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(ROOT / "src", folder / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.so"))
    shutil.copy(ROOT / "pyproject.toml", folder)
    mods = [f"transqa/{m}.py" for m in HOT_MODULES]
    (folder / "src" / "setup_compiled.py").write_text(_SETUP.format(mods=mods), encoding="utf-8")
    c0, t0 = _children_cpu(), time.perf_counter()
    done = subprocess.run([sys.executable, "setup_compiled.py", "build_ext", "--inplace", "-j", "2"],
                          cwd=folder / "src", capture_output=True, text=True)
    cpu, wall = _children_cpu() - c0, time.perf_counter() - t0
    if done.returncode:
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n", file=sys.stderr)
        raise SystemExit(f"the build failed (exit {done.returncode})")
    built = sorted(folder.glob("src/transqa/**/*.so"))
    print(f"build: {len(HOT_MODULES)} modules, {len(built)} extension files, {cpu:.0f} CPU s, {wall:.0f} s wall")
    return cpu


def _speed(env_path: str | None, save: Path | None, compare: Path | None) -> float:
    cmd = [sys.executable, str(ROOT / "benchmarks" / "speed.py"), "--no-pofilter"]
    cmd += ["--save", str(save)] if save else []
    cmd += ["--compare", str(compare)] if compare else []
    env = dict(os.environ)
    if env_path:
        env["PYTHONPATH"] = env_path
    else:
        env.pop("PYTHONPATH", None)
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT)
    rate = re.search(r"transqa ([\d.]+) pairs per CPU-second", out.stdout)
    if out.returncode or rate is None:
        print(out.stdout[-3000:], out.stderr[-3000:], sep="\n", file=sys.stderr)
        raise SystemExit("speed.py failed (or the compiled findings differ from the pure ones)")
    if compare:
        print("   ", out.stdout.strip().splitlines()[-1])
    return float(rate.group(1))


def measure(folder: Path, runs: int) -> None:
    compiled_path = str(folder / "src")
    probe = subprocess.run([sys.executable, "-c", "import transqa.align.dp as m; print(m.__file__)"],
                           env={**os.environ, "PYTHONPATH": compiled_path}, capture_output=True, text=True)
    if not probe.stdout.strip().endswith(".so"):
        raise SystemExit(f"the compiled modules are not the ones imported: {probe.stdout or probe.stderr}")
    saved = folder / "pure.jsonl"
    pure, compiled = [], []
    for k in range(runs):
        pure.append(_speed(None, saved if k == 0 else None, None))
        compiled.append(_speed(compiled_path, None, saved))
        print(f"run {k + 1}: pure {pure[-1]:.1f}, compiled {compiled[-1]:.1f} pairs per CPU-second "
              f"({compiled[-1] / pure[-1]:.2f}x)")
    ratios = [c / p for p, c in zip(pure, compiled, strict=True)]
    print(f"pairs per CPU-second, median of {runs}: pure {statistics.median(pure):.1f}, compiled "
          f"{statistics.median(compiled):.1f}; paired ratio {statistics.median(ratios):.2f}x "
          f"(range {min(ratios):.2f}-{max(ratios):.2f})")


def main() -> int:
    ap = argparse.ArgumentParser()
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--build", type=Path, metavar="DIR", help="build the compiled copy in DIR (replaced)")
    where.add_argument("--reuse", type=Path, metavar="DIR", help="use the compiled copy an earlier --build left")
    ap.add_argument("--runs", type=int, default=0, help="paired speed.py runs after the build (0: none)")
    args = ap.parse_args()
    folder = (args.build or args.reuse).resolve()
    if args.build:
        build(folder)
    if args.runs:
        measure(folder, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
