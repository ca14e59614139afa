"""Write src/transqa/data/letters.json: which letter groups of a Latin name each Chinese character renders,
learned from the transliterated names of the installed CC-CEDICT (transqa.lang.letters explains how;
transqa.lang.letters_train learns it).

    .venv/bin/python benchmarks/letter_table.py            # rewrite the file from the installed CC-CEDICT
    .venv/bin/python benchmarks/letter_table.py --check    # exit 1 when the file differs from what it would write
"""

from __future__ import annotations

import argparse
import json
import sys

from transqa.lang.letters import DATA
from transqa.lang.letters_train import compact, learn, training_pairs
from transqa.lang.lexicon import cedict_entries, cedict_path


def table_text() -> str:
    path = cedict_path()
    if path is None:
        sys.exit("CC-CEDICT is not installed (the lexicon extra)")
    pairs = training_pairs(cedict_entries(path))
    return json.dumps(compact(learn(pairs)), ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 when the file is stale")
    args = ap.parse_args()
    text = table_text()
    if args.check:
        return 0 if DATA.is_file() and DATA.read_text(encoding="utf-8") == text else 1
    DATA.write_text(text, encoding="utf-8")
    print(f"{DATA.name}: {len(json.loads(text))} characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
