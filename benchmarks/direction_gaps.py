"""Where the direction rule (TQA208) reads nothing on real MT: WMT22 and WMT23 line pairs (every system output and
reference; the 2023 news documents and heldout5's documents left out) whose English figure has a direction word
(`quantities.direction.english_direction`) while the Chinese figure of the same value has none
(`chinese_direction` 0), and whose Chinese clause holds a character of change or comparison no table row reads
(高, 低, 多, 少, 输, 赢, 失, 裁, 扩, 缩, 翻, 半 …). A person reads the printed pairs: each is a rendering the
tables may be missing, or a legitimate one.

    PYTHONPATH=src .venv/bin/python benchmarks/direction_gaps.py [--shared ../shared]

Release 43: 48 pairs, none a direction flipped (`the More icon` ×20, `81 more approvals` → `81 个更多的`, `the loss of
four more` → `输给`, `lost 100lbs` → `失去了`/`减掉了`, `lost the 5G service on three occasions` → `失去了`): the
tables miss no flip that real MT makes here.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from pathlib import Path

from transqa.quantities.chinese import chinese_quantities
from transqa.quantities.core import matches
from transqa.quantities.direction import chinese_direction, english_direction
from transqa.quantities.english import english_quantities

YEARS = (("wmt22", "wmt22_general_en-zh", "generaltest2022"), ("wmt23", "wmt23_general_en-zh", "generaltest2023"))
HELD = Path("/work/briefs/heldout5-wmtdocs.txt")
_CANDIDATE = re.compile(r"[高低少多赢输失裁扩缩翻半亏赚升降涨跌增减]")
_CLAUSE_END = re.compile(r"[，。；：！？,;、]")


def line_pairs(shared: Path) -> Iterator[tuple[str, int, str, str]]:
    """(system/doc, line, English, Chinese) of every output and reference, less held-out documents."""
    held = set(HELD.read_text().split()) if HELD.exists() else set()
    for year, folder, stem in YEARS:
        base = shared / "corpora/wmt" / folder / "txt"
        en = (base / "sources" / f"{stem}.en-zh.src.en").read_text().split("\n")
        meta_file = next((base / "metainfo").glob("*.jsonl"))  # WMT23's is named en-cs but gives the en-zh lines' domains
        meta = [json.loads(x) for x in meta_file.read_text().splitlines() if x.strip()]
        for f in sorted((base / "system-outputs").glob("*.zh")) + sorted((base / "references").glob("*.zh")):
            system = f.name.split(".hyp.")[1][: -len(".zh")] if ".hyp." in f.name else f.name.split(".")[-2]
            for i, (e, z) in enumerate(zip(en, f.read_text().split("\n"), strict=False)):
                m = meta[i] if i < len(meta) else {}
                if year == "wmt23" and m.get("domain") == "news" or f"{year}/{system}/{m.get('docid')}" in held:
                    continue
                yield f"{year}/{system}/{m.get('docid')}", i + 1, e, z


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    args = ap.parse_args(argv)
    n = 0
    for where, line, e, z in line_pairs(args.shared):
        if not re.search(r"\d", e):
            continue
        zq = chinese_quantities(z)
        for s in english_quantities(e):
            way = english_direction(e, s)
            t = next((t for t in zq if matches(s, t)), None) if way else None
            if t is None or chinese_direction(z, t):
                continue
            clause = _CLAUSE_END.split(z[max(0, t.start - 12) : t.start])[-1]
            if _CANDIDATE.search(clause + z[t.end : t.end + 4]):
                n += 1
                print(f"{where}:{line}\t{'up' if way > 0 else 'down'}\t{e[max(0, s.start - 50) : s.end + 20]!r}\t"
                      f"{clause}[{t.text}]{z[t.end : t.end + 4]}")
    print(f"{n} pairs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
