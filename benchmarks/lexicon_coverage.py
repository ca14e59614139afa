"""How dense is the dictionary behind "is this English word rendered in the Chinese?" (issue 18).

    .venv/bin/python benchmarks/lexicon_coverage.py [--shared PATH] [--top N]

Two shares, both by `transqa.lang.glosses.found_any`:
- of the English content words (function words left out) of the clean WMT24 references, how many have a
  rendering found in their reference line: the higher, the more an unrendered word means something;
- of the words of the partial omissions labelled in the real MT sets (dev and dev2 of `benchmarks/real/wmt-mt`),
  how many the rest of their line seems to render: the lower, the fewer omissions the dictionary hides.
With --top N, the N commonest reference words without any rendering and without one found in their line.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from transqa.lang.english import GENERIC_WORDS, STOPWORDS
from transqa.lang.glosses import all_renderings, found_any
from transqa.lang.lexicon import kept_words, renderings, text_words

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from real import WMT_FILES, _corpus_lines, read_tsv  # noqa: E402


def _content(text: str) -> list[str]:
    return [w for w in text_words(text) if w not in GENERIC_WORDS and w not in STOPWORDS]


def references(shared: Path, top: int) -> None:
    base = shared / "corpora/wmt/wmt24_general_en-zh/txt"
    src = (base / "sources/en-zh.txt").read_text(encoding="utf-8").split("\n")
    ref = (base / "references/en-zh.refA.txt").read_text(encoding="utf-8").split("\n")
    total = known = listed = hit = listed_hit = 0
    unknown: collections.Counter[str] = collections.Counter()
    missed: collections.Counter[str] = collections.Counter()
    for s, r in zip(src, ref, strict=False):
        if not s.strip() or not r.strip():
            continue
        words = _content(s)
        known_words = [w for w in words if all_renderings(w)]
        found = found_any(frozenset(known_words), r)
        total += len(words)
        known += len(known_words)
        hit += sum(1 for w in known_words if w in found)
        listed += sum(1 for w in known_words if renderings(w))
        listed_hit += sum(1 for w in known_words if renderings(w) and w in found)
        unknown.update(w for w in words if not all_renderings(w))
        missed.update(w for w in known_words if w not in found)
    print(f"WMT24 references: {total} content words, {known} with a rendering ({known / total:.1%}); "
          f"rendered in their line: {hit} = {hit / total:.1%} of all, {listed_hit / listed:.1%} of the {listed} the word list knows")
    if top:
        print("  without any rendering:", ", ".join(f"{w} {n}" for w, n in unknown.most_common(top)))
        print("  none found in the line:", ", ".join(f"{w} {n}" for w, n in missed.most_common(top)))


def omissions(shared: Path) -> None:
    total = seen = 0
    for split in ("dev", "dev2"):
        for lab in read_tsv(ROOT / f"benchmarks/real/wmt-mt/labels.{split}.tsv"):
            if lab["kind"] != "partial-omission":
                continue
            year, system, _ = lab["doc"].split("/", 2)
            _, _, hyp = WMT_FILES[year]
            zh = _corpus_lines(shared, year, hyp.format(system))[int(lab["line"]) - 1]
            words = [w for w in text_words(lab["en"]) if w not in STOPWORDS and all_renderings(w)]
            found = found_any(frozenset(words), zh)
            total += len(words)
            seen += sum(1 for w in words if w in found or w in kept_words(zh))
    print(f"labelled partial omissions (dev, dev2): {total} words, {seen} = {seen / total:.1%} seemingly rendered by their line")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--top", type=int, default=0)
    args = ap.parse_args()
    if not (args.shared / "corpora/wmt").is_dir():
        print(f"error: no corpora under {args.shared}", file=sys.stderr)
        return 2
    if all_renderings("door") == ():
        print("error: no dictionary (install the lexicon extra)", file=sys.stderr)
        return 2
    references(args.shared, args.top)
    omissions(args.shared)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
