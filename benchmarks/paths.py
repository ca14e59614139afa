"""Growth of issue 21's last quadratic paths: CPU time of one check at 1× and 8× a pathological input.

    .venv/bin/python benchmarks/paths.py [--sizes 1,8] [--kinds papers,names,quoted,cells]

Each input grows with k (as in benchmarks/scaling.py, each size in a fresh process after a warm-up check on another
draw of the same kind, so no cache of the warm-up serves the measured run):

- papers: one English paragraph of 30·k different papers (`The Xxxxxx Chronicle said so.`), a Chinese paragraph of as
  many transliterated names (TQA312's `_literal_in` walked the translation for each);
- names: one Chinese paragraph of 1,000·k different transliterated names, each before a dictionary word (`阿巴卡利用了它。`:
  `_before_word` counted the whole article for each);
- quoted: 250·k different dictionary words, each quoted and in capitals in the English and kept so in the Chinese
  (`_kept_word_run`, `_quoted_in` searched the whole paragraph for each; the places taken were a list);
- cells: a table of one row of 100·k cells, each holding an invisible character (each cell was sought from its row's
  start);
- gallery: benchmarks/scaling.py's WMT24 article k times, its translation with a gallery of 100 image paragraphs
  after each article's third paragraph (800 paragraphs the original lacks at 8×: the paragraph aligner's band widened
  with the difference in counts and covered the whole table, issue 21); gallery_en: the same galleries in the original,
  none in the translation.

Printed: the CPU seconds of the whole check (parsing included) and of the function that held the path.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path


def papers(k: int, seed: int) -> tuple[str, str]:
    from transqa.lang.transliterate import TRANSLIT

    rnd = random.Random(seed)
    chars = sorted(TRANSLIT)
    n = 30 * k
    words = ["".join(rnd.choice("abcdefghijklmnoprstu") for _ in range(6)).title() for _ in range(n)]
    zh = "".join("".join(rnd.choice(chars) for _ in range(4)) + "说。" for _ in range(n))
    return " ".join(f"The {w} Chronicle said so." for w in words) + "\n", zh + "\n"


def names(k: int, seed: int) -> tuple[str, str]:
    from transqa.lang.transliterate import TRANSLIT

    rnd = random.Random(seed)
    chars = sorted(c for c in TRANSLIT if c not in "利用")
    seen: dict[str, None] = {}
    while len(seen) < 1000 * k:
        seen["".join(rnd.choice(chars) for _ in range(3)) + "利"] = None
    return "It was used.\n", "".join(f"{nm}用了它。" for nm in seen) + "\n"


def quoted(k: int, seed: int) -> tuple[str, str]:
    from transqa.lang.lexicon import lexicon

    rnd = random.Random(seed)
    words = sorted(w for w in (lexicon() or {}) if w.isalpha() and w.islower() and 5 <= len(w) <= 8)
    pick = rnd.sample(words, 250 * k)
    en = " ".join(f'They said "{w}" and LEFT {w.upper()} there.' for w in pick)
    zh = "".join(f"他们说“{w}”并把{w.upper()}留在那里。" for w in pick)
    return en + "\n", zh + "\n"


def gallery(k: int, seed: int, source: bool = False) -> tuple[str, str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scaling import article

    ep, zp = article(Path(__file__).resolve().parents[2] / "shared")
    en: list[str] = []
    zh: list[str] = []
    for a in range(k):
        images = [f"![](https://example.com/{seed}/{a}/{i}.jpg)" for i in range(100)]
        en += ep[:3] + images + ep[3:] if source else ep
        zh += zp if source else zp[:3] + images + zp[3:]
    return "\n\n".join(en) + "\n", "\n\n".join(zh) + "\n"


def gallery_en(k: int, seed: int) -> tuple[str, str]:
    return gallery(k, seed, source=True)


def cells(k: int, seed: int) -> tuple[str, str]:
    n = 100 * k
    head = "|" + "|".join(f" h{i + seed} " for i in range(n)) + "|\n|" + "|".join("---" for _ in range(n)) + "|\n"
    en = head + "|" + "|".join(f" x{i + seed}\u200b " for i in range(n)) + "|\n"
    zh = head + "|" + "|".join(f" 甲{i + seed}\u200b " for i in range(n)) + "|\n"
    return en, zh


KINDS = {"papers": (papers, "transqa.checks.transliteration.known_literal", "_literal_in"),
         "names": (names, "transqa.checks.transliteration.target_only", "_name_forms"),
         "quoted": (quoted, "transqa.checks.untranslated", "check"),
         "cells": (cells, "transqa.load.markdown", "parse_markdown"),
         "gallery": (gallery, "transqa.engine", "align"), "gallery_en": (gallery_en, "transqa.engine", "align")}


def one(kind: str, k: int) -> dict[str, float]:
    """In the child: warm up on another draw, then check the k× input once."""
    import importlib

    from transqa.engine import check_documents
    from transqa.load.markdown import parse_markdown

    make, module, name = KINDS[kind]
    en, zh = make(1, 1000)
    check_documents(parse_markdown("w.en.md", en), parse_markdown("w.zh.md", zh))
    mod = importlib.import_module(module)
    fn = getattr(mod, name)
    spent = [0.0]

    def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        c0 = time.process_time()
        try:
            out = fn(*args, **kwargs)
            return list(out) if hasattr(out, "__next__") else out
        finally:
            spent[0] += time.process_time() - c0

    setattr(mod, name, timed)
    en, zh = make(k, 1)
    c0 = time.process_time()
    parse = parse_markdown if name != "parse_markdown" else timed
    result = check_documents(parse("a.en.md", en), parse("a.zh.md", zh))
    return {"cpu": time.process_time() - c0, "path": spent[0], "findings": len(result.findings), "chars": len(en) + len(zh)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,8")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--child", nargs=2, metavar=("KIND", "K"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(one(args.child[0], int(args.child[1]))))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    for kind in args.kinds.split(","):
        first: dict[str, float] = {}
        for k in sizes:
            out = subprocess.run([sys.executable, __file__, "--child", kind, str(k)], capture_output=True, text=True,
                                 check=True)
            got = json.loads(out.stdout.strip().splitlines()[-1])
            first = first or got
            ratio = (f"  ({got['cpu'] / first['cpu']:.1f}× the check, {got['path'] / max(first['path'], 1e-3):.1f}× the path"
                     f" for {got['chars'] / first['chars']:.1f}× the characters)")
            print(f"{kind:7} {k:3}×: check {got['cpu']:6.2f} CPU s, path {got['path']:6.2f}, "
                  f"{got['findings']} findings{ratio if k != sizes[0] else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
