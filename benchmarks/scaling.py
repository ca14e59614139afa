"""How pair mode grows with the length of an article: CPU time and memory at 1×, 2×, … 32× one article.

    .venv/bin/python benchmarks/scaling.py [--shared PATH] [--max 32] [--big]

An article is a WMT24 English→Chinese news document (the news document nearest 20 paragraphs); k× is that article
repeated k times, as paragraphs (paragraph mode: the paragraph alignment grows) and as one paragraph on
each side (the sentence alignment of one bead grows). Each size runs in a fresh process after a warm-up
check (models and dictionary loaded), with the garbage collector as the command sets it (COLLECTOR_THRESHOLD from the
imports on, then frozen: at Python's default threshold the collector was a fifth of the 20,000-links case, 1.1 of 5.1 CPU s,
and 0.35 s as the command runs it): CPU seconds of the check, the growth of the process's peak memory
over the warm-up's (0 while the warm-up's peak is not exceeded), and the peak itself. `--big` adds the pathological inputs of issue 21: a 350 KB + 460 KB
single-paragraph pair and 200,000 links in one paragraph.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import wmt_documents  # noqa: E402


def article(shared: Path) -> tuple[list[str], list[str]]:
    docs = wmt_documents(shared)
    news = [d for d in docs if "news" in d[0]]
    _, en, zh = min(news, key=lambda d: (abs(len(d[1].strip().split("\n")) - 20), d[0]))
    return en.strip().split("\n"), zh.strip().split("\n\n")


def texts(shared: Path, k: int, mode: str) -> tuple[str, str]:
    en, zh = article(shared)
    if mode == "paragraphs":
        return "\n\n".join(en * k) + "\n", "\n\n".join(zh * k) + "\n"
    if mode == "one-paragraph":
        return " ".join(en * k) + "\n", "".join(zh * k) + "\n"
    if mode == "big":  # 350 KB of English and 460 KB of Chinese (UTF-8), each one paragraph
        e, z = " ".join(en), "".join(zh)
        return (" ".join([e] * (350_000 // len(e.encode()) + 1)))[:350_000].rsplit(" ", 1)[0] + "\n", \
            ("".join([z] * (460_000 // len(z.encode()) + 1)))[:460_000 // 3] + "\n"
    if mode == "links":  # 200,000 links in one paragraph, the same links in the translation
        en_links = " ".join(f"[site {i}](https://example.com/{i})" for i in range(200_000))
        zh_links = "".join(f"[网站{i}](https://example.com/{i})" for i in range(200_000))
        return en_links + "\n", zh_links + "\n"
    raise ValueError(mode)


def one(shared: Path, k: int, mode: str) -> dict[str, float]:
    """Run in the child: warm up, then check the k× pair once."""
    import gc

    from transqa import COLLECTOR_THRESHOLD

    gc.set_threshold(*COLLECTOR_THRESHOLD)  # the collector as the command sets it (transqa.__main__), from the imports on
    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    en, zh = texts(shared, 1, "paragraphs")
    check_documents(parse_markdown("w.en.md", en), parse_markdown("w.zh.md", zh))
    gc.freeze()  # what the imports and the warm-up made stays out of later collections, as the command's (speed.py too)
    en, zh = texts(shared, k, mode)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    c0, t0 = time.process_time(), time.perf_counter()
    result = check_documents(parse_markdown("a.en.md", en), parse_markdown("a.zh.md", zh))
    cpu, wall = time.process_time() - c0, time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"k": k, "cpu": cpu, "wall": wall, "mb": (peak - base) / 1024, "peak_mb": peak / 1024,
            "chars": len(en) + len(zh), "findings": len(result.findings)}


def measure(shared: Path, k: int, mode: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--shared", str(shared), "--child", str(k), mode],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--max", type=int, default=32)
    ap.add_argument("--big", action="store_true", help="add the 350 KB + 460 KB paragraph and the 200,000 links")
    ap.add_argument("--child", nargs=2, metavar=("K", "MODE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not (args.shared / "corpora").exists():
        print(f"benchmarks need {args.shared}/corpora", file=sys.stderr)
        return 2
    if args.child:
        print(json.dumps(one(args.shared, int(args.child[0]), args.child[1])))
        return 0
    en, zh = article(args.shared)
    print(f"scaling, pair mode: one article = {len(en)} paragraphs, {len(' '.join(en))} + {len(''.join(zh))} characters")
    print("| mode | size | characters | CPU s | × of 1× | memory growth MB | × of 1× | process peak MB |")
    print("|---|---|---|---|---|---|---|---|")
    for mode in ("paragraphs", "one-paragraph"):
        first = None
        k = 1
        while k <= args.max:
            r = measure(args.shared, k, mode)
            first = first or r
            print(f"| {mode} | {k}× | {int(r['chars'])} | {r['cpu']:.2f} | {r['cpu'] / first['cpu']:.1f} | "
                  f"{r['mb']:.0f} | {r['mb'] / max(1.0, first['mb']):.1f} | {r['peak_mb']:.0f} |", flush=True)
            k *= 2
    if args.big:
        for mode, label in (("big", "350 KB + 460 KB, one paragraph"), ("links", "200,000 links, one paragraph")):
            r = measure(args.shared, 1, mode)
            print(f"| {label} | | {int(r['chars'])} | {r['cpu']:.2f} | | {r['mb']:.0f} | | {r['peak_mb']:.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
