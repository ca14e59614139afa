"""Cold start and the as-users-run-it figures: whole processes, started as users start them, side by
side with translate-toolkit's pofilter on the same pairs in the same run.

    make bench     (or: .venv/bin/python benchmarks/cold.py [--shared PATH] [--runs 5])

Rows (CPU seconds are user + system of the process and every child it waited for, the median of
--runs runs taken in turn with pofilter's, after one warm-up run each):
- `transqa check SOURCE TARGET` on the demo pair and on the median-length WMT24 document, against
  `pofilter` on the same pair written as a PO file (one unit per paragraph, the gold alignment);
- the pre-commit hook's command (`.pre-commit-hooks.yaml`) on one translation with its original beside
  it, with a fresh result store each run (a changed file is never in the store);
- `transqa audit --manifest` over every WMT24 document with the default jobs, against one pofilter
  process over their PO files: pairs per second by the wall clock and per CPU second.
The pairs are written to a temporary folder, never into the repository.

Last measured (release 27, issue 21; the shared 2-core machine at a load average of 10-14, main and the new code run
in turn, CPU s, median of 15-20): `check` on the demo pair 0.524 -> 0.448, on the median WMT24 news document 0.715 ->
0.578, the pre-commit hook 0.535 -> 0.456 (pairwise 0.89, 0.85, 0.85); the stages are in docs/benchmarks-history.md
(twenty-second pass).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ROOT, check_paths, wmt_documents  # noqa: E402

BIN = Path(sys.executable).parent


def _hook_entry() -> list[str]:
    """The options of .pre-commit-hooks.yaml's entry (`transqa audit ... --`), read from the file so that the row
    times the hook users run (it had drifted: `--no-progress` where the entry says `--quiet --allow-missing-translation`)."""
    for line in (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8").splitlines():
        if line.strip().startswith("entry:"):
            words = line.split(":", 1)[1].split(" #", 1)[0].split()
            return [w for w in words[1:] if w != "--"]  # the program's name and the file names' `--` aside
    raise SystemExit(".pre-commit-hooks.yaml has no entry")


HOOK = _hook_entry()


def _run(cmd: Sequence[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of cmd and of the children it waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(list(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=ROOT)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall


def _side_by_side(a: Sequence[str], b: Sequence[str], runs: int) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    _run(a), _run(b)  # warm-up: page cache, .pyc files, the dictionary index cache
    ra, rb = [], []
    for _ in range(runs):
        ra.append(_run(a))
        rb.append(_run(b))
    return ra, rb


def _med(xs: list[tuple[float, float]], i: int) -> float:
    return statistics.median(x[i] for x in xs)


def _write_po(path: Path, en: str, zh: str) -> None:
    from translate.storage import po

    store = po.pofile()
    for s, t in zip(en.rstrip("\n").split("\n"), zh.rstrip("\n").split("\n\n"), strict=True):
        unit = po.pounit(s)
        unit.target = t
        store.addunit(unit)
    path.write_bytes(bytes(store))


def _prepare(shared: Path, tmp: Path) -> tuple[list[tuple[Path, Path, Path]], list[tuple[Path, Path, Path]], Path]:
    """Every WMT24 document as a pair of files and a PO file; (all pairs, the news pairs, the manifest)."""
    pairs, news = [], []
    rows = ["source,target"]
    (tmp / "po").mkdir()
    for i, (docid, en, zh) in enumerate(wmt_documents(shared)):
        src, tgt, pof = tmp / f"d{i:03d}.en.txt", tmp / f"d{i:03d}.zh.md", tmp / "po" / f"d{i:03d}.po"
        src.write_text(en, encoding="utf-8")
        tgt.write_text(zh, encoding="utf-8")
        _write_po(pof, en, zh)
        pairs.append((src, tgt, pof))
        if "-news_" in docid:
            news.append((src, tgt, pof))
        rows.append(f"{src},{tgt}")
    manifest = tmp / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return pairs, news, manifest


def _cold_row(name: str, transqa: Sequence[str], pofilter: Sequence[str], runs: int) -> None:
    ra, rb = _side_by_side(transqa, pofilter, runs)
    print(f"| {name} | {_med(ra, 0):.2f} | {_med(rb, 0):.2f} | {_med(ra, 0) / _med(rb, 0):.2f}× |")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if not (args.shared / "corpora").exists():
        print(f"benchmarks need {args.shared}/corpora", file=sys.stderr)
        return 2
    if shutil.which("pofilter", path=str(BIN)) is None:
        print("pofilter is missing: pip install 'translate-toolkit>=3.13'", file=sys.stderr)
        return 2
    transqa, pofilter = str(BIN / "transqa"), str(BIN / "pofilter")
    # the package's bytecode compiled first, as an ordinary install has it: an editable install under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module in every run (about 0.1 s)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], capture_output=True, check=False)
    with tempfile.TemporaryDirectory(prefix="transqa-cold-") as d:
        tmp = Path(d)
        pairs, news, manifest = _prepare(args.shared, tmp)
        by_size = sorted(news, key=lambda p: p[0].stat().st_size + p[1].stat().st_size)
        src, tgt, pof = by_size[len(by_size) // 2]
        demo_en, demo_zh = ROOT / "corpora/samples/solar-startup.en.md", ROOT / "corpora/samples/solar-startup.zh.md"
        demo_po = tmp / "demo.po"
        _write_po(demo_po, *(_demo_paragraphs(demo_en, demo_zh)))
        out = tmp / "out"
        print(f"cold start, whole processes (CPU s = user + system, median of {args.runs}; pofilter on the same pair as PO)")
        print("| command | transqa CPU s | pofilter CPU s | ratio |")
        print("|---|---|---|---|")
        _cold_row("check SOURCE TARGET, demo pair (solar-startup)", [transqa, "check", str(demo_en), str(demo_zh)],
                  [pofilter, "--language=zh", "-i", str(demo_po), "-o", str(out) + ".po"], args.runs)
        _cold_row(f"check SOURCE TARGET, the median WMT24 news document ({src.stat().st_size + tgt.stat().st_size:,} bytes)",
                  [transqa, "check", str(src), str(tgt)], [pofilter, "--language=zh", "-i", str(pof), "-o", str(out) + ".po"], args.runs)
        store = tmp / "hook-store"
        store.mkdir()
        ra = [_run([transqa, *HOOK, "--store", str(store / f"s{i}.sqlite"), "--", str(tgt)]) for i in range(args.runs + 1)][1:]
        print(f"| pre-commit hook on one translation with its original (`{' '.join(HOOK)}`) | {_med(ra, 0):.2f} "
              f"(wall {_med(ra, 1):.2f}) | | |")
        jobs = os.cpu_count() or 1
        ra, rb = _side_by_side([transqa, "audit", "--manifest", str(manifest), "--no-cache", "-q", "-o", str(tmp / "a.jsonl")],
                               [pofilter, "--language=zh", "-i", str(tmp / "po"), "-o", str(tmp / "po-out")], max(1, args.runs // 2))
        n = len(pairs)
        print(f"\nas users run it: {n} WMT24 document pairs, `audit --manifest` with the default jobs ({jobs}) against one pofilter process")
        print("| | transqa | pofilter | ratio (transqa/pofilter throughput) |")
        print("|---|---|---|---|")
        print(f"| pairs per second (wall clock) | {n / _med(ra, 1):.1f} | {n / _med(rb, 1):.1f} | {_med(rb, 1) / _med(ra, 1):.2f}× |")
        print(f"| pairs per CPU second | {n / _med(ra, 0):.1f} | {n / _med(rb, 0):.1f} | {_med(rb, 0) / _med(ra, 0):.2f}× |")
    return 0


def _demo_paragraphs(en: Path, zh: Path) -> tuple[str, str]:
    """The demo pair as aligned paragraphs for pofilter: transqa's own alignment (1-1 beads joined)."""
    result = check_paths(str(en), str(zh))
    assert result.source is not None and result.target is not None
    s_lines, t_paras = [], []
    for bead in result.beads:
        s = " ".join(result.source.blocks[i].text.replace("\n", " ") for i in bead.source)
        t = " ".join(result.target.blocks[j].text.replace("\n", " ") for j in bead.target)
        if s.strip() and t.strip():
            s_lines.append(s)
            t_paras.append(t)
    return "\n".join(s_lines) + "\n", "\n\n".join(t_paras) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
