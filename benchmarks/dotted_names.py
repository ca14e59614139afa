"""Write src/transqa/data/dotted_names.json: the given names and surnames that Chinese writes in `·`-joined
transliterated names, counted over a corpus of Chinese articles (the TechCrunch archive by default) and
CC-CEDICT's `·` names. TQA324 (transqa.checks.undotted) reads it to tell a full name run together
without its `·` (`迈克尔戴尔`) from one name that merely begins like a given name (`马克西姆`).

A part counts as a given name when it stands before the first `·` at least GIVEN_MIN times and at least
three times as often as after one, and when at least half the runs of name characters it begins are that name
and a `·` (DOTTED_SHARE: `扎克` begins 扎克伯格 134 times, 扎克· 7; `阿尔` begins 阿尔卡特, 阿尔伯克基…: 37 to 6; the ten
parts below the bar are all below 0.5, the next, 哈利, is 0.60); as a surname when it stands after the last `·` at least SURNAME_MIN
times. A part is the run of name characters (transqa.lang.transliterate.NAME_CHARS) next to the `·`.
Only name parts are written (no text of the corpus). The articles of the untouched label splits (heldout3, heldout5)
are left out.

    .venv/bin/python benchmarks/dotted_names.py [CORPUS_DIR]     # default ../shared/corpora/techcrunch-zh
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from transqa.checks.undotted import DATA
from transqa.lang.lexicon import cedict
from transqa.lang.transliterate import NAME_CHARS

GIVEN_MIN = 5  # a given name: first part of 5 `·` names or more (144 parts over the archive's 4006 articles)
DOTTED_SHARE = 0.5  # a given name: written with its `·` in half the runs of name characters it begins, at least
SURNAME_MIN = 3  # a surname: last part of 3 `·` names or more
LONGER_MIN = 2  # a longer given name: first part of 2 `·` names or more that begins with a given name (克里斯蒂娜 2,
# 克里斯汀 2 over the archive less the untouched splits: the feminine forms of 克里斯 the GIVEN_MIN bar leaves out)
_DOTTED = re.compile(r"[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)+")


def _tail(s: str) -> str:
    i = len(s)
    while i > 0 and s[i - 1] in NAME_CHARS:
        i -= 1
    return s[i:]


def _head(s: str) -> str:
    i = 0
    while i < len(s) and s[i] in NAME_CHARS:
        i += 1
    return s[:i]


def count(texts: list[str]) -> tuple[Counter[str], Counter[str]]:
    """(first parts, last parts) of the `·` names of the texts."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for t in texts:
        for m in _DOTTED.finditer(t):
            parts = m.group().split("·")
            first[_tail(parts[0])] += 1
            last[_head(parts[-1])] += 1
    return first, last


def dotted_share(texts: list[str], given: set[str]) -> dict[str, float]:
    """Of the runs of name characters each given name begins (no name character before it, a longer given name
    taken first), the share that go on with a `·`."""
    names = "".join(sorted(NAME_CHARS))
    alts = "|".join(sorted(given, key=len, reverse=True))
    pat = re.compile(f"(?<![{names}·])({alts})([{names}·]?)")
    dot: Counter[str] = Counter()
    run: Counter[str] = Counter()
    for t in texts:
        for m in pat.finditer(t):
            if m.group(2):
                (dot if m.group(2) == "·" else run)[m.group(1)] += 1
    return {g: dot[g] / max(1, dot[g] + run[g]) for g in given}


def longer_given(first: Counter[str], last: Counter[str], given: set[str]) -> set[str]:
    """First parts of `·` names (at most six characters, LONGER_MIN times or more, three times as often first as last)
    that begin with a given name of `given` and go on (`克里斯蒂娜`, `克里斯汀` after `克里斯`): given names TQA324 never
    splits (`克里斯蒂娜格鲁什金` is 克里斯蒂娜·格鲁什金, not 克里斯·蒂娜格鲁什金), though too rare to find names by."""
    return {g for g, c in first.items() if len(g) <= 6 and c >= LONGER_MIN and c >= 3 * last[g] and g not in given
            and any(g.startswith(h) for h in given)}


def _untouched() -> frozenset[str]:
    """The archive articles of the untouched splits (heldout3, heldout5: benchmarks/real/archive/articles.tsv), left out
    of the counts so that no table the rules read was made from them."""
    import csv

    path = Path(__file__).resolve().parent / "real" / "archive" / "articles.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(r["file"] for r in csv.DictReader(fh, delimiter="\t") if r["split"] in ("heldout3", "heldout5"))


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/techcrunch-zh")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(root.glob("*/docs/*.md"))
             if p.relative_to(root).as_posix() not in _untouched()]
    if not texts:
        sys.exit(f"no articles under {root}")
    first, last = count(texts)
    dict_first, dict_last = count([e[1] for e in cedict() if "·" in e[1]])
    given = {g for g, c in first.items() if 2 <= len(g) <= 4 and c >= GIVEN_MIN and c >= 3 * last[g]}
    share = dotted_share(texts, given)
    given = {g for g in given if share[g] >= DOTTED_SHARE}
    surnames = {s for s, c in last.items() if len(s) >= 2 and c >= SURNAME_MIN} | {s for s in dict_last if len(s) >= 2}
    longer = longer_given(first + dict_first, last + dict_last, given)
    data = {"source": f"{len(texts)} articles of {root.name} and CC-CEDICT", "given": sorted(given), "surnames": sorted(surnames),
            "longer_given": sorted(longer)}
    DATA.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{DATA.name}: {len(given)} given names, {len(surnames)} surnames, {len(longer)} longer given names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
